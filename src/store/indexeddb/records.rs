//! A customer with everything that goes with them, taken out (a delete), put back (its
//! undo), and moved into another customer (a merge, and its undo), each inside the
//! caller's transaction or as one of its own.

use super::customer_pages::Revisions;
use super::guard::Damaged;
use super::keys::{customer_timeline, key2, key3};
use super::requests::backend;
use super::schema::{FOLLOW_UPS, INTERACTIONS};
use super::{IdbStore, EVERYTHING_OF_A_CUSTOMER};
use crate::domain::{Customer, CustomerId};
use crate::store::appending::by_compact_id;
use crate::store::codec::follow_up_key;
use crate::store::merging::{
    changed_since, joined_ledger, ledger_without, moved_to, others, purchases_as_moved,
    taken_as_read,
};
use crate::store::{CustomerRecord, StoreError, StoreResult, Touches};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use wasm_bindgen::JsValue;

impl IdbStore {
    /// Inside `tx`: takes customers out with their timelines, follow-ups and ledgers,
    /// leaving tombstones; their purchases become anonymous takings. Returns them as
    /// they were, and the timeline entries that could not be read.
    pub(super) async fn take_customers(
        &self,
        tx: &Transaction<'_>,
        ids: &[CustomerId],
    ) -> StoreResult<(Vec<CustomerRecord>, Vec<Damaged>)> {
        let removed = self.remove_customers(tx, ids).await?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let mut records = Vec::with_capacity(removed.len());
        let mut damaged = Vec::new();
        let envelope = self.env();
        for customer in removed {
            let (timeline, unreadable) = self.read_timeline(tx, &customer.id).await?;
            for i in &timeline {
                if let Some(k) = follow_up_key(&envelope, i) {
                    follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
                }
            }
            interactions
                .delete::<JsValue, _>(customer_timeline(&envelope.key_of(&customer.id.0)))
                .primitive()
                .map_err(backend)?;
            self.bury(tx, &customer.id)?;
            damaged.extend(unreadable);
            records.push(CustomerRecord {
                customer,
                timeline,
                ledger: Vec::new(),
                purchases: Vec::new(),
            });
        }
        self.forget_sales_of(tx, &mut records).await?;
        Ok((records, damaged))
    }

    /// Inside `tx`: puts customers back as they were, lifting their tombstones.
    /// Returns where they were written, for `remember`.
    pub(super) async fn put_back(
        &self,
        tx: &Transaction<'_>,
        records: &[CustomerRecord],
    ) -> StoreResult<Vec<(Customer, u32)>> {
        let customers: Vec<Customer> = records.iter().map(|r| r.customer.clone()).collect();
        for c in &customers {
            self.unbury(tx, &c.id)?;
        }
        let saved = self
            .write_customers(tx, &customers, Revisions::Keep)
            .await?;
        for i in records.iter().flat_map(|r| &r.timeline) {
            self.write_interaction(tx, i, None).await?;
        }
        self.restore_sales_of(tx, records).await?;
        Ok(saved)
    }

    pub(super) async fn merge_into(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        let absorbed = others(survivor, absorbed);
        let ids: Vec<CustomerId> = absorbed.iter().map(|c| c.id.clone()).collect();
        let named: Vec<&CustomerId> = ids.iter().chain([&survivor.id]).collect();
        self.prepare_page_map(&named).await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let saved = self
            .write_customers(&tx, std::slice::from_ref(survivor), Revisions::Check)
            .await?;
        let (records, damaged) = self.take_customers(&tx, &ids).await?;
        // Returning early drops `tx` unfinished, which aborts it: nothing is written.
        taken_as_read(&records, &absorbed)?;
        let moved = moved_to(&records, &survivor.id);
        for i in &moved.interactions {
            self.write_interaction(&tx, i, None).await?;
        }
        let own = self.read_ledger(&tx, &survivor.id).await?;
        self.write_ledger(&tx, &survivor.id, &joined_ledger(own, &moved.entries))?;
        self.replace_purchases(&tx, &moved.purchases).await?;
        self.finish(tx, Touches::CustomersAndSales).await?;
        self.remember(&saved, &ids);
        // The merge has committed: failing to keep an unreadable note's bytes aside
        // must not report it as failed (the owner would lose the Undo).
        let _ = self.keep_deleted_damage(damaged).await;
        let survivor = saved.into_iter().next().map(|(c, _)| c);
        Ok((survivor.ok_or(StoreError::NotFound)?, records))
    }

    pub(super) async fn unmerge_from(
        &self,
        survivor: &Customer,
        records: &[CustomerRecord],
    ) -> StoreResult<()> {
        self.prepare_page_map(&[&survivor.id]).await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let mut saved = self
            .write_customers(&tx, std::slice::from_ref(survivor), Revisions::Check)
            .await?;
        let moved = moved_to(records, &survivor.id);
        let by_id = by_compact_id(&moved.purchases);
        for n in 0..self.chunk_count(&tx).await? {
            if let Some(chunk) = self.read_chunk(&tx, n).await? {
                if !purchases_as_moved(&chunk, &by_id) {
                    return Err(changed_since());
                }
            }
        }
        let envelope = self.env();
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        for i in &moved.interactions {
            // Edited, done or deleted since: putting the old one back would undo that.
            match self.stored_interaction(&tx, &survivor.id, &i.id).await {
                Ok(Some(stored)) if stored == *i => {}
                _ => return Err(changed_since()),
            }
            if let Some(k) = follow_up_key(&envelope, i) {
                follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
            }
            interactions
                .delete(key2(
                    &envelope.key_of(&survivor.id.0),
                    &envelope.key_of(&i.id.0),
                ))
                .primitive()
                .map_err(backend)?;
        }
        let own = self.read_ledger(&tx, &survivor.id).await?;
        self.write_ledger(&tx, &survivor.id, &ledger_without(own, records)?)?;
        saved.extend(self.put_back(&tx, records).await?);
        drop((interactions, follow_ups));
        self.finish(tx, Touches::CustomersAndSales).await?;
        self.remember(&saved, &[]);
        Ok(())
    }
}
