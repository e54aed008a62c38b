//! Demo data: a seeded book of customers with timelines, purchases and the ledgers those
//! purchases earn, and "a day of sales" rung up one by one as the counter would.

use super::platform;
use super::state::AppState;
use crate::demo::{demo_ledgers, DemoGenerator};
use crate::domain::{Money, Purchase, PurchaseId};
use crate::search::Directory;
use crate::store::{Store, StoreError};
use leptos::prelude::*;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// Purchases per demo customer unless `?sales=N` says otherwise: 100,000 customers
/// make the million purchases the benchmarks use.
const SALES_PER_CUSTOMER: usize = 10;

impl AppState {
    /// Adds `count` seeded demo customers in batches of 5,000 (each batch: customers and
    /// timelines in one transaction, their purchases and ledgers in another), reporting
    /// progress and yielding so the page stays responsive.
    pub async fn load_demo(
        &self,
        count: usize,
        progress: impl Fn(usize),
    ) -> Result<(), StoreError> {
        const BATCH: usize = 5_000;
        let store = self.open_store()?;
        let seed = platform::query_param("seed")
            .and_then(|s| s.parse().ok())
            .unwrap_or(2026);
        let per_customer = platform::query_param("sales")
            .and_then(|s| s.parse().ok())
            .unwrap_or(SALES_PER_CUSTOMER);
        let programme = self.programme();
        let mut generator = DemoGenerator::new(seed, platform::now_ms());
        let mut rng = rand::rngs::SmallRng::seed_from_u64(seed);
        let mut done = 0;
        while done < count {
            let batch = generator.batch(BATCH.min(count - done));
            // Measured alone (not the generating) for the benchmark's bulk-write rows.
            let started = platform::performance_now();
            store
                .put_batch(&batch.customers, &batch.interactions)
                .await?;
            platform::measure_since("karibu:bulk-write", started);

            let ids: Vec<_> = batch.customers.iter().map(|c| c.id.clone()).collect();
            let sales = generator.purchases(&ids, ids.len() * per_customer);
            let birthdays: HashMap<_, _> = batch
                .customers
                .iter()
                .filter_map(|c| c.birthday.map(|b| (c.id.clone(), b)))
                .collect();
            let entries = demo_ledgers(&programme, &sales, &birthdays, &mut rng);
            let started = platform::performance_now();
            store.record(&sales, &entries).await?;
            platform::measure_since("karibu:bulk-write-sales", started);

            self.directory
                .update_value(|d| d.extend_unranked(&batch.customers));
            self.sales
                .update_value(|t| sales.iter().for_each(|p| t.push(p)));
            done += batch.customers.len();
            progress(done);
            platform::yield_to_browser().await;
        }
        self.directory.update_value(Directory::finish_load);
        self.directory_version.update(|v| *v += 1);
        self.announce_change();
        self.reload_sales().await
    }

    /// Rings up a day's worth of demo sales (a two-year book's daily average, at least
    /// 20) for random customers, one at a time through the counter's own path.
    pub async fn add_demo_day(
        &self,
        progress: impl Fn(usize),
    ) -> Result<usize, super::sales_state::SaleError> {
        let (total, ids) = (
            self.sales.with_value(|t| t.len()),
            self.directory.with_value(|d| {
                (0..d.len() as u32)
                    .filter_map(|i| d.row(i).map(|r| r.id.clone()))
                    .collect::<Vec<_>>()
            }),
        );
        let count = (total / 730).max(20);
        let mut rng = rand::thread_rng();
        let now = platform::now_ms();
        let started = platform::performance_now();
        for i in 0..count {
            let at = now - 10 * 3_600_000 + (i as i64 * 10 * 3_600_000) / count as i64;
            let customer = (!ids.is_empty() && rng.gen_bool(0.9))
                .then(|| ids[rng.gen_range(0..ids.len())].clone());
            let purchase = Purchase {
                id: PurchaseId::generate(at, &mut rng),
                customer,
                at_ms: at,
                amount: Money(rng.gen_range(50..3_000) * 10),
                categories: vec![],
                note: String::new(),
                void: None,
            };
            self.record_purchase(purchase).await?;
            if i % 50 == 49 {
                progress(i + 1);
                platform::yield_to_browser().await;
            }
        }
        platform::measure_since("karibu:append-day", started);
        progress(count);
        Ok(count)
    }
}
