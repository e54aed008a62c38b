//! App lock use cases: turn the lock on or off (converting the book in batches, with
//! progress, resumable after a closed tab), unlock, change the passphrase, and the idle
//! time after which the app locks itself. The cryptography is `crate::lock`'s; this is
//! the order of steps that keeps every record readable whatever happens between them.

use super::{Book, BookError, BookResult};
use crate::lock::{DataKey, Envelope, KdfParams, LockError, LockRecord, LockState};
use crate::store::{Converted, Store};

/// What a tab does after another changed the lock.
#[derive(Clone, Debug, PartialEq)]
pub enum LockFollowed {
    /// The book has no lock now.
    Plain,
    /// Locked with the key this tab holds: nothing more to do.
    Unlocked(LockRecord),
    /// Locked with a key this tab does not hold: ask a tab that does.
    NeedsKey(LockRecord),
}

impl<S: Store> Book<S> {
    /// The book's lock as stored; `None` when it has none.
    pub async fn lock_record(&self) -> BookResult<Option<LockRecord>> {
        Ok(self.store.lock_record().await?)
    }

    /// Checks `passphrase` against the lock and, if it opens it, lets this tab read and
    /// write the book. A wrong passphrase is refused with nothing read or changed.
    /// Returns the data key, for other tabs to be handed it.
    pub async fn unlock(&self, passphrase: &str) -> BookResult<DataKey> {
        let record = self.existing_lock().await?;
        let deriving = self.host.precise_ms();
        let key = record.unwrap_key(passphrase);
        self.host.measure("karibu:unlock-derive", deriving);
        let key = key?;
        self.use_key(&record, &key);
        Ok(key)
    }

    /// Unlocks with the data key another tab of this book sent. Refused if the key does
    /// not match the lock now stored.
    pub async fn unlock_with_key(&self, key: &DataKey, key_id: u32) -> BookResult<()> {
        let record = self.existing_lock().await?;
        if !record.key_fits(key, key_id) {
            return Err(LockError::WrongPassphrase.into());
        }
        self.use_key(&record, key);
        Ok(())
    }

    fn use_key(&self, record: &LockRecord, key: &DataKey) {
        *self.held_key.borrow_mut() = Some((key.clone(), record.key_id));
        self.store.use_envelope(match record.state {
            LockState::On => Envelope::sealed(key, record.key_id),
            LockState::TurningOn => Envelope::sealing(key, record.key_id),
            LockState::TurningOff => Envelope::opening(key, record.key_id),
        });
    }

    /// The data key this tab holds, with its id, for a tab of this book that opened
    /// locked. `None` before unlocking.
    pub fn held_key(&self) -> Option<(DataKey, u32)> {
        self.held_key.borrow().clone()
    }

    /// After another tab turned the lock on or off or resumed a conversion: rereads the
    /// lock and seals as it now says, with the key this tab holds if it fits.
    pub async fn follow_lock(&self) -> BookResult<LockFollowed> {
        let Some(record) = self.store.lock_record().await? else {
            self.forget_key();
            return Ok(LockFollowed::Plain);
        };
        match self.held_key() {
            // The key id alone only for locks made before key checks existed.
            Some((key, id))
                if record.key_fits(&key, id)
                    || (record.key_check.is_empty() && id == record.key_id) =>
            {
                self.use_key(&record, &key);
                Ok(LockFollowed::Unlocked(record))
            }
            // A key from an earlier lock opens nothing now: drop it and ask.
            _ => {
                self.forget_key();
                Ok(LockFollowed::NeedsKey(record))
            }
        }
    }

    /// Whether the lock is half-way on or off (a tab closed during the conversion):
    /// `finish_conversion` must run, after unlocking, before the book is used.
    pub async fn conversion_pending(&self) -> BookResult<bool> {
        Ok(self
            .store
            .lock_record()
            .await?
            .is_some_and(|r| r.state != LockState::On))
    }

    /// Turns the lock on: a new data key wrapped under `passphrase`, then every record
    /// sealed, a batch at a time. Until the last batch the book reads whole (plain and
    /// sealed values side by side); a closed tab carries on at the next unlock.
    pub async fn turn_lock_on(
        &self,
        passphrase: &str,
        kdf: KdfParams,
        progress: &mut dyn FnMut(Converted),
    ) -> BookResult<DataKey> {
        let key = self.begin_lock_on(passphrase, kdf).await?;
        self.finish_conversion(progress).await?;
        Ok(key)
    }

    /// The first half of `turn_lock_on`: the lock record stored and this tab sealing
    /// what it writes. Other tabs should be told before `finish_conversion` runs.
    pub async fn begin_lock_on(&self, passphrase: &str, kdf: KdfParams) -> BookResult<DataKey> {
        if self.store.lock_record().await?.is_some() {
            return Err(LockError::AlreadyOn.into());
        }
        let (record, key) = LockRecord::create(passphrase, kdf)?;
        // Refused if another tab turned the lock on meanwhile: one key per book.
        self.store.save_lock_record(None, Some(&record)).await?;
        self.use_key(&record, &key);
        Ok(key)
    }

