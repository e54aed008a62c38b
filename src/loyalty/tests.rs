//! The programme's rules on worked examples.

use super::account::{add_months, Account, EntryKind};
use super::programme::{Expiry, Programme, TierBasis};
use super::rules::{self, LoyaltyError};
use crate::domain::time::{start_of_day_ms, FixedOffset};
use crate::domain::{Birthday, Money, Purchase, PurchaseId};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> i64 {
    start_of_day_ms(NaiveDate::from_ymd_opt(y, m, d).unwrap()) + 10 * 3_600_000
}

fn purchase(id: &str, amount: i64, at: i64) -> Purchase {
    Purchase {
        id: PurchaseId(id.into()),
        customer: Some("c1".into()),
        at_ms: at,
        amount: Money(amount),
        categories: vec![],
        note: String::new(),
        void: None,
    }
}

fn earn(p: &Programme, a: &mut Account, purchase: &Purchase, birthday: Option<Birthday>) -> i64 {
    let e = rules::earn(
        p,
        a,
        purchase,
        rules::in_birthday_month(birthday, purchase.at_ms, &FixedOffset(0)),
        Money(0),
        format!("e-{}", purchase.id).as_str().into(),
    )
    .unwrap()
    .unwrap();
    let points = e.points;
    a.push(e).unwrap();
    points
}

#[test]
fn points_per_amount_per_visit_birthday_and_category() {
    let mut p = Programme::default();
    p.tiers.truncate(1);
    let mut a = Account::default();
    // KES 1,250.00: 12 full hundreds + 5 for the visit.
    assert_eq!(
        earn(&p, &mut a, &purchase("p1", 125_000, day(2026, 3, 1)), None),
        17
    );
    // Birthday month doubles.
    let bday = Some(Birthday {
        month: 3,
        day: 20,
        year: None,
    });
    assert_eq!(
        earn(&p, &mut a, &purchase("p2", 10_000, day(2026, 3, 2)), bday),
        12
    );
    // Beans earn 2 extra points per hundred.
    p.earn.category_bonus = vec![("beans".into(), 2)];
    let mut beans = purchase("p3", 20_000, day(2026, 4, 1));
    beans.categories = vec!["Beans".into()];
    assert_eq!(earn(&p, &mut a, &beans, None), 2 * 3 + 5);
    assert_eq!(a.balance(), 17 + 12 + 11);
    let walk_in = Purchase {
        customer: None,
        ..purchase("p4", 500, day(2026, 4, 2))
    };
    assert_eq!(
        rules::earn(&p, &a, &walk_in, false, Money(0), "x".into()),
        Err(LoyaltyError::NoCustomer)
    );
}

#[test]
fn tiers_multiply_and_show_progress() {
    let p = Programme::default();
    let mut a = Account::default();
    let now = day(2026, 6, 1);
    let status = rules::tier_status(&p, &a, Money(0), now);
    assert_eq!(status.current.unwrap().name, "Bronze");
    assert_eq!(
        status.next.map(|(t, need)| (t.name.as_str(), need)),
        Some(("Silver", 500))
    );
    // 600 points earned moves the customer to Silver, whose purchases earn 125%.
    earn(
        &p,
        &mut a,
        &purchase("big", 5_950_000, day(2026, 5, 1)),
        None,
    );
    let status = rules::tier_status(&p, &a, Money(0), now);
    assert_eq!(status.current.unwrap().name, "Silver");
    assert_eq!(
        earn(
            &p,
            &mut a,
            &purchase("next", 100_000, day(2026, 6, 1)),
            None
        ),
        (10 + 5) * 125 / 100
    );
    // By spend instead of points.
    let by_spend = Programme {
        tier_basis: TierBasis::Spend12m,
        ..Programme::default()
    };
    assert_eq!(
        rules::tier_status(&by_spend, &a, Money(1_600), now)
            .current
            .unwrap()
            .name,
        "Gold"
    );
}

