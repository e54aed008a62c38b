//! The app lock on real IndexedDB in headless Chromium: with the lock on, a dump of
//! every object store (keys and values) holds none of a set of distinctive names,
//! phones, emails and note words; a wrong passphrase is refused with nothing changed;
//! a lock turned on over a demo book, interrupted by closing the database midway, is
//! finished after reopening and loses nothing; the store contract holds sealed.
//! Run with `cargo test --target wasm32-unknown-unknown --test lock_indexeddb`.
#![cfg(target_arch = "wasm32")]

use karibu::book::{Book, BookError, DemoOptions, Host};
use karibu::domain::{CustomerDraft, InteractionDraft, InteractionKind, PurchaseDraft};
use karibu::lock::{Envelope, KdfParams, LockError, LockRecord, LockState};
use karibu::store::indexeddb::IdbStore;
use karibu::store::{contract, Store, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn db_name(test: &str) -> String {
    format!("karibu-lock-test-{test}-{}", js_sys::Math::random())
}

struct BrowserHost;

impl Host for BrowserHost {
    fn now_ms(&self) -> i64 {
        js_sys::Date::now() as i64
    }
    fn today(&self) -> chrono::NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.now_ms())
            .map(|d| d.date_naive())
            .unwrap_or_default()
    }
}

/// Argon2id at a test's cost; the app uses `KdfParams::recommended()`.
fn cheap() -> KdfParams {
    KdfParams::with_cost(256, 1)
}

const SECRETS: [&str; 6] = [
    "Zawadi Mwakilema",
    "Oyelaran",
    "712998431",
    "zawadi.mw@example.net",
    "sourdough",
    "anniversary",
];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn book_with_secrets(name: &str) -> Book<IdbStore> {
    let store = IdbStore::open(name).await.unwrap();
    let book = Book::new(store, Box::new(BrowserHost));
    book.open(&mut |_| {}).await.unwrap();
    book.load_sales().await.unwrap();
    let draft = CustomerDraft {
        display: "Zawadi Mwakilema".into(),
        phones: vec!["+254 712 998 431".into()],
        emails: vec!["zawadi.mw@example.net".into()],
        about: "Sister of Tunde Oyelaran".into(),
        ..CustomerDraft::default()
    };
    let (c, _) = book.save_customer(&draft, None).await.unwrap();
    let note = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: "Orders sourdough for the anniversary".into(),
        due: "2099-06-01".into(),
        ..InteractionDraft::default()
    };
    book.add_interaction(&c.id, &note).await.unwrap();
    let sale = PurchaseDraft {
        amount: "1250".into(),
        note: "sourdough x2".into(),
        ..PurchaseDraft::default()
    };
    book.record_sale(Some(c.id.clone()), &sale).await.unwrap();
    book
}

#[wasm_bindgen_test]
async fn with_the_lock_on_no_store_key_or_value_shows_personal_data() {
    let name = db_name("dump");
    let book = book_with_secrets(&name).await;
    let before = book.store().raw_dump().await.unwrap();
    for s in SECRETS {
        assert!(contains(&before, s), "the test wrote {s}");
    }
    book.turn_lock_on("zebra mango 42", cheap(), &mut |_| {})
        .await
        .unwrap();
    let after = book.store().raw_dump().await.unwrap();
    for s in SECRETS {
        assert!(!contains(&after, s), "{s} is readable with the lock on");
    }
    assert!(
        !contains(&after, "2099-06-01"),
        "a due date is readable in a key"
    );

    // A fresh tab: locked until the right passphrase, and a wrong one changes nothing.
    let store = IdbStore::open(&name).await.unwrap();
    let tab = Book::new(store, Box::new(BrowserHost));
    assert_eq!(
        tab.open(&mut |_| {}).await.err(),
        Some(BookError::Store(StoreError::Locked))
    );
    let dump = tab.store().raw_dump().await.unwrap();
    assert_eq!(
        tab.unlock("zebra mango 43").await.err(),
        Some(BookError::Lock(LockError::WrongPassphrase))
    );
    assert_eq!(
        tab.store().raw_dump().await.unwrap(),
        dump,
        "a wrong passphrase wrote"
    );
    tab.unlock("zebra mango 42").await.unwrap();
    tab.open(&mut |_| {}).await.unwrap();
    tab.load_sales().await.unwrap();
    assert_eq!(tab.directory().len(), 1);
    let id = tab.directory().row(0).unwrap().id.clone();
    assert_eq!(tab.timeline(&id).await.unwrap().len(), 1);
    let due = chrono::NaiveDate::from_ymd_opt(2099, 6, 1).unwrap();
    assert_eq!(tab.follow_ups_until(due).await.unwrap().len(), 1);
    assert!(tab.loyalty_of(&id).await.unwrap().account.balance() > 0);
}

