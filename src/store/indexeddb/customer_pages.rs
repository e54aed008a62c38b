//! Customers are stored in pages: up to `PAGE_SIZE` customers per IndexedDB record,
//! keyed by page number. IndexedDB's cost is per record, so reading the whole book is a
//! few hundred records instead of one per customer, and a bulk write fills whole pages.
//! Saving one customer rewrites its page (about 100 KB), in the same transaction that
//! checks its revision.
//!
//! Which page holds which customer is kept in memory (`PageMap`), rebuilt whenever the
//! whole book is read; a customer never moves page (an undo puts them back on the page
//! they left), so the map only misses customers another tab added since, and those are
//! looked for before anything is written.
//!
//! A page that cannot be read is salvaged while loading: readable customers stay on it,
//! the rest is set aside (`guard`), and the book opens.

use super::guard::{set_aside_record, Damaged};
use super::requests::{backend, bytes_of, raw_bytes, to_js, value_at};
use super::schema::CUSTOMER_PAGES;
use super::{IdbStore, PageRequest};
use crate::domain::{Customer, CustomerId};
use crate::lock::Envelope;
use crate::store::codec::{decode, encode, from_json, or_damaged};
use crate::store::{salvage_customer_page, StoreError, StoreResult, LOAD_PAGE};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use wasm_bindgen::JsValue;

pub const PAGE_SIZE: usize = 500;
/// Pages per read while loading the book: `LOAD_PAGE` customers at most.
const PAGES_PER_READ: u32 = (LOAD_PAGE / PAGE_SIZE) as u32;

#[derive(Default)]
pub struct PageMap {
    page_of: HashMap<CustomerId, u32>,
    loaded: bool,
    /// Where customers deleted in this tab were, so an undo puts them back there.
    left: HashMap<CustomerId, u32>,
}

/// How a write treats revisions.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Revisions {
    /// An edit: refused if the stored revision moved on; saved as revision + 1.
    Check,
    /// Bulk and undo: written as given.
    Keep,
}

impl IdbStore {
    /// Reads every page, a few at a time, requesting the next before decoding this one.
    pub(super) async fn load_pages(
        &self,
        on_page: &mut dyn FnMut(Vec<Customer>),
    ) -> StoreResult<usize> {
        let mut map = HashMap::new();
        let mut total = 0;
        let mut damaged = Vec::new();
        let mut pending = Some(self.request_pages(0)?);
        while let Some((tx, first, request)) = pending.take() {
            let values = request.await?;
            drop(tx);
            if values.len() == PAGES_PER_READ as usize {
                pending = Some(self.request_pages(first + PAGES_PER_READ)?);
            }
            let mut customers = Vec::with_capacity(LOAD_PAGE);
            let envelope = self.env();
            let stored: Vec<Vec<u8>> = values.iter().map(raw_bytes).collect();
            let opened = self.open_all(&stored).await;
            for (i, (bytes, plain)) in stored.iter().zip(opened).enumerate() {
                let number = first + i as u32;
                let page = read_or_salvage(&envelope, number, bytes, plain, &mut damaged)?;
                for c in &page {
                    map.insert(c.id.clone(), number);
                }
                customers.extend(page);
            }
            total += customers.len();
            if !customers.is_empty() {
                on_page(customers);
            }
        }
        {
            let mut pages = self.pages.borrow_mut();
            pages.page_of = map;
            pages.loaded = true;
        }
        self.set_aside_damaged(damaged).await?;
        Ok(total)
    }

    /// Pages are numbered densely from 0, so the next read starts at a known number.
    fn request_pages(&self, first: u32) -> StoreResult<(Transaction<'_>, u32, PageRequest)> {
        let tx = self.tx(&[CUSTOMER_PAGES], false)?;
        let store = tx.object_store(CUSTOMER_PAGES).map_err(backend)?;
        let pending = store
            .get_all::<JsValue>()
            .with_query::<JsValue, _>(KeyRange::Bound(
                JsValue::from(first),
                false,
                JsValue::from(first + PAGES_PER_READ),
                true,
            ))
            .primitive()
            .map_err(backend)?;
        drop(store);
        let future: PageRequest = Box::pin(async move {
            pending
                .await
                .map_err(backend)?
                .collect::<Result<_, _>>()
                .map_err(backend)
        });
        Ok((tx, first, future))
    }

