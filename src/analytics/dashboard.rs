//! The owner's dashboard: exact figures for a chosen period beside the period before it
//! (customers, new, active, repeat rate, retention and churn, average spend, visits per
//! customer, member and walk-in takings), the takings and visits over the period, new
//! against returning customers, and monthly cohort retention. Counted in one pass over
//! the sales table, a slice of rows at a time, on the shop's own calendar.

use crate::domain::interaction::Score;
use crate::domain::time::{local_start_of_day, Millis, ShopZone};
use crate::sales::{PurchaseTable, WALK_IN};
use chrono::{Datelike, Duration, Months, NaiveDate};
use std::ops::Range;

/// The periods the owner can look at; each is compared with the one just before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Period {
    /// The last 7 days, today included, by day.
    Week,
    /// The last 30 days, by day.
    #[default]
    Month,
    /// The last 13 weeks, by week.
    Quarter,
    /// This calendar month and the 11 before it, by month.
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Week, Period::Month, Period::Quarter, Period::Year];

    /// The last day of the period ending today, and of the one `back` periods earlier:
    /// for twelve months, the same date a year before, so a part month is compared with
    /// the same part of its month.
    fn last_day(self, today: NaiveDate, back: u32) -> NaiveDate {
        match (self, back) {
            (_, 0) => today,
            (Period::Year, _) => today
                .checked_sub_months(Months::new(12 * back))
                .unwrap_or(today),
            _ => self.first_day(today, back - 1) - Duration::days(1),
        }
    }

    /// The first day of the period ending today, and of the one `back` periods earlier.
    fn first_day(self, today: NaiveDate, back: u32) -> NaiveDate {
        let days = |n: i64| today - Duration::days(n * (i64::from(back) + 1) - 1);
        match self {
            Period::Week => days(7),
            Period::Month => days(30),
            Period::Quarter => days(91),
            Period::Year => {
                let this_month = today.with_day(1).unwrap_or(today);
                this_month
                    .checked_sub_months(Months::new(11 + 12 * back))
                    .unwrap_or(this_month)
            }
        }
    }

    /// The first day of each of the chart's steps in the period ending today.
    fn steps(self, first: NaiveDate, today: NaiveDate) -> Vec<NaiveDate> {
        let mut steps = Vec::new();
        let mut day = first;
        while day <= today {
            steps.push(day);
            day = match self {
                Period::Week | Period::Month => day + Duration::days(1),
                Period::Quarter => day + Duration::days(7),
                Period::Year => match day.checked_add_months(Months::new(1)) {
                    Some(next) => next,
                    None => break,
                },
            };
        }
        steps
    }

    pub fn step(self) -> Step {
        match self {
            Period::Week | Period::Month => Step::Day,
            Period::Quarter => Step::Week,
            Period::Year => Step::Month,
        }
    }
}

/// How long one step of the chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Day,
    Week,
    Month,
}

/// Cohorts are the customers whose first purchase fell in one of these many months.
pub const COHORT_MONTHS: usize = 12;

/// The moments the figures are counted between, worked out on the shop's calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    pub period: Period,
    /// The period's last day.
    pub today: NaiveDate,
    /// The period before last, the last one and this one, each as its first and last
    /// day and the moments it starts and ends (this one ends at the first moment after
    /// today).
    pub firsts: [NaiveDate; 3],
    pub lasts: [NaiveDate; 3],
    starts: [Millis; 3],
    ends: [Millis; 3],
    /// Each chart step's first day and first moment.
    pub steps: Vec<NaiveDate>,
    step_starts: Vec<Millis>,
    /// The cohort months' first days and first moments, oldest first.
    pub months: Vec<NaiveDate>,
    month_starts: Vec<Millis>,
}

