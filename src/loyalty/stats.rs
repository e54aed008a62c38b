//! Programme-wide figures for the owner: what was issued and redeemed, what is still
//! owed (the liability), and how members spread across tiers.

use super::account::Account;
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

/// `accounts` pairs each member's account with the name of their current tier.
pub fn loyalty_stats<'a>(
    accounts: impl IntoIterator<Item = (&'a Account, Option<&'a str>)>,
) -> LoyaltyStats {
    let mut s = LoyaltyStats::default();
    for (account, tier) in accounts {
        s.issued += account.issued();
        s.redeemed += account.redeemed();
        s.outstanding += account.balance();
        *s.members_by_tier
            .entry(tier.unwrap_or("").to_owned())
            .or_default() += 1;
    }
    if s.issued > 0 {
        s.redemption_rate_pct = s.redeemed as f64 * 100.0 / s.issued as f64;
    }
    s
}
