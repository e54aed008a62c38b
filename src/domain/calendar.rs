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

impl Calendar {
    /// A day typed in this calendar: "1405-09-02", "1405/9/2", in any script's digits.
    pub fn parse_date(self, typed: &str) -> Option<NaiveDate> {
        let ascii = super::digits::ascii_digits(typed);
        let mut parts = ascii.trim().split(['-', '/']);
        let year = parts.next()?.trim().parse().ok()?;
        let month = parts.next()?.trim().parse().ok()?;
        let day = parts.next()?.trim().parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        self.to_gregorian(year, month, day)
    }

    /// A moment typed in this calendar on a device `utc_offset_minutes` east of UTC:
    /// "1405-09-02 14:30", or a `datetime-local` value ("2026-11-23T14:30").
    pub fn parse_minute(self, typed: &str, utc_offset_minutes: i32) -> Option<super::time::Millis> {
        let ascii = super::digits::ascii_digits(typed);
        let (day, time) = ascii.trim().split_once(['T', ' '])?;
        let date = self.parse_date(day)?;
        let time = chrono::NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
        let local = date.and_time(time).and_utc().timestamp_millis();
        Some(local - i64::from(utc_offset_minutes) * 60_000)
    }

    /// The moment `at` as typed back into a form in this calendar: a `datetime-local`
    /// value for the Gregorian one, "1405-09-02 14:30" for the Persian one.
    pub fn minute_text(self, at: super::time::Millis, utc_offset_minutes: i32) -> String {
        match self {
            Calendar::Gregorian => super::time::local_minute_text(at, utc_offset_minutes),
            Calendar::Persian => {
                let local = at.saturating_add(i64::from(utc_offset_minutes) * 60_000);
                match chrono::DateTime::from_timestamp_millis(local) {
                    Some(t) => {
                        use chrono::Timelike;
                        let day = self.date_text(t.date_naive());
                        format!("{day} {:02}:{:02}", t.hour(), t.minute())
                    }
                    None => String::new(),
                }
            }
        }
    }

    /// The (year, month) of this calendar that `date` falls in, and the month after or
    /// before it (`step` = 1 or -1).
    pub fn month_of(self, date: NaiveDate) -> (i32, u32) {
        let (y, m, _) = self.from_gregorian(date);
        (y, m)
    }

    pub fn step_month((year, month): (i32, u32), step: i32) -> (i32, u32) {
        let index = year * 12 + month as i32 - 1 + step;
        (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
    }

    /// Every day of a month of this calendar, as Gregorian dates, first to last.
    pub fn days_of_month(self, (year, month): (i32, u32)) -> Vec<NaiveDate> {
        (1..=31)
            .map_while(|day| self.to_gregorian(year, month, day))
            .collect()
    }

    /// `date` as typed in this calendar ("1405-09-02").
    pub fn date_text(self, date: NaiveDate) -> String {
        let (y, m, d) = self.from_gregorian(date);
        format!("{y:04}-{m:02}-{d:02}")
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

    #[test]
    fn days_and_moments_typed_in_each_calendar() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23);
        assert_eq!(Calendar::Persian.parse_date("۱۴۰۵-۰۹-۰۲"), day);
        assert_eq!(Calendar::Persian.parse_date("1405/9/2"), day);
        assert_eq!(Calendar::Gregorian.parse_date("2026-11-23"), day);
        assert_eq!(Calendar::Persian.parse_date("1405-09"), None);
        assert_eq!(Calendar::Persian.date_text(day.unwrap()), "1405-09-02");
        // 14:30 in Tehran (UTC+3:30) is 11:00 UTC.
        let at = Calendar::Persian
            .parse_minute("۱۴۰۵-۰۹-۰۲ ۱۴:۳۰", 210)
            .unwrap();
        let expected = day
            .unwrap()
            .and_hms_opt(11, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis();
        assert_eq!(at, expected);
        let native = Calendar::Gregorian.parse_minute("2026-11-23T11:00", 0);
        assert_eq!(native, Some(expected));
        assert_eq!(Calendar::Persian.parse_minute("1405-09-02", 0), None);
        assert_eq!(
            Calendar::Persian.minute_text(expected, 210),
            "1405-09-02 14:30"
        );
        let back = Calendar::Persian.minute_text(expected, 210);
        assert_eq!(Calendar::Persian.parse_minute(&back, 210), Some(expected));
    }

    #[test]
    fn months_for_a_picker() {
        let azar = Calendar::Persian.days_of_month((1405, 9));
        assert_eq!(azar.len(), 30);
        assert_eq!(azar[1], NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(Calendar::Persian.days_of_month((1405, 1)).len(), 31);
        assert_eq!(Calendar::Gregorian.days_of_month((2028, 2)).len(), 29);
        assert_eq!(Calendar::step_month((1405, 12), 1), (1406, 1));
        assert_eq!(Calendar::step_month((1405, 1), -1), (1404, 12));
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(Calendar::Persian.month_of(day), (1405, 9));
    }
}
