//! Importing customers on the in-memory store: rows written, problems named, matches
//! answered, a new field made; an import cut short by a failed write resumed with the
//! same file or rolled back, with nothing half-written; an export read back.

use super::{add, book, host, run, tab_on};
use crate::book::exchange::ExportFormat;
use crate::book::import::ImportPreview;
use crate::book::{Book, BookError};
use crate::domain::{CustomValue, Customer, CustomerId};
use crate::exchange::import::duplicates::{DuplicateChoice, MatchReason};
use crate::exchange::import::file::ImportFile;
use crate::exchange::import::journal::ImportState;
use crate::exchange::import::mapping::Target;
use crate::exchange::import::rows::MappingProblem;
use crate::store::faulty::FaultyStore;
use crate::store::memory::MemoryStore;
use crate::store::{Store, StoreError};
use std::rc::Rc;

fn file(text: &str) -> ImportFile {
    ImportFile::read("customers.csv", text.as_bytes(), None, None).unwrap()
}

fn preview<S: Store>(b: &Book<S>, f: &ImportFile) -> ImportPreview {
    let mapping = b.import_mapping(f);
    run(b.preview_import(f, &mapping, Some("KE".into()), &|_| {})).unwrap()
}

fn stored<S: Store>(store: &S) -> Vec<Customer> {
    let mut all = Vec::new();
    run(store.load_customers(&mut |p| all.extend(p))).unwrap();
    all
}

#[test]
fn rows_are_checked_matched_and_written_with_a_new_field_for_an_unknown_column() {
    let b = book();
    let amina = add(&b, "Amina");
    let mut c = run(b.customer(&amina)).unwrap().unwrap();
    c.emails = vec!["amina@example.org".into()];
    run(b.store().save_customer(&c)).unwrap();

    let f = file(
        "Name,Phone,Email,Loyalty card\n\
         Amina W,0733 000 111,AMINA@example.org,A-17\n\
         Baraka Otieno,0712 000 222,,B-02\n\
         Chen,07,chen@example.org,\n\
         Dalia Noor,,dalia@example,\n",
    );
    let p = preview(&b, &f);
    assert_eq!(p.rows.len(), 2, "Amina's and Baraka's rows");
    let lines: Vec<(u64, &str)> = p
        .problems
        .iter()
        .map(|q| (q.line, q.column.as_str()))
        .collect();
    assert_eq!(lines, [(4, "Phone"), (5, "Email")]);
    assert_eq!(p.duplicates.len(), 1);
    assert_eq!(p.duplicates[0].1.existing, amina);
    assert_eq!(p.duplicates[0].1.reason, MatchReason::SameEmail);
    assert_eq!(p.new_fields.len(), 1);
    assert_eq!(p.new_fields[0].label, "Loyalty card");

    let (outcome, _) = run(b.run_import(&f, &p, &[DuplicateChoice::Update], &|_| {})).unwrap();
    assert_eq!(
        (outcome.created, outcome.updated, outcome.skipped),
        (1, 1, 0)
    );
    assert_eq!(b.directory().len(), 2);
    let amina_now = run(b.customer(&amina)).unwrap().unwrap();
    assert_eq!(amina_now.phones, ["+254712345678", "+254733000111"]);
    assert_eq!(
        amina_now.name.family, "W",
        "the row's name replaces the book's"
    );
    let key = &p.new_fields[0].key;
    assert_eq!(
        amina_now.custom.get(key),
        Some(&CustomValue::Text("A-17".into()))
    );
    let settings = b.settings();
    assert!(settings.custom_fields.iter().any(|d| &d.key == key));
    assert_eq!(settings.imports.records[0].state, ImportState::Finished);
    // The next file with these headers gets the same mapping, the field included.
    let again = b.import_mapping(&f);
    assert_eq!(again.columns[3], Target::Custom(key.clone()));
}

#[test]
fn skip_and_create_answer_matches_and_a_file_repeating_a_person_merges_into_one() {
    let b = book();
    add(&b, "Amina");
    let f = file("Name,Phone\nAmina K,0712345678\nZawadi,0799 111 222\nZawadi M,0799111222\n");
    let p = preview(&b, &f);
    // Amina by phone; Zawadi's second row matches her first.
    assert_eq!(p.duplicates.len(), 2);
    let (outcome, _) = run(b.run_import(
        &f,
        &p,
        &[DuplicateChoice::Skip, DuplicateChoice::Update],
        &|_| {},
    ))
    .unwrap();
    assert_eq!((outcome.created, outcome.skipped), (1, 1));
    let names: Vec<String> = stored(b.store()).iter().map(|c| c.display_name()).collect();
    assert!(names.contains(&"Zawadi M".to_owned()), "{names:?}");
    assert_eq!(names.len(), 2);

    let b = book();
    add(&b, "Amina");
    let f = file("Name,Phone\nAmina K,0712345678\n");
    let p = preview(&b, &f);
    run(b.run_import(&f, &p, &[DuplicateChoice::Create], &|_| {})).unwrap();
    assert_eq!(b.directory().len(), 2);
}

#[test]
fn a_mapping_without_names_is_refused_and_nothing_is_written() {
    let b = book();
    let f = file("Phone\n0712345678\n");
    let mut mapping = b.import_mapping(&f);
    mapping.columns = vec![Target::Phone];
    let refused = run(b.preview_import(&f, &mapping, None, &|_| {}));
    assert_eq!(
        refused,
        Err(BookError::Import(MappingProblem::NoNameColumn))
    );
    assert!(stored(b.store()).is_empty());
}

fn big_file(rows: usize) -> ImportFile {
    let mut text = String::from("Name,Phone\n");
    for i in 0..rows {
        text.push_str(&format!("Person {i},+2547{i:08}\n"));
    }
    file(&text)
}

