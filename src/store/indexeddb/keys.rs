//! Array keys and key ranges. An array key sorts after every string, so
//! `[id]..[id, []]` covers exactly the keys `[id, <any string>]`.

use indexed_db_futures::KeyRange;
use js_sys::Array;
use wasm_bindgen::JsValue;

pub fn key2(a: &str, b: &str) -> JsValue {
    Array::of2(&a.into(), &b.into()).into()
}

pub fn key3(parts: &[String; 3]) -> JsValue {
    Array::of3(
        &parts[0].as_str().into(),
        &parts[1].as_str().into(),
        &parts[2].as_str().into(),
    )
    .into()
}

/// Every interaction key of one customer.
pub fn customer_timeline(customer: &str) -> KeyRange<JsValue> {
    let lower: JsValue = Array::of1(&customer.into()).into();
    let upper: JsValue = Array::of2(&customer.into(), &Array::new().into()).into();
    KeyRange::Bound(lower, false, upper, true)
}

/// Every follow-up key due on or before `last_day` (ISO date text).
pub fn follow_ups_until(last_day: &str) -> KeyRange<JsValue> {
    KeyRange::UpperBound(
        Array::of2(&last_day.into(), &Array::new().into()).into(),
        true,
    )
}

/// Every follow-up key of a sealed book (`codec::SEALED_DUE` first: no date in it).
pub fn sealed_follow_ups() -> KeyRange<JsValue> {
    let first: JsValue = Array::of1(&crate::store::codec::SEALED_DUE.into()).into();
    KeyRange::LowerBound(first, false)
}
