//! Dates, times and "3 days ago" in the language's own way, through the browser's
//! `Intl` (which carries CLDR's month names and calendars at no bundle cost: Persian is
//! shown in the Solar Hijri calendar). A native build has no `Intl`; there the same
//! calls give ISO dates, which is all the core's tests need.

use chrono::{Datelike, NaiveDate};

use super::{intl, Lang};
use crate::domain::customer::Birthday;
use crate::domain::time::Millis;

/// How much of a moment to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// "23 Nov 2026", "۲ آذر ۱۴۰۵".
    Day,
    /// "23 Nov 2026, 08:15".
    DayTime,
    /// A birthday without its year: "24 March". Always in the Gregorian calendar,
    /// because the day it falls on in another calendar moves from year to year.
    MonthDay,
    /// "November 2026", for monthly figures.
    Month,
    /// "S", "ش": a date picker's column heading.
    Weekday,
}

impl Lang {
    /// A calendar day, in the language's calendar.
    pub fn date(self, day: NaiveDate) -> String {
        self.format_day(day, DateStyle::Day, false)
    }

    /// The same day in the Gregorian calendar, when the language shows another one
    /// (Persian); `None` otherwise.
    pub fn gregorian_date(self, day: NaiveDate) -> Option<String> {
        (self == Lang::Fa).then(|| self.format_day(day, DateStyle::Day, true))
    }

    /// A birthday without the year.
    pub fn month_day(self, month: u32, day: u32) -> String {
        match NaiveDate::from_ymd_opt(2000, month, day) {
            Some(d) => self.format_day(d, DateStyle::MonthDay, true),
            None => format!("{month:02}-{day:02}"),
        }
    }

    /// A birthday: the full date when the year is known, else the day and month.
    pub fn birthday(self, b: Birthday) -> String {
        let (month, day) = (u32::from(b.month), u32::from(b.day));
        match b.year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
            Some(date) => self.date(date),
            None => self.month_day(month, day),
        }
    }

    /// A language's name in this language, from its code ("tr" → "Turkish", "Türkçe"
    /// for a Turkish speaker); the code itself when the browser does not know it.
    pub fn language_name(self, code: &str) -> String {
        intl::language_name(self, code).unwrap_or_else(|| code.to_owned())
    }

    /// A month of sales: "November 2026", always a Gregorian month.
    pub fn month(self, year: i32, month: u32) -> String {
        match NaiveDate::from_ymd_opt(year, month, 1) {
            // Sales are totalled by Gregorian month, so the month is named as one
            // (in Persian: "نوامبر ۲۰۲۶"), never as the Solar Hijri month it starts in.
            Some(d) => self.format_day(d, DateStyle::Month, true),
            None => format!("{year}-{month:02}"),
        }
    }

    /// A month of the language's calendar, for a date picker's heading ("آذر ۱۴۰۵").
    pub fn calendar_month(self, first_day: NaiveDate) -> String {
        self.format_day(first_day, DateStyle::Month, false)
    }

    /// The narrow name of `day`'s weekday ("S", "ش"); empty where the browser cannot
    /// name it in this language.
    pub fn weekday(self, day: NaiveDate) -> String {
        noon_ms(day)
            .and_then(|ms| intl::format_moment(self, ms, DateStyle::Weekday, false, true))
            .unwrap_or_default()
    }

    /// A moment, in the device's time zone: "23 Nov 2026, 08:15".
    pub fn date_time(self, at: Millis) -> String {
        intl::format_moment(self, at as f64, DateStyle::DayTime, false, false)
            .unwrap_or_else(|| crate::domain::time::local_minute_text(at, 0))
    }

    /// Days from today in words: "today", "yesterday", "in 3 days", "3 days ago".
    pub fn days_from_today(self, days: i64) -> String {
        intl::relative_days(self, days).unwrap_or_else(|| match days {
            0 => "today".into(),
            d if d > 0 => format!("in {d} days"),
            d => format!("{} days ago", d.unsigned_abs()),
        })
    }

    fn format_day(self, day: NaiveDate, style: DateStyle, gregorian: bool) -> String {
        noon_ms(day)
            .and_then(|ms| intl::format_moment(self, ms, style, gregorian, true))
            .unwrap_or_else(|| {
                let iso = match style {
                    DateStyle::MonthDay => format!("{:02}-{:02}", day.month(), day.day()),
                    DateStyle::Month => format!("{}-{:02}", day.year(), day.month()),
                    _ => day.to_string(),
                };
                figures_in_order(self, &iso)
            })
    }
}

/// A calendar day is formatted at noon UTC, in UTC, so no time zone can move it.
fn noon_ms(day: NaiveDate) -> Option<f64> {
    day.and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp_millis() as f64)
}

/// Dates written in figures (for a browser without the language's data: ISO order,
/// "2026-11-23, 08:15") put in the order the language writes them: Georgian puts the
/// day first, "23.11.2026, 08:15".
pub(super) fn figures_in_order(lang: Lang, iso: &str) -> String {
    if !lang.info().day_first {
        return iso.to_owned();
    }
    let (date, time) = match iso.split_once(", ") {
        Some((d, t)) => (d, Some(t)),
        None => (iso, None),
    };
    let mut parts: Vec<&str> = date.split('-').collect();
    parts.reverse();
    let date = parts.join(".");
    match time {
        Some(t) => format!("{date}, {t}"),
        None => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_builds_fall_back_to_iso_dates() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(Lang::En.date(day), "2026-11-23");
        assert_eq!(Lang::En.month_day(3, 24), "03-24");
        assert_eq!(Lang::En.month_day(2, 30), "02-30");
        assert_eq!(Lang::Fa.gregorian_date(day).as_deref(), Some("2026-11-23"));
        assert_eq!(Lang::Sw.gregorian_date(day), None);
        assert_eq!(Lang::Ka.date(day), "23.11.2026");
        assert_eq!(Lang::En.days_from_today(-3), "3 days ago");
    }

    #[test]
    fn figures_follow_the_languages_order() {
        assert_eq!(figures_in_order(Lang::Ka, "2026-11-23"), "23.11.2026");
        assert_eq!(
            figures_in_order(Lang::Ka, "2026-11-23, 08:15"),
            "23.11.2026, 08:15"
        );
        assert_eq!(figures_in_order(Lang::Ka, "2026-11"), "11.2026");
        assert_eq!(figures_in_order(Lang::Ka, "11-23"), "23.11");
        assert_eq!(figures_in_order(Lang::Sw, "2026-11-23"), "2026-11-23");
    }
}
