//! What happens at the counter, as whole steps: a sale with the points it earns (after
//! writing off any that lapsed), a redemption, a void with its reversal, and where a
//! customer stands. Each returns the records to store; the caller stores them together.

use super::account::{clamp_points, Account, EntryKind, LedgerEntry};
use super::programme::{Programme, Reward, TierBasis};
use super::rules::{self, LoyaltyError};
use crate::domain::purchase::{self, PurchaseProblem};
use crate::domain::time::Millis;
use crate::domain::{CustomerId, EntryId, Money, Purchase};

pub const YEAR_MS: i64 = 365 * 86_400_000;

/// A purchase and the ledger entries that go with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sale {
    pub purchase: Purchase,
    pub entries: Vec<LedgerEntry>,
    /// Points the purchase earned (0 for a walk-in).
    pub earned: i64,
}

/// The expiry of points lapsed by `at`, already applied to `account`.
fn write_off_lapsed(
    programme: &Programme,
    account: &mut Account,
    customer: &CustomerId,
    at: Millis,
    id: EntryId,
) -> Option<LedgerEntry> {
    let lapsed = rules::expire(programme, account, customer, at, id)?;
    // Expiry takes at most the balance, so this is never refused; if it were, nothing
    // is written off rather than a panic at the counter.
    account.push(lapsed.clone()).ok()?;
    Some(lapsed)
}

/// Rings up `purchase`: lapsed points are written off first, then the purchase earns
/// under today's rules and the customer's tier. `spend_12m` matters only when tiers go
/// by spend.
pub fn ring_up(
    programme: &Programme,
    account: &Account,
    purchase: Purchase,
    in_birthday_month: bool,
    spend_12m: Money,
    mut new_id: impl FnMut() -> EntryId,
) -> Sale {
    let Some(customer) = purchase.customer.clone() else {
        return Sale {
            purchase,
            entries: Vec::new(),
            earned: 0,
        };
    };
    let mut account = account.clone();
    let mut entries: Vec<LedgerEntry> =
        write_off_lapsed(programme, &mut account, &customer, purchase.at_ms, new_id())
            .into_iter()
            .collect();
    let earned = rules::earn(
        programme,
        &account,
        &purchase,
        in_birthday_month,
        spend_12m,
        new_id(),
    )
    .ok()
    .flatten();
    let points = earned.as_ref().map_or(0, |e| e.points);
    entries.extend(earned);
    Sale {
        purchase,
        entries,
        earned: points,
    }
}

/// The entries a redemption writes: lapsed points first, then the reward. Refused when
/// the balance left after expiry is short.
pub fn redeem(
    programme: &Programme,
    account: &Account,
    customer: &CustomerId,
    reward_id: &str,
    now: Millis,
    mut new_id: impl FnMut() -> EntryId,
) -> Result<Vec<LedgerEntry>, LoyaltyError> {
    let mut account = account.clone();
    let mut entries: Vec<LedgerEntry> =
        write_off_lapsed(programme, &mut account, customer, now, new_id())
            .into_iter()
            .collect();
    entries.push(rules::redeem(
        programme,
        &account,
        customer,
        reward_id,
        now,
        new_id(),
    )?);
    Ok(entries)
}

/// Voids a purchase with a reason and takes back the points it earned (as far as the
/// balance allows).
pub fn void_sale(
    programme: &Programme,
    account: &Account,
    stored: &Purchase,
    reason: &str,
    now: Millis,
    new_id: EntryId,
) -> Result<(Purchase, Vec<LedgerEntry>), PurchaseProblem> {
    let voided = purchase::void(stored, reason, now)?;
    let reversal = rules::reverse(programme, account, &voided, now, new_id);
    Ok((voided, reversal.into_iter().collect()))
}

