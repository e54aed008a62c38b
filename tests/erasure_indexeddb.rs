//! Erasure on real IndexedDB in headless Chromium: the person is found by the scan
//! before (in every store that holds them, sealed or not), and after erasure neither
//! the scan nor a raw dump of every object store finds their name, phone, email or id;
//! the takings keep their sum and the note that named them keeps the rest of its text.
//! Run with `cargo test --target wasm32-unknown-unknown --test erasure_indexeddb`.
#![cfg(target_arch = "wasm32")]

use karibu::book::{Book, Host};
use karibu::domain::{CustomerDraft, CustomerId, InteractionDraft, InteractionKind, PurchaseDraft};
use karibu::gdpr::erasure::REDACTED;
use karibu::gdpr::{Identifiers, RequestKind, RequestStatus};
use karibu::lock::KdfParams;
use karibu::store::indexeddb::IdbStore;
use karibu::store::Store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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

const TRACES: [&str; 3] = ["Zawadi Mwakilema", "712998431", "zawadi.mw@example.net"];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn shop(test: &str) -> (Book<IdbStore>, CustomerId, CustomerId) {
    let name = format!("karibu-erasure-test-{test}-{}", js_sys::Math::random());
    let book = Book::new(IdbStore::open(&name).await.unwrap(), Box::new(BrowserHost));
    book.open(&mut |_| {}).await.unwrap();
    book.load_sales().await.unwrap();
    let mut ids = Vec::new();
    for (display, phone, email) in [
        (
            "Zawadi Mwakilema",
            "+254 712 998 431",
            "zawadi.mw@example.net",
        ),
        ("Tunde Oyelaran", "+254 733 100 200", "tunde@example.net"),
    ] {
        let draft = CustomerDraft {
            display: display.into(),
            phones: vec![phone.into()],
            emails: vec![email.into()],
            ..CustomerDraft::default()
        };
        ids.push(book.save_customer(&draft, None).await.unwrap().0.id);
    }
    let (zawadi, tunde) = (ids[0].clone(), ids[1].clone());
    for (who, text) in [
        (&zawadi, "Orders sourdough, due back Friday"),
        (&tunde, "Brought Zawadi Mwakilema along; both like chai"),
    ] {
        let note = InteractionDraft {
            kind: Some(InteractionKind::Note),
            text: text.into(),
            due: "2099-06-01".into(),
            ..InteractionDraft::default()
        };
        book.add_interaction(who, &note).await.unwrap();
    }
    for (who, amount) in [(&zawadi, "1250"), (&zawadi, "300"), (&tunde, "80")] {
        let sale = PurchaseDraft {
            amount: amount.into(),
            note: "for Zawadi Mwakilema".into(),
            ..PurchaseDraft::default()
        };
        book.record_sale(Some(who.clone()), &sale).await.unwrap();
    }
    let today = BrowserHost.today();
    book.record_request(RequestKind::Erasure, &zawadi, today)
        .await
        .unwrap();
    (book, zawadi, tunde)
}

async fn erase_and_check(book: &Book<IdbStore>, zawadi: &CustomerId, tunde: &CustomerId) {
    let takings: i64 = book.sales().revenue.values().sum();
    let person = book.customer(zawadi).await.unwrap().unwrap();
    let ids = Identifiers::of(
        &person,
        Some(book.store().key_form(zawadi.as_str())),
        std::iter::empty(),
    );
    let before = book.verify_erasure(&ids, &|_| {}).await.unwrap();
    for store in [
        "customer_pages",
        "interactions",
        "follow_ups",
        "purchase_chunks",
        "ledgers",
    ] {
        assert!(
            before.hits.iter().any(|h| h.store == store),
            "the scan reads {store}: {before:?}"
        );
    }
    let mentions = book.mentions_of(zawadi).await.unwrap();
    assert_eq!(
        mentions.len(),
        2,
        "Tunde's note and his purchase's note name her"
    );
    let (erasure, _) = book.erase(zawadi, &mentions, &|_| {}).await.unwrap();
    assert!(erasure.report.is_clean(), "{:?}", erasure.report);
    assert!(erasure.report.records >= before.records - 4);
    let dump = book.store().raw_dump().await.unwrap();
    for trace in TRACES.into_iter().chain([zawadi.as_str()]) {
        assert!(!contains(&dump, trace), "{trace} is still stored");
    }
    let sum: i64 = book.sales().revenue.values().sum();
    assert_eq!(sum, takings, "purchases stay as anonymous takings");
    let note = &book.timeline(tunde).await.unwrap()[0].text;
    assert!(
        note.contains(REDACTED) && note.contains("both like chai"),
        "{note}"
    );
    let bought = book.purchases_of(tunde);
    assert_eq!(bought[0].note, format!("for {REDACTED}"));
    let register = book.requests();
    assert_eq!(register[0].status, RequestStatus::Done);
}

#[wasm_bindgen_test]
async fn erasure_leaves_no_trace_in_any_object_store() {
    let (book, zawadi, tunde) = shop("plain").await;
    erase_and_check(&book, &zawadi, &tunde).await;
}

#[wasm_bindgen_test]
async fn erasure_is_verified_on_a_sealed_book() {
    let (book, zawadi, tunde) = shop("sealed").await;
    book.turn_lock_on(
        "a long passphrase",
        KdfParams::with_cost(256, 1),
        &mut |_| {},
    )
    .await
    .unwrap();
    erase_and_check(&book, &zawadi, &tunde).await;
}
