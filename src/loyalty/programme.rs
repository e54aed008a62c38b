//! The programme's settings, as the owner sets them.

use crate::domain::money::MAX_AMOUNT;
use crate::domain::{Currency, Money};
use serde::{Deserialize, Serialize};

// What the settings form accepts. Each is far beyond what a shop would choose, and
// together with `MAX_AMOUNT` they bound one purchase's points (`MAX_EARN`, checked
// below when compiling) well inside an i64, so a sale's points cannot overflow.

/// Points (and a category's extra points) for every `per_amount`.
pub const MAX_RATE_POINTS: i64 = 1_000;
/// Flat points for each purchase.
pub const MAX_PER_VISIT: i64 = 1_000_000;
/// The birthday and tier percentages: at most ten times the points.
pub const MAX_PCT: i64 = 1_000;
/// A hundred years.
pub const MAX_EXPIRY_MONTHS: i64 = 1_200;
/// A tier's threshold in points, a reward's cost, and one manual adjustment.
pub const MAX_POINTS_FIELD: i64 = 1_000_000_000_000;

/// The most one purchase can earn under a programme within the limits above: every
/// minor unit a unit, at the top rate plus the top category bonus, plus the visit
/// points, doubled up by the top birthday and tier percentages.
pub const MAX_EARN: i128 =
    (MAX_AMOUNT.0 as i128 * 2 * MAX_RATE_POINTS as i128 + MAX_PER_VISIT as i128) * MAX_PCT as i128
        / 100
        * MAX_PCT as i128
        / 100;
const _: () = assert!(MAX_EARN < i64::MAX as i128);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    /// Bumped on every change; each ledger entry records the version it was made under.
    pub version: u32,
    pub currency: Currency,
    pub earn: EarnRules,
    pub expiry: Expiry,
    pub tier_basis: TierBasis,
    /// Ascending by threshold; the first is usually 0 (everyone's starting tier).
    pub tiers: Vec<Tier>,
    pub rewards: Vec<Reward>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EarnRules {
    /// `points` for every full `per_amount` spent: 1 point per KES 100 is (1, 10000).
    pub points: i64,
    pub per_amount: Money,
    /// Flat points for each purchase.
    pub per_visit: i64,
    /// Percent applied in the customer's birthday month (100 = no bonus, 200 = double).
    pub birthday_month_pct: u32,
    /// Extra points per `per_amount` for purchases in these categories.
    pub category_bonus: Vec<(String, i64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "months", rename_all = "snake_case")]
pub enum Expiry {
    Never,
    /// The whole balance lapses after this many months without earning or redeeming.
    AfterInactiveMonths(u32),
    /// Each point lapses this many months after it was earned (oldest used first).
    ValidForMonths(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierBasis {
    /// Points earned in the last 12 months.
    PointsEarned12m,
    /// Money spent in the last 12 months (thresholds in minor units).
    Spend12m,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    pub name: String,
    pub threshold: i64,
    /// Percent applied to points earned (100 = none, 150 = one and a half times).
    pub multiplier_pct: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reward {
    pub id: String,
    pub name: String,
    pub cost: i64,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

impl Default for Programme {
    /// A café's starting programme: 1 point per 100 spent, 5 a visit, double in the
    /// birthday month, points valid 12 months, Bronze/Silver/Gold by points earned.
    fn default() -> Self {
        let tier = |name: &str, threshold, multiplier_pct| Tier {
            name: name.into(),
            threshold,
            multiplier_pct,
        };
        let reward = |id: &str, name: &str, cost| Reward {
            id: id.into(),
            name: name.into(),
            cost,
            active: true,
        };
        Self {
            version: 1,
            currency: Currency::default(),
            earn: EarnRules {
                points: 1,
                per_amount: Money(10_000),
                per_visit: 5,
                birthday_month_pct: 200,
                category_bonus: Vec::new(),
            },
            expiry: Expiry::ValidForMonths(12),
            tier_basis: TierBasis::PointsEarned12m,
            tiers: vec![
                tier("Bronze", 0, 100),
                tier("Silver", 500, 125),
                tier("Gold", 1_500, 150),
            ],
            rewards: vec![
                reward("coffee", "Free coffee", 100),
                reward("ten-off", "10% off", 250),
            ],
        }
    }
}

/// The starting programme's tier and reward names in the owner's language, so a shop
/// in Tbilisi does not begin with "Bronze" and "Free coffee".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartingNames {
    /// The three tiers, lowest first.
    pub tiers: [String; 3],
    /// The free coffee, then the 10% off.
    pub rewards: [String; 2],
}

impl Programme {
    /// This programme with the starting names, if it is still exactly the starting
    /// programme; `None` once the owner has changed anything (their names are theirs).
    pub fn with_starting_names(&self, names: &StartingNames) -> Option<Programme> {
        if *self != Programme::default() {
            return None;
        }
        let mut named = self.clone();
        for (tier, name) in named.tiers.iter_mut().zip(&names.tiers) {
            tier.name = name.clone();
        }
        for (reward, name) in named.rewards.iter_mut().zip(&names.rewards) {
            reward.name = name.clone();
        }
        Some(named)
    }
}
