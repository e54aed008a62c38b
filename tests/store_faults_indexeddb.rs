//! Faults injected into real IndexedDB in headless Chromium: the fault contract (a
//! deleted customer stays deleted, lost updates are refused, damaged records are set
//! aside), a full disk midway through a bulk write, an import and on a single save,
//! an upgrade with an old tab open, and an old tab meeting a newer database. After each, a dump
//! of every object store is compared with what the owner was told.
//! Run with `cargo test --target wasm32-unknown-unknown --test store_faults_indexeddb`.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use karibu::book::import::ImportPreview;
use karibu::book::{Book, BookError, DemoOptions, Host};
use karibu::domain::CustomerDraft;
use karibu::exchange::import::file::ImportFile;
use karibu::store::contract::{self, customer};
use karibu::store::contract_faults;
use karibu::store::indexeddb::{IdbStore, OpenEvents, SCHEMA_VERSION};
use karibu::store::{Store, StoreError};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn db_name(test: &str) -> String {
    format!("karibu-faults-{test}-{}", js_sys::Math::random())
}

/// Runs a JS function body with `args` and awaits it if it returns a promise.
async fn js(params: &str, body: &str, args: &[JsValue]) -> JsValue {
    let f = js_sys::Function::new_with_args(params, body);
    let array: js_sys::Array = args.iter().collect();
    let out = f.apply(&JsValue::NULL, &array).expect("the helper runs");
    match out.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.expect("the helper resolves"),
        Err(v) => v,
    }
}

/// Every key and value of every object store of database `name`, as JSON, read
/// through a connection of its own: what is really on disk, not what the app holds.
async fn dump(name: &str) -> String {
    let body = r#"
        return new Promise((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = Array.from(db.objectStoreNames);
            const tx = db.transaction(names, "readonly");
            const out = {};
            for (const n of names) {
              const store = tx.objectStore(n);
              const keys = store.getAllKeys();
              const values = store.getAll();
              values.onsuccess = () => {
                out[n] = keys.result.map((k, i) => [k, values.result[i]]);
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(JSON.stringify(out, (_, v) => v instanceof Uint8Array ? Array.from(v) : v));
            };
            tx.onerror = () => reject(tx.error);
          };
        });"#;
    js("name", body, &[name.into()])
        .await
        .as_string()
        .expect("a JSON dump")
}

/// After `after` more puts into the object store `counted`, each further put into it
/// throws a QuotaExceededError, as Chromium does when the origin's quota is used up.
async fn fill_disk_after(after: u32, counted: &str) {
    let body = r#"
        const proto = IDBObjectStore.prototype;
        globalThis.__karibuPut ??= proto.put;
        let left = after;
        proto.put = function (...args) {
          if (this.name === counted && left-- <= 0) {
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          }
          return globalThis.__karibuPut.apply(this, args);
        };"#;
    js("after, counted", body, &[after.into(), counted.into()]).await;
}

async fn free_disk() {
    let body = r#"
        if (globalThis.__karibuPut) IDBObjectStore.prototype.put = globalThis.__karibuPut;"#;
    js("", body, &[]).await;
}

struct WasmHost;

impl Host for WasmHost {
    fn now_ms(&self) -> i64 {
        js_sys::Date::now() as i64
    }
    fn today(&self) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.now_ms())
            .map(|d| d.date_naive())
            .unwrap_or_default()
    }
}

async fn open_book(name: &str) -> Book<IdbStore> {
    let book = Book::new(IdbStore::open(name).await.unwrap(), Box::new(WasmHost));
    book.open(&mut |_| {}).await.unwrap();
    book.load_sales().await.unwrap();
    book
}

fn draft(name: &str) -> CustomerDraft {
    CustomerDraft {
        display: name.into(),
        phones: vec!["+254 712 345 678".into()],
        ..CustomerDraft::default()
    }
}

fn is_full<T: std::fmt::Debug>(r: &Result<T, BookError>) -> bool {
    matches!(r, Err(BookError::Store(StoreError::QuotaExceeded(_))))
}

async fn stored_customers(store: &IdbStore) -> usize {
    let mut n = 0;
    store.load_customers(&mut |p| n += p.len()).await.unwrap();
    n
}

#[wasm_bindgen_test]
async fn indexeddb_store_keeps_the_fault_contract() {
    let store = IdbStore::open(&db_name("contract")).await.unwrap();
    contract_faults::run_all(&store).await;
    // The ordinary contract still holds on a store that has been through the faults.
    let again = IdbStore::open(&db_name("contract-after")).await.unwrap();
    contract::run_all(&again).await;
}

