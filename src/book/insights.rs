//! Who is valuable and who is slipping away: RFM over a window and the churn and
//! lifetime-value models, computed from the sales already in memory, in slices that
//! let the page paint (a fit over 100,000 customers takes about a second).

use super::backup::Progress;
use super::insights_clusters::CustomerClusters;
use super::{Book, BookResult, Changed};
use crate::analytics::clv::{
    history_of, holdout_check, HoldoutGroup, Models, ModelsError, ModelsFitting, Outlook,
    RepeatHistory, ValueHorizon, WEEK_DAYS,
};
use crate::analytics::rfm::{
    rfm_grid, rfm_scores, window_activity, RfmGrid, RfmScore, RfmSegment, RfmSettings, RfmTable,
};
use crate::domain::time::{local_start_of_day, Millis, ShopZone};
use crate::domain::CustomerId;
use crate::sales::WALK_IN;
use crate::store::Store;
use chrono::{Datelike, Months};

/// What the owner chose to look at.
#[derive(Clone, Debug, PartialEq)]
pub struct InsightOptions {
    /// RFM counts purchases in this many months up to today.
    pub window_months: u32,
    pub horizon: ValueHorizon,
    pub table: RfmTable,
    /// The models' holdout check keeps back this many weeks.
    pub holdout_weeks: u32,
}

impl Default for InsightOptions {
    fn default() -> Self {
        InsightOptions {
            window_months: 12,
            horizon: ValueHorizon {
                months: 12,
                annual_discount: 0.10,
            },
            table: RfmTable::default(),
            holdout_weeks: 13,
        }
    }
}

/// The holdout check: a fit on all but the last weeks, against what happened in them.
#[derive(Clone, Debug, PartialEq)]
pub struct Holdout {
    pub weeks: u32,
    pub groups: Vec<HoldoutGroup>,
}

/// Below this P(alive) a repeat customer's habit has lapsed...
const SLIPPING: f64 = 0.6;
/// Slipping customers came within this many months (whatever RFM's period): anyone
/// longer gone belongs on a win-back list, not this one.
const AT_RISK_MONTHS: u32 = 12;
/// ...and below this they are gone rather than slipping: a win-back list, not this one.
const GONE: f64 = 0.02;

/// A valuable customer whose habit has lapsed.
#[derive(Clone, Debug, PartialEq)]
pub struct AtRisk {
    pub id: CustomerId,
    /// What they would spend over the horizon if still active, times the chance they
    /// are not: the value the shop stands to lose.
    pub value_at_risk: f64,
    pub p_alive: f64,
    pub last_purchase_ms: Millis,
    /// Their usual days between purchase days.
    pub usual_interval_days: f64,
}

/// One customer as the insights see them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CustomerInsight {
    pub score: Option<RfmScore>,
    pub segment: Option<RfmSegment>,
    pub outlook: Option<Outlook>,
}

pub struct Insights {
    pub computed_at_ms: Millis,
    pub options: InsightOptions,
    pub window_from_ms: Millis,
    pub grid: RfmGrid,
    pub models: Result<Models, ModelsError>,
    pub holdout: Option<Holdout>,
    /// Groups found by k-means; `None` with too few customers in the window.
    pub clusters: Option<CustomerClusters>,
    customers: Vec<CustomerId>,
    scores: Vec<Option<RfmScore>>,
    histories: Vec<Option<RepeatHistory>>,
    at_risk: Vec<AtRisk>,
}

impl Insights {
    fn index_of(&self, id: &CustomerId) -> Option<usize> {
        self.customers.iter().position(|c| c == id)
    }

    pub fn of(&self, id: &CustomerId) -> CustomerInsight {
        let Some(i) = self.index_of(id) else {
            return CustomerInsight {
                score: None,
                segment: None,
                outlook: None,
            };
        };
        let score = self.scores[i];
        CustomerInsight {
            score,
            segment: score.map(|s| self.options.table.segment_of(s)),
            outlook: match (&self.models, self.histories[i]) {
                (Ok(models), Some(h)) => Some(models.outlook(&h, self.options.horizon)),
                _ => None,
            },
        }
    }

