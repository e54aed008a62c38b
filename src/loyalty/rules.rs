//! What the programme's rules make of a purchase, a redemption, a void, the passing of
//! time and a manual adjustment. Each returns the ledger entry to append (already
//! checked against the account); nothing here stores anything.

use super::account::{clamp_points, Account, EntryKind, LedgerEntry};
use super::programme::{Programme, Reward, Tier, TierBasis, MAX_POINTS_FIELD};
use crate::domain::time::{local_date_of, Millis, ShopZone};
use crate::domain::{Birthday, EntryId, Money, Purchase};
use chrono::Datelike;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoyaltyError {
    /// A redemption costs more than the balance.
    InsufficientPoints {
        balance: i64,
        cost: i64,
    },
    UnknownReward,
    RewardInactive,
    ReasonRequired,
    /// A downward adjustment larger than the balance.
    WouldGoNegative {
        balance: i64,
        change: i64,
    },
    /// A walk-in purchase has no account to earn into.
    NoCustomer,
    /// An adjustment that is not a whole number of points.
    PointsNotWhole,
    /// An adjustment of more than `max` points either way.
    PointsTooLarge {
        max: i64,
    },
    /// The balance cannot hold that many more points.
    BalanceFull,
}

const YEAR_MS: i64 = 365 * 86_400_000;

/// Where a customer stands among the tiers.
#[derive(Clone, Debug, PartialEq)]
pub struct TierStatus<'a> {
    pub current: Option<&'a Tier>,
    /// Points earned, or minor units spent, over the last 12 months.
    pub value: i64,
    /// The next tier up and how much more is needed to reach it.
    pub next: Option<(&'a Tier, i64)>,
}

pub fn tier_status<'a>(
    programme: &'a Programme,
    account: &Account,
    spend_12m: Money,
    now: Millis,
) -> TierStatus<'a> {
    let value = match programme.tier_basis {
        TierBasis::PointsEarned12m => account.earned_since(now.saturating_sub(YEAR_MS)),
        TierBasis::Spend12m => spend_12m.0,
    };
    let current = programme.tiers.iter().rfind(|t| t.threshold <= value);
    let next = programme
        .tiers
        .iter()
        .find(|t| t.threshold > value)
        .map(|t| (t, t.threshold.saturating_sub(value)));
    TierStatus {
        current,
        value,
        next,
    }
}

/// Points a purchase earns under the current rules, tier and birthday.
///
/// Worked in i128: within the settings form's limits the result is at most
/// `programme::MAX_EARN`, so nothing overflows. Stored settings are not re-checked
/// (a programme saved before the limits may exceed them), so the steps saturate and
/// the result is clamped to an i64 rather than wrapping.
pub fn points_for(
    programme: &Programme,
    purchase: &Purchase,
    in_birthday_month: bool,
    tier: Option<&Tier>,
) -> i64 {
    let rules = &programme.earn;
    let units = if rules.per_amount.0 > 0 {
        i128::from(purchase.amount.0) / i128::from(rules.per_amount.0)
    } else {
        0
    };
    let bonus_per_unit: i64 = rules
        .category_bonus
        .iter()
        .filter(|(cat, _)| {
            purchase
                .categories
                .iter()
                .any(|c| c.eq_ignore_ascii_case(cat))
        })
        .map(|(_, extra)| *extra)
        .max()
        .unwrap_or(0);
    let rate = i128::from(rules.points) + i128::from(bonus_per_unit);
    let base = units
        .saturating_mul(rate)
        .saturating_add(i128::from(rules.per_visit));
    let birthday_pct = if in_birthday_month {
        i128::from(rules.birthday_month_pct)
    } else {
        100
    };
    let tier_pct = tier.map_or(100, |t| i128::from(t.multiplier_pct));
    let points = base.saturating_mul(birthday_pct) / 100;
    let points = points.saturating_mul(tier_pct) / 100;
    clamp_points(points.max(0))
}

/// Whether a sale at `at` falls in the birthday month, in the shop's own calendar (a
/// sale just after local midnight on the 1st is in the new month wherever the shop is).
pub fn in_birthday_month(birthday: Option<Birthday>, at: Millis, zone: &dyn ShopZone) -> bool {
    birthday.is_some_and(|b| u32::from(b.month) == local_date_of(at, zone).month())
}

/// The earn entry for a purchase, or `None` if it earns nothing.
pub fn earn(
    programme: &Programme,
    account: &Account,
    purchase: &Purchase,
    in_birthday_month: bool,
    spend_12m: Money,
    id: EntryId,
) -> Result<Option<LedgerEntry>, LoyaltyError> {
    let customer = purchase.customer.clone().ok_or(LoyaltyError::NoCustomer)?;
    if !purchase.counts() {
        return Ok(None);
    }
    let tier = tier_status(programme, account, spend_12m, purchase.at_ms).current;
    // A balance at the top of what it can hold earns no further (only reachable with
    // absurd rules or stored data): the sale still stands.
    let points = points_for(programme, purchase, in_birthday_month, tier).min(account.headroom());
    Ok((points > 0).then(|| LedgerEntry {
        id,
        customer,
        at_ms: purchase.at_ms,
        points,
        kind: EntryKind::Earn {
            purchase: purchase.id.clone(),
        },
        programme_version: programme.version,
    }))
}