    /// Carries a started conversion (on or off) through to the end; nothing to do if
    /// none is under way. The tab must hold the key (`unlock`). Another tab may be
    /// converting too (batches are idempotent); whichever finishes first settles it.
    pub async fn finish_conversion(&self, progress: &mut dyn FnMut(Converted)) -> BookResult<()> {
        let Some(record) = self.store.lock_record().await? else {
            return Ok(());
        };
        if record.state == LockState::On {
            return Ok(());
        }
        let started = self.host.precise_ms();
        loop {
            let step = self.store.convert_step().await?;
            progress(step);
            if step.finished {
                break;
            }
            self.host.pause().await;
        }
        self.host.measure("karibu:lock-convert", started);
        // The record as it is now (its passphrase or idle time may have changed while
        // the batches ran): only its state moves on.
        let Some(now) = self.store.lock_record().await? else {
            self.forget_key();
            return Ok(());
        };
        let (key, _) = self
            .held_key
            .borrow()
            .clone()
            .ok_or(LockError::NotUnlocked)?;
        let settled = match now.state {
            // Another tab converting too settled it first.
            LockState::On => {
                self.use_key(&now, &key);
                return Ok(());
            }
            LockState::TurningOn => Some(LockRecord {
                state: LockState::On,
                ..now.clone()
            }),
            LockState::TurningOff => None,
        };
        let written = self
            .store
            .save_lock_record(Some(&now), settled.as_ref())
            .await;
        self.follow_settled_lock(written, &key).await
    }

    /// After the last batch's record change: another tab converting too may have
    /// settled the lock first (its change wins the compare-and-swap, and is the same
    /// change). Either way this tab now seals as the stored lock says.
    async fn follow_settled_lock(
        &self,
        written: crate::store::StoreResult<()>,
        key: &DataKey,
    ) -> BookResult<()> {
        match written {
            Ok(()) | Err(crate::store::StoreError::LockChanged) => {}
            Err(e) => return Err(e.into()),
        }
        match self.store.lock_record().await? {
            None => self.forget_key(),
            // Wholly sealed now: from here a plain value is refused, not believed.
            Some(record) if record.state == LockState::On => self.use_key(&record, key),
            Some(_) => return Err(crate::store::StoreError::LockChanged.into()),
        }
        Ok(())
    }

    /// Drops the data key from this tab: from now on it reads and writes nothing
    /// sealed (the app locking, or the lock turned off).
    pub fn forget_key(&self) {
        *self.held_key.borrow_mut() = None;
        self.store.use_envelope(Envelope::plain());
    }

    /// Turns the lock off: the passphrase is asked again, then every record is opened
    /// and stored plain, a batch at a time, and the lock record goes last.
    pub async fn turn_lock_off(
        &self,
        passphrase: &str,
        progress: &mut dyn FnMut(Converted),
    ) -> BookResult<()> {
        self.begin_lock_off(passphrase).await?;
        self.finish_conversion(progress).await
    }

    /// The first half of `turn_lock_off`: the passphrase checked and the lock marked as
    /// being turned off. Other tabs should be told before `finish_conversion` runs.
    pub async fn begin_lock_off(&self, passphrase: &str) -> BookResult<()> {
        let record = self.settled_lock().await?;
        let key = record.unwrap_key(passphrase)?;
        let off = LockRecord {
            state: LockState::TurningOff,
            ..record.clone()
        };
        self.store
            .save_lock_record(Some(&record), Some(&off))
            .await?;
        self.use_key(&off, &key);
        Ok(())
    }

    /// A new passphrase for the same data key: the lock record is re-wrapped and no
    /// other record is touched. The current passphrase is asked first.
    pub async fn change_passphrase(
        &self,
        current: &str,
        new: &str,
        kdf: KdfParams,
    ) -> BookResult<()> {
        let record = self.settled_lock().await?;
        let key = record.unwrap_key(current)?;
        let changed = record.rewrap(&key, new, kdf)?;
        self.store
            .save_lock_record(Some(&record), Some(&changed))
            .await?;
        Ok(())
    }

    /// Minutes without use after which the app locks itself (0: never).
    pub async fn set_idle_minutes(&self, minutes: u32) -> BookResult<()> {
        let record = self.existing_lock().await?;
        let changed = LockRecord {
            idle_minutes: minutes,
            ..record.clone()
        };
        self.store
            .save_lock_record(Some(&record), Some(&changed))
            .await?;
        Ok(())
    }

    /// The lock, refused while it is being turned on or off: the passphrase cannot
    /// change, nor the lock go, in the middle of a conversion.
    async fn settled_lock(&self) -> BookResult<LockRecord> {
        let record = self.existing_lock().await?;
        if record.state != LockState::On {
            return Err(LockError::Converting.into());
        }
        Ok(record)
    }

    async fn existing_lock(&self) -> BookResult<LockRecord> {
        self.store
            .lock_record()
            .await?
            .ok_or(BookError::Lock(LockError::NotOn))
    }
}
