//! Time helpers. The core never reads the clock: callers pass `now` in, so rules are
//! testable and deterministic.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// Milliseconds since the Unix epoch, UTC.
pub type Millis = i64;

/// The shop's time zone, as its offset from UTC (minutes east) at a moment: daylight
/// saving moves it, so it is asked per moment. The browser answers from the device's
/// zone; tests use a fixed offset.
pub trait ShopZone {
    fn offset_minutes_at(&self, at: Millis) -> i32;
}

/// A zone with one offset all year (and UTC, as `FixedOffset(0)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedOffset(pub i32);

impl ShopZone for FixedOffset {
    fn offset_minutes_at(&self, _: Millis) -> i32 {
        self.0
    }
}

/// The shop's calendar day at `at`.
pub fn local_date_of(at: Millis, zone: &dyn ShopZone) -> NaiveDate {
    date_of(at.saturating_add(i64::from(zone.offset_minutes_at(at)) * 60_000))
}

/// The moment the shop's day `date` begins.
pub fn local_start_of_day(date: NaiveDate, zone: &dyn ShopZone) -> Millis {
    let utc_midnight = start_of_day_ms(date);
    // The offset at the local midnight itself, found from the offset near it.
    let guess = utc_midnight - i64::from(zone.offset_minutes_at(utc_midnight)) * 60_000;
    utc_midnight - i64::from(zone.offset_minutes_at(guess)) * 60_000
}

pub fn date_of(ms: Millis) -> NaiveDate {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|d| d.date_naive())
        .unwrap_or_default()
}

/// Reads a `datetime-local` value ("2026-11-22T09:30") typed on a device `offset`
/// minutes east of UTC.
pub fn parse_local_minute(text: &str, utc_offset_minutes: i32) -> Option<Millis> {
    chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .map(|local| local.and_utc().timestamp_millis() - i64::from(utc_offset_minutes) * 60_000)
}

/// The `datetime-local` value for `at` on a device `offset` minutes east of UTC.
pub fn local_minute_text(at: Millis, utc_offset_minutes: i32) -> String {
    DateTime::<Utc>::from_timestamp_millis(at + i64::from(utc_offset_minutes) * 60_000)
        .map(|d| d.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

pub fn start_of_day_ms(date: NaiveDate) -> Millis {
    date.and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc().timestamp_millis())
        .unwrap_or(0)
}

/// The seven days starting at `today`, used by the Today view's birthday list.
pub fn week_from(today: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    (0..7).map(move |i| today + Duration::days(i))
}

/// Days from `today` until the next occurrence of month/day (0 = today). 29 February is
/// celebrated on 28 February in years without it.
pub fn days_until_anniversary(today: NaiveDate, month: u32, day: u32) -> i64 {
    let on = |year: i32| {
        NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1)))
    };
    match on(today.year()) {
        Some(d) if d >= today => (d - today).num_days(),
        _ => on(today.year() + 1)
            .map(|d| (d - today).num_days())
            .unwrap_or(i64::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn anniversary_later_this_year_and_next_year() {
        assert_eq!(days_until_anniversary(d(2026, 11, 23), 11, 23), 0);
        assert_eq!(days_until_anniversary(d(2026, 11, 23), 11, 25), 2);
        assert_eq!(days_until_anniversary(d(2026, 12, 30), 1, 2), 3);
    }

    #[test]
    fn leap_day_birthdays_fall_on_28_february() {
        assert_eq!(days_until_anniversary(d(2027, 2, 27), 2, 29), 1);
    }

    #[test]
    fn round_trip_day_start() {
        let day = d(2026, 3, 4);
        assert_eq!(date_of(start_of_day_ms(day)), day);
    }
}