    /// How many customers the insights looked at (indexes for `at`).
    pub fn customers(&self) -> usize {
        self.customers.len()
    }

    /// The `i`th customer looked at and their insight.
    pub fn at(&self, i: usize) -> Option<(&CustomerId, CustomerInsight)> {
        let id = self.customers.get(i)?;
        let score = self.scores.get(i).copied().flatten();
        let outlook = match (&self.models, self.histories.get(i).copied().flatten()) {
            (Ok(models), Some(h)) => Some(models.outlook(&h, self.options.horizon)),
            _ => None,
        };
        Some((
            id,
            CustomerInsight {
                score,
                segment: score.map(|s| self.options.table.segment_of(s)),
                outlook,
            },
        ))
    }

    /// The customers in one recency x frequency cell of the grid.
    pub fn in_cell(&self, recency: u8, frequency: u8) -> Vec<CustomerId> {
        self.matching(|s| s.recency == recency && s.frequency == frequency)
    }

    /// How many customers each segment holds, in `RfmSegment::ALL`'s order (one pass).
    pub fn segment_sizes(&self) -> [usize; RfmSegment::ALL.len()] {
        let mut sizes = [0; RfmSegment::ALL.len()];
        for score in self.scores.iter().flatten() {
            let segment = self.options.table.segment_of(*score);
            if let Some(i) = RfmSegment::ALL.iter().position(|s| *s == segment) {
                sizes[i] += 1;
            }
        }
        sizes
    }

    pub fn in_segment(&self, segment: RfmSegment) -> Vec<CustomerId> {
        self.matching(|s| self.options.table.segment_of(s) == segment)
    }

    fn matching(&self, keep: impl Fn(RfmScore) -> bool) -> Vec<CustomerId> {
        self.scores
            .iter()
            .zip(&self.customers)
            .filter(|(s, _)| s.is_some_and(&keep))
            .map(|(_, id)| id.clone())
            .collect()
    }

    /// Most value at risk first.
    pub fn at_risk(&self) -> &[AtRisk] {
        &self.at_risk
    }

    /// Customers scored (they bought within the window).
    pub fn scored(&self) -> usize {
        self.scores.iter().flatten().count()
    }
}

/// Work between pauses, in milliseconds: the page stays responsive (a long task is 50).
pub(super) const SLICE_MS: f64 = 20.0;
/// However fast they run (or where no clock is given), at most this many optimiser
/// iterations between pauses.
const MAX_ITERATIONS_PER_SLICE: u32 = 50;
/// Customers' histories built, or purchases dated, between pauses.
const CUSTOMERS_PER_SLICE: usize = 10_000;
const ROWS_PER_SLICE: usize = 100_000;
/// Days from 0001-01-01 (chrono's day numbering) to 1970-01-01.
const UNIX_EPOCH_DAY: i64 = 719_163;
const DAY_MS: i64 = 86_400_000;
/// Zone offsets change on the quarter hour at most: asked once per quarter hour seen.
const QUARTER_HOUR_MS: i64 = 900_000;

/// The sales columns insights read, copied so no borrow outlives a pause (a sale may be
/// recorded meanwhile).
struct Columns {
    customer: Vec<u32>,
    at_ms: Vec<Millis>,
    amount: Vec<i64>,
    voided: Vec<bool>,
}

impl InsightOptions {
    /// The owner's RFM choices, with the usual value horizon and holdout.
    pub fn with_rfm(rfm: &RfmSettings) -> Self {
        InsightOptions {
            window_months: rfm.window(),
            table: rfm.table.clone(),
            ..InsightOptions::default()
        }
    }
}

