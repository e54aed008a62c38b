//! Where customers are stored. `Store` is everything the app needs from storage; the
//! browser uses `indexeddb::IdbStore`, native tests use `memory::MemoryStore`, and both
//! pass the same `contract` checks.
//!
//! Layout (the same in both): customers keyed by id; interactions keyed by
//! [customer id, interaction id] so one customer's timeline, or their erasure, is one
//! key range; open follow-ups keyed by [due date, customer id, interaction id] so the
//! Today view reads a range. Purchases in chunks of a few thousand (`sales::chunk`), in
//! the order they were recorded; each customer's loyalty ledger in one record keyed by
//! the customer (`loyalty::stored`). Record contents are opaque encoded strings (see `codec`):
//! no index looks inside them, so they can later be encrypted at rest.

mod appending;
pub mod codec;
pub mod contract;
pub mod contract_faults;
mod contract_merge;
mod contract_sales;
pub mod contract_whole_book;
pub mod faulty;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod formats;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod formats_history;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod formats_imports;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod formats_privacy;
#[cfg(test)]
mod formats_reports;
#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
pub mod memory;
mod merging;
mod set_aside;
mod settings;
mod shared;

pub use set_aside::{salvage_customer_page, SetAside, StoredKind};

/// The IndexedDB schema version. Bumped for a new object store and also whenever a
/// stored type changes shape (`formats` checks it), so a tab still running older code
/// gets `versionchange`, lets go, and never rewrites a record without fields it does
/// not know.
pub const SCHEMA_VERSION: u32 = 20;
pub use settings::Settings;

use crate::backup::BookContent;
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::gdpr::scan::ScannedRecord;
use crate::lock::{Envelope, LockRecord};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoreError {
    /// Another tab saved this record since it was read.
    #[error("changed elsewhere: stored revision {stored}, edit based on {expected}")]
    Conflict { stored: u32, expected: u32 },
    #[error("not found")]
    NotFound,
    /// The customer was deleted (here or in another tab): an edit, a tag, a note or a
    /// sale for them is refused rather than bringing them back.
    #[error("the customer was deleted")]
    Deleted,
    #[error("the browser's storage for Karibu is full ({0})")]
    QuotaExceeded(String),
    #[error("a stored record could not be read ({0})")]
    Corrupt(String),
    /// A redemption or adjustment would take a balance below zero (another tab may have
    /// spent the points meanwhile).
    #[error("not enough points: the balance is {balance}")]
    NotEnoughPoints { balance: i64 },
    /// A newer Karibu has opened the book (in another tab, or before this one started):
    /// this tab must reload before it reads or writes anything more.
    #[error("a newer version of Karibu is using the customer book")]
    Superseded,
    /// A sealed record, and this tab does not hold the key: unlock first.
    #[error("the customer book is locked")]
    Locked,
    /// The app lock was turned on or off (or its conversion resumed) in another tab:
    /// this tab must start again to read and write the book the new way.
    #[error("the app lock changed in another tab")]
    LockChanged,
    #[error("{0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Counters each write moves on, per kind of data, kept with the data. A tab that
/// missed other tabs' messages (frozen, asleep) compares them on focus to see what it
/// must reread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generations {
    #[serde(default)]
    pub customers: u64,
    #[serde(default)]
    pub sales: u64,
    #[serde(default)]
    pub settings: u64,
}

/// What a write changes, for `Generations`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touches {
    Customers,
    Sales,
    Settings,
    /// A customer's deletion or undo: their record, timeline, ledger and purchases.
    CustomersAndSales,
    /// A restored backup: everything.
    Everything,
}

impl Generations {
    pub fn bump(&mut self, touches: Touches) {
        match touches {
            Touches::Customers => self.customers += 1,
            Touches::Sales => self.sales += 1,
            Touches::Settings => self.settings += 1,
            Touches::CustomersAndSales => {
                self.customers += 1;
                self.sales += 1;
            }
            Touches::Everything => {
                self.customers += 1;
                self.sales += 1;
                self.settings += 1;
            }
        }
    }
}

