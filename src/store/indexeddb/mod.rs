//! The real store: IndexedDB in the browser. The only code that touches
//! `indexed_db_futures`.
//!
//! Every public call is one transaction, so it either happens whole or not at all; bulk
//! writes put a whole batch in one transaction because IndexedDB's cost is per
//! transaction, not per record.

mod customer_pages;
mod guard;
mod keys;
mod lock;
mod records;
mod requests;
mod sales;
mod scan;
mod schema;
mod timeline;
pub mod web_crypto;
mod whole_book;

pub use schema::{DB_NAME, SCHEMA_VERSION};

use super::codec::{decode, encode, follow_up_key, or_damaged};
use super::{
    Converted, CustomerRecord, Generations, SetAside, Settings, Store, StoreError, StoreResult,
    StoredKind, Touches,
};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::lock::Envelope;
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use customer_pages::{PageMap, Revisions};
use guard::Damaged;
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use js_sys::Uint8Array;
use keys::{key2, key3};
use requests::{all_values, backend, bytes_of, commit, open_error, raw_bytes, to_js, value_at};
use schema::{
    CUSTOMERS, CUSTOMER_PAGES, FOLLOW_UPS, INTERACTIONS, LEDGERS, META, PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS, TOMBSTONES,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

type PageRequest = std::pin::Pin<Box<dyn std::future::Future<Output = StoreResult<Vec<JsValue>>>>>;

const SETTINGS_KEY: &str = "settings";
/// The stores a customer's deletion (and its undo) touches.
const EVERYTHING_OF_A_CUSTOMER: [&str; 8] = [
    CUSTOMER_PAGES,
    INTERACTIONS,
    FOLLOW_UPS,
    LEDGERS,
    PURCHASE_CHUNKS,
    PURCHASE_CHUNK_IDS,
    TOMBSTONES,
    META,
];
const DATA_VERSION_KEY: &str = "data_version";

/// What the app hears from the database while it is open.
#[derive(Default)]
pub struct OpenEvents {
    /// The upgrade waits for another tab, still on the old version, to let go.
    pub on_blocked: Option<Box<dyn Fn()>>,
    /// A newer version wants the database: this connection has been closed, and every
    /// later call fails with `StoreError::Superseded`.
    pub on_superseded: Option<Box<dyn Fn()>>,
}

pub struct IdbStore {
    db: Database,
    pages: RefCell<PageMap>,
    /// Set when a newer version asked for the database and this tab let go.
    closed: Rc<Cell<bool>>,
    /// How this tab seals values and forms keys (see `lock`).
    envelope: RefCell<Rc<Envelope>>,
    /// The envelope's key in WebCrypto, for opening large values after a read.
    web_key: RefCell<Option<web_crypto::WebKey>>,
    /// Records a lock conversion found when it began, and has rewritten since.
    conversion_total: Cell<Option<usize>>,
    converted: Cell<usize>,
    /// Keeps the `versionchange` handler alive as long as the store.
    _on_version_change: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl IdbStore {
    /// Opens (creating or upgrading) the database `name` at the current schema version.
    pub async fn open(name: &str) -> StoreResult<Self> {
        Self::open_with(name, SCHEMA_VERSION, OpenEvents::default()).await
    }

    /// Opens at the current version, telling the app when the upgrade waits for another
    /// tab and when a newer version takes the database over.
    pub async fn open_with_events(name: &str, events: OpenEvents) -> StoreResult<Self> {
        Self::open_with(name, SCHEMA_VERSION, events).await
    }

    /// Opens at an older schema version: for migration tests, which write data the
    /// way an earlier release did and then open it with the current code.
    pub async fn open_at(name: &str, version: u32) -> StoreResult<Self> {
        Self::open_with(name, version, OpenEvents::default()).await
    }

    async fn open_with(name: &str, version: u32, events: OpenEvents) -> StoreResult<Self> {
        let OpenEvents {
            on_blocked,
            on_superseded,
        } = events;
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
            .map_err(open_error)?;
        let closed = Rc::new(Cell::new(false));
        let on_version_change = {
            let raw: web_sys::IdbDatabase = {
                let sys: &web_sys::IdbDatabase = db.as_sys();
                sys.clone()
            };
            let closed = closed.clone();
            // Let go at once, so a newer version's upgrade is never blocked by this tab,
            // and never write again from old code.
            let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                raw.close();
                closed.set(true);
                if let Some(f) = &on_superseded {
                    f();
                }
            });
            let sys: &web_sys::IdbDatabase = db.as_sys();
            sys.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
            handler
        };
        let store = Self {
            db,
            pages: RefCell::new(PageMap::default()),
            closed,
            envelope: RefCell::new(Rc::new(Envelope::plain())),
            web_key: RefCell::new(None),
            conversion_total: Cell::new(None),
            converted: Cell::new(0),
            _on_version_change: Some(on_version_change),
        };
        store.migrate_data(version).await?;
        if version >= 5 {
            store.forget_old_tombstones().await?;
        }
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
        let plain = Envelope::plain();
        for c in customers {
            store
                .put(to_js(&encode(&plain, c)))
                .with_key(c.id.as_str())
                .primitive()
                .map_err(backend)?;
        }
        let store = tx.object_store(INTERACTIONS).map_err(backend)?;
        for i in interactions {
            store
                .put(to_js(&encode(&plain, i)))
                .with_key(key2(&i.customer_id.0, &i.id.0))
                .primitive()
                .map_err(backend)?;
        }
        commit(tx).await
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

    /// How values are sealed and keys formed in this tab now.
    fn env(&self) -> Rc<Envelope> {
        self.envelope.borrow().clone()
    }

    /// The plain bytes of values read in a transaction that has ended (see `web_crypto`).
    async fn open_all<'a, B: AsRef<[u8]>>(
        &self,
        stored: &'a [B],
    ) -> Vec<StoreResult<std::borrow::Cow<'a, [u8]>>> {
        let (envelope, web_key) = (self.env(), self.web_key.borrow().clone());
        web_crypto::open_all(&envelope, web_key.as_ref(), stored).await
    }

    fn tx(&self, stores: &[&str], write: bool) -> StoreResult<Transaction<'_>> {
        if self.closed.get() {
            return Err(StoreError::Superseded);
        }
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
            // A damaged entry is set aside when its timeline is read; it has no due date
            // anyone can read, so it cannot be listed here.
            let Ok(i) = decode::<Interaction>(&self.env(), &raw_bytes(&v)) else {
                continue;
            };
            if let Some(k) = follow_up_key(&self.env(), &i) {
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
        commit(tx).await
    }

    /// Version 3: one record per customer becomes pages of customers. Records that
    /// cannot be read are set aside first, so they never stop the move.
    async fn move_customers_into_pages(&self) -> StoreResult<()> {
        self.set_aside_unreadable_v1_customers().await?;
        let tx = self.tx(&[CUSTOMERS, CUSTOMER_PAGES, META], true)?;
        let old = tx.object_store(CUSTOMERS).map_err(backend)?;
        let customers = all_values(&old, None)
            .await?
            .into_iter()
            .map(|v| decode::<Customer>(&self.env(), &bytes_of(v)?))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write_pages_from(&tx, &customers)?;
        old.clear().map_err(backend)?;
        let meta = tx.object_store(META).map_err(backend)?;
        meta.put(JsValue::from_f64(3.0))
            .with_key(DATA_VERSION_KEY)
            .primitive()
            .map_err(backend)?;
        commit(tx).await
    }
}

