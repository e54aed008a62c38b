//! The whole book at once, as a backup reads it and a restore replaces it: part of the
//! `contract` every store keeps.

use super::{Settings, Store};
use crate::backup::BookContent;
use crate::demo::{demo_ledgers, DemoGenerator};
use crate::domain::{CustomerId, Purchase};
use crate::loyalty::{LedgerEntry, Programme};
use crate::sales::{PurchaseChunk, CHUNK_ROWS};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

const NOW: i64 = 1_796_000_000_000;

/// Everything the store holds, sorted so two reads compare equal.
pub async fn read_whole_book<S: Store>(store: &S) -> BookContent {
    let mut content = BookContent {
        settings: store.load_settings().await.unwrap(),
        ..BookContent::default()
    };
    store
        .load_customers(&mut |page| content.customers.extend(page))
        .await
        .unwrap();
    store
        .load_interactions(&mut |page| content.interactions.extend(page))
        .await
        .unwrap();
    store
        .load_purchases(&mut |chunk| content.purchases.push(chunk))
        .await
        .unwrap();
    store
        .load_ledgers(&mut |page| content.ledgers.extend(page))
        .await
        .unwrap();
    content.customers.sort_by(|a, b| a.id.cmp(&b.id));
    content.interactions.sort_by(|a, b| a.id.cmp(&b.id));
    content.ledgers.sort_by(|a, b| a.0.cmp(&b.0));
    content
}

fn purchases(content: &BookContent) -> Vec<Purchase> {
    content
        .purchases
        .iter()
        .flat_map(|c| c.rows().iter().map(|r| c.purchase(r)))
        .collect()
}

/// A demo book as a backup holds it: `customers` with their timelines, `purchases` in
/// stored chunks with the ledgers they earn, and settings for `country`; sorted as
/// `read_whole_book` sorts.
pub fn demo_content(seed: u64, customers: usize, purchases: usize, country: &str) -> BookContent {
    let mut demo = DemoGenerator::new(seed, NOW);
    let batch = demo.batch(customers);
    let ids: Vec<_> = batch.customers.iter().map(|c| c.id.clone()).collect();
    let sales = demo.purchases(&ids, purchases);
    let entries = demo_ledgers(
        &Programme::default(),
        &sales,
        &HashMap::new(),
        &mut rand::thread_rng(),
    );
    let mut ledgers: BTreeMap<CustomerId, Vec<LedgerEntry>> = BTreeMap::new();
    for e in entries {
        ledgers.entry(e.customer.clone()).or_default().push(e);
    }
    let mut content = BookContent {
        settings: Settings {
            country: Some(country.into()),
            ..Settings::default()
        },
        customers: batch.customers,
        interactions: batch.interactions,
        purchases: sales
            .chunks(CHUNK_ROWS)
            .map(PurchaseChunk::from_purchases)
            .collect(),
        ledgers: ledgers.into_iter().collect(),
    };
    content.customers.sort_by(|a, b| a.id.cmp(&b.id));
    content.interactions.sort_by(|a, b| a.id.cmp(&b.id));
    content
}

fn same_book(read: &BookContent, expected: &BookContent) {
    assert_eq!(read.customers, expected.customers, "customers");
    assert_eq!(read.interactions, expected.interactions, "interactions");
    assert_eq!(purchases(read), purchases(expected), "purchases, in order");
    assert_eq!(read.ledgers, expected.ledgers, "ledgers");
    let without_revision = |s: &Settings| Settings {
        revision: 0,
        ..s.clone()
    };
    assert_eq!(
        without_revision(&read.settings),
        without_revision(&expected.settings)
    );
}

pub async fn run_all<S: Store>(store: &S) {
    let before = read_whole_book(store).await;
    assert!(!before.customers.is_empty() && !before.purchases.is_empty());
    let generations = store.generations().await.unwrap();

    let other = demo_content(99, 1_200, CHUNK_ROWS + 300, "GE");
    store.replace_book(&other).await.unwrap();
    let restored = read_whole_book(store).await;
    same_book(&restored, &other);
    let after = store.generations().await.unwrap();
    assert!(after.customers > generations.customers);
    assert!(after.sales > generations.sales);
    assert!(after.settings > generations.settings);
    assert!(
        restored.settings.revision > before.settings.revision,
        "a tab holding the old settings cannot save over the restored ones"
    );
    let far = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap();
    let mut due: Vec<_> = store.follow_ups_until(far).await.unwrap();
    let mut expected_due: Vec<_> = other
        .interactions
        .iter()
        .filter(|i| i.due.is_some() && !i.done)
        .cloned()
        .collect();
    due.sort_by(|a, b| a.id.cmp(&b.id));
    expected_due.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(
        due, expected_due,
        "follow-ups follow the restored timelines"
    );

    // The restored book takes edits where it now stores each customer.
    let mut edited = restored.customers[700].clone();
    edited.about = "edited after the restore".into();
    store.save_customer(&edited).await.unwrap();
    let id = &edited.id;
    assert_eq!(
        store.get_customer(id).await.unwrap().unwrap().about,
        "edited after the restore"
    );

    // And the first book comes back whole.
    store.replace_book(&before).await.unwrap();
    same_book(&read_whole_book(store).await, &before);
    assert_eq!(store.get_customer(id).await.unwrap(), None);
}
