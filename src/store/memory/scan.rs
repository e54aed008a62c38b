//! The erasure scan over the in-memory tables: every record, values opened as the
//! IndexedDB store opens them.

use super::MemoryStore;
use crate::gdpr::scan::{RecordFormat, ScannedRecord};
use crate::store::codec::open_for_scan;
use crate::store::StoreResult;

impl MemoryStore {
    pub(super) fn scan_tables(
        &self,
        on_record: &mut dyn FnMut(&ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        self.readable()?;
        let e = self.env();
        let t = self.tables.borrow();
        let mut n = 0;
        let mut give = |store: &str, key: &str, format: RecordFormat, stored: &[u8]| {
            let (plain, opened) = open_for_scan(&e, stored);
            on_record(&ScannedRecord {
                store,
                key,
                format,
                plain: &plain,
                opened,
            });
            n += 1;
        };
        for (k, v) in &t.customers {
            give("customers", k, RecordFormat::Text, v);
        }
        for ((c, i), v) in &t.interactions {
            give("interactions", &format!("{c}/{i}"), RecordFormat::Text, v);
        }
        for k in &t.follow_ups {
            give("follow_ups", &k.join("/"), RecordFormat::Text, &[]);
        }
        for (i, v) in t.purchase_chunks.iter().enumerate() {
            give(
                "purchase_chunks",
                &i.to_string(),
                RecordFormat::PurchaseChunk,
                v,
            );
        }
        for (k, v) in &t.ledgers {
            give("ledgers", k, RecordFormat::Ledger, v);
        }
        for k in t.tombstones.keys() {
            give("tombstones", k, RecordFormat::Text, &[]);
        }
        if let Some(s) = &t.settings {
            give("settings", "settings", RecordFormat::Text, s);
        }
        // Set aside as it was stored: looked at as the kind it was.
        for s in &t.set_aside {
            give("set_aside", &s.key, s.kind.format(), &s.bytes);
        }
        Ok(n)
    }
}
