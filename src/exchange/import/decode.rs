//! A chosen file's bytes as text. Spreadsheets save CSV as UTF-8 (with or without a
//! byte-order mark), as UTF-16 ("Unicode text") or, on older Windows, as Windows-1252;
//! the encoding is detected, and the owner may choose another when the guess is wrong.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextEncoding {
    #[default]
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    pub const ALL: [TextEncoding; 4] = [
        TextEncoding::Utf8,
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
        TextEncoding::Windows1252,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.key() == key)
    }

    fn decoder(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1252 => WINDOWS_1252,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
    /// Some bytes were not valid in `encoding` and became U+FFFD: the owner should be
    /// told, and offered another encoding.
    pub damaged: bool,
}

/// `bytes` as text in `chosen`, or in the encoding detected when `None`.
pub fn decode(bytes: &[u8], chosen: Option<TextEncoding>) -> Decoded {
    let encoding = chosen.unwrap_or_else(|| detect(bytes));
    // A byte-order mark of the encoding in use is dropped; another one is not guessed at.
    let (text, damaged) = encoding.decoder().decode_with_bom_removal(bytes);
    Decoded {
        text: text.into_owned(),
        encoding,
        damaged,
    }
}

pub fn detect(bytes: &[u8]) -> TextEncoding {
    if let Some((found, _)) = Encoding::for_bom(bytes) {
        return match found.name() {
            "UTF-16LE" => TextEncoding::Utf16Le,
            "UTF-16BE" => TextEncoding::Utf16Be,
            _ => TextEncoding::Utf8,
        };
    }
    // UTF-16 without a mark: text in Latin letters leaves every other byte zero.
    let sample = &bytes[..bytes.len().min(4_096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half >= 2 {
        if zeros_at(1) * 3 > half {
            return TextEncoding::Utf16Le;
        }
        if zeros_at(0) * 3 > half {
            return TextEncoding::Utf16Be;
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        TextEncoding::Utf8
    } else {
        TextEncoding::Windows1252
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if little { [0xFF, 0xFE] } else { [0xFE, 0xFF] });
        }
        for unit in text.encode_utf16() {
            out.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn each_encoding_a_spreadsheet_saves_is_detected_and_read() {
        let text = "name;phone\nJosé Müller;0712 345678\n";
        let with_bom = format!("\u{feff}{text}");
        let cases: [(Vec<u8>, TextEncoding); 6] = [
            (text.as_bytes().to_vec(), TextEncoding::Utf8),
            (with_bom.as_bytes().to_vec(), TextEncoding::Utf8),
            (utf16(text, true, true), TextEncoding::Utf16Le),
            (utf16(text, false, true), TextEncoding::Utf16Be),
            (utf16(text, true, false), TextEncoding::Utf16Le),
            (
                WINDOWS_1252.encode(text).0.into_owned(),
                TextEncoding::Windows1252,
            ),
        ];
        for (bytes, expected) in cases {
            let read = decode(&bytes, None);
            assert_eq!(read.encoding, expected);
            assert_eq!(read.text, text, "{expected:?}");
            assert!(!read.damaged);
        }
    }

    #[test]
    fn a_wrong_choice_is_reported_as_damage_not_a_panic() {
        let bytes = WINDOWS_1252.encode("Müller").0.into_owned();
        let read = decode(&bytes, Some(TextEncoding::Utf8));
        assert!(read.damaged);
        assert!(read.text.contains('\u{fffd}'));
        assert_eq!(decode(&[], None).text, "");
        assert_eq!(decode(&[0xFF], None).encoding, TextEncoding::Windows1252);
    }
}
