//! Purchases drawn from known BG/NBD and Gamma-Gamma parameters: the test that a fit
//! recovers what generated the data, and the benchmark's like-for-like data set.

use super::{BgNbd, GammaGamma, Transaction, WEEK_DAYS};
use rand::Rng;
use rand_distr::{Beta, Distribution, Exp, Gamma};

/// `customers` customers whose first purchases fall in the first `cohort_days` after
/// `first_day`, each then buying as BG/NBD says until `last_day`, each purchase's amount
/// as Gamma-Gamma says. None if a parameter is not positive and finite.
pub fn simulate_purchases(
    purchases: &BgNbd,
    spend: &GammaGamma,
    customers: u32,
    first_day: i32,
    cohort_days: i32,
    last_day: i32,
    rng: &mut impl Rng,
) -> Option<Vec<Transaction>> {
    let rate = Gamma::new(purchases.r, 1.0 / purchases.alpha).ok()?;
    let dropout = Beta::new(purchases.a, purchases.b).ok()?;
    let scale = Gamma::new(spend.q, 1.0 / spend.v).ok()?;
    let mut out = Vec::new();
    for customer in 0..customers {
        let first = first_day + rng.gen_range(0..cohort_days.max(1));
        let lambda: f64 = rate.sample(rng);
        let p: f64 = dropout.sample(rng);
        let value = Gamma::new(spend.p, 1.0 / scale.sample(rng)).ok()?;
        let mut buy = |day: i32, rng: &mut dyn rand::RngCore| {
            out.push(Transaction {
                customer,
                day,
                amount: value.sample(rng),
            });
        };
        buy(first, rng);
        let Ok(gap) = Exp::new(lambda) else { continue };
        let mut weeks = 0.0;
        loop {
            weeks += gap.sample(rng);
            let day = first + (weeks * WEEK_DAYS).floor().min(f64::from(i32::MAX / 2)) as i32;
            if day > last_day {
                break;
            }
            buy(day, rng);
            if rng.gen_bool(p.clamp(0.0, 1.0)) {
                break;
            }
        }
    }
    Some(out)
}
