//! Messages: one Fluent file per language (`locales/*.ftl`), looked up by `Msg`.
//!
//! Fluent (Mozilla's `fluent-bundle`) gives per-language files a translator can read,
//! plural selection by the CLDR rules of each language, and named placeholders. Numbers
//! passed to a message are shown through `numbers.rs`, so a count reads "۱۲" in Persian
//! and still picks the right plural form.

use std::cell::OnceCell;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::IntlLangMemoizer;

use super::{Lang, Msg};

/// A value for a message placeholder: text as it is, or a number that is shown in the
/// language's digits and chooses the plural form.
pub trait MessageArg {
    fn to_value(&self) -> FluentValue<'_>;
}

impl MessageArg for str {
    fn to_value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl MessageArg for String {
    fn to_value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl MessageArg for Box<str> {
    fn to_value(&self) -> FluentValue<'_> {
        FluentValue::from(&**self)
    }
}

impl<T: MessageArg + ?Sized> MessageArg for &T {
    fn to_value(&self) -> FluentValue<'_> {
        (**self).to_value()
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl MessageArg for $t {
            fn to_value(&self) -> FluentValue<'_> {
                // Counts and points in a shop stay far below 2^53, where f64 is exact.
                FluentValue::Number(FluentNumber::from(*self as f64))
            }
        }
    )+};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: [OnceCell<Bundle>; Lang::ALL.len()] = Default::default();
}

/// The number shown for a placeholder, in `Lang::ALL[I]`'s digits. A plain function per
/// language because Fluent takes a function pointer, not a closure.
fn show_number<const I: usize>(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(Lang::ALL[I].decimal(n.value)),
        _ => None,
    }
}

const NUMBER_SHOWERS: [fn(&FluentValue, &IntlLangMemoizer) -> Option<String>; Lang::ALL.len()] = [
    show_number::<0>,
    show_number::<1>,
    show_number::<2>,
    show_number::<3>,
    show_number::<4>,
    show_number::<5>,
];

/// Parses a language's file. A syntax error in a shipped file fails the catalogue tests;
/// in the app, the entries that did parse are still used and the others fall back.
pub(super) fn parse(lang: Lang) -> (FluentResource, usize) {
    match FluentResource::try_new(lang.info().messages.to_owned()) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    }
}

fn build(lang: Lang) -> Bundle {
    let tag = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new(vec![tag]);
    // Direction is handled where it matters (`ltr()` around codes and dates); Fluent's
    // own isolates would also wrap every count and break text matching.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(NUMBER_SHOWERS[lang.index()]));
    // Duplicate keys are refused by the catalogue tests; the first one wins here.
    let _ = bundle.add_resource(parse(lang).0);
    bundle
}

/// The message in `lang`, with `args` filled in. A message missing from a language
/// (the tests prevent it) falls back to English, then to its key.
pub(super) fn format(lang: Lang, msg: Msg, args: &[(&str, &dyn MessageArg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            a.set(*name, value.to_value());
        }
        a
    });
    let key = msg.key();
    for l in [lang, Lang::En] {
        let found = BUNDLES.with(|bundles| {
            let bundle = bundles[l.index()].get_or_init(|| build(l));
            let pattern = bundle.get_message(key)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                    .into_owned(),
            )
        });
        if let Some(text) = found {
            return text;
        }
    }
    key.to_owned()
}

/// The CLDR plural category of `n` in `lang` ("one", "few", "other"…), as Fluent picks a
/// message's form; the browser tests compare it with `Intl.PluralRules`.
pub fn plural_category(lang: Lang, n: f64) -> &'static str {
    use intl_pluralrules::{operands::PluralOperands, PluralCategory, PluralRuleType, PluralRules};
    let Ok(tag) = lang.code().parse::<unic_langid::LanguageIdentifier>() else {
        return "other";
    };
    let Ok(rules) = PluralRules::create(tag, PluralRuleType::CARDINAL) else {
        return "other";
    };
    let category = PluralOperands::try_from(n)
        .ok()
        .and_then(|operands| rules.select(operands).ok());
    match category {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        _ => "other",
    }
}
