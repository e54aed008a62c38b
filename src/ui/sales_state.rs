//! Sales and loyalty operations the pages call: they read the store and the in-memory
//! sales table, ask `loyalty::counter` what to write, and write it in one call.

use super::platform;
use super::state::AppState;
use crate::analytics::{add_rows, answer_digest, customer_summaries, month_of, revenue_by_month};
use crate::domain::purchase::PurchaseProblem;
use crate::domain::{CustomerId, EntryId, Money, Purchase, PurchaseDraft, PurchaseId};
use crate::loyalty::counter::{self, Sale, Standing, YEAR_MS};
use crate::loyalty::rules::{self, LoyaltyError};
use crate::loyalty::stats::{loyalty_stats, LoyaltyStats};
use crate::loyalty::{Account, Programme, TierBasis};
use crate::sales::PurchaseTable;
use crate::store::{Store, StoreError};
use leptos::prelude::*;

pub enum SaleError {
    Purchase(PurchaseProblem),
    Loyalty(LoyaltyError),
    Store(StoreError),
}

impl From<StoreError> for SaleError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

/// One customer's loyalty as the pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loyalty {
    pub account: Account,
    pub standing: Standing,
}

/// A customer's account from their stored ledger; an empty one for a walk-in.
async fn account_of(
    store: &impl Store,
    customer: Option<&CustomerId>,
) -> Result<Account, StoreError> {
    match customer {
        Some(c) => Ok(Account::from_entries(store.ledger(c).await?)),
        None => Ok(Account::default()),
    }
}

/// What earning needs to know of a customer (nothing for a walk-in).
async fn account_and_birthday(
    store: &impl Store,
    customer: Option<&CustomerId>,
) -> Result<(Account, Option<crate::domain::Birthday>), StoreError> {
    let birthday = match customer {
        Some(c) => store.get_customer(c).await?.and_then(|c| c.birthday),
        None => None,
    };
    Ok((account_of(store, customer).await?, birthday))
}

fn new_entry_id(now: i64) -> EntryId {
    EntryId::generate(now, &mut rand::thread_rng())
}

impl AppState {
    pub fn programme(&self) -> Programme {
        self.settings.with_untracked(|s| s.loyalty.clone())
    }

    /// Reads every purchase into a fresh table and works out the per-customer summaries.
    pub async fn reload_sales(&self) -> Result<(), StoreError> {
        let Some(store) = self.store() else {
            return Ok(());
        };
        let started = platform::performance_now();
        let mut table = PurchaseTable::default();
        store
            .load_purchases(&mut |chunk| table.extend_from_chunk(&chunk))
            .await?;
        platform::measure_since("karibu:load-purchases", started);
        let summarising = platform::performance_now();
        let summaries = customer_summaries(&table);
        platform::measure_since("karibu:customer-summaries", summarising);
        let summing = platform::performance_now();
        let revenue = revenue_by_month(&table);
        platform::measure_since("karibu:revenue-by-month", summing);
        if platform::query_param("bench").is_some() {
            // The benchmark checks these answers against DuckDB's.
            let digest = answer_digest(&table, &summaries, &revenue);
            platform::mark_detail(
                "karibu:answers",
                &serde_json::to_string(&digest).unwrap_or_default(),
            );
        }
        self.sales.set_value(table);
        self.summaries.set_value(summaries);
        self.revenue.set_value(revenue);
        self.sales_version.update(|v| *v += 1);
        platform::mark("karibu:analytics-ready");
        Ok(())
    }

    fn spend_12m(&self, id: &CustomerId, programme: &Programme, now: i64) -> Money {
        match programme.tier_basis {
            TierBasis::Spend12m => self.sales.with_value(|t| t.spend_since(id, now - YEAR_MS)),
            TierBasis::PointsEarned12m => Money(0),
        }
    }

    pub async fn loyalty_of(&self, id: &CustomerId) -> Result<Loyalty, StoreError> {
        let store = self.open_store()?;
        let account = account_of(&*store, Some(id)).await?;
        let programme = self.programme();
        let now = platform::now_ms();
        let standing = counter::standing(
            &programme,
            &account,
            self.spend_12m(id, &programme, now),
            now,
        );
        Ok(Loyalty { account, standing })
    }

