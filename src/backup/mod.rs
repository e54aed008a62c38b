//! A whole customer book in one file: for safe keeping, before turning the app lock on,
//! and for moving to another device. Pure: it turns a `BookContent` into bytes and
//! back; reading the book and replacing it are the store's (`Store::load_interactions`,
//! `Store::replace_book`), and the steps between are `book::backup`'s.
//!
//! A backup is read whole and checked (length, SHA-256, every record decoded, counts
//! against its header) before anything stored is replaced. With a passphrase it is
//! sealed the way the app lock seals the book: a fresh data key, wrapped by Argon2id of
//! the passphrase (`LockRecord`), AES-256-GCM over segments of a mebibyte that carry
//! their own position, so none can be dropped, repeated or reordered unnoticed.
//! The format is described in `file`.

mod file;
mod parts;
pub mod reminder;
#[cfg(test)]
mod tests;

pub use file::{BackupHeader, BackupReader, BackupWriter, FILE_EXTENSION};

use crate::domain::{Customer, CustomerId, Interaction};
use crate::lock::envelope::is_blinded_key;
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use crate::store::Settings;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Everything a book holds that a backup keeps. Not kept: set-aside records (exported
/// on their own), deletion tombstones, and the app lock (a restored book keeps the lock
/// of the device it is restored on).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BookContent {
    pub settings: Settings,
    pub customers: Vec<Customer>,
    pub interactions: Vec<Interaction>,
    /// Purchases in the order they were recorded, as stored.
    pub purchases: Vec<PurchaseChunk>,
    pub ledgers: Vec<(CustomerId, Vec<LedgerEntry>)>,
}

/// How many of each a backup holds: in its header, shown before restoring, and checked
/// against what the file decodes to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupCounts {
    pub customers: usize,
    pub interactions: usize,
    pub purchases: usize,
    pub ledgers: usize,
}

impl BookContent {
    /// An id the book could not store as it stands: one customer, note or ledger twice,
    /// or an id shaped like a blinded record key (which the app lock reserves).
    pub fn repeated_or_reserved_id(&self) -> Option<String> {
        let mut customers = HashSet::new();
        for c in &self.customers {
            if is_blinded_key(c.id.as_str()) || !customers.insert(c.id.as_str()) {
                return Some(format!("customer {} twice or reserved", c.id.as_str()));
            }
        }
        let mut notes = HashSet::new();
        for i in &self.interactions {
            let key = (i.customer_id.as_str(), i.id.as_str());
            if is_blinded_key(key.0) || is_blinded_key(key.1) || !notes.insert(key) {
                return Some(format!("note {} twice or reserved", i.id.as_str()));
            }
        }
        let mut ledgers = HashSet::new();
        for (customer, _) in &self.ledgers {
            if is_blinded_key(customer.as_str()) || !ledgers.insert(customer.as_str()) {
                return Some(format!("ledger of {} twice or reserved", customer.as_str()));
            }
        }
        None
    }

    pub fn counts(&self) -> BackupCounts {
        BackupCounts {
            customers: self.customers.len(),
            interactions: self.interactions.len(),
            purchases: self.purchases.iter().map(PurchaseChunk::len).sum(),
            ledgers: self.ledgers.len(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("this file is not a Karibu backup")]
    NotABackup,
    #[error("this backup was made by a newer Karibu (format {0})")]
    NewerFormat(u32),
    #[error("the backup file is incomplete ({found} of {expected} bytes)")]
    Truncated { found: u64, expected: u64 },
    #[error("the backup file is damaged: {0}")]
    Damaged(String),
    #[error("this backup is protected by a passphrase")]
    NeedsPassphrase,
    #[error("that passphrase does not open this backup")]
    WrongPassphrase,
    #[error("a passphrase needs at least {0} characters")]
    PassphraseTooShort(usize),
}
