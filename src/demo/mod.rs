//! A seeded generator of realistic customers and timelines, for the "serve with demo
//! data" option, tests and benchmarks. The same seed always gives the same book.

mod loyalty;
mod words;

pub use loyalty::demo_ledgers;

use crate::domain::time::Millis;
use crate::domain::{
    Birthday, Customer, CustomerId, Interaction, InteractionId, InteractionKind, Money, PersonName,
    Purchase, PurchaseId, Score,
};
use crate::gdpr::{ConsentEntry, LawfulBasis, Purpose};
use chrono::Duration;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use words::{ABOUT, CATEGORIES, DOMAINS, FAMILY, GIVEN, NOTES, STREETS, TAGS, TOWNS};

const DAY_MS: i64 = 86_400_000;

/// How demo customers buy: weekly rates and chances of stopping, drawn per customer.
struct Habits {
    rate: rand_distr::Gamma<f64>,
    dropout: rand_distr::Beta<f64>,
}

impl Habits {
    /// Shapes of a typical shop: rates spread widely, most customers stay a while.
    fn typical() -> Option<Habits> {
        Some(Habits {
            rate: rand_distr::Gamma::new(0.9, 0.25).ok()?,
            dropout: rand_distr::Beta::new(1.2, 6.0).ok()?,
        })
    }
}

pub struct DemoGenerator {
    rng: SmallRng,
    now: Millis,
    made: usize,
}

/// One batch: customers and their timelines.
pub struct DemoBatch {
    pub customers: Vec<Customer>,
    pub interactions: Vec<Interaction>,
}

impl DemoGenerator {
    /// `now` anchors every date (customers joined in the three years before it).
    pub fn new(seed: u64, now: Millis) -> Self {
        Self {
            rng: SmallRng::seed_from_u64(seed),
            now,
            made: 0,
        }
    }

    pub fn batch(&mut self, count: usize) -> DemoBatch {
        let mut customers = Vec::with_capacity(count);
        let mut interactions = Vec::new();
        for _ in 0..count {
            let c = self.customer();
            let visits = self.rng.gen_range(0..4);
            for _ in 0..visits {
                interactions.push(self.interaction(&c));
            }
            customers.push(c);
        }
        DemoBatch {
            customers,
            interactions,
        }
    }

    /// `count` purchases over the two years before `now`, in time order; about one in
    /// ten is a walk-in. Customers behave as shops' customers do (and as the BG/NBD
    /// model assumes): each buys at their own rate from their first visit on, some far
    /// more often than others, and after any visit may stop coming for good; so the
    /// insights find regulars, newcomers and customers slipping away.
    pub fn purchases(&mut self, customers: &[CustomerId], count: usize) -> Vec<Purchase> {
        let span_days = 730.0;
        let start = self.now - 730 * DAY_MS;
        let walk_ins = if customers.is_empty() {
            count
        } else {
            count / 10
        };
        let wanted = count - walk_ins;
        let mut times: Vec<(i64, Option<usize>)> = Vec::with_capacity(count);
        // Rates scaled until the customers make at least the purchases wanted; the
        // surplus is then thinned at random, which keeps each customer's pattern.
        let habits = Habits::typical();
        let mut scale = 1.0;
        for _ in 0..8 {
            times.clear();
            for (i, _) in customers.iter().enumerate() {
                self.visits_of(habits.as_ref(), i, scale, span_days, &mut times);
            }
            if times.len() >= wanted {
                break;
            }
            scale *= 1.5 * wanted as f64 / times.len().max(1) as f64;
        }
        // Dropouts cap what few customers can buy: more than that many purchases each
        // go to customers already buying, picked by how much they buy, after their first.
        if !times.is_empty() && times.len() < wanted {
            let mut first = vec![i64::MAX; customers.len()];
            for &(at, who) in &times {
                if let Some(i) = who {
                    first[i] = first[i].min(at);
                }
            }
            while times.len() < wanted {
                let Some(i) = times[self.rng.gen_range(0..times.len())].1 else {
                    continue;
                };
                let at = self.rng.gen_range(first[i]..=730 * DAY_MS - 1);
                times.push((at, Some(i)));
            }
        }
        while times.len() > wanted {
            let drop = self.rng.gen_range(0..times.len());
            times.swap_remove(drop);
        }
        for _ in times.len()..count {
            times.push((self.rng.gen_range(0..730 * DAY_MS), None));
        }
        times.sort_unstable_by_key(|t| t.0);
        // Some customers spend more than others, each around their own usual amount.
        let spends: Vec<f64> = match rand_distr::Gamma::new(4.0, 0.25) {
            Ok(g) => (0..customers.len())
                .map(|_| rand_distr::Distribution::sample(&g, &mut self.rng))
                .collect(),
            Err(_) => vec![1.0; customers.len()],
        };
        times
            .into_iter()
            .map(|(offset, who)| {
                let at = start + offset;
                let usual = who.map_or(1.0, |i| spends[i]);
                let tens = (self.rng.gen_range(50..3_000) as f64 * usual).max(5.0) as i64;
                let amount = Money(tens * 10 + [0, 50][self.rng.gen_range(0..2)]);
                Purchase {
                    id: PurchaseId::generate(at, &mut self.rng),
                    customer: who.map(|i| customers[i].clone()),
                    at_ms: at,
                    amount,
                    categories: if self.rng.gen_bool(0.3) {
                        vec![self.pick(CATEGORIES).into()]
                    } else {
                        vec![]
                    },
                    note: String::new(),
                    void: None,
                }
            })
            .collect()
    }

