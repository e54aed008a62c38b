//! The real store: IndexedDB in the browser. The only code that touches
//! `indexed_db_futures`.
//!
//! Every public call is one transaction, so it either happens whole or not at all; bulk
//! writes put a whole batch in one transaction because IndexedDB's cost is per
//! transaction, not per record.

mod keys;
mod schema;

pub use schema::{DB_NAME, SCHEMA_VERSION};

use super::codec::{decode, due_text, encode, follow_up_key};
use super::{CustomerRecord, Settings, Store, StoreError, StoreResult, LOAD_PAGE};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId};
use chrono::NaiveDate;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use indexed_db_futures::KeyRange;
use js_sys::Uint8Array;
use keys::{customer_timeline, follow_ups_until, key2, key3};
use schema::{CUSTOMERS, FOLLOW_UPS, INTERACTIONS, META};
use wasm_bindgen::{JsCast, JsValue};

type PageRequest = std::pin::Pin<Box<dyn std::future::Future<Output = StoreResult<Vec<JsValue>>>>>;

const SETTINGS_KEY: &str = "settings";
const DATA_VERSION_KEY: &str = "data_version";

pub struct IdbStore {
    db: Database,
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    let text = e.to_string();
    if text.contains("QuotaExceeded") {
        StoreError::QuotaExceeded(text)
    } else {
        StoreError::Backend(text)
    }
}

fn bytes_of(v: JsValue) -> StoreResult<Vec<u8>> {
    v.dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .map_err(|_| StoreError::Corrupt("a stored value is not a byte array".into()))
}

