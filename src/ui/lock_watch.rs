//! The app lock's browser glue: when the book was last used (in localStorage, so every
//! tab sees every other tab's use), a periodic check that locks an idle app, and the
//! count of wrong passphrases behind the slow-down. None of it is secret: a time and a
//! count. (Clearing them shortens a wait; each guess still costs an Argon2id
//! derivation, which is what makes guessing slow.)

use super::platform::{now_ms, window};
use gloo_storage::{LocalStorage, Storage};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const LAST_USED_KEY: &str = "karibu.last_used";
const FAILURES_KEY: &str = "karibu.unlock_failures";
/// Use is noted at most this often: a keystroke need not write to storage.
const NOTE_EVERY_MS: i64 = 5_000;
const CHECK_EVERY_MS: i32 = 15_000;

thread_local! {
    static LAST_NOTED: Cell<i64> = const { Cell::new(i64::MIN) };
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

/// When any tab was last used; now if never noted (or storage is refused).
pub fn last_used() -> i64 {
    LocalStorage::get(LAST_USED_KEY).unwrap_or_else(|_| now_ms())
}

/// Notes use on every key, tap and click, and calls `check` every few seconds, from
/// now on for the life of the tab.
pub fn watch_idle(check: impl Fn() + 'static) {
    let used = Closure::<dyn Fn()>::new(|| note_use(false));
    for event in ["keydown", "pointerdown", "wheel", "touchstart"] {
        let _ = window().add_event_listener_with_callback_and_bool(
            event,
            used.as_ref().unchecked_ref(),
            true,
        );
    }
    used.forget();
    let tick = Closure::<dyn Fn()>::new(check);
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