/// Edits a stored purchase (amount, categories, note, time) and brings its points in
/// line: the difference between what it earned and what it earns now under today's
/// rules is added (an earn) or taken back (a reversal, no more than the balance).
/// The purchase keeps its id.
#[allow(clippy::too_many_arguments)]
pub fn edit_sale(
    programme: &Programme,
    account: &Account,
    stored: &Purchase,
    edited: Purchase,
    in_birthday_month: bool,
    spend_12m: Money,
    now: Millis,
    new_id: EntryId,
) -> Result<(Purchase, Vec<LedgerEntry>), PurchaseProblem> {
    if stored.void.is_some() {
        return Err(PurchaseProblem::AlreadyVoid);
    }
    let edited = Purchase {
        id: stored.id.clone(),
        customer: stored.customer.clone(),
        void: None,
        ..edited
    };
    let Some(customer) = edited.customer.clone() else {
        return Ok((edited, Vec::new()));
    };
    // The tier the customer had when the purchase was made, not the one it helped reach.
    let before: Vec<LedgerEntry> = account
        .entries()
        .iter()
        .filter(|e| e.at_ms < stored.at_ms)
        .cloned()
        .collect();
    let before = Account::from_entries(before);
    let tier = rules::tier_status(programme, &before, spend_12m, edited.at_ms).current;
    let now_worth = rules::points_for(programme, &edited, in_birthday_month, tier);
    // In i128: both sides are i64s of either sign when the ledger was damaged.
    let delta = i128::from(now_worth) - i128::from(account.net_for_purchase(&edited.id));
    let entry = |points, kind| LedgerEntry {
        id: new_id.clone(),
        customer: customer.clone(),
        at_ms: now,
        points,
        kind,
        programme_version: programme.version,
    };
    let purchase = edited.id.clone();
    let entries = match delta {
        0 => Vec::new(),
        more if more > 0 => {
            let more = clamp_points(more).min(account.headroom());
            (more > 0)
                .then(|| entry(more, EntryKind::Earn { purchase }))
                .into_iter()
                .collect()
        }
        less => {
            let take = clamp_points(-less).min(account.balance());
            let reason = "edited".to_owned();
            (take > 0)
                .then(|| entry(-take, EntryKind::Reverse { purchase, reason }))
                .into_iter()
                .collect()
        }
    };
    Ok((edited, entries))
}

/// Where a customer stands: what the counter and the customer page show.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    /// Points they can spend now (lapsed points already left out).
    pub balance: i64,
    pub tier: Option<String>,
    /// The next tier, how much more it needs (points or minor units), and the share of
    /// the way there, in percent.
    pub next_tier: Option<(String, i64, u8)>,
    pub tier_basis: TierBasis,
    pub rewards_now: Vec<Reward>,
    /// The cheapest reward out of reach and the points still needed.
    pub next_reward: Option<(Reward, i64)>,
}

