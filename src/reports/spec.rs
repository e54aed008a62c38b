//! What a privacy-safe report asks for: one metric broken down one way over some months
//! of one year, with the privacy loss it may spend and the bounds that cap what any one
//! customer can add to a number (without a cap, one big spender's presence would show).

use super::noise::Epsilon;
use serde::{Deserialize, Serialize};

/// Below this no group is ever shown, whatever the owner sets.
pub const SMALLEST_GROUP_FLOOR: u32 = 5;
pub const DEFAULT_SMALLEST_GROUP: u32 = 10;
/// A customer counts in at most this many tag rows (their first tags, alphabetically),
/// so a person with twenty tags cannot swing twenty numbers.
pub const TAGS_PER_PERSON: u64 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Metric {
    /// Customers who bought in the months and the group.
    Customers,
    /// Their purchases, each customer's capped at `max_visits` per row.
    Visits,
    /// What they spent, each customer's capped at `max_spend` per row.
    Revenue,
    /// Revenue per customer: half the privacy loss for each of the two.
    AverageSpend,
}

impl Metric {
    pub const ALL: [Metric; 4] = [
        Metric::Customers,
        Metric::Visits,
        Metric::Revenue,
        Metric::AverageSpend,
    ];

    pub fn is_money(self) -> bool {
        matches!(self, Metric::Revenue | Metric::AverageSpend)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Breakdown {
    Month,
    Tag,
    AgeBand,
    Region,
    /// The owner's saved segments (a customer in several counts in their first three).
    Segment,
    /// The loyalty tier each member holds now.
    Tier,
}

impl Breakdown {
    pub const ALL: [Breakdown; 6] = [
        Breakdown::Month,
        Breakdown::Tag,
        Breakdown::AgeBand,
        Breakdown::Region,
        Breakdown::Segment,
        Breakdown::Tier,
    ];

    /// Groups named by the owner's or customers' own words (a tag, a town, a segment's
    /// or a tier's name) are left out by name when small: a tag can be a person's name.
    pub fn labels_are_free_text(self) -> bool {
        matches!(
            self,
            Breakdown::Tag | Breakdown::Region | Breakdown::Segment | Breakdown::Tier
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportSpec {
    pub metric: Metric,
    pub breakdown: Breakdown,
    pub year: i32,
    pub first_month: u32,
    pub last_month: u32,
    pub epsilon: Epsilon,
    /// k: a group of fewer customers is hidden.
    pub smallest_group: u32,
    /// The most purchases one customer adds to one row.
    pub max_visits: u32,
    /// The most one customer adds to one row, minor units.
    pub max_spend: i64,
    /// 90, 95 or 99: how sure the shown range is to hold the true number.
    pub confidence: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecProblem {
    SmallestGroupTooSmall,
    NoPrivacyLoss,
    MonthsOutOfOrder,
    BoundMissing,
    ConfidenceUnknown,
}

impl ReportSpec {
    pub fn new(metric: Metric, breakdown: Breakdown, year: i32) -> Self {
        ReportSpec {
            metric,
            breakdown,
            year,
            first_month: 1,
            last_month: 12,
            epsilon: Epsilon(1000),
            smallest_group: DEFAULT_SMALLEST_GROUP,
            max_visits: 10,
            max_spend: 1_000_000,
            confidence: 95,
        }
    }

    pub fn check(&self) -> Result<(), SpecProblem> {
        if self.smallest_group < SMALLEST_GROUP_FLOOR {
            return Err(SpecProblem::SmallestGroupTooSmall);
        }
        if self.epsilon.0 == 0 {
            return Err(SpecProblem::NoPrivacyLoss);
        }
        if !(1..=12).contains(&self.first_month)
            || !(1..=12).contains(&self.last_month)
            || self.first_month > self.last_month
        {
            return Err(SpecProblem::MonthsOutOfOrder);
        }
        let bound_needed = match self.metric {
            Metric::Customers => true,
            Metric::Visits => self.max_visits > 0,
            Metric::Revenue | Metric::AverageSpend => self.max_spend > 0,
        };
        if !bound_needed {
            return Err(SpecProblem::BoundMissing);
        }
        if ![90, 95, 99].contains(&self.confidence) {
            return Err(SpecProblem::ConfidenceUnknown);
        }
        Ok(())
    }

    pub fn alpha(&self) -> f64 {
        1.0 - f64::from(self.confidence) / 100.0
    }

    pub fn months(&self) -> u64 {
        u64::from(self.last_month.saturating_sub(self.first_month) + 1)
    }

    /// How many rows one customer can add to.
    pub fn rows_per_person(&self) -> u64 {
        match self.breakdown {
            Breakdown::Month => self.months(),
            Breakdown::Tag | Breakdown::Segment => TAGS_PER_PERSON,
            Breakdown::AgeBand | Breakdown::Region | Breakdown::Tier => 1,
        }
    }

    /// The most one customer adds to one row of `metric` (Customers: one).
    pub fn bound(&self, metric: Metric) -> u64 {
        match metric {
            Metric::Customers => 1,
            Metric::Visits => u64::from(self.max_visits),
            Metric::Revenue | Metric::AverageSpend => self.max_spend.max(0) as u64,
        }
    }

    /// L1 sensitivity of the released rows plus their total for one query (`metric` is
    /// Customers or the amount): adding or removing one customer moves them by at most
    /// this much in all. The total of Customers counts each person once; the total of an
    /// amount adds up their capped rows (by month) or caps their whole (other breakdowns).
    pub fn sensitivity(&self, metric: Metric) -> u64 {
        self.bound(metric)
            .saturating_mul(self.rows_per_person() + self.total_rows_per_person(metric))
    }

    /// How many of a customer's capped rows their part of the total adds up.
    pub fn total_rows_per_person(&self, metric: Metric) -> u64 {
        match (metric, self.breakdown) {
            (Metric::Customers, _) => 1,
            (_, Breakdown::Month) => self.months(),
            _ => 1,
        }
    }
}
