//! The browser's `Intl`: month names, calendars, relative days and language names
//! from the CLDR data the browser already carries. A native build (the tests) has no
//! `Intl`; there every call answers `None` and the callers fall back to ISO forms.

#[cfg(target_arch = "wasm32")]
pub(super) use browser::*;
#[cfg(not(target_arch = "wasm32"))]
pub(super) use native::*;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use super::super::{DateStyle, Lang};

    type Key = (Lang, DateStyle, bool, bool);

    thread_local! {
        // Building an `Intl` formatter costs far more than using one: keep each.
        static DATES: RefCell<HashMap<Key, js_sys::Function>> = RefCell::new(HashMap::new());
        static RELATIVE: RefCell<HashMap<Lang, Intl::RelativeTimeFormat>> = RefCell::new(HashMap::new());
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        o
    }

    fn locales(lang: Lang) -> Array {
        Array::of1(&JsValue::from_str(lang.intl_tag()))
    }

    pub fn format_moment(
        lang: Lang,
        ms: f64,
        style: DateStyle,
        gregorian: bool,
        utc: bool,
    ) -> Option<String> {
        // No weekday names without the language's data (they would be English).
        if style == DateStyle::Weekday && !browser_speaks(lang) {
            return None;
        }
        let key = (lang, style, gregorian, utc);
        let format = DATES.with(|cache| {
            cache
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| {
                    let words = browser_speaks(lang);
                    let mut pairs: Vec<(&str, &str)> = match (style, words) {
                        (DateStyle::Day, true) => vec![("dateStyle", "medium")],
                        (DateStyle::DayTime, true) => {
                            vec![("dateStyle", "medium"), ("timeStyle", "short")]
                        }
                        (DateStyle::MonthDay, true) => vec![("month", "long"), ("day", "numeric")],
                        (DateStyle::Month, true) => vec![("month", "long"), ("year", "numeric")],
                        (DateStyle::Weekday, _) => vec![("weekday", "narrow")],
                        // A browser without the language's data would write English month
                        // names: all in figures instead ("2026-11-23, 08:15").
                        (DateStyle::Day, false) => {
                            vec![
                                ("year", "numeric"),
                                ("month", "2-digit"),
                                ("day", "2-digit"),
                            ]
                        }
                        (DateStyle::DayTime, false) => vec![
                            ("year", "numeric"),
                            ("month", "2-digit"),
                            ("day", "2-digit"),
                            ("hour", "2-digit"),
                            ("minute", "2-digit"),
                            ("hourCycle", "h23"),
                        ],
                        (DateStyle::MonthDay, false) => {
                            vec![("month", "2-digit"), ("day", "2-digit")]
                        }
                        (DateStyle::Month, false) => {
                            vec![("year", "numeric"), ("month", "2-digit")]
                        }
                    };
                    if gregorian {
                        pairs.push(("calendar", "gregory"));
                    }
                    if utc {
                        pairs.push(("timeZone", "UTC"));
                    }
                    let tag = if words {
                        locales(lang)
                    } else {
                        Array::of1(&JsValue::from_str(FIGURES_ONLY))
                    };
                    Intl::DateTimeFormat::new(&tag, &options(&pairs)).format()
                })
                .clone()
        });
        let text = format
            .call1(&JsValue::NULL, &Date::new(&JsValue::from_f64(ms)))
            .ok()?
            .as_string()?;
        Some(if browser_speaks(lang) {
            text
        } else {
            super::super::dates::figures_in_order(lang, &text)
        })
    }

    /// ISO-like figures, for a language the browser has no date data for.
    const FIGURES_ONLY: &str = "en-CA";

    /// Whether the browser carries CLDR data for `lang` (Chromium builds leave out some
    /// languages, Georgian among them, and quietly fall back to American English).
    pub fn browser_speaks(lang: Lang) -> bool {
        thread_local! {
            static SPEAKS: RefCell<HashMap<Lang, bool>> = RefCell::new(HashMap::new());
        }
        SPEAKS.with(|cache| {
            *cache.borrow_mut().entry(lang).or_insert_with(|| {
                Intl::DateTimeFormat::supported_locales_of(&locales(lang), &Object::new()).length()
                    > 0
            })
        })
    }

    pub fn relative_days(lang: Lang, days: i64) -> Option<String> {
        if !browser_speaks(lang) {
            return None;
        }
        RELATIVE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let format = cache.entry(lang).or_insert_with(|| {
                Intl::RelativeTimeFormat::new(&locales(lang), &options(&[("numeric", "auto")]))
            });
            Some(String::from(format.format(days as f64, "day")))
        })
    }

    /// A language's name in `lang`, or, where the browser has no names in `lang`, in the
    /// language itself ("Türkçe"), which its speaker knows and which is never English.
    pub fn language_name(lang: Lang, code: &str) -> Option<String> {
        let in_lang = display_name(lang.intl_tag(), code)
            // Names the browser only has in English come back in English.
            .filter(|name| lang == Lang::En || display_name("en", code).as_ref() != Some(name));
        in_lang.or_else(|| display_name(code, code))
    }

    fn display_name(in_tag: &str, code: &str) -> Option<String> {
        // `Intl.DisplayNames` is not in js-sys; reached by name. It throws on a
        // malformed code, which is then shown as typed.
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor: js_sys::Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
            .ok()?
            .into();
        let names = Reflect::construct(
            &constructor,
            &Array::of2(
                &JsValue::from_str(in_tag),
                &options(&[("type", "language")]),
            ),
        )
        .ok()?;
        let of: js_sys::Function = Reflect::get(&names, &JsValue::from_str("of")).ok()?.into();
        of.call1(&names, &JsValue::from_str(code)).ok()?.as_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::super::{DateStyle, Lang};

    pub fn format_moment(_: Lang, _: f64, _: DateStyle, _: bool, _: bool) -> Option<String> {
        None
    }

    pub fn relative_days(_: Lang, _: i64) -> Option<String> {
        None
    }

    pub fn language_name(_: Lang, _: &str) -> Option<String> {
        None
    }
}
