//! What keeps the IndexedDB book safe across tabs and damage: the generations every
//! write moves on, tombstones of deleted customers, and the quarantine where damaged
//! records are set aside. Also the test hook that damages records on purpose.

use super::keys::key2;
use super::requests::{all_values, backend, bytes_of, commit, raw_bytes, to_js, value_at};
use super::schema::{
    CUSTOMER_PAGES, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS, SET_ASIDE, TOMBSTONES,
};
use super::IdbStore;
use crate::domain::CustomerId;
use crate::store::codec::{decode, encode, from_json, to_json, tombstone_key, TOMBSTONE_DAYS};
use crate::store::contract_faults::Damage;
use crate::store::{
    Generations, RawRecord, SetAside, StoreError, StoreResult, StoredKind, Touches,
};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use wasm_bindgen::JsValue;

const GENERATIONS_KEY: &str = "generations";
const DAY_MS: f64 = 86_400_000.0;

/// A damaged record found while reading, to be set aside in a write of its own.
pub struct Damaged {
    pub store: &'static str,
    pub key: JsValue,
    /// The stored bytes as read; the record is only touched if it still holds them.
    pub original: Vec<u8>,
    /// What takes its place (a page or chunk keeps its number); `None` deletes it.
    pub replacement: Option<Vec<u8>>,
    /// What goes into the quarantine: the whole record, or the parts that were bad.
    pub records: Vec<SetAside>,
}

impl Damaged {
    /// The whole record is set aside.
    pub fn whole(
        store: &'static str,
        key: JsValue,
        kind: StoredKind,
        bytes: Vec<u8>,
        reason: String,
    ) -> Self {
        let record = set_aside_record(&key, kind, bytes.clone(), reason);
        Self {
            store,
            key,
            original: bytes,
            replacement: None,
            records: vec![record],
        }
    }

    pub fn replaced_by(mut self, bytes: Vec<u8>) -> Self {
        self.replacement = Some(bytes);
        self
    }
}

pub fn set_aside_record(
    key: &JsValue,
    kind: StoredKind,
    bytes: Vec<u8>,
    reason: String,
) -> SetAside {
    let shown = key
        .as_string()
        .or_else(|| key.as_f64().map(|n| n.to_string()))
        .unwrap_or_else(|| {
            js_sys::JSON::stringify(key)
                .map(String::from)
                .unwrap_or_default()
        });
    SetAside {
        kind,
        key: shown,
        reason,
        at_ms: js_sys::Date::now() as i64,
        bytes,
    }
}

impl IdbStore {
    /// Moves the generation of what `tx` touched on, inside it. Every write calls this
    /// just before committing (`finish`).
    async fn bump_generations(&self, tx: &Transaction<'_>, touches: Touches) -> StoreResult<()> {
        let meta = tx.object_store(META).map_err(backend)?;
        let mut generations = read_generations(&meta).await?;
        generations.bump(touches);
        meta.put(to_js(&to_json(&generations)))
            .with_key(GENERATIONS_KEY)
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    /// Ends a write: generations moved on, then commit (all or nothing).
    /// Refused (`LockChanged`, nothing written) if the app lock changed in another tab.
    pub(super) async fn finish(&self, tx: Transaction<'_>, touches: Touches) -> StoreResult<()> {
        self.check_lock(&tx).await?;
        self.bump_generations(&tx, touches).await?;
        commit(tx).await
    }

    pub(super) async fn read_generations_now(&self) -> StoreResult<Generations> {
        let tx = self.tx(&[META], false)?;
        let meta = tx.object_store(META).map_err(backend)?;
        read_generations(&meta).await
    }

    pub(super) async fn is_deleted(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
    ) -> StoreResult<bool> {
        let store = tx.object_store(TOMBSTONES).map_err(backend)?;
        Ok(value_at(&store, JsValue::from(tombstone_key(id)))
            .await?
            .is_some())
    }

    /// `Deleted` if any of `ids` has a tombstone.
    pub(super) async fn refuse_deleted<'a>(
        &self,
        tx: &Transaction<'_>,
        ids: impl IntoIterator<Item = &'a CustomerId>,
    ) -> StoreResult<()> {
        for id in ids {
            if self.is_deleted(tx, id).await? {
                return Err(StoreError::Deleted);
            }
        }
        Ok(())
    }

