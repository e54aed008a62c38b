//! One store seen through several handles (`Rc<S>`), as two tabs see one database:
//! what the application layer's tests use to play a second, stale tab.

use super::{Converted, CustomerRecord, Generations, SetAside, Settings, Store, StoreResult};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::lock::{Envelope, LockRecord};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use std::rc::Rc;

impl<S: Store> Store for Rc<S> {
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize> {
        (**self).load_customers(on_page).await
    }
    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>> {
        (**self).get_customer(id).await
    }
    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>> {
        (**self).save_customers(customers).await
    }
    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        (**self).put_batch(customers, interactions).await
    }
    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        (**self).delete_customers(ids).await
    }
    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        (**self).restore(records).await
    }
    async fn merge_customers(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        (**self).merge_customers(survivor, absorbed).await
    }
    async fn unmerge(&self, survivor: &Customer, records: &[CustomerRecord]) -> StoreResult<()> {
        (**self).unmerge(survivor, records).await
    }
    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        (**self).timeline(id).await
    }
    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction> {
        (**self).save_interaction(interaction).await
    }
    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        (**self).delete_interaction(customer, id).await
    }
    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        (**self).follow_ups_until(until).await
    }
    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        (**self).load_purchases(on_chunk).await
    }
    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()> {
        (**self).record(purchases, entries).await
    }
    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        (**self).update_purchase(purchase, entries).await
    }
    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        (**self).ledger(customer).await
    }
    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        (**self).load_ledgers(on_page).await
    }
    async fn load_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        (**self).load_interactions(on_page).await
    }
    async fn replace_book(&self, content: &crate::backup::BookContent) -> StoreResult<()> {
        (**self).replace_book(content).await
    }
    async fn load_settings(&self) -> StoreResult<Settings> {
        (**self).load_settings().await
    }
    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings> {
        (**self).save_settings(settings).await
    }
    async fn generations(&self) -> StoreResult<Generations> {
        (**self).generations().await
    }
    async fn set_aside(&self) -> StoreResult<Vec<SetAside>> {
        (**self).set_aside().await
    }
    async fn clear_set_aside(&self) -> StoreResult<()> {
        (**self).clear_set_aside().await
    }
    async fn lock_record(&self) -> StoreResult<Option<LockRecord>> {
        (**self).lock_record().await
    }
    async fn save_lock_record(
        &self,
        expected: Option<&LockRecord>,
        record: Option<&LockRecord>,
    ) -> StoreResult<()> {
        (**self).save_lock_record(expected, record).await
    }
    fn use_envelope(&self, envelope: Envelope) {
        (**self).use_envelope(envelope)
    }
    async fn convert_step(&self) -> StoreResult<Converted> {
        (**self).convert_step().await
    }
    async fn scan(
        &self,
        on_record: &mut dyn FnMut(&crate::gdpr::scan::ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        (**self).scan(on_record).await
    }
    fn key_form(&self, id: &str) -> String {
        (**self).key_form(id)
    }
}
