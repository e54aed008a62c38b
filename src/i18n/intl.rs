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
        let key = (lang, style, gregorian, utc);
        let format = DATES.with(|cache| {
            cache
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| {
                    let mut pairs: Vec<(&str, &str)> = match style {
                        DateStyle::Day => vec![("dateStyle", "medium")],
                        DateStyle::DayTime => vec![("dateStyle", "medium"), ("timeStyle", "short")],
                        DateStyle::MonthDay => vec![("month", "long"), ("day", "numeric")],
                        DateStyle::Month => vec![("month", "long"), ("year", "numeric")],
                    };
                    if gregorian {
                        pairs.push(("calendar", "gregory"));
                    }
                    if utc {
                        pairs.push(("timeZone", "UTC"));
                    }
                    Intl::DateTimeFormat::new(&locales(lang), &options(&pairs)).format()
                })
                .clone()
        });
        format
            .call1(&JsValue::NULL, &Date::new(&JsValue::from_f64(ms)))
            .ok()?
            .as_string()
    }

    pub fn relative_days(lang: Lang, days: i64) -> Option<String> {
        RELATIVE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let format = cache.entry(lang).or_insert_with(|| {
                Intl::RelativeTimeFormat::new(&locales(lang), &options(&[("numeric", "auto")]))
            });
            Some(String::from(format.format(days as f64, "day")))
        })
    }

    pub fn language_name(lang: Lang, code: &str) -> Option<String> {
        // `Intl.DisplayNames` is not in js-sys; reached by name. It throws on a
        // malformed code, which is then shown as typed.
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor: js_sys::Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
            .ok()?
            .into();
        let names = Reflect::construct(
            &constructor,
            &Array::of2(&locales(lang), &options(&[("type", "language")])),
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
