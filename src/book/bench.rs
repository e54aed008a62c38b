//! What the benchmark (`?bench=1`) reads from a page: the answers the analytics gave, to
//! check them against DuckDB's, and the same analytics timed again on the table already
//! in memory (a warm-up, then five runs), beside the one pass the load made from the
//! stored chunks. Nothing here runs for an owner.

use std::collections::BTreeMap;

use super::Book;
use crate::analytics::rfm::{rfm_scores, window_activity};
use crate::analytics::{answer_digest, customer_summaries, revenue_by_month, CustomerSummary};
use crate::domain::time::local_start_of_day;
use crate::sales::PurchaseTable;
use crate::store::Store;

/// Runs of each analytic on the warm table; the first is a warm-up the bench drops.
const WARM_RUNS: usize = 6;

impl<S: Store> Book<S> {
    /// The start of the RFM window the benchmark compares with SQL: 12 months back from
    /// today's local midnight (the insights' default period).
    fn rfm_from_ms(&self) -> i64 {
        self.host
            .today()
            .checked_sub_months(chrono::Months::new(12))
            .map_or(i64::MIN, |d| local_start_of_day(d, &self.zone()))
    }

    /// Publishes the analytics' answers (with RFM, timed alone) as `karibu:answers`.
    pub(super) fn publish_answers(
        &self,
        table: &PurchaseTable,
        summaries: &[CustomerSummary],
        revenue: &BTreeMap<(i32, u32), i64>,
    ) {
        let mut digest = answer_digest(table, summaries, revenue);
        let from = self.rfm_from_ms();
        let scoring = self.host.precise_ms();
        let scores = rfm_scores(&window_activity(table, from, i64::MAX));
        self.host.measure("karibu:rfm", scoring);
        digest.add_rfm(from, &scores);
        let text = serde_json::to_string(&digest).unwrap_or_default();
        self.host.mark("karibu:answers", Some(&text));
    }

    /// Each analytic again on the loaded table, as `karibu:<name>:warm` measures, then
    /// `karibu:warm-done`.
    pub(super) fn time_warm_analytics(&self) {
        let sales = self.sales.borrow();
        let table = &sales.table;
        let zone = self.zone();
        let from = self.rfm_from_ms();
        for _ in 0..WARM_RUNS {
            let started = self.host.precise_ms();
            std::hint::black_box(customer_summaries(table));
            self.host.measure("karibu:customer-summaries:warm", started);
            let started = self.host.precise_ms();
            std::hint::black_box(revenue_by_month(table, &zone));
            self.host.measure("karibu:revenue-by-month:warm", started);
            let started = self.host.precise_ms();
            std::hint::black_box(rfm_scores(&window_activity(table, from, i64::MAX)));
            self.host.measure("karibu:rfm:warm", started);
        }
        self.host.mark("karibu:warm-done", None);
    }
}
