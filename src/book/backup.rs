//! Backing the book up into one file, and restoring one. The file's format is
//! `crate::backup`'s; this is the order of steps: read the book a kind at a time, seal
//! a mebibyte at a time; check a backup whole before anything is replaced, then replace
//! everything in one transaction, so a refused or interrupted restore leaves the book
//! as it was. Each step lets the page breathe and reports how far it has got.

use super::{Book, BookError, BookResult, Changed};
use crate::backup::{BackupReader, BackupWriter};
use crate::lock::{KdfParams, LockError, LockState};
use crate::store::{Store, StoreError};

/// Reads of the whole book before a backup gives up on a book other tabs keep changing.
const BACKUP_TRIES: usize = 3;

/// How far a backup or a restore has got: `done` of `total` (units are the use case's
/// own; only the ratio means anything).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

impl<S: Store> Book<S> {
    /// The whole book as a backup file (in two pieces to save one after the other, see
    /// `Finishing::into_parts`), protected by `passphrase` (its key derived with
    /// `kdf`) when one is given. Reading counts for the first half of the progress,
    /// sealing and checksumming for the second.
    pub async fn write_backup(
        &self,
        passphrase: Option<(&str, KdfParams)>,
        progress: &dyn Fn(Progress),
    ) -> BookResult<[Vec<u8>; 2]> {
        let started = self.host.precise_ms();
        // Records to read, then as many steps again for sealing: u64, since on wasm
        // a product of two sizes would overflow a usize.
        let expected = (self.directory.borrow().len() + self.sales.borrow().table.len()) as u64;
        let total = 2 * expected.max(1);
        let half = |read: usize| Progress {
            done: (read as u64).min(expected),
            total,
        };
        // Other tabs may write while the book is read a kind at a time: a read that
        // overlapped a write is done again, so the file is one moment of the book.
        let mut tries = 0;
        let writer = loop {
            let before = self.store.generations().await?;
            let writer = self.read_for_backup(&half, progress).await?;
            if self.store.generations().await? == before {
                break writer;
            }
            tries += 1;
            if tries == BACKUP_TRIES {
                let stored = u32::try_from(tries).unwrap_or(u32::MAX);
                return Err(StoreError::Conflict {
                    stored,
                    expected: 0,
                }
                .into());
            }
        };
        let mut finishing = writer
            .finish(self.host.now_ms(), passphrase)
            .map_err(BookError::Backup)?;
        while finishing.step() {
            let (done, sealing_total) = finishing.progress();
            progress(Progress {
                done: expected + done * expected.max(1) / sealing_total.max(1),
                total,
            });
            self.host.pause().await;
        }
        let file = finishing.into_parts();
        self.host.measure("karibu:backup", started);
        Ok(file)
    }

    /// Every record of the book, into a backup writer; progress as records are read.
    async fn read_for_backup(
        &self,
        half: &dyn Fn(usize) -> Progress,
        progress: &dyn Fn(Progress),
    ) -> BookResult<BackupWriter> {
        let mut writer = BackupWriter::new(&self.store.load_settings().await?);
        let mut read = 0;
        self.store
            .load_customers(&mut |page| {
                read += page.len();
                writer.add_customers(&page);
                progress(half(read));
            })
            .await?;
        self.host.pause().await;
        self.store
            .load_interactions(&mut |page| writer.add_interactions(&page))
            .await?;
        self.host.pause().await;
        let mut chunks = 0;
        self.store
            .load_purchases(&mut |chunk| {
                read += chunk.len();
                writer.add_purchases(&chunk);
                chunks += 1;
                if chunks % 64 == 0 {
                    progress(half(read));
                }
            })
            .await?;
        progress(half(read));
        self.host.pause().await;
        self.store
            .load_ledgers(&mut |page| writer.add_ledgers(&page))
            .await?;
        self.host.pause().await;
        Ok(writer)
    }

    /// Checks `reader`'s backup whole (its passphrase given to it already, if it has
    /// one) and, only if every check passes, replaces the whole book with it. Refused
    /// while the app lock is being turned on or off.
    pub async fn restore_backup(
        &self,
        mut reader: BackupReader,
        progress: &dyn Fn(Progress),
    ) -> BookResult<Changed> {
        let started = self.host.precise_ms();
        if let Some(lock) = self.store.lock_record().await? {
            if lock.state != LockState::On {
                return Err(LockError::Converting.into());
            }
        }
        while reader.step().map_err(BookError::Backup)? {
            let (done, total) = reader.progress();
            progress(Progress { done, total });
            self.host.pause().await;
        }
        let content = reader.into_content().map_err(BookError::Backup)?;
        self.store.replace_book(&content).await?;
        self.host.measure("karibu:restore", started);
        // Every generation moved on: catching up rereads the whole book.
        let mut changed = self.catch_up().await?;
        changed.everything = true;
        changed.sales = true;
        changed.settings = true;
        Ok(changed)
    }
}