fn to_js(bytes: &[u8]) -> JsValue {
    Uint8Array::from(bytes).into()
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
                schema::upgrade(&db, old, version).map_err(Into::into)
            })
            .await
            .map_err(backend)?;
        let store = Self { db };
        store.migrate_data(version).await?;
        Ok(store)
    }

    /// Starts reading the page of customers after key `after`; the request is under way
    /// when this returns, in its own read-only transaction.
    fn request_customer_page(
        &self,
        after: Option<&str>,
    ) -> StoreResult<(Transaction<'_>, PageRequest)> {
        let tx = self.tx(&[CUSTOMERS], false)?;
        let store = tx.object_store(CUSTOMERS).map_err(backend)?;
        let request = store.get_all::<JsValue>().with_limit(LOAD_PAGE as u32);
        let future: PageRequest = match after {
            Some(last) => {
                let pending = request
                    .with_query::<JsValue, _>(KeyRange::LowerBound(JsValue::from_str(last), true))
                    .primitive()
                    .map_err(backend)?;
                Box::pin(async move {
                    pending
                        .await
                        .map_err(backend)?
                        .collect::<Result<_, _>>()
                        .map_err(backend)
                })
            }
            None => {
                let pending = request.primitive().map_err(backend)?;
                Box::pin(async move {
                    pending
                        .await
                        .map_err(backend)?
                        .collect::<Result<_, _>>()
                        .map_err(backend)
                })
            }
        };
        drop(store);
        Ok((tx, future))
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
        if version < 2 {
            return Ok(());
        }
        let tx = self.tx(&[INTERACTIONS, FOLLOW_UPS, META], true)?;
        let meta = tx.object_store(META).map_err(backend)?;
        let done: Option<JsValue> = meta
            .get(DATA_VERSION_KEY)
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?;
        if done.and_then(|v| v.as_f64()).unwrap_or(1.0) >= 2.0 {
            return Ok(());
        }
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let all: Vec<JsValue> = interactions
            .get_all::<JsValue>()
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?
            .collect::<Result<_, _>>()
            .map_err(backend)?;
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
        meta.put(JsValue::from_f64(2.0))
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
        let values: Vec<JsValue> = store
            .get_all::<JsValue>()
            .with_query::<JsValue, _>(customer_timeline(&id.0))
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?
            .collect::<Result<_, _>>()
            .map_err(backend)?;
        let mut items = values
            .into_iter()
            .map(|v| decode::<Interaction>(&bytes_of(v)?))
            .collect::<StoreResult<Vec<_>>>()?;
        items.sort_by(|a, b| b.at_ms.cmp(&a.at_ms));
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
            let old: Option<JsValue> = interactions
                .get(key.clone())
                .primitive()
                .map_err(backend)?
                .await
                .map_err(backend)?;
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
        // Pipelined: the next page is requested before this one is decoded, so the
        // browser reads from disk while wasm decodes.
        let mut total = 0;
        let mut pending = Some(self.request_customer_page(None)?);
        while let Some((tx, request)) = pending.take() {
            let values = request.await?;
            drop(tx);
            if values.len() == LOAD_PAGE {
                let last: Customer = decode(&bytes_of(values[LOAD_PAGE - 1].clone())?)?;
                pending = Some(self.request_customer_page(Some(&last.id.0))?);
            }
            let page = values
                .into_iter()
                .map(|v| decode::<Customer>(&bytes_of(v)?))
                .collect::<StoreResult<Vec<_>>>()?;
            total += page.len();
            if !page.is_empty() {
                on_page(page);
            }
        }
        Ok(total)
    }

    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>> {
        let tx = self.tx(&[CUSTOMERS], false)?;
        let store = tx.object_store(CUSTOMERS).map_err(backend)?;
        let v: Option<JsValue> = store
            .get(id.as_str())
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?;
        v.map(|v| decode(&bytes_of(v)?)).transpose()
    }

    async fn save_customer(&self, customer: &Customer) -> StoreResult<Customer> {
        let tx = self.tx(&[CUSTOMERS], true)?;
        let store = tx.object_store(CUSTOMERS).map_err(backend)?;
        let old: Option<JsValue> = store
            .get(customer.id.as_str())
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?;
        let stored = match old {
            Some(v) => Some(decode::<Customer>(&bytes_of(v)?)?.revision),
            None => None,
        };
        if let Some(stored) = stored.filter(|s| *s != customer.revision) {
            return Err(StoreError::Conflict {
                stored,
                expected: customer.revision,
            });
        }
        let mut saved = customer.clone();
        saved.revision = stored.map_or(0, |s| s + 1);
        store
            .put(to_js(&encode(&saved)))
            .with_key(saved.id.as_str())
            .primitive()
            .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        Ok(saved)
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        let tx = self.tx(&[CUSTOMERS, INTERACTIONS, FOLLOW_UPS], true)?;
        let store = tx.object_store(CUSTOMERS).map_err(backend)?;
        for c in customers {
            store
                .put(to_js(&encode(c)))
                .with_key(c.id.as_str())
                .primitive()
                .map_err(backend)?;
        }
        for i in interactions {
            self.write_interaction(&tx, i, false).await?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        let tx = self.tx(&[CUSTOMERS, INTERACTIONS, FOLLOW_UPS], true)?;
        let customers = tx.object_store(CUSTOMERS).map_err(backend)?;
        let interactions = tx.object_store(INTERACTIONS).map_err(backend)?;
        let follow_ups = tx.object_store(FOLLOW_UPS).map_err(backend)?;
        let mut removed = Vec::new();
        for id in ids {
            let v: Option<JsValue> = customers
                .get(id.as_str())
                .primitive()
                .map_err(backend)?
                .await
                .map_err(backend)?;
            let Some(v) = v else { continue };
            let customer: Customer = decode(&bytes_of(v)?)?;
            let timeline = self.read_timeline(&tx, id).await?;
            for i in &timeline {
                if let Some(k) = follow_up_key(i) {
                    follow_ups.delete(key3(&k)).primitive().map_err(backend)?;
                }
            }
            interactions
                .delete::<JsValue, _>(customer_timeline(&id.0))
                .primitive()
                .map_err(backend)?;
            customers.delete(id.as_str()).primitive().map_err(backend)?;
            removed.push(CustomerRecord { customer, timeline });
        }
        tx.commit().await.map_err(backend)?;
        Ok(removed)
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
        let old: Option<JsValue> = interactions
            .get(key.clone())
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?;
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
            let v: Option<JsValue> = interactions
                .get(JsValue::from(key))
                .primitive()
                .map_err(backend)?
                .await
                .map_err(backend)?;
            if let Some(v) = v {
                out.push(decode(&bytes_of(v)?)?);
            }
        }
        Ok(out)
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        let tx = self.tx(&[META], false)?;
        let v: Option<JsValue> = tx
            .object_store(META)
            .map_err(backend)?
            .get(SETTINGS_KEY)
            .primitive()
            .map_err(backend)?
            .await
            .map_err(backend)?;
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
