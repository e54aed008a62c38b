//! Purchases and loyalty ledgers in IndexedDB.
//!
//! Purchases live in chunks of up to `CHUNK_ROWS` (`purchase_chunks`, keyed by chunk
//! number, dense from 0); a new sale rewrites the last chunk. Beside each chunk,
//! `purchase_chunk_ids` keeps its smallest and largest purchase id, so a void finds its
//! chunk without reading the others (ids carry their creation time, so chunks written in
//! order do not overlap). Ledgers: one record per customer in `ledgers`.
//!
//! Any error returns before `commit`, and dropping an uncommitted transaction aborts it,
//! so a refused call leaves nothing half-written. A chunk or ledger that cannot be read
//! while loading is set aside (`guard`) and the rest loads.

use super::guard::Damaged;
use super::requests::{all_values, backend, bytes_of, raw_bytes, records_in, to_js, value_at};
use super::schema::{LEDGERS, META, PURCHASE_CHUNKS, PURCHASE_CHUNK_IDS, TOMBSTONES};
use super::IdbStore;
use crate::domain::{CompactId, CustomerId, Purchase};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use crate::store::appending::{
    anonymise_purchases, append_purchases, by_compact_id, entries_by_customer, extend_ledger,
    put_back_purchases,
};
use crate::store::codec::{
    chunk_from, decode_chunk, decode_ledger_record, encode_chunk, encode_ledger_record, open,
    or_damaged,
};
use crate::store::{CustomerRecord, StoreError, StoreResult, StoredKind, Touches};

/// Ledgers per read while reading them all: each is decoded (and, locked, opened) and
/// then worked through by the caller, so a page of 5,000 made a task of 70-90 ms at
/// 100,000 customers; 1,000 keeps each under 50.
const LEDGER_PAGE: usize = 1_000;