/// A stored record that fault-injection tests overwrite with damaged bytes
/// (`MemoryStore::put_raw`, `IdbStore::put_raw`). `Customer` damages the record that
/// holds them (in IndexedDB, their whole page).
#[derive(Clone, Debug)]
pub enum RawRecord {
    Customer(CustomerId),
    Interaction(CustomerId, InteractionId),
    PurchaseChunk(usize),
    Ledger(CustomerId),
    Settings,
}

/// A customer with everything that goes with them: what a delete returns so it can be
/// undone.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerRecord {
    pub customer: Customer,
    pub timeline: Vec<Interaction>,
    pub ledger: Vec<LedgerEntry>,
    /// Their purchases as they were, which the delete kept as walk-in takings without
    /// their notes or void reasons (those can name the person); an undo puts them back.
    pub purchases: Vec<Purchase>,
}

impl CustomerRecord {
    /// Notes on their records which walk-in purchases a delete took from each customer.
    pub fn note_forgotten(records: &mut [CustomerRecord], forgotten: Vec<Purchase>) {
        for purchase in forgotten {
            let owner = purchase.customer.clone();
            if let Some(r) = records
                .iter_mut()
                .find(|r| Some(&r.customer.id) == owner.as_ref())
            {
                r.purchases.push(purchase);
            }
        }
    }

    /// Every purchase an undo puts back as it was.
    pub fn purchases_to_restore(records: &[CustomerRecord]) -> Vec<Purchase> {
        records
            .iter()
            .flat_map(|r| r.purchases.iter().cloned())
            .collect()
    }
}

/// How far turning the app lock on or off has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Converted {
    /// Records rewritten so far in this run (and records found already done).
    pub done: usize,
    /// Records in the book when this run began.
    pub total: usize,
    /// Nothing is left stored the other way.
    pub finished: bool,
}

/// Customers per page when reading the whole book: large enough that per-request cost
/// vanishes, small enough to stay far from IPC message limits.
pub const LOAD_PAGE: usize = 5_000;

#[allow(async_fn_in_trait)]
pub trait Store {
    /// Reads every customer, handing them over a page at a time so the caller can index
    /// and show progress while the rest arrive. A record that cannot be read is set
    /// aside (see `set_aside`) and the rest load. Returns how many were read.
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize>;

    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>>;

    /// Saves edits (or new customers), each made from `customer.revision`, in one
    /// transaction: all or nothing. Refused with `Conflict` if a stored revision moved on
    /// meanwhile, and with `Deleted` if a customer was deleted; returns them as stored.
    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>>;

    async fn save_customer(&self, customer: &Customer) -> StoreResult<Customer> {
        let mut saved = self.save_customers(std::slice::from_ref(customer)).await?;
        saved.pop().ok_or(StoreError::NotFound)
    }

    /// Writes many new customers and interactions in one transaction: all or nothing.
    /// The bulk path for demo data and imports; no revision check.
    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()>;

    /// Deletes customers with their timelines, follow-ups and loyalty ledgers, turns
    /// their purchases into walk-in takings (no link, no note), and leaves a tombstone
    /// so no other tab can bring them back; one transaction. Returns what was removed
    /// so an undo can put it back.
    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>>;

    /// Puts deleted customers back as they were (the undo of `delete_customers`) and
    /// lifts their tombstones.
    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()>;

    /// Makes `absorbed` one with `survivor`, in one transaction: saves `survivor` (made
    /// from its revision, refused as `save_customers` refuses), moves the absorbed
    /// customers' timelines, follow-ups, ledger entries and purchases to them, and
    /// deletes the absorbed with tombstones. The absorbed are given as they were read:
    /// `Conflict` if one changed since, `Deleted` if one is gone. Returns the survivor
    /// as stored and the absorbed as they were, for `unmerge`.
    async fn merge_customers(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)>;

    /// Undoes `merge_customers` in one transaction: saves the survivor as they were
    /// (`survivor`, made from their current revision), takes from them what came from
    /// `records` and puts those customers back. `Conflict` if a moved note or purchase
    /// was changed since (a void, an edit), `NotEnoughPoints` if the points that came
    /// with them have been spent.
    async fn unmerge(&self, survivor: &Customer, records: &[CustomerRecord]) -> StoreResult<()>;

