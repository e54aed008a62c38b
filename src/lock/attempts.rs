//! The wait after wrong passphrases. Argon2id already makes each guess cost a quarter
//! of a second; after a few mistakes (a typo is normal) each further one doubles the
//! wait, so guessing through a list takes days while the owner loses seconds.

/// Wrong passphrases allowed before any wait.
pub const FREE_ATTEMPTS: u32 = 3;
const FIRST_WAIT_SECONDS: u64 = 5;
const LONGEST_WAIT_SECONDS: u64 = 15 * 60;

/// Seconds to wait before the next attempt, after `failures` wrong passphrases in a row.
pub fn wait_seconds(failures: u32) -> u64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(16);
    (FIRST_WAIT_SECONDS << doublings).min(LONGEST_WAIT_SECONDS)
}

/// Seconds still to wait at `now_ms`, after `failures` with the last at `last_ms`.
pub fn seconds_left(failures: u32, last_ms: i64, now_ms: i64) -> u64 {
    let ready_ms = last_ms.saturating_add((wait_seconds(failures) * 1000) as i64);
    // A clock set back must not lengthen the wait beyond one full period.
    let left = ready_ms.saturating_sub(now_ms).max(0) as u64;
    left.div_ceil(1000).min(wait_seconds(failures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_typos_cost_nothing_then_waits_double_up_to_a_cap() {
        assert_eq!((0..3).map(wait_seconds).collect::<Vec<_>>(), [0, 0, 0]);
        assert_eq!(
            (3..7).map(wait_seconds).collect::<Vec<_>>(),
            [5, 10, 20, 40]
        );
        assert_eq!(wait_seconds(100), 15 * 60);
        assert_eq!(wait_seconds(u32::MAX), 15 * 60);
    }

    #[test]
    fn the_wait_runs_down_with_the_clock() {
        assert_eq!(seconds_left(3, 1_000, 1_000), 5);
        assert_eq!(seconds_left(3, 1_000, 3_500), 3);
        assert_eq!(seconds_left(3, 1_000, 6_000), 0);
        assert_eq!(seconds_left(2, 1_000, 1_000), 0);
        // The clock moved back a day: still at most one period.
        assert_eq!(seconds_left(3, 86_400_000, 0), 5);
    }
}
