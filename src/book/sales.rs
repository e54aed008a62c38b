//! Sales and loyalty use cases: load the takings, record a sale with the points it
//! earns, redeem, adjust, void and edit, and the figures. Each reads the ledger it
//! needs, asks `loyalty::counter` what to write, and writes it in one store call.

use super::{Book, BookError, BookResult, Changed, Replay, SalesView};
use crate::analytics::{add_rows, customer_summaries, month_of, revenue_by_month};
use crate::domain::time::ShopZone;
use crate::domain::{Birthday, CustomerId, EntryId, Money, Purchase, PurchaseDraft, PurchaseId};
use crate::loyalty::counter::{self, Sale, Standing, YEAR_MS};
use crate::loyalty::programme::MAX_POINTS_FIELD;
use crate::loyalty::rules::in_birthday_month;
use crate::loyalty::rules::{self, LoyaltyError};
use crate::loyalty::stats::{loyalty_stats, LoyaltyStats};
use crate::loyalty::{Account, Programme, TierBasis};
use crate::sales::PurchaseTable;
use crate::store::Store;

/// One customer's loyalty as the pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loyalty {
    pub account: Account,
    pub standing: Standing,
}

fn new_entry_id(now: i64) -> EntryId {
    EntryId::generate(now, &mut rand::thread_rng())
}

impl SalesView {
    /// Works the figures out again from the table.
    pub(super) fn refigure(&mut self, zone: &dyn ShopZone) {
        self.summaries = customer_summaries(&self.table);
        self.revenue = revenue_by_month(&self.table, zone);
    }

    pub(super) fn appended(&mut self, purchase: &Purchase, zone: &dyn ShopZone) {
        let first = self.table.len();
        self.table.push(purchase);
        add_rows(&self.table, &mut self.summaries, first);
        if purchase.counts() {
            let month = self
                .revenue
                .entry(month_of(purchase.at_ms, zone))
                .or_insert(0);
            *month = month.saturating_add(purchase.amount.0);
        }
    }
}

impl<S: Store> Book<S> {
    pub fn programme(&self) -> Programme {
        self.settings.borrow().loyalty.clone()
    }

    /// Reads every purchase into a fresh table and works out the figures. A sale made
    /// meanwhile is replayed onto the fresh table.
    pub async fn load_sales(&self) -> BookResult<Changed> {
        let _busy = self.sales_busy();
        let generations = self.store.generations().await?;
        *self.replay_sales.borrow_mut() = Some(Vec::new());
        let started = self.host.precise_ms();
        let mut table = PurchaseTable::default();
        let loaded = self
            .store
            .load_purchases(&mut |chunk| table.extend_from_chunk(&chunk))
            .await;
        let replay = self.replay_sales.borrow_mut().take().unwrap_or_default();
        loaded?;
        self.host.measure("karibu:load-purchases", started);
        for change in replay {
            match change {
                Replay::Sale(p) => table.push(&p),
                Replay::Replace(p) => {
                    table.replace(&p);
                }
                Replay::Remove(id) => table.forget_customer(&id),
                Replay::Move(from, to) => table.move_customer(&from, &to),
                Replay::Upsert(_) => {}
            }
        }
        let summarising = self.host.precise_ms();
        let summaries = customer_summaries(&table);
        self.host.measure("karibu:customer-summaries", summarising);
        let summing = self.host.precise_ms();
        let revenue = revenue_by_month(&table, &self.zone());
        self.host.measure("karibu:revenue-by-month", summing);
        if self.host.benchmarking() {
            self.publish_answers(&table, &summaries, &revenue);
        }
        *self.sales.borrow_mut() = SalesView {
            table,
            summaries,
            revenue,
        };
        let mut seen = self.seen.get();
        seen.sales = generations.sales;
        self.seen.set(seen);
        self.host.mark("karibu:analytics-ready", None);
        if self.host.benchmarking() {
            self.time_warm_analytics();
        }
        // A damaged chunk found while loading has been set aside.
        let before = self.set_aside_count();
        let mut changed = Changed::sales();
        changed.set_aside = self.count_set_aside().await? != before;
        Ok(changed)
    }

