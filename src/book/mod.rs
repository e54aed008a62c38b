//! The application layer: every use case of the customer book (save, delete and undo a
//! customer, notes, sales, points, settings, bulk actions, catching up with other
//! tabs) as methods of `Book<S>`, generic over the `Store`. Each returns what changed
//! (`Changed`) so the UI only bumps its signals and tells other tabs.
//!
//! Architecture invariant: nothing here knows Leptos, the DOM or IndexedDB. The
//! browser hands in a `Host` (clock, timing marks, a way to let the page breathe);
//! native tests run every use case on `MemoryStore` (see `tests`).

pub mod backup;
mod bench;
mod consent;
mod customers;
pub mod dashboard;
mod demo;
pub mod exchange;
pub mod import;
pub mod import_purchases;
pub mod insights;
pub mod insights_clusters;
mod lock;
pub mod privacy;
mod quality;
pub mod reports;
pub mod retention;
mod sales;
pub mod segments;
mod settings;
pub mod tabs;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use demo::DemoOptions;
pub use lock::LockFollowed;
pub use quality::MergeUndo;
pub use sales::Loyalty;
pub use settings::set_aside_export;

use crate::analytics::CustomerSummary;
use crate::domain::interaction::InteractionProblem;
use crate::domain::purchase::PurchaseProblem;
use crate::domain::{Customer, CustomerId, FieldError, Purchase};
use crate::loyalty::rules::LoyaltyError;
use crate::sales::PurchaseTable;
use crate::search::Directory;
use crate::store::{Generations, Settings, Store, StoreError, StoreResult};
use chrono::NaiveDate;
use std::cell::{Cell, Ref, RefCell};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

/// What the book needs from where it runs.
pub trait Host {
    fn now_ms(&self) -> i64;
    /// Today in the shop's time zone.
    fn today(&self) -> NaiveDate;
    /// The shop's offset from UTC at a moment (minutes east), which calendar figures
    /// such as sales by month follow.
    fn utc_offset_minutes_at(&self, _at: i64) -> i32 {
        0
    }
    /// A precise clock for timing marks (milliseconds, any origin).
    fn precise_ms(&self) -> f64 {
        0.0
    }
    /// Records how long something took since `start` (the benchmark reads these).
    fn measure(&self, _name: &str, _start: f64) {}
    fn mark(&self, _name: &str, _detail: Option<&str>) {}
    /// The benchmark is running: publish the figures it checks against DuckDB's.
    fn benchmarking(&self) -> bool {
        false
    }
    /// Lets the page paint and handle input between slices of long work.
    fn pause(&self) -> Pin<Box<dyn Future<Output = ()>>> {
        Box::pin(std::future::ready(()))
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BookError {
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("interaction: {0:?}")]
    Interaction(Vec<InteractionProblem>),
    #[error("purchase: {0:?}")]
    Purchase(PurchaseProblem),
    #[error("loyalty: {0:?}")]
    Loyalty(LoyaltyError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Lock(#[from] crate::lock::LockError),
    #[error(transparent)]
    Backup(crate::backup::BackupError),
    #[error("segment: {0:?}")]
    Segment(segments::SegmentProblem),
    #[error("request: {0:?}")]
    Request(crate::gdpr::RequestProblem),
    #[error("consent: {0:?}")]
    Consent(crate::gdpr::consent::ConsentProblem),
    #[error("retention: {0:?}")]
    Retention(crate::gdpr::retention::RetentionProblem),
    #[error("import: {0:?}")]
    Import(crate::exchange::import::rows::MappingProblem),
    #[error("import of purchases: {0:?}")]
    ImportPurchases(crate::exchange::import::purchases::SaleMappingProblem),
    #[error("report: {0:?}")]
    Report(reports::ReportRefusal),
}

pub type BookResult<T> = Result<T, BookError>;

/// What a use case changed, for the screen and for other tabs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changed {
    /// Customers saved, restored or refreshed.
    pub customers: Vec<CustomerId>,
    /// Customers deleted.
    pub removed: Vec<CustomerId>,
    /// Purchases or ledgers.
    pub sales: bool,
    pub settings: bool,
    /// Records were set aside (the owner should be told).
    pub set_aside: bool,
    /// Too much changed to name: everything was reread.
    pub everything: bool,
}

impl Changed {
    pub fn is_empty(&self) -> bool {
        *self == Changed::default()
    }

    pub fn merge(&mut self, other: Changed) {
        self.customers.extend(other.customers);
        self.removed.extend(other.removed);
        self.sales |= other.sales;
        self.settings |= other.settings;
        self.set_aside |= other.set_aside;
        self.everything |= other.everything;
    }

    fn customers(ids: Vec<CustomerId>) -> Self {
        Self {
            customers: ids,
            ..Self::default()
        }
    }

    fn sales() -> Self {
        Self {
            sales: true,
            ..Self::default()
        }
    }
}

/// Every purchase as columns, with the figures kept beside them.
#[derive(Default)]
pub struct SalesView {
    pub table: PurchaseTable,
    /// Per customer (indexed like `table.customers()`): last purchase, count, spend.
    pub summaries: Vec<CustomerSummary>,
    /// Revenue per (year, month), minor units.
    pub revenue: BTreeMap<(i32, u32), i64>,
}

/// A change made to the in-memory directory or sales while a full reread was under
/// way: replayed on the fresh copy, so a reread never loses a save made meanwhile.
enum Replay {
    Upsert(Customer),
    Remove(CustomerId),
    /// A merge: the first's purchases became the second's.
    Move(CustomerId, CustomerId),
    Sale(Purchase),
    Replace(Purchase),
}

pub struct Book<S> {
    store: S,
    host: Box<dyn Host>,
    directory: RefCell<Directory>,
    sales: RefCell<SalesView>,
    settings: RefCell<Settings>,
    /// The store's generations as this tab last caught up with them.
    seen: Cell<Generations>,
    /// Changes to replay after a reread in progress (`None`: none in progress).
    replay_customers: RefCell<Option<Vec<Replay>>>,
    replay_sales: RefCell<Option<Vec<Replay>>>,
    set_aside_count: Cell<usize>,
    /// The data key and its id, once this tab has unlocked the book (or turned its
    /// lock on).
    held_key: RefCell<Option<(crate::lock::DataKey, u32)>>,
    /// Reads or bulk writes of sales under way: memory does not yet hold every sale.
    sales_busy: Cell<u32>,
    /// Feedback scores of the people who count in analytics, as of a customers
    /// generation (any timeline or customer write moves it): the dashboard reads every
    /// timeline only when it moved. When and how, never who.
    feedback: RefCell<Option<(u64, dashboard::Feedback)>>,
}

/// Counts a sales read or bulk write as under way until dropped (early returns too).
pub(crate) struct SalesBusy<'a>(&'a Cell<u32>);

impl<'a> SalesBusy<'a> {
    fn new(count: &'a Cell<u32>) -> SalesBusy<'a> {
        count.set(count.get() + 1);
        SalesBusy(count)
    }
}

impl Drop for SalesBusy<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

impl<S: Store> Book<S> {
    /// The shop's time zone, as the host reports it.
    pub(crate) fn zone(&self) -> HostZone<'_> {
        HostZone(&*self.host)
    }

