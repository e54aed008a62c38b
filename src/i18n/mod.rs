//! The locale layer. Every string, number, amount and date a person sees comes from here.
//!
//! - `locales/*.ftl`: one Fluent file per language, the messages (`catalog.rs`).
//! - `languages.rs`: the shipped languages and what formatting needs to know of each.
//! - `numbers.rs`: numbers, amounts, percentages; `dates.rs`: dates, times, "3 days ago".
//! - `problems.rs`, `sales_problems.rs`: the core's refusals in words.

mod catalog;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod catalog_tests;
mod dates;
pub mod import_names;
mod intl;
mod languages;
mod messages;
pub mod names;
mod numbers;
mod problems;
mod sales_problems;

pub use catalog::{plural_category, MessageArg};
pub use dates::DateStyle;
pub use languages::Lang;
pub use messages::Msg;
pub use problems::{
    backup_error_text, book_error_text, interaction_problem, lock_error_text, problem_text,
    store_error_text,
};
pub use sales_problems::{
    loyalty_problem, money_problem, programme_problem, purchase_problem, segment_draft_problem,
};

/// Wraps left-to-right text (dates, codes) in Unicode isolates, so inside a
/// right-to-left sentence "2026-11-23 08:15" keeps its order.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

impl Lang {
    pub fn t(self, msg: Msg) -> String {
        catalog::format(self, msg, &[])
    }

    /// A message with its `{ $name }` placeholders filled in. Numbers passed as numbers
    /// (not text) are shown in the language's digits and choose the plural form.
    pub fn tf(self, msg: Msg, args: &[(&str, &dyn MessageArg)]) -> String {
        catalog::format(self, msg, args)
    }
}

impl Lang {
    /// The starting loyalty programme's names in this language.
    pub fn starting_names(self) -> crate::loyalty::StartingNames {
        crate::loyalty::StartingNames {
            tiers: [
                self.t(Msg::StartTierBronze),
                self.t(Msg::StartTierSilver),
                self.t(Msg::StartTierGold),
            ],
            rewards: [
                self.t(Msg::StartRewardCoffee),
                self.t(Msg::StartRewardTenOff),
            ],
        }
    }
}
