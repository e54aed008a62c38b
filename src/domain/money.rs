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

/// The largest amount one purchase (or any amount typed) may have, in minor units:
/// 10^13. In a currency without decimals and with huge nominal values (UGX, IRR) that
/// is ten trillion, far beyond any one sale; in KES (2 decimals) 100 billion, in KWD
/// (3) 10 billion. Keeping amounts this small is what lets a purchase's points be
/// worked out without overflow (see `loyalty::programme`'s limits); sums over many
/// purchases are still kept from overflowing where they are added up.
pub const MAX_AMOUNT: Money = Money(10_000_000_000_000);

/// The most minor-unit digits a currency has in ISO 4217 (CLF, UYW); a stored currency
/// claiming more is read as having this many, so `10^digits` always fits.
const MAX_EXPONENT: u8 = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyProblem {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals {
        allowed: u8,
    },
    /// Above `MAX_AMOUNT`; `max` is that limit in whole units of the currency.
    TooLarge {
        max: i64,
    },
}

impl Currency {
    /// Minor-unit digits, never more than ISO 4217 has (stored settings may say more).
    pub fn digits(&self) -> u8 {
        self.exponent.min(MAX_EXPONENT)
    }

    /// Minor units in one whole unit (100 for KES).
    fn scale(&self) -> i64 {
        10i64.pow(u32::from(self.digits()))
    }

    /// Parses "12", "12.5", "12.50" or "1,250.00" exactly. Refuses negatives, more
    /// decimals than the currency has, and anything above `MAX_AMOUNT`.
    pub fn parse(&self, input: &str) -> Result<Money, MoneyProblem> {
        let too_large = MoneyProblem::TooLarge {
            max: MAX_AMOUNT.0 / self.scale(),
        };
        let text: String = super::digits::ascii_digits(input)
            .trim()
            .chars()
            .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}'))
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
        let digits = self.digits();
        if significant.len() > usize::from(digits) {
            return Err(MoneyProblem::TooManyDecimals { allowed: digits });
        }
        // Only digits are left, so a failed parse means more than i64 holds.
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large.clone())?
        };
        // At most `digits` (≤ 4) places, each below 10^4: no overflow.
        let fraction_units: i64 = significant
            .chars()
            .zip((0..u32::from(digits)).rev())
            .map(|(c, power)| i64::from(c.to_digit(10).unwrap_or(0)) * 10i64.pow(power))
            .sum();
        whole
            .checked_mul(self.scale())
            .and_then(|w| w.checked_add(fraction_units))
            .filter(|units| *units <= MAX_AMOUNT.0)
            .map(Money)
            .ok_or(too_large)
    }

    /// "1,250.00" style, with the code: "KES 1,250.00".
    pub fn format(&self, amount: Money) -> String {
        format!("{} {}", self.code, self.format_number(amount))
    }

    /// The amount as a form field holds it, "1250.00": no thousands separator, which a
    /// decimal-comma language (Georgian) would read as the decimal point.
    pub fn form_number(&self, amount: Money) -> String {
        self.format_number(amount).replace(',', "")
    }

    pub fn format_number(&self, amount: Money) -> String {
        // `scale` is 1..=10^4, so the cast is exact; `unsigned_abs` has no overflow.
        let scale = self.scale() as u64;
        let sign = if amount.0 < 0 { "-" } else { "" };
        let abs = amount.0.unsigned_abs();
        let grouped = group_thousands(&(abs / scale).to_string(), ',');
        if self.digits() == 0 {
            format!("{sign}{grouped}")
        } else {
            let fraction = abs % scale;
            format!(
                "{sign}{grouped}.{fraction:0width$}",
                width = usize::from(self.digits())
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
        assert_eq!(
            kes().parse("۱٬۲۵۰٫۰۵"),
            Ok(Money(125005)),
            "typed in Urdu or Persian"
        );
        assert_eq!(
            kes().parse("1\u{202f}250"),
            Ok(Money(125000)),
            "narrow no-break space"
        );
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
            Err(MoneyProblem::TooLarge {
                max: 100_000_000_000
            })
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
    fn amounts_above_the_maximum_are_refused_in_every_currency() {
        let ugx = Currency {
            code: "UGX".into(),
            exponent: 0,
        };
        let large = |max| Err(MoneyProblem::TooLarge { max });
        // ~9e16: fitted an i64 before, and would overflow the points arithmetic.
        assert_eq!(kes().parse("99999999999999999"), large(100_000_000_000));
        assert_eq!(ugx.parse("99999999999999999"), large(10_000_000_000_000));
        assert_eq!(ugx.parse("9223372036854775807"), large(10_000_000_000_000));
        assert_eq!(ugx.parse("9223372036854775808"), large(10_000_000_000_000));
        assert_eq!(ugx.parse("10,000,000,000,000"), Ok(MAX_AMOUNT));
        assert_eq!(ugx.parse("10,000,000,000,001"), large(10_000_000_000_000));
        assert_eq!(kes().parse("100,000,000,000.00"), Ok(MAX_AMOUNT));
        assert_eq!(kes().parse("100000000000.01"), large(100_000_000_000));
        assert_eq!(
            kes().parse("0000000000000000000000000012.5"),
            Ok(Money(1250))
        );
    }

    #[test]
    fn a_stored_currency_with_absurd_decimals_never_overflows() {
        let odd = Currency {
            code: "XXX".into(),
            exponent: u8::MAX,
        };
        assert_eq!(odd.parse("1.2345"), Ok(Money(12_345)));
        assert_eq!(
            odd.parse("1.23456"),
            Err(MoneyProblem::TooManyDecimals { allowed: 4 })
        );
        assert_eq!(
            odd.format_number(Money(i64::MIN)),
            "-922,337,203,685,477.5808"
        );
        assert_eq!(
            kes().format_number(Money(i64::MAX)),
            "92,233,720,368,547,758.07"
        );
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
