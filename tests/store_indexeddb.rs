//! The IndexedDB store in headless Chromium: the shared store contract, the migration
//! from schema version 1, a bulk write of 100,000 customers and one of 1,000,000
//! purchases (their figures are printed to the console).
//! Run with `cargo test --target wasm32-unknown-unknown --test store_indexeddb`.
#![cfg(target_arch = "wasm32")]

use karibu::demo::DemoGenerator;
use karibu::store::contract::{self, customer, note};
use karibu::store::indexeddb::IdbStore;
use karibu::store::Store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database no other test uses, so tests never see each other's data.
fn db_name(test: &str) -> String {
    format!("karibu-test-{test}-{}", js_sys::Math::random())
}

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
async fn indexeddb_store_keeps_the_contract() {
    let store = IdbStore::open(&db_name("contract")).await.unwrap();
    contract::run_all(&store).await;
}

#[wasm_bindgen_test]
async fn version_1_data_survives_the_upgrade() {
    let name = db_name("migration");
    let v1 = IdbStore::open_at(&name, 1).await.unwrap();
    let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
    let customers = vec![
        customer("c1", "Amina Odhiambo"),
        customer("c2", "Zoë Wanjiru"),
    ];
    let timeline = vec![
        note("c1", "n1", 10, None),
        note("c1", "n2", 20, Some(due)),
        note("c2", "n3", 30, Some(due)),
    ];
    v1.put_as_v1(&customers, &timeline).await.unwrap();
    v1.close();

    let current = IdbStore::open(&name).await.unwrap();
    let mut loaded = Vec::new();
    current
        .load_customers(&mut |page| loaded.extend(page))
        .await
        .unwrap();
    assert_eq!(loaded, customers, "every customer and field survives");
    assert_eq!(current.timeline(&"c1".into()).await.unwrap().len(), 2);
    let mut sales = 0;
    current
        .load_purchases(&mut |chunk| sales += chunk.len())
        .await
        .unwrap();
    assert_eq!(
        sales, 0,
        "the purchase stores exist, empty, after the upgrade"
    );
    let due_list = current.follow_ups_until(due).await.unwrap();
    assert_eq!(
        due_list.len(),
        2,
        "follow-ups written under v1 appear on the Today list"
    );
    current.close();

    // Opening again does not run the data migration twice.
    let again = IdbStore::open(&name).await.unwrap();
    assert_eq!(again.follow_ups_until(due).await.unwrap().len(), 2);
}

#[wasm_bindgen_test]
async fn bulk_write_of_100_000_customers_loads_back() {
    const TOTAL: usize = 100_000;
    const BATCH: usize = 10_000;
    let store = IdbStore::open(&db_name("bulk")).await.unwrap();
    let mut generator = DemoGenerator::new(2026, 1_795_000_000_000);
    let started = now_ms();
    for _ in 0..TOTAL / BATCH {
        let batch = generator.batch(BATCH);
        store
            .put_batch(&batch.customers, &batch.interactions)
            .await
            .unwrap();
    }
    let written = now_ms();
    let mut count = 0;
    let n = store
        .load_customers(&mut |page| count += page.len())
        .await
        .unwrap();
    let read = now_ms();
    assert_eq!((n, count), (TOTAL, TOTAL));
    web_sys::console::log_1(
        &format!(
            "bulk: wrote {TOTAL} customers (with timelines) in {:.0} ms, read back in {:.0} ms",
            written - started,
            read - written
        )
        .into(),
    );
}

