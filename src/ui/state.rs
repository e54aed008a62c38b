//! The app's shared state: signals for the screen and the `Book` (the application
//! layer, `crate::book`) the components call. Nothing here decides anything: each
//! operation calls one use case and then `apply`s what it changed (signals bumped,
//! other tabs told).

use super::platform::{self, TabChannel};
use crate::book::tabs::TabMessage;
use crate::book::{Book, BookError, Changed, Host, MergeUndo, SalesView};
use crate::domain::{
    Customer, CustomerDraft, CustomerId, FieldError, Interaction, InteractionDraft,
};
use crate::i18n::Lang;
use crate::lock::{LockRecord, LockState};
use crate::search::Directory;
use crate::store::indexeddb::{IdbStore, OpenEvents, DB_NAME, SCHEMA_VERSION};
use crate::store::{Converted, CustomerRecord, Settings, StoreError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

pub type AppBook = Book<IdbStore>;

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    Opening,
    /// The book has an app lock: the unlock screen waits for the passphrase.
    Locked,
    /// The upgrade waits for another tab, still on the old version, to let go.
    Blocked,
    Loading(usize),
    Ready,
    Failed(StoreError),
    /// A newer Karibu took the database over; this tab let go and must reload.
    Superseded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub text: String,
    pub undo: Option<Undo>,
}

/// What a toast's Undo button takes back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    Delete(Vec<CustomerRecord>),
    Merge(MergeUndo),
}

pub enum SaveError {
    Invalid(Vec<FieldError>),
    Store(StoreError),
}

impl From<BookError> for SaveError {
    fn from(e: BookError) -> Self {
        match e {
            BookError::Invalid(list) => SaveError::Invalid(list),
            BookError::Store(e) => SaveError::Store(e),
            other => SaveError::Store(StoreError::Backend(other.to_string())),
        }
    }
}

/// The browser as the book's host: clock, timing marks, yielding to the page.
struct BrowserHost;

impl Host for BrowserHost {
    fn now_ms(&self) -> i64 {
        platform::now_ms()
    }
    fn today(&self) -> chrono::NaiveDate {
        platform::today()
    }
    fn utc_offset_minutes_at(&self, at: i64) -> i32 {
        platform::utc_offset_minutes_at(at)
    }
    fn precise_ms(&self) -> f64 {
        platform::performance_now()
    }
    fn measure(&self, name: &str, start: f64) {
        platform::measure_since(name, start)
    }
    fn mark(&self, name: &str, detail: Option<&str>) {
        match detail {
            Some(d) => platform::mark_detail(name, d),
            None => platform::mark(name),
        }
    }
    fn benchmarking(&self) -> bool {
        platform::query_param("bench").is_some()
    }
    fn pause(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
        Box::pin(platform::yield_to_browser())
    }
}

/// Segment facts and what they were worked out for: the directory and sales versions,
/// the settings revision and the day.
pub(super) type FactsFor = ((u64, u64, u32, i32), super::segments_state::SharedFacts);

#[derive(Clone, Copy)]
pub struct AppState {
    book: StoredValue<Option<Rc<AppBook>>, LocalStorage>,
    tabs: StoredValue<Option<Rc<TabChannel>>, LocalStorage>,
    pub phase: RwSignal<Phase>,
    /// Bumped whenever the directory changes, so views that read it re-run.
    pub directory_version: RwSignal<u64>,
    pub settings: RwSignal<Settings>,
    pub lang: Memo<Lang>,
    pub online: RwSignal<bool>,
    pub persisted: RwSignal<Option<bool>>,
    pub toast: RwSignal<Option<Toast>>,
    /// Bumped whenever sales or ledgers change.
    pub sales_version: RwSignal<u64>,
    pub sales_ready: RwSignal<bool>,
    /// Damaged records set aside so the book could open.
    pub set_aside: RwSignal<usize>,
    /// The app lock as last read (`None`: no lock).
    pub lock: RwSignal<Option<LockRecord>>,
    /// Turning the lock on or off, as far as it has got.
    pub converting: RwSignal<Option<(LockState, Converted)>>,
    /// When a backup was last written on this device.
    pub last_backup: RwSignal<Option<i64>>,
    /// The last insights worked out, with the sales version and RFM choices they are for.
    pub(super) insights_cache:
        StoredValue<Option<super::insights_state::InsightsFor>, LocalStorage>,
    /// The last segment facts, with the (directory, sales) versions they are for.
    pub(super) segment_facts_cache: StoredValue<Option<FactsFor>, LocalStorage>,
}