impl<S: Store> Book<S> {
    /// The insights as the owner set them up.
    pub fn saved_insight_options(&self) -> InsightOptions {
        InsightOptions::with_rfm(&self.settings.borrow().rfm)
    }

    /// Keeps RFM's period (the nearest offered, if another was asked) and segment table.
    pub async fn save_rfm_settings(&self, rfm: RfmSettings) -> BookResult<Changed> {
        let rfm = RfmSettings {
            window_months: rfm.window(),
            ..rfm
        };
        self.update_settings(|s| s.rfm = rfm.clone()).await
    }

    /// Who is left out of analytics (restricted, or withdrawn from it) or objects to
    /// marketing, as one number: insights worked out for another answer are stale.
    pub fn analytics_left_out(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let directory = self.directory.borrow();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for slot in 0..directory.slots() as u32 {
            if let Some(r) = directory.row(slot) {
                // Objectors too: they are out of the at-risk list.
                let (out, objects) = (!r.standing.in_analytics(), r.standing.objects);
                (out || objects).then(|| (&r.id, out, objects).hash(&mut hasher));
            }
        }
        hasher.finish()
    }

    /// RFM, the models, their holdout check and the at-risk list, as of today.
    pub async fn insights(&self, options: InsightOptions, progress: &dyn Fn(Progress)) -> Insights {
        let started = self.host.precise_ms();
        let now = self.host.now_ms();
        let today = self.host.today();
        let window_from_ms = today
            .checked_sub_months(Months::new(options.window_months))
            .map_or(Millis::MIN, |d| local_start_of_day(d, &self.zone()));
        let (customers, activity, columns, last_purchases, left_out) = {
            let sales = self.sales.borrow();
            let table = &sales.table;
            let columns = Columns {
                customer: table.customer.clone(),
                at_ms: table.at_ms.clone(),
                amount: table.amount.clone(),
                voided: table.voided.clone(),
            };
            let last: Vec<Option<Millis>> =
                sales.summaries.iter().map(|s| s.last_purchase_ms).collect();
            let mut activity = window_activity(table, window_from_ms, Millis::MAX);
            // Restricted people, and those who withdrew from analytics, count in no
            // score or model (their sales stay in the takings).
            let directory = self.directory.borrow();
            let left_out: Vec<bool> = table
                .customers()
                .iter()
                .map(|id| {
                    directory
                        .get(id)
                        .is_some_and(|r| !r.standing.in_analytics())
                })
                .collect();
            for (a, _) in activity.iter_mut().zip(&left_out).filter(|(_, out)| **out) {
                *a = Default::default();
            }
            (
                table.customers().to_vec(),
                activity,
                columns,
                last,
                left_out,
            )
        };
        self.host.measure("karibu:insights-read", started);
        progress(Progress {
            done: 0,
            total: 100,
        });
        self.host.pause().await;
        let (bounds, mut days) = self
            .purchase_days(&columns, customers.len(), progress)
            .await;
        drop(columns);
        let scoring = self.host.precise_ms();
        let scores = rfm_scores(&activity);
        let grid = rfm_grid(&scores, &activity);
        self.host.measure("karibu:insights-rfm", scoring);
        progress(Progress {
            done: 0,
            total: 100,
        });
        self.host.pause().await;

        // Histories as of today, and as of the holdout's start.
        let end = today.num_days_from_ce();
        let holdout_start = end - options.holdout_weeks as i32 * WEEK_DAYS as i32;
        let mut histories = Vec::with_capacity(customers.len());
        let mut calibration = Vec::new();
        let mut slice_start = self.host.precise_ms();
        for c in 0..customers.len() {
            if c % 256 == 255 {
                self.breathe(&mut slice_start).await;
            }
            if left_out[c] {
                histories.push(None);
            } else {
                let own = &mut days[bounds[c]..bounds[c + 1]];
                histories.push(history_of(c as u32, own, end, end));
                calibration.extend(history_of(c as u32, own, holdout_start, end));
            }
            if c % CUSTOMERS_PER_SLICE == CUSTOMERS_PER_SLICE - 1 {
                let done = 10 + 10 * c as u64 / customers.len() as u64;
                progress(Progress { done, total: 100 });
                self.host.pause().await;
            }
        }
        let fitted: Vec<RepeatHistory> = histories.iter().flatten().copied().collect();
        let models = self.fit_in_slices(&fitted, 20..55, progress).await;
        let holdout = match self.fit_in_slices(&calibration, 55..90, progress).await {
            Ok(m) => {
                let checking = self.host.precise_ms();
                let groups = holdout_check(
                    &m.bgnbd.model,
                    &calibration,
                    f64::from(options.holdout_weeks),
                );
                self.host.measure("karibu:insights-holdout", checking);
                Some(Holdout {
                    weeks: options.holdout_weeks,
                    groups,
                })
            }
            Err(_) => None,
        };
        let mut insights = Insights {
            computed_at_ms: now,
            options,
            window_from_ms,
            grid,
            models,
            holdout,
            customers,
            scores,
            histories,
            at_risk: Vec::new(),
            clusters: None,
        };
        let recent_from_ms = today
            .checked_sub_months(Months::new(AT_RISK_MONTHS))
            .map_or(Millis::MIN, |d| local_start_of_day(d, &self.zone()));
        insights.at_risk = self
            .find_at_risk(&insights, &last_purchases, recent_from_ms, progress)
            .await;
        insights.clusters = self.find_clusters(&activity, now).await;
        progress(Progress {
            done: 100,
            total: 100,
        });
        self.host.measure("karibu:insights", started);
        insights
    }

