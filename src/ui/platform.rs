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

/// The device's offset from UTC at the moment `at`, which daylight saving may move.
pub fn utc_offset_minutes_at(at: i64) -> i32 {
    -(js_sys::Date::new(&JsValue::from_f64(at as f64)).get_timezone_offset() as i32)
}

const LANGUAGE_KEY: &str = "karibu.language";

/// The language chosen on this device, kept outside IndexedDB so the first screen is in
/// it before the book opens. Only a hint: a private window may refuse it.
pub fn remembered_language() -> Option<String> {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::get(LANGUAGE_KEY).ok()
}

pub fn remember_language(code: Option<&str>) {
    use gloo_storage::Storage;
    match code {
        Some(code) => {
            let _ = gloo_storage::LocalStorage::set(LANGUAGE_KEY, code);
        }
        None => gloo_storage::LocalStorage::delete(LANGUAGE_KEY),
    }
}

const LAST_BACKUP_KEY: &str = "karibu.last-backup-ms";

/// When a backup was last written on this device (see `backup::reminder`).
pub fn last_backup_ms() -> Option<i64> {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::get(LAST_BACKUP_KEY).ok()
}

pub fn remember_backup(at_ms: i64) {
    use gloo_storage::Storage;
    let _ = gloo_storage::LocalStorage::set(LAST_BACKUP_KEY, at_ms);
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

thread_local! {
    static BASE_PATH: String = read_base_path();
}

/// Where this build is published, without the trailing slash: "" at the root of a host,
/// "/karibu" under a sub-path. The build writes it into `<base href>`, so the router, the
/// links and the service worker all follow the one place it is decided.
pub fn base_path() -> String {
    BASE_PATH.with(Clone::clone)
}

fn read_base_path() -> String {
    let w = window();
    let origin = w.location().origin().unwrap_or_default();
    let base = w
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = base.strip_prefix(origin.as_str()).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or_default();
    // The base is a directory: what follows its last slash is a file name, not the base.
    path[..path.rfind('/').unwrap_or(0)].to_owned()
}

/// An app route ("/counter") as a link under the base ("/karibu/counter"): leptos_router
/// leaves hrefs that start with "/" as they are.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// Registers the service worker published beside index.html (so its scope is the base)
/// and calls `on_update` when a newer build waits behind the one this tab runs. The new
/// worker never takes over by itself (see public/sw.js): every open tab is told, and
/// keeps running its own build, whole, until the person reloads.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    let container = window().navigator().service_worker();
    let on_update = std::rc::Rc::new(on_update);
    // A tab already controlled that gets another controller is now behind its worker.
    let controlled = std::rc::Rc::new(std::cell::Cell::new(has(&container, "controller")));
    {
        let (controlled, on_update) = (controlled.clone(), on_update.clone());
        listen(&container, "controllerchange", move || {
            if controlled.replace(true) {
                on_update();
            }
        });
    }
    let registered = JsFuture::from(container.register(&app_href("/sw.js")));
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = registered.await else {
            return;
        };
        // Installed while this tab was loading (or by another tab): already waiting.
        if has(&registration, "waiting") && has(&container, "controller") {
            on_update();
        }
        let reg = registration.clone();
        listen(&registration, "updatefound", move || {
            let Some(worker) = property(&reg, "installing") else {
                return;
            };
            let (on_update, container) = (on_update.clone(), container.clone());
            let w = worker.clone();
            listen(&worker, "statechange", move || {
                // Without a controller this is the first install, not an update.
                let state = property(&w, "state").and_then(|s| s.as_string());
                if state.as_deref() == Some("installed") && has(&container, "controller") {
                    on_update();
                }
            });
        });
        check_for_updates_now_and_then(registration.unchecked_into());
    });
}

