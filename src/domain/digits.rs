//! Numbers as people type them: with Arabic-Indic (٠١٢…) or Persian/Urdu (۰۱۲…)
//! digits and the Arabic decimal and thousands separators, as phone keyboards in Urdu
//! and Persian give them. Parsers read every input through here, so "۱۲۵٫۵۰" is 125.50.

use std::borrow::Cow;

/// `input` with every such digit and separator turned into its ASCII form (and the
/// minus sign into `-`). Unchanged, and not copied, when there is nothing to turn.
pub fn ascii_digits(input: &str) -> Cow<'_, str> {
    if input.is_ascii() {
        return Cow::Borrowed(input);
    }
    Cow::Owned(input.chars().map(ascii_char).collect())
}

fn ascii_char(c: char) -> char {
    let zero_based = |first: char| char::from(b'0' + (c as u32 - first as u32) as u8);
    match c {
        '\u{0660}'..='\u{0669}' => zero_based('\u{0660}'),
        '\u{06F0}'..='\u{06F9}' => zero_based('\u{06F0}'),
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        '\u{2212}' => '-',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_of_digits_reads_as_ascii() {
        assert_eq!(
            ascii_digits("۱۲۵٫۵۰"),
            "125.50",
            "Persian and Urdu keyboards"
        );
        assert_eq!(ascii_digits("١٬٢٥٠٫٠٥"), "1,250.05", "Arabic-Indic digits");
        assert_eq!(ascii_digits("۰۳۰۰ ۱۲۳۴۵۶۷"), "0300 1234567");
        assert_eq!(ascii_digits("−5"), "-5");
        assert_eq!(
            ascii_digits("Café 12"),
            "Café 12",
            "other letters are left alone"
        );
        assert!(matches!(ascii_digits("12.50"), Cow::Borrowed(_)));
    }
}