impl AppState {
    pub fn new() -> Self {
        let settings = RwSignal::new(Settings::default());
        let phase = RwSignal::new(Phase::Opening);
        let browser = platform::browser_languages();
        // Until the stored settings are read (or if they cannot be), the language last
        // chosen on this device: the first screen is already in it.
        let remembered = platform::remembered_language();
        let lang = Memo::new(move |_| {
            let chosen = if phase.with(|p| *p == Phase::Ready) {
                settings.with(|s| s.language.clone())
            } else {
                remembered.clone()
            };
            chosen
                .as_deref()
                .and_then(Lang::from_code)
                .unwrap_or_else(|| Lang::from_browser(browser.iter().map(String::as_str)))
        });
        Self {
            book: StoredValue::new_local(None),
            tabs: StoredValue::new_local(None),
            phase,
            directory_version: RwSignal::new(0),
            settings,
            lang,
            online: RwSignal::new(platform::is_online()),
            persisted: RwSignal::new(None),
            toast: RwSignal::new(None),
            sales_version: RwSignal::new(0),
            sales_ready: RwSignal::new(false),
            set_aside: RwSignal::new(0),
            lock: RwSignal::new(None),
            converting: RwSignal::new(None),
            last_backup: RwSignal::new(platform::last_backup_ms()),
            insights_cache: StoredValue::new_local(None),
            segment_facts_cache: StoredValue::new_local(None),
        }
    }

    pub fn book(&self) -> Option<Rc<AppBook>> {
        self.book.get_value()
    }

    /// The book, or an error saying it is closed (a newer version took over).
    pub(super) fn open_book(&self) -> Result<Rc<AppBook>, StoreError> {
        self.book().ok_or(StoreError::Superseded)
    }

    /// Reads the in-memory directory (an empty one before the book is open).
    pub fn with_directory<T>(&self, f: impl FnOnce(&Directory) -> T) -> T {
        match self.book() {
            Some(b) => f(&b.directory()),
            None => f(&Directory::default()),
        }
    }

    pub fn with_sales<T>(&self, f: impl FnOnce(&SalesView) -> T) -> T {
        match self.book() {
            Some(b) => f(&b.sales()),
            None => f(&SalesView::default()),
        }
    }

    /// Opens the database and listens to other tabs; then loads the book, or waits for
    /// the passphrase if it has an app lock.
    pub async fn start(self) {
        let this = self;
        let tabs = TabChannel::open(move |text| this.on_tab_message(TabMessage::decode(&text)));
        tabs.send(
            &TabMessage::Opening {
                schema: SCHEMA_VERSION,
            }
            .encode(),
        );
        self.tabs.set_value(Some(Rc::new(tabs)));
        platform::on_connectivity_change(move |online| this.online.set(online));
        // A tab that was frozen or asleep missed messages: it catches up on return (a
        // task of its own: no page waits on it, and what it changes bumps the versions).
        platform::on_return(move || {
            // Back from sleep: lock first if the time is up (or another tab locked).
            if !this.lock_if_idle() && this.phase.get_untracked() == Phase::Ready {
                spawn_local(async move { this.catch_up().await });
            }
        });

        let phase = self.phase;
        let events = OpenEvents {
            on_blocked: Some(Box::new(move || phase.set(Phase::Blocked))),
            on_superseded: Some(Box::new(move || this.superseded())),
        };
        let store = match IdbStore::open_with_events(DB_NAME, events).await {
            Ok(s) => s,
            Err(StoreError::Superseded) => return self.superseded(),
            Err(e) => return self.phase.set(Phase::Failed(e)),
        };
        let book = Rc::new(Book::new(store, Box::new(BrowserHost)));
        self.book.set_value(Some(book.clone()));
        super::lock_watch::watch_idle(move || this.lock_if_idle());
        match book.lock_record().await {
            // The unlock screen takes over; `unlock` carries on with `load`.
            Ok(Some(record)) => return self.wait_for_unlock(book, record),
            Ok(None) => {}
            Err(e) => return self.phase.set(Phase::Failed(book_store_error(e))),
        }
        self.load(book).await
    }