    pub(super) fn bury(&self, tx: &Transaction<'_>, id: &CustomerId) -> StoreResult<()> {
        tx.object_store(TOMBSTONES)
            .map_err(backend)?
            .put(JsValue::from_f64(js_sys::Date::now()))
            .with_key(tombstone_key(id))
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    pub(super) fn unbury(&self, tx: &Transaction<'_>, id: &CustomerId) -> StoreResult<()> {
        tx.object_store(TOMBSTONES)
            .map_err(backend)?
            .delete(tombstone_key(id))
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    /// Drops tombstones older than `TOMBSTONE_DAYS`: every tab has long since caught up.
    pub(super) async fn forget_old_tombstones(&self) -> StoreResult<()> {
        let tx = self.tx(&[TOMBSTONES], true)?;
        let store = tx.object_store(TOMBSTONES).map_err(backend)?;
        let cutoff = js_sys::Date::now() - TOMBSTONE_DAYS as f64 * DAY_MS;
        let keys = store
            .get_all_keys::<JsValue>()
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?
            .collect::<Result<Vec<JsValue>, _>>()
            .map_err(backend)?;
        for key in keys {
            let at = value_at(&store, key.clone())
                .await?
                .and_then(|v| v.as_f64());
            if at.is_none_or(|at| at < cutoff) {
                store.delete(key).primitive().map_err(backend)?;
            }
        }
        drop(store);
        commit(tx).await
    }

    /// Sets damaged records aside: each copied into the quarantine and replaced (or
    /// removed) in one transaction, but only if it still holds the damaged bytes (another
    /// tab may have rewritten it meanwhile).
    pub(super) async fn set_aside_damaged(&self, damaged: Vec<Damaged>) -> StoreResult<()> {
        if damaged.is_empty() {
            return Ok(());
        }
        let mut stores: Vec<&str> = damaged.iter().map(|d| d.store).collect();
        stores.push(SET_ASIDE);
        stores.sort_unstable();
        stores.dedup();
        let tx = self.tx(&stores, true)?;
        let quarantine = tx.object_store(SET_ASIDE).map_err(backend)?;
        for d in damaged {
            let store = tx.object_store(d.store).map_err(backend)?;
            let now = value_at(&store, d.key.clone()).await?;
            if now.map(|v| raw_bytes(&v)) != Some(d.original) {
                continue;
            }
            for record in &d.records {
                quarantine
                    .add(to_js(&encode(&self.env(), record)))
                    .primitive()
                    .map_err(backend)?;
            }
            match d.replacement {
                Some(bytes) => {
                    store
                        .put(to_js(&bytes))
                        .with_key(d.key)
                        .primitive()
                        .map_err(backend)?;
                }
                None => {
                    store.delete(d.key).primitive().map_err(backend)?;
                }
            }
        }
        drop(quarantine);
        commit(tx).await
    }

    /// Damaged entries a delete has already removed (a timeline goes as one range):
    /// their bytes still go into the quarantine.
    pub(super) async fn keep_deleted_damage(&self, damaged: Vec<Damaged>) -> StoreResult<()> {
        if damaged.is_empty() {
            return Ok(());
        }
        let tx = self.tx(&[SET_ASIDE], true)?;
        let quarantine = tx.object_store(SET_ASIDE).map_err(backend)?;
        for record in damaged.iter().flat_map(|d| &d.records) {
            quarantine
                .add(to_js(&encode(&self.env(), record)))
                .primitive()
                .map_err(backend)?;
        }
        drop(quarantine);
        commit(tx).await
    }

    pub(super) async fn list_set_aside(&self) -> StoreResult<Vec<SetAside>> {
        let envelope = self.env();
        let tx = self.tx(&[SET_ASIDE], false)?;
        let values = all_values(&tx.object_store(SET_ASIDE).map_err(backend)?, None).await?;
        Ok(values
            .into_iter()
            .map(|v| {
                let bytes = bytes_of(v).unwrap_or_default();
                // A damaged quarantine entry is still shown, as the bytes it holds.
                decode::<SetAside>(&envelope, &bytes).unwrap_or_else(|e| SetAside {
                    kind: StoredKind::Meta,
                    key: SET_ASIDE.into(),
                    reason: e.to_string(),
                    at_ms: 0,
                    bytes,
                })
            })
            .collect())
    }

    pub(super) async fn clear_quarantine(&self) -> StoreResult<()> {
        let tx = self.tx(&[SET_ASIDE], true)?;
        tx.object_store(SET_ASIDE)
            .map_err(backend)?
            .clear()
            .map_err(backend)?;
        commit(tx).await
    }
}

async fn read_generations(
    meta: &indexed_db_futures::object_store::ObjectStore<'_>,
) -> StoreResult<Generations> {
    // Damaged counters only cost a reread in other tabs: start again from zero.
    Ok(value_at(meta, JsValue::from(GENERATIONS_KEY))
        .await?
        .and_then(|v| bytes_of(v).ok())
        .and_then(|b| from_json(&b).ok())
        .unwrap_or_default())
}

impl Damage for IdbStore {
    /// Overwrites a record with `bytes`, as a damaged disk would (tests only).
    async fn put_raw(&self, record: RawRecord, bytes: Vec<u8>) {
        let (store, key): (&str, JsValue) = match &record {
            RawRecord::Customer(id) => {
                self.prepare_page_map(&[id]).await.expect("page map");
                let page = self.page_of(id).expect("the customer is stored");
                (CUSTOMER_PAGES, JsValue::from(page))
            }
            RawRecord::Interaction(c, i) => {
                let e = self.env();
                (INTERACTIONS, key2(&e.key_of(&c.0), &e.key_of(&i.0)))
            }
            RawRecord::PurchaseChunk(n) => (PURCHASE_CHUNKS, JsValue::from(*n as u32)),
            RawRecord::Ledger(id) => (
                LEDGERS,
                JsValue::from(self.env().key_of(id.as_str()).as_ref()),
            ),
            RawRecord::Settings => (META, JsValue::from(super::SETTINGS_KEY)),
        };
        let tx = self.tx(&[store], true).expect("a write transaction");
        tx.object_store(store)
            .expect("the store")
            .put(to_js(&bytes))
            .with_key(key)
            .primitive()
            .expect("a put");
        commit(tx).await.expect("committed");
    }
}

/// Keys of every record in `range` of `store` (for tests and dumps).
pub async fn keys_of(
    tx: &Transaction<'_>,
    store: &str,
    range: Option<KeyRange<JsValue>>,
) -> StoreResult<Vec<JsValue>> {
    let store = tx.object_store(store).map_err(backend)?;
    let request = store.get_all_keys::<JsValue>();
    let keys = match range {
        Some(r) => {
            request
                .with_query::<JsValue, _>(r)
                .primitive()
                .map_err(backend)?
                .await
        }
        None => request.primitive().map_err(backend)?.await,
    };
    keys.map_err(backend)?
        .collect::<Result<_, _>>()
        .map_err(backend)
}
