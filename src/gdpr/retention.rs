//! Retention (Art. 5(1)(e)): rules that remove what the shop no longer needs, each
//! previewed before it is applied, on confirmation or daily by itself, and logged.

use crate::domain::time::Millis;
use crate::domain::Interaction;
use chrono::{DateTime, Months};
use serde::{Deserialize, Serialize};

pub const MONTHS_RANGE: std::ops::RangeInclusive<u32> = 6..=240;
pub const YEARS_RANGE: std::ops::RangeInclusive<u32> = 1..=50;
/// The log keeps this many runs, newest last.
pub const LOG_KEPT: usize = 100;
/// An automatic rule runs at most once in this long.
pub const AUTOMATIC_EVERY_MS: i64 = 86_400_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetentionRule {
    /// Customers with no purchase, timeline entry or edit for `months` are removed;
    /// their purchases stay in the takings, anonymous.
    RemoveInactive { months: u32 },
    /// Timeline entries older than `years` are deleted (an open follow-up stays).
    DeleteOldEntries { years: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetentionProblem {
    /// Months or years outside what a rule may say (the ranges above).
    OutOfRange,
}

impl RetentionRule {
    pub fn check(self) -> Result<Self, RetentionProblem> {
        let fits = match self {
            RetentionRule::RemoveInactive { months } => MONTHS_RANGE.contains(&months),
            RetentionRule::DeleteOldEntries { years } => YEARS_RANGE.contains(&years),
        };
        fits.then_some(self).ok_or(RetentionProblem::OutOfRange)
    }

    /// Anything older than this is out of time (the same time of day, months back).
    pub fn cutoff_ms(self, now_ms: Millis) -> Millis {
        let months = match self {
            RetentionRule::RemoveInactive { months } => months,
            RetentionRule::DeleteOldEntries { years } => years.saturating_mul(12),
        };
        DateTime::from_timestamp_millis(now_ms)
            .and_then(|t| t.checked_sub_months(Months::new(months)))
            .map_or(Millis::MIN, |t| t.timestamp_millis())
    }
}

/// A rule as the owner keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptRule {
    /// Random: names the rule while it is edited elsewhere.
    pub id: String,
    pub rule: RetentionRule,
    /// Applied by itself, once a day, when the app is open.
    pub automatic: bool,
}

/// One application of a rule, for the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRun {
    pub at_ms: Millis,
    pub rule: RetentionRule,
    /// Customers removed or entries deleted.
    pub affected: usize,
    pub automatic: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionSettings {
    #[serde(default)]
    pub rules: Vec<KeptRule>,
    #[serde(default)]
    pub log: Vec<RetentionRun>,
}

impl RetentionSettings {
    pub fn record(&mut self, run: RetentionRun) {
        self.log.push(run);
        let extra = self.log.len().saturating_sub(LOG_KEPT);
        self.log.drain(..extra);
    }

    /// The automatic rules not run (by anyone) in the last day.
    pub fn due(&self, now_ms: Millis) -> Vec<RetentionRule> {
        self.rules
            .iter()
            .filter(|k| k.automatic)
            .filter(|k| {
                !self.log.iter().any(|r| {
                    r.rule == k.rule && now_ms.saturating_sub(r.at_ms) < AUTOMATIC_EVERY_MS
                })
            })
            .map(|k| k.rule)
            .collect()
    }
}

/// Whether a timeline entry is out of time: older than the cutoff and not an open
/// follow-up (work still to do).
pub fn entry_expired(entry: &Interaction, cutoff_ms: Millis) -> bool {
    let open_follow_up = entry.due.is_some() && !entry.done;
    entry.at_ms < cutoff_ms && !open_follow_up
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_795_000_000_000; // 18 Nov 2026
    const DAY: Millis = 86_400_000;

    #[test]
    fn rules_keep_to_their_ranges_and_cut_off_by_calendar_months() {
        assert!(RetentionRule::RemoveInactive { months: 36 }.check().is_ok());
        assert_eq!(
            RetentionRule::RemoveInactive { months: 2 }.check(),
            Err(RetentionProblem::OutOfRange)
        );
        assert_eq!(
            RetentionRule::DeleteOldEntries { years: 0 }.check(),
            Err(RetentionProblem::OutOfRange)
        );
        let cut = RetentionRule::DeleteOldEntries { years: 2 }.cutoff_ms(NOW);
        let two_years = DateTime::from_timestamp_millis(cut).unwrap();
        assert_eq!(two_years.format("%Y-%m-%d").to_string(), "2024-11-18");
    }

    #[test]
    fn an_open_follow_up_outlives_the_rule_and_automatic_rules_run_daily() {
        let mut old = crate::store::contract::note("c1", "n1", NOW - 900 * DAY, None);
        let cutoff = NOW - 365 * DAY;
        assert!(entry_expired(&old, cutoff));
        old.due = chrono::NaiveDate::from_ymd_opt(2024, 6, 1);
        assert!(
            !entry_expired(&old, cutoff),
            "an open follow-up is work to do"
        );
        old.done = true;
        assert!(entry_expired(&old, cutoff));

        let rule = RetentionRule::RemoveInactive { months: 36 };
        let mut kept = RetentionSettings {
            rules: vec![KeptRule {
                id: "r".into(),
                rule,
                automatic: true,
            }],
            log: vec![],
        };
        assert_eq!(kept.due(NOW), vec![rule]);
        kept.record(RetentionRun {
            at_ms: NOW - DAY / 2,
            rule,
            affected: 3,
            automatic: true,
        });
        assert!(kept.due(NOW).is_empty());
        assert_eq!(kept.due(NOW + DAY), vec![rule]);
        for i in 0..150 {
            kept.record(RetentionRun {
                at_ms: i,
                rule,
                affected: 0,
                automatic: false,
            });
        }
        assert_eq!(kept.log.len(), LOG_KEPT);
        assert_eq!(kept.log.last().unwrap().at_ms, 149);
    }
}