    /// Reads settings and the whole directory, then sales, then (if asked with
    /// `?demo=N` on an empty book) adds demo customers.
    pub(super) async fn load(self, book: Rc<AppBook>) {
        let this = self;
        let phase = self.phase;
        let opened = book.open(&mut |n| phase.set(Phase::Loading(n))).await;
        match opened {
            Ok(changed) => self.apply(&changed, false),
            Err(BookError::Store(StoreError::Superseded)) => return self.superseded(),
            Err(e) => return self.phase.set(Phase::Failed(book_store_error(e))),
        }
        // A new book's programme takes the owner's language ("Dhahabu", not "Gold"),
        // before any page shows it.
        let names = self.lang.get_untracked().starting_names();
        match book.name_starting_programme(&names).await {
            Ok(changed) => self.apply(&changed, false),
            Err(e) => self.tell_failure(&e),
        }
        self.phase.set(Phase::Ready);
        platform::mark("karibu:list-ready");
        // A lock left half on or off by a closed tab carries on behind the open book.
        if self
            .lock
            .with_untracked(|l| l.as_ref().is_some_and(|r| r.state != LockState::On))
        {
            spawn_local(async move {
                this.told(this.finish_conversion().await);
            });
        }
        // Asked beside the sales loading, not before it: the browser may take its time.
        spawn_local(async move { this.persisted.set(platform::persistent_storage(true).await) });
        // The list is usable now; sales load behind it, letting the page breathe.
        platform::yield_to_browser().await;
        if let Err(e) = self.reload_sales().await {
            return self.phase.set(Phase::Failed(e));
        }
        self.sales_ready.set(true);
        platform::mark_memory();
        self.run_due_retention().await;

        let demo = platform::query_param("demo").and_then(|n| n.parse::<usize>().ok());
        if let Some(n) = demo.filter(|_| self.with_directory(Directory::is_empty)) {
            if let Err(e) = self.load_demo(n, |_| {}).await {
                self.tell_failure(&e);
            }
        }
    }

    fn superseded(self) {
        self.book.set_value(None);
        self.phase.set(Phase::Superseded);
    }

    fn on_tab_message(self, message: TabMessage) {
        if self.on_lock_message(&message) {
            return;
        }
        if let TabMessage::Opening { schema } = message {
            if schema > SCHEMA_VERSION {
                // The database's versionchange closes us too; this covers a newer tab
                // that has not reached the upgrade yet.
                self.superseded();
            }
            return;
        }
        if self.phase.get_untracked() != Phase::Ready {
            return;
        }
        let Some(book) = self.book() else { return };
        if message == TabMessage::BookReplaced {
            // A backup was restored: an undo offered before it would bring back what
            // the restored book does not hold.
            self.toast.update(|t| {
                if t.as_ref().is_some_and(|t| t.undo.is_some()) {
                    *t = None;
                }
            });
        }
        // Another tab's news arrives in a BroadcastChannel listener: a background task.
        spawn_local(async move {
            match book.on_tab_message(&message).await {
                Ok(changed) => self.apply(&changed, false),
                Err(e) => self.tell_failure(&e),
            }
        });
    }

