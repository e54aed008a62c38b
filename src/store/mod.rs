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
mod contract_sales;
#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
pub mod memory;
mod settings;

pub use settings::Settings;

use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase, PurchaseId};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoreError {
    /// Another tab saved this customer since it was read.
    #[error("changed elsewhere: stored revision {stored}, edit based on {expected}")]
    Conflict { stored: u32, expected: u32 },
    #[error("not found")]
    NotFound,
    #[error("the browser's storage for Karibu is full ({0})")]
    QuotaExceeded(String),
    #[error("a stored record could not be read ({0})")]
    Corrupt(String),
    /// A redemption or adjustment would take a balance below zero (another tab may have
    /// spent the points meanwhile).
    #[error("not enough points: the balance is {balance}")]
    NotEnoughPoints { balance: i64 },
    #[error("{0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A customer with everything that goes with them: what a delete returns so it can be
/// undone.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerRecord {
    pub customer: Customer,
    pub timeline: Vec<Interaction>,
    pub ledger: Vec<LedgerEntry>,
    /// Their purchases, which the delete kept as walk-in sales; an undo links them back.
    pub purchases: Vec<PurchaseId>,
}

impl CustomerRecord {
    /// Notes on their records which walk-in purchases a delete took from each customer.
    pub fn note_forgotten(
        records: &mut [CustomerRecord],
        forgotten: Vec<(PurchaseId, CustomerId)>,
    ) {
        for (purchase, customer) in forgotten {
            if let Some(r) = records.iter_mut().find(|r| r.customer.id == customer) {
                r.purchases.push(purchase);
            }
        }
    }

    /// (purchase, customer) for every purchase an undo links back.
    pub fn purchase_links(records: &[CustomerRecord]) -> Vec<(PurchaseId, CustomerId)> {
        records
            .iter()
            .flat_map(|r| {
                r.purchases
                    .iter()
                    .map(|p| (p.clone(), r.customer.id.clone()))
            })
            .collect()
    }
}

/// Customers per page when reading the whole book: large enough that per-request cost
/// vanishes, small enough to stay far from IPC message limits.
pub const LOAD_PAGE: usize = 5_000;

#[allow(async_fn_in_trait)]
pub trait Store {
    /// Reads every customer, handing them over a page at a time so the caller can index
    /// and show progress while the rest arrive. Returns how many were read.
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize>;

    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>>;

    /// Saves an edit made from `customer.revision`. Refused with `Conflict` if the stored
    /// revision moved on meanwhile; returns the customer as stored (revision + 1).
    async fn save_customer(&self, customer: &Customer) -> StoreResult<Customer>;

    /// Writes many customers and interactions in one transaction: all or nothing. The
    /// bulk path for demo data, imports and undo; no revision check.
    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()>;

    /// Deletes customers with their timelines, follow-ups and loyalty ledgers, and turns
    /// their purchases into walk-in sales (the shop's takings stay right, nothing points
    /// at the person), in one transaction. Returns what was removed so an undo can put
    /// it back.
    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>>;

    /// Puts deleted customers back as they were: the undo of `delete_customers`.
    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()>;

    /// One customer's timeline, newest first.
    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>>;

    /// Adds or replaces an interaction and keeps the follow-up list in step.
    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<()>;

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
    /// with the points it earned, a redemption, or a bulk load. Refused with
    /// `NotEnoughPoints`, writing nothing, if any balance would go below zero.
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

    async fn load_settings(&self) -> StoreResult<Settings>;

    async fn save_settings(&self, settings: &Settings) -> StoreResult<()>;
}