/// What a sale, a void or an edit writes to.
const SALES_WRITE: [&str; 5] = [
    PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS,
    LEDGERS,
    TOMBSTONES,
    META,
];
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// Chunks per read while loading: ~16,000 purchases, about half a megabyte.
const CHUNKS_PER_READ: u32 = 16;

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
        let mut damaged = Vec::new();
        let envelope = self.env();
        loop {
            // One short transaction per read, so writes from the counter are not held up.
            let tx = self.tx(&[PURCHASE_CHUNKS], false)?;
            let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
            let values = all_values(&store, Some(range(first, CHUNKS_PER_READ))).await?;
            drop(store);
            drop(tx);
            let n = values.len() as u32;
            let stored: Vec<Vec<u8>> = values.iter().map(raw_bytes).collect();
            let opened = self.open_all(&stored).await;
            for (i, (bytes, plain)) in stored.iter().zip(opened).enumerate() {
                match or_damaged(plain.and_then(|p| chunk_from(&p)))? {
                    Ok(chunk) => {
                        total += chunk.len();
                        on_chunk(chunk);
                    }
                    // Set aside whole; an empty chunk keeps the numbers dense.
                    Err(reason) => damaged.push(
                        Damaged::whole(
                            PURCHASE_CHUNKS,
                            JsValue::from(first + i as u32),
                            StoredKind::PurchaseChunk,
                            bytes.clone(),
                            reason,
                        )
                        .replaced_by(encode_chunk(&envelope, &PurchaseChunk::default())),
                    ),
                }
            }
            if n < CHUNKS_PER_READ {
                self.set_aside_damaged(damaged).await?;
                return Ok(total);
            }
            first += n;
        }
    }

    pub(super) async fn chunk_count(&self, tx: &Transaction<'_>) -> StoreResult<u32> {
        super::requests::count_in(tx, PURCHASE_CHUNKS).await
    }

    pub(super) async fn read_chunk(
        &self,
        tx: &Transaction<'_>,
        n: u32,
    ) -> StoreResult<Option<PurchaseChunk>> {
        let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
        let envelope = self.env();
        value_at(&store, JsValue::from(n))
            .await?
            .map(|v| decode_chunk(&envelope, &bytes_of(v)?))
            .transpose()
    }

    pub(super) fn write_chunk(
        &self,
        tx: &Transaction<'_>,
        n: u32,
        chunk: &PurchaseChunk,
    ) -> StoreResult<()> {
        tx.object_store(PURCHASE_CHUNKS)
            .map_err(backend)?
            .put(to_js(&encode_chunk(&self.env(), chunk)))
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
                match (pair.get(0).as_string(), pair.get(1).as_string()) {
                    (Some(lo), Some(hi)) => lo.as_str() <= id && id <= hi.as_str(),
                    // An unreadable range might hold it: read the chunk to see.
                    _ => true,
                }
            })
            .map(|(n, _)| n as u32)
            .collect();
        out.reverse();
        Ok(out)
    }

    pub(super) async fn read_ledger(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
    ) -> StoreResult<Vec<LedgerEntry>> {
        let e = self.env();
        let key = e.key_of(id.as_str());
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        match value_at(&store, JsValue::from(key.as_ref())).await? {
            Some(v) => decode_ledger_record(&e, &bytes_of(v)?, &key).map(|(_, entries)| entries),
            None => Ok(Vec::new()),
        }
    }

    pub(super) fn write_ledger(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let e = self.env();
        let key = e.key_of(id.as_str());
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        if entries.is_empty() {
            store.delete(key.as_ref()).primitive().map_err(backend)?;
        } else {
            store
                .put(to_js(&encode_ledger_record(&e, id, entries)))
                .with_key(key.as_ref())
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
            self.refuse_deleted(tx, [customer]).await?;
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
        let tx = self.tx(&SALES_WRITE, true)?;
        self.refuse_deleted(&tx, purchases.iter().filter_map(|p| p.customer.as_ref()))
            .await?;
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
        self.finish(tx, Touches::Sales).await
    }

    pub(super) async fn replace_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let tx = self.tx(&SALES_WRITE, true)?;
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
        self.finish(tx, Touches::Sales).await
    }

    /// One ledger; a damaged one is set aside and the customer starts again from none.
    pub(super) async fn ledger_of(&self, id: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        let e = self.env();
        let text = e.key_of(id.as_str());
        let key = JsValue::from(text.as_ref());
        let tx = self.tx(&[LEDGERS], false)?;
        let store = tx.object_store(LEDGERS).map_err(backend)?;
        let Some(v) = value_at(&store, key.clone()).await? else {
            return Ok(Vec::new());
        };
        drop(store);
        drop(tx);
        let bytes = raw_bytes(&v);
        match or_damaged(decode_ledger_record(&e, &bytes, &text))? {
            Ok((_, ledger)) => Ok(ledger),
            Err(reason) => {
                let damaged = Damaged::whole(LEDGERS, key, StoredKind::Ledger, bytes, reason);
                self.set_aside_damaged(vec![damaged]).await?;
                Ok(Vec::new())
            }
        }
    }

    pub(super) async fn load_all_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        let mut total = 0;
        let mut after: Option<String> = None;
        let envelope = self.env();
        loop {
            let tx = self.tx(&[LEDGERS], false)?;
            let store = tx.object_store(LEDGERS).map_err(backend)?;
            let range = match &after {
                Some(k) => KeyRange::LowerBound(JsValue::from(k.as_str()), true),
                None => KeyRange::LowerBound(JsValue::from(""), false),
            };
            let records = records_in(&store, range, LEDGER_PAGE as u32).await?;
            drop(store);
            drop(tx);
            let mut page = Vec::with_capacity(records.len());
            let mut damaged = Vec::new();
            for (k, v) in &records {
                let key = k.as_string().unwrap_or_default();
                let bytes = raw_bytes(v);
                match or_damaged(decode_ledger_record(&envelope, &bytes, &key))? {
                    Ok(ledger) => page.push(ledger),
                    Err(reason) => damaged.push(Damaged::whole(
                        LEDGERS,
                        k.clone(),
                        StoredKind::Ledger,
                        bytes,
                        reason,
                    )),
                }
            }
            let n = records.len();
            total += page.len();
            after = records.last().and_then(|(k, _)| k.as_string());
            self.set_aside_damaged(damaged).await?;
            if !page.is_empty() {
                on_page(page);
            }
            if n < LEDGER_PAGE {
                return Ok(total);
            }
        }
    }

    /// Inside a delete: drops the customers' ledgers and makes their purchases anonymous
    /// takings, keeping on each record their purchases as they were.
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
        let envelope = self.env();
        let store = tx.object_store(PURCHASE_CHUNKS).map_err(backend)?;
        for n in 0..count {
            let Some(bytes) = value_at(&store, JsValue::from(n))
                .await?
                .map(bytes_of)
                .transpose()?
            else {
                continue;
            };
            // Most chunks hold none of these customers: skip them without decoding
            // (a sealed chunk is opened first: the scan looks at its plain bytes).
            let plain = open(&envelope, &bytes)?;
            if !PurchaseChunk::may_hold_customers(&plain, &gone) {
                continue;
            }
            let mut chunk = PurchaseChunk::decode(&plain).map_err(StoreError::Corrupt)?;
            let theirs = anonymise_purchases(&mut chunk, &gone);
            if theirs.is_empty() {
                continue;
            }
            self.write_chunk(tx, n, &chunk)?;
            CustomerRecord::note_forgotten(records, theirs);
        }
        Ok(())
    }

    /// Inside a restore: puts ledgers back and their purchases as they were.
    pub(super) async fn restore_sales_of(
        &self,
        tx: &Transaction<'_>,
        records: &[CustomerRecord],
    ) -> StoreResult<()> {
        for r in records {
            self.write_ledger(tx, &r.customer.id, &r.ledger)?;
        }
        self.replace_purchases(tx, &CustomerRecord::purchases_to_restore(records))
            .await
    }

    /// Replaces stored purchases with these versions of them (matched by id).
    pub(super) async fn replace_purchases(
        &self,
        tx: &Transaction<'_>,
        purchases: &[Purchase],
    ) -> StoreResult<()> {
        if purchases.is_empty() {
            return Ok(());
        }
        let by_id = by_compact_id(purchases);
        let count = self.chunk_count(tx).await?;
        for n in 0..count {
            if let Some(mut chunk) = self.read_chunk(tx, n).await? {
                if put_back_purchases(&mut chunk, &by_id) > 0 {
                    self.write_chunk(tx, n, &chunk)?;
                }
            }
        }
        Ok(())
    }
}
