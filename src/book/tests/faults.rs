//! The failing paths: a store that fails a write (a full disk), and damaged records.
//! After each failure the store and the book's memory are as they were.

use super::{add, draft, host, run, sale, tab_on};
use crate::book::{set_aside_export, Book, BookError};
use crate::store::faulty::FaultyStore;
use crate::store::memory::MemoryStore;
use crate::store::{RawRecord, Store, StoreError};
use std::rc::Rc;

fn full() -> StoreError {
    StoreError::QuotaExceeded("test: disk full".into())
}

fn faulty() -> Book<FaultyStore<MemoryStore>> {
    let b = Book::new(FaultyStore::new(MemoryStore::new()), host());
    run(b.open(&mut |_| {})).unwrap();
    b
}

fn is_full<T: std::fmt::Debug>(r: Result<T, BookError>) -> bool {
    matches!(r, Err(BookError::Store(StoreError::QuotaExceeded(_))))
}

#[test]
fn a_full_disk_on_a_single_save_leaves_everything_as_it_was() {
    let b = faulty();
    let (kept, _) = run(b.save_customer(&draft("Amina"), None)).unwrap();
    b.store().fail_write(0, full());
    assert!(is_full(run(b.save_customer(&draft("Baraka"), None))));
    assert_eq!(b.directory().len(), 1);
    let mut stored = Vec::new();
    run(b.store().load_customers(&mut |p| stored.extend(p))).unwrap();
    assert_eq!(stored, vec![kept]);
    // Once space is free again the same save goes through.
    run(b.save_customer(&draft("Baraka"), None)).unwrap();
    assert_eq!(b.directory().len(), 2);
}

#[test]
fn a_full_disk_at_the_counter_keeps_takings_and_points_unchanged() {
    let b = faulty();
    let (c, _) = run(b.save_customer(&draft("Chiku"), None)).unwrap();
    run(b.record_sale(Some(c.id.clone()), &sale("100"))).unwrap();
    let balance = run(b.loyalty_of(&c.id)).unwrap().account.balance();
    for failing in [0, 0, 0] {
        b.store().fail_write(failing, full());
        let r = match failing {
            _ if b.sales().table.len() == 1 => {
                run(b.record_sale(Some(c.id.clone()), &sale("30"))).map(|_| ())
            }
            _ => Ok(()),
        };
        assert!(is_full(r));
    }
    b.store().fail_write(0, full());
    assert!(is_full(run(b.adjust_points(&c.id, "5", "birthday"))));
    let first = b.sales().table.purchase(0);
    b.store().fail_write(0, full());
    assert!(is_full(run(b.void_purchase(&first, "mistake"))));
    assert_eq!(b.sales().table.len(), 1);
    assert!(b.sales().table.purchase(0).void.is_none());
    assert_eq!(run(b.loyalty_of(&c.id)).unwrap().account.balance(), balance);
}

#[test]
fn a_full_disk_midway_through_bulk_work_writes_none_of_it() {
    let b = faulty();
    let ids: Vec<_> = ["Dalia", "Eshe", "Faraji"]
        .iter()
        .map(|n| run(b.save_customer(&draft(n), None)).unwrap().0.id)
        .collect();
    b.store().fail_write(0, full());
    assert!(is_full(run(b.add_tag(&ids, "vip"))));
    for id in &ids {
        assert!(run(b.customer(id)).unwrap().unwrap().tags.is_empty());
    }
    b.store().fail_write(0, full());
    assert!(is_full(run(b.delete_customers(&ids))));
    assert_eq!(
        b.directory().len(),
        3,
        "nobody deleted on screen or on disk"
    );
    assert!(run(b.customer(&ids[0])).unwrap().is_some());
    // Demo data in batches: the batch that fails is not written; earlier ones stay whole.
    b.store().fail_write(1, full());
    assert!(is_full(run(b.load_demo(
        12_000,
        Default::default(),
        &|_| {}
    ))));
    let mut n = 0;
    run(b.store().load_customers(&mut |p| n += p.len())).unwrap();
    assert_eq!(
        n,
        3 + 5_000,
        "the first batch whole, the failed one not at all"
    );
    assert_eq!(b.directory().len(), n, "the list shows what is stored");
    let mut sold = 0;
    run(b.store().load_purchases(&mut |c| sold += c.len())).unwrap();
    assert_eq!(b.sales().table.len(), sold, "and the sales what is stored");
}

#[test]
fn a_full_disk_on_settings_keeps_the_old_ones() {
    let b = faulty();
    b.store().fail_write(0, full());
    assert!(is_full(run(
        b.update_settings(|s| s.country = Some("KE".into()))
    )));
    assert_eq!(b.settings().country, None);
    assert_eq!(run(b.store().load_settings()).unwrap().country, None);
}

#[test]
fn damaged_records_are_set_aside_and_the_book_opens() {
    let store = Rc::new(MemoryStore::new());
    let a = tab_on(&store);
    let good = add(&a, "Amina");
    let bad = add(&a, "Baraka");
    run(a.record_sale(Some(good.clone()), &sale("10"))).unwrap();
    run(a.update_settings(|s| s.country = Some("TZ".into()))).unwrap();
    store.put_raw(RawRecord::Customer(bad), b"\xff{not json".to_vec());
    store.put_raw(RawRecord::Settings, b"{\"country\": 7".to_vec());
    store.put_raw(RawRecord::Ledger(good.clone()), vec![1, 2, 3]);

    let reopened = Book::new(store.clone(), host());
    let changed = run(reopened.open(&mut |_| {})).unwrap();
    run(reopened.load_sales()).unwrap();
    assert!(changed.set_aside);
    assert_eq!(reopened.directory().len(), 1, "the readable customer opens");
    assert_eq!(
        reopened.settings().country,
        None,
        "defaults, the damaged ones kept"
    );
    assert_eq!(
        run(reopened.loyalty_of(&good)).unwrap().account.balance(),
        0
    );
    let kept = run(reopened.set_aside()).unwrap();
    assert_eq!(kept.len(), 3);
    let export = set_aside_export(&kept);
    assert!(export.contains("karibu-set-aside") && export.contains("\"settings\""));
    // Work goes on, and the quarantine is emptied only when the owner says so.
    run(reopened.record_sale(Some(good), &sale("5"))).unwrap();
    run(reopened.update_settings(|s| s.country = Some("KE".into()))).unwrap();
    assert_eq!(run(reopened.set_aside()).unwrap().len(), 3);
    run(reopened.discard_set_aside()).unwrap();
    assert_eq!(reopened.set_aside_count(), 0);
}

#[test]
fn a_damaged_purchase_chunk_costs_only_its_purchases() {
    let store = Rc::new(MemoryStore::new());
    let a = tab_on(&store);
    let id = add(&a, "Chiku");
    run(a.record_sale(Some(id.clone()), &sale("10"))).unwrap();
    store.put_raw(RawRecord::PurchaseChunk(0), vec![9; 40]);
    let b = tab_on(&store);
    assert_eq!(b.sales().table.len(), 0);
    assert_eq!(b.set_aside_count(), 1, "counted as soon as sales load");
    assert!(run(b.load_sales()).unwrap().sales);
    run(b.record_sale(Some(id), &sale("20"))).unwrap();
    assert_eq!(b.sales().table.len(), 1);
}
