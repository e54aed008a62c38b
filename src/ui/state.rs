//! The app's shared state and the operations components call. Components draw; these
//! functions move data between the store, the in-memory directory and the screen.
//! The rules themselves live in `domain`.

use super::platform::{self, TabChannel};
use crate::analytics::CustomerSummary;
use crate::domain::draft::Rules;
use crate::domain::{Customer, CustomerDraft, CustomerId, FieldError, Interaction};
use crate::i18n::Lang;
use crate::sales::PurchaseTable;
use crate::search::Directory;
use crate::store::indexeddb::{IdbStore, DB_NAME, SCHEMA_VERSION};
use crate::store::{CustomerRecord, Settings, Store, StoreError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    Opening,
    /// The upgrade waits for another tab, still on the old version, to let go.
    Blocked,
    Loading(usize),
    Ready,
    Failed(StoreError),
    /// A newer Karibu opened in another tab; this one let go of the database.
    Superseded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub text: String,
    pub undo: Option<Vec<CustomerRecord>>,
}

pub enum SaveError {
    Invalid(Vec<FieldError>),
    Store(StoreError),
}

#[derive(Clone, Copy)]
pub struct AppState {
    store: StoredValue<Option<Rc<IdbStore>>, LocalStorage>,
    tabs: StoredValue<Option<Rc<TabChannel>>, LocalStorage>,
    pub phase: RwSignal<Phase>,
    pub directory: StoredValue<Directory>,
    /// Bumped whenever `directory` changes, so views that read it re-run.
    pub directory_version: RwSignal<u64>,
    pub settings: RwSignal<Settings>,
    pub lang: Memo<Lang>,
    pub online: RwSignal<bool>,
    pub persisted: RwSignal<Option<bool>>,
    pub toast: RwSignal<Option<Toast>>,
    /// Every purchase, as compact columns; loaded after the customer list shows.
    pub sales: StoredValue<PurchaseTable>,
    /// Per customer (indexed like `sales.customers()`): last purchase, count, spend.
    pub summaries: StoredValue<Vec<CustomerSummary>>,
    /// Revenue per (year, month), minor units.
    pub revenue: StoredValue<std::collections::BTreeMap<(i32, u32), i64>>,
    /// Bumped whenever sales or ledgers change.
    pub sales_version: RwSignal<u64>,
    pub sales_ready: RwSignal<bool>,
}

impl AppState {
    pub fn new() -> Self {
        let settings = RwSignal::new(Settings::default());
        let browser = platform::browser_languages();
        let lang = Memo::new(move |_| {
            settings
                .with(|s| s.language.as_deref().and_then(Lang::from_code))
                .unwrap_or_else(|| Lang::from_browser(browser.iter().map(String::as_str)))
        });
        Self {
            store: StoredValue::new_local(None),
            tabs: StoredValue::new_local(None),
            phase: RwSignal::new(Phase::Opening),
            directory: StoredValue::new(Directory::default()),
            directory_version: RwSignal::new(0),
            settings,
            lang,
            online: RwSignal::new(platform::is_online()),
            persisted: RwSignal::new(None),
            toast: RwSignal::new(None),
            sales: StoredValue::new(PurchaseTable::default()),
            summaries: StoredValue::new(Vec::new()),
            revenue: StoredValue::new(Default::default()),
            sales_version: RwSignal::new(0),
            sales_ready: RwSignal::new(false),
        }
    }

    pub fn store(&self) -> Option<Rc<IdbStore>> {
        self.store.get_value()
    }

    /// The store, or an error saying it is closed (another tab took over the database).
    pub(super) fn open_store(&self) -> Result<Rc<IdbStore>, StoreError> {
        self.store()
            .ok_or_else(|| StoreError::Backend("the customer book is closed in this tab".into()))
    }

    /// Opens the database, reads settings and the whole directory, then (if asked with
    /// `?demo=N` on an empty book) adds demo customers.
    pub async fn start(self) {
        let this = self;
        let tabs = TabChannel::open(move |message| this.on_tab_message(&message));
        tabs.send(&format!("upgrading:{SCHEMA_VERSION}"));
        self.tabs.set_value(Some(Rc::new(tabs)));
        platform::on_connectivity_change(move |online| this.online.set(online));

        let phase = self.phase;
        let store = match IdbStore::open_or_wait(DB_NAME, move || phase.set(Phase::Blocked)).await {
            Ok(s) => Rc::new(s),
            Err(e) => return self.phase.set(Phase::Failed(e)),
        };
        self.store.set_value(Some(store.clone()));
        if let Ok(s) = store.load_settings().await {
            self.settings.set(s);
        }
        if let Err(e) = self.reload_directory().await {
            return self.phase.set(Phase::Failed(e));
        }
        self.phase.set(Phase::Ready);
        platform::mark("karibu:list-ready");
        spawn_local(async move { this.persisted.set(platform::persistent_storage(true).await) });
        // The list is usable now; sales load behind it, letting the page breathe.
        platform::yield_to_browser().await;
        if let Err(e) = self.reload_sales().await {
            return self.phase.set(Phase::Failed(e));
        }
        self.sales_ready.set(true);
        platform::mark_memory();

        let demo = platform::query_param("demo").and_then(|n| n.parse::<usize>().ok());
        if let Some(n) = demo.filter(|_| self.directory.with_value(Directory::is_empty)) {
            let _ = self.load_demo(n, |_| {}).await;
        }
    }

