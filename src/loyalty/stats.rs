//! Programme-wide figures for the owner: what was issued and redeemed, what is still
//! owed (the liability), and how members spread across tiers.

use super::account::{clamp_points, Account};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoyaltyStats {
    pub issued: i64,
    pub redeemed: i64,
    /// Points customers hold and could still redeem.
    pub outstanding: i64,
    /// Redeemed as a share of issued, in percent (0 when nothing was issued).
    pub redemption_rate_pct: f64,
    pub members_by_tier: BTreeMap<String, usize>,
}

impl LoyaltyStats {
    /// Members per tier in the programme's own order (lowest first, empty tiers too),
    /// then any tier no longer in the programme, then members with no tier ("").
    pub fn members_in_tier_order(&self, tiers: &[super::Tier]) -> Vec<(String, usize)> {
        let mut rest = self.members_by_tier.clone();
        let mut ordered: Vec<(String, usize)> = tiers
            .iter()
            .map(|t| (t.name.clone(), rest.remove(&t.name).unwrap_or(0)))
            .collect();
        let untiered = rest.remove("");
        ordered.extend(rest);
        ordered.extend(untiered.map(|n| (String::new(), n)));
        ordered
    }
}

/// `accounts` pairs each member's account with the name of their current tier.
pub fn loyalty_stats<'a>(
    accounts: impl IntoIterator<Item = (&'a Account, Option<&'a str>)>,
) -> LoyaltyStats {
    let mut s = LoyaltyStats::default();
    // Added up exactly in i128 and clamped at the end: a million members' totals must
    // not wrap, even from damaged ledgers, nor depend on the order they come in.
    let (mut issued, mut redeemed, mut outstanding) = (0i128, 0i128, 0i128);
    for (account, tier) in accounts {
        issued += i128::from(account.issued());
        redeemed += i128::from(account.redeemed());
        outstanding += i128::from(account.balance());
        *s.members_by_tier
            .entry(tier.unwrap_or("").to_owned())
            .or_default() += 1;
    }
    s.issued = clamp_points(issued);
    s.redeemed = clamp_points(redeemed);
    s.outstanding = clamp_points(outstanding);
    if s.issued > 0 {
        s.redemption_rate_pct = s.redeemed as f64 * 100.0 / s.issued as f64;
    }
    s
}
