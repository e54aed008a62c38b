//! Noise for numbers that leave the device: the discrete Laplace mechanism under pure
//! differential privacy. Sampling is exact (prio's rational-arithmetic sampler after
//! Canonne, Kamath & Steinke 2020); floating point appears only in the interval shown
//! beside each number, never in the draw (Mironov 2012: a float Laplace leaks).

use num_traits::{Signed, ToPrimitive};
use prio::dp::distributions::DiscreteLaplace;
use prio::dp::Rational;
use rand10::distr::Distribution;
use serde::{Deserialize, Serialize};

/// A privacy loss in thousandths of ε, so budgets add up exactly.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Epsilon(pub u32);

impl Epsilon {
    pub const fn thousandths(n: u32) -> Self {
        Epsilon(n)
    }

    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 1000.0
    }

    /// Half of it (for a release made of two queries), rounded down: the two halves
    /// never spend more than the whole.
    pub fn half(self) -> Self {
        Epsilon(self.0 / 2)
    }

    pub fn saturating_add(self, other: Epsilon) -> Epsilon {
        Epsilon(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Epsilon) -> Epsilon {
        Epsilon(self.0.saturating_sub(other.0))
    }
}

/// The discrete Laplace noise for a query of L1 sensitivity `sensitivity` released
/// with `epsilon`: scale t = Δ/ε, P(x) ∝ exp(-|x|/t).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaplaceNoise {
    sensitivity: u64,
    epsilon: Epsilon,
}

impl LaplaceNoise {
    /// `None` for ε = 0 (no release is possible) or a zero sensitivity.
    pub fn new(sensitivity: u64, epsilon: Epsilon) -> Option<Self> {
        (epsilon.0 > 0 && sensitivity > 0).then_some(LaplaceNoise {
            sensitivity,
            epsilon,
        })
    }

    /// The scale t = Δ/ε.
    pub fn scale(&self) -> f64 {
        self.sensitivity as f64 * 1000.0 / f64::from(self.epsilon.0)
    }

    /// One draw, exactly from the discrete Laplace distribution.
    pub fn draw<R: rand10::Rng + ?Sized>(&self, rng: &mut R) -> i64 {
        // Δ/ε as the fraction (Δ·1000)/(ε in thousandths); both fit u64 comfortably.
        let numerator = self.sensitivity.saturating_mul(1000);
        let Ok(scale) = Rational::from_unsigned(numerator, u64::from(self.epsilon.0)) else {
            return 0;
        };
        let Ok(laplace) = DiscreteLaplace::new(scale) else {
            return 0;
        };
        let drawn = laplace.sample(rng);
        // Beyond i64 only with probability e^-(2^63/t): treat as the largest value.
        drawn.to_i64().unwrap_or(if drawn.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        })
    }

    /// The smallest k with P(|noise| > k) <= alpha: the released value is within ±k of
    /// the true one with probability at least 1 - alpha.
    /// P(|X| > k) = 2·q^(k+1) / (1 + q) with q = e^(-1/t).
    pub fn half_width(&self, alpha: f64) -> u64 {
        let t = self.scale();
        let alpha = alpha.clamp(1e-12, 1.0);
        let q = (-1.0 / t).exp();
        let needed = t * (2.0 / (alpha * (1.0 + q))).ln() - 1.0;
        if needed <= 0.0 {
            return 0;
        }
        let mut k = needed.ceil() as u64;
        // Rounding in the logarithm must not make the interval a step too narrow.
        while k > 0 && tail_beyond(q, k - 1) <= alpha {
            k -= 1;
        }
        while tail_beyond(q, k) > alpha {
            k += 1;
        }
        k
    }
}

/// P(|X| > k) for discrete Laplace with q = e^(-1/t).
pub fn tail_beyond(q: f64, k: u64) -> f64 {
    2.0 * q.powf(k as f64 + 1.0) / (1.0 + q)
}

/// P(X = x) for discrete Laplace with q = e^(-1/t).
pub fn probability_of(q: f64, x: i64) -> f64 {
    (1.0 - q) / (1.0 + q) * q.powf(x.unsigned_abs() as f64)
}

/// A generator seeded from the platform's cryptographic source (crypto.getRandomValues
/// in the browser): rand's StdRng (ChaCha12), re-seeded for every release.
pub fn secure_rng() -> Option<rand10::rngs::StdRng> {
    use rand10::SeedableRng;
    rand10::rngs::StdRng::try_from_rng(&mut rand10::rngs::SysRng).ok()
}