    pub(super) fn spend_12m(&self, id: &CustomerId, programme: &Programme, now: i64) -> Money {
        match programme.tier_basis {
            TierBasis::Spend12m => self.sales.borrow().table.spend_since(id, now - YEAR_MS),
            TierBasis::PointsEarned12m => Money(0),
        }
    }

    async fn account_of(&self, customer: Option<&CustomerId>) -> BookResult<Account> {
        match customer {
            Some(c) => Ok(Account::from_entries(self.store.ledger(c).await?)),
            None => Ok(Account::default()),
        }
    }

    /// A customer's birthday, from the directory in memory when it knows them (a sale
    /// then reads no customer page); from the store otherwise.
    pub(super) async fn birthday_of(
        &self,
        customer: Option<&CustomerId>,
    ) -> BookResult<Option<Birthday>> {
        let Some(id) = customer else {
            return Ok(None);
        };
        if let Some(row) = self.directory.borrow().get(id) {
            return Ok(row.birthday.map(|(month, day)| Birthday {
                month,
                day,
                year: None,
            }));
        }
        Ok(self.store.get_customer(id).await?.and_then(|c| c.birthday))
    }

    pub async fn loyalty_of(&self, id: &CustomerId) -> BookResult<Loyalty> {
        let account = self.account_of(Some(id)).await?;
        let programme = self.programme();
        let now = self.host.now_ms();
        let spend = self.spend_12m(id, &programme, now);
        let standing = counter::standing(&programme, &account, spend, now);
        // Reading a ledger may have set a damaged one aside.
        self.count_set_aside().await?;
        Ok(Loyalty { account, standing })
    }

    /// Records a sale (for `customer`, or a walk-in) with the points it earns.
    pub async fn record_sale(
        &self,
        customer: Option<CustomerId>,
        draft: &PurchaseDraft,
    ) -> BookResult<(Sale, Changed)> {
        let currency = self.programme().currency;
        let now = self.host.now_ms();
        let id = PurchaseId::generate(now, &mut rand::thread_rng());
        let purchase = draft
            .to_purchase(id, customer, &currency, now)
            .map_err(BookError::Purchase)?;
        self.record_purchase(purchase).await
    }

    /// Rings up a checked purchase and stores it with its ledger entries.
    pub async fn record_purchase(&self, purchase: Purchase) -> BookResult<(Sale, Changed)> {
        let programme = self.programme();
        let now = self.host.now_ms();
        let customer = purchase.customer.clone();
        let birthday = self.birthday_of(customer.as_ref()).await?;
        let account = self.account_of(customer.as_ref()).await?;
        let spend = customer
            .as_ref()
            .map_or(Money(0), |c| self.spend_12m(c, &programme, now));
        let birthday_month = in_birthday_month(birthday, purchase.at_ms, &self.zone());
        let sale = counter::ring_up(
            &programme,
            &account,
            purchase,
            birthday_month,
            spend,
            || new_entry_id(now),
        );
        let ids: Vec<CustomerId> = customer.into_iter().collect();
        self.checked(
            &ids,
            self.store
                .record(std::slice::from_ref(&sale.purchase), &sale.entries)
                .await,
        )
        .await?;
        self.wrote(false, true, false);
        self.sales
            .borrow_mut()
            .appended(&sale.purchase, &self.zone());
        if let Some(replay) = self.replay_sales.borrow_mut().as_mut() {
            replay.push(Replay::Sale(sale.purchase.clone()));
        }
        Ok((sale, Changed::sales()))
    }

    pub async fn redeem(&self, customer: &CustomerId, reward: &str) -> BookResult<Changed> {
        let account = self.account_of(Some(customer)).await?;
        let now = self.host.now_ms();
        let entries = counter::redeem(&self.programme(), &account, customer, reward, now, || {
            new_entry_id(now)
        })
        .map_err(BookError::Loyalty)?;
        self.checked(
            std::slice::from_ref(customer),
            self.store.record(&[], &entries).await,
        )
        .await?;
        self.wrote(false, true, false);
        Ok(Changed::sales())
    }

