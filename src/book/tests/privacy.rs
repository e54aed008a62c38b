//! Data-subject requests, the access bundle and erasure, on the in-memory store.

use super::{add, book, draft, run, sale, NOW};
use crate::book::privacy::ErasureStep;
use crate::book::Book;
use crate::domain::{CustomerDraft, CustomerId, InteractionDraft, InteractionKind};
use crate::gdpr::erasure::{MentionPlace, REDACTED};
use crate::gdpr::requests::RequestEvent;
use crate::gdpr::scan::IdentifierKind;
use crate::gdpr::{RequestKind, RequestStatus, Subject};
use crate::i18n::Lang;
use crate::lock::KdfParams;
use crate::store::memory::MemoryStore;
use crate::store::{RawRecord, Store};
use std::io::Read;
use std::rc::Rc;

type TestBook = Book<Rc<MemoryStore>>;

fn today(b: &TestBook) -> chrono::NaiveDate {
    let _ = b;
    chrono::DateTime::from_timestamp_millis(NOW)
        .unwrap()
        .date_naive()
}

fn person(b: &TestBook, name: &str, phone: &str, email: &str) -> CustomerId {
    let d = CustomerDraft {
        display: name.into(),
        phones: vec![phone.into()],
        emails: vec![email.into()],
        about: "likes masala chai".into(),
        ..draft(name)
    };
    run(b.save_customer(&d, None)).unwrap().0.id
}

fn note(b: &TestBook, who: &CustomerId, text: &str) {
    let d = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: text.into(),
        ..InteractionDraft::default()
    };
    run(b.add_interaction(who, &d)).unwrap();
}

/// Wanjiru with notes, sales and points; Baraka, whose note names her.
fn shop() -> (TestBook, CustomerId, CustomerId) {
    let b = book();
    let wanjiru = person(
        &b,
        "Wanjiru Kamau",
        "+254 722 111 222",
        "wanjiru.k@example.org",
    );
    let baraka = person(
        &b,
        "Baraka Otieno",
        "+254 733 444 555",
        "baraka@example.org",
    );
    note(&b, &wanjiru, "Allergic to peanuts");
    note(&b, &baraka, "Came in with Wanjiru Kamau, her cousin");
    for amount in ["250", "400"] {
        run(b.record_sale(Some(wanjiru.clone()), &sale(amount))).unwrap();
    }
    run(b.record_sale(Some(baraka.clone()), &sale("120"))).unwrap();
    (b, wanjiru, baraka)
}

fn takings(b: &TestBook) -> i64 {
    b.sales().revenue.values().sum()
}

