//! Every use case of the book, natively on `MemoryStore`: the happy paths here, tabs
//! in `tabs`, failures and damage in `faults`.

mod backup;
mod consent;
mod dashboard;
mod faults;
mod import;
mod import_purchases;
mod insights;
mod lock;
mod merge;
mod privacy;
mod reports;
mod retention;
mod segments;
mod tabs;

use super::{Book, BookError, Host};
use crate::domain::bulk::BulkField;
use crate::domain::{CustomerDraft, CustomerId, InteractionDraft, InteractionKind, PurchaseDraft};
use crate::store::memory::MemoryStore;
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use std::cell::Cell;
use std::rc::Rc;

pub const NOW: i64 = 1_795_000_000_000;

pub struct TestHost {
    pub now: Cell<i64>,
}

impl Host for TestHost {
    fn now_ms(&self) -> i64 {
        self.now.get()
    }
    fn today(&self) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.now.get())
            .map(|d| d.date_naive())
            .unwrap_or_default()
    }
}

pub fn host() -> Box<dyn Host> {
    Box::new(TestHost {
        now: Cell::new(NOW),
    })
}

pub fn run<T>(f: impl std::future::Future<Output = T>) -> T {
    pollster::block_on(f)
}

/// A book on a fresh store, opened.
pub fn book() -> Book<Rc<MemoryStore>> {
    tab_on(&Rc::new(MemoryStore::new()))
}

/// Another tab on the same store, opened now.
pub fn tab_on(store: &Rc<MemoryStore>) -> Book<Rc<MemoryStore>> {
    let b = Book::new(store.clone(), host());
    run(b.open(&mut |_| {})).unwrap();
    run(b.load_sales()).unwrap();
    b
}

pub fn draft(name: &str) -> CustomerDraft {
    CustomerDraft {
        display: name.into(),
        phones: vec!["+254 712 345 678".into()],
        ..CustomerDraft::default()
    }
}

pub fn sale(amount: &str) -> PurchaseDraft {
    PurchaseDraft {
        amount: amount.into(),
        ..PurchaseDraft::default()
    }
}

pub fn add(book: &Book<Rc<MemoryStore>>, name: &str) -> CustomerId {
    run(book.save_customer(&draft(name), None)).unwrap().0.id
}

#[test]
fn a_new_customer_is_stored_and_listed_and_a_bad_one_is_not() {
    let b = book();
    let (saved, changed) = run(b.save_customer(&draft("Amina"), None)).unwrap();
    assert_eq!(changed.customers, vec![saved.id.clone()]);
    assert_eq!(b.directory().len(), 1);
    assert_eq!(run(b.customer(&saved.id)).unwrap(), Some(saved));

    let nameless = CustomerDraft::default();
    assert!(matches!(
        run(b.save_customer(&nameless, None)),
        Err(BookError::Invalid(_))
    ));
    assert_eq!(b.directory().len(), 1, "nothing stored for a refused draft");
}

#[test]
fn an_edit_from_an_old_copy_is_refused_and_changes_nothing() {
    let b = book();
    let id = add(&b, "Amina");
    let old = run(b.customer(&id)).unwrap().unwrap();
    let mut first = draft("Amina Odhiambo");
    first.about = "first".into();
    run(b.save_customer(&first, Some(&old))).unwrap();
    let mut second = draft("Amina O.");
    second.about = "second, from the old copy".into();
    let refused = run(b.save_customer(&second, Some(&old)));
    assert!(matches!(
        refused,
        Err(BookError::Store(StoreError::Conflict { .. }))
    ));
    assert_eq!(run(b.customer(&id)).unwrap().unwrap().about, "first");
}