    /// Makes sure the page map knows `ids`, rereading the book once if one is missing
    /// (another tab may have added it). Must run before the write transaction opens:
    /// a transaction left idle while other reads are awaited commits on its own.
    pub(super) async fn prepare_page_map(&self, ids: &[&CustomerId]) -> StoreResult<()> {
        let missing = {
            let map = self.pages.borrow();
            !map.loaded || ids.iter().any(|id| !map.page_of.contains_key(*id))
        };
        if missing {
            self.load_pages(&mut |_| {}).await?;
        }
        Ok(())
    }

    pub(super) fn page_of(&self, id: &CustomerId) -> Option<u32> {
        self.pages.borrow().page_of.get(id).copied()
    }

    pub(super) async fn read_page(
        &self,
        tx: &Transaction<'_>,
        page: u32,
    ) -> StoreResult<Vec<Customer>> {
        let store = tx.object_store(CUSTOMER_PAGES).map_err(backend)?;
        let v: Option<JsValue> = value_at(&store, JsValue::from(page)).await?;
        match v {
            Some(v) => decode(&self.env(), &bytes_of(v)?),
            None => Ok(Vec::new()),
        }
    }

    /// A page read on its own, opened once its transaction has ended (so WebCrypto can
    /// open it: see `web_crypto`).
    pub(super) async fn read_page_alone(&self, page: u32) -> StoreResult<Vec<Customer>> {
        let stored = {
            let tx = self.tx(&[CUSTOMER_PAGES], false)?;
            let store = tx.object_store(CUSTOMER_PAGES).map_err(backend)?;
            let value: Option<JsValue> = value_at(&store, JsValue::from(page)).await?;
            match value {
                Some(v) => bytes_of(v)?,
                None => return Ok(Vec::new()),
            }
        };
        let one = [stored];
        let plain = self
            .open_all(&one)
            .await
            .pop()
            .ok_or(StoreError::NotFound)??;
        from_json(&plain)
    }

    fn write_page(
        &self,
        tx: &Transaction<'_>,
        page: u32,
        customers: &[Customer],
    ) -> StoreResult<()> {
        let store = tx.object_store(CUSTOMER_PAGES).map_err(backend)?;
        store
            .put(to_js(&encode(&self.env(), &customers)))
            .with_key(page)
            .primitive()
            .map_err(backend)?;
        Ok(())
    }

    /// How many pages exist, read inside `tx` so pages another tab added count too.
    async fn page_count(&self, tx: &Transaction<'_>) -> StoreResult<u32> {
        super::requests::count_in(tx, CUSTOMER_PAGES).await
    }

    /// Writes customers inside `tx`: known ones on their page, new ones appended to the
    /// last page and then to fresh pages. Returns them as stored. The page map is
    /// updated by the caller once the transaction has committed (`remember`).
    pub(super) async fn write_customers(
        &self,
        tx: &Transaction<'_>,
        customers: &[Customer],
        revisions: Revisions,
    ) -> StoreResult<Vec<(Customer, u32)>> {
        let mut by_page: BTreeMap<u32, Vec<&Customer>> = BTreeMap::new();
        let mut new = Vec::new();
        {
            let map = self.pages.borrow();
            for c in customers {
                // An undo puts a customer back on the page they left.
                let page = map.page_of.get(&c.id).or_else(|| {
                    (revisions == Revisions::Keep)
                        .then(|| map.left.get(&c.id))
                        .flatten()
                });
                match page {
                    Some(p) => by_page.entry(*p).or_default().push(c),
                    None => new.push(c),
                }
            }
        }
        if revisions == Revisions::Check {
            // Not stored where this tab knows: new, unless it was deleted or is an edit.
            if new.iter().any(|c| c.revision > 0) {
                return Err(StoreError::Deleted);
            }
            self.refuse_deleted(tx, new.iter().map(|c| &c.id)).await?;
        }
        let mut saved = Vec::with_capacity(customers.len());
        for (page_no, changes) in by_page {
            let mut page = self.read_page(tx, page_no).await?;
            for c in changes {
                let mut c = c.clone();
                match page.iter().position(|p| p.id == c.id) {
                    Some(i) => {
                        if revisions == Revisions::Check {
                            let stored = page[i].revision;
                            if stored != c.revision {
                                return Err(StoreError::Conflict {
                                    stored,
                                    expected: c.revision,
                                });
                            }
                            c.revision = stored + 1;
                        }
                        page[i] = c.clone();
                    }
                    // Deleted meanwhile (in another tab): an edit must not bring them back.
                    None if revisions == Revisions::Check => return Err(StoreError::Deleted),
                    None => page.push(c.clone()),
                }
                saved.push((c, page_no));
            }
            self.write_page(tx, page_no, &page)?;
        }
        if !new.is_empty() {
            let count = self.page_count(tx).await?;
            let mut page_no = count.saturating_sub(1);
            let mut page = if count == 0 {
                Vec::new()
            } else {
                self.read_page(tx, page_no).await?
            };
            for c in new {
                if page.len() >= PAGE_SIZE {
                    self.write_page(tx, page_no, &page)?;
                    page_no += 1;
                    page = Vec::new();
                }
                let mut c = c.clone();
                if revisions == Revisions::Check {
                    c.revision = 0;
                }
                page.push(c.clone());
                saved.push((c, page_no));
            }
            self.write_page(tx, page_no, &page)?;
        }
        Ok(saved)
    }

