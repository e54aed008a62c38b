//! Numbers, amounts and percentages in the language's own way: its digits, separators
//! and where the currency code goes.
//!
//! Written here rather than calling `Intl.NumberFormat` for each figure: lists of
//! thousands of rows format numbers on every redraw, and a native build (the tests)
//! has no `Intl`. The six rows of symbols in `languages.rs` are compared with the
//! browser's CLDR data on every CI run (`tests/locale_intl.rs`).

use super::Lang;
use crate::domain::money::{Currency, Money};

/// The minus sign shown before negative figures (a true minus, not a hyphen).
const MINUS: char = '\u{2212}';

impl Lang {
    /// A whole number: "12,500", "۱۲٬۵۰۰", "12 500".
    pub fn number<N: TryInto<i64>>(self, n: N) -> String {
        let n: i64 = n.try_into().unwrap_or(i64::MAX);
        let magnitude = self.grouped(&n.unsigned_abs().to_string());
        self.signed(n < 0, magnitude)
    }

    /// Any number, with up to two decimals where it has them ("2.5", "۲٫۵").
    pub fn decimal(self, value: f64) -> String {
        if !value.is_finite() {
            return "–".into();
        }
        let hundredths = (value.abs() * 100.0).round();
        if hundredths >= 9.0e15 {
            return self.number(value as i64);
        }
        // Below 2^53 after the check above, so the cast is exact.
        let hundredths = hundredths as u64;
        let (whole, fraction) = (hundredths / 100, hundredths % 100);
        let mut text = self.grouped(&whole.to_string());
        if fraction != 0 {
            let digits = format!("{fraction:02}");
            text.push(self.info().decimal);
            text.push_str(&self.digits(digits.trim_end_matches('0')));
        }
        self.signed(value < 0.0 && hundredths != 0, text)
    }

    /// A share as a percentage with at most one decimal: "12.5%", "۱۲٫۵٪".
    pub fn percent(self, share: f64) -> String {
        let tenths = (share * 1000.0).round() / 10.0;
        let sign = if self == Lang::Fa { '٪' } else { '%' };
        format!("{}{sign}", self.decimal(tenths))
    }

    /// An amount with its currency code where the language puts it: "KES 1,250.00",
    /// "1250,00 KES", "KES ۱٬۲۵۰٫۰۰".
    pub fn money(self, currency: &Currency, amount: Money) -> String {
        let figure = self.money_figure(currency, amount);
        if self.info().code_after_amount {
            format!("{figure}\u{a0}{}", currency.code)
        } else {
            format!("{}\u{a0}{figure}", currency.code)
        }
    }

    /// The amount's figure without the code, as typed back into a form.
    pub fn money_figure(self, currency: &Currency, amount: Money) -> String {
        let exponent = u32::from(currency.digits());
        let scale = 10u64.pow(exponent);
        let abs = amount.0.unsigned_abs();
        let mut text = self.grouped(&(abs / scale).to_string());
        if exponent > 0 {
            text.push(self.info().decimal);
            let fraction = format!("{:0width$}", abs % scale, width = exponent as usize);
            text.push_str(&self.digits(&fraction));
        }
        self.signed(amount.0 < 0, text)
    }

    /// A number as typed in this language, in the form the core reads ("1234.50"): any
    /// script's digits become ASCII, and where the language writes a decimal comma
    /// (Georgian "1 234,50") the comma becomes the point and dots and spaces between
    /// thousands go. A point typed by habit ("12.50") still reads as the decimal.
    pub fn read_number(self, typed: &str) -> String {
        let ascii = crate::domain::digits::ascii_digits(typed);
        if self.info().decimal != ',' || !ascii.contains(',') {
            return ascii.into_owned();
        }
        let last_comma = ascii.rfind(',').unwrap_or(0);
        ascii
            .char_indices()
            .filter_map(|(i, c)| match c {
                ',' if i == last_comma => Some('.'),
                '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' => None,
                other => Some(other),
            })
            .collect()
    }