    /// One customer's visits (milliseconds after the span's start): a first visit in
    /// the first three quarters of the span, then visits at a gamma-distributed weekly
    /// rate, each followed by a beta-distributed chance of never coming back.
    fn visits_of(
        &mut self,
        habits: Option<&Habits>,
        who: usize,
        scale: f64,
        span_days: f64,
        out: &mut Vec<(i64, Option<usize>)>,
    ) {
        use rand_distr::Distribution;
        let Some(Habits { rate, dropout }) = habits else {
            return;
        };
        let mut day = self.rng.gen_range(0.0..span_days * 0.75);
        let per_day: f64 = rate.sample(&mut self.rng) * scale / 7.0;
        let stop: f64 = dropout.sample(&mut self.rng);
        loop {
            out.push(((day * DAY_MS as f64) as i64, Some(who)));
            if per_day <= 0.0 || self.rng.gen_bool(stop.clamp(0.0, 1.0)) {
                return;
            }
            let u: f64 = self.rng.gen_range(f64::MIN_POSITIVE..1.0);
            day += -u.ln() / per_day;
            if day >= span_days {
                return;
            }
        }
    }

    fn pick<'a>(&mut self, list: &'a [&'a str]) -> &'a str {
        list[self.rng.gen_range(0..list.len())]
    }

    /// Seven in ten have an address, picked by count rather than by the generator so
    /// the rest of a seeded demo book stays as it was.
    fn address(&self) -> String {
        let n = self.made;
        if n % 10 >= 7 {
            return String::new();
        }
        let street = STREETS[n.wrapping_mul(7) % STREETS.len()];
        let town = TOWNS[n.wrapping_mul(13) / 3 % TOWNS.len()];
        format!("{street} {}, {town}", n % 90 + 1)
    }

    fn customer(&mut self) -> Customer {
        self.made += 1;
        let created =
            self.now - self.rng.gen_range(0..3 * 365) * DAY_MS - self.rng.gen_range(0..DAY_MS);
        let updated = created + self.rng.gen_range(0..=(self.now - created).max(0));
        let given = self.pick(GIVEN);
        let family = self.pick(FAMILY);
        let id = CustomerId::generate(created, &mut self.rng);
        let phone = match self.rng.gen_range(0..4) {
            0 => format!("+2547{:08}", self.rng.gen_range(0..100_000_000)),
            1 => format!("+447{:09}", self.rng.gen_range(0..1_000_000_000)),
            2 => format!("+923{:09}", self.rng.gen_range(0..1_000_000_000)),
            _ => format!("+9053{:08}", self.rng.gen_range(0..100_000_000)),
        };
        let email_local = crate::search::fold(&format!("{given}.{family}{}", self.made % 1000))
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
            .collect::<String>();
        let email = format!("{email_local}@{}", self.pick(DOMAINS));
        let tag_count = self.rng.gen_range(0..3);
        let mut tags: Vec<String> = Vec::new();
        for _ in 0..tag_count {
            let t = self.pick(TAGS).to_owned();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        let birthday = self.rng.gen_bool(0.6).then(|| Birthday {
            month: self.rng.gen_range(1..=12),
            day: self.rng.gen_range(1..=28),
            year: self
                .rng
                .gen_bool(0.5)
                .then(|| self.rng.gen_range(1950..2008)),
        });
        Customer {
            id,
            name: PersonName {
                given: given.into(),
                family: family.into(),
                display: String::new(),
            },
            phones: if self.rng.gen_bool(0.9) {
                vec![phone]
            } else {
                vec![]
            },
            emails: if self.rng.gen_bool(0.7) {
                vec![email]
            } else {
                vec![]
            },
            address: self.address(),
            birthday,
            language: ["en", "sw", "ur", "tr"][self.rng.gen_range(0..4)].into(),
            about: if self.rng.gen_bool(0.5) {
                self.pick(ABOUT).into()
            } else {
                String::new()
            },
            tags,
            custom: Default::default(),
            consents: demo_consents(created),
            flags: Vec::new(),
            created_ms: created,
            updated_ms: updated,
            revision: 0,
        }
    }

    fn interaction(&mut self, c: &Customer) -> Interaction {
        let at = c.created_ms + self.rng.gen_range(0..=(self.now - c.created_ms).max(0));
        let kind = InteractionKind::ALL[self.rng.gen_range(0..InteractionKind::ALL.len())];
        let today = crate::domain::time::date_of(self.now);
        // A few open follow-ups land in the coming fortnight so the Today view has work.
        let due = self
            .rng
            .gen_bool(0.05)
            .then(|| today + Duration::days(self.rng.gen_range(0..14)));
        Interaction {
            id: InteractionId::generate(at, &mut self.rng),
            customer_id: c.id.clone(),
            kind,
            at_ms: at,
            text: self.pick(NOTES).into(),
            score: (kind == InteractionKind::Feedback)
                .then(|| Score::Satisfaction(self.rng.gen_range(1..=5))),
            due,
            done: false,
            revision: 0,
        }
    }
}

/// Two in three demo customers agreed to the loyalty programme at the counter, and one
/// in three to emails too; from the creation time, so the demo's random stream (and
/// every name it gives) stays as it was.
fn demo_consents(created_ms: i64) -> Vec<ConsentEntry> {
    let entry = |purpose| ConsentEntry {
        at_ms: created_ms,
        purpose,
        basis: LawfulBasis::Consent,
        given: true,
        source: "paper form at the counter".into(),
        wording: "v1".into(),
    };
    match created_ms.rem_euclid(3) {
        0 => vec![entry(Purpose::Loyalty), entry(Purpose::EmailMarketing)],
        1 => vec![entry(Purpose::Loyalty)],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purchases_are_in_time_order_and_mostly_by_customers() {
        let mut g = DemoGenerator::new(3, 1_800_000_000_000);
        let ids: Vec<_> = g.batch(100).customers.into_iter().map(|c| c.id).collect();
        let sales = g.purchases(&ids, 5_000);
        assert!(sales.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
        assert!(sales
            .iter()
            .all(|p| p.amount.0 > 0 && p.at_ms <= 1_800_000_000_000));
        let walk_ins = sales.iter().filter(|p| p.customer.is_none()).count();
        assert!((300..700).contains(&walk_ins), "{walk_ins} walk-ins");
    }

    #[test]
    fn same_seed_same_book() {
        let a = DemoGenerator::new(7, 1_800_000_000_000).batch(50);
        let b = DemoGenerator::new(7, 1_800_000_000_000).batch(50);
        assert_eq!(a.customers, b.customers);
        assert_eq!(a.interactions, b.interactions);
        let c = DemoGenerator::new(8, 1_800_000_000_000).batch(50);
        assert_ne!(a.customers, c.customers);
    }

    #[test]
    fn generated_customers_pass_validation() {
        use crate::domain::draft::{CustomerDraft, Rules};
        let batch = DemoGenerator::new(1, 1_800_000_000_000).batch(300);
        let rules = Rules {
            country: None,
            custom_fields: &[],
            today: None,
        };
        for c in &batch.customers {
            let draft = CustomerDraft::from_customer(c);
            let again = draft
                .apply_to(c, &rules, c.updated_ms)
                .expect("demo data is valid");
            assert_eq!(&again, c);
        }
        let ids: std::collections::HashSet<_> = batch.customers.iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), 300);
        assert!(batch
            .interactions
            .iter()
            .all(|i| ids.contains(&i.customer_id)));
    }
}
