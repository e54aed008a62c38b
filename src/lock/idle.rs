//! When the app locks itself: after the owner's chosen minutes with no use in any tab
//! of the book (each tab notes the last use where the others see it).

/// The idle times offered, in minutes; 0 is "never".
pub const IDLE_CHOICES: [u32; 6] = [1, 5, 15, 30, 60, 0];

/// Whether the app should lock at `now_ms`, last used at `last_used_ms`.
pub fn idle_expired(idle_minutes: u32, last_used_ms: i64, now_ms: i64) -> bool {
    idle_minutes > 0 && now_ms.saturating_sub(last_used_ms) >= i64::from(idle_minutes) * 60_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_the_chosen_minutes_and_never_when_told_never() {
        let minute = 60_000;
        assert!(!idle_expired(5, 0, 5 * minute - 1));
        assert!(idle_expired(5, 0, 5 * minute));
        assert!(!idle_expired(0, 0, i64::MAX));
        // A clock set back is use, not idleness.
        assert!(!idle_expired(1, 10 * minute, 0));
        // Extreme values neither overflow nor panic.
        assert!(idle_expired(u32::MAX, i64::MIN, i64::MAX));
    }
}