impl Calendar {
    pub fn new(period: Period, today: NaiveDate, zone: &dyn ShopZone) -> Self {
        let start = |day| local_start_of_day(day, zone);
        let firsts = [
            period.first_day(today, 2),
            period.first_day(today, 1),
            period.first_day(today, 0),
        ];
        let lasts = [
            period.last_day(today, 2),
            period.last_day(today, 1),
            period.last_day(today, 0),
        ];
        let steps = period.steps(firsts[2], today);
        let this_month = today.with_day(1).unwrap_or(today);
        let months: Vec<NaiveDate> = (0..COHORT_MONTHS as u32)
            .rev()
            .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
            .collect();
        Calendar {
            period,
            today,
            firsts,
            lasts,
            starts: firsts.map(start),
            ends: lasts.map(|d| start(d + Duration::days(1))),
            step_starts: steps.iter().map(|d| start(*d)).collect(),
            steps,
            month_starts: months.iter().map(|d| start(*d)).collect(),
            months,
        }
    }

    /// Which of the three periods `at` falls in (0 the one before last, 2 this one).
    fn window_of(&self, at: Millis) -> Option<usize> {
        (0..3)
            .rev()
            .find(|w| at >= self.starts[*w] && at < self.ends[*w])
    }

    fn index_in(starts: &[Millis], end: Millis, at: Millis) -> Option<usize> {
        if at >= end || starts.first().is_none_or(|s| at < *s) {
            return None;
        }
        Some(starts.partition_point(|s| *s <= at) - 1)
    }
}

/// One customer's purchases as the dashboard needs them.
#[derive(Clone, Copy, Debug)]
struct Activity {
    first_ms: Millis,
    /// Purchases in the period before last, the last one and this one.
    visits: [u32; 3],
    /// Bit `i`: bought in chart step `i` (at most 31 steps).
    steps: u32,
    /// Bit `i`: bought in cohort month `i`.
    months: u16,
}

impl Default for Activity {
    fn default() -> Self {
        Activity {
            first_ms: Millis::MAX,
            visits: [0; 3],
            steps: 0,
            months: 0,
        }
    }
}

/// Takings in one period, every sale counted (walk-ins and the left-out too).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Takings {
    revenue: i64,
    visits: u64,
    member_revenue: i64,
}

/// The figures of one period.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Kpis {
    /// Customers in the book at the period's end, and added during it.
    pub customers: usize,
    pub new: usize,
    /// Customers who bought, and who bought more than once.
    pub active: usize,
    pub repeat: usize,
    /// Customers active in the period before, and of them those who came back in this.
    pub active_before: usize,
    pub retained: usize,
    /// Every sale's takings (minor units) and count; those with a customer named.
    pub revenue: i64,
    pub visits: u64,
    pub member_revenue: i64,
    /// Purchases by the customers counted in `active`.
    pub customer_visits: u64,
}

impl Kpis {
    fn share(part: usize, whole: usize) -> Option<f64> {
        (whole > 0).then(|| part as f64 / whole as f64)
    }

    pub fn repeat_rate(&self) -> Option<f64> {
        Self::share(self.repeat, self.active)
    }

    /// Of the customers who bought in the period before, the share who bought again.
    pub fn retention_rate(&self) -> Option<f64> {
        Self::share(self.retained, self.active_before)
    }

    pub fn churn_rate(&self) -> Option<f64> {
        self.retention_rate().map(|r| 1.0 - r)
    }

    /// Takings per sale, minor units.
    pub fn average_spend(&self) -> Option<f64> {
        (self.visits > 0).then(|| self.revenue as f64 / self.visits as f64)
    }

    pub fn visits_per_customer(&self) -> Option<f64> {
        (self.active > 0).then(|| self.customer_visits as f64 / self.active as f64)
    }

    pub fn walk_in_revenue(&self) -> i64 {
        self.revenue.saturating_sub(self.member_revenue)
    }
}

/// One step of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct StepFigures {
    pub first_day: NaiveDate,
    pub revenue: i64,
    pub visits: u64,
    /// Customers whose first purchase ever was in this step, and the others who bought.
    pub new: usize,
    pub returning: usize,
}

