//! The real store: IndexedDB in the browser. The only code that touches
//! `indexed_db_futures`.
//!
//! Every public call is one transaction, so it either happens whole or not at all; bulk
//! writes put a whole batch in one transaction because IndexedDB's cost is per
//! transaction, not per record.

mod customer_pages;
mod keys;
mod requests;
mod sales;
mod schema;

pub use schema::{DB_NAME, SCHEMA_VERSION};

use super::codec::{decode, due_text, encode, follow_up_key};
use super::{CustomerRecord, Settings, Store, StoreResult};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use customer_pages::{PageMap, Revisions};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use js_sys::Uint8Array;
use keys::{customer_timeline, follow_ups_until, key2, key3};
use requests::{all_values, backend, bytes_of, to_js, value_at};
use schema::{
    CUSTOMERS, CUSTOMER_PAGES, FOLLOW_UPS, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS,
};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

type PageRequest = std::pin::Pin<Box<dyn std::future::Future<Output = StoreResult<Vec<JsValue>>>>>;

const SETTINGS_KEY: &str = "settings";
/// The stores a customer's deletion (and its undo) touches.
const EVERYTHING_OF_A_CUSTOMER: [&str; 6] = [
    CUSTOMER_PAGES,
    INTERACTIONS,
    FOLLOW_UPS,
    LEDGERS,
    PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS,
];
const DATA_VERSION_KEY: &str = "data_version";

pub struct IdbStore {
    db: Database,
    pages: RefCell<PageMap>,
}

impl IdbStore {
    /// Opens (creating or upgrading) the database `name` at the current schema version.
    pub async fn open(name: &str) -> StoreResult<Self> {
        Self::open_at(name, SCHEMA_VERSION).await
    }

    /// Opens at the current version; `on_blocked` runs if an older connection (another
    /// tab) holds the database open and the upgrade has to wait for it to close.
    pub async fn open_or_wait(name: &str, on_blocked: impl Fn() + 'static) -> StoreResult<Self> {
        Self::open_with(name, SCHEMA_VERSION, Some(Box::new(on_blocked))).await
    }

    /// Opens at an older schema version: for migration tests, which write data the
    /// way an earlier release did and then open it with the current code.
    pub async fn open_at(name: &str, version: u32) -> StoreResult<Self> {
        Self::open_with(name, version, None).await
    }