pub fn standing(
    programme: &Programme,
    account: &Account,
    spend_12m: Money,
    now: Millis,
) -> Standing {
    let lapsed = account.expirable(programme.expiry, now).max(0);
    let balance = account.balance().saturating_sub(lapsed);
    let status = rules::tier_status(programme, account, spend_12m, now);
    let next_tier = status.next.map(|(tier, needed)| {
        // In i128: thresholds (from stored settings) and the value may be any i64.
        let from = i128::from(status.current.map_or(0, |t| t.threshold));
        let span = (i128::from(tier.threshold) - from).max(1);
        let done = (i128::from(status.value) - from).clamp(0, span);
        // 0..=100 by the clamp, so the cast is exact.
        let pct = (done * 100 / span) as u8;
        (tier.name.clone(), needed, pct)
    });
    let (now_ok, next) = rules::rewards_in_reach(programme, balance);
    Standing {
        balance,
        tier: status.current.map(|t| t.name.clone()),
        next_tier,
        tier_basis: programme.tier_basis,
        rewards_now: now_ok.into_iter().cloned().collect(),
        next_reward: next.map(|(r, needed)| (r.clone(), needed)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::start_of_day_ms;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> Millis {
        start_of_day_ms(NaiveDate::from_ymd_opt(y, m, d).unwrap()) + 9 * 3_600_000
    }

    fn sale(id: &str, amount: i64, when: Millis) -> Purchase {
        Purchase {
            id: id.into(),
            customer: Some("c1".into()),
            at_ms: when,
            amount: Money(amount),
            categories: vec![],
            note: String::new(),
            void: None,
        }
    }

    fn ids() -> impl FnMut() -> EntryId {
        let mut n = 0;
        move || {
            n += 1;
            format!("e{n:03}").as_str().into()
        }
    }

    fn apply(account: &mut Account, entries: &[LedgerEntry]) {
        entries
            .iter()
            .for_each(|e| account.push(e.clone()).unwrap());
    }

    #[test]
    fn a_counter_day_earn_redeem_void() {
        let p = Programme::default();
        let mut account = Account::default();
        let mut next = ids();
        // KES 5,000: 50 points + 5 for the visit.
        let s = ring_up(
            &p,
            &account,
            sale("p1", 500_000, at(2026, 5, 1)),
            false,
            Money(0),
            &mut next,
        );
        assert_eq!(s.earned, 55);
        apply(&mut account, &s.entries);
        let s = ring_up(
            &p,
            &account,
            sale("p2", 500_000, at(2026, 5, 2)),
            false,
            Money(0),
            &mut next,
        );
        apply(&mut account, &s.entries);
        let st = standing(&p, &account, Money(0), at(2026, 5, 2));
        assert_eq!(st.balance, 110);
        assert_eq!(st.tier.as_deref(), Some("Bronze"));
        assert_eq!(st.next_tier, Some(("Silver".into(), 390, 22)));
        assert_eq!(
            st.rewards_now
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ["coffee"]
        );
        assert_eq!(
            st.next_reward.as_ref().map(|(r, n)| (r.id.as_str(), *n)),
            Some(("ten-off", 140))
        );

        let redeemed = redeem(
            &p,
            &account,
            &"c1".into(),
            "coffee",
            at(2026, 5, 3),
            &mut next,
        )
        .unwrap();
        apply(&mut account, &redeemed);
        assert_eq!(account.balance(), 10);
        assert_eq!(
            redeem(
                &p,
                &account,
                &"c1".into(),
                "coffee",
                at(2026, 5, 3),
                &mut next
            ),
            Err(LoyaltyError::InsufficientPoints {
                balance: 10,
                cost: 100
            })
        );

        // Voiding p2 takes back only what is left of its 55 points.
        let (voided, reversal) = void_sale(
            &p,
            &account,
            &sale("p2", 500_000, at(2026, 5, 2)),
            "twice",
            at(2026, 5, 4),
            next(),
        )
        .unwrap();
        assert!(!voided.counts());
        assert_eq!(reversal[0].points, -10);
        apply(&mut account, &reversal);
        assert_eq!(account.balance(), 0);
    }

    #[test]
    fn lapsed_points_are_written_off_before_a_sale_and_never_shown() {
        let p = Programme::default(); // points valid 12 months
        let mut account = Account::default();
        let mut next = ids();
        let s = ring_up(
            &p,
            &account,
            sale("p1", 100_000, at(2025, 1, 10)),
            false,
            Money(0),
            &mut next,
        );
        apply(&mut account, &s.entries);
        assert_eq!(account.balance(), 15);
        assert_eq!(standing(&p, &account, Money(0), at(2026, 2, 1)).balance, 0);
        let s = ring_up(
            &p,
            &account,
            sale("p2", 100_000, at(2026, 2, 1)),
            false,
            Money(0),
            &mut next,
        );
        assert_eq!(s.entries.len(), 2, "an expiry, then the earn");
        assert_eq!(s.entries[0].points, -15);
        apply(&mut account, &s.entries);
        assert_eq!(account.balance(), 15);
    }

    #[test]
    fn an_edit_takes_back_the_old_points_and_earns_anew() {
        let p = Programme::default();
        let mut account = Account::default();
        let mut next = ids();
        let first = sale("p1", 500_000, at(2026, 5, 1));
        let s = ring_up(&p, &account, first.clone(), false, Money(0), &mut next);
        apply(&mut account, &s.entries);
        assert_eq!(account.balance(), 55);
        let mut typo = first.clone();
        typo.amount = Money(50_000); // KES 500, not 5,000
        let later = at(2026, 5, 1) + 60_000;
        let (edited, entries) =
            edit_sale(&p, &account, &first, typo, false, Money(0), later, next()).unwrap();
        assert_eq!(edited.id, first.id);
        assert_eq!(entries.iter().map(|e| e.points).collect::<Vec<_>>(), [-45]);
        apply(&mut account, &entries);
        assert_eq!(account.balance(), 10);
        assert_eq!(
            account.net_for_purchase(&first.id),
            10,
            "the purchase's net is its new points"
        );
        // Corrected upwards again, the difference is earned.
        let (_, entries) = edit_sale(
            &p,
            &account,
            &edited,
            first.clone(),
            false,
            Money(0),
            later,
            next(),
        )
        .unwrap();
        assert_eq!(entries.iter().map(|e| e.points).collect::<Vec<_>>(), [45]);
        apply(&mut account, &entries);
        // Points already spent are not clawed back below zero.
        let spent = rules::adjust(&p, &account, &"c1".into(), -50, "gift", later, next()).unwrap();
        apply(&mut account, &[spent]);
        let mut tiny = first.clone();
        tiny.amount = Money(1); // worth only the 5 visit points now
        let (_, entries) =
            edit_sale(&p, &account, &first, tiny, false, Money(0), later, next()).unwrap();
        assert_eq!(entries.iter().map(|e| e.points).collect::<Vec<_>>(), [-5]);
    }

    #[test]
    fn walk_ins_earn_nothing() {
        let p = Programme::default();
        let mut walk_in = sale("p1", 100_000, at(2026, 1, 1));
        walk_in.customer = None;
        let s = ring_up(&p, &Account::default(), walk_in, false, Money(0), ids());
        assert!(s.entries.is_empty());
        assert_eq!(s.earned, 0);
    }
}
