//! Where customers are stored. `Store` is everything the app needs from storage; the
//! browser uses `indexeddb::IdbStore`, native tests use `memory::MemoryStore`, and both
//! pass the same `contract` checks.
//!
//! Layout (the same in both): customers keyed by id; interactions keyed by
//! [customer id, interaction id] so one customer's timeline, or their erasure, is one
//! key range; open follow-ups keyed by [due date, customer id, interaction id] so the
//! Today view reads a range. Record contents are opaque encoded strings (see `codec`):
//! no index looks inside them, so they can later be encrypted at rest.

pub mod codec;
pub mod contract;
#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
pub mod memory;
mod settings;

pub use settings::Settings;

use crate::domain::{Customer, CustomerId, Interaction, InteractionId};
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
    #[error("{0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A customer with their whole timeline: what a delete returns so it can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerRecord {
    pub customer: Customer,
    pub timeline: Vec<Interaction>,
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

    /// Deletes customers with their timelines and follow-ups, in one transaction, and
    /// returns what was removed so an undo can put it back.
    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>>;

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

    async fn load_settings(&self) -> StoreResult<Settings>;

    async fn save_settings(&self, settings: &Settings) -> StoreResult<()>;
}