#[test]
fn redeeming_more_than_the_balance_is_refused() {
    let p = Programme::default();
    let mut a = Account::default();
    earn(&p, &mut a, &purchase("p1", 950_000, day(2026, 1, 5)), None); // 100 points
    let c = "c1".into();
    let free_coffee = rules::redeem(&p, &a, &c, "coffee", day(2026, 1, 6), "r1".into()).unwrap();
    assert_eq!(free_coffee.points, -100);
    a.push(free_coffee).unwrap();
    assert_eq!(a.balance(), 0);
    assert_eq!(
        rules::redeem(&p, &a, &c, "ten-off", day(2026, 1, 7), "r2".into()),
        Err(LoyaltyError::InsufficientPoints {
            balance: 0,
            cost: 250
        })
    );
    assert_eq!(
        rules::redeem(&p, &a, &c, "nope", 0, "r3".into()),
        Err(LoyaltyError::UnknownReward)
    );
}

#[test]
fn voiding_takes_back_only_what_is_left() {
    let p = Programme::default();
    let mut a = Account::default();
    let mut bought = purchase("p1", 1_450_000, day(2026, 2, 1)); // 145 + 5 = 150
    earn(&p, &mut a, &bought, None);
    let c = "c1".into();
    a.push(rules::redeem(&p, &a, &c, "coffee", day(2026, 2, 2), "r1".into()).unwrap())
        .unwrap();
    bought = crate::domain::purchase::void(&bought, "card declined", day(2026, 2, 3)).unwrap();
    let reversal = rules::reverse(&p, &a, &bought, day(2026, 2, 3), "v1".into()).unwrap();
    assert_eq!(reversal.points, -50, "100 were already spent on the coffee");
    a.push(reversal).unwrap();
    assert_eq!(a.balance(), 0);
    assert_eq!(
        rules::reverse(&p, &a, &bought, day(2026, 2, 4), "v2".into()),
        None,
        "never twice"
    );
}

#[test]
fn points_lapse_oldest_first() {
    let mut p = Programme {
        expiry: Expiry::ValidForMonths(12),
        ..Programme::default()
    };
    p.tiers.truncate(1);
    let mut a = Account::default();
    earn(
        &p,
        &mut a,
        &purchase("old", 950_000, day(2025, 1, 10)),
        None,
    ); // 100
    earn(&p, &mut a, &purchase("new", 450_000, day(2025, 9, 1)), None); // 50
    let c = "c1".into();
    a.push(rules::redeem(&p, &a, &c, "coffee", day(2025, 10, 1), "r".into()).unwrap())
        .unwrap(); // uses "old"
    assert_eq!(
        a.expirable(p.expiry, day(2026, 2, 1)),
        0,
        "the old lot was spent"
    );
    assert_eq!(a.expirable(p.expiry, day(2026, 9, 2)), 50);
    let lapse = rules::expire(&p, &a, &c, day(2026, 9, 2), "x".into()).unwrap();
    assert!(matches!(lapse.kind, EntryKind::Expire));
    a.push(lapse).unwrap();
    assert_eq!(a.balance(), 0);
    assert_eq!(
        rules::expire(&p, &a, &c, day(2026, 12, 1), "y".into()),
        None
    );
}

#[test]
fn inactivity_expiry_takes_the_whole_balance() {
    let p = Programme {
        expiry: Expiry::AfterInactiveMonths(6),
        ..Programme::default()
    };
    let mut a = Account::default();
    earn(&p, &mut a, &purchase("p", 950_000, day(2026, 1, 31)), None);
    assert_eq!(a.expirable(p.expiry, day(2026, 7, 30)), 0);
    assert_eq!(a.expirable(p.expiry, day(2026, 7, 31)), 100);
    assert_eq!(
        add_months(day(2026, 1, 31), 1),
        start_of_day_ms(NaiveDate::from_ymd_opt(2026, 2, 28).unwrap())
    );
}

#[test]
fn adjustments_need_a_reason_and_cannot_overdraw() {
    let p = Programme::default();
    let a = Account::default();
    let c = "c1".into();
    assert_eq!(
        rules::adjust(&p, &a, &c, 10, " ", 0, "a".into()),
        Err(LoyaltyError::ReasonRequired)
    );
    assert_eq!(
        rules::adjust(&p, &a, &c, -10, "typo", 0, "a".into()),
        Err(LoyaltyError::WouldGoNegative {
            balance: 0,
            change: -10
        })
    );
    assert_eq!(
        rules::adjust(&p, &a, &c, 25, "welcome gift", 0, "a".into())
            .unwrap()
            .points,
        25
    );
}