    async fn open_with(
        name: &str,
        version: u32,
        on_blocked: Option<Box<dyn Fn()>>,
    ) -> StoreResult<Self> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_blocked(move |_| {
                if let Some(f) = &on_blocked {
                    f();
                }
                Ok(())
            })
            .with_on_upgrade_needed(move |event, db| {
                let old = event.old_version() as u32;
                schema::upgrade(&db, old, version)
            })
            .await
            .map_err(backend)?;
        let store = Self {
            db,
            pages: RefCell::new(PageMap::default()),
        };
        store.migrate_data(version).await?;
        Ok(store)
    }

    /// Writes records the way schema version 1 did (no follow-up list). Kept so the
    /// migration from version 1 stays tested against real data.
    pub async fn put_as_v1(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        let tx = self.tx(&[CUSTOMERS, INTERACTIONS], true)?;
        let store = tx.object_store(CUSTOMERS).map_err(backend)?;
        for c in customers {
            store
                .put(to_js(&encode(c)))
                .with_key(c.id.as_str())
                .primitive()
                .map_err(backend)?;
        }
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        for i in interactions {
            store
                .put(to_js(&encode(i)))
                .with_key(key2(&i.customer_id.0, &i.id.0))
                .primitive()
                .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    /// Bytes held in each object store's values, for showing what takes the space.
    /// Reads every value, so it is for settings pages and benchmarks, not hot paths.
    pub async fn bytes_stored(&self) -> StoreResult<Vec<(&'static str, usize)>> {
        let names = [
            CUSTOMER_PAGES,
            INTERACTIONS,
            PURCHASE_CHUNKS,
            PURCHASE_CHUNK_IDS,
            LEDGERS,
        ];
        let tx = self.tx(&names, false)?;
        let mut out = Vec::new();
        for name in names {
            let store = tx.object_store(name).map_err(backend)?;
            let bytes = all_values(&store, None)
                .await?
                .into_iter()
                .map(|v| match v.dyn_into::<Uint8Array>() {
                    Ok(a) => a.length() as usize,
                    // Id ranges are two short strings.
                    Err(v) => js_sys::JSON::stringify(&v).map_or(0, |s| s.length() as usize),
                })
                .sum();
            out.push((name, bytes));
        }
        Ok(out)
    }

    pub fn close(self) {
        self.db.close();
    }

    fn tx(&self, stores: &[&str], write: bool) -> StoreResult<Transaction<'_>> {
        let mode = if write {
            TransactionMode::Readwrite
        } else {
            TransactionMode::Readonly
        };
        self.db
            .transaction(stores.to_vec())
            .with_mode(mode)
            .build()
            .map_err(backend)
    }

    /// Data rewrites that schema steps need, each once, each in one transaction with the
    /// marker that records it, so an interrupted migration simply runs again.
    async fn migrate_data(&self, version: u32) -> StoreResult<()> {
        if version >= 2 && self.data_version().await? < 2.0 {
            self.backfill_follow_ups().await?;
        }
        if version >= 3 && self.data_version().await? < 3.0 {
            self.move_customers_into_pages().await?;
        }
        Ok(())
    }

    async fn data_version(&self) -> StoreResult<f64> {
        let tx = self.tx(&[META], false)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let done: Option<JsValue> = value_at(&meta, JsValue::from(DATA_VERSION_KEY)).await?;
        Ok(done.and_then(|v| v.as_f64()).unwrap_or(1.0))
    }

    /// Version 2: open follow-ups get their own list, filled from existing timelines.
    async fn backfill_follow_ups(&self) -> StoreResult<()> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS, META], true)?;
        let all = all_values(&tx.object_store(INTERACTIONS).map_err(backend)?, None).await?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        for v in all {
            let i: Interaction = decode(&bytes_of(v)?)?;
            if let Some(k) = follow_up_key(&i) {
                follow_ups
                    .put(JsValue::TRUE)
                    .with_key(key3(&k))
                    .primitive()
                    .map_err(backend)?;
            }
        }
        let meta = tx.object_store(META).map_err(backend)?;
        meta.put(JsValue::from_f64(2.0))
            .with_key(DATA_VERSION_KEY)
            .primitive()
            .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    /// Version 3: one record per customer becomes pages of customers.
    async fn move_customers_into_pages(&self) -> StoreResult<()> {
        let tx = self.tx(&[CUSTOMERS, CUSTOMER_PAGES, META], true)?;
        let old = tx.object_store(CUSTOMERS).map_err(backend)?;
        let customers = all_values(&old, None)
            .await?
            .into_iter()
            .map(|v| decode::<Customer>(&bytes_of(v)?))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write_pages_from(&tx, &customers)?;
        old.clear().map_err(backend)?;
        let meta = tx.object_store(META).map_err(backend)?;
        meta.put(JsValue::from_f64(3.0))
            .with_key(DATA_VERSION_KEY)
            .primitive()
            .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    async fn read_timeline(
        &self,
        tx: &Transaction<'_>,
        id: &CustomerId,
    ) -> StoreResult<Vec<Interaction>> {
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        let mut items = all_values(&store, Some(customer_timeline(&id.0)))
            .await?
            .into_iter()
            .map(|v| decode::<Interaction>(&bytes_of(v)?))
            .collect::<StoreResult<Vec<_>>>()?;
        items.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
        Ok(items)
    }

    /// Writes an interaction and its follow-up entry, removing the old follow-up entry
    /// if the interaction existed (its due date may have changed or been done).
    async fn write_interaction(
        &self,
        tx: &Transaction<'_>,
        i: &Interaction,
        check_old: bool,
    ) -> StoreResult<()> {
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let key = key2(&i.customer_id.0, &i.id.0);
        if check_old {
            let old: Option<JsValue> = value_at(&interactions, key.clone()).await?;
            if let Some(old) = old {
                let old: Interaction = decode(&bytes_of(old)?)?;
                if let Some(k) = follow_up_key(&old) {
                    follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
                }
            }
        }
        if let Some(k) = follow_up_key(i) {
            follow_ups
                .put(JsValue::TRUE)
                .with_key(key3(&k))
                .primitive()
                .map_err(backend)?;
        }
        interactions
            .put(to_js(&encode(i)))
            .with_key(key)
            .primitive()
            .map_err(backend)?;
        Ok(())
    }
}

impl Store for IdbStore {
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize> {
        self.load_pages(on_page).await
    }

    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>> {
        self.prepare_page_map(&[id]).await?;
        let Some(page) = self.page_of(id) else {
            return Ok(None);
        };
        let tx = self.tx(&[CUSTOMER_PAGES], false)?;
        Ok(self
            .read_page(&tx, page)
            .await?
            .into_iter()
            .find(|c| &c.id == id))
    }

