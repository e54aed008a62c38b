//! The app lock in IndexedDB: the lock record, the check that keeps a tab that missed a
//! lock change from writing the old way, and the conversion that seals (or opens)
//! every record in batches.
//!
//! The conversion walks the stores in a fixed order, one batch per transaction, with
//! its place kept in `meta.lock_progress` inside the same transaction: a tab closed
//! midway resumes at the batch it was on, and every record is readable throughout
//! (values tell plain from sealed by their first byte). Stores keyed by number are
//! walked by key; stores keyed by customer (ledgers, timelines) by key form: the
//! records still under the other form's keys are exactly those left to do.

use super::keys::key2;
use super::requests::{
    all_values, backend, commit, count_in, raw_bytes, records_in, to_js, value_at,
};
use super::schema::{
    CUSTOMER_PAGES, FOLLOW_UPS, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS, SET_ASIDE,
};
use super::{IdbStore, SETTINGS_KEY};
use crate::domain::Interaction;
use crate::lock::envelope::BLINDED_PREFIX;
use crate::lock::{envelope_fits, Envelope, LockRecord};
use crate::store::codec::{
    decode, decode_ledger_record, encode, encode_ledger_record, follow_up_key, from_json,
    interaction_key, open, to_json,
};
use crate::store::{Converted, SetAside, StoreError, StoreResult, StoredKind};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use js_sys::Array;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

const LOCK_KEY: &str = "lock";
const PROGRESS_KEY: &str = "lock_progress";

/// The stores in conversion order, with how many records one batch takes.
const SETTINGS_STAGE: u8 = 0;
const NUMBERED: [(u8, &str, u32); 3] = [
    (1, SET_ASIDE, 50),
    (2, CUSTOMER_PAGES, 4),
    (3, PURCHASE_CHUNKS, 4),
];
const LEDGERS_STAGE: u8 = 4;
const INTERACTIONS_STAGE: u8 = 5;
const DONE_STAGE: u8 = 6;
const KEYED_BATCH: u32 = 500;

/// Where a conversion has got to.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
struct Progress {
    stage: u8,
    /// The next record key (numbered stores), or 1 once a keyed stage has started.
    next: f64,
}

impl IdbStore {
    pub(super) async fn read_lock_record(&self) -> StoreResult<Option<LockRecord>> {
        let tx = self.tx(&[META], false)?;
        let meta = tx.object_store(META).map_err(backend)?;
        read_lock(&meta).await
    }

    /// Writes or removes the lock record if it is still `expected` (in the same
    /// transaction); a new state starts its conversion afresh.
    pub(super) async fn write_lock_record(
        &self,
        expected: Option<&LockRecord>,
        record: Option<&LockRecord>,
    ) -> StoreResult<()> {
        let tx = self.tx(&[META], true)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let before = read_lock(&meta).await?;
        if before.as_ref() != expected {
            return Err(StoreError::LockChanged);
        }
        if before.as_ref().map(|r| r.state) != record.map(|r| r.state) {
            meta.delete(PROGRESS_KEY).primitive().map_err(backend)?;
            self.conversion_total.set(None);
        }
        match record {
            Some(r) => {
                meta.put(to_js(&to_json(r)))
                    .with_key(LOCK_KEY)
                    .primitive()
                    .map_err(backend)?;
            }
            None => {
                meta.delete(LOCK_KEY).primitive().map_err(backend)?;
            }
        }
        drop(meta);
        commit(tx).await
    }

    pub(super) fn set_envelope(&self, envelope: Envelope) {
        *self.web_key.borrow_mut() = super::web_crypto::WebKey::import(&envelope);
        *self.envelope.borrow_mut() = Rc::new(envelope);
    }

    /// Inside a write: refused (`LockChanged`) if the stored lock is not the one this
    /// tab seals for, so a tab that missed a change writes nothing the old way.
    pub(super) async fn check_lock(&self, tx: &Transaction<'_>) -> StoreResult<()> {
        let meta = tx.object_store(META).map_err(backend)?;
        let record = read_lock(&meta).await?;
        if envelope_fits(record.as_ref(), &self.env()) {
            Ok(())
        } else {
            Err(StoreError::LockChanged)
        }
    }

