//! The models against the figures Fader, Hardie & Lee published on the CDNOW sample
//! (../shared/guide/references.md), computed from the raw purchases through the same
//! history conventions the app uses.

use super::*;
use chrono::{Datelike, NaiveDate};

const CDNOW: &str = include_str!("../../../tests/fixtures/cdnow_sample.csv");

fn day(iso: &str) -> i32 {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .expect("an ISO date")
        .num_days_from_ce()
}

fn cdnow_transactions() -> Vec<Transaction> {
    CDNOW
        .lines()
        .skip(1)
        .map(|line| {
            let mut f = line.split(',');
            let (c, d, a) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            Transaction {
                customer: c.parse().unwrap(),
                day: day(d),
                amount: a.parse().unwrap(),
            }
        })
        .collect()
}

/// Calibration: the first 39 weeks (to 1997-09-30); holdout: the next 39 (to 1998-06-30).
fn cdnow_histories() -> Vec<RepeatHistory> {
    repeat_histories(
        &mut cdnow_transactions(),
        day("1997-09-30"),
        day("1998-06-30"),
    )
}

fn published() -> BgNbd {
    BgNbd {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    }
}

fn within(found: f64, expected: f64, share: f64) -> bool {
    ((found - expected) / expected).abs() <= share
}

#[test]
fn cdnow_histories_match_the_published_summary() {
    let histories = cdnow_histories();
    assert_eq!(histories.len(), 2357);
    // ID 1 in cdnow_customers_summary.csv: x = 2, t_x = 30.43, T = 38.86.
    let first = histories.iter().find(|h| h.customer == 1).unwrap();
    assert_eq!(first.frequency, 2);
    assert!((first.recency - 30.43).abs() < 0.005 && (first.age - 38.86).abs() < 0.005);
    assert_eq!(histories.iter().filter(|h| h.frequency > 0).count(), 946);
}

#[test]
fn bgnbd_reproduces_the_published_fit() {
    let fit = BgNbd::fit(&cdnow_histories());
    assert!(fit.converged);
    let m = fit.model;
    for (found, expected) in [(m.r, 0.243), (m.alpha, 4.414), (m.a, 0.793), (m.b, 2.426)] {
        assert!(within(found, expected, 0.005), "{m:?}");
    }
    assert!(
        (fit.log_likelihood - -9582.4).abs() < 0.05,
        "{}",
        fit.log_likelihood
    );
    assert!((published().log_likelihood(&cdnow_histories()) - -9582.4).abs() < 0.5);
}

#[test]
fn bgnbd_predictions_match_the_published_checks() {
    let h = RepeatHistory {
        customer: 0,
        frequency: 2,
        recency: 30.43,
        age: 38.86,
        repeat_mean: 0.0,
        holdout_frequency: 0,
    };
    let expected = published().expected_purchases(&h, 39.0);
    assert!((expected - 1.226).abs() < 0.0005, "{expected}");
    let none = published().probability_of_purchases(0, 39.0);
    assert!((none - 0.5737864).abs() < 1e-7, "{none}");
    // The probabilities of every count add up to one.
    let all: f64 = (0..200)
        .map(|n| published().probability_of_purchases(n, 39.0))
        .sum();
    assert!((all - 1.0).abs() < 1e-9, "{all}");
}

#[test]
fn gamma_gamma_reproduces_the_published_fit() {
    let fit = GammaGamma::fit(&cdnow_histories());
    assert!(fit.converged);
    assert_eq!(fit.customers, 946);
    let m = fit.model;
    for (found, expected) in [(m.p, 6.25), (m.q, 3.74), (m.v, 15.44)] {
        assert!(within(found, expected, 0.01), "{m:?}");
    }
}

#[test]
fn holdout_predictions_track_what_happened() {
    let histories = cdnow_histories();
    let models = fit_models(&histories).unwrap();
    let groups = holdout_check(&models.bgnbd.model, &histories, 39.0);
    assert_eq!(groups.len(), HOLDOUT_TOP as usize + 1);
    assert_eq!(groups.iter().map(|g| g.customers).sum::<usize>(), 2357);
    // FHL 2005 fig. 4: predictions follow the actual means within a fraction of a purchase.
    for g in &groups {
        assert!((g.predicted - g.actual).abs() < 0.6, "{g:?}");
    }
    assert!(groups[0].actual < groups[HOLDOUT_TOP as usize].actual);
}