    /// A manual change of points; `points` as typed (may be negative), with a reason.
    pub async fn adjust_points(
        &self,
        customer: &CustomerId,
        points: &str,
        reason: &str,
    ) -> BookResult<Changed> {
        let typed = crate::domain::digits::ascii_digits(points)
            .trim()
            .to_owned();
        let digits = typed.trim_start_matches(['-', '+']);
        let points: i64 = match typed.parse() {
            Ok(p) => p,
            // Whole, but too large for any balance: say so, not "not a number".
            Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(BookError::Loyalty(LoyaltyError::PointsTooLarge {
                    max: MAX_POINTS_FIELD,
                }))
            }
            Err(_) => return Err(BookError::Loyalty(LoyaltyError::PointsNotWhole)),
        };
        let account = self.account_of(Some(customer)).await?;
        let now = self.host.now_ms();
        let entry = rules::adjust(
            &self.programme(),
            &account,
            customer,
            points,
            reason,
            now,
            new_entry_id(now),
        )
        .map_err(BookError::Loyalty)?;
        self.checked(
            std::slice::from_ref(customer),
            self.store.record(&[], &[entry]).await,
        )
        .await?;
        self.wrote(false, true, false);
        Ok(Changed::sales())
    }

    pub async fn void_purchase(&self, purchase: &Purchase, reason: &str) -> BookResult<Changed> {
        let account = self.account_of(purchase.customer.as_ref()).await?;
        let now = self.host.now_ms();
        let (voided, entries) = counter::void_sale(
            &self.programme(),
            &account,
            purchase,
            reason,
            now,
            new_entry_id(now),
        )
        .map_err(BookError::Purchase)?;
        self.store.update_purchase(&voided, &entries).await?;
        self.replaced(voided);
        Ok(Changed::sales())
    }

    /// Saves an edit of a stored purchase and brings its points in line.
    pub async fn edit_purchase(
        &self,
        stored: &Purchase,
        draft: &PurchaseDraft,
    ) -> BookResult<Changed> {
        let programme = self.programme();
        let now = self.host.now_ms();
        let edited = draft
            .to_purchase(
                stored.id.clone(),
                stored.customer.clone(),
                &programme.currency,
                now,
            )
            .map_err(BookError::Purchase)?;
        let birthday = self.birthday_of(stored.customer.as_ref()).await?;
        let account = self.account_of(stored.customer.as_ref()).await?;
        let spend = stored
            .customer
            .as_ref()
            .map_or(Money(0), |c| self.spend_12m(c, &programme, now));
        let birthday_month = in_birthday_month(birthday, edited.at_ms, &self.zone());
        let (edited, entries) = counter::edit_sale(
            &programme,
            &account,
            stored,
            edited,
            birthday_month,
            spend,
            now,
            new_entry_id(now),
        )
        .map_err(BookError::Purchase)?;
        self.store.update_purchase(&edited, &entries).await?;
        self.replaced(edited);
        Ok(Changed::sales())
    }

    pub(super) fn replaced(&self, purchase: Purchase) {
        self.wrote(false, true, false);
        let mut sales = self.sales.borrow_mut();
        sales.table.replace(&purchase);
        sales.refigure(&self.zone());
        drop(sales);
        if let Some(replay) = self.replay_sales.borrow_mut().as_mut() {
            replay.push(Replay::Replace(purchase));
        }
    }

    /// Points the customers hold between them (asked before deleting them).
    pub async fn points_held(&self, ids: &[CustomerId]) -> BookResult<i64> {
        let mut total: i64 = 0;
        for id in ids {
            total = total.saturating_add(self.account_of(Some(id)).await?.balance());
        }
        Ok(total)
    }

    pub fn purchases_of(&self, id: &CustomerId) -> Vec<Purchase> {
        self.sales.borrow().table.purchases_of(id)
    }

    /// Every member's account, read a page at a time, into the programme's figures.
    pub async fn loyalty_stats(&self, progress: &dyn Fn(usize)) -> BookResult<LoyaltyStats> {
        let started = self.host.precise_ms();
        let programme = self.programme();
        let now = self.host.now_ms();
        let mut accounts: Vec<(Account, Option<String>)> = Vec::new();
        self.store
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
                        // Refused only if it would overflow; then the balance stands.
                        account.push(lapsed).ok();
                    }
                    accounts.push((account, tier));
                }
                progress(accounts.len());
            })
            .await?;
        let stats = loyalty_stats(accounts.iter().map(|(a, t)| (a, t.as_deref())));
        self.host.measure("karibu:loyalty-stats", started);
        Ok(stats)
    }
}