    /// Records a sale (for `customer`, or a walk-in) with the points it earns.
    pub async fn record_sale(
        &self,
        customer: Option<CustomerId>,
        draft: &PurchaseDraft,
    ) -> Result<Sale, SaleError> {
        let currency = self.settings.with_untracked(|s| s.loyalty.currency.clone());
        let now = platform::now_ms();
        let id = PurchaseId::generate(now, &mut rand::thread_rng());
        let purchase = draft
            .to_purchase(id, customer, &currency, now)
            .map_err(SaleError::Purchase)?;
        self.record_purchase(purchase).await
    }

    /// Rings up a checked purchase and stores it with its ledger entries.
    pub async fn record_purchase(&self, purchase: Purchase) -> Result<Sale, SaleError> {
        let programme = self.programme();
        let now = platform::now_ms();
        let customer = purchase.customer.clone();
        let store = self.open_store()?;
        let (account, birthday) = account_and_birthday(&*store, customer.as_ref()).await?;
        let spend = customer
            .as_ref()
            .map_or(Money(0), |c| self.spend_12m(c, &programme, now));
        let sale = counter::ring_up(&programme, &account, purchase, birthday, spend, || {
            new_entry_id(now)
        });
        store
            .record(std::slice::from_ref(&sale.purchase), &sale.entries)
            .await?;
        self.sales_appended(&sale.purchase);
        Ok(sale)
    }

    pub async fn redeem(&self, customer: &CustomerId, reward: &str) -> Result<(), SaleError> {
        let store = self.open_store()?;
        let account = account_of(&*store, Some(customer)).await?;
        let now = platform::now_ms();
        let entries = counter::redeem(&self.programme(), &account, customer, reward, now, || {
            new_entry_id(now)
        })
        .map_err(SaleError::Loyalty)?;
        store.record(&[], &entries).await?;
        self.ledger_changed();
        Ok(())
    }

    /// A manual change of points; `points` as typed (may be negative), with a reason.
    pub async fn adjust_points(
        &self,
        customer: &CustomerId,
        points: &str,
        reason: &str,
    ) -> Result<(), SaleError> {
        let points: i64 = points
            .trim()
            .replace('−', "-")
            .parse()
            .map_err(|_| SaleError::Loyalty(LoyaltyError::PointsNotWhole))?;
        let store = self.open_store()?;
        let account = account_of(&*store, Some(customer)).await?;
        let now = platform::now_ms();
        let entry = rules::adjust(
            &self.programme(),
            &account,
            customer,
            points,
            reason,
            now,
            new_entry_id(now),
        )
        .map_err(SaleError::Loyalty)?;
        store.record(&[], &[entry]).await?;
        self.ledger_changed();
        Ok(())
    }

    pub async fn void_purchase(&self, purchase: &Purchase, reason: &str) -> Result<(), SaleError> {
        let store = self.open_store()?;
        let account = account_of(&*store, purchase.customer.as_ref()).await?;
        let now = platform::now_ms();
        let (voided, entries) = counter::void_sale(
            &self.programme(),
            &account,
            purchase,
            reason,
            now,
            new_entry_id(now),
        )
        .map_err(SaleError::Purchase)?;
        store.update_purchase(&voided, &entries).await?;
        self.sales_changed(|t| {
            t.replace(&voided);
        });
        Ok(())
    }

    /// Saves an edit of a stored purchase and brings its points in line.
    pub async fn edit_purchase(
        &self,
        stored: &Purchase,
        draft: &PurchaseDraft,
    ) -> Result<(), SaleError> {
        let programme = self.programme();
        let now = platform::now_ms();
        let edited = draft
            .to_purchase(
                stored.id.clone(),
                stored.customer.clone(),
                &programme.currency,
                now,
            )
            .map_err(SaleError::Purchase)?;
        let store = self.open_store()?;
        let (account, birthday) = account_and_birthday(&*store, stored.customer.as_ref()).await?;
        let spend = stored
            .customer
            .as_ref()
            .map_or(Money(0), |c| self.spend_12m(c, &programme, now));
        let (edited, entries) = counter::edit_sale(
            &programme,
            &account,
            stored,
            edited,
            birthday,
            spend,
            now,
            new_entry_id(now),
        )
        .map_err(SaleError::Purchase)?;
        store.update_purchase(&edited, &entries).await?;
        self.sales_changed(|t| {
            t.replace(&edited);
        });
        Ok(())
    }

