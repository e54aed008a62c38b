//! Property tests of the loyalty ledger: whatever a shop does, in any order — sales,
//! edits, voids, redemptions, expiry runs, manual adjustments, rule changes — the balance
//! equals the sum of the ledger, never goes below zero, and no rule change alters an
//! entry already written.
#![cfg(not(target_arch = "wasm32"))]

use karibu::domain::{purchase, CustomerId, Money, Purchase, PurchaseId};
use karibu::loyalty::counter;
use karibu::loyalty::rules::{self, LoyaltyError};
use karibu::loyalty::{Account, Expiry, LedgerEntry, Programme};
use proptest::prelude::*;

const DAY: i64 = 86_400_000;

#[derive(Clone, Debug)]
enum Op {
    Buy {
        amount: i64,
        days_later: i64,
        beans: bool,
    },
    Void {
        which: usize,
    },
    Edit {
        which: usize,
        amount: i64,
    },
    Redeem {
        reward: usize,
    },
    ExpireRun {
        days_later: i64,
    },
    Adjust {
        points: i64,
    },
    ChangeRules {
        points: i64,
        per_visit: i64,
        expiry: u8,
        months: u32,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (1i64..2_000_000, 0i64..40, any::<bool>()).prop_map(|(amount, days_later, beans)| Op::Buy { amount, days_later, beans }),
        1 => (0usize..50).prop_map(|which| Op::Void { which }),
        1 => (0usize..50, 1i64..2_000_000).prop_map(|(which, amount)| Op::Edit { which, amount }),
        2 => (0usize..3).prop_map(|reward| Op::Redeem { reward }),
        1 => (0i64..400).prop_map(|days_later| Op::ExpireRun { days_later }),
        1 => (-300i64..300).prop_map(|points| Op::Adjust { points }),
        1 => (1i64..5, 0i64..20, 0u8..3, 1u32..18)
            .prop_map(|(points, per_visit, expiry, months)| Op::ChangeRules { points, per_visit, expiry, months }),
    ]
}

struct Shop {
    programme: Programme,
    account: Account,
    purchases: Vec<Purchase>,
    now: i64,
    next_id: u64,
}

