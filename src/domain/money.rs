//! Money as whole minor units (cents, paisa) in an `i64`: exact, never `f64`.
//!
//! Hand-written rather than a decimal crate: a shop's amounts need only "parse what was
//! typed, add, compare, print", and integer minor units do that exactly with nothing
//! added to the wasm.

use serde::{Deserialize, Serialize};

/// Amount in minor units of the business currency.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    /// ISO 4217 code, e.g. "KES".
    pub code: String,
    /// Digits after the decimal point (2 for KES, 0 for JPY, 3 for KWD).
    pub exponent: u8,
}

/// `digits` with `separator` between each group of three from the right ("1,250,000").
pub fn group_thousands(digits: &str, separator: char) -> String {
    let count = digits.chars().count();
    let mut grouped = String::with_capacity(digits.len() + count / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (count - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    grouped
}

/// Currencies offered in settings, with their minor-unit digits (ISO 4217).
pub const COMMON_CURRENCIES: [(&str, u8); 14] = [
    ("KES", 2),
    ("UGX", 0),
    ("TZS", 2),
    ("RWF", 0),
    ("NGN", 2),
    ("ZAR", 2),
    ("PKR", 2),
    ("INR", 2),
    ("TRY", 2),
    ("GBP", 2),
    ("EUR", 2),
    ("USD", 2),
    ("JPY", 0),
    ("KWD", 3),
];

impl Default for Currency {
    fn default() -> Self {
        Self {
            code: "KES".into(),
            exponent: 2,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyProblem {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals { allowed: u8 },
    TooLarge,
}

impl Currency {
    /// Parses "12", "12.5", "12.50" or "1,250.00" exactly. Refuses negatives and more
    /// decimals than the currency has.
    pub fn parse(&self, input: &str) -> Result<Money, MoneyProblem> {
        let text: String = input
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != ' ' && *c != '\u{a0}')
            .collect();
        if text.is_empty() {
            return Err(MoneyProblem::Empty);
        }
        if text.starts_with('-') {
            return Err(MoneyProblem::Negative);
        }
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
            return Err(MoneyProblem::NotANumber);
        }
        let significant = fraction.trim_end_matches('0');
        if significant.len() > usize::from(self.exponent) {
            return Err(MoneyProblem::TooManyDecimals {
                allowed: self.exponent,
            });
        }
        let scale = 10i64.pow(u32::from(self.exponent));
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyProblem::TooLarge)?
        };
        let mut fraction_units: i64 = 0;
        for (i, c) in significant.chars().enumerate() {
            let place = 10i64.pow(u32::from(self.exponent) - 1 - i as u32);
            fraction_units += i64::from(c.to_digit(10).unwrap_or(0)) * place;
        }
        whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(fraction_units))
            .map(Money)
            .ok_or(MoneyProblem::TooLarge)
    }

    /// "1,250.00" style, with the code: "KES 1,250.00".
    pub fn format(&self, amount: Money) -> String {
        format!("{} {}", self.code, self.format_number(amount))
    }

    pub fn format_number(&self, amount: Money) -> String {
        let scale = 10i64.pow(u32::from(self.exponent));
        let sign = if amount.0 < 0 { "-" } else { "" };
        let abs = amount.0.unsigned_abs();
        let grouped = group_thousands(&(abs / scale as u64).to_string(), ',');
        if self.exponent == 0 {
            format!("{sign}{grouped}")
        } else {
            let fraction = abs % scale as u64;
            format!(
                "{sign}{grouped}.{fraction:0width$}",
                width = usize::from(self.exponent)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kes() -> Currency {
        Currency::default()
    }

    #[test]
    fn parses_exactly() {
        assert_eq!(kes().parse("12"), Ok(Money(1200)));
        assert_eq!(kes().parse("12.5"), Ok(Money(1250)));
        assert_eq!(kes().parse("1,250.05"), Ok(Money(125005)));
        assert_eq!(kes().parse(".5"), Ok(Money(50)));
        assert_eq!(kes().parse("0.10"), Ok(Money(10)));
        // 0.1 + 0.2 is exactly 0.3 here, unlike f64.
        let sum = kes().parse("0.1").unwrap().0 + kes().parse("0.2").unwrap().0;
        assert_eq!(Money(sum), kes().parse("0.3").unwrap());
    }

    #[test]
    fn refuses_bad_amounts() {
        assert_eq!(kes().parse("-5"), Err(MoneyProblem::Negative));
        assert_eq!(
            kes().parse("1.005"),
            Err(MoneyProblem::TooManyDecimals { allowed: 2 })
        );
        assert_eq!(kes().parse("12abc"), Err(MoneyProblem::NotANumber));
        assert_eq!(kes().parse(""), Err(MoneyProblem::Empty));
        assert_eq!(kes().parse("."), Err(MoneyProblem::NotANumber));
        assert_eq!(
            kes().parse("99999999999999999999"),
            Err(MoneyProblem::TooLarge)
        );
        let yen = Currency {
            code: "JPY".into(),
            exponent: 0,
        };
        assert_eq!(yen.parse("500"), Ok(Money(500)));
        assert_eq!(
            yen.parse("500.5"),
            Err(MoneyProblem::TooManyDecimals { allowed: 0 })
        );
        assert_eq!(yen.parse("500.00"), Ok(Money(500)));
    }

    #[test]
    fn formats_with_grouping() {
        assert_eq!(kes().format(Money(125005)), "KES 1,250.05");
        assert_eq!(kes().format_number(Money(5)), "0.05");
        assert_eq!(
            Currency {
                code: "JPY".into(),
                exponent: 0
            }
            .format(Money(1234567)),
            "JPY 1,234,567"
        );
    }
}
