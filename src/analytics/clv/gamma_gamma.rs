//! The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's note
//! 025): each transaction's value is gamma-distributed around the customer's own mean,
//! whose scale is itself gamma-distributed across customers (p, q, v). Fitted on repeat
//! buyers whose mean repeat spend is positive.

use super::history::RepeatHistory;
use super::optimise::{BoxedCost, Minimiser, Minimum};
use super::special::ln_gamma;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GammaGamma {
    pub p: f64,
    pub q: f64,
    pub v: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GammaGammaFit {
    pub model: GammaGamma,
    pub log_likelihood: f64,
    /// Repeat buyers the fit used.
    pub customers: usize,
    pub converged: bool,
}

/// Whether a history tells the spend model anything.
pub fn is_repeat_buyer(h: &RepeatHistory) -> bool {
    h.frequency > 0 && h.repeat_mean > 0.0 && h.repeat_mean.is_finite()
}

/// (x, mean repeat spend) of each repeat buyer, by x.
fn repeat_buyers(histories: &[RepeatHistory]) -> Vec<(f64, f64)> {
    let mut buyers: Vec<(f64, f64)> = histories
        .iter()
        .filter(|h| is_repeat_buyer(h))
        .map(|h| (f64::from(h.frequency), h.repeat_mean))
        .collect();
    buyers.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    buyers
}

impl GammaGamma {
    pub fn fit(histories: &[RepeatHistory]) -> GammaGammaFit {
        let (mut fitting, customers) = GammaGamma::fitting(histories);
        while fitting.step(u64::MAX) {}
        GammaGamma::fitted(&fitting.result(), customers)
    }

    /// The same fit, to be run a slice at a time, and how many repeat buyers it uses.
    pub fn fitting(histories: &[RepeatHistory]) -> (Minimiser<BoxedCost>, usize) {
        let buyers = repeat_buyers(histories);
        let count = buyers.len();
        let mean = buyers.iter().map(|b| b.1).sum::<f64>() / count.max(1) as f64;
        let n = count.max(1) as f64;
        let cost = move |p: &[f64]| {
            -GammaGamma {
                p: p[0],
                q: p[1],
                v: p[2],
            }
            .pairs_log_likelihood(&buyers)
                / n
        };
        // v is on the amounts' scale: start it there, whatever the currency's unit.
        (
            Minimiser::new(Box::new(cost), &[1.0, 2.0, mean.max(1e-6)]),
            count,
        )
    }

    pub fn fitted(found: &Minimum, customers: usize) -> GammaGammaFit {
        let p = &found.params;
        GammaGammaFit {
            model: GammaGamma {
                p: p[0],
                q: p[1],
                v: p[2],
            },
            log_likelihood: -found.cost * customers as f64,
            customers,
            converged: found.converged && customers > 0,
        }
    }

    pub fn log_likelihood(&self, histories: &[RepeatHistory]) -> f64 {
        self.pairs_log_likelihood(&repeat_buyers(histories))
    }

    /// `buyers` sorted by x: the gamma-function terms are taken once per distinct x
    /// (a handful), leaving one logarithm per buyer.
    fn pairs_log_likelihood(&self, buyers: &[(f64, f64)]) -> f64 {
        let GammaGamma { p, q, v } = *self;
        let shared = -ln_gamma(q) + q * v.ln();
        let mut by_x = (f64::NAN, 0.0);
        let mut total = 0.0;
        for &(x, m) in buyers {
            if by_x.0 != x {
                let px = p * x;
                by_x = (x, ln_gamma(px + q) - ln_gamma(px) + px * x.ln() + shared);
            }
            let px = p * x;
            total += by_x.1 + (px - 1.0) * m.ln() - (px + q) * (v + x * m).ln();
        }
        total
    }

    /// The expected value of this customer's future purchases: their own mean, shrunk
    /// toward the population's by how little they have bought. NaN if q <= 1 (the
    /// population mean is then infinite).
    pub fn expected_spend(&self, h: &RepeatHistory) -> f64 {
        let GammaGamma { p, q, v } = *self;
        if q <= 1.0 {
            return f64::NAN;
        }
        let (x, m) = if is_repeat_buyer(h) {
            (f64::from(h.frequency), h.repeat_mean)
        } else {
            (0.0, 0.0)
        };
        p * (v + x * m) / (p * x + q - 1.0)
    }
}
