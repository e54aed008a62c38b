//! The languages Karibu speaks and the facts about each that formatting needs.
//!
//! Adding a language: its message file in `locales/`, a variant here, a row in `INFO`.
//! The tests in `catalog_tests.rs` then refuse the build until every key is translated.

/// A shipped language. The order is the language picker's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Sw,
    Fil,
    Ka,
    Ur,
    Fa,
}

/// What formatting needs to know about a language; figures checked against the
/// browser's CLDR data by `tests/locale_intl.rs`.
pub(super) struct LangInfo {
    pub code: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
    /// The tag given to `Intl` and to the plural rules: Urdu is asked for its own
    /// (Extended Arabic-Indic) digits, which CLDR does not make the default.
    pub intl_tag: &'static str,
    pub zero: char,
    pub group: char,
    pub decimal: char,
    /// Digits before thousands are grouped at all (2: "1234" but "12 345").
    pub min_grouping: u8,
    /// Whether the currency code follows the amount ("1234,50 KES").
    pub code_after_amount: bool,
    /// Whether dates in figures put the day first ("23.11.2026"), for browsers that
    /// lack the language's date data (Chromium has none for Georgian).
    pub day_first: bool,
    pub messages: &'static str,
}

const INFO: [LangInfo; 6] = [
    LangInfo {
        code: "en",
        native_name: "English",
        rtl: false,
        intl_tag: "en",
        zero: '0',
        group: ',',
        decimal: '.',
        min_grouping: 1,
        code_after_amount: false,
        day_first: false,
        messages: include_str!("locales/en.ftl"),
    },
    LangInfo {
        code: "sw",
        native_name: "Kiswahili",
        rtl: false,
        intl_tag: "sw",
        zero: '0',
        group: ',',
        decimal: '.',
        min_grouping: 1,
        code_after_amount: false,
        day_first: false,
        messages: include_str!("locales/sw.ftl"),
    },
    LangInfo {
        code: "fil",
        native_name: "Filipino",
        rtl: false,
        intl_tag: "fil",
        zero: '0',
        group: ',',
        decimal: '.',
        min_grouping: 1,
        code_after_amount: false,
        day_first: false,
        messages: include_str!("locales/fil.ftl"),
    },
    LangInfo {
        code: "ka",
        native_name: "ქართული",
        rtl: false,
        intl_tag: "ka",
        zero: '0',
        group: '\u{a0}',
        decimal: ',',
        min_grouping: 2,
        code_after_amount: true,
        day_first: true,
        messages: include_str!("locales/ka.ftl"),
    },
    LangInfo {
        code: "ur",
        native_name: "اردو",
        rtl: true,
        intl_tag: "ur-u-nu-arabext",
        zero: '\u{6f0}',
        group: '\u{66c}',
        decimal: '\u{66b}',
        min_grouping: 1,
        code_after_amount: false,
        day_first: false,
        messages: include_str!("locales/ur.ftl"),
    },
    LangInfo {
        code: "fa",
        native_name: "فارسی",
        rtl: true,
        intl_tag: "fa",
        zero: '\u{6f0}',
        group: '\u{66c}',
        decimal: '\u{66b}',
        min_grouping: 1,
        code_after_amount: false,
        day_first: false,
        messages: include_str!("locales/fa.ftl"),
    },
];

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Sw, Lang::Fil, Lang::Ka, Lang::Ur, Lang::Fa];

    pub(super) fn index(self) -> usize {
        self as usize
    }

    pub(super) fn info(self) -> &'static LangInfo {
        &INFO[self.index()]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The tag the browser's `Intl` formatters are built with.
    pub fn intl_tag(self) -> &'static str {
        self.info().intl_tag
    }

    /// The calendar dates are shown and typed in (Solar Hijri for Persian).
    pub fn calendar(self) -> crate::domain::calendar::Calendar {
        use crate::domain::calendar::Calendar;
        if self == Lang::Fa {
            Calendar::Persian
        } else {
            Calendar::Gregorian
        }
    }

    /// Whether the browser's own date picker shows this language's calendar; where it
    /// cannot (Solar Hijri), days are typed as text or picked from Karibu's month grid.
    pub fn browser_picks_dates(self) -> bool {
        self.calendar() == crate::domain::calendar::Calendar::Gregorian
    }

    /// The input type for a day.
    pub fn day_input(self) -> &'static str {
        if self.browser_picks_dates() {
            "date"
        } else {
            "text"
        }
    }

    /// The input type for a moment.
    pub fn moment_input(self) -> &'static str {
        if self.browser_picks_dates() {
            "datetime-local"
        } else {
            "text"
        }
    }

    /// A day as typed in this language's calendar, for a placeholder ("۱۴۰۵-۰۹-۰۲");
    /// empty where the browser's picker is used.
    pub fn day_example(self, today: chrono::NaiveDate) -> String {
        if self.browser_picks_dates() {
            String::new()
        } else {
            self.digits(&self.calendar().date_text(today))
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.info().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's own name, shown in the language picker.
    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    /// A language from a stored or browser tag: "fil-PH", "sw", "tl" (the older tag
    /// for Filipino), "fa-IR".
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let primary = if primary == "tl" {
            "fil".into()
        } else {
            primary
        };
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages that Karibu speaks.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_browser() {
        assert_eq!(Lang::from_browser(["ur-PK", "en-GB"]), Lang::Ur);
        assert_eq!(Lang::from_browser(["fr-FR", "en-US"]), Lang::En);
        assert_eq!(Lang::from_browser(["fil-PH"]), Lang::Fil);
        assert_eq!(Lang::from_browser(["tl"]), Lang::Fil);
        assert_eq!(Lang::from_browser(["fa-IR", "en"]), Lang::Fa);
        assert_eq!(Lang::from_browser(["ka-GE"]), Lang::Ka);
        assert_eq!(Lang::from_browser(["sw-KE"]), Lang::Sw);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn codes_round_trip_and_order_matches_the_table() {
        for (i, l) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), i);
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::Ka.dir(), "ltr");
    }
}