#[test]
fn outlook_values_a_loyal_customer_above_a_lapsed_one() {
    let histories = cdnow_histories();
    let models = fit_models(&histories).unwrap();
    let horizon = ValueHorizon {
        months: 12,
        annual_discount: 0.1,
    };
    let loyal = RepeatHistory {
        customer: 0,
        frequency: 10,
        recency: 38.0,
        age: 38.86,
        repeat_mean: 40.0,
        holdout_frequency: 0,
    };
    let lapsed = RepeatHistory {
        recency: 2.0,
        ..loyal
    };
    let (a, b) = (
        models.outlook(&loyal, horizon),
        models.outlook(&lapsed, horizon),
    );
    assert!(a.p_alive > 0.9 && b.p_alive < 0.1, "{a:?} {b:?}");
    assert!(a.value.unwrap() > 10.0 * b.value.unwrap());
    // Discounting only lowers the value.
    let undiscounted = models.outlook(
        &loyal,
        ValueHorizon {
            annual_discount: 0.0,
            ..horizon
        },
    );
    assert!(undiscounted.value.unwrap() > a.value.unwrap());
    // Value = visits x spend when nothing is discounted.
    let product = undiscounted.expected_visits * undiscounted.expected_spend.unwrap();
    assert!(within(undiscounted.value.unwrap(), product, 1e-9));
}

#[test]
fn too_little_data_is_said_not_fitted() {
    let few: Vec<RepeatHistory> = cdnow_histories().into_iter().take(20).collect();
    assert!(matches!(
        fit_models(&few),
        Err(ModelsError::TooFew { customers: 20, .. })
    ));
    let one_timers: Vec<RepeatHistory> = cdnow_histories()
        .into_iter()
        .filter(|h| h.frequency == 0)
        .collect();
    assert!(matches!(
        fit_models(&one_timers),
        Err(ModelsError::TooFew {
            repeat_buyers: 0,
            ..
        })
    ));
}

#[test]
fn same_day_purchases_are_one_transaction() {
    let t = |customer, day, amount| Transaction {
        customer,
        day,
        amount,
    };
    let mut purchases = vec![
        t(1, 10, 5.0),
        t(1, 10, 7.0),
        t(1, 17, 3.0),
        t(1, 17, 1.0),
        t(1, 31, 8.0),
        t(2, 40, 9.0),
    ];
    let h = repeat_histories(&mut purchases, 24, 31);
    assert_eq!(
        h.len(),
        1,
        "customer 2's first purchase is after calibration"
    );
    assert_eq!((h[0].frequency, h[0].holdout_frequency), (1, 1));
    assert_eq!((h[0].recency, h[0].age, h[0].repeat_mean), (1.0, 2.0, 4.0));
}

#[test]
fn fits_recover_the_parameters_that_generated_the_purchases() {
    use rand::SeedableRng;
    let truth = published();
    let spend = GammaGamma {
        p: 6.25,
        q: 3.74,
        v: 15.44,
    };
    let mut rng = rand::rngs::SmallRng::seed_from_u64(7);
    let start = day("2025-01-01");
    let mut purchases =
        simulate_purchases(&truth, &spend, 20_000, start, 84, start + 546, &mut rng).unwrap();
    let histories = repeat_histories(&mut purchases, start + 273, start + 546);
    let models = fit_models(&histories).unwrap();
    let (m, g) = (models.bgnbd.model, models.gamma_gamma.unwrap().model);
    // Day-level data and sampling noise at 20,000 customers: within a few per cent for
    // the rates, more for the dropout's shape.
    assert!(
        within(m.r, truth.r, 0.08) && within(m.alpha, truth.alpha, 0.10),
        "{m:?}"
    );
    assert!(
        within(m.a, truth.a, 0.25) && within(m.b, truth.b, 0.25),
        "{m:?}"
    );
    assert!(
        within(g.p, spend.p, 0.15) && within(g.q, spend.q, 0.15),
        "{g:?}"
    );
    assert!(within(g.v, spend.v, 0.25), "{g:?}");
}