    /// Points the customers hold between them (asked before deleting them).
    pub async fn points_held(&self, ids: &[CustomerId]) -> Result<i64, StoreError> {
        let store = self.open_store()?;
        let mut total = 0;
        for id in ids {
            total += account_of(&*store, Some(id)).await?.balance();
        }
        Ok(total)
    }

    pub fn purchases_of(&self, id: &CustomerId) -> Vec<Purchase> {
        self.sales.with_value(|t| t.purchases_of(id))
    }

    /// Every member's account, read a page at a time, into the programme's figures.
    pub async fn loyalty_stats(
        &self,
        progress: impl Fn(usize),
    ) -> Result<LoyaltyStats, StoreError> {
        let store = self.open_store()?;
        let started = platform::performance_now();
        let programme = self.programme();
        let now = platform::now_ms();
        let mut accounts: Vec<(Account, Option<String>)> = Vec::new();
        store
            .load_ledgers(&mut |page| {
                for (id, ledger) in page {
                    let mut account = Account::from_entries(ledger);
                    let spend = self.spend_12m(&id, &programme, now);
                    let tier = rules::tier_status(&programme, &account, spend, now)
                        .current
                        .map(|t| t.name.clone());
                    // Points that have lapsed are not owed, even if not yet written off.
                    if let Some(lapsed) =
                        rules::expire(&programme, &account, &id, now, "lapsed".into())
                    {
                        let _ = account.push(lapsed);
                    }
                    accounts.push((account, tier));
                }
                progress(accounts.len());
            })
            .await?;
        let stats = loyalty_stats(accounts.iter().map(|(a, t)| (a, t.as_deref())));
        platform::measure_since("karibu:loyalty-stats", started);
        Ok(stats)
    }

    /// After a sale: one row more, and the summaries updated for that row alone.
    fn sales_appended(&self, purchase: &Purchase) {
        let first = self.sales.with_value(PurchaseTable::len);
        self.sales.update_value(|t| t.push(purchase));
        self.sales.with_value(|t| {
            self.summaries.update_value(|s| add_rows(t, s, first));
        });
        if purchase.counts() {
            self.revenue.update_value(|r| {
                *r.entry(month_of(purchase.at_ms)).or_insert(0) += purchase.amount.0
            });
        }
        self.sales_version.update(|v| *v += 1);
        self.announce("sales");
    }

    /// After customers are deleted: their purchases become walk-in sales here too.
    pub(super) fn sales_forgotten(&self, ids: &[CustomerId]) {
        self.sales_changed(|t| ids.iter().for_each(|id| t.forget_customer(id)));
    }

    fn ledger_changed(&self) {
        self.sales_version.update(|v| *v += 1);
        self.announce("sales");
    }

    /// After a void.
    fn sales_changed(&self, update: impl FnOnce(&mut PurchaseTable)) {
        self.sales.update_value(update);
        let (summaries, revenue) = self
            .sales
            .with_value(|t| (customer_summaries(t), revenue_by_month(t)));
        self.summaries.set_value(summaries);
        self.revenue.set_value(revenue);
        self.sales_version.update(|v| *v += 1);
        self.announce("sales");
    }
}

/// A problem with a sale, in the user's language.
pub fn sale_error_text(lang: crate::i18n::Lang, e: &SaleError) -> String {
    use crate::i18n::{loyalty_problem, purchase_problem, store_error_text};
    match e {
        SaleError::Purchase(p) => purchase_problem(lang, p),
        SaleError::Loyalty(l) => loyalty_problem(lang, l),
        SaleError::Store(s) => store_error_text(lang, s),
    }
}
