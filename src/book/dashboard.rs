//! The owner's dashboard: the period's figures from the sales already in memory
//! (counted in slices, so the page keeps answering), satisfaction from the feedback in
//! the timelines, and the average lifetime value from the insights.

use super::backup::Progress;
use super::insights::Insights;
use super::{Book, BookResult};
use crate::analytics::dashboard::{
    satisfaction, Calendar, Dashboard, DashboardCounter, Period, Satisfaction,
};
use crate::store::Store;

/// Feedback scores and when they were given.
pub type Feedback = Vec<(crate::domain::time::Millis, crate::domain::Score)>;

/// Sales rows counted between looks at the clock.
const ROWS_PER_SLICE: usize = 50_000;

/// The insights' average expected value over the horizon, and how many it averages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AverageValue {
    pub value: f64,
    pub customers: usize,
}

impl<S: Store> Book<S> {
    /// The period's figures against the one before, the chart's steps and the cohorts.
    pub async fn dashboard(&self, period: Period, progress: &dyn Fn(Progress)) -> Dashboard {
        let started = self.host.precise_ms();
        let calendar = Calendar::new(period, self.host.today(), &self.zone());
        // Counted afresh (up to twice) if the sales changed under a pause (a sale, a
        // reread, a merge moving purchases): a count of two tables would be neither's.
        let mut attempts = 0;
        let counter = loop {
            attempts += 1;
            let mut counter = DashboardCounter::new(calendar.clone());
            let generation = self.seen.get().sales;
            let total = self.sales.borrow().table.len();
            let mut slice_start = self.host.precise_ms();
            let mut row = 0;
            while row < total {
                let end = (row + ROWS_PER_SLICE).min(total);
                // Borrowed a slice at a time: a sale may be recorded during a pause.
                counter.add_rows(&self.sales.borrow().table, row..end);
                row = end;
                progress(Progress {
                    done: row as u64,
                    total: total as u64,
                });
                self.breathe(&mut slice_start).await;
            }
            if self.seen.get().sales == generation || attempts == 3 {
                break counter;
            }
        };
        let sales = self.sales.borrow();
        let directory = self.directory.borrow();
        // Restricted people, and those who withdrew from analytics, are in no
        // per-customer figure (their sales stay in the takings).
        let counted: Vec<bool> = sales
            .table
            .customers()
            .iter()
            .map(|id| directory.get(id).is_some_and(|r| r.standing.in_analytics()))
            .collect();
        let created = (0..directory.slots() as u32)
            .filter_map(|slot| directory.row(slot))
            .filter(|r| r.standing.in_analytics())
            .map(|r| r.created_ms);
        let dashboard = counter.finish(&counted, created);
        self.host.measure("karibu:dashboard", started);
        dashboard
    }

    /// Satisfaction and recommendation scores given in the calendar's period and the
    /// one before, the left-out left out. Every timeline is read (a page at a time) only
    /// when a customer or timeline was written since the last reading, here or elsewhere.
    pub async fn satisfaction(
        &self,
        calendar: &Calendar,
        progress: &dyn Fn(usize),
    ) -> BookResult<[Satisfaction; 2]> {
        let started = self.host.precise_ms();
        let generation = self.store.generations().await?.customers;
        let cached = self
            .feedback
            .borrow()
            .as_ref()
            .filter(|(seen, _)| *seen == generation)
            .map(|(_, f)| satisfaction(calendar, f.iter().copied()));
        if let Some(figures) = cached {
            return Ok(figures);
        }
        let mut feedback = Vec::new();
        let mut read = 0;
        self.store
            .load_interactions(&mut |page| {
                read += page.len();
                let directory = self.directory.borrow();
                feedback.extend(page.into_iter().filter_map(|i| {
                    let counted = directory
                        .get(&i.customer_id)
                        .is_some_and(|r| r.standing.in_analytics());
                    i.score.filter(|_| counted).map(|s| (i.at_ms, s))
                }));
                progress(read);
            })
            .await?;
        let figures = satisfaction(calendar, feedback.iter().copied());
        *self.feedback.borrow_mut() = Some((generation, feedback));
        self.host.measure("karibu:dashboard-satisfaction", started);
        Ok(figures)
    }

    /// The mean expected value over the insights' horizon of the customers the models
    /// score; `None` without a spend model.
    pub async fn average_value(&self, insights: &Insights) -> Option<AverageValue> {
        let mut slice_start = self.host.precise_ms();
        let (mut sum, mut customers) = (0.0, 0usize);
        for i in 0..insights.customers() {
            if i % 1_000 == 999 {
                self.breathe(&mut slice_start).await;
            }
            let value = insights.at(i).and_then(|(_, c)| c.outlook?.value);
            if let Some(v) = value.filter(|v| v.is_finite()) {
                sum += v;
                customers += 1;
            }
        }
        (customers > 0).then(|| AverageValue {
            value: sum / customers as f64,
            customers,
        })
    }
}
