//! Phone numbers normalised to E.164 (`+` country code, then up to 15 digits in all).
//!
//! Written by hand rather than with the `phonenumber` crate: that crate carries every
//! country's metadata and a regex engine, several hundred KB of wasm, while a counter
//! needs only "make this number comparable and searchable". National numbers are
//! checked for a plausible length, not against each carrier's ranges.

/// Calling code and plausible national significant number lengths per country.
const COUNTRIES: &[(&str, &str, u8, u8)] = &[
    ("AE", "971", 8, 9),
    ("AU", "61", 9, 9),
    ("BD", "880", 10, 10),
    ("BR", "55", 10, 11),
    ("CA", "1", 10, 10),
    ("DE", "49", 6, 13),
    ("EG", "20", 9, 10),
    ("ES", "34", 9, 9),
    ("ET", "251", 9, 9),
    ("FR", "33", 9, 9),
    ("GB", "44", 9, 10),
    ("GH", "233", 9, 9),
    ("IN", "91", 10, 10),
    ("IT", "39", 6, 11),
    ("KE", "254", 9, 9),
    ("MX", "52", 10, 10),
    ("NG", "234", 8, 10),
    ("NL", "31", 9, 9),
    ("PK", "92", 9, 10),
    ("RW", "250", 9, 9),
    ("SA", "966", 9, 9),
    ("TR", "90", 10, 10),
    ("TZ", "255", 9, 9),
    ("UG", "256", 9, 9),
    ("US", "1", 10, 10),
    ("ZA", "27", 9, 9),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Something other than digits, spaces and `+ - . ( )`.
    InvalidCharacter(char),
    /// Too few or too many digits for the country.
    WrongLength,
    /// A national number with no country set for the business.
    NeedsCountryCode,
}

pub fn country_codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|c| c.0)
}

/// Normalises `input` to E.164. `country` is the ISO 3166 code used for numbers typed
/// without `+`; `None` means such numbers are refused rather than guessed.
pub fn normalise(input: &str, country: Option<&str>) -> Result<String, PhoneProblem> {
    let input = super::digits::ascii_digits(input);
    let mut digits = String::with_capacity(input.len());
    let mut international = false;
    for (i, c) in input.trim().chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => international = true,
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            other => return Err(PhoneProblem::InvalidCharacter(other)),
        }
    }
    if !international && digits.starts_with("00") {
        international = true;
        digits.drain(..2);
    }
    if international {
        return if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
            Ok(format!("+{digits}"))
        } else {
            Err(PhoneProblem::WrongLength)
        };
    }
    let (_, code, min, max) = country
        .and_then(|c| COUNTRIES.iter().find(|e| e.0.eq_ignore_ascii_case(c)))
        .ok_or(PhoneProblem::NeedsCountryCode)?;
    let national = digits.strip_prefix('0').unwrap_or(&digits);
    if (usize::from(*min)..=usize::from(*max)).contains(&national.len()) {
        Ok(format!("+{code}{national}"))
    } else {
        Err(PhoneProblem::WrongLength)
    }
}

/// The national form with its leading 0, e.g. `+254712345678` -> `0712345678`, so that
/// search finds a customer by the number as people say it at the counter.
pub fn national_form(e164: &str) -> Option<String> {
    let digits = e164.strip_prefix('+')?;
    COUNTRIES
        .iter()
        .filter(|c| digits.starts_with(c.1))
        .max_by_key(|c| c.1.len())
        .map(|c| format!("0{}", &digits[c.1.len()..]))
}

/// An E.164 number spaced for reading: `+254712345678` -> `+254 712 345 678`.
/// Digits are grouped in threes (a final four where that evens out); other text is
/// returned as it is.
pub fn display(e164: &str) -> String {
    let Some(digits) = e164
        .strip_prefix('+')
        .filter(|d| d.chars().all(|c| c.is_ascii_digit()))
    else {
        return e164.to_owned();
    };
    let code_len = COUNTRIES
        .iter()
        .filter(|c| digits.starts_with(c.1))
        .map(|c| c.1.len())
        .max()
        .unwrap_or(digits.len().min(3));
    let (code, national) = digits.split_at(code_len);
    let mut groups: Vec<&str> = Vec::new();
    let mut rest = national;
    while rest.len() > 4 || (rest.len() == 4 && national.len() % 3 != 1) {
        let (head, tail) = rest.split_at(3);
        groups.push(head);
        rest = tail;
    }
    if !rest.is_empty() {
        groups.push(rest);
    }
    format!("+{code} {}", groups.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_numbers_get_the_country_code() {
        assert_eq!(
            normalise("0712 345 678", Some("KE")).unwrap(),
            "+254712345678"
        );
        assert_eq!(
            normalise("07700 900123", Some("gb")).unwrap(),
            "+447700900123"
        );
        assert_eq!(
            normalise("(415) 555-0100", Some("US")).unwrap(),
            "+14155550100"
        );
    }

    #[test]
    fn international_forms_are_kept() {
        assert_eq!(normalise("+92 300 1234567", None).unwrap(), "+923001234567");
        assert_eq!(
            normalise("+۹۲ ۳۰۰ ۱۲۳۴۵۶۷", None).unwrap(),
            "+923001234567",
            "typed with Urdu digits"
        );
        assert_eq!(
            normalise("0092 300 1234567", Some("KE")).unwrap(),
            "+923001234567"
        );
    }

    #[test]
    fn bad_numbers_say_why() {
        assert_eq!(
            normalise("07x12", Some("KE")),
            Err(PhoneProblem::InvalidCharacter('x'))
        );
        assert_eq!(
            normalise("0712", Some("KE")),
            Err(PhoneProblem::WrongLength)
        );
        assert_eq!(
            normalise("0712345678", None),
            Err(PhoneProblem::NeedsCountryCode)
        );
        assert_eq!(normalise("+1234", None), Err(PhoneProblem::WrongLength));
    }

    #[test]
    fn spaced_for_reading() {
        assert_eq!(display("+254712345678"), "+254 712 345 678");
        assert_eq!(display("+923001234567"), "+92 300 123 4567");
        assert_eq!(display("+14155550100"), "+1 415 555 0100");
        assert_eq!(display("not a number"), "not a number");
    }

    #[test]
    fn national_form_for_search() {
        assert_eq!(national_form("+254712345678").unwrap(), "0712345678");
        assert_eq!(national_form("+447700900123").unwrap(), "07700900123");
    }
}
