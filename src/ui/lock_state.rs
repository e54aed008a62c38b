//! The app lock in the app's state: unlocking (with the slow-down after wrong
//! passphrases), turning the lock on or off with progress, changing the passphrase,
//! locking when idle, and keeping the book's tabs locked and unlocked together. The
//! cryptography and the order of steps are the book's (`crate::book::lock`).

use super::lock_watch;
use super::platform;
use super::state::{AppBook, AppState, Phase};
use crate::book::tabs::TabMessage;
use crate::book::{BookError, LockFollowed};
use crate::i18n::Msg;
use crate::lock::{attempts, idle, DataKey, KdfParams, LockError, LockRecord};
use crate::store::StoreError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

/// Why an unlock did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum UnlockRefused {
    /// Too many wrong passphrases: try again in this many seconds.
    Wait(u64),
    Book(BookError),
}

impl AppState {
    /// Shows the unlock screen and asks the book's other tabs for the key: if one is
    /// open and unlocked, this tab opens without the passphrase.
    pub(super) fn wait_for_unlock(&self, book: Rc<AppBook>, record: LockRecord) {
        self.lock.set(Some(record));
        if book.held_key().is_some() {
            // A key arrived while this tab was still reading the lock.
            self.phase.set(Phase::Opening);
            return spawn_local(self.load(book));
        }
        self.phase.set(Phase::Locked);
        self.tell_tabs(&TabMessage::KeyWanted);
    }

    /// Seconds before the next passphrase may be tried (0: now).
    pub fn unlock_wait(&self) -> u64 {
        let (failures, last) = lock_watch::failures();
        attempts::seconds_left(failures, last, platform::now_ms())
    }

