//! From purchases to what the customer-base models read, with the conventions of the
//! published CDNOW analysis (Fader, Hardie & Lee 2005): purchases on the same calendar
//! day are one transaction; frequency counts repeat transaction days; recency and age
//! are in weeks (days / 7) from the first purchase; the monetary value is the mean of
//! the repeat days' totals, the first purchase left out.

/// Days in a week: the models' time unit is the week.
pub const WEEK_DAYS: f64 = 7.0;

/// One purchase as the models see it: a customer (any small key), a calendar day (days
/// since any fixed origin, in the shop's own calendar) and an amount (any unit, the
/// same for every purchase).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transaction {
    pub customer: u32,
    pub day: i32,
    pub amount: f64,
}

/// A customer's history up to the end of a calibration period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RepeatHistory {
    pub customer: u32,
    /// Repeat transaction days (x).
    pub frequency: u32,
    /// Weeks from the first to the last transaction day (t_x).
    pub recency: f64,
    /// Weeks from the first transaction day to the end of calibration (T).
    pub age: f64,
    /// Mean total of the repeat days; 0 without repeats.
    pub repeat_mean: f64,
    /// Repeat transaction days after calibration, up to the holdout's end.
    pub holdout_frequency: u32,
}

/// One history per customer whose first purchase falls on or before `calibration_end`
/// (a day in the same numbering as the transactions), ordered by customer. Days after
/// it up to `holdout_end` (inclusive) are counted in `holdout_frequency`; later ones are
/// ignored. Sorts `transactions` in place.
pub fn repeat_histories(
    transactions: &mut [Transaction],
    calibration_end: i32,
    holdout_end: i32,
) -> Vec<RepeatHistory> {
    transactions.sort_unstable_by_key(|t| (t.customer, t.day));
    transactions
        .chunk_by(|a, b| a.customer == b.customer)
        .filter_map(|purchases| {
            let days: Vec<(i32, f64)> = purchases.iter().map(|t| (t.day, t.amount)).collect();
            history_from_sorted(purchases[0].customer, &days, calibration_end, holdout_end)
        })
        .collect()
}

/// One customer's history from their (day, amount) purchases, in any order (sorted
/// here); None if they first bought after `calibration_end` or never.
pub fn history_of(
    customer: u32,
    purchases: &mut [(i32, f64)],
    calibration_end: i32,
    holdout_end: i32,
) -> Option<RepeatHistory> {
    purchases.sort_unstable_by_key(|p| p.0);
    history_from_sorted(customer, purchases, calibration_end, holdout_end)
}

fn history_from_sorted(
    customer: u32,
    purchases: &[(i32, f64)],
    calibration_end: i32,
    holdout_end: i32,
) -> Option<RepeatHistory> {
    let first_day = purchases.first()?.0;
    if first_day > calibration_end {
        return None;
    }
    let mut history = RepeatHistory {
        customer,
        frequency: 0,
        recency: 0.0,
        age: f64::from(calibration_end - first_day) / WEEK_DAYS,
        repeat_mean: 0.0,
        holdout_frequency: 0,
    };
    let mut repeat_total = 0.0;
    for day in purchases.chunk_by(|a, b| a.0 == b.0).skip(1) {
        let when = day[0].0;
        if when <= calibration_end {
            history.frequency += 1;
            history.recency = f64::from(when - first_day) / WEEK_DAYS;
            repeat_total += day.iter().map(|p| p.1).sum::<f64>();
        } else if when <= holdout_end {
            history.holdout_frequency += 1;
        }
    }
    if history.frequency > 0 {
        history.repeat_mean = repeat_total / f64::from(history.frequency);
    }
    Some(history)
}
