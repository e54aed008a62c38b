//! Purchases and loyalty ledgers in IndexedDB.
//!
//! Purchases live in chunks of up to `CHUNK_ROWS` (`purchase_chunks`, keyed by chunk
//! number, dense from 0); a new sale rewrites the last chunk. Beside each chunk,
//! `purchase_chunk_ids` keeps its smallest and largest purchase id, so a void finds its
//! chunk without reading the others (ids carry their creation time, so chunks written in
//! order do not overlap). Ledgers: one record per customer in `ledgers`.
//!
//! Any error returns before `commit`, and dropping an uncommitted transaction aborts it,
//! so a refused call leaves nothing half-written.

use super::requests::{all_values, backend, bytes_of, keys_in, to_js, value_at, values_in};
use super::schema::{LEDGERS, PURCHASE_CHUNKS, PURCHASE_CHUNK_IDS};
use super::IdbStore;
use crate::domain::{CompactId, CustomerId, Purchase};
use crate::loyalty::stored::{decode_ledger, encode_ledger};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use crate::store::appending::{append_purchases, entries_by_customer, extend_ledger};
use crate::store::{CustomerRecord, StoreError, StoreResult, LOAD_PAGE};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// Chunks per read while loading: ~16,000 purchases, about half a megabyte.
const CHUNKS_PER_READ: u32 = 4;

fn chunk_of(v: JsValue) -> StoreResult<PurchaseChunk> {
    PurchaseChunk::decode(&bytes_of(v)?).map_err(StoreError::Corrupt)
}

fn range(first: u32, count: u32) -> KeyRange<JsValue> {
    KeyRange::Bound(
        JsValue::from(first),
        false,
        JsValue::from(first + count),
        true,
    )
}

impl IdbStore {
    pub(super) async fn load_purchase_chunks(
        &self,
        on_chunk: &mut dyn FnMut(PurchaseChunk),
    ) -> StoreResult<usize> {
        let mut total = 0;
        let mut first = 0;
        loop {
            // One short transaction per read, so writes from the counter are not held up.
            let tx = self.tx(&[PURCHASE_CHUNKS], false)?;
            let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
            let values = all_values(&store, Some(range(first, CHUNKS_PER_READ))).await?;
            drop(store);
            drop(tx);
            let n = values.len() as u32;
            for v in values {
                let chunk = chunk_of(v)?;
                total += chunk.len();
                on_chunk(chunk);
            }
            if n < CHUNKS_PER_READ {
                return Ok(total);
            }
            first += n;
        }
    }

    async fn chunk_count(&self, tx: &Transaction<'_>) -> StoreResult<u32> {
        super::requests::count_in(tx, PURCHASE_CHUNKS).await
    }

    async fn read_chunk(&self, tx: &Transaction<'_>, n: u32) -> StoreResult<Option<PurchaseChunk>> {
        let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
        value_at(&store, JsValue::from(n))
            .await?
            .map(chunk_of)
            .transpose()
    }

    fn write_chunk(&self, tx: &Transaction<'_>, n: u32, chunk: &PurchaseChunk) -> StoreResult<()> {
        tx.object_store(PURCHASE_CHUNKS)
            .map_err(backend)?
            .put(to_js(&chunk.encode()))
            .with_key(n)
            .primitive()
            .map_err(backend)?;
        let (lo, hi) = chunk.id_range().unwrap_or_default();
        tx.object_store(PURCHASE_CHUNK_IDS)
            .map_err(backend)?
            .put(JsValue::from(Array::of2(&lo.into(), &hi.into())))
            .with_key(n)
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    /// Chunks whose id range could hold `id`, newest first.
    async fn chunks_that_may_hold(&self, tx: &Transaction<'_>, id: &str) -> StoreResult<Vec<u32>> {
        let store = tx.object_store(PURCHASE_CHUNK_IDS).map_err(backend)?;
        let ranges = all_values(&store, None).await?;
        let mut out: Vec<u32> = ranges
            .into_iter()
            .enumerate()
            .filter(|(_, v)| {
                let pair = Array::from(v);
                let lo = pair.get(0).as_string().unwrap_or_default();
                let hi = pair.get(1).as_string().unwrap_or_default();
                lo.as_str() <= id && id <= hi.as_str()
            })
            .map(|(n, _)| n as u32)
            .collect();
        out.reverse();
        Ok(out)
    }

    async fn read_ledger(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
    ) -> StoreResult<Vec<LedgerEntry>> {
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        match value_at(&store, JsValue::from(id.as_str())).await? {
            Some(v) => decode_ledger(id, &bytes_of(v)?).map_err(StoreError::Corrupt),
            None => Ok(Vec::new()),
        }
    }

    fn write_ledger(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        if entries.is_empty() {
            store.delete(id.as_str()).primitive().map_err(backend)?;
        } else {
            store
                .put(to_js(&encode_ledger(entries)))
                .with_key(id.as_str())
                .primitive()
                .map_err(backend)?;
        }
        Ok(())
    }

    /// Checks every ledger before writing any, so a refusal has written nothing.
    async fn append_entries(
        &self,
        tx: &Transaction<'_>,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let mut updated = Vec::new();
        for (customer, new) in entries_by_customer(entries) {
            let all = extend_ledger(self.read_ledger(tx, customer).await?, &new)?;
            updated.push((customer, all));
        }
        for (customer, all) in updated {
            self.write_ledger(tx, customer, &all)?;
        }
        Ok(())
    }

    pub(super) async fn record_sales(
        &self,
        purchases: &[Purchase],
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let tx = self.tx(&[PURCHASE_CHUNKS, PURCHASE_CHUNK_IDS, LEDGERS], true)?;
        self.append_entries(&tx, entries).await?;
        if !purchases.is_empty() {
            let count = self.chunk_count(&tx).await?;
            let last = match count {
                0 => None,
                n => self.read_chunk(&tx, n - 1).await?,
            };
            for (n, chunk) in append_purchases(count, last, purchases) {
                self.write_chunk(&tx, n, &chunk)?;
            }
        }
        tx.commit().await.map_err(backend)
    }

    pub(super) async fn replace_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let tx = self.tx(&[PURCHASE_CHUNKS, PURCHASE_CHUNK_IDS, LEDGERS], true)?;
        let mut found = false;
        for n in self.chunks_that_may_hold(&tx, purchase.id.as_str()).await? {
            if let Some(mut chunk) = self.read_chunk(&tx, n).await? {
                if chunk.replace(purchase) {
                    self.write_chunk(&tx, n, &chunk)?;
                    found = true;
                    break;
                }
            }
        }
        if !found {
            return Err(StoreError::NotFound);
        }
        self.append_entries(&tx, entries).await?;
        tx.commit().await.map_err(backend)
    }

