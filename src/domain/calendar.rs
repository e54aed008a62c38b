//! The calendars dates are typed in. Dates are stored in the Gregorian calendar; a
//! Persian-speaking owner reads and types them in the Solar Hijri calendar, converted
//! by the `parsidate` crate.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Calendar {
    #[default]
    Gregorian,
    /// The Solar Hijri (Jalali) calendar of Iran and Afghanistan.
    Persian,
}

impl Calendar {
    /// The Gregorian day of `year-month-day` in this calendar, if there is one.
    pub fn to_gregorian(self, year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        match self {
            Calendar::Gregorian => NaiveDate::from_ymd_opt(year, month, day),
            Calendar::Persian => parsidate::ParsiDate::new(year, month, day)
                .ok()?
                .to_gregorian()
                .ok(),
        }
    }

    /// `date` as (year, month, day) in this calendar.
    pub fn from_gregorian(self, date: NaiveDate) -> (i32, u32, u32) {
        match self {
            Calendar::Gregorian => (date.year(), date.month(), date.day()),
            Calendar::Persian => parsidate::ParsiDate::from_gregorian(date)
                .map(|p| (p.year(), p.month(), p.day()))
                .unwrap_or((date.year(), date.month(), date.day())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nowruz_and_back() {
        let nowruz = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
        assert_eq!(Calendar::Persian.from_gregorian(nowruz), (1403, 1, 1));
        assert_eq!(Calendar::Persian.to_gregorian(1403, 1, 1), Some(nowruz));
        // 2 Azar 1405, the day these lines were written.
        assert_eq!(
            Calendar::Persian.to_gregorian(1405, 9, 2),
            NaiveDate::from_ymd_opt(2026, 11, 23)
        );
        assert_eq!(Calendar::Persian.to_gregorian(1403, 13, 1), None);
        assert_eq!(Calendar::Gregorian.to_gregorian(2026, 2, 30), None);
    }
}