    /// Removes customers from their pages inside `tx`; returns those that were there.
    /// An emptied page stays (empty) so page numbers remain dense.
    pub(super) async fn remove_customers(
        &self,
        tx: &Transaction<'_>,
        ids: &[CustomerId],
    ) -> StoreResult<Vec<Customer>> {
        let mut by_page: BTreeMap<u32, Vec<&CustomerId>> = BTreeMap::new();
        for id in ids {
            if let Some(p) = self.page_of(id) {
                by_page.entry(p).or_default().push(id);
            }
        }
        let mut removed = Vec::new();
        for (page_no, gone) in by_page {
            let mut page = self.read_page(tx, page_no).await?;
            let (out, keep): (Vec<_>, Vec<_>) = page.drain(..).partition(|c| gone.contains(&&c.id));
            removed.extend(out);
            self.write_page(tx, page_no, &keep)?;
        }
        Ok(removed)
    }

    pub(super) fn remember(&self, saved: &[(Customer, u32)], removed: &[CustomerId]) {
        let mut map = self.pages.borrow_mut();
        for (c, page) in saved {
            map.page_of.insert(c.id.clone(), *page);
            map.left.remove(&c.id);
        }
        for id in removed {
            if let Some(page) = map.page_of.remove(id) {
                map.left.insert(id.clone(), page);
            }
        }
    }

    /// Moves version 1-2 single-customer records into pages (the version 3 migration).
    pub(super) fn write_pages_from(
        &self,
        tx: &Transaction<'_>,
        customers: &[Customer],
    ) -> StoreResult<()> {
        for (i, chunk) in customers.chunks(PAGE_SIZE).enumerate() {
            self.write_page(tx, i as u32, chunk)?;
        }
        Ok(())
    }
}

/// A page's customers, or what can be saved of a damaged page (the rest noted in
/// `damaged`, to be set aside once the read is over). `Locked` if the page is sealed
/// and this tab holds no key: that is not damage.
fn read_or_salvage(
    envelope: &Envelope,
    number: u32,
    bytes: &[u8],
    plain: StoreResult<Cow<'_, [u8]>>,
    damaged: &mut Vec<Damaged>,
) -> StoreResult<Vec<Customer>> {
    let key = JsValue::from(number);
    let plain = match or_damaged(plain)? {
        Ok(plain) => plain,
        Err(e) => {
            // Set aside whole; an empty page keeps the numbers dense.
            let kind = crate::store::StoredKind::CustomerPage;
            let empty = encode(envelope, &Vec::<Customer>::new());
            let original = bytes.to_vec();
            damaged.push(Damaged::whole(CUSTOMER_PAGES, key, kind, original, e).replaced_by(empty));
            return Ok(Vec::new());
        }
    };
    let salvaged = salvage_customer_page(&plain);
    if salvaged.set_aside.is_empty() {
        return Ok(salvaged.customers);
    }
    damaged.push(Damaged {
        store: CUSTOMER_PAGES,
        replacement: Some(encode(envelope, &salvaged.customers)),
        records: salvaged
            .set_aside
            .into_iter()
            .map(|(kind, bytes, reason)| set_aside_record(&key, kind, bytes, reason))
            .collect(),
        original: bytes.to_vec(),
        key,
    });
    Ok(salvaged.customers)
}
