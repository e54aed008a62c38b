//! The erasure scan over every object store: records read a batch at a time (each its
//! own transaction, so the page keeps answering), values opened as reads open them.

use super::requests::{backend, raw_bytes, records_in};
use super::schema::{
    CUSTOMERS, CUSTOMER_PAGES, FOLLOW_UPS, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS, SET_ASIDE, TOMBSTONES,
};
use super::IdbStore;
use crate::gdpr::scan::{RecordFormat, ScannedRecord};
use crate::lock::Envelope;
use crate::store::codec::{from_json, open_for_scan};
use crate::store::{SetAside, StoreResult};
use indexed_db_futures::KeyRange;
use wasm_bindgen::{JsCast, JsValue};

/// Every object store, and how its values are laid out.
const STORES: [(&str, RecordFormat, u32); 10] = [
    (CUSTOMERS, RecordFormat::Text, 500),
    (CUSTOMER_PAGES, RecordFormat::Text, 20),
    (INTERACTIONS, RecordFormat::Text, 500),
    (FOLLOW_UPS, RecordFormat::Text, 500),
    (META, RecordFormat::Text, 100),
    // A few thousand purchases to a chunk: a handful per batch keeps each task short.
    (PURCHASE_CHUNKS, RecordFormat::PurchaseChunk, 4),
    (PURCHASE_CHUNK_IDS, RecordFormat::Text, 500),
    (LEDGERS, RecordFormat::Ledger, 500),
    (TOMBSTONES, RecordFormat::Text, 500),
    (SET_ASIDE, RecordFormat::Text, 50),
];

impl IdbStore {
    pub(super) async fn scan_stores(
        &self,
        on_record: &mut dyn FnMut(&ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        let mut n = 0;
        for (store, format, batch) in STORES {
            let mut after: Option<JsValue> = None;
            loop {
                let records = {
                    let tx = self.tx(&[store], false)?;
                    let os = tx.object_store(store).map_err(backend)?;
                    let range = match &after {
                        Some(k) => KeyRange::LowerBound(k.clone(), true),
                        None => KeyRange::LowerBound(JsValue::from(f64::NEG_INFINITY), false),
                    };
                    records_in(&os, range, batch).await?
                };
                let Some((last, _)) = records.last() else {
                    break;
                };
                after = Some(last.clone());
                let envelope = self.env();
                for (key, value) in &records {
                    let key = key_text(key);
                    let raw = raw_bytes(value);
                    let (plain, opened) = open_for_scan(&envelope, &raw);
                    n += 1;
                    let record = ScannedRecord {
                        store,
                        key: &key,
                        format,
                        plain: &plain,
                        opened,
                    };
                    on_record(&record);
                    if store == SET_ASIDE && opened {
                        scan_set_aside(&envelope, &plain, on_record);
                    }
                }
                if records.len() < batch as usize {
                    break;
                }
            }
        }
        Ok(n)
    }
}

/// A set-aside record (JSON, already opened) holds another record's bytes as they
/// were stored: those are what is looked at, as the kind they were.
fn scan_set_aside(
    envelope: &Envelope,
    plain: &[u8],
    on_record: &mut dyn FnMut(&ScannedRecord<'_>),
) {
    if let Ok(kept) = from_json::<SetAside>(plain) {
        let (inner, opened) = open_for_scan(envelope, &kept.bytes);
        on_record(&ScannedRecord {
            store: SET_ASIDE,
            key: &kept.key,
            format: kept.kind.format(),
            plain: &inner,
            opened,
        });
    }
}

/// A key as text: strings as they are, arrays joined by `/`, numbers written out.
fn key_text(key: &JsValue) -> String {
    if let Some(s) = key.as_string() {
        return s;
    }
    if let Some(parts) = key.dyn_ref::<js_sys::Array>() {
        return parts
            .iter()
            .map(|p| key_text(&p))
            .collect::<Vec<_>>()
            .join("/");
    }
    key.as_f64().map(|f| f.to_string()).unwrap_or_default()
}