    async fn save_customer(&self, customer: &Customer) -> StoreResult<Customer> {
        // Edits start from get_customer, which has put the customer in the page map.
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&[CUSTOMER_PAGES], true)?;
        let saved = self
            .write_customers(&tx, std::slice::from_ref(customer), Revisions::Check)
            .await?;
        tx.commit().await.map_err(backend)?;
        self.remember(&saved, &[]);
        Ok(saved
            .into_iter()
            .next()
            .map(|(c, _)| c)
            .expect("one customer written"))
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&[CUSTOMER_PAGES, INTERACTIONS, FOLLOW_UPS], true)?;
        let saved = self
            .write_customers(&tx, customers, Revisions::Keep)
            .await?;
        for i in interactions {
            self.write_interaction(&tx, i, false).await?;
        }
        tx.commit().await.map_err(backend)?;
        self.remember(&saved, &[]);
        Ok(())
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        self.prepare_page_map(&ids.iter().collect::<Vec<_>>())
            .await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let removed = self.remove_customers(&tx, ids).await?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let mut records = Vec::with_capacity(removed.len());
        for customer in removed {
            let timeline = self.read_timeline(&tx, &customer.id).await?;
            for i in &timeline {
                if let Some(k) = follow_up_key(i) {
                    follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
                }
            }
            interactions
                .delete::<JsValue, _>(customer_timeline(&customer.id.0))
                .primitive()
                .map_err(backend)?;
            records.push(CustomerRecord {
                customer,
                timeline,
                ledger: Vec::new(),
                purchases: Vec::new(),
            });
        }
        self.forget_sales_of(&tx, &mut records).await?;
        tx.commit().await.map_err(backend)?;
        self.remember(&[], ids);
        Ok(records)
    }

    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let customers: Vec<Customer> = records.iter().map(|r| r.customer.clone()).collect();
        let saved = self
            .write_customers(&tx, &customers, Revisions::Keep)
            .await?;
        for i in records.iter().flat_map(|r| &r.timeline) {
            self.write_interaction(&tx, i, false).await?;
        }
        self.restore_sales_of(&tx, records).await?;
        tx.commit().await.map_err(backend)?;
        self.remember(&saved, &[]);
        Ok(())
    }

    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        let tx = self.tx(&[INTERACTIONS], false)?;
        self.read_timeline(&tx, id).await
    }

    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<()> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS], true)?;
        self.write_interaction(&tx, interaction, true).await?;
        tx.commit().await.map_err(backend)
    }

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS], true)?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let key = key2(&customer.0, &id.0);
        let old: Option<JsValue> = value_at(&interactions, key.clone()).await?;
        if let Some(old) = old {
            if let Some(k) = follow_up_key(&decode(&bytes_of(old)?)?) {
                tx.object_store(FOLLOW_UPS)
                    .map_err(backend)?
                    .delete(key3(&k))
                    .primitive()
                    .map_err(backend)?;
            }
            interactions.delete(key).primitive().map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS], false)?;
        let keys: Vec<JsValue> = tx
            .object_store(FOLLOW_UPS)
            .map_err(backend)?
            .get_all_keys::<JsValue>()
            .with_query::<JsValue, _>(follow_ups_until(&due_text(until)))
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?
            .collect::<Result<_, _>>()
            .map_err(backend)?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let parts = js_sys::Array::from(&k);
            let key = js_sys::Array::of2(&parts.get(1), &parts.get(2));
            let v: Option<JsValue> = value_at(&interactions, JsValue::from(key)).await?;
            if let Some(v) = v {
                out.push(decode(&bytes_of(v)?)?);
            }
        }
        Ok(out)
    }

    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        self.load_purchase_chunks(on_chunk).await
    }

    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()> {
        self.record_sales(purchases, entries).await
    }

    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        self.replace_purchase(purchase, entries).await
    }

    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        self.ledger_of(customer).await
    }

    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        self.load_all_ledgers(on_page).await
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        let tx = self.tx(&[META], false)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let v = value_at(&meta, JsValue::from(SETTINGS_KEY)).await?;
        match v {
            Some(v) => decode(&bytes_of(v)?),
            None => Ok(Settings::default()),
        }
    }

    async fn save_settings(&self, settings: &Settings) -> StoreResult<()> {
        let tx = self.tx(&[META], true)?;
        tx.object_store(META)
            .map_err(backend)?
            .put(to_js(&encode(settings)))
            .with_key(SETTINGS_KEY)
            .primitive()
            .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }
}