    /// One fit, paused every few iterations; progress creeps across `stage` (of 100),
    /// as the number of iterations is not known ahead.
    async fn fit_in_slices(
        &self,
        histories: &[RepeatHistory],
        stage: std::ops::Range<u64>,
        progress: &dyn Fn(Progress),
    ) -> Result<Models, ModelsError> {
        let mut fitting = ModelsFitting::new(histories)?;
        let mut slices = 0u64;
        loop {
            let slice_start = self.host.precise_ms();
            let mut more = true;
            let mut iterations = 0;
            while more
                && iterations < MAX_ITERATIONS_PER_SLICE
                && self.host.precise_ms() - slice_start < SLICE_MS
            {
                more = fitting.step(1);
                iterations += 1;
            }
            if !more {
                break;
            }
            slices += 1;
            let span = stage.end - stage.start;
            progress(Progress {
                done: stage.start + span * slices / (slices + 40),
                total: 100,
            });
            self.host.pause().await;
        }
        fitting.result()
    }

    /// Each customer's purchases as (shop's calendar day, amount), grouped by customer:
    /// the slice of customer `c` is `days[bounds[c]..bounds[c + 1]]`. Progress 0-10.
    async fn purchase_days(
        &self,
        columns: &Columns,
        customers: usize,
        progress: &dyn Fn(Progress),
    ) -> (Vec<usize>, Vec<(i32, f64)>) {
        let counted = |row: usize| columns.customer[row] != WALK_IN && !columns.voided[row];
        let mut bounds = vec![0usize; customers + 1];
        for row in (0..columns.customer.len()).filter(|&r| counted(r)) {
            if let Some(b) = bounds.get_mut(columns.customer[row] as usize + 1) {
                *b += 1;
            }
        }
        for i in 1..bounds.len() {
            bounds[i] += bounds[i - 1];
        }
        let mut next = bounds.clone();
        let mut days = vec![(0i32, 0f64); *bounds.last().unwrap_or(&0)];
        let zone = self.zone();
        let mut offset = (i64::MIN, 0i64);
        let mut slice_start = self.host.precise_ms();
        for row in 0..columns.customer.len() {
            // Asking the zone (a call into the browser) costs more on some days than
            // others: the clock decides when to pause.
            if row % 4_096 == 4_095 {
                self.breathe(&mut slice_start).await;
            }
            if row % ROWS_PER_SLICE == ROWS_PER_SLICE - 1 {
                let done = 10 * row as u64 / columns.customer.len() as u64;
                progress(Progress { done, total: 100 });
                self.host.pause().await;
            }
            if !counted(row) {
                continue;
            }
            let at = columns.at_ms[row];
            let quarter = at.div_euclid(QUARTER_HOUR_MS);
            if offset.0 != quarter {
                offset = (quarter, i64::from(zone.offset_minutes_at(at)) * 60_000);
            }
            let day = at.saturating_add(offset.1).div_euclid(DAY_MS) + UNIX_EPOCH_DAY;
            let slot = &mut next[columns.customer[row] as usize];
            days[*slot] = (
                day.clamp(0, i64::from(i32::MAX)) as i32,
                columns.amount[row] as f64,
            );
            *slot += 1;
        }
        (bounds, days)
    }

