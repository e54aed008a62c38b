//! The app lock's browser glue: when the book was last used and last locked (in
//! localStorage, so every tab sees every other tab's), a periodic check that locks an
//! idle app, and the count of wrong passphrases behind the slow-down. None of it is
//! secret: times and a count. (Clearing them shortens a wait; each guess still costs
//! an Argon2id derivation, which is what makes guessing slow.)

use super::platform::{now_ms, window};
use gloo_storage::{LocalStorage, Storage};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const LAST_USED_KEY: &str = "karibu.last_used";
const LOCKED_AT_KEY: &str = "karibu.locked_at";
const FAILURES_KEY: &str = "karibu.unlock_failures";
/// Use is noted at most this often: a keystroke need not write to storage.
const NOTE_EVERY_MS: i64 = 5_000;
const CHECK_EVERY_MS: i32 = 15_000;

thread_local! {
    static LAST_NOTED: Cell<i64> = const { Cell::new(i64::MIN) };
    static UNLOCKED_AT: Cell<i64> = const { Cell::new(i64::MIN) };
}

/// Notes that the owner is using the app now (throttled unless `now`).
pub fn note_use(now: bool) {
    let at = now_ms();
    if !now && at.saturating_sub(LAST_NOTED.get()) < NOTE_EVERY_MS {
        return;
    }
    LAST_NOTED.set(at);
    let _ = LocalStorage::set(LAST_USED_KEY, at);
}

/// When any tab was last used. This tab's own use counts even if storage refuses it.
pub fn last_used() -> i64 {
    let stored = LocalStorage::get(LAST_USED_KEY).unwrap_or(i64::MIN);
    stored.max(LAST_NOTED.get())
}

/// Notes that this tab has just been unlocked (and so is in use).
pub fn note_unlocked() {
    UNLOCKED_AT.set(now_ms());
    note_use(true);
}

/// Notes that the app was locked, for a tab that misses the message (asleep, frozen).
pub fn note_locked() {
    let _ = LocalStorage::set(LOCKED_AT_KEY, now_ms());
}

/// Whether some tab locked the app after this one was unlocked.
pub fn locked_since_unlock() -> bool {
    LocalStorage::get::<i64>(LOCKED_AT_KEY).is_ok_and(|at| at >= UNLOCKED_AT.get())
}

/// On every key, tap and click: `check` first (an app already idle too long locks
/// rather than counting the touch as use), then use noted. `check` also runs every
/// few seconds, from now on for the life of the tab.
pub fn watch_idle(check: impl Fn() -> bool + Clone + 'static) {
    let on_use = check.clone();
    let used = Closure::<dyn Fn()>::new(move || {
        if !on_use() {
            note_use(false);
        }
    });
    for event in ["keydown", "pointerdown", "wheel", "touchstart"] {
        let _ = window().add_event_listener_with_callback_and_bool(
            event,
            used.as_ref().unchecked_ref(),
            true,
        );
    }
    used.forget();
    let tick = Closure::<dyn Fn()>::new(move || {
        check();
    });
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        CHECK_EVERY_MS,
    );
    tick.forget();
}

/// Wrong passphrases in a row, and when the last was typed (ms).
pub fn failures() -> (u32, i64) {
    LocalStorage::get(FAILURES_KEY).unwrap_or((0, 0))
}

pub fn note_failure() {
    let (count, _) = failures();
    let _ = LocalStorage::set(FAILURES_KEY, (count.saturating_add(1), now_ms()));
}

pub fn clear_failures() {
    LocalStorage::delete(FAILURES_KEY);
}