#[wasm_bindgen_test]
async fn a_million_purchases_load_back_after_reopening_and_take_a_day_of_sales() {
    use karibu::domain::PurchaseId;
    use karibu::loyalty::{EntryKind, LedgerEntry};
    use karibu::sales::PurchaseTable;
    const TOTAL: usize = 1_000_000;
    const BATCH: usize = 100_000;
    let name = db_name("million");
    let store = IdbStore::open(&name).await.unwrap();
    let mut generator = DemoGenerator::new(7, 1_795_000_000_000);
    let people = generator.batch(5_000).customers;
    store.put_batch(&people, &[]).await.unwrap();
    let customers: Vec<_> = people.iter().map(|c| c.id.clone()).collect();
    let all = generator.purchases(&customers, TOTAL);
    let expected_total: i64 = all.iter().map(|p| p.amount.0).sum();
    let started = now_ms();
    for batch in all.chunks(BATCH) {
        store.record(batch, &[]).await.unwrap();
    }
    let written = now_ms();
    let old = all[1234].clone();
    drop(all);
    store.close();

    // A reload: a fresh connection reads everything back into the in-memory table.
    let opened = now_ms();
    let store = IdbStore::open(&name).await.unwrap();
    let mut table = PurchaseTable::default();
    let n = store
        .load_purchases(&mut |chunk| table.extend_from_chunk(&chunk))
        .await
        .unwrap();
    let loaded = now_ms();
    assert_eq!((n, table.len()), (TOTAL, TOTAL));
    assert_eq!(table.amount.iter().sum::<i64>(), expected_total);

    // A day at the counter: ~1,370 sales (a million over two years), each its own
    // transaction with the points it earned, as the counter records them.
    let day = generator.purchases(&customers, 1_370);
    let day_started = now_ms();
    for (i, p) in day.iter().enumerate() {
        let entries: Vec<LedgerEntry> = p
            .customer
            .iter()
            .map(|c| LedgerEntry {
                id: format!("day-{i}").as_str().into(),
                customer: c.clone(),
                at_ms: p.at_ms,
                points: 5,
                kind: EntryKind::Earn {
                    purchase: p.id.clone(),
                },
                programme_version: 1,
            })
            .collect();
        store
            .record(std::slice::from_ref(p), &entries)
            .await
            .unwrap();
    }
    let day_done = now_ms();

    // Voiding a purchase from two years ago finds its chunk by id range.
    let mut voided = old.clone();
    voided.void = Some(karibu::domain::purchase::Void {
        at_ms: 1_795_000_000_000,
        reason: "test".into(),
    });
    let void_started = now_ms();
    store.update_purchase(&voided, &[]).await.unwrap();
    let void_done = now_ms();
    let mut again = PurchaseTable::default();
    store
        .load_purchases(&mut |chunk| again.extend_from_chunk(&chunk))
        .await
        .unwrap();
    assert_eq!(again.len(), TOTAL + day.len());
    let row = again.row_of(&PurchaseId(old.id.0.clone())).unwrap();
    assert_eq!(again.purchase(row), voided);

    // Erasing one customer scans every chunk for their purchases (kept as walk-ins).
    let who = customers[0].clone();
    let theirs = again.purchases_of(&who).len();
    let erase_started = now_ms();
    let removed = store
        .delete_customers(std::slice::from_ref(&who))
        .await
        .unwrap();
    let erase_done = now_ms();
    assert_eq!(removed[0].purchases.len(), theirs);
    // A usual customer: few purchases, so most chunks are skipped without decoding.
    let usual = customers[4_999].clone();
    let usual_count = again.purchases_of(&usual).len();
    let usual_started = now_ms();
    let removed = store
        .delete_customers(std::slice::from_ref(&usual))
        .await
        .unwrap();
    let usual_done = now_ms();
    assert_eq!(removed[0].purchases.len(), usual_count);

    let bytes: usize = store
        .bytes_stored()
        .await
        .unwrap()
        .into_iter()
        .filter(|(name, _)| name.starts_with("purchase"))
        .map(|(_, b)| b)
        .sum();
    web_sys::console::log_1(
        &format!(
            "purchases: wrote {TOTAL} in {:.0} ms; after reopening, loaded all in {:.0} ms; \
             a day of {} sales one at a time in {:.0} ms ({:.1} ms each); void of an old \
             purchase {:.0} ms; erasing a customer with {theirs} purchases {:.0} ms, one with \
             {usual_count} {:.0} ms; \
             stored {:.1} MB ({:.1} bytes a purchase)",
            written - started,
            loaded - opened,
            day.len(),
            day_done - day_started,
            (day_done - day_started) / day.len() as f64,
            void_done - void_started,
            erase_done - erase_started,
            usual_done - usual_started,
            bytes as f64 / 1e6,
            bytes as f64 / TOTAL as f64,
        )
        .into(),
    );
}
