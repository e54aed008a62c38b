//! Demo data: a seeded book of customers with timelines, purchases and the ledgers
//! those purchases earn, and "a day of sales" rung up one by one as the counter would.

use super::{Book, BookResult, Changed};
use crate::demo::{demo_ledgers, DemoGenerator};
use crate::domain::{Money, Purchase, PurchaseId};
use crate::store::Store;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// How demo data is made (`?seed=`, `?sales=` in the browser).
#[derive(Clone, Copy, Debug)]
pub struct DemoOptions {
    pub seed: u64,
    /// Purchases per demo customer: 100,000 customers make the million purchases the
    /// benchmarks use.
    pub sales_per_customer: usize,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self {
            seed: 2026,
            sales_per_customer: 10,
        }
    }
}

impl<S: Store> Book<S> {
    /// Adds `count` seeded demo customers in batches of 5,000 (each batch: customers and
    /// timelines in one transaction, their purchases and ledgers in another), reporting
    /// progress and letting the page breathe between batches. If a write fails (a full
    /// disk), the batches already written stay, and memory shows exactly them: the
    /// caller should treat the book as changed either way.
    pub async fn load_demo(
        &self,
        count: usize,
        options: DemoOptions,
        progress: &dyn Fn(usize),
    ) -> BookResult<Changed> {
        let _busy = self.sales_busy();
        let written = self.write_demo(count, options, progress).await;
        self.directory.borrow_mut().finish_load();
        let reloaded = self.load_sales().await;
        written?;
        reloaded?;
        Ok(Changed {
            everything: true,
            sales: true,
            ..Changed::default()
        })
    }

    async fn write_demo(
        &self,
        count: usize,
        options: DemoOptions,
        progress: &dyn Fn(usize),
    ) -> BookResult<()> {
        const BATCH: usize = 5_000;
        let programme = self.programme();
        let mut generator = DemoGenerator::new(options.seed, self.host.now_ms());
        let mut rng = rand::rngs::SmallRng::seed_from_u64(options.seed);
        let mut done = 0;
        while done < count {
            let batch = generator.batch(BATCH.min(count - done));
            // Measured alone (not the generating) for the benchmark's bulk-write rows.
            let started = self.host.precise_ms();
            self.store
                .put_batch(&batch.customers, &batch.interactions)
                .await?;
            self.host.measure("karibu:bulk-write", started);
            self.wrote(true, false, false);
            self.directory
                .borrow_mut()
                .extend_unranked(&batch.customers);
            done += batch.customers.len();
            progress(done);

            let ids: Vec<_> = batch.customers.iter().map(|c| c.id.clone()).collect();
            let sales = generator.purchases(&ids, ids.len() * options.sales_per_customer);
            let birthdays: HashMap<_, _> = batch
                .customers
                .iter()
                .filter_map(|c| c.birthday.map(|b| (c.id.clone(), b)))
                .collect();
            let entries = demo_ledgers(&programme, &sales, &birthdays, &mut rng);
            let started = self.host.precise_ms();
            self.store.record(&sales, &entries).await?;
            self.host.measure("karibu:bulk-write-sales", started);
            self.wrote(false, true, false);
            self.host.pause().await;
        }
        Ok(())
    }

    /// Rings up a day's worth of demo sales (a two-year book's daily average, at least
    /// 20) for random customers, one at a time through the counter's own path.
    pub async fn add_demo_day(&self, progress: &dyn Fn(usize)) -> BookResult<(usize, Changed)> {
        let total = self.sales.borrow().table.len();
        let ids: Vec<_> = {
            let d = self.directory.borrow();
            (0..d.len() as u32)
                .filter_map(|i| d.row(i).map(|r| r.id.clone()))
                .collect()
        };
        let count = (total / 730).max(20);
        let now = self.host.now_ms();
        let started = self.host.precise_ms();
        for i in 0..count {
            let at = now - 10 * 3_600_000 + (i as i64 * 10 * 3_600_000) / count as i64;
            let purchase = {
                let mut rng = rand::thread_rng();
                let customer = (!ids.is_empty() && rng.gen_bool(0.9))
                    .then(|| ids[rng.gen_range(0..ids.len())].clone());
                Purchase {
                    id: PurchaseId::generate(at, &mut rng),
                    customer,
                    at_ms: at,
                    amount: Money(rng.gen_range(50..3_000) * 10),
                    categories: vec![],
                    note: String::new(),
                    void: None,
                }
            };
            self.record_purchase(purchase).await?;
            if i % 50 == 49 {
                progress(i + 1);
                self.host.pause().await;
            }
        }
        self.host.measure("karibu:append-day", started);
        progress(count);
        Ok((count, Changed::sales()))
    }
}