#[test]
fn rewards_in_reach_and_the_next_one() {
    let p = Programme::default();
    let (now, next) = rules::rewards_in_reach(&p, 120);
    assert_eq!(
        now.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["coffee"]
    );
    assert_eq!(
        next.map(|(r, need)| (r.id.as_str(), need)),
        Some(("ten-off", 130))
    );
}

#[test]
fn stats_add_up() {
    let p = Programme::default();
    let mut a = Account::default();
    earn(
        &p,
        &mut a,
        &purchase("p1", 1_950_000, day(2026, 1, 5)),
        None,
    ); // 200
    a.push(rules::redeem(&p, &a, &"c1".into(), "coffee", day(2026, 1, 6), "r".into()).unwrap())
        .unwrap();
    let b = Account::default();
    let s = super::stats::loyalty_stats([(&a, Some("Bronze")), (&b, Some("Bronze"))]);
    assert_eq!((s.issued, s.redeemed, s.outstanding), (200, 100, 100));
    assert_eq!(s.redemption_rate_pct, 50.0);
    assert_eq!(s.members_by_tier["Bronze"], 2);
    let order: Vec<String> = s
        .members_in_tier_order(&Programme::default().tiers)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        order[..3],
        ["Bronze", "Silver", "Gold"],
        "programme order, not A–Z"
    );
}

#[test]
fn adjustments_past_the_limit_are_refused_not_wrapped() {
    use super::programme::MAX_POINTS_FIELD;
    let p = Programme::default();
    let c = "c1".into();
    let a = Account::default();
    let too_large = Err(LoyaltyError::PointsTooLarge {
        max: MAX_POINTS_FIELD,
    });
    for points in [
        i64::MAX,
        i64::MIN,
        MAX_POINTS_FIELD + 1,
        -MAX_POINTS_FIELD - 1,
    ] {
        assert_eq!(
            rules::adjust(&p, &a, &c, points, "typo", 0, "a".into()),
            too_large,
            "{points}"
        );
    }
    let most = rules::adjust(&p, &a, &c, MAX_POINTS_FIELD, "gift", 0, "a".into()).unwrap();
    assert_eq!(most.points, MAX_POINTS_FIELD);
    // A balance already at the top (only from a damaged ledger) takes no more.
    let full = Account::from_entries(vec![entry("x", i64::MAX)]);
    assert_eq!(
        rules::adjust(&p, &full, &c, 1, "gift", 0, "a".into()),
        Err(LoyaltyError::BalanceFull)
    );
    assert!(rules::adjust(&p, &full, &c, -1, "typo", 0, "a".into()).is_ok());
}

fn entry(id: &str, points: i64) -> super::account::LedgerEntry {
    super::account::LedgerEntry {
        id: id.into(),
        customer: "c1".into(),
        at_ms: day(2026, 1, 1),
        points,
        kind: EntryKind::Adjust { reason: "x".into() },
        programme_version: 1,
    }
}

