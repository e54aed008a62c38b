//! Folding text so that search forgives case and accents: "Zoë" matches "zoe",
//! "ÇELIK" matches "celik".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cased, accents removed, letters that do not decompose mapped by hand.
pub fn fold(text: &str) -> String {
    // Most names, emails and tags are plain ASCII: skip Unicode decomposition for them.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The words of folded text: runs of letters and digits. Apostrophes and hyphens split
/// ("O'Neil" gives "o" and "neil") so either half can be typed.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Zoë ÇELİK"), "zoe celik");
        assert_eq!(fold("Straße Øresund"), "strasse oresund");
        assert_eq!(fold("José-María"), "jose-maria");
        assert_eq!(fold("عائشہ"), fold("عائشہ"));
    }

    #[test]
    fn splits_words() {
        let folded = fold("Mary-Jane O'Neil");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            vec!["mary", "jane", "o", "neil"]
        );
    }
}
