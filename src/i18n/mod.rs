//! The translation layer. Every string a person sees comes from here.
//!
//! Hand-written rather than Fluent or leptos_i18n: one table with both languages side by
//! side means the compiler refuses a message missing in either language, nothing is
//! loaded at run time, and it adds nothing measurable to the wasm.

mod messages;
mod problems;
mod sales_problems;

pub use messages::Msg;
pub use problems::{book_error_text, interaction_problem, problem_text, store_error_text};
pub use sales_problems::{
    loyalty_problem, money_problem, points_text, programme_problem, purchase_problem,
};

/// Wraps left-to-right text (dates, codes) in Unicode isolates, so inside a
/// right-to-left sentence "2026-11-23 08:15" keeps its order.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ur,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ur];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ur => "rtl",
        }
    }

    /// The language's own name, shown in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ur => "اردو",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The first of the browser's preferred languages that Karibu speaks.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| Lang::from_code(&tag.split('-').next().unwrap_or("").to_lowercase()))
            .unwrap_or_default()
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self)
    }

    /// A message with `{name}` placeholders filled in.
    pub fn tf(self, msg: Msg, args: &[(&str, &str)]) -> String {
        let mut out = msg.text(self).to_owned();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// Digits as the language writes them (Urdu uses Extended Arabic-Indic digits).
    pub fn number(self, n: usize) -> String {
        let western = n.to_string();
        match self {
            Lang::En => western,
            Lang::Ur => western
                .chars()
                .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_browser() {
        assert_eq!(Lang::from_browser(["ur-PK", "en-GB"]), Lang::Ur);
        assert_eq!(Lang::from_browser(["fr-FR", "en-US"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn placeholders_and_digits() {
        assert_eq!(
            Lang::En.tf(Msg::CustomerCount, &[("n", "3")]),
            "3 customers"
        );
        assert_eq!(Lang::Ur.number(2026), "۲۰۲۶");
    }

    #[test]
    fn storage_failures_read_in_the_language_with_their_detail() {
        use crate::store::StoreError;
        let full = StoreError::QuotaExceeded("QuotaExceededError".into());
        assert!(store_error_text(Lang::En, &full).contains("full"));
        assert_ne!(
            store_error_text(Lang::Ur, &full),
            store_error_text(Lang::En, &full)
        );
        let odd = StoreError::Backend("UnknownError: disk I/O".into());
        assert!(store_error_text(Lang::Ur, &odd).contains("disk I/O"));
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for m in Msg::ALL {
            for l in Lang::ALL {
                assert!(!l.t(*m).trim().is_empty(), "{m:?} is empty in {l:?}");
            }
        }
    }
}