#[test]
fn a_request_is_due_a_month_after_receipt_and_extends_by_two_at_most() {
    let b = book();
    let who = add(&b, "Amina");
    let received = chrono::NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
    let (_, id) = run(b.record_request(RequestKind::Access, &who, received)).unwrap();
    let r = &b.requests()[0];
    assert_eq!(
        r.due(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    );
    assert!(matches!(
        run(b.extend_request(&id, 1, "  ")),
        Err(crate::book::BookError::Request(
            crate::gdpr::RequestProblem::ReasonMissing
        ))
    ));
    run(b.extend_request(&id, 2, "many records to gather")).unwrap();
    assert_eq!(
        b.requests()[0].due(),
        chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()
    );
    assert!(
        run(b.extend_request(&id, 1, "more")).is_err(),
        "three months at most"
    );
    let future = today(&b) + chrono::Days::new(1);
    assert!(run(b.record_request(RequestKind::Erasure, &who, future)).is_err());
    run(b.close_request(&id, RequestStatus::Done, "sent by email")).unwrap();
    assert!(run(b.close_request(&id, RequestStatus::Refused, "")).is_err());
    assert_eq!(b.requests()[0].status, RequestStatus::Done);
}

#[test]
fn the_bundle_holds_everything_about_the_person_and_nothing_about_anyone_else() {
    let (b, wanjiru, baraka) = shop();
    let (_, request) = run(b.record_request(RequestKind::Access, &wanjiru, today(&b))).unwrap();
    let (bundle, changed) = run(b.access_bundle(&wanjiru, Lang::En, None, &|_| {})).unwrap();
    assert!(
        changed.settings,
        "the request records that the bundle was given"
    );
    assert_eq!(bundle.timeline.len(), 1);
    assert_eq!(bundle.purchases.len(), 2);
    assert!(bundle.points_balance > 0);
    assert_eq!(
        bundle.points_balance,
        bundle.loyalty_ledger.iter().map(|e| e.points).sum::<i64>()
    );
    assert_eq!(bundle.requests.len(), 1);
    let json = bundle.json();
    let html = bundle.html();
    for text in [&json, &html] {
        assert!(text.contains("Wanjiru Kamau") && text.contains("Allergic to peanuts"));
        assert!(
            !text.contains("Baraka") && !text.contains(baraka.as_str()),
            "nobody else"
        );
    }
    let zip = bundle.zip();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut data = String::new();
    archive
        .by_name("data.json")
        .unwrap()
        .read_to_string(&mut data)
        .unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(parsed["format"], "karibu-access-bundle");
    assert_eq!(parsed["profile"]["id"], wanjiru.as_str());
    assert!(archive.by_name("index.html").is_ok() && archive.by_name("schema.json").is_ok());
    let logged = b.requests().into_iter().find(|r| r.id == request).unwrap();
    assert!(logged
        .history
        .iter()
        .any(|l| l.event == RequestEvent::BundleGiven));
}

#[test]
fn html_in_a_name_is_shown_as_text() {
    let b = book();
    let who = person(
        &b,
        "<script>x</script>",
        "+254 711 000 111",
        "s@example.org",
    );
    let (bundle, _) = run(b.access_bundle(&who, Lang::Ur, None, &|_| {})).unwrap();
    let html = bundle.html();
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    assert!(html.contains("dir=\"rtl\""));
}

#[test]
fn before_erasure_the_scan_finds_the_person_everywhere() {
    let (b, wanjiru, _) = shop();
    let person = run(b.customer(&wanjiru)).unwrap().unwrap();
    let ids = crate::gdpr::Identifiers::of(&person, None, std::iter::empty());
    let report = run(b.verify_erasure(&ids, &|_| {})).unwrap();
    let stores: std::collections::BTreeSet<_> =
        report.hits.iter().map(|h| h.store.as_str()).collect();
    for store in ["customers", "interactions", "purchase_chunks", "ledgers"] {
        assert!(stores.contains(store), "{store} holds them: {stores:?}");
    }
    assert!(report.hits.iter().any(|h| h.kind == IdentifierKind::Phone));
}

#[test]
fn erasure_removes_every_trace_keeps_the_takings_and_closes_the_request() {
    let (b, wanjiru, baraka) = shop();
    let store = b.store().clone();
    run(b.record_request(RequestKind::Access, &wanjiru, today(&b))).unwrap();
    run(b.record_request(RequestKind::Erasure, &wanjiru, today(&b))).unwrap();
    let before = takings(&b);
    let mentions = run(b.mentions_of(&wanjiru)).unwrap();
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].owner, baraka);
    assert!(matches!(mentions[0].place, MentionPlace::Note(_)));
    let steps = std::cell::RefCell::new(Vec::new());
    let (erasure, changed) =
        run(b.erase(&wanjiru, &mentions, &|s| steps.borrow_mut().push(s))).unwrap();
    assert!(erasure.report.is_clean(), "{:?}", erasure.report);
    assert!(erasure.report.records > 5);
    assert_eq!(erasure.requests_closed, 1);
    assert!(changed.removed.contains(&wanjiru));
    assert!(steps.borrow().contains(&ErasureStep::Removing));
    assert_eq!(takings(&b), before, "purchases stay as anonymous takings");
    let dump = String::from_utf8_lossy(&store.raw_dump()).to_lowercase();
    for trace in [
        "wanjiru",
        "722111222",
        "wanjiru.k@example.org",
        &wanjiru.as_str().to_lowercase(),
    ] {
        assert!(!dump.contains(trace), "{trace} is still stored");
    }
    let timeline = run(b.timeline(&baraka)).unwrap();
    assert!(timeline[0].text.contains(REDACTED), "{}", timeline[0].text);
    assert!(
        timeline[0].text.contains("her cousin"),
        "the rest of the note stays"
    );
    let register = b.requests();
    assert_eq!(register.len(), 2);
    for r in &register {
        assert_eq!(r.subject, Subject::Pseudonym(erasure.pseudonym.clone()));
    }
    let done = register
        .iter()
        .find(|r| r.kind == RequestKind::Erasure)
        .unwrap();
    assert_eq!(done.status, RequestStatus::Done);
    assert!(done
        .history
        .iter()
        .any(|l| matches!(l.event, RequestEvent::Erased { hits: 0, .. })));
}

#[test]
fn a_mention_the_owner_keeps_fails_the_check_and_the_request_stays_open() {
    let (b, wanjiru, _) = shop();
    run(b.record_request(RequestKind::Erasure, &wanjiru, today(&b))).unwrap();
    let (erasure, _) = run(b.erase(&wanjiru, &[], &|_| {})).unwrap();
    assert_eq!(erasure.report.hits.len(), 1);
    assert_eq!(erasure.requests_closed, 0);
    assert_eq!(erasure.report.hits[0].store, "interactions");
    assert_eq!(erasure.report.hits[0].kind, IdentifierKind::Name);
    assert_eq!(b.requests()[0].status, RequestStatus::Open);
}