    /// Opens the book with `passphrase`. A wrong one is refused with nothing read or
    /// changed, and counts towards the wait; the right one unlocks the other tabs too.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), UnlockRefused> {
        let wait = self.unlock_wait();
        if wait > 0 {
            return Err(UnlockRefused::Wait(wait));
        }
        let book = self
            .open_book()
            .map_err(|e| UnlockRefused::Book(e.into()))?;
        // The benchmark's locked cold load leaves out the time spent typing.
        platform::mark("karibu:unlock-start");
        // Argon2id holds the page for a moment: let "Checking…" paint first.
        platform::yield_to_browser().await;
        match book.unlock(passphrase).await {
            Ok(_) => {
                lock_watch::clear_failures();
                lock_watch::note_unlocked();
                self.share_key(&book);
                // A key from another tab may have opened the book meanwhile.
                if self.phase.get_untracked() == Phase::Locked {
                    self.phase.set(Phase::Opening);
                    spawn_local(self.load(book));
                }
                Ok(())
            }
            Err(e) => {
                if matches!(e, BookError::Lock(LockError::WrongPassphrase)) {
                    lock_watch::note_failure();
                }
                Err(UnlockRefused::Book(e))
            }
        }
    }

    /// Hands the key this tab holds to the book's other tabs (those waiting at the
    /// unlock screen open with it; see `KeyShared`).
    fn share_key(&self, book: &AppBook) {
        if let Some((key, key_id)) = book.held_key() {
            self.tell_tabs(&TabMessage::KeyShared {
                key_id,
                key: key.to_hex().to_string(),
            });
        }
    }

    /// Turns the lock on: the lock record made (other tabs told at once), then the
    /// book sealed a batch at a time in the background with progress. Returns once
    /// the conversion has started, so the passphrase is not kept while it runs.
    pub async fn turn_lock_on(&self, passphrase: String) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.begin_lock_on(&passphrase, KdfParams::recommended())
            .await?;
        drop(passphrase);
        lock_watch::note_unlocked();
        self.convert_in_background(&book, Msg::LockTurnedOn).await
    }

    /// Turns the lock off (the passphrase asked again); the book is opened a batch at
    /// a time in the background with progress, as `turn_lock_on`.
    pub async fn turn_lock_off(&self, passphrase: String) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.begin_lock_off(&passphrase).await?;
        drop(passphrase);
        self.convert_in_background(&book, Msg::LockTurnedOff).await
    }

    /// After a conversion began: other tabs told, the rest run in the background, and
    /// `done` said at its end (or the failure).
    async fn convert_in_background(&self, book: &AppBook, done: Msg) -> Result<(), BookError> {
        self.lock_changed(book).await?;
        let this = *self;
        spawn_local(async move {
            match this.finish_conversion().await {
                Ok(()) => this.say(done),
                Err(e) => this.tell_failure(&e),
            }
        });
        Ok(())
    }

    /// Shows the lock as now stored and tells the other tabs to follow it.
    async fn lock_changed(&self, book: &AppBook) -> Result<(), BookError> {
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        Ok(())
    }

    /// Carries a conversion (on or off) to its end, showing how far it has got.
    pub async fn finish_conversion(&self) -> Result<(), BookError> {
        let book = self.open_book()?;
        let Some(direction) = book.lock_record().await?.map(|r| r.state) else {
            return Ok(());
        };
        let converting = self.converting;
        let finished = book
            .finish_conversion(&mut |step| {
                converting.set(Some((direction, step)));
                // A long conversion is use: the app must not lock itself midway.
                lock_watch::note_use(false);
            })
            .await;
        converting.set(None);
        finished?;
        self.lock_changed(&book).await
    }

    /// A new passphrase for the same key: nothing but the lock record is rewritten.
    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.change_passphrase(current, new, KdfParams::recommended())
            .await?;
        self.lock_changed(&book).await
    }

    pub async fn set_idle_minutes(&self, minutes: u32) -> Result<(), BookError> {
        let book = self.open_book()?;
        book.set_idle_minutes(minutes).await?;
        self.lock_changed(&book).await
    }

    /// Locks every tab of the book: the key is dropped here at once, then the page
    /// reloads so nothing read with it stays in memory either.
    pub fn lock_now(&self) {
        lock_watch::note_locked();
        self.tell_tabs(&TabMessage::LockNow);
        self.forget_key_and_reload();
    }

    fn forget_key_and_reload(&self) {
        if let Some(book) = self.book() {
            book.forget_key();
        }
        self.phase.set(Phase::Locked);
        platform::reload();
    }

    /// Locks the app if no tab has been used for the owner's chosen time, or if
    /// another tab locked it while this one was asleep. Returns whether it locked.
    pub(super) fn lock_if_idle(&self) -> bool {
        // Runs on every key and tap: nothing more than a signal read without a lock.
        let Some(minutes) = self
            .lock
            .with_untracked(|l| l.as_ref().map(|r| r.idle_minutes))
        else {
            return false;
        };
        let unlocked = self.phase.get_untracked() != Phase::Locked
            && self.book().is_some_and(|b| b.held_key().is_some());
        if !unlocked || self.converting.with_untracked(Option::is_some) {
            return false;
        }
        if lock_watch::locked_since_unlock() {
            self.forget_key_and_reload();
            return true;
        }
        if idle::idle_expired(minutes, lock_watch::last_used(), platform::now_ms()) {
            self.lock_now();
            return true;
        }
        false
    }

    /// Handles the lock's messages from other tabs; `false` for any other message.
    pub(super) fn on_lock_message(&self, message: &TabMessage) -> bool {
        let this = *self;
        match message {
            TabMessage::KeyWanted => {
                let Some(book) = self.book() else { return true };
                let ready = self.phase.get_untracked() == Phase::Ready;
                // Never from a tab that should itself be locked by now.
                if ready && book.held_key().is_some() && !self.lock_if_idle() {
                    self.share_key(&book);
                }
            }
            TabMessage::KeyShared { key_id, key } => {
                let (Some(book), Some(key)) = (self.book(), DataKey::from_hex(key)) else {
                    return true;
                };
                let key_id = *key_id;
                if book.held_key().is_some_and(|(_, id)| id == key_id) {
                    return true;
                }
                // Several tabs may answer: the first key opens the book, once.
                let was_locked = self.phase.get_untracked() == Phase::Locked;
                if was_locked {
                    self.phase.set(Phase::Opening);
                }
                spawn_local(async move {
                    let fits = book.unlock_with_key(&key, key_id).await.is_ok();
                    if fits {
                        lock_watch::note_unlocked();
                    }
                    // Opened here, or by a passphrase typed meanwhile (which left the
                    // loading to this task), or the screen came up while it ran.
                    let opened = fits || book.held_key().is_some();
                    let waiting = was_locked || this.phase.get_untracked() == Phase::Locked;
                    match (opened, waiting) {
                        (true, true) => {
                            this.phase.set(Phase::Opening);
                            this.load(book).await;
                        }
                        (false, true) => this.phase.set(Phase::Locked),
                        (true, false) => {
                            if let Ok(record) = book.lock_record().await {
                                this.lock.set(record);
                            }
                        }
                        (false, false) => {}
                    }
                });
            }
            TabMessage::LockNow => {
                if self.lock.get_untracked().is_some() {
                    self.forget_key_and_reload();
                }
            }
            TabMessage::LockChanged => spawn_local(async move { this.follow_lock().await }),
            _ => return false,
        }
        true
    }

    /// Another tab turned the lock on or off or changed it: this tab seals as it now
    /// says, asking for the key if it does not hold it.
    pub(super) async fn follow_lock(self) {
        let Some(book) = self.book() else { return };
        if self.phase.get_untracked() == Phase::Locked {
            // Perhaps turned off, perhaps a new passphrase: read it again from the top.
            return platform::reload();
        }
        match book.follow_lock().await {
            Ok(LockFollowed::Plain) => self.lock.set(None),
            Ok(LockFollowed::Unlocked(record)) => self.lock.set(Some(record)),
            Ok(LockFollowed::NeedsKey(record)) => {
                self.lock.set(Some(record));
                self.tell_tabs(&TabMessage::KeyWanted);
            }
            Err(e) => self.tell_failure(&e),
        }
    }

    /// A write refused because the lock changed in a tab whose message this one
    /// missed: catch up with it, so the next try works.
    pub(super) fn lock_changed_elsewhere(&self, e: &BookError) {
        if matches!(e, BookError::Store(StoreError::LockChanged)) {
            let this = *self;
            spawn_local(async move { this.follow_lock().await });
        }
    }
}