    fn on_tab_message(self, message: &str) {
        if let Some(version) = message.strip_prefix("upgrading:") {
            if version.parse::<u32>().is_ok_and(|v| v > SCHEMA_VERSION) {
                // Close our connection so the newer tab's upgrade is not blocked.
                if let Some(store) = self.store.get_value() {
                    self.store.set_value(None);
                    if let Ok(store) = Rc::try_unwrap(store) {
                        store.close();
                    }
                }
                self.phase.set(Phase::Superseded);
            }
        } else if message == "changed" && self.phase.get_untracked() == Phase::Ready {
            spawn_local(async move {
                let _ = self.reload_directory().await;
            });
        } else if message == "sales" && self.sales_ready.get_untracked() {
            spawn_local(async move {
                let _ = self.reload_sales().await;
            });
        }
    }

    pub(super) fn announce_change(&self) {
        self.announce("changed");
    }

    /// Tells other tabs what changed: "changed" (customers) or "sales".
    pub(super) fn announce(&self, message: &str) {
        if let Some(t) = self.tabs.get_value() {
            t.send(message);
        }
    }

    /// Reads every customer into a fresh directory, page by page, showing progress and
    /// letting the page breathe between pages.
    pub async fn reload_directory(&self) -> Result<(), StoreError> {
        let Some(store) = self.store() else {
            return Ok(());
        };
        let mut fresh = Directory::default();
        let phase = self.phase;
        let loading = phase.get_untracked() != Phase::Ready;
        let mut seen = 0;
        let started = platform::performance_now();
        store
            .load_customers(&mut |page| {
                seen += page.len();
                let indexing = platform::performance_now();
                fresh.extend_unranked(&page);
                platform::measure_since("karibu:index-page", indexing);
                if loading {
                    phase.set(Phase::Loading(seen));
                }
            })
            .await?;
        let ranking = platform::performance_now();
        fresh.finish_load();
        platform::measure_since("karibu:rank", ranking);
        // Reading, decoding and indexing every customer: the benchmark's read row.
        platform::measure_since("karibu:load-customers", started);
        self.directory.set_value(fresh);
        self.directory_version.update(|v| *v += 1);
        Ok(())
    }

    pub(super) fn changed(&self, update: impl FnOnce(&mut Directory)) {
        self.directory.update_value(update);
        self.directory_version.update(|v| *v += 1);
        self.announce_change();
    }

    pub fn rules_with<T>(&self, f: impl FnOnce(&Rules) -> T) -> T {
        self.settings.with_untracked(|s| {
            let rules = Rules {
                country: s.country.as_deref(),
                custom_fields: &s.custom_fields,
                today: Some(platform::today()),
            };
            f(&rules)
        })
    }

    /// Validates and saves a new customer (`existing` = None) or an edit.
    pub async fn save_customer(
        &self,
        draft: &CustomerDraft,
        existing: Option<&Customer>,
    ) -> Result<Customer, SaveError> {
        let now = platform::now_ms();
        let customer = self
            .rules_with(|rules| match existing {
                Some(old) => draft.apply_to(old, rules, now),
                None => draft.to_new_customer(
                    rules,
                    CustomerId::generate(now, &mut rand::thread_rng()),
                    now,
                ),
            })
            .map_err(SaveError::Invalid)?;
        let store = self.open_store().map_err(SaveError::Store)?;
        let saved = store
            .save_customer(&customer)
            .await
            .map_err(SaveError::Store)?;
        self.changed(|d| d.upsert(&saved));
        Ok(saved)
    }

    /// Deletes customers with their timelines and offers an undo.
    pub async fn delete_customers(&self, ids: Vec<CustomerId>) -> Result<(), StoreError> {
        let store = self.open_store()?;
        let removed = store.delete_customers(&ids).await?;
        self.changed(|d| ids.iter().for_each(|id| d.remove(id)));
        // Their purchases stay in the takings as walk-in sales, as in the store.
        self.sales_forgotten(&ids);
        let lang = self.lang.get_untracked();
        let n = lang.number(removed.len());
        self.toast.set(Some(Toast {
            text: lang.tf(crate::i18n::Msg::DeletedCount, &[("n", &n)]),
            undo: Some(removed),
        }));
        Ok(())
    }

    pub async fn undo_delete(&self, records: Vec<CustomerRecord>) -> Result<(), StoreError> {
        let store = self.open_store()?;
        store.restore(&records).await?;
        let relinked = records.iter().any(|r| !r.purchases.is_empty());
        let customers: Vec<Customer> = records.into_iter().map(|r| r.customer).collect();
        self.changed(|d| customers.iter().for_each(|c| d.upsert(c)));
        self.toast.set(None);
        if relinked {
            self.reload_sales().await?;
            self.announce("sales");
        }
        Ok(())
    }

    /// Adds `tag` to each customer, all in one transaction.
    pub async fn add_tag(&self, ids: &[CustomerId], tag: &str) -> Result<(), StoreError> {
        let tag = tag.trim();
        let store = self.open_store()?;
        if tag.is_empty() {
            return Ok(());
        }
        let now = platform::now_ms();
        let mut updated = Vec::new();
        for id in ids {
            if let Some(mut c) = store.get_customer(id).await? {
                if !c.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                    c.tags.push(tag.to_owned());
                    c.updated_ms = now;
                    c.revision += 1;
                    updated.push(c);
                }
            }
        }
        store.put_batch(&updated, &[]).await?;
        self.changed(|d| updated.iter().for_each(|c| d.upsert(c)));
        Ok(())
    }

    /// Marks a follow-up done; it leaves the Today list and stays on the timeline.
    pub async fn complete_follow_up(&self, mut interaction: Interaction) -> Result<(), StoreError> {
        let store = self.open_store()?;
        interaction.done = true;
        store.save_interaction(&interaction).await
    }

    pub async fn save_settings(&self, settings: Settings) -> Result<(), StoreError> {
        let store = self.open_store()?;
        store.save_settings(&settings).await?;
        self.settings.set(settings);
        Ok(())
    }
}
