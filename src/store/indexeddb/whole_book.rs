//! The whole book at once in IndexedDB: every interaction for a backup, and a restored
//! backup written over everything in one transaction.

use super::customer_pages::PageMap;
use super::guard::Damaged;
use super::requests::{backend, raw_bytes, records_in, to_js, value_at};
use super::schema::{
    CUSTOMER_PAGES, FOLLOW_UPS, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS, PURCHASE_CHUNK_IDS,
    TOMBSTONES,
};
use super::{IdbStore, SETTINGS_KEY};
use crate::backup::BookContent;
use crate::domain::Interaction;
use crate::store::codec::{decode, encode, or_damaged};
use crate::store::{Settings, StoreResult, StoredKind, Touches, LOAD_PAGE};
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyRange;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// Everything a restore replaces.
const WHOLE_BOOK: [&str; 8] = [
    CUSTOMER_PAGES,
    INTERACTIONS,
    FOLLOW_UPS,
    PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS,
    LEDGERS,
    TOMBSTONES,
    META,
];

impl IdbStore {
    /// Every interaction, a page at a time in key order, each page its own short read.
    pub(super) async fn all_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        let envelope = self.env();
        let mut total = 0;
        // Interaction keys are arrays, and an empty array sorts before every one of them.
        let mut after: JsValue = Array::new().into();
        let mut first = true;
        loop {
            let tx = self.tx(&[INTERACTIONS], false)?;
            let store = tx.object_store(INTERACTIONS).map_err(backend)?;
            let range = KeyRange::LowerBound(after.clone(), !first);
            let records = records_in(&store, range, LOAD_PAGE as u32).await?;
            drop(store);
            drop(tx);
            let mut page = Vec::with_capacity(records.len());
            let mut damaged = Vec::new();
            for (key, value) in &records {
                let bytes = raw_bytes(value);
                match or_damaged(decode::<Interaction>(&envelope, &bytes))? {
                    Ok(i) => page.push(i),
                    Err(reason) => damaged.push(Damaged::whole(
                        INTERACTIONS,
                        key.clone(),
                        StoredKind::Interaction,
                        bytes,
                        reason,
                    )),
                }
            }
            total += page.len();
            self.set_aside_damaged(damaged).await?;
            if !page.is_empty() {
                on_page(page);
            }
            match records.last() {
                Some((key, _)) if records.len() == LOAD_PAGE => {
                    after = key.clone();
                    first = false;
                }
                _ => return Ok(total),
            }
        }
    }

    /// Clears the book and writes `content` in one transaction; any failure (a full
    /// disk) aborts it and leaves the book as it was.
    pub(super) async fn replace_all(&self, content: &BookContent) -> StoreResult<()> {
        let envelope = self.env();
        let tx = self.tx(&WHOLE_BOOK, true)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let revision = match value_at(&meta, JsValue::from(SETTINGS_KEY)).await? {
            Some(v) => decode::<Settings>(&envelope, &raw_bytes(&v)).map_or(0, |s| s.revision),
            None => 0,
        };
        for name in &WHOLE_BOOK[..WHOLE_BOOK.len() - 1] {
            tx.object_store(name)
                .map_err(backend)?
                .clear()
                .map_err(backend)?;
        }
        self.write_pages_from(&tx, &content.customers)?;
        for i in &content.interactions {
            self.write_interaction(&tx, i, None).await?;
        }
        for (n, chunk) in content.purchases.iter().enumerate() {
            self.write_chunk(&tx, n as u32, chunk)?;
        }
        for (customer, entries) in &content.ledgers {
            self.write_ledger(&tx, customer, entries)?;
        }
        let mut settings = content.settings.clone();
        settings.revision = revision + 1;
        meta.put(to_js(&encode(&envelope, &settings)))
            .with_key(SETTINGS_KEY)
            .primitive()
            .map_err(backend)?;
        drop(meta);
        self.finish(tx, Touches::Everything).await?;
        // Pages were renumbered: the next write reads the book's layout afresh.
        *self.pages.borrow_mut() = PageMap::default();
        Ok(())
    }
}
