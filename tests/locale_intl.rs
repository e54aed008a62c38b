//! The locale layer against the browser's own CLDR data, in headless Chromium: the
//! number symbols written in `languages.rs` and the plural rules Fluent uses must give
//! what `Intl` gives, for every shipped language the browser carries data for (Debian's
//! Chromium leaves Georgian out; its figures are pinned by the native tests instead).
//! Run with `cargo test --target wasm32-unknown-unknown --test locale_intl`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Intl, Object, Reflect};
use karibu::domain::money::{Currency, Money};
use karibu::i18n::{plural_category, Lang};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o
}

/// Whether this browser has CLDR data for `lang` rather than falling back to en-US.
fn browser_speaks(lang: Lang) -> bool {
    Intl::NumberFormat::supported_locales_of(
        &Array::of1(&JsValue::from_str(lang.intl_tag())),
        &Object::new(),
    )
    .length()
        > 0
}

fn intl_number(lang: Lang, value: f64, pairs: &[(&str, &str)]) -> String {
    let format = Intl::NumberFormat::new(
        &Array::of1(&JsValue::from_str(lang.intl_tag())),
        &options(pairs),
    )
    .format();
    let text = format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .unwrap()
        .as_string()
        .unwrap();
    // Direction marks are the browser's own; the app isolates figures itself.
    text.replace(['\u{200e}', '\u{200f}', '\u{061c}'], "")
}

#[wasm_bindgen_test]
fn numbers_and_amounts_are_written_as_the_browser_writes_them() {
    let kes = Currency::default();
    for lang in Lang::ALL.into_iter().filter(|l| browser_speaks(*l)) {
        for n in [0i64, 7, 999, 1_234, 12_345, 1_234_567, 5_000_000_000] {
            assert_eq!(
                lang.number(n),
                intl_number(lang, n as f64, &[]),
                "{lang:?} {n}"
            );
        }
        assert_eq!(
            lang.decimal(1234.25),
            intl_number(lang, 1234.25, &[]),
            "{lang:?} decimal"
        );
        let money = intl_number(
            lang,
            1234.5,
            &[
                ("style", "currency"),
                ("currency", "KES"),
                ("currencyDisplay", "code"),
            ],
        );
        assert_eq!(lang.money(&kes, Money(123_450)), money, "{lang:?} money");
    }
}

#[wasm_bindgen_test]
fn plural_forms_are_chosen_as_the_browser_chooses_them() {
    for lang in Lang::ALL.into_iter().filter(|l| browser_speaks(*l)) {
        let rules = Intl::PluralRules::new(
            &Array::of1(&JsValue::from_str(lang.intl_tag())),
            &Object::new(),
        );
        for n in (0..=40).chain([100, 101, 111, 1_000, 1_000_000]) {
            let theirs = String::from(rules.select(n as f64));
            assert_eq!(plural_category(lang, n as f64), theirs, "{lang:?} {n}");
        }
    }
}

#[wasm_bindgen_test]
fn dates_never_fall_back_to_english_month_names() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        // What a browser without the language's data would write: American English.
        let shown = lang.date(day);
        assert_ne!(shown, "Nov 23, 2026", "{lang:?}");
        assert!(!shown.contains("November"), "{lang:?} shows {shown}");
        assert!(!lang.language_name("tr").contains("Turkish"), "{lang:?}");
    }
    assert!(
        Lang::Fa.date(day).contains("۱۴۰۵"),
        "Persian dates are Solar Hijri"
    );
    assert!(Lang::Fa.gregorian_date(day).unwrap().contains("۲۰۲۶"));
}
