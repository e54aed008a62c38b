//! Timelines and follow-ups in IndexedDB: interactions keyed [customer, interaction],
//! open follow-ups keyed [due, customer, interaction]. An entry that cannot be read is
//! set aside and the rest of the timeline shows.

use super::guard::Damaged;
use super::keys::{customer_timeline, follow_ups_until, key2, key3, sealed_follow_ups};
use super::requests::{backend, raw_bytes, to_js, value_at};
use super::schema::{FOLLOW_UPS, INTERACTIONS, META, TOMBSTONES};
use super::IdbStore;
use crate::domain::{CustomerId, Interaction, InteractionId};
use crate::store::codec::{decode, due_text, encode, follow_up_key, interaction_key, or_damaged};
use crate::store::{StoreError, StoreResult, StoredKind, Touches};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use wasm_bindgen::JsValue;

impl IdbStore {
    /// A customer's timeline inside `tx`, newest first; entries that cannot be read are
    /// left out and returned apart for setting aside.
    pub(super) async fn read_timeline(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
    ) -> StoreResult<(Vec<Interaction>, Vec<Damaged>)> {
        let envelope = self.env();
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        let range = customer_timeline(&envelope.key_of(&id.0));
        let keys = super::guard::keys_of(tx, INTERACTIONS, Some(range.clone())).await?;
        let values = super::requests::all_values(&store, Some(range)).await?;
        let mut items = Vec::with_capacity(values.len());
        let mut damaged = Vec::new();
        for (key, v) in keys.into_iter().zip(values) {
            let bytes = raw_bytes(&v);
            match or_damaged(decode::<Interaction>(&envelope, &bytes))? {
                Ok(i) => items.push(i),
                Err(e) => damaged.push(Damaged::whole(
                    INTERACTIONS,
                    key,
                    StoredKind::Interaction,
                    bytes,
                    e,
                )),
            }
        }
        items.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
        Ok((items, damaged))
    }

    pub(super) async fn timeline_of(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        let tx = self.tx(&[INTERACTIONS], false)?;
        let (items, damaged) = self.read_timeline(&tx, id).await?;
        drop(tx);
        self.set_aside_damaged(damaged).await?;
        Ok(items)
    }

    /// Writes an interaction and its follow-up entry, removing the old follow-up entry
    /// if it existed (its due date may have changed, or it was done).
    pub(super) async fn write_interaction(
        &self,
        tx: &Transaction<'_>,
        i: &Interaction,
        old: Option<&Interaction>,
    ) -> StoreResult<()> {
        let envelope = self.env();
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        if let Some(k) = old.and_then(|o| follow_up_key(&envelope, o)) {
            follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
        }
        if let Some(k) = follow_up_key(&envelope, i) {
            follow_ups
                .put(JsValue::TRUE)
                .with_key(key3(&k))
                .primitive()
                .map_err(backend)?;
        }
        tx.object_store(INTERACTIONS)
            .map_err(backend)?
            .put(to_js(&encode(&envelope, i)))
            .with_key({
                let (c, id) = interaction_key(&envelope, i);
                key2(&c, &id)
            })
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    /// The stored version of an interaction, inside `tx`. A damaged one counts as
    /// absent only for its follow-up entry, which is then left to `follow_ups_until`.
    pub(super) async fn stored_interaction(
        &self,
        tx: &Transaction<'_>,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<Option<Interaction>> {
        let e = self.env();
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        match value_at(&store, key2(&e.key_of(&customer.0), &e.key_of(&id.0))).await? {
            Some(v) => decode(&e, &raw_bytes(&v)).map(Some),
            None => Ok(None),
        }
    }

    pub(super) async fn save_checked_interaction(
        &self,
        i: &Interaction,
    ) -> StoreResult<Interaction> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS, TOMBSTONES, META], true)?;
        self.refuse_deleted(&tx, [&i.customer_id]).await?;
        let old = self.stored_interaction(&tx, &i.customer_id, &i.id).await?;
        match &old {
            Some(o) if o.revision != i.revision => {
                return Err(StoreError::Conflict {
                    stored: o.revision,
                    expected: i.revision,
                })
            }
            None if i.revision > 0 => return Err(StoreError::NotFound),
            _ => {}
        }
        let mut saved = i.clone();
        saved.revision = old.as_ref().map_or(0, |o| o.revision + 1);
        self.write_interaction(&tx, &saved, old.as_ref()).await?;
        self.finish(tx, Touches::Customers).await?;
        Ok(saved)
    }

    pub(super) async fn remove_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS, META], true)?;
        let e = self.env();
        let old = self
            .stored_interaction(&tx, customer, id)
            .await
            .ok()
            .flatten();
        if let Some(k) = old.as_ref().and_then(|o| follow_up_key(&e, o)) {
            tx.object_store(FOLLOW_UPS)
                .map_err(backend)?
                .delete(key3(&k))
                .primitive()
                .map_err(backend)?;
        }
        tx.object_store(INTERACTIONS)
            .map_err(backend)?
            .delete(key2(&e.key_of(&customer.0), &e.key_of(&id.0)))
            .primitive()
            .map_err(backend)?;
        self.finish(tx, Touches::Customers).await
    }

    pub(super) async fn follow_ups_due(
        &self,
        until: chrono::NaiveDate,
    ) -> StoreResult<Vec<Interaction>> {
        let envelope = self.env();
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS], false)?;
        // A sealed book's follow-up keys hold no date: all of them are read, and the
        // due dates checked once the interactions are opened.
        let range = if envelope.is_sealed() {
            sealed_follow_ups()
        } else {
            follow_ups_until(&due_text(until))
        };
        let keys = super::guard::keys_of(&tx, FOLLOW_UPS, Some(range)).await?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let mut out = Vec::with_capacity(keys.len());
        let mut damaged = Vec::new();
        for k in keys {
            let parts = js_sys::Array::from(&k);
            let key: JsValue = js_sys::Array::of2(&parts.get(1), &parts.get(2)).into();
            let Some(v) = value_at(&interactions, key.clone()).await? else {
                continue;
            };
            let bytes = raw_bytes(&v);
            match or_damaged(decode::<Interaction>(&envelope, &bytes))? {
                Ok(i) => out.push(i),
                Err(e) => damaged.push(Damaged::whole(
                    INTERACTIONS,
                    key,
                    StoredKind::Interaction,
                    bytes,
                    e,
                )),
            }
        }
        drop(interactions);
        drop(tx);
        self.set_aside_damaged(damaged).await?;
        out.retain(|i| i.due.is_some_and(|d| d <= until));
        out.sort_by_key(|i| i.due);
        Ok(out)
    }
}