/// An import whose third write (settings, first batch, then this) fails, as a full
/// disk or a closed tab would stop it.
fn interrupted() -> (Rc<MemoryStore>, ImportFile) {
    let inner = Rc::new(MemoryStore::new());
    let b = Book::new(FaultyStore::new(inner.clone()), host());
    run(b.open(&mut |_| {})).unwrap();
    let f = big_file(2_500);
    let p = preview(&b, &f);
    b.store()
        .fail_write(2, StoreError::QuotaExceeded("test".into()));
    let failed = run(b.run_import(&f, &p, &[], &|_| {}));
    assert!(matches!(
        failed,
        Err(BookError::Store(StoreError::QuotaExceeded(_)))
    ));
    // Whole batches only: the first thousand, each customer whole.
    assert_eq!(stored(&inner).len(), 1_000);
    assert_eq!(b.directory().len(), 1_000);
    (inner, f)
}

#[test]
fn an_interrupted_import_resumes_with_the_same_file_without_doubling_anyone() {
    let (inner, f) = interrupted();
    let b = tab_on(&inner);
    let unfinished = b.unfinished_imports();
    assert_eq!(unfinished.len(), 1);
    assert_eq!(unfinished[0].rows, 2_500);
    assert_eq!(b.import_written(&unfinished[0]), 1_000);
    let p = preview(&b, &f);
    assert_eq!(
        (p.already, p.rows.len(), p.duplicates.len()),
        (1_000, 1_500, 0)
    );
    run(b.run_import(&f, &p, &[], &|_| {})).unwrap();
    let all = stored(&inner);
    assert_eq!(all.len(), 2_500);
    let mut names: Vec<String> = all.iter().map(|c| c.display_name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 2_500);
    assert!(b.unfinished_imports().is_empty());
}

#[test]
fn an_interrupted_import_rolls_back_to_the_book_before_it() {
    let (inner, _) = interrupted();
    let b = tab_on(&inner);
    let before = add(&b, "Amina");
    let record = b.unfinished_imports().remove(0);
    run(b.roll_back_import(&record, &|_| {})).unwrap();
    let all = stored(&inner);
    let ids: Vec<&CustomerId> = all.iter().map(|c| &c.id).collect();
    assert_eq!(ids, [&before]);
    assert!(b.unfinished_imports().is_empty());
    assert_eq!(
        b.settings().imports.records[0].state,
        ImportState::RolledBack
    );
}

#[test]
fn an_export_read_back_into_an_empty_book_gives_the_same_customers() {
    let b = book();
    let ids: Vec<CustomerId> = ["Amina", "Baraka", "Chen"]
        .iter()
        .map(|n| add(&b, n))
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let mut c = run(b.customer(id)).unwrap().unwrap();
        c.phones = vec![format!("+25471234567{i}")];
        if i == 0 {
            c.emails = vec!["amina@example.org".into()];
            c.address = "Moi Avenue 4, Nairobi".into();
            c.tags = vec!["regular".into(), "chai".into()];
        }
        run(b.store().save_customer(&c)).unwrap();
    }
    let strip = |mut c: Customer| {
        c.id = CustomerId::from("");
        c.created_ms = 0;
        c.updated_ms = 0;
        c.revision = 0;
        c
    };
    let mut before: Vec<Customer> = stored(b.store()).into_iter().map(strip).collect();
    before.sort_by_key(|c| c.display_name());
    for format in [ExportFormat::Csv, ExportFormat::Vcard] {
        let exported = run(b.export_customers(&ids, format, &|_| {})).unwrap();
        let fresh = book();
        let f = file(&exported);
        let p = preview(&fresh, &f);
        assert!(p.problems.is_empty(), "{format:?}: {:?}", p.problems);
        run(fresh.run_import(&f, &p, &[], &|_| {})).unwrap();
        let mut after: Vec<Customer> = stored(fresh.store()).into_iter().map(strip).collect();
        after.sort_by_key(|c| c.display_name());
        assert_eq!(after, before, "{format:?}");
        // Read back into the same book, everyone is recognised by their Karibu id.
        let p = preview(&b, &f);
        assert_eq!(p.duplicates.len(), ids.len(), "{format:?}");
        assert!(p
            .duplicates
            .iter()
            .all(|(_, m)| m.reason == MatchReason::SameId));
    }
}

#[test]
fn purchases_points_and_timelines_export_for_the_chosen_customers_only() {
    let b = book();
    let amina = add(&b, "Amina");
    let baraka = add(&b, "Baraka");
    for (who, amount) in [(&amina, "120"), (&baraka, "80"), (&amina, "15.50")] {
        run(b.record_sale(Some(who.clone()), &super::sale(amount))).unwrap();
    }
    run(b.record_sale(None, &super::sale("9"))).unwrap();
    let note = crate::domain::InteractionDraft {
        kind: Some(crate::domain::InteractionKind::Call),
        text: "asked about catering".into(),
        ..Default::default()
    };
    run(b.add_interaction(&amina, &note)).unwrap();
    run(b.add_interaction(&baraka, &note)).unwrap();
    let lines = |format| {
        let text = run(b.export_customers(std::slice::from_ref(&amina), format, &|_| {})).unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let purchases = lines(ExportFormat::Purchases);
    let amounts: Vec<&str> = purchases.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(amounts, ["120.00", "15.50"], "hers only, no walk-ins");
    assert!(purchases.iter().all(|r| r[1] == amina.as_str()));
    let ledger = lines(ExportFormat::Ledger);
    assert!(!ledger.is_empty() && ledger.iter().all(|r| r[1] == amina.as_str()));
    let timeline = lines(ExportFormat::Timeline);
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0][3..5], ["call", "asked about catering"]);
}
