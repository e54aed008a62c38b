//! Importing purchases on the in-memory store: customers found by email, phone and
//! id, problems named, points earned only when asked; an import cut short by a failed
//! write leaves whole batches only and resumes with the same file, nobody's sale twice.

use super::{add, book, host, run, tab_on};
use crate::book::import_purchases::PurchaseImportPreview;
use crate::book::Book;
use crate::domain::{CustomerId, Money};
use crate::exchange::import::file::ImportFile;
use crate::exchange::import::journal::ImportKind;
use crate::exchange::import::purchases::SaleIssue;
use crate::loyalty::EntryKind;
use crate::store::faulty::FaultyStore;
use crate::store::memory::MemoryStore;
use crate::store::{Store, StoreError};
use std::rc::Rc;

fn file(text: &str) -> ImportFile {
    ImportFile::read("sales.csv", text.as_bytes(), None, None).unwrap()
}

fn preview<S: Store>(b: &Book<S>, f: &ImportFile) -> PurchaseImportPreview {
    let mapping = b.purchase_import_mapping(f);
    run(b.preview_purchase_import(f, &mapping, Some("KE".into()), &|_| {})).unwrap()
}

fn stored_purchases<S: Store>(store: &S) -> Vec<crate::domain::Purchase> {
    let mut all = Vec::new();
    run(store
        .load_purchases(&mut |chunk| all.extend(chunk.rows().iter().map(|r| chunk.purchase(r)))))
    .unwrap();
    all
}

fn with_email(b: &Book<Rc<MemoryStore>>, name: &str, email: &str) -> CustomerId {
    let id = add(b, name);
    let mut c = run(b.customer(&id)).unwrap().unwrap();
    c.emails = vec![email.into()];
    run(b.store().save_customer(&c)).unwrap();
    id
}

#[test]
fn sales_are_given_to_the_customers_they_name_and_bad_rows_are_left_out() {
    let b = book();
    let amina = with_email(&b, "Amina", "amina@example.org");
    let f = file(
        "Date,Customer,Amount,Category\n\
         2026-11-01,AMINA@example.org,1200,Coffee\n\
         2026-11-02,,300,\n\
         2026-11-03,nobody@example.org,50,\n\
         2026-11-04,amina@example.org,-3,\n",
    );
    let p = preview(&b, &f);
    assert_eq!(
        (p.rows.len(), p.customers, p.walk_ins, p.total),
        (2, 1, 1, Money(150_000))
    );
    let issues: Vec<(u64, &SaleIssue)> = p.problems.iter().map(|q| (q.line, &q.issue)).collect();
    assert_eq!(issues.len(), 2);
    assert_eq!(issues[0], (4, &SaleIssue::NoSuchCustomer));
    assert_eq!(issues[1].0, 5);
    assert!(
        stored_purchases(b.store()).is_empty(),
        "a preview writes nothing"
    );

    let (outcome, _) = run(b.run_purchase_import(&p, false, &|_| {})).unwrap();
    assert_eq!((outcome.recorded, outcome.points), (2, 0));
    let stored = stored_purchases(b.store());
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].customer.as_ref(), Some(&amina));
    assert_eq!(stored[0].categories, ["Coffee"]);
    assert_eq!(stored[1].customer, None);
    assert!(
        run(b.store().ledger(&amina)).unwrap().is_empty(),
        "a history import without points leaves the ledger alone"
    );
    // The figures in memory follow at once.
    assert_eq!(b.sales().table.len(), 2);
    // The same file again is recognised as imported before.
    let again = preview(&b, &f);
    assert!(again.imported_before.is_some());
}

#[test]
fn points_are_earned_under_the_programme_when_the_owner_asks() {
    let b = book();
    let amina = with_email(&b, "Amina", "amina@example.org");
    // The default programme: a point per 100, 5 a visit.
    let f = file(
        "Date,Email,Amount\n2026-11-01,amina@example.org,1000\n2026-11-05,amina@example.org,250\n",
    );
    let p = preview(&b, &f);
    let (outcome, _) = run(b.run_purchase_import(&p, true, &|_| {})).unwrap();
    let ledger = run(b.store().ledger(&amina)).unwrap();
    let earned: Vec<i64> = ledger
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Earn { .. }))
        .map(|e| e.points)
        .collect();
    assert_eq!(earned, [15, 7]);
    assert_eq!(outcome.points, 22);
}

fn big_file(rows: usize) -> ImportFile {
    let mut text = String::from("Date,Customer,Amount\n");
    for i in 0..rows {
        let customer = if i % 3 == 0 { "amina@example.org" } else { "" };
        text.push_str(&format!(
            "2026-10-{:02},{customer},{}\n",
            1 + i % 28,
            10 + i
        ));
    }
    file(&text)
}

#[test]
fn an_interrupted_import_leaves_whole_batches_and_resumes_without_doubling() {
    let inner = Rc::new(MemoryStore::new());
    let b = Book::new(FaultyStore::new(inner.clone()), host());
    run(b.open(&mut |_| {})).unwrap();
    run(b.load_sales()).unwrap();
    let first = tab_on(&inner);
    with_email(&first, "Amina", "amina@example.org");
    run(b.catch_up()).unwrap();
    let f = big_file(12_000);
    let p = preview(&b, &f);
    assert_eq!(p.rows.len(), 12_000);
    // The journal and the first batch are written; the second fails.
    b.store()
        .fail_write(2, StoreError::QuotaExceeded("test".into()));
    let failed = run(b.run_purchase_import(&p, true, &|_| {}));
    assert!(failed.is_err());
    assert_eq!(stored_purchases(&*inner).len(), 5_000, "whole batches only");

    let other = tab_on(&inner);
    let unfinished = other.unfinished_imports_of(ImportKind::Purchases);
    assert_eq!(unfinished.len(), 1);
    assert!(
        other.unfinished_imports().is_empty(),
        "not a customer import"
    );
    assert_eq!(other.purchase_import_written(&unfinished[0]), 5_000);
    let resumed = preview(&other, &f);
    assert_eq!((resumed.already, resumed.rows.len()), (5_000, 7_000));
    run(other.run_purchase_import(&resumed, true, &|_| {})).unwrap();
    let all = stored_purchases(&*inner);
    assert_eq!(all.len(), 12_000);
    let mut ids: Vec<_> = all.iter().map(|p| p.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12_000, "no row twice");
    // Every Amina sale earned once: one earn entry per purchase of hers.
    let amina = other.directory().row(0).map(|r| r.id.clone()).unwrap();
    let earns = run(inner.ledger(&amina))
        .unwrap()
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Earn { .. }))
        .count();
    assert_eq!(earns, 4_000);
    assert!(other
        .unfinished_imports_of(ImportKind::Purchases)
        .is_empty());
}
