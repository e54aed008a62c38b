//! Browser glue the components need: the clock, the local date, persistent storage,
//! the service worker, other tabs, connectivity, and performance marks the benchmark
//! reads. Nothing here decides anything about customers.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("Karibu runs in a browser window")
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today in the device's time zone: follow-ups and birthdays are about the shop's day.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// The device's offset from UTC in minutes, east positive (JS reports it west positive).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Local date and time of a timestamp, for the timeline.
pub fn local_date_time(ms: i64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

pub fn is_online() -> bool {
    window().navigator().on_line()
}

/// The value of `name` in the page's query string (`?demo=5000`).
pub fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Whether the browser has promised not to evict Karibu's data; `ask` requests it.
pub async fn persistent_storage(ask: bool) -> Option<bool> {
    let storage = window().navigator().storage();
    let promise = if ask {
        storage.persist().ok()?
    } else {
        storage.persisted().ok()?
    };
    JsFuture::from(promise).await.ok()?.as_bool()
}

pub fn register_service_worker() {
    let container = window().navigator().service_worker();
    let _ = container.register("/sw.js");
}

pub fn set_document_language(code: &str, dir: &str) {
    if let Some(html) = window().document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
        let _ = html.set_attribute("dir", dir);
    }
}

/// A named mark for the benchmark (`performance.getEntriesByName`).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// A mark carrying a text `detail` (JSON) for the benchmark to read.
pub fn mark_detail(name: &str, detail: &str) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"detail".into(), &JsValue::from_str(detail));
    call_performance("mark", name, &options);
}

pub fn performance_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Measures from `start_ms` to now.
pub fn measure_since(name: &str, start_ms: f64) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &JsValue::from_f64(start_ms));
    call_performance("measure", name, &options);
}

/// Bytes of wasm linear memory, reported with a mark for the benchmark's memory figure.
pub fn mark_memory() {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let bytes = memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &"detail".into(),
        &JsValue::from_f64(f64::from(bytes)),
    );
    call_performance("mark", "karibu:wasm-memory", &options);
}

/// `performance.mark/measure(name, options)`: web-sys lacks the options forms.
fn call_performance(method: &str, name: &str, options: &js_sys::Object) {
    let Some(p) = window().performance() else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&p, &method.into()) {
        let _ = f
            .unchecked_into::<js_sys::Function>()
            .call2(&p, &name.into(), options);
    }
}

/// Lets the browser paint and handle input between chunks of long work.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Messages between Karibu tabs: "changed" after writes so other tabs reload their
/// directory, "upgrading" before a newer schema opens so older tabs let go of the
/// database instead of blocking (or deadlocking) the upgrade.
pub struct TabChannel {
    channel: Option<web_sys::BroadcastChannel>,
}

impl TabChannel {
    pub fn open(on_message: impl Fn(String) + 'static) -> Self {
        let channel = web_sys::BroadcastChannel::new("karibu").ok();
        if let Some(c) = &channel {
            let handler =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    if let Some(text) = e.data().as_string() {
                        on_message(text);
                    }
                });
            c.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            handler.forget();
        }
        Self { channel }
    }

    pub fn send(&self, message: &str) {
        if let Some(c) = &self.channel {
            let _ = c.post_message(&JsValue::from_str(message));
        }
    }
}

pub fn on_connectivity_change(handler: impl Fn(bool) + Clone + 'static) {
    for (event, online) in [("online", true), ("offline", false)] {
        let h = handler.clone();
        let cb = Closure::<dyn Fn()>::new(move || h(online));
        let _ = window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }
}

/// After the form has redrawn its errors, moves focus (and the view) to the first
/// field marked invalid, so a person who pressed Save at the bottom sees what to fix.
pub fn focus_first_invalid() {
    let callback = Closure::once_into_js(|| {
        let field = window()
            .document()
            .and_then(|d| d.query_selector("[aria-invalid=\"true\"]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    });
    let _ = window().set_timeout_with_callback(callback.unchecked_ref());
}

pub fn confirm(message: &str) -> bool {
    window().confirm_with_message(message).unwrap_or(false)
}

pub fn reload() {
    let _ = window().location().reload();
}