/// A tab can stay open at the counter for days: look for a new build whenever it comes
/// back into view or focus, and hourly.
fn check_for_updates_now_and_then(registration: web_sys::ServiceWorkerRegistration) {
    let check = move || {
        // Offline the check can only fail (and log an error); the next one will do.
        if !is_online() {
            return;
        }
        if let Ok(promise) = registration.update() {
            // Awaited so a failed check is not reported as an unhandled rejection.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    };
    let w = window();
    let on_visible = check.clone();
    if let Some(document) = w.document() {
        let d = document.clone();
        listen(&document, "visibilitychange", move || {
            if !d.hidden() {
                on_visible();
            }
        });
    }
    listen(&w, "focus", check.clone());
    let hourly = Closure::<dyn FnMut()>::new(check);
    let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
        hourly.as_ref().unchecked_ref(),
        60 * 60 * 1000,
    );
    hourly.forget();
}

/// Brings this tab up on the newest build. A waiting worker is asked to take over first
/// (its activation moves every tab to it, which then offer their own reload); the page
/// reloads once it controls this one, so the reload is served the new build whole.
pub fn apply_update() {
    let container = window().navigator().service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration()).await.ok();
        let Some(waiting) = registration.and_then(|r| property(&r, "waiting")) else {
            reload();
            return;
        };
        listen(&container, "controllerchange", reload);
        if let Some(post) = property(&waiting, "postMessage") {
            let post: js_sys::Function = post.unchecked_into();
            let _ = post.call1(&waiting, &JsValue::from_str("skip-waiting"));
        }
        // Should it never take over (a yet newer build replaced it meanwhile), reload
        // anyway rather than leave the button doing nothing.
        let fallback = Closure::once_into_js(reload);
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 4000);
    });
}

/// `target[name]`, when it is neither null nor undefined (web-sys's typed getters for
/// service workers need features this crate does not enable).
fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())
}

fn has(target: &JsValue, name: &str) -> bool {
    property(target, name).is_some()
}

/// Listens for `event` on `target` for the life of the page.
fn listen(target: &JsValue, event: &str, handler: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(handler);
    let target: &web_sys::EventTarget = target.unchecked_ref();
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    callback.forget();
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
/// Moves focus (and so the view) to the element `id`, which must be focusable (a
/// heading with `tabindex="-1"`): an in-page link that works under the router.
pub fn focus_element(id: &str) {
    let target = window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Empties a file input, so choosing the same file again is a change.
pub fn clear_file_input(id: &str) {
    let input = window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.set_value("");
    }
}

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

/// Runs `handler` when the tab comes back into view or regains focus: a tab that was
/// frozen or asleep may have missed other tabs' messages.
pub fn on_return(handler: impl Fn() + Clone + 'static) {
    let visible = handler.clone();
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        let shown = window()
            .document()
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if shown {
            visible();
        }
    });
    if let Some(d) = window().document() {
        d.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        )
        .ok();
    }
    on_visibility.forget();
    let on_focus = Closure::<dyn Fn()>::new(handler);
    window()
        .add_event_listener_with_callback("focus", on_focus.as_ref().unchecked_ref())
        .ok();
    on_focus.forget();
}

/// A download's name: `karibu-<what>-<today>.<extension>`, so files sort by day.
pub fn dated_file_name(what: &str, extension: &str) -> String {
    format!("karibu-{what}-{}.{extension}", today().format("%Y-%m-%d"))
}

/// Offers `text` as a file to save, made on the device (nothing is uploaded).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    save_blob(name, mime, &parts);
}

/// Offers a file made of `pieces` one after the other, as `download` does.
pub fn download_parts(name: &str, mime: &str, pieces: &[Vec<u8>]) {
    let parts = js_sys::Array::new();
    for piece in pieces {
        parts.push(&js_sys::Uint8Array::from(piece.as_slice()));
    }
    save_blob(name, mime, &parts);
}

fn save_blob(name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = window()
        .document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    web_sys::Url::revoke_object_url(&url).ok();
}

/// The bytes of the file chosen in the file input `input_id`, read on the device.
pub async fn chosen_file(input_id: &str) -> Option<(String, Vec<u8>)> {
    let input = window()
        .document()?
        .get_element_by_id(input_id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}