#[test]
fn a_sale_earns_points_and_counts_in_the_figures() {
    let b = book();
    let id = add(&b, "Baraka");
    let (sale_made, changed) = run(b.record_sale(Some(id.clone()), &sale("250"))).unwrap();
    assert!(changed.sales);
    assert!(sale_made.earned > 0);
    assert_eq!(
        run(b.loyalty_of(&id)).unwrap().account.balance(),
        sale_made.earned
    );
    assert_eq!(b.sales().table.len(), 1);
    assert_eq!(
        b.sales().revenue.values().sum::<i64>(),
        sale_made.purchase.amount.0
    );
    assert!(matches!(
        run(b.record_sale(Some(id), &sale("-3"))),
        Err(BookError::Purchase(_))
    ));
    assert_eq!(b.sales().table.len(), 1, "a refused amount stores nothing");
}

#[test]
fn void_edit_redeem_and_adjust_keep_the_ledger_right() {
    let b = book();
    let id = add(&b, "Chiku");
    let (first, _) = run(b.record_sale(Some(id.clone()), &sale("100"))).unwrap();
    let (second, _) = run(b.record_sale(Some(id.clone()), &sale("50"))).unwrap();
    run(b.void_purchase(&second.purchase, "rang twice")).unwrap();
    let balance = run(b.loyalty_of(&id)).unwrap().account.balance();
    assert_eq!(balance, first.earned);
    run(b.edit_purchase(&first.purchase, &sale("200"))).unwrap();
    let after_edit = run(b.loyalty_of(&id)).unwrap().account.balance();
    assert!(after_edit > balance);
    run(b.adjust_points(&id, "-1", "goodwill correction")).unwrap();
    assert_eq!(
        run(b.loyalty_of(&id)).unwrap().account.balance(),
        after_edit - 1
    );
    // As typed on an Urdu or Persian keyboard: minus sign and Extended Arabic-Indic digits.
    run(b.adjust_points(&id, "\u{2212}۲", "returned bottle")).unwrap();
    assert_eq!(
        run(b.loyalty_of(&id)).unwrap().account.balance(),
        after_edit - 3
    );
    assert!(matches!(
        run(b.adjust_points(&id, "99999999999999999999", "typo")),
        Err(BookError::Loyalty(
            crate::loyalty::rules::LoyaltyError::PointsTooLarge { .. }
        ))
    ));
    assert!(matches!(
        run(b.redeem(&id, "no-such-reward")),
        Err(BookError::Loyalty(_))
    ));
    assert_eq!(run(b.points_held(&[id])).unwrap(), after_edit - 3);
}

#[test]
fn delete_keeps_takings_anonymous_and_undo_puts_everything_back() {
    let b = book();
    let id = add(&b, "Dalia");
    let mut noted = sale("80");
    noted.note = "for Dalia's mother".into();
    run(b.record_sale(Some(id.clone()), &noted)).unwrap();
    let note = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: "likes oat milk".into(),
        ..InteractionDraft::default()
    };
    run(b.add_interaction(&id, &note)).unwrap();
    let points = run(b.loyalty_of(&id)).unwrap().account.balance();

    let (records, changed) = run(b.delete_customers(std::slice::from_ref(&id))).unwrap();
    assert_eq!(changed.removed, vec![id.clone()]);
    assert!(b.directory().is_empty());
    let takings = b.sales().table.purchase(0);
    assert_eq!(
        (takings.customer.clone(), takings.note.as_str()),
        (None, "")
    );
    assert_eq!(b.sales().revenue.values().sum::<i64>(), 8_000);

    run(b.undo_delete(&records)).unwrap();
    assert_eq!(b.directory().len(), 1);
    assert_eq!(b.purchases_of(&id)[0].note, "for Dalia's mother");
    assert_eq!(run(b.timeline(&id)).unwrap().len(), 1);
    assert_eq!(run(b.loyalty_of(&id)).unwrap().account.balance(), points);
}