/// Customers whose first purchase fell in one month, and how many of them bought in
/// that month and each one after it (`active[0]` is the whole cohort).
#[derive(Clone, Debug, PartialEq)]
pub struct Cohort {
    pub first_day: NaiveDate,
    pub active: Vec<usize>,
}

impl Cohort {
    pub fn size(&self) -> usize {
        self.active.first().copied().unwrap_or(0)
    }

    /// The share of the cohort who bought `months_later`.
    pub fn retention(&self, months_later: usize) -> Option<f64> {
        let n = *self.active.get(months_later)?;
        Kpis::share(n, self.size())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    pub calendar: Calendar,
    pub current: Kpis,
    pub previous: Kpis,
    pub steps: Vec<StepFigures>,
    pub cohorts: Vec<Cohort>,
}

/// Counts the sales table a slice of rows at a time (the page breathes in between),
/// then `finish` adds who is in the book.
pub struct DashboardCounter {
    calendar: Calendar,
    customers: Vec<Activity>,
    takings: [Takings; 3],
    steps: Vec<(i64, u64)>,
}

impl DashboardCounter {
    pub fn new(calendar: Calendar) -> Self {
        let steps = vec![(0, 0); calendar.steps.len()];
        DashboardCounter {
            calendar,
            customers: Vec::new(),
            takings: [Takings::default(); 3],
            steps,
        }
    }

    /// Counts `rows` of the table (rows past its end are ignored: it may have been
    /// replaced meanwhile).
    pub fn add_rows(&mut self, table: &PurchaseTable, rows: Range<usize>) {
        let rows = rows.start.min(table.len())..rows.end.min(table.len());
        if self.customers.len() < table.customers().len() {
            self.customers
                .resize(table.customers().len(), Activity::default());
        }
        let cal = &self.calendar;
        for row in rows {
            if table.voided[row] {
                continue;
            }
            let (at, amount, customer) = (table.at_ms[row], table.amount[row], table.customer[row]);
            let window = cal.window_of(at);
            if let Some(w) = window {
                let t = &mut self.takings[w];
                t.revenue = t.revenue.saturating_add(amount);
                t.visits += 1;
                if customer != WALK_IN {
                    t.member_revenue = t.member_revenue.saturating_add(amount);
                }
            }
            let step = Calendar::index_in(&cal.step_starts, cal.ends[2], at);
            if let Some(s) = step {
                let figures = &mut self.steps[s];
                figures.0 = figures.0.saturating_add(amount);
                figures.1 += 1;
            }
            let Some(a) = self.customers.get_mut(customer as usize) else {
                continue;
            };
            a.first_ms = a.first_ms.min(at);
            if let Some(w) = window {
                a.visits[w] = a.visits[w].saturating_add(1);
            }
            if let Some(s) = step.filter(|s| *s < 32) {
                a.steps |= 1 << s;
            }
            if let Some(m) = Calendar::index_in(&cal.month_starts, cal.ends[2], at) {
                a.months |= 1 << m;
            }
        }
    }