    pub fn new(store: S, host: Box<dyn Host>) -> Self {
        Self {
            store,
            host,
            directory: RefCell::default(),
            sales: RefCell::default(),
            settings: RefCell::default(),
            seen: Cell::default(),
            replay_customers: RefCell::new(None),
            replay_sales: RefCell::new(None),
            set_aside_count: Cell::new(0),
            held_key: RefCell::new(None),
            sales_busy: Cell::new(0),
            feedback: RefCell::new(None),
        }
    }

    /// False while sales are being read or bulk written: figures worked out from memory
    /// now would miss some.
    pub fn sales_settled(&self) -> bool {
        self.sales_busy.get() == 0
    }

    pub(crate) fn sales_busy(&self) -> SalesBusy<'_> {
        SalesBusy::new(&self.sales_busy)
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn directory(&self) -> Ref<'_, Directory> {
        self.directory.borrow()
    }

    pub fn sales(&self) -> Ref<'_, SalesView> {
        self.sales.borrow()
    }

    pub fn settings(&self) -> Settings {
        self.settings.borrow().clone()
    }

    /// Records set aside because they could not be read, as last counted.
    pub fn set_aside_count(&self) -> usize {
        self.set_aside_count.get()
    }

    /// Opens the book: settings, then every customer (`progress` is told how many so
    /// far). Sales load separately (`load_sales`) so the list can show first.
    pub async fn open(&self, progress: &mut dyn FnMut(usize)) -> BookResult<Changed> {
        let generations = self.store.generations().await?;
        *self.settings.borrow_mut() = self.store.load_settings().await?;
        self.reload_customers(progress).await?;
        self.seen.set(Generations {
            sales: self.seen.get().sales,
            ..generations
        });
        let mut changed = Changed {
            everything: true,
            ..Changed::default()
        };
        changed.set_aside = self.count_set_aside().await? > 0;
        Ok(changed)
    }

    /// Reads every customer into a fresh directory, page by page.
    pub async fn reload_customers(&self, progress: &mut dyn FnMut(usize)) -> StoreResult<()> {
        *self.replay_customers.borrow_mut() = Some(Vec::new());
        let mut fresh = Directory::default();
        let mut seen = 0;
        let started = self.host.precise_ms();
        let host = &self.host;
        let loaded = self
            .store
            .load_customers(&mut |page| {
                seen += page.len();
                let indexing = host.precise_ms();
                fresh.extend_unranked(&page);
                host.measure("karibu:index-page", indexing);
                progress(seen);
            })
            .await;
        let replay = self
            .replay_customers
            .borrow_mut()
            .take()
            .unwrap_or_default();
        loaded?;
        let ranking = self.host.precise_ms();
        fresh.finish_load();
        self.host.measure("karibu:rank", ranking);
        // Reading, decoding and indexing every customer: the benchmark's read row.
        self.host.measure("karibu:load-customers", started);
        for change in replay {
            match change {
                Replay::Upsert(c) => fresh.upsert(&c),
                Replay::Remove(id) => fresh.remove(&id),
                _ => {}
            }
        }
        *self.directory.borrow_mut() = fresh;
        Ok(())
    }

    /// Applies a change to the directory (and remembers it if a reread is under way).
    fn directory_upsert(&self, customers: &[Customer]) {
        let mut d = self.directory.borrow_mut();
        customers.iter().for_each(|c| d.upsert(c));
        if let Some(replay) = self.replay_customers.borrow_mut().as_mut() {
            replay.extend(customers.iter().cloned().map(Replay::Upsert));
        }
    }

    fn directory_remove(&self, ids: &[CustomerId]) {
        let mut d = self.directory.borrow_mut();
        ids.iter().for_each(|id| d.remove(id));
        if let Some(replay) = self.replay_customers.borrow_mut().as_mut() {
            replay.extend(ids.iter().cloned().map(Replay::Remove));
        }
    }

    /// Notes a write this tab made, so catching up does not reread it.
    fn wrote(&self, customers: bool, sales: bool, settings: bool) {
        let mut g = self.seen.get();
        g.customers += u64::from(customers);
        g.sales += u64::from(sales);
        g.settings += u64::from(settings);
        self.seen.set(g);
    }

    /// A write's result. If it was refused because another tab deleted some of `ids`,
    /// this tab forgets them too, so what it shows matches the store.
    pub(super) async fn checked<T>(
        &self,
        ids: &[CustomerId],
        result: StoreResult<T>,
    ) -> BookResult<T> {
        match result {
            Err(StoreError::Deleted) => {
                let mut gone = Vec::new();
                for id in ids {
                    if matches!(self.store.get_customer(id).await, Ok(None)) {
                        gone.push(id.clone());
                    }
                }
                self.forget_customers(&gone);
                Err(StoreError::Deleted.into())
            }
            other => Ok(other?),
        }
    }

    /// Counts the set-aside records again: reads that found damage have added some.
    pub(super) async fn count_set_aside(&self) -> StoreResult<usize> {
        let n = self.store.set_aside().await?.len();
        self.set_aside_count.set(n);
        Ok(n)
    }

    /// Rereads whatever other tabs changed since this one last looked (a tab that was
    /// frozen or asleep missed their messages). Cheap when nothing changed: one read.
    pub async fn catch_up(&self) -> BookResult<Changed> {
        let now = self.store.generations().await?;
        let seen = self.seen.get();
        let mut changed = Changed::default();
        if now.settings != seen.settings {
            *self.settings.borrow_mut() = self.store.load_settings().await?;
            changed.settings = true;
        }
        if now.customers != seen.customers {
            self.reload_customers(&mut |_| {}).await?;
            changed.everything = true;
        }
        if now.sales != seen.sales {
            self.load_sales().await?;
            changed.sales = true;
        }
        self.seen.set(now);
        let before = self.set_aside_count.get();
        changed.set_aside = self.count_set_aside().await? != before;
        Ok(changed)
    }
}

/// The host's clock seen as the shop's time zone.
pub(crate) struct HostZone<'a>(&'a dyn Host);

impl crate::domain::time::ShopZone for HostZone<'_> {
    fn offset_minutes_at(&self, at: i64) -> i32 {
        self.0.utc_offset_minutes_at(at)
    }
}