#[test]
fn tags_go_on_in_bulk_and_follow_ups_are_done() {
    let b = book();
    let ids = vec![add(&b, "Eshe"), add(&b, "Faraji")];
    run(b.add_tag(&ids, " regular ")).unwrap();
    for id in &ids {
        assert_eq!(run(b.customer(id)).unwrap().unwrap().tags, ["regular"]);
    }
    let changed = run(b.remove_tag(&ids[..1], "REGULAR")).unwrap();
    assert_eq!(changed.customers, [ids[0].clone()]);
    assert!(run(b.customer(&ids[0])).unwrap().unwrap().tags.is_empty());
    assert_eq!(run(b.customer(&ids[1])).unwrap().unwrap().tags, ["regular"]);

    // A field set for a selection, checked as the form checks it; nothing half-done.
    let refused = run(b.set_field(&ids, &BulkField::Language, "Kiswahili please"));
    assert!(matches!(refused, Err(BookError::Invalid(_))));
    run(b.set_field(&ids, &BulkField::Language, "sw")).unwrap();
    for id in &ids {
        assert_eq!(run(b.customer(id)).unwrap().unwrap().language, "sw");
    }
    let due = InteractionDraft {
        kind: Some(InteractionKind::Call),
        text: "call back about the cake".into(),
        due: "2026-11-20".into(),
        ..InteractionDraft::default()
    };
    let (call, _) = run(b.add_interaction(&ids[0], &due)).unwrap();
    let until = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    assert_eq!(run(b.follow_ups_until(until)).unwrap().len(), 1);
    run(b.complete_follow_up(&call)).unwrap();
    assert!(run(b.follow_ups_until(until)).unwrap().is_empty());
    assert_eq!(run(b.timeline(&ids[0])).unwrap().len(), 1);
}

#[test]
fn settings_and_the_programme_are_saved() {
    let b = book();
    run(b.update_settings(|s| s.country = Some("TZ".into()))).unwrap();
    assert_eq!(
        run(b.store().load_settings()).unwrap().country.as_deref(),
        Some("TZ")
    );
    let mut programme = b.programme();
    let based_on = programme.version;
    programme.earn.per_visit = 7;
    programme.version += 1;
    run(b.save_programme(programme, based_on)).unwrap();
    assert_eq!(b.programme().earn.per_visit, 7);
}

#[test]
fn the_starting_programme_is_named_in_the_owners_language_once() {
    use crate::loyalty::StartingNames;
    let b = book();
    let swahili = StartingNames {
        tiers: ["Shaba".into(), "Fedha".into(), "Dhahabu".into()],
        rewards: ["Kahawa bure".into(), "Punguzo la 10%".into()],
    };
    run(b.name_starting_programme(&swahili)).unwrap();
    let stored = run(b.store().load_settings()).unwrap().loyalty;
    assert_eq!(stored.tiers[2].name, "Dhahabu");
    assert_eq!(stored.rewards[0].name, "Kahawa bure");
    assert_eq!(stored.version, crate::loyalty::Programme::default().version);
    // Named once: another language later changes nothing, nor does it touch an owner's
    // own programme.
    let georgian = StartingNames {
        tiers: ["ბრინჯაო".into(), "ვერცხლი".into(), "ოქრო".into()],
        rewards: ["უფასო ყავა".into(), "10% ფასდაკლება".into()],
    };
    run(b.name_starting_programme(&georgian)).unwrap();
    assert_eq!(b.programme().tiers[0].name, "Shaba");
}

#[test]
fn demo_data_loads_with_progress_and_a_day_of_sales_rings_up() {
    let b = book();
    let seen = Cell::new(0);
    run(b.load_demo(60, super::DemoOptions::default(), &|n| seen.set(n))).unwrap();
    assert_eq!((seen.get(), b.directory().len()), (60, 60));
    assert_eq!(b.sales().table.len(), 600);
    let (n, _) = run(b.add_demo_day(&|_| {})).unwrap();
    assert_eq!(b.sales().table.len(), 600 + n);
    let stats = run(b.loyalty_stats(&|_| {})).unwrap();
    assert!(stats.issued > 0);
}