impl IdbStore {
    async fn set_aside_unreadable_v1_customers(&self) -> StoreResult<()> {
        let tx = self.tx(&[CUSTOMERS], false)?;
        let keys = guard::keys_of(&tx, CUSTOMERS, None).await?;
        let values = all_values(&tx.object_store(CUSTOMERS).map_err(backend)?, None).await?;
        drop(tx);
        let damaged = keys
            .into_iter()
            .zip(values)
            .filter_map(|(key, v)| {
                let bytes = raw_bytes(&v);
                let reason = decode::<Customer>(&self.env(), &bytes).err()?.to_string();
                Some(Damaged::whole(
                    CUSTOMERS,
                    key,
                    StoredKind::Customer,
                    bytes,
                    reason,
                ))
            })
            .collect();
        self.set_aside_damaged(damaged).await
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
        Ok(self
            .read_page_alone(page)
            .await?
            .into_iter()
            .find(|c| &c.id == id))
    }

    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>> {
        // Edits start from get_customer, which has put the customer in the page map.
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&[CUSTOMER_PAGES, TOMBSTONES, META], true)?;
        let saved = self
            .write_customers(&tx, customers, Revisions::Check)
            .await?;
        self.finish(tx, Touches::Customers).await?;
        self.remember(&saved, &[]);
        Ok(saved.into_iter().map(|(c, _)| c).collect())
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&[CUSTOMER_PAGES, INTERACTIONS, FOLLOW_UPS, META], true)?;
        let saved = self
            .write_customers(&tx, customers, Revisions::Keep)
            .await?;
        for i in interactions {
            self.write_interaction(&tx, i, None).await?;
        }
        self.finish(tx, Touches::Customers).await?;
        self.remember(&saved, &[]);
        Ok(())
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        self.prepare_page_map(&ids.iter().collect::<Vec<_>>())
            .await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let (records, damaged) = self.take_customers(&tx, ids).await?;
        self.finish(tx, Touches::CustomersAndSales).await?;
        self.remember(&[], ids);
        // Unreadable entries went with the timeline: keep their bytes all the same.
        self.keep_deleted_damage(damaged).await?;
        Ok(records)
    }

    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        self.prepare_page_map(&[]).await?;
        let tx = self.tx(&EVERYTHING_OF_A_CUSTOMER, true)?;
        let saved = self.put_back(&tx, records).await?;
        self.finish(tx, Touches::CustomersAndSales).await?;
        self.remember(&saved, &[]);
        Ok(())
    }

    async fn merge_customers(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        self.merge_into(survivor, absorbed).await
    }

    async fn unmerge(&self, survivor: &Customer, records: &[CustomerRecord]) -> StoreResult<()> {
        self.unmerge_from(survivor, records).await
    }

    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        self.timeline_of(id).await
    }

    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction> {
        self.save_checked_interaction(interaction).await
    }

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        self.remove_interaction(customer, id).await
    }

    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        self.follow_ups_due(until).await
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

    async fn load_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        self.all_interactions(on_page).await
    }

    async fn replace_book(&self, content: &crate::backup::BookContent) -> StoreResult<()> {
        self.replace_all(content).await
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        let tx = self.tx(&[META], false)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let Some(v) = value_at(&meta, JsValue::from(SETTINGS_KEY)).await? else {
            return Ok(Settings::default());
        };
        drop(meta);
        drop(tx);
        let bytes = raw_bytes(&v);
        match or_damaged(decode(&self.env(), &bytes))? {
            Ok(settings) => Ok(settings),
            Err(e) => {
                // Kept, never overwritten unseen: the owner works from defaults meanwhile.
                let key = JsValue::from(SETTINGS_KEY);
                let damaged = Damaged::whole(META, key, StoredKind::Settings, bytes, e);
                self.set_aside_damaged(vec![damaged]).await?;
                Ok(Settings::default())
            }
        }
    }

    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings> {
        let tx = self.tx(&[META], true)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let stored = match value_at(&meta, JsValue::from(SETTINGS_KEY)).await? {
            Some(v) => decode::<Settings>(&self.env(), &bytes_of(v)?)?.revision,
            None => 0,
        };
        if stored != settings.revision {
            return Err(StoreError::Conflict {
                stored,
                expected: settings.revision,
            });
        }
        let mut saved = settings.clone();
        saved.revision = stored + 1;
        meta.put(to_js(&encode(&self.env(), &saved)))
            .with_key(SETTINGS_KEY)
            .primitive()
            .map_err(backend)?;
        drop(meta);
        self.finish(tx, Touches::Settings).await?;
        Ok(saved)
    }

    async fn generations(&self) -> StoreResult<Generations> {
        self.read_generations_now().await
    }

    async fn set_aside(&self) -> StoreResult<Vec<SetAside>> {
        self.list_set_aside().await
    }

    async fn clear_set_aside(&self) -> StoreResult<()> {
        self.clear_quarantine().await
    }

    async fn lock_record(&self) -> StoreResult<Option<crate::lock::LockRecord>> {
        self.read_lock_record().await
    }

    async fn save_lock_record(
        &self,
        expected: Option<&crate::lock::LockRecord>,
        record: Option<&crate::lock::LockRecord>,
    ) -> StoreResult<()> {
        self.write_lock_record(expected, record).await
    }

    fn use_envelope(&self, envelope: Envelope) {
        self.set_envelope(envelope);
    }

    async fn convert_step(&self) -> StoreResult<Converted> {
        self.convert_batch().await
    }

    async fn scan(
        &self,
        on_record: &mut dyn FnMut(&crate::gdpr::scan::ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        self.scan_stores(on_record).await
    }

    fn key_form(&self, id: &str) -> String {
        self.env().key_of(id).into_owned()
    }
}