    /// One batch of the conversion to this tab's envelope (see the module's comment).
    pub(super) async fn convert_batch(&self) -> StoreResult<Converted> {
        let total = self.records_to_convert().await?;
        let tx = self.tx(
            &[
                META,
                SET_ASIDE,
                CUSTOMER_PAGES,
                PURCHASE_CHUNKS,
                LEDGERS,
                INTERACTIONS,
                FOLLOW_UPS,
            ],
            true,
        )?;
        self.check_lock(&tx).await?;
        let meta = tx.object_store(META).map_err(backend)?;
        let mut progress: Progress = value_at(&meta, JsValue::from(PROGRESS_KEY))
            .await?
            .and_then(|v| from_json(&raw_bytes(&v)).ok())
            .unwrap_or_default();
        let e = self.env();
        let done = match progress.stage {
            SETTINGS_STAGE => {
                if let Some(v) = value_at(&meta, JsValue::from(SETTINGS_KEY)).await? {
                    if let Ok(plain) = open(&e, &raw_bytes(&v)) {
                        let sealed = e.seal(plain.into_owned());
                        meta.put(to_js(&sealed))
                            .with_key(SETTINGS_KEY)
                            .primitive()
                            .map_err(backend)?;
                    }
                }
                progress = Progress {
                    stage: 1,
                    next: 0.0,
                };
                1
            }
            stage if stage < LEDGERS_STAGE => {
                let (_, store, batch) = NUMBERED[usize::from(stage - 1)];
                let n = self
                    .reseal_numbered(&tx, store, batch, &mut progress)
                    .await?;
                if n < batch as usize {
                    progress = Progress {
                        stage: stage + 1,
                        next: 0.0,
                    };
                }
                n
            }
            LEDGERS_STAGE => {
                let n = self.rekey_ledgers(&tx).await?;
                if n < KEYED_BATCH as usize {
                    progress = Progress {
                        stage: INTERACTIONS_STAGE,
                        next: 0.0,
                    };
                }
                n
            }
            INTERACTIONS_STAGE => {
                if progress.next == 0.0 {
                    // Follow-up keys are rebuilt from the timelines as they convert.
                    tx.object_store(FOLLOW_UPS)
                        .map_err(backend)?
                        .clear()
                        .map_err(backend)?;
                    progress.next = 1.0;
                }
                let n = self.rekey_interactions(&tx).await?;
                if n < KEYED_BATCH as usize {
                    progress = Progress {
                        stage: DONE_STAGE,
                        next: 0.0,
                    };
                }
                n
            }
            _ => 0,
        };
        meta.put(to_js(&to_json(&progress)))
            .with_key(PROGRESS_KEY)
            .primitive()
            .map_err(backend)?;
        drop(meta);
        commit(tx).await?;
        let so_far = self.converted.get() + done;
        self.converted.set(so_far);
        Ok(Converted {
            done: so_far.min(total),
            total,
            finished: progress.stage >= DONE_STAGE,
        })
    }

    /// Records in the stores a conversion rewrites, counted once per run.
    async fn records_to_convert(&self) -> StoreResult<usize> {
        if let Some(n) = self.conversion_total.get() {
            return Ok(n);
        }
        let stores = [
            SET_ASIDE,
            CUSTOMER_PAGES,
            PURCHASE_CHUNKS,
            LEDGERS,
            INTERACTIONS,
        ];
        let tx = self.tx(&stores, false)?;
        let mut total = 1;
        for store in stores {
            total += count_in(&tx, store).await? as usize;
        }
        self.conversion_total.set(Some(total));
        self.converted.set(0);
        Ok(total)
    }

    /// Re-seals the next batch of a store keyed by number. Returns how many it read.
    async fn reseal_numbered(
        &self,
        tx: &Transaction<'_>,
        name: &str,
        batch: u32,
        progress: &mut Progress,
    ) -> StoreResult<usize> {
        let e = self.env();
        let store = tx.object_store(name).map_err(backend)?;
        let range = KeyRange::LowerBound(JsValue::from(progress.next), false);
        let records = records_in(&store, range, batch).await?;
        let read = records.len();
        for (key, value) in &records {
            // A value that does not open stays as it is: it is set aside when next read.
            if let Ok(plain) = open(&e, &raw_bytes(value)) {
                let sealed = e.seal(plain.into_owned());
                store
                    .put(to_js(&sealed))
                    .with_key(key.clone())
                    .primitive()
                    .map_err(backend)?;
            }
            progress.next = key.as_f64().unwrap_or(progress.next) + 1.0;
        }
        Ok(read)
    }

    /// Moves the next batch of ledgers from the other key form to this tab's.
    async fn rekey_ledgers(&self, tx: &Transaction<'_>) -> StoreResult<usize> {
        let e = self.env();
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        let range = other_form(&e, JsValue::from(BLINDED_PREFIX.to_string()));
        let records = records_in(&store, range, KEYED_BATCH).await?;
        let read = records.len();
        let mut damaged = Vec::new();
        for (key, value) in &records {
            let bytes = raw_bytes(value);
            let read = decode_ledger_record(&e, &bytes, &key.as_string().unwrap_or_default());
            store.delete(key.clone()).primitive().map_err(backend)?;
            match read {
                Ok((id, entries)) => {
                    let sealed = encode_ledger_record(&e, &id, &entries);
                    let new_key = e.key_of(id.as_str());
                    store
                        .put(to_js(&sealed))
                        .with_key(new_key.as_ref())
                        .primitive()
                        .map_err(backend)?;
                }
                Err(err) => damaged.push(set_aside(key, StoredKind::Ledger, bytes, err)),
            }
        }
        drop(store);
        self.quarantine(tx, &damaged)?;
        Ok(read)
    }