    /// One customer's timeline, newest first.
    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>>;

    /// Adds an interaction (revision 0) or saves an edit of one made from its
    /// `revision`, keeping the follow-up list in step. `Conflict` if it moved on,
    /// `Deleted` if its customer is gone. Returns it as stored.
    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction>;

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()>;

    /// Open follow-ups due on or before `until`, soonest first.
    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>>;

    /// Reads every purchase, a chunk at a time, in the order they were recorded.
    /// Returns how many were read.
    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize>;

    /// Appends new purchases and ledger entries together, in one transaction: a sale
    /// with the points it earned, a redemption, or a bulk load. Refused, writing
    /// nothing, with `NotEnoughPoints` if any balance would go below zero and with
    /// `Deleted` if a customer named was deleted.
    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()>;

    /// Replaces a stored purchase (an edit or a void) and appends the entries that go
    /// with it (a reversal), in one transaction. `NotFound` if it was never stored.
    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()>;

    /// One customer's ledger, oldest first.
    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>>;

    /// Every customer's ledger, a page at a time (for the programme's figures).
    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize>;

    /// Reads every interaction, a page at a time, in no particular order (for a
    /// backup). Entries that cannot be read are set aside. Returns how many were read.
    async fn load_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize>;

    /// Replaces everything the book holds with `content` (a restored backup) in one
    /// transaction: all or nothing. Customers, timelines, follow-ups, purchases, ledgers
    /// and settings are `content`'s; deletion tombstones go (the restored book is the
    /// whole truth); set-aside records and the app lock stay, and values are written the
    /// way this tab's envelope says.
    async fn replace_book(&self, content: &BookContent) -> StoreResult<()>;

    /// The settings; defaults if none were saved, or if the stored ones could not be
    /// read (then they are set aside first, never overwritten unseen).
    async fn load_settings(&self) -> StoreResult<Settings>;

    /// Saves settings changed from `settings.revision`; `Conflict` if another tab saved
    /// since. Returns them as stored.
    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings>;

    /// Where each kind of data has got to (see `Generations`).
    async fn generations(&self) -> StoreResult<Generations>;

    /// Records that could not be read, kept byte for byte for the owner to export.
    async fn set_aside(&self) -> StoreResult<Vec<SetAside>>;

    /// Forgets the set-aside records (after the owner has exported them).
    async fn clear_set_aside(&self) -> StoreResult<()>;

    /// The app lock's record, readable while the book is locked; `None` without a lock.
    async fn lock_record(&self) -> StoreResult<Option<LockRecord>>;

    /// Replaces the lock record `expected` (as read before) with `record`, or removes it
    /// with `None`; refused with `LockChanged` if another tab changed it meanwhile, so
    /// two tabs can never both turn the lock on, or undo each other's passphrase. Only
    /// the lock's own use cases (`book::lock`) call this, each at a point where the
    /// book reads whole either way.
    async fn save_lock_record(
        &self,
        expected: Option<&LockRecord>,
        record: Option<&LockRecord>,
    ) -> StoreResult<()>;

    /// How this tab seals values and forms keys from now on (after unlocking, or to
    /// turn the lock on or off).
    fn use_envelope(&self, envelope: Envelope);

    /// Rewrites the next batch of records still stored the other way (sealed or plain,
    /// under blinded or plain keys) the way this tab's envelope says, each batch in one
    /// transaction: a tab closed midway leaves every record readable and the next run
    /// carries on where this one stopped.
    async fn convert_step(&self) -> StoreResult<Converted>;

    /// Hands every stored record (key and value, the value opened when this tab holds
    /// the key) to `on_record`, store by store, for erasure's verification scan.
    /// Returns how many records there were.
    async fn scan(&self, on_record: &mut dyn FnMut(&ScannedRecord<'_>)) -> StoreResult<usize>;

    /// An id as this tab's keys carry it: itself, or blinded with the lock on.
    fn key_form(&self, id: &str) -> String;
}
