//! Churn and lifetime value: the BG/NBD model of who is still buying and how often, the
//! Gamma-Gamma model of how much, and what they say about each customer (P(alive),
//! expected visits, expected spend, discounted value over a horizon). Pure: the same
//! library runs in the browser, in native tests and in `examples/models.rs`.

mod bgnbd;
mod gamma_gamma;
mod history;
mod optimise;
mod simulate;
mod special;
#[cfg(test)]
mod tests;

pub use bgnbd::{BgNbd, BgNbdFit};
pub use gamma_gamma::{is_repeat_buyer, GammaGamma, GammaGammaFit};
pub use history::{history_of, repeat_histories, RepeatHistory, Transaction, WEEK_DAYS};
use optimise::{BoxedCost, Minimiser};
pub use simulate::simulate_purchases;

/// Below these the fit would be noise presented as insight.
pub const MIN_CUSTOMERS: usize = 30;
pub const MIN_REPEAT_BUYERS: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ModelsError {
    TooFew {
        customers: usize,
        repeat_buyers: usize,
    },
    /// The purchase model found no stable maximum: its figures would be arbitrary.
    DidNotConverge,
}

/// Both models fitted on one set of histories. The spend model is absent when it did
/// not converge or too few customers bought twice with a positive spend; the purchase
/// figures stand without it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Models {
    pub bgnbd: BgNbdFit,
    pub gamma_gamma: Option<GammaGammaFit>,
    pub customers: usize,
    pub repeat_buyers: usize,
}

pub fn fit_models(histories: &[RepeatHistory]) -> Result<Models, ModelsError> {
    let mut fitting = ModelsFitting::new(histories)?;
    while fitting.step(u64::MAX) {}
    fitting.result()
}

/// Both fits, run a slice at a time: each `step` does at most that many optimiser
/// iterations (each costs one or two passes over the customers).
pub struct ModelsFitting {
    purchases: Minimiser<BoxedCost>,
    spend: Minimiser<BoxedCost>,
    spend_customers: usize,
    customers: usize,
    repeat_buyers: usize,
}

impl ModelsFitting {
    /// Refuses at once when there are too few customers to say anything.
    pub fn new(histories: &[RepeatHistory]) -> Result<ModelsFitting, ModelsError> {
        let customers = histories.len();
        let repeat_buyers = histories.iter().filter(|h| h.frequency > 0).count();
        if customers < MIN_CUSTOMERS || repeat_buyers < MIN_REPEAT_BUYERS {
            return Err(ModelsError::TooFew {
                customers,
                repeat_buyers,
            });
        }
        let (spend, spend_customers) = GammaGamma::fitting(histories);
        Ok(ModelsFitting {
            purchases: BgNbd::fitting(histories),
            spend,
            spend_customers,
            customers,
            repeat_buyers,
        })
    }

    /// False once both fits are over.
    pub fn step(&mut self, iterations: u64) -> bool {
        self.purchases.step(iterations) || self.spend.step(iterations)
    }

    pub fn result(&self) -> Result<Models, ModelsError> {
        let bgnbd = BgNbd::fitted(&self.purchases.result(), self.customers);
        if !bgnbd.converged {
            return Err(ModelsError::DidNotConverge);
        }
        let spend = GammaGamma::fitted(&self.spend.result(), self.spend_customers);
        let gamma_gamma =
            (spend.converged && spend.customers >= MIN_REPEAT_BUYERS && spend.model.q > 1.0)
                .then_some(spend);
        Ok(Models {
            bgnbd,
            gamma_gamma,
            customers: self.customers,
            repeat_buyers: self.repeat_buyers,
        })
    }
}

/// How far ahead a customer's value is counted, and how future money is discounted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueHorizon {
    pub months: u32,
    /// Per year, e.g. 0.10 for 10%.
    pub annual_discount: f64,
}

/// Weeks in an average month.
const MONTH_WEEKS: f64 = 365.25 / 12.0 / WEEK_DAYS;

/// What the models expect of one customer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outlook {
    pub p_alive: f64,
    /// Expected purchase days over the horizon.
    pub expected_visits: f64,
    /// Expected value of a future purchase, if the spend model exists.
    pub expected_spend: Option<f64>,
    /// Discounted expected spending over the horizon, if the spend model exists.
    pub value: Option<f64>,
}

impl Models {
    pub fn outlook(&self, h: &RepeatHistory, horizon: ValueHorizon) -> Outlook {
        let model = &self.bgnbd.model;
        let weeks = f64::from(horizon.months) * MONTH_WEEKS;
        let expected_spend = self.gamma_gamma.map(|g| g.model.expected_spend(h));
        let value = expected_spend.map(|spend| {
            let monthly = (1.0 + horizon.annual_discount).powf(1.0 / 12.0);
            let mut before = 0.0;
            let mut total = 0.0;
            for month in 1..=horizon.months {
                let by_then = model.expected_purchases(h, f64::from(month) * MONTH_WEEKS);
                total += (by_then - before) * spend / monthly.powi(month as i32);
                before = by_then;
            }
            total
        });
        Outlook {
            p_alive: model.p_alive(h),
            expected_visits: model.expected_purchases(h, weeks),
            expected_spend,
            value,
        }
    }
}

/// One row of the holdout check: customers who made `frequency` repeat purchases during
/// calibration (the last row gathers that many or more), the mean number of repeat
/// purchases the model predicted for the holdout, and the mean they actually made.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HoldoutGroup {
    pub frequency: u32,
    pub customers: usize,
    pub predicted: f64,
    pub actual: f64,
}

/// Calibration frequencies 0..=`HOLDOUT_TOP`, the last one open-ended, as in FHL 2005 fig. 4.
pub const HOLDOUT_TOP: u32 = 7;

/// Predicted against actual repeat purchases in a holdout of `holdout_weeks`, by
/// calibration frequency, for a model fitted on the calibration histories alone.
pub fn holdout_check(
    model: &BgNbd,
    histories: &[RepeatHistory],
    holdout_weeks: f64,
) -> Vec<HoldoutGroup> {
    let mut groups: Vec<HoldoutGroup> = (0..=HOLDOUT_TOP)
        .map(|frequency| HoldoutGroup {
            frequency,
            customers: 0,
            predicted: 0.0,
            actual: 0.0,
        })
        .collect();
    for h in histories {
        let predicted = model.expected_purchases(h, holdout_weeks);
        if !predicted.is_finite() {
            continue;
        }
        let g = &mut groups[h.frequency.min(HOLDOUT_TOP) as usize];
        g.customers += 1;
        g.predicted += predicted;
        g.actual += f64::from(h.holdout_frequency);
    }
    for g in &mut groups {
        if g.customers > 0 {
            g.predicted /= g.customers as f64;
            g.actual /= g.customers as f64;
        }
    }
    groups.retain(|g| g.customers > 0);
    groups
}