    async fn catch_up(self) {
        let Some(book) = self.book() else { return };
        match book.catch_up().await {
            Ok(changed) => self.apply(&changed, false),
            Err(e) => self.tell_failure(&e),
        }
    }

    /// Sends `message` to the book's other tabs.
    pub(super) fn tell_tabs(&self, message: &TabMessage) {
        if let Some(t) = self.tabs.get_value() {
            t.send(&message.encode());
        }
    }

    /// Shows what a use case changed, and (`tell`) lets other tabs know.
    pub(super) fn apply(&self, changed: &Changed, tell: bool) {
        if changed.is_empty() {
            return;
        }
        let book = self.book();
        if changed.everything || !changed.customers.is_empty() || !changed.removed.is_empty() {
            self.directory_version.update(|v| *v += 1);
        }
        if changed.sales || changed.everything {
            self.sales_version.update(|v| *v += 1);
        }
        if let Some(book) = &book {
            if changed.settings || changed.everything {
                self.settings.set(book.settings());
            }
            self.set_aside.set(book.set_aside_count());
        }
        if tell {
            changed
                .tab_messages()
                .iter()
                .for_each(|m| self.tell_tabs(m));
        }
    }

    /// Passes `result` on. A refusal because another tab deleted the customer has made
    /// the book forget them: redraw what shows customers and sales.
    pub(super) fn noticed<T>(&self, result: Result<T, BookError>) -> Result<T, BookError> {
        if let Err(BookError::Store(StoreError::Deleted)) = &result {
            self.directory_version.update(|v| *v += 1);
            self.sales_version.update(|v| *v += 1);
        }
        result
    }

    /// A failure nobody asked about (in the background) still gets told.
    pub fn tell_failure(&self, e: &BookError) {
        if matches!(e, BookError::Store(StoreError::Superseded)) {
            return self.superseded();
        }
        self.lock_changed_elsewhere(e);
        let lang = self.lang.get_untracked();
        self.toast.set(Some(Toast {
            text: crate::i18n::book_error_text(lang, e),
            undo: None,
        }));
    }

    /// Tells the owner something went as asked (in a toast, read out politely).
    pub fn say(&self, msg: crate::i18n::Msg) {
        let text = self.lang.get_untracked().t(msg);
        self.toast.set(Some(Toast { text, undo: None }));
    }

    /// The value of a load, or `None` once the owner is told why it failed: the page
    /// keeps showing what it had.
    pub fn told<T>(&self, result: Result<T, BookError>) -> Option<T> {
        result.map_err(|e| self.tell_failure(&e)).ok()
    }

    /// A customer's timeline, newest first; damaged entries found are counted.
    pub async fn timeline(&self, id: &CustomerId) -> Result<Vec<Interaction>, BookError> {
        let book = self.open_book()?;
        let timeline = book.timeline(id).await;
        self.set_aside.set(book.set_aside_count());
        timeline
    }

    /// Open follow-ups due by `until`; damaged entries found are counted.
    pub async fn follow_ups_until(
        &self,
        until: chrono::NaiveDate,
    ) -> Result<Vec<Interaction>, BookError> {
        let book = self.open_book()?;
        let due = book.follow_ups_until(until).await;
        self.set_aside.set(book.set_aside_count());
        due
    }

    pub async fn customer(&self, id: &CustomerId) -> Result<Option<Customer>, BookError> {
        self.open_book()?.customer(id).await
    }

    /// Validates and saves a new customer (`existing` = None) or an edit.
    pub async fn save_customer(
        &self,
        draft: &CustomerDraft,
        existing: Option<&Customer>,
    ) -> Result<Customer, SaveError> {
        let book = self.open_book().map_err(SaveError::Store)?;
        let (saved, changed) = self.noticed(book.save_customer(draft, existing).await)?;
        self.apply(&changed, true);
        Ok(saved)
    }