    /// Lets the page breathe once the current slice has run `SLICE_MS`.
    pub(super) async fn breathe(&self, slice_start: &mut f64) {
        if self.host.precise_ms() - *slice_start >= SLICE_MS {
            self.host.pause().await;
            *slice_start = self.host.precise_ms();
        }
    }

    async fn find_at_risk(
        &self,
        insights: &Insights,
        last_purchases: &[Option<Millis>],
        recent_from_ms: Millis,
        progress: &dyn Fn(Progress),
    ) -> Vec<AtRisk> {
        let Ok(models) = &insights.models else {
            return Vec::new();
        };
        // The at-risk list is for winning people back: marketing, which an objection
        // rules out (Art. 21(3)).
        let objects: Vec<bool> = {
            let directory = self.directory.borrow();
            let objecting = |id| directory.get(id).is_some_and(|r| r.standing.objects);
            insights.customers.iter().map(objecting).collect()
        };
        let mut found = Vec::new();
        let mut slice_start = self.host.precise_ms();
        for (i, h) in insights.histories.iter().enumerate() {
            // Each outlook sums a series: the clock decides, not a count.
            if i % 64 == 63 {
                self.breathe(&mut slice_start).await;
            }
            if i % CUSTOMERS_PER_SLICE == CUSTOMERS_PER_SLICE - 1 {
                let done = 90 + 10 * i as u64 / insights.histories.len() as u64;
                progress(Progress { done, total: 100 });
                self.host.pause().await;
            }
            // A habit needs two repeat days at least.
            let Some(h) = h.filter(|h| h.frequency >= 2 && !objects[i]) else {
                continue;
            };
            let p_alive = models.bgnbd.model.p_alive(&h);
            if !(GONE..SLIPPING).contains(&p_alive) {
                continue;
            }
            // Without a spend model, their own mean repeat spend stands in.
            let outlook = models.outlook(&h, insights.options.horizon);
            let value = outlook
                .value
                .unwrap_or(outlook.expected_visits * h.repeat_mean);
            let Some(last) = last_purchases.get(i).copied().flatten() else {
                continue;
            };
            if last < recent_from_ms {
                continue;
            }
            // Each month's expected purchases are P(alive) times those of an active
            // customer: this is what they would bring if still active, times the chance
            // they are not.
            let value_at_risk = value / p_alive * (1.0 - p_alive);
            if value_at_risk.is_finite() && value_at_risk > 0.0 {
                found.push(AtRisk {
                    id: insights.customers[i].clone(),
                    value_at_risk,
                    p_alive,
                    last_purchase_ms: last,
                    usual_interval_days: h.recency * WEEK_DAYS / f64::from(h.frequency),
                });
            }
        }
        found.sort_by(|a, b| b.value_at_risk.total_cmp(&a.value_at_risk));
        found
    }
}