    /// Moves the next batch of timeline entries (and their follow-ups) to this tab's
    /// key form.
    async fn rekey_interactions(&self, tx: &Transaction<'_>) -> StoreResult<usize> {
        let e = self.env();
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let boundary: JsValue = Array::of1(&BLINDED_PREFIX.to_string().into()).into();
        let range = other_form(&e, boundary);
        let records = records_in(&store, range, KEYED_BATCH).await?;
        let read = records.len();
        let mut damaged = Vec::new();
        for (key, value) in &records {
            let bytes = raw_bytes(value);
            store.delete(key.clone()).primitive().map_err(backend)?;
            match decode::<Interaction>(&e, &bytes) {
                Ok(i) => {
                    let (c, id) = interaction_key(&e, &i);
                    store
                        .put(to_js(&encode(&e, &i)))
                        .with_key(key2(&c, &id))
                        .primitive()
                        .map_err(backend)?;
                    if let Some(k) = follow_up_key(&e, &i) {
                        follow_ups
                            .put(JsValue::TRUE)
                            .with_key(super::keys::key3(&k))
                            .primitive()
                            .map_err(backend)?;
                    }
                }
                Err(err) => damaged.push(set_aside(key, StoredKind::Interaction, bytes, err)),
            }
        }
        drop((store, follow_ups));
        self.quarantine(tx, &damaged)?;
        Ok(read)
    }

    fn quarantine(&self, tx: &Transaction<'_>, records: &[SetAside]) -> StoreResult<()> {
        let store = tx.object_store(SET_ASIDE).map_err(backend)?;
        for r in records {
            store
                .add(to_js(&encode(&self.env(), r)))
                .primitive()
                .map_err(backend)?;
        }
        Ok(())
    }
}

/// Keys still in the form this envelope does not write: plain ids sort before the
/// blinded prefix, blinded ones from it on.
fn other_form(e: &Envelope, boundary: JsValue) -> KeyRange<JsValue> {
    if e.is_sealed() {
        KeyRange::UpperBound(boundary, true)
    } else {
        KeyRange::LowerBound(boundary, false)
    }
}

fn set_aside(key: &JsValue, kind: StoredKind, bytes: Vec<u8>, err: StoreError) -> SetAside {
    super::guard::set_aside_record(key, kind, bytes, err.to_string())
}

async fn read_lock(
    meta: &indexed_db_futures::object_store::ObjectStore<'_>,
) -> StoreResult<Option<LockRecord>> {
    match value_at(meta, JsValue::from(LOCK_KEY)).await? {
        // A lock record that cannot be read must never pass for "no lock".
        Some(v) => from_json(&raw_bytes(&v)).map(Some),
        None => Ok(None),
    }
}

impl IdbStore {
    /// Every key and value of every object store, as someone reading the disk would
    /// see them: for tests that nothing personal is readable with the lock on.
    pub async fn raw_dump(&self) -> StoreResult<Vec<u8>> {
        use super::schema::{CUSTOMERS, PURCHASE_CHUNK_IDS, TOMBSTONES};
        let stores = [
            CUSTOMERS,
            CUSTOMER_PAGES,
            INTERACTIONS,
            FOLLOW_UPS,
            META,
            PURCHASE_CHUNKS,
            PURCHASE_CHUNK_IDS,
            LEDGERS,
            TOMBSTONES,
            SET_ASIDE,
        ];
        let tx = self.tx(&stores, false)?;
        let mut out = Vec::new();
        for name in stores {
            let keys = super::guard::keys_of(&tx, name, None).await?;
            let values = all_values(&tx.object_store(name).map_err(backend)?, None).await?;
            for (k, v) in keys.iter().zip(values) {
                let text = |v: &JsValue| {
                    js_sys::JSON::stringify(v)
                        .map(String::from)
                        .unwrap_or_default()
                };
                out.extend(text(k).into_bytes());
                match v.dyn_ref::<js_sys::Uint8Array>() {
                    Some(bytes) => out.extend(bytes.to_vec()),
                    None => out.extend(text(&v).into_bytes()),
                }
            }
        }
        Ok(out)
    }
}