#[wasm_bindgen_test]
async fn a_lock_interrupted_midway_finishes_after_reopening_and_loses_nothing() {
    let name = db_name("resume");
    let store = IdbStore::open(&name).await.unwrap();
    let book = Book::new(store, Box::new(BrowserHost));
    book.open(&mut |_| {}).await.unwrap();
    book.load_demo(3_000, DemoOptions::default(), &|_| {})
        .await
        .unwrap();
    book.load_sales().await.unwrap();
    let customers = book.directory().len();
    let purchases = book.sales().table.len();

    // Start as turn_lock_on does, convert a few batches, then "close the tab".
    let (record, key) = LockRecord::create("a long passphrase", cheap()).unwrap();
    book.store()
        .save_lock_record(None, Some(&record))
        .await
        .unwrap();
    book.store()
        .use_envelope(Envelope::sealing(&key, record.key_id));
    for _ in 0..3 {
        assert!(!book.store().convert_step().await.unwrap().finished);
    }
    drop(book);

    let store = IdbStore::open(&name).await.unwrap();
    let tab = Book::new(store, Box::new(BrowserHost));
    assert_eq!(
        tab.lock_record().await.unwrap().unwrap().state,
        LockState::TurningOn
    );
    tab.unlock("a long passphrase").await.unwrap();
    assert!(tab.conversion_pending().await.unwrap());
    let mut last = None;
    tab.finish_conversion(&mut |c| last = Some(c))
        .await
        .unwrap();
    assert!(last.unwrap().finished);
    assert_eq!(
        tab.lock_record().await.unwrap().unwrap().state,
        LockState::On
    );
    tab.open(&mut |_| {}).await.unwrap();
    tab.load_sales().await.unwrap();
    assert_eq!(tab.directory().len(), customers);
    assert_eq!(tab.sales().table.len(), purchases);
    assert_eq!(
        tab.store().set_aside().await.unwrap().len(),
        0,
        "nothing set aside"
    );
    // Every value is sealed now: a dump holds no customer's name.
    let dump = tab.store().raw_dump().await.unwrap();
    let first = tab.directory().row(0).unwrap().name.to_string();
    assert!(!contains(&dump, &first));
}

#[wasm_bindgen_test]
async fn a_sealed_indexeddb_store_keeps_the_contract() {
    let store = IdbStore::open(&db_name("contract")).await.unwrap();
    let (mut record, key) = LockRecord::create("contract passphrase", cheap()).unwrap();
    record.state = LockState::On;
    store.save_lock_record(None, Some(&record)).await.unwrap();
    store.use_envelope(Envelope::sealed(&key, record.key_id));
    contract::run_all(&store).await;
}

/// The browser's AES-GCM opens what the wasm cipher sealed and is the one used for
/// large values; what it refuses, the wasm cipher looks at again, so only that one
/// calls a value damaged.
#[wasm_bindgen_test]
async fn webcrypto_opens_large_sealed_values_exactly_as_the_wasm_cipher_does() {
    use karibu::lock::DataKey;
    use karibu::store::indexeddb::web_crypto::{open_all, opened_by_web_crypto, WebKey};
    let envelope = Envelope::sealed(&DataKey::from_bytes([3; 32]), 9);
    let large: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
    let small = b"{\"name\":\"Zawadi\"}".to_vec();
    let mut tampered = envelope.seal(large.clone());
    tampered[5_000] ^= 1;
    let other_key = Envelope::sealed(&DataKey::from_bytes([3; 32]), 10).seal(large.clone());
    let stored = vec![
        envelope.seal(large.clone()),
        envelope.seal(small.clone()),
        tampered,
        other_key,
        large.clone(),
    ];
    let web_key = WebKey::import(&envelope).expect("headless Chromium has WebCrypto");
    let before = opened_by_web_crypto();
    let opened = open_all(&envelope, Some(&web_key), &stored).await;
    assert_eq!(opened_by_web_crypto() - before, 1, "the large sealed value");
    assert_eq!(opened[0].as_deref().unwrap(), large.as_slice());
    assert_eq!(opened[1].as_deref().unwrap(), small.as_slice());
    assert!(matches!(opened[2], Err(StoreError::Corrupt(_))));
    assert!(matches!(opened[3], Err(StoreError::Corrupt(_))));
    // A plain value in a wholly sealed book is refused, as the wasm cipher refuses it.
    assert!(matches!(opened[4], Err(StoreError::Corrupt(_))));
    for (web, stored) in opened.iter().zip(&stored) {
        let wasm = karibu::store::codec::open(&envelope, stored);
        assert_eq!(web.as_deref().ok(), wasm.as_deref().ok());
    }

    // A WebCrypto key that does not fit: the wasm cipher still opens the value.
    let wrong = WebKey::import(&Envelope::sealed(&DataKey::from_bytes([4; 32]), 9)).unwrap();
    let before = opened_by_web_crypto();
    let opened = open_all(&envelope, Some(&wrong), &stored[..2]).await;
    assert_eq!(opened[0].as_deref().unwrap(), large.as_slice());
    assert_eq!(opened[1].as_deref().unwrap(), small.as_slice());
    assert_eq!(opened_by_web_crypto(), before);
}