    /// The figures. `counted[i]` says whether the table's `i`th customer counts in the
    /// per-customer figures (the restricted and those who withdrew from analytics do
    /// not; their sales stay in the takings); `created` holds when each customer in the
    /// book was added.
    pub fn finish(self, counted: &[bool], created: impl Iterator<Item = Millis>) -> Dashboard {
        let cal = self.calendar;
        let mut kpis = [Kpis::default(); 3];
        for (w, k) in kpis.iter_mut().enumerate() {
            let t = self.takings[w];
            (k.revenue, k.visits, k.member_revenue) = (t.revenue, t.visits, t.member_revenue);
        }
        let mut steps: Vec<StepFigures> = cal
            .steps
            .iter()
            .zip(&self.steps)
            .map(|(day, (revenue, visits))| StepFigures {
                first_day: *day,
                revenue: *revenue,
                visits: *visits,
                new: 0,
                returning: 0,
            })
            .collect();
        let mut cohorts: Vec<Cohort> = cal
            .months
            .iter()
            .enumerate()
            .map(|(i, day)| Cohort {
                first_day: *day,
                active: vec![0; COHORT_MONTHS - i],
            })
            .collect();
        for (i, a) in self.customers.iter().enumerate() {
            if !counted.get(i).copied().unwrap_or(false) || a.first_ms == Millis::MAX {
                continue;
            }
            for (w, k) in kpis.iter_mut().enumerate().skip(1) {
                let (now, before) = (a.visits[w], a.visits[w - 1]);
                k.active += usize::from(now > 0);
                k.repeat += usize::from(now > 1);
                k.active_before += usize::from(before > 0);
                k.retained += usize::from(now > 0 && before > 0);
                k.customer_visits += u64::from(now);
            }
            let first_step = Calendar::index_in(&cal.step_starts, cal.ends[2], a.first_ms);
            for (s, figures) in steps.iter_mut().enumerate().take(32) {
                if a.steps & (1 << s) != 0 {
                    if first_step == Some(s) {
                        figures.new += 1;
                    } else {
                        figures.returning += 1;
                    }
                }
            }
            if let Some(m) = Calendar::index_in(&cal.month_starts, cal.ends[2], a.first_ms) {
                for (later, n) in cohorts[m].active.iter_mut().enumerate() {
                    *n += usize::from(a.months & (1 << (m + later)) != 0);
                }
            }
        }
        for at in created {
            for (w, k) in kpis.iter_mut().enumerate() {
                let end = cal.ends[w];
                k.customers += usize::from(at < end);
                k.new += usize::from(at >= cal.starts[w] && at < end);
            }
        }
        Dashboard {
            calendar: cal,
            current: kpis[2],
            previous: kpis[1],
            steps,
            cohorts,
        }
    }
}

/// Feedback given in a period: the satisfaction scores (1 to 5) and the would-you-
/// recommend scores (0 to 10).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Satisfaction {
    pub csat_sum: u64,
    pub csat_responses: usize,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
}

impl Satisfaction {
    pub fn add(&mut self, score: Score) {
        match score {
            Score::Satisfaction(v) => {
                self.csat_sum += u64::from(v.clamp(1, 5));
                self.csat_responses += 1;
            }
            Score::Nps(v) if v >= 9 => self.promoters += 1,
            Score::Nps(v) if v >= 7 => self.passives += 1,
            Score::Nps(_) => self.detractors += 1,
        }
    }

    /// The average satisfaction, 1 to 5.
    pub fn csat_average(&self) -> Option<f64> {
        (self.csat_responses > 0).then(|| self.csat_sum as f64 / self.csat_responses as f64)
    }

    pub fn nps_responses(&self) -> usize {
        self.promoters + self.passives + self.detractors
    }

    /// Promoters less detractors, as a share of responses: -100 to 100.
    pub fn nps(&self) -> Option<f64> {
        let n = self.nps_responses();
        (n > 0).then(|| (self.promoters as f64 - self.detractors as f64) * 100.0 / n as f64)
    }
}

/// Feedback in this period and the one before, as the calendar counts them.
pub fn satisfaction(
    calendar: &Calendar,
    feedback: impl Iterator<Item = (Millis, Score)>,
) -> [Satisfaction; 2] {
    let mut out = [Satisfaction::default(); 2];
    for (at, score) in feedback {
        if let Some(w) = calendar.window_of(at).filter(|w| *w > 0) {
            out[w - 1].add(score);
        }
    }
    [out[1], out[0]]
}

/// The change from `before` to `now` as a share of `before` (`None` from nothing).
pub fn relative_change(now: f64, before: f64) -> Option<f64> {
    (before.abs() > f64::EPSILON).then(|| (now - before) / before.abs())
}