impl Shop {
    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{:08}", self.next_id)
    }

    fn customer() -> CustomerId {
        "c1".into()
    }

    fn append(&mut self, entry: LedgerEntry) {
        let before = self.account.balance();
        let points = entry.points;
        self.account
            .push(entry)
            .expect("rules only produce entries the balance allows");
        assert_eq!(self.account.balance(), before + points);
    }

    fn apply(&mut self, op: &Op) {
        match op {
            Op::Buy {
                amount,
                days_later,
                beans,
            } => {
                self.now += days_later * DAY;
                let id = self.id();
                let p = Purchase {
                    id: PurchaseId(id.clone()),
                    customer: Some(Self::customer()),
                    at_ms: self.now,
                    amount: Money(*amount),
                    categories: if *beans { vec!["beans".into()] } else { vec![] },
                    note: String::new(),
                    void: None,
                };
                let spend: i64 = self
                    .purchases
                    .iter()
                    .filter(|p| p.counts())
                    .map(|p| p.amount.0)
                    .sum();
                if let Some(e) = rules::earn(
                    &self.programme,
                    &self.account,
                    &p,
                    false,
                    Money(spend),
                    id.as_str().into(),
                )
                .unwrap()
                {
                    self.append(e);
                }
                self.purchases.push(p);
            }
            Op::Void { which } => {
                if self.purchases.is_empty() {
                    return;
                }
                let i = which % self.purchases.len();
                let Ok(voided) =
                    purchase::void(&self.purchases[i], "customer changed their mind", self.now)
                else {
                    return;
                };
                let id = self.id();
                if let Some(e) = rules::reverse(
                    &self.programme,
                    &self.account,
                    &voided,
                    self.now,
                    id.as_str().into(),
                ) {
                    self.append(e);
                }
                self.purchases[i] = voided;
            }
            Op::Edit { which, amount } => {
                if self.purchases.is_empty() {
                    return;
                }
                let i = which % self.purchases.len();
                let stored = self.purchases[i].clone();
                let mut changed = stored.clone();
                changed.amount = Money(*amount);
                let id = self.id();
                let Ok((edited, entries)) = counter::edit_sale(
                    &self.programme,
                    &self.account,
                    &stored,
                    changed,
                    false,
                    Money(0),
                    self.now,
                    id.as_str().into(),
                ) else {
                    assert!(!stored.counts(), "only a voided purchase refuses an edit");
                    return;
                };
                for e in entries {
                    self.append(e);
                }
                self.purchases[i] = edited;
            }
            Op::Redeem { reward } => {
                let reward = self.programme.rewards[reward % self.programme.rewards.len()].clone();
                let id = self.id();
                match rules::redeem(
                    &self.programme,
                    &self.account,
                    &Self::customer(),
                    &reward.id,
                    self.now,
                    id.as_str().into(),
                ) {
                    Ok(e) => {
                        assert!(reward.cost <= self.account.balance());
                        self.append(e);
                    }
                    Err(LoyaltyError::InsufficientPoints { balance, cost }) => {
                        assert!(cost > balance);
                        assert_eq!(balance, self.account.balance());
                    }
                    Err(other) => panic!("unexpected refusal: {other:?}"),
                }
            }
            Op::ExpireRun { days_later } => {
                self.now += days_later * DAY;
                let id = self.id();
                if let Some(e) = rules::expire(
                    &self.programme,
                    &self.account,
                    &Self::customer(),
                    self.now,
                    id.as_str().into(),
                ) {
                    self.append(e);
                }
                assert_eq!(
                    self.account.expirable(self.programme.expiry, self.now),
                    0,
                    "an expiry run leaves nothing lapsed"
                );
            }
            Op::Adjust { points } => {
                let id = self.id();
                match rules::adjust(
                    &self.programme,
                    &self.account,
                    &Self::customer(),
                    *points,
                    "counted by hand",
                    self.now,
                    id.as_str().into(),
                ) {
                    Ok(e) => self.append(e),
                    Err(LoyaltyError::WouldGoNegative { balance, change }) => {
                        assert!(balance + change < 0)
                    }
                    Err(other) => panic!("unexpected refusal: {other:?}"),
                }
            }
            Op::ChangeRules {
                points,
                per_visit,
                expiry,
                months,
            } => {
                let before = self.account.entries().to_vec();
                self.programme.version += 1;
                self.programme.earn.points = *points;
                self.programme.earn.per_visit = *per_visit;
                self.programme.earn.category_bonus = vec![("beans".into(), 1)];
                self.programme.expiry = match expiry {
                    0 => Expiry::Never,
                    1 => Expiry::AfterInactiveMonths(*months),
                    _ => Expiry::ValidForMonths(*months),
                };
                assert_eq!(
                    self.account.entries(),
                    &before[..],
                    "a rule change rewrites nothing"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn balance_is_the_ledger_sum_and_never_negative(ops in prop::collection::vec(op(), 1..80)) {
        let mut shop = Shop { programme: Programme::default(), account: Account::default(), purchases: vec![], now: 1_767_225_600_000, next_id: 0 };
        for op in &ops {
            shop.apply(op);
            let sum: i64 = shop.account.entries().iter().map(|e| e.points).sum();
            prop_assert_eq!(shop.account.balance(), sum);
            prop_assert!(shop.account.balance() >= 0);
            // Rebuilding the account from its entries gives the same balance.
            prop_assert_eq!(Account::from_entries(shop.account.entries().to_vec()).balance(), sum);
        }
        // A voided purchase never keeps more points than it earned.
        for p in shop.purchases.iter().filter(|p| !p.counts()) {
            prop_assert!(shop.account.net_for_purchase(&p.id) >= 0);
        }
    }
}