#[wasm_bindgen_test]
async fn a_full_disk_on_a_single_save_leaves_disk_and_memory_as_they_were() {
    let name = db_name("quota-single");
    let book = open_book(&name).await;
    book.save_customer(&draft("Amina"), None).await.unwrap();
    let before = dump(&name).await;

    fill_disk_after(0, "customer_pages").await;
    let told = book.save_customer(&draft("Baraka"), None).await;
    free_disk().await;

    assert!(
        is_full(&told),
        "the owner is told the disk is full: {told:?}"
    );
    assert_eq!(dump(&name).await, before, "nothing on disk moved");
    assert_eq!(book.directory().len(), 1, "nor in memory");
    // Once space is free the same save goes through.
    book.save_customer(&draft("Baraka"), None).await.unwrap();
    assert_eq!(stored_customers(book.store()).await, 2);
}

#[wasm_bindgen_test]
async fn a_full_disk_midway_through_a_bulk_tag_writes_none_of_it() {
    let name = db_name("quota-bulk");
    let book = open_book(&name).await;
    book.load_demo(1_200, DemoOptions::default(), &|_| {})
        .await
        .unwrap();
    let ids: Vec<_> = (0..book.directory().len() as u32)
        .filter_map(|i| book.directory().row(i).map(|r| r.id.clone()))
        .collect();
    let before = dump(&name).await;

    // One customer page (500 customers) is written, then the disk is full.
    fill_disk_after(1, "customer_pages").await;
    let told = book.add_tag(&ids, "winter-offer").await;
    free_disk().await;

    assert!(is_full(&told), "told: {told:?}");
    assert_eq!(
        dump(&name).await,
        before,
        "the bulk write is all or nothing"
    );
    assert!(book
        .directory()
        .tags_in_use()
        .iter()
        .all(|(t, _)| t != "winter-offer"));
    book.add_tag(&ids, "winter-offer").await.unwrap();
    assert!(book
        .directory()
        .tags_in_use()
        .contains(&("winter-offer".into(), ids.len())));
}

#[wasm_bindgen_test]
async fn a_full_disk_midway_through_loading_demo_data_keeps_the_batches_it_reported() {
    let name = db_name("quota-demo");
    let book = open_book(&name).await;
    let reported = Rc::new(Cell::new(0));
    let progress = reported.clone();
    // The first batch (5,000 customers: ten pages, then their sales) is written; the
    // second batch's first page is refused.
    fill_disk_after(10, "customer_pages").await;
    let told = book
        .load_demo(8_000, DemoOptions::default(), &move |n| progress.set(n))
        .await;
    free_disk().await;

    assert!(is_full(&told), "told: {told:?}");
    assert_eq!(reported.get(), 5_000, "the first batch was reported done");
    let on_disk = stored_customers(book.store()).await;
    assert_eq!(
        on_disk,
        reported.get(),
        "what was reported done is what is stored"
    );
    assert_eq!(book.directory().len(), on_disk, "and what the list shows");
    // Reopening the book shows the same.
    let reopened = open_book(&name).await;
    assert_eq!(reopened.directory().len(), on_disk);
}

#[wasm_bindgen_test]
async fn an_upgrade_is_not_blocked_by_an_old_tab_and_the_old_tab_stops_writing() {
    let name = db_name("upgrade");
    let blocked = Rc::new(Cell::new(false));
    let superseded = Rc::new(Cell::new(false));
    let (b, s) = (blocked.clone(), superseded.clone());
    let old_tab = IdbStore::open_with_events(
        &name,
        OpenEvents {
            on_blocked: Some(Box::new(move || b.set(true))),
            on_superseded: Some(Box::new(move || s.set(true))),
        },
    )
    .await
    .unwrap();
    old_tab
        .save_customer(&customer("c1", "Amina"))
        .await
        .unwrap();
    let before = dump(&name).await;

    // A newer release opens the database at the next schema version.
    let newer = IdbStore::open_at(&name, SCHEMA_VERSION + 1).await.unwrap();
    assert!(superseded.get(), "the old tab was told and let go at once");
    assert!(!blocked.get());
    assert_eq!(
        old_tab.save_customer(&customer("c2", "Baraka")).await,
        Err(StoreError::Superseded),
        "old code never writes to a newer schema"
    );
    let mut kept = Vec::new();
    newer.load_customers(&mut |p| kept.extend(p)).await.unwrap();
    assert_eq!(
        kept.len(),
        1,
        "the newer version sees everything the old tab saved"
    );
    newer.close();
    let after = dump(&name).await;
    assert_eq!(before, after, "the upgrade step lost nothing");

    // An old tab started after the upgrade is refused the newer database, and says so.
    let late = IdbStore::open(&name).await;
    assert!(
        matches!(late, Err(StoreError::Superseded)),
        "{:?}",
        late.err()
    );
}

