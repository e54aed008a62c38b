//! A test double for the failing paths: wraps any store and fails the Nth write from
//! now with the error a test chooses (a full disk, a backend failure), writing nothing,
//! as a transaction that aborts would. Reads always pass through.

use super::{
    Converted, CustomerRecord, Generations, SetAside, Settings, Store, StoreError, StoreResult,
};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::lock::{Envelope, LockRecord};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use std::cell::{Cell, RefCell};

pub struct FaultyStore<S> {
    pub inner: S,
    /// Writes still to pass before one fails; `None`: none fails.
    fail_after: Cell<Option<usize>>,
    error: RefCell<StoreError>,
    /// Writes that reached the inner store.
    pub writes: Cell<usize>,
}

impl<S: Store> FaultyStore<S> {
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            fail_after: Cell::new(None),
            error: RefCell::new(StoreError::QuotaExceeded("test: disk full".into())),
            writes: Cell::new(0),
        }
    }

    /// The write after `passing` more succeed fails with `error`; later ones succeed.
    pub fn fail_write(&self, passing: usize, error: StoreError) {
        self.fail_after.set(Some(passing));
        *self.error.borrow_mut() = error;
    }

    fn write_allowed(&self) -> StoreResult<()> {
        match self.fail_after.get() {
            Some(0) => {
                self.fail_after.set(None);
                Err(self.error.borrow().clone())
            }
            Some(n) => {
                self.fail_after.set(Some(n - 1));
                self.writes.set(self.writes.get() + 1);
                Ok(())
            }
            None => {
                self.writes.set(self.writes.get() + 1);
                Ok(())
            }
        }
    }
}

impl<S: Store> Store for FaultyStore<S> {
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize> {
        self.inner.load_customers(on_page).await
    }
    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>> {
        self.inner.get_customer(id).await
    }
    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>> {
        self.write_allowed()?;
        self.inner.save_customers(customers).await
    }
    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.put_batch(customers, interactions).await
    }
    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        self.write_allowed()?;
        self.inner.delete_customers(ids).await
    }
    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.restore(records).await
    }
    async fn merge_customers(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        self.write_allowed()?;
        self.inner.merge_customers(survivor, absorbed).await
    }
    async fn unmerge(&self, survivor: &Customer, records: &[CustomerRecord]) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.unmerge(survivor, records).await
    }
    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        self.inner.timeline(id).await
    }
    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction> {
        self.write_allowed()?;
        self.inner.save_interaction(interaction).await
    }
    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.delete_interaction(customer, id).await
    }
    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        self.inner.follow_ups_until(until).await
    }
    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        self.inner.load_purchases(on_chunk).await
    }
    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.record(purchases, entries).await
    }
    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.update_purchase(purchase, entries).await
    }
    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        self.inner.ledger(customer).await
    }
    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        self.inner.load_ledgers(on_page).await
    }
    async fn load_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        self.inner.load_interactions(on_page).await
    }
    async fn replace_book(&self, content: &crate::backup::BookContent) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.replace_book(content).await
    }
    async fn load_settings(&self) -> StoreResult<Settings> {
        self.inner.load_settings().await
    }
    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings> {
        self.write_allowed()?;
        self.inner.save_settings(settings).await
    }
    async fn generations(&self) -> StoreResult<Generations> {
        self.inner.generations().await
    }
    async fn set_aside(&self) -> StoreResult<Vec<SetAside>> {
        self.inner.set_aside().await
    }
    async fn clear_set_aside(&self) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.clear_set_aside().await
    }
    async fn lock_record(&self) -> StoreResult<Option<LockRecord>> {
        self.inner.lock_record().await
    }
    async fn save_lock_record(
        &self,
        expected: Option<&LockRecord>,
        record: Option<&LockRecord>,
    ) -> StoreResult<()> {
        self.write_allowed()?;
        self.inner.save_lock_record(expected, record).await
    }
    fn use_envelope(&self, envelope: Envelope) {
        self.inner.use_envelope(envelope)
    }
    async fn convert_step(&self) -> StoreResult<Converted> {
        self.write_allowed()?;
        self.inner.convert_step().await
    }
    async fn scan(
        &self,
        on_record: &mut dyn FnMut(&crate::gdpr::scan::ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        self.inner.scan(on_record).await
    }
    fn key_form(&self, id: &str) -> String {
        self.inner.key_form(id)
    }
}
