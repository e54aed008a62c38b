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
    let mut out = Vec::new();
    for purchases in transactions.chunk_by(|a, b| a.customer == b.customer) {
        let first_day = purchases[0].day;
        if first_day > calibration_end {
            continue;
        }
        let mut history = RepeatHistory {
            customer: purchases[0].customer,
            frequency: 0,
            recency: 0.0,
            age: f64::from(calibration_end - first_day) / WEEK_DAYS,
            repeat_mean: 0.0,
            holdout_frequency: 0,
        };
        let mut repeat_total = 0.0;
        for day in purchases.chunk_by(|a, b| a.day == b.day).skip(1) {
            let when = day[0].day;
            if when <= calibration_end {
                history.frequency += 1;
                history.recency = f64::from(when - first_day) / WEEK_DAYS;
                repeat_total += day.iter().map(|t| t.amount).sum::<f64>();
            } else if when <= holdout_end {
                history.holdout_frequency += 1;
            }
        }
        if history.frequency > 0 {
            history.repeat_mean = repeat_total / f64::from(history.frequency);
        }
        out.push(history);
    }
    out
}