    pub(super) async fn ledger_of(&self, id: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        let tx = self.tx(&[LEDGERS], false)?;
        self.read_ledger(&tx, id).await
    }

    pub(super) async fn load_all_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        let mut total = 0;
        let mut after: Option<String> = None;
        loop {
            let tx = self.tx(&[LEDGERS], false)?;
            let store = tx.object_store(LEDGERS).map_err(backend)?;
            let range = match &after {
                Some(k) => KeyRange::LowerBound(JsValue::from(k.as_str()), true),
                None => KeyRange::LowerBound(JsValue::from(""), false),
            };
            let keys = keys_in(&store, range.clone(), LOAD_PAGE as u32).await?;
            let values = values_in(&store, range, LOAD_PAGE as u32).await?;
            drop(store);
            drop(tx);
            let mut page = Vec::with_capacity(keys.len());
            for (k, v) in keys.iter().zip(values) {
                let id = CustomerId(k.as_string().unwrap_or_default());
                let ledger = decode_ledger(&id, &bytes_of(v)?).map_err(StoreError::Corrupt)?;
                page.push((id, ledger));
            }
            let n = page.len();
            total += n;
            after = page.last().map(|(id, _)| id.0.clone());
            if n > 0 {
                on_page(page);
            }
            if n < LOAD_PAGE {
                return Ok(total);
            }
        }
    }

    /// Inside a delete: drops the customers' ledgers and makes their purchases walk-in
    /// sales, noting on each record which purchases were theirs.
    pub(super) async fn forget_sales_of(
        &self,
        tx: &Transaction<'_>,
        records: &mut [CustomerRecord],
    ) -> StoreResult<()> {
        for r in records.iter_mut() {
            r.ledger = self.read_ledger(tx, &r.customer.id).await?;
            self.write_ledger(tx, &r.customer.id, &[])?;
        }
        let gone: Vec<CompactId> = records
            .iter()
            .map(|r| CompactId::of(r.customer.id.as_str()))
            .collect();
        let count = self.chunk_count(tx).await?;
        let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
        for n in 0..count {
            let Some(bytes) = value_at(&store, JsValue::from(n))
                .await?
                .map(bytes_of)
                .transpose()?
            else {
                continue;
            };
            // Most chunks hold none of these customers: skip them without decoding.
            if !PurchaseChunk::may_hold_customers(&bytes, &gone) {
                continue;
            }
            let mut chunk = PurchaseChunk::decode(&bytes).map_err(StoreError::Corrupt)?;
            let forgotten = chunk.forget_customers(&gone);
            if forgotten.is_empty() {
                continue;
            }
            self.write_chunk(tx, n, &chunk)?;
            CustomerRecord::note_forgotten(records, forgotten);
        }
        Ok(())
    }

    /// Inside a restore: puts ledgers back and links purchases to their customers again.
    pub(super) async fn restore_sales_of(
        &self,
        tx: &Transaction<'_>,
        records: &[CustomerRecord],
    ) -> StoreResult<()> {
        for r in records {
            self.write_ledger(tx, &r.customer.id, &r.ledger)?;
        }
        let links = CustomerRecord::purchase_links(records);
        if links.is_empty() {
            return Ok(());
        }
        let count = self.chunk_count(tx).await?;
        for n in 0..count {
            if let Some(mut chunk) = self.read_chunk(tx, n).await? {
                if chunk.relink(&links) > 0 {
                    self.write_chunk(tx, n, &chunk)?;
                }
            }
        }
        Ok(())
    }
}
