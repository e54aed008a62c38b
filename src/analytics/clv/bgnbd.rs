//! The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
//! while alive, a customer buys at a Poisson rate (gamma-distributed across customers,
//! shape r, rate alpha); after each purchase they may drop out with a probability
//! (beta-distributed, a and b). Time is in weeks.

use super::history::RepeatHistory;
use super::optimise::{BoxedCost, Minimiser, Minimum};
use super::special::{hyp2f1, ln_beta, ln_gamma, log_add_exp};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BgNbd {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
}

/// Customers with the same (x, t_x, T) share one likelihood term: shops' day-level data
/// repeat them often (everyone who bought once on the same day).
#[derive(Clone, Copy, Debug)]
struct Cell {
    frequency: u32,
    /// Indexes into `Cells::times`.
    recency: u32,
    age: u32,
    customers: f64,
}

/// The histories as the likelihood reads them. Recencies and ages take few distinct
/// values (days, at most a few thousand): each evaluation takes ln(alpha + t) once per
/// distinct value, not once per customer, which makes a fit over 100,000 customers
/// several times faster.
struct Cells {
    cells: Vec<Cell>,
    times: Vec<f64>,
}

fn cells(histories: &[RepeatHistory]) -> Cells {
    let mut times: Vec<u64> = histories
        .iter()
        .flat_map(|h| [h.recency.to_bits(), h.age.to_bits()])
        .collect();
    times.sort_unstable_by(|a, b| f64::from_bits(*a).total_cmp(&f64::from_bits(*b)));
    times.dedup();
    let index = |t: f64| {
        times
            .binary_search_by(|probe| f64::from_bits(*probe).total_cmp(&t))
            .unwrap_or(0) as u32
    };
    let mut keys: Vec<(u32, u32, u32)> = histories
        .iter()
        .map(|h| (h.frequency, index(h.recency), index(h.age)))
        .collect();
    keys.sort_unstable();
    let cells = keys
        .chunk_by(|a, b| a == b)
        .map(|same| Cell {
            frequency: same[0].0,
            recency: same[0].1,
            age: same[0].2,
            customers: same.len() as f64,
        })
        .collect();
    Cells {
        cells,
        times: times.into_iter().map(f64::from_bits).collect(),
    }
}

/// The fitted model with what the fit found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BgNbdFit {
    pub model: BgNbd,
    pub log_likelihood: f64,
    pub converged: bool,
}

impl BgNbd {
    /// Maximum likelihood over `histories`.
    pub fn fit(histories: &[RepeatHistory]) -> BgNbdFit {
        let mut fitting = BgNbd::fitting(histories);
        while fitting.step(u64::MAX) {}
        BgNbd::fitted(&fitting.result(), histories.len())
    }

    /// The same fit, to be run a slice at a time.
    pub fn fitting(histories: &[RepeatHistory]) -> Minimiser<BoxedCost> {
        let cells = cells(histories);
        // Per customer: the optimiser's tolerances then mean the same at any book size.
        let n = histories.len().max(1) as f64;
        let cost = move |p: &[f64]| {
            -BgNbd {
                r: p[0],
                alpha: p[1],
                a: p[2],
                b: p[3],
            }
            .cells_log_likelihood(&cells)
                / n
        };
        Minimiser::new(Box::new(cost), &[1.0, 1.0, 1.0, 1.0])
    }

    /// What a finished `fitting` of `customers` histories found.
    pub fn fitted(found: &Minimum, customers: usize) -> BgNbdFit {
        let p = &found.params;
        BgNbdFit {
            model: BgNbd {
                r: p[0],
                alpha: p[1],
                a: p[2],
                b: p[3],
            },
            log_likelihood: -found.cost * customers as f64,
            converged: found.converged,
        }
    }

    /// The log-likelihood of `histories` under this model (FHL 2005, eq. 6, in logs).
    pub fn log_likelihood(&self, histories: &[RepeatHistory]) -> f64 {
        self.cells_log_likelihood(&cells(histories))
    }

    fn cells_log_likelihood(&self, cells: &Cells) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        let shared = -ln_gamma(r) + r * alpha.ln() + ln_gamma(a + b) - ln_gamma(b);
        let ln_after: Vec<f64> = cells.times.iter().map(|t| (alpha + t).ln()).collect();
        let mut total = 0.0;
        // (frequency, its terms shared by every cell, ln(a / (b + x - 1)))
        let mut by_frequency = (u32::MAX, 0.0, 0.0);
        for cell in &cells.cells {
            let x = f64::from(cell.frequency);
            if by_frequency.0 != cell.frequency {
                let part = ln_gamma(r + x) + ln_gamma(b + x) - ln_gamma(a + b + x) + shared;
                by_frequency = (cell.frequency, part, a.ln() - (b + x - 1.0).ln());
            }
            let still_alive = -(r + x) * ln_after[cell.age as usize];
            let term = if cell.frequency > 0 {
                let dropped = by_frequency.2 - (r + x) * ln_after[cell.recency as usize];
                log_add_exp(still_alive, dropped)
            } else {
                still_alive
            };
            total += cell.customers * (by_frequency.1 + term);
        }
        total
    }

    /// ln of the odds that the customer has dropped out, against still being active.
    fn log_odds_dropped(&self, h: &RepeatHistory) -> f64 {
        if h.frequency == 0 {
            return f64::NEG_INFINITY;
        }
        let x = f64::from(h.frequency);
        self.a.ln() - (self.b + x - 1.0).ln()
            + (self.r + x) * ((self.alpha + h.age).ln() - (self.alpha + h.recency).ln())
    }

    /// P(alive | x, t_x, T) (FHL 2005, eq. 11).
    pub fn p_alive(&self, h: &RepeatHistory) -> f64 {
        1.0 / (1.0 + self.log_odds_dropped(h).exp())
    }

    /// Expected purchases in the next `weeks` given the history (FHL 2005, eq. 10).
    /// NaN where the formula does not hold (a = 1 exactly, or a + b + x <= 1).
    pub fn expected_purchases(&self, h: &RepeatHistory, weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        let x = f64::from(h.frequency);
        let horizon = alpha + h.age + weeks;
        let hyp = hyp2f1(r + x, b + x, a + b + x - 1.0, weeks / horizon);
        let lead = (a + b + x - 1.0) / (a - 1.0);
        let unbought = 1.0 - ((alpha + h.age) / horizon).powf(r + x) * hyp;
        lead * unbought / (1.0 + self.log_odds_dropped(h).exp())
    }

    /// P(X(t) = n): the chance a new customer makes exactly `n` purchases in their first
    /// `weeks` (FHL 2005, eq. 8).
    pub fn probability_of_purchases(&self, n: u32, weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        let ln_stay = (alpha / (alpha + weeks)).ln();
        let ln_buy = (weeks / (alpha + weeks)).ln();
        // ln of the NBD probability of j purchases in `weeks`.
        let nbd = |j: u32| {
            let j = f64::from(j);
            let buys = if j == 0.0 { 0.0 } else { j * ln_buy };
            ln_gamma(r + j) - ln_gamma(r) - ln_gamma(j + 1.0) + r * ln_stay + buys
        };
        let x = f64::from(n);
        let mut p = (ln_beta(a, b + x) - ln_beta(a, b) + nbd(n)).exp();
        if n > 0 {
            let fewer: f64 = (0..n).map(|j| nbd(j).exp()).sum();
            p += (ln_beta(a + 1.0, b + x - 1.0) - ln_beta(a, b)).exp() * (1.0 - fewer);
        }
        p
    }
}
