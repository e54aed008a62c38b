//! The special functions the models need. Log-gamma comes from libm; the Gaussian
//! hypergeometric function is summed here because no well-kept Rust crate offers it
//! for wasm, and the models only ever call it with 0 <= z < 1, where its series converges.

pub fn ln_gamma(x: f64) -> f64 {
    libm::lgamma(x)
}

pub fn ln_beta(a: f64, b: f64) -> f64 {
    ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
}

/// ln(e^x + e^y) without overflow.
pub fn log_add_exp(x: f64, y: f64) -> f64 {
    let (high, low) = if x >= y { (x, y) } else { (y, x) };
    if high == f64::NEG_INFINITY {
        return high;
    }
    // One exp and one ln: the larger term's share is e^0 = 1.
    high + (low - high).exp().ln_1p()
}

/// Terms summed at most: near z = 1 the series converges slowly; past this the answer
/// is reported as unknown (NaN) rather than guessed.
const MAX_TERMS: u32 = 200_000;

/// 2F1(a, b; c; z) by its power series, for 0 <= z < 1 and c > 0; NaN outside that or
/// when the series does not settle within `MAX_TERMS`.
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> f64 {
    if !(0.0..1.0).contains(&z) || c <= 0.0 {
        return f64::NAN;
    }
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 0..MAX_TERMS {
        let k = f64::from(k);
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        sum += term;
        if !sum.is_finite() {
            return f64::NAN;
        }
        if term.abs() <= f64::EPSILON * sum.abs() {
            return sum;
        }
    }
    f64::NAN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyp2f1_matches_closed_forms() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        let z = 0.6_f64;
        assert!((hyp2f1(1.0, 1.0, 2.0, z) - (-(1.0 - z).ln() / z)).abs() < 1e-12);
        // 2F1(a, b; b; z) = (1 - z)^-a
        assert!((hyp2f1(2.5, 3.0, 3.0, 0.3) - 0.7_f64.powf(-2.5)).abs() < 1e-12);
        assert_eq!(hyp2f1(1.0, 1.0, 2.0, 0.0), 1.0);
        assert!(hyp2f1(1.0, 1.0, 2.0, 1.0).is_nan());
        assert!(hyp2f1(1.0, 1.0, 2.0, -0.5).is_nan());
    }

    #[test]
    fn log_gamma_and_beta_are_right() {
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-12);
        // B(2, 3) = 1/12
        assert!((ln_beta(2.0, 3.0) - (1.0f64 / 12.0).ln()).abs() < 1e-12);
        assert!((log_add_exp(1000.0, 1000.0) - (1000.0 + 2f64.ln())).abs() < 1e-9);
        assert_eq!(log_add_exp(f64::NEG_INFINITY, 0.5), 0.5);
    }
}