/// Puts `bytes` under `key` in `store` of database `name`, as a damaged disk would.
async fn put_raw_js(name: &str, store: &str, key: JsValue, bytes: &[u8]) {
    let body = r#"
        return new Promise((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction([store], "readwrite");
            tx.objectStore(store).put(bytes, key);
            tx.oncomplete = () => { db.close(); resolve(); };
            tx.onerror = () => reject(tx.error);
          };
        });"#;
    let bytes: JsValue = js_sys::Uint8Array::from(bytes).into();
    js(
        "name, store, key, bytes",
        body,
        &[name.into(), store.into(), key, bytes],
    )
    .await;
}

#[wasm_bindgen_test]
async fn damaged_records_written_by_an_old_version_do_not_stop_the_upgrade() {
    use karibu::store::contract::note;
    let name = db_name("old-damage");
    let v1 = IdbStore::open_at(&name, 1).await.unwrap();
    let customers = vec![customer("c1", "Amina"), customer("c2", "Baraka")];
    v1.put_as_v1(&customers, &[note("c1", "n1", 10, None)])
        .await
        .unwrap();
    v1.close();
    let garbage = [0xde, 0xad, 0xbe, 0xef];
    put_raw_js(&name, "customers", "c2".into(), &garbage).await;
    let interaction_key: JsValue = js_sys::Array::of2(&"c1".into(), &"n1".into()).into();
    put_raw_js(&name, "interactions", interaction_key, &garbage).await;

    let current = IdbStore::open(&name).await.unwrap();
    let mut loaded = Vec::new();
    current
        .load_customers(&mut |p| loaded.extend(p))
        .await
        .unwrap();
    assert_eq!(
        loaded,
        vec![customers[0].clone()],
        "the readable customer opens"
    );
    assert!(current.timeline(&"c1".into()).await.unwrap().is_empty());
    let kept = current.set_aside().await.unwrap();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(
        kept.iter().all(|r| r.bytes == garbage),
        "kept byte for byte"
    );
}

/// A CSV of `rows` people, each with their own phone.
fn people_file(rows: usize) -> ImportFile {
    let mut text = String::from("Name,Phone\n");
    for i in 0..rows {
        text.push_str(&format!("Person {i},+2547{i:08}\n"));
    }
    ImportFile::read("people.csv", text.as_bytes(), None, None).unwrap()
}

async fn preview(book: &Book<IdbStore>, file: &ImportFile) -> ImportPreview {
    let mapping = book.import_mapping(file);
    book.preview_import(file, &mapping, Some("KE".into()), &|_| {})
        .await
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_full_disk_midway_through_an_import_keeps_whole_batches_and_it_resumes() {
    let name = db_name("quota-import");
    let book = open_book(&name).await;
    let file = people_file(2_500);
    let first = preview(&book, &file).await;
    // The first batch of 1,000 fills two pages; the second batch's first page is refused.
    fill_disk_after(2, "customer_pages").await;
    let told = book.run_import(&file, &first, &[], &|_| {}).await;
    free_disk().await;
    assert!(is_full(&told), "told: {told:?}");
    assert_eq!(
        stored_customers(book.store()).await,
        1_000,
        "whole batches only"
    );

    // Another tab opens the book: the import is offered to resume where it stopped.
    let reopened = open_book(&name).await;
    assert_eq!(reopened.directory().len(), 1_000);
    let unfinished = reopened.unfinished_imports();
    assert_eq!(unfinished.len(), 1);
    assert_eq!(reopened.import_written(&unfinished[0]), 1_000);
    let rest = preview(&reopened, &file).await;
    assert_eq!((rest.already, rest.rows.len()), (1_000, 1_500));
    reopened
        .run_import(&file, &rest, &[], &|_| {})
        .await
        .unwrap();
    let mut names = Vec::new();
    reopened
        .store()
        .load_customers(&mut |page| names.extend(page.into_iter().map(|c| c.display_name())))
        .await
        .unwrap();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 2_500, "everyone once");
    assert!(reopened.unfinished_imports().is_empty());
}