#[test]
fn a_namesake_keeps_their_name_and_the_check_still_passes() {
    let (b, wanjiru, _) = shop();
    let namesake = person(
        &b,
        "Wanjiru Kamau",
        "+254 799 000 001",
        "other.wanjiru@example.org",
    );
    let (erasure, _) = run(b.erase(&wanjiru, &[], &|_| {})).unwrap();
    assert_eq!(erasure.report.shared_names, 1);
    assert!(erasure.report.is_clean(), "{:?}", erasure.report);
    assert!(run(b.customer(&namesake)).unwrap().is_some());
}

#[test]
fn erasure_is_verified_on_a_locked_book_as_it_reads() {
    let (b, wanjiru, _) = shop();
    run(b.turn_lock_on("chai na mandazi", KdfParams::with_cost(64, 1), &mut |_| {})).unwrap();
    let person = run(b.customer(&wanjiru)).unwrap().unwrap();
    let ids = crate::gdpr::Identifiers::of(
        &person,
        Some(b.store().key_form(wanjiru.as_str())),
        std::iter::empty(),
    );
    let before = run(b.verify_erasure(&ids, &|_| {})).unwrap();
    assert!(
        before.hits.iter().any(|h| h.store == "customers"),
        "sealed records are opened"
    );
    let mentions = run(b.mentions_of(&wanjiru)).unwrap();
    let (erasure, _) = run(b.erase(&wanjiru, &mentions, &|_| {})).unwrap();
    assert!(erasure.report.is_clean(), "{:?}", erasure.report);
}

#[test]
fn a_purchase_note_that_names_them_is_offered_and_redacted() {
    let (b, wanjiru, baraka) = shop();
    let mut gift = sale("90");
    gift.note = "gift for wanjiru.k@example.org".into();
    run(b.record_sale(Some(baraka.clone()), &gift)).unwrap();
    let mentions = run(b.mentions_of(&wanjiru)).unwrap();
    assert!(mentions
        .iter()
        .any(|m| matches!(m.place, MentionPlace::Purchase(_))));
    let (erasure, _) = run(b.erase(&wanjiru, &mentions, &|_| {})).unwrap();
    assert!(erasure.report.is_clean(), "{:?}", erasure.report);
    let notes: Vec<String> = b
        .purchases_of(&baraka)
        .into_iter()
        .map(|p| p.note)
        .collect();
    assert!(notes.contains(&format!("gift for {REDACTED}")), "{notes:?}");
}

#[test]
fn a_phone_written_the_local_way_is_found_and_only_whole_names_are_redacted() {
    let b = book();
    let ali = person(&b, "Ali Raza", "+92 300 1234567", "ali@example.org");
    let other = person(&b, "Sana Mir", "+92 321 7654321", "sana@example.org");
    note(
        &b,
        &other,
        "Call Ali Raza on 0300-123 4567; Ali Razaq is someone else",
    );
    let mentions = run(b.mentions_of(&ali)).unwrap();
    assert_eq!(mentions.len(), 1);
    run(b.erase(&ali, &mentions, &|_| {})).unwrap();
    let text = &run(b.timeline(&other)).unwrap()[0].text;
    assert_eq!(text, "Call […] on […]; Ali Razaq is someone else");
}

#[test]
fn more_time_is_refused_after_the_first_month_and_the_register_forgets_names_in_notes() {
    let b = book();
    let who = add(&b, "Neema Mollel");
    let long_ago = today(&b) - chrono::Days::new(40);
    let (_, late) = run(b.record_request(RequestKind::Access, &who, long_ago)).unwrap();
    assert!(matches!(
        run(b.extend_request(&late, 1, "busy")),
        Err(crate::book::BookError::Request(
            crate::gdpr::RequestProblem::ExtensionTooLate
        ))
    ));
    run(b.close_request(&late, RequestStatus::Done, "sent to Neema Mollel by post")).unwrap();
    run(b.erase(&who, &[], &|_| {})).unwrap();
    let register = format!("{:?}", b.requests());
    assert!(!register.contains("Neema"), "{register}");
    assert!(register.contains("sent to […] by post"));
}

#[test]
fn a_record_the_scan_cannot_open_keeps_the_request_open() {
    let (b, wanjiru, baraka) = shop();
    run(b.turn_lock_on("chai na mandazi", KdfParams::with_cost(64, 1), &mut |_| {})).unwrap();
    run(b.record_request(RequestKind::Erasure, &wanjiru, today(&b))).unwrap();
    let mentions = run(b.mentions_of(&wanjiru)).unwrap();
    // Sealed, but no key opens it: it might name her, so the check cannot pass.
    let mut damaged = vec![0xFF, b'K', 1];
    damaged.extend([7u8; 40]);
    b.store().put_raw(RawRecord::Ledger(baraka), damaged);
    let (erasure, _) = run(b.erase(&wanjiru, &mentions, &|_| {})).unwrap();
    assert!(erasure.report.hits.is_empty(), "{:?}", erasure.report);
    assert_eq!(erasure.report.unreadable, 1);
    assert_eq!(erasure.requests_closed, 0);
    assert_eq!(b.requests()[0].status, RequestStatus::Open);
}