    /// ASCII digits in the language's digits ("1405-09-02" → "۱۴۰۵-۰۹-۰۲").
    pub fn digits(self, ascii: &str) -> String {
        let zero = self.info().zero as u32;
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(zero + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }

    /// ASCII digits grouped in thousands, unless there are fewer than the language's
    /// minimum (Georgian leaves "1234" whole but writes "12 345").
    fn grouped(self, ascii: &str) -> String {
        let info = self.info();
        let digits = self.digits(ascii);
        if ascii.len() < 4 + usize::from(info.min_grouping - 1) {
            return digits;
        }
        crate::domain::money::group_thousands(&digits, info.group)
    }

    fn signed(self, negative: bool, magnitude: String) -> String {
        if negative {
            format!("{}{MINUS}{magnitude}", self.sign_mark())
        } else {
            magnitude
        }
    }

    /// A change of points with its sign always shown: "+20", "−20".
    pub fn change(self, n: i64) -> String {
        if n > 0 {
            format!("{}+{}", self.sign_mark(), self.number(n))
        } else {
            self.number(n)
        }
    }

    /// Before a sign in right-to-left text, a left-to-right mark keeps the sign on the
    /// number's left, as CLDR writes it ("‎−۱۲", not "۱۲−").
    fn sign_mark(self) -> &'static str {
        if self.info().rtl {
            "\u{200e}"
        } else {
            ""
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_in_each_language() {
        assert_eq!(Lang::En.number(1_234_567), "1,234,567");
        assert_eq!(Lang::Sw.number(1_234_567), "1,234,567");
        assert_eq!(Lang::Ka.number(1_234), "1234");
        assert_eq!(Lang::Ka.number(12_345), "12\u{a0}345");
        assert_eq!(Lang::Ur.number(2026), "۲٬۰۲۶");
        assert_eq!(Lang::Fa.number(-12_500), "\u{200e}−۱۲٬۵۰۰");
        assert_eq!(Lang::En.change(20), "+20");
        assert_eq!(Lang::Ur.change(20), "\u{200e}+۲۰");
        assert_eq!(Lang::En.number(0usize), "0");
        assert_eq!(Lang::En.number(u64::MAX), Lang::En.number(i64::MAX));
    }

    #[test]
    fn decimals_percentages_and_money() {
        assert_eq!(Lang::En.decimal(2.5), "2.5");
        assert_eq!(Lang::Ka.decimal(1234.25), "1234,25");
        assert_eq!(Lang::Fa.decimal(-0.004), "۰");
        assert_eq!(Lang::Fa.percent(0.125), "۱۲٫۵٪");
        assert_eq!(Lang::En.percent(1.0), "100%");
        assert_eq!(Lang::En.decimal(f64::NAN), "–");
        let kes = Currency::default();
        assert_eq!(Lang::En.money(&kes, Money(123_450)), "KES\u{a0}1,234.50");
        assert_eq!(Lang::Ka.money(&kes, Money(123_450)), "1234,50\u{a0}KES");
        assert_eq!(Lang::Ur.money(&kes, Money(-300)), "KES\u{a0}\u{200e}−۳٫۰۰");
        let jpy = Currency {
            code: "JPY".into(),
            exponent: 0,
        };
        assert_eq!(Lang::Sw.money(&jpy, Money(12_345)), "JPY\u{a0}12,345");
    }

    #[test]
    fn numbers_typed_in_the_language_are_read() {
        assert_eq!(Lang::Ka.read_number("1\u{a0}234,50"), "1234.50");
        assert_eq!(Lang::Ka.read_number("1.234,5"), "1234.5");
        assert_eq!(Lang::Ka.read_number("250,50"), "250.50");
        assert_eq!(Lang::Ka.read_number("12.50"), "12.50");
        assert_eq!(Lang::En.read_number("1,250.50"), "1,250.50");
        assert_eq!(Lang::Fa.read_number("۱٬۲۵۰٫۵"), "1,250.5");
        // The programme's form, saved untouched, keeps its amounts in every language.
        let mut programme = crate::loyalty::Programme::default();
        programme.earn.per_amount = Money(250_000);
        let form = crate::loyalty::draft::ProgrammeDraft::from_programme(&programme);
        for lang in Lang::ALL {
            let typed = lang.read_number(&form.per_amount);
            assert_eq!(
                programme.currency.parse(&typed),
                Ok(Money(250_000)),
                "{lang:?}"
            );
        }
        let kes = Currency::default();
        for lang in Lang::ALL {
            let shown = lang.money_figure(&kes, Money(123_450));
            assert_eq!(
                kes.parse(&lang.read_number(&shown)),
                Ok(Money(123_450)),
                "{lang:?} reads back {shown}"
            );
        }
    }
}
