//! When to remind the owner to back up: a book with customers that was never backed up
//! on this device, or not for `REMIND_AFTER_DAYS`. (The time of the last backup is the
//! device's, kept beside the language choice, not in the book: a restored book would
//! otherwise carry the time of an older backup.)

use crate::domain::time::Millis;

/// After this many days without a backup, Today reminds the owner.
pub const REMIND_AFTER_DAYS: i64 = 30;
const DAY_MS: i64 = 86_400_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReminder {
    Never,
    DaysAgo(i64),
}

pub fn reminder(
    last_ms: Option<Millis>,
    now_ms: Millis,
    customers: usize,
) -> Option<BackupReminder> {
    if customers == 0 {
        return None;
    }
    match last_ms {
        None => Some(BackupReminder::Never),
        Some(at) => {
            let days = now_ms.saturating_sub(at).div_euclid(DAY_MS);
            (days >= REMIND_AFTER_DAYS).then_some(BackupReminder::DaysAgo(days))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_or_missing_backup_is_reminded_an_empty_book_is_not() {
        let now = 1_795_000_000_000;
        assert_eq!(reminder(None, now, 0), None);
        assert_eq!(reminder(None, now, 3), Some(BackupReminder::Never));
        assert_eq!(reminder(Some(now - 29 * DAY_MS), now, 3), None);
        assert_eq!(
            reminder(Some(now - 45 * DAY_MS - 1), now, 3),
            Some(BackupReminder::DaysAgo(45))
        );
        // A clock set back leaves no negative ages.
        assert_eq!(reminder(Some(now + DAY_MS), now, 3), None);
    }
}