    /// Deletes customers with their timelines and offers an undo.
    pub async fn delete_customers(&self, ids: Vec<CustomerId>) -> Result<(), BookError> {
        let book = self.open_book()?;
        let (removed, changed) = book.delete_customers(&ids).await?;
        self.apply(&changed, true);
        let lang = self.lang.get_untracked();
        let n = lang.number(removed.len());
        self.toast.set(Some(Toast {
            text: lang.tf(crate::i18n::Msg::DeletedCount, &[("n", &n)]),
            undo: Some(Undo::Delete(removed)),
        }));
        Ok(())
    }

    /// Takes back a delete or a merge. If that fails, says why and keeps the Undo
    /// button, so the owner can try again (after freeing space, say).
    pub async fn undo(&self, undo: Undo) {
        let undone = match (self.open_book(), &undo) {
            (Ok(book), Undo::Delete(records)) => book.undo_delete(records).await,
            (Ok(book), Undo::Merge(merge)) => book.undo_merge(merge).await,
            (Err(e), _) => Err(e.into()),
        };
        match undone {
            Ok(changed) => {
                self.apply(&changed, true);
                self.toast.set(None);
            }
            Err(BookError::Store(StoreError::Superseded)) => self.superseded(),
            Err(e) => self.toast.set(Some(Toast {
                text: crate::i18n::book_error_text(self.lang.get_untracked(), &e),
                undo: Some(undo),
            })),
        }
    }

    /// Adds `tag` to each customer, all in one transaction.
    pub async fn add_tag(&self, ids: &[CustomerId], tag: &str) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.add_tag(ids, tag).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn remove_tag(&self, ids: &[CustomerId], tag: &str) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.remove_tag(ids, tag).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Sets one field for every customer in `ids`; says how many changed.
    pub async fn set_field(
        &self,
        ids: &[CustomerId],
        field: &crate::domain::bulk::BulkField,
        typed: &str,
    ) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.set_field(ids, field, typed).await)?;
        self.apply(&changed, true);
        let lang = self.lang.get_untracked();
        let text = lang.tf(
            crate::i18n::Msg::BulkSetDone,
            &[("n", &changed.customers.len())],
        );
        self.toast.set(Some(Toast { text, undo: None }));
        Ok(())
    }

    pub async fn add_interaction(
        &self,
        customer: &CustomerId,
        draft: &InteractionDraft,
    ) -> Result<Interaction, BookError> {
        let (saved, changed) =
            self.noticed(self.open_book()?.add_interaction(customer, draft).await)?;
        self.apply(&changed, true);
        Ok(saved)
    }

    /// Marks a follow-up done; it leaves the Today list and stays on the timeline.
    pub async fn complete_follow_up(&self, interaction: Interaction) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.complete_follow_up(&interaction).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Changes the settings by `change` (merged with any made in another tab).
    pub async fn update_settings(
        &self,
        change: impl Fn(&mut Settings) + 'static,
    ) -> Result<(), BookError> {
        let changed = self.open_book()?.update_settings(change).await?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Exports the set-aside records as a file, for the owner to keep.
    pub async fn export_set_aside(&self) -> Result<(), BookError> {
        let records = self.open_book()?.set_aside().await?;
        platform::download(
            "karibu-set-aside.json",
            "application/json",
            &crate::book::set_aside_export(&records),
        );
        Ok(())
    }

    pub async fn discard_set_aside(&self) -> Result<(), BookError> {
        let changed = self.open_book()?.discard_set_aside().await?;
        self.apply(&changed, false);
        Ok(())
    }
}

/// A book error on opening, as the storage failure it is.
fn book_store_error(e: BookError) -> StoreError {
    match e {
        BookError::Store(e) => e,
        other => StoreError::Backend(other.to_string()),
    }
}