pub fn find_reward<'a>(
    programme: &'a Programme,
    reward_id: &str,
) -> Result<&'a Reward, LoyaltyError> {
    let reward = programme
        .rewards
        .iter()
        .find(|r| r.id == reward_id)
        .ok_or(LoyaltyError::UnknownReward)?;
    if offered(reward) {
        Ok(reward)
    } else {
        Err(LoyaltyError::RewardInactive)
    }
}

/// Active, with a cost the form allows (stored settings could hold one that would give
/// points or overflow when taken off).
fn offered(reward: &Reward) -> bool {
    reward.active && reward.cost > 0
}

pub fn redeem(
    programme: &Programme,
    account: &Account,
    customer: &crate::domain::CustomerId,
    reward_id: &str,
    now: Millis,
    id: EntryId,
) -> Result<LedgerEntry, LoyaltyError> {
    let reward = find_reward(programme, reward_id)?;
    if reward.cost > account.balance() {
        return Err(LoyaltyError::InsufficientPoints {
            balance: account.balance(),
            cost: reward.cost,
        });
    }
    Ok(LedgerEntry {
        id,
        customer: customer.clone(),
        at_ms: now,
        points: -reward.cost,
        kind: EntryKind::Redeem {
            reward: reward.id.clone(),
            name: reward.name.clone(),
        },
        programme_version: programme.version,
    })
}

/// Takes back what a voided purchase earned. If some of those points were already
/// spent, only what is left is taken, so the balance never goes below zero.
pub fn reverse(
    programme: &Programme,
    account: &Account,
    purchase: &Purchase,
    now: Millis,
    id: EntryId,
) -> Option<LedgerEntry> {
    let customer = purchase.customer.clone()?;
    let net = account.net_for_purchase(&purchase.id);
    let take = net.min(account.balance());
    (take > 0).then(|| LedgerEntry {
        id,
        customer,
        at_ms: now,
        points: -take,
        kind: EntryKind::Reverse {
            purchase: purchase.id.clone(),
            reason: purchase
                .void
                .as_ref()
                .map(|v| v.reason.clone())
                .unwrap_or_default(),
        },
        programme_version: programme.version,
    })
}

/// Writes off points that have lapsed by `now`.
pub fn expire(
    programme: &Programme,
    account: &Account,
    customer: &crate::domain::CustomerId,
    now: Millis,
    id: EntryId,
) -> Option<LedgerEntry> {
    let lapsed = account.expirable(programme.expiry, now);
    (lapsed > 0).then(|| LedgerEntry {
        id,
        customer: customer.clone(),
        at_ms: now,
        points: -lapsed,
        kind: EntryKind::Expire,
        programme_version: programme.version,
    })
}

pub fn adjust(
    programme: &Programme,
    account: &Account,
    customer: &crate::domain::CustomerId,
    points: i64,
    reason: &str,
    now: Millis,
    id: EntryId,
) -> Result<LedgerEntry, LoyaltyError> {
    if reason.trim().is_empty() {
        return Err(LoyaltyError::ReasonRequired);
    }
    if points.unsigned_abs() > MAX_POINTS_FIELD.unsigned_abs() {
        return Err(LoyaltyError::PointsTooLarge {
            max: MAX_POINTS_FIELD,
        });
    }
    match account.balance().checked_add(points) {
        Some(after) if after >= 0 => {}
        None if points > 0 => return Err(LoyaltyError::BalanceFull),
        _ => {
            return Err(LoyaltyError::WouldGoNegative {
                balance: account.balance(),
                change: points,
            })
        }
    }
    Ok(LedgerEntry {
        id,
        customer: customer.clone(),
        at_ms: now,
        points,
        kind: EntryKind::Adjust {
            reason: reason.trim().to_owned(),
        },
        programme_version: programme.version,
    })
}

/// Rewards the balance can pay for now, and the cheapest one still out of reach.
pub fn rewards_in_reach(
    programme: &Programme,
    balance: i64,
) -> (Vec<&Reward>, Option<(&Reward, i64)>) {
    let active = programme.rewards.iter().filter(|r| offered(r));
    let available = active.clone().filter(|r| r.cost <= balance).collect();
    let next = active
        .filter(|r| r.cost > balance)
        .min_by_key(|r| r.cost)
        .map(|r| (r, r.cost.saturating_sub(balance)));
    (available, next)
}
