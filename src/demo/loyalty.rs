//! Demo ledgers: the demo's purchases rung up at the counter in time order under a
//! programme, with customers redeeming a reward now and then, so balances, tiers and
//! the programme's figures look like a real shop's.

use crate::domain::time::FixedOffset;
use crate::domain::{Birthday, CustomerId, EntryId, Money, Purchase};
use crate::loyalty::counter::{redeem, ring_up};
use crate::loyalty::rules;
use crate::loyalty::{Account, LedgerEntry, Programme};
use rand::Rng;
use std::collections::HashMap;

/// The ledger entries `purchases` (in time order) produce for their customers.
pub fn demo_ledgers(
    programme: &Programme,
    purchases: &[Purchase],
    birthdays: &HashMap<CustomerId, Birthday>,
    rng: &mut impl Rng,
) -> Vec<LedgerEntry> {
    let mut accounts: HashMap<&CustomerId, Account> = HashMap::new();
    let mut entries = Vec::new();
    let cheapest = programme
        .rewards
        .iter()
        .filter(|r| r.active)
        .min_by_key(|r| r.cost);
    for p in purchases {
        let Some(customer) = &p.customer else {
            continue;
        };
        let account = accounts.entry(customer).or_default();
        let at = p.at_ms;
        let mut id = || EntryId::generate(at, &mut *rng);
        let sale = ring_up(
            programme,
            account,
            p.clone(),
            // Demo histories are seeded in UTC, so the same seed gives the same book.
            rules::in_birthday_month(birthdays.get(customer).copied(), at, &FixedOffset(0)),
            Money(0),
            &mut id,
        );
        for e in sale.entries {
            account
                .push(e.clone())
                .expect("the rules keep balances whole");
            entries.push(e);
        }
        if let Some(reward) = cheapest.filter(|r| account.balance() >= r.cost) {
            if rng.gen_bool(0.4) {
                let later = at + 60_000;
                let mut id = || EntryId::generate(later, &mut *rng);
                if let Ok(redeemed) =
                    redeem(programme, account, customer, &reward.id, later, &mut id)
                {
                    for e in redeemed {
                        account
                            .push(e.clone())
                            .expect("checked against the balance");
                        entries.push(e);
                    }
                }
            }
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::DemoGenerator;
    use crate::loyalty::EntryKind;
    use rand::{rngs::SmallRng, SeedableRng};

    #[test]
    fn demo_ledgers_earn_redeem_and_stay_whole() {
        let mut g = DemoGenerator::new(11, 1_800_000_000_000);
        let batch = g.batch(200);
        let ids: Vec<_> = batch.customers.iter().map(|c| c.id.clone()).collect();
        let birthdays = batch
            .customers
            .iter()
            .filter_map(|c| c.birthday.map(|b| (c.id.clone(), b)))
            .collect();
        let sales = g.purchases(&ids, 4_000);
        let p = Programme::default();
        let entries = demo_ledgers(&p, &sales, &birthdays, &mut SmallRng::seed_from_u64(1));
        let earned = entries
            .iter()
            .filter(|e| matches!(e.kind, EntryKind::Earn { .. }))
            .count();
        let with_customer = sales.iter().filter(|s| s.customer.is_some()).count();
        assert_eq!(earned, with_customer, "every customer purchase earns");
        assert!(entries
            .iter()
            .any(|e| matches!(e.kind, EntryKind::Redeem { .. })));
        let mut by: HashMap<&CustomerId, Vec<LedgerEntry>> = HashMap::new();
        for e in &entries {
            by.entry(&e.customer).or_default().push(e.clone());
        }
        for ledger in by.into_values() {
            let account = Account::from_entries(ledger);
            assert!(account.balance() >= 0);
        }
    }
}