#[test]
fn balances_at_the_extremes_saturate_and_push_refuses_overflow() {
    // A ledger whose points add up past an i64 (damaged or crafted bytes).
    let huge = Account::from_entries(vec![entry("a", i64::MAX), entry("b", i64::MAX)]);
    assert_eq!(huge.balance(), i64::MAX);
    assert_eq!(huge.issued(), i64::MAX);
    assert_eq!(huge.headroom(), 0);
    // Summed exactly, whatever the order: the true total fits, so it is the answer.
    let mixed = Account::from_entries(vec![entry("a", i64::MAX), entry("b", 5), entry("c", -10)]);
    assert_eq!(mixed.balance(), i64::MAX - 5);
    let mut full = huge.clone();
    assert_eq!(full.push(entry("c", 1)), Err(i64::MAX));
    assert_eq!(full.push(entry("d", -1)), Ok(()));
    let low = Account::from_entries(vec![entry("a", i64::MIN), entry("b", i64::MIN)]);
    assert_eq!(low.balance(), i64::MIN);
    let redeemed = Account::from_entries(vec![super::account::LedgerEntry {
        kind: EntryKind::Redeem {
            reward: "r".into(),
            name: "r".into(),
        },
        ..entry("r", i64::MIN)
    }]);
    assert_eq!(redeemed.redeemed(), i64::MAX);
    assert_eq!(
        redeemed.expirable(Expiry::ValidForMonths(1), i64::MAX),
        i64::MIN
    );
    let p = Programme::default();
    // Standing and stats on such accounts neither panic nor wrap.
    let st = super::counter::standing(&p, &low, Money(i64::MIN), i64::MIN);
    assert_eq!(st.balance, i64::MIN);
    let s = super::stats::loyalty_stats([(&huge, None), (&huge, None), (&low, None)]);
    // Exact totals, clamped only at the end: MAX + MAX + MIN is MAX - 1.
    assert_eq!((s.issued, s.outstanding), (i64::MAX, i64::MAX - 1));
}

#[test]
fn a_sale_never_earns_past_what_the_balance_can_hold() {
    let p = Programme::default();
    let mut nearly_full = Account::from_entries(vec![entry("a", i64::MAX - 3)]);
    let big = purchase("big", 10_000_000_000_000, day(2026, 2, 1));
    let earned = rules::earn(&p, &nearly_full, &big, false, Money(0), "e".into())
        .unwrap()
        .unwrap();
    assert_eq!(earned.points, 3);
    nearly_full.push(earned).unwrap();
    assert_eq!(
        rules::earn(&p, &nearly_full, &big, false, Money(0), "e2".into()),
        Ok(None)
    );
}

#[test]
fn stored_programmes_beyond_the_limits_clamp_instead_of_overflowing() {
    // Settings are read as stored, so rates may exceed what the form allows.
    let mut p = Programme::default();
    p.earn.points = i64::MAX;
    p.earn.per_amount = Money(1);
    p.earn.per_visit = i64::MAX;
    p.earn.birthday_month_pct = u32::MAX;
    p.earn.category_bonus = vec![("x".into(), i64::MAX)];
    p.tiers[0].multiplier_pct = u32::MAX;
    let mut sale = purchase("p", i64::MAX, day(2026, 3, 1));
    sale.categories = vec!["x".into()];
    let bday = true; // a sale in the birthday month
    assert_eq!(
        rules::points_for(&p, &sale, bday, p.tiers.first()),
        i64::MAX
    );
    p.earn.points = i64::MIN;
    p.earn.per_visit = i64::MIN;
    p.earn.per_amount = Money(-1);
    sale.amount = Money(i64::MIN);
    assert_eq!(rules::points_for(&p, &sale, bday, p.tiers.first()), 0);
    // A reward whose stored cost would give points (or overflow when negated).
    p.rewards[0].cost = i64::MIN;
    let c = "c1".into();
    assert_eq!(
        rules::redeem(&p, &Account::default(), &c, "coffee", 0, "r".into()),
        Err(LoyaltyError::RewardInactive)
    );
    assert!(rules::rewards_in_reach(&p, i64::MIN)
        .0
        .iter()
        .all(|r| r.id != "coffee"));
}

#[test]
fn the_birthday_month_is_the_shops_own() {
    // Born in March; a sale at 00:30 on 1 March in Nairobi (UTC+3) is 21:30 UTC on
    // 28 February: in the birthday month for the shop, not for UTC.
    let born = Some(Birthday {
        month: 3,
        day: 14,
        year: None,
    });
    let midnight = start_of_day_ms(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    let sale_at = midnight - 3 * 3_600_000 + 30 * 60_000;
    assert!(rules::in_birthday_month(
        born,
        sale_at,
        &FixedOffset(3 * 60)
    ));
    assert!(!rules::in_birthday_month(born, sale_at, &FixedOffset(0)));
    assert!(!rules::in_birthday_month(
        None,
        sale_at,
        &FixedOffset(3 * 60)
    ));
}
