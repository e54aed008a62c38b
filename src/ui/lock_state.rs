//! The app lock in the app's state: unlocking (with the slow-down after wrong
//! passphrases), turning the lock on or off with progress, changing the passphrase,
//! locking when idle, and keeping the book's tabs locked and unlocked together. The
//! cryptography and the order of steps are the book's (`crate::book::lock`).

use super::lock_watch;
use super::platform;
use super::state::{AppState, Phase};
use crate::book::tabs::TabMessage;
use crate::book::{BookError, LockFollowed};
use crate::lock::{attempts, idle, DataKey, KdfParams, LockRecord, LockState};
use leptos::prelude::*;
use leptos::task::spawn_local;

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
    pub(super) fn wait_for_unlock(&self, record: LockRecord) {
        self.lock.set(Some(record));
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
        // Argon2id holds the page for a moment: let "Unlocking…" paint first.
        platform::yield_to_browser().await;
        match book.unlock(passphrase).await {
            Ok(key) => {
                lock_watch::clear_failures();
                self.unlocked(key, book);
                Ok(())
            }
            Err(e) => {
                if matches!(e, BookError::Lock(crate::lock::LockError::WrongPassphrase)) {
                    lock_watch::note_failure();
                }
                Err(UnlockRefused::Book(e))
            }
        }
    }

    /// After this tab got the key: the other tabs get it too, and the book loads.
    fn unlocked(&self, key: DataKey, book: std::rc::Rc<super::state::AppBook>) {
        lock_watch::note_use(true);
        if let Some((_, key_id)) = book.held_key() {
            self.share_key(&key, key_id);
        }
        // A key from another tab may have opened the book meanwhile.
        if self.phase.get_untracked() == Phase::Locked {
            self.phase.set(Phase::Opening);
            spawn_local(self.load(book));
        }
    }

    fn share_key(&self, key: &DataKey, key_id: u32) {
        self.tell_tabs(&TabMessage::KeyShared {
            key_id,
            key: key.to_hex().to_string(),
        });
    }

    /// Turns the lock on over the whole book, then seals it a batch at a time with
    /// progress; other tabs follow as soon as the lock exists.
    pub async fn turn_lock_on(&self, passphrase: &str) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.begin_lock_on(passphrase, KdfParams::recommended())
            .await?;
        lock_watch::note_use(true);
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        self.finish_conversion().await
    }

    /// Turns the lock off (the passphrase asked again), then opens every record a
    /// batch at a time with progress.
    pub async fn turn_lock_off(&self, passphrase: &str) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.begin_lock_off(passphrase).await?;
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        self.finish_conversion().await
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
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        Ok(())
    }

    /// A new passphrase for the same key: nothing but the lock record is rewritten.
    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), BookError> {
        let book = self.open_book()?;
        platform::yield_to_browser().await;
        book.change_passphrase(current, new, KdfParams::recommended())
            .await?;
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        Ok(())
    }

    pub async fn set_idle_minutes(&self, minutes: u32) -> Result<(), BookError> {
        let book = self.open_book()?;
        book.set_idle_minutes(minutes).await?;
        self.lock.set(book.lock_record().await?);
        self.tell_tabs(&TabMessage::LockChanged);
        Ok(())
    }

    /// Locks every tab of the book: each reloads, so no key is left in any memory.
    pub fn lock_now(&self) {
        self.tell_tabs(&TabMessage::LockNow);
        platform::reload();
    }

    /// Called every few seconds: locks the app once no tab has been used for the
    /// owner's chosen time. Never mid-conversion, never when there is no lock.
    pub(super) fn lock_if_idle(&self) {
        let minutes = self.lock.with_untracked(|l| match l {
            Some(r) if r.state == LockState::On => r.idle_minutes,
            _ => 0,
        });
        let unlocked = self.phase.get_untracked() == Phase::Ready;
        if unlocked
            && self.converting.get_untracked().is_none()
            && idle::idle_expired(minutes, lock_watch::last_used(), platform::now_ms())
        {
            self.lock_now();
        }
    }

    /// Handles the lock's messages from other tabs; `false` for any other message.
    pub(super) fn on_lock_message(&self, message: &TabMessage) -> bool {
        let this = *self;
        match message {
            TabMessage::KeyWanted => {
                let held = self.book().and_then(|b| b.held_key());
                if let (Some((key, key_id)), Phase::Ready) = (held, self.phase.get_untracked()) {
                    self.share_key(&key, key_id);
                }
            }
            TabMessage::KeyShared { key_id, key } => {
                let (Some(book), Some(key)) = (self.book(), DataKey::from_hex(key)) else {
                    return true;
                };
                if book.held_key().is_some() {
                    return true;
                }
                let key_id = *key_id;
                // Several tabs may answer: the first key opens the book, once.
                let was_locked = self.phase.get_untracked() == Phase::Locked;
                if was_locked {
                    self.phase.set(Phase::Opening);
                }
                spawn_local(async move {
                    if book.unlock_with_key(&key, key_id).await.is_err() {
                        if was_locked {
                            this.phase.set(Phase::Locked);
                        }
                        return;
                    }
                    if was_locked {
                        lock_watch::note_use(true);
                        this.load(book).await;
                    } else if let Ok(record) = book.lock_record().await {
                        this.lock.set(record);
                    }
                });
            }
            TabMessage::LockNow => {
                if self.lock.get_untracked().is_some() {
                    platform::reload();
                }
            }
            TabMessage::LockChanged => spawn_local(async move { this.follow_lock().await }),
            _ => return false,
        }
        true
    }

    /// Another tab turned the lock on or off or changed it: this tab seals as it now
    /// says, asking for the key if it does not hold it.
    async fn follow_lock(self) {
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
}
