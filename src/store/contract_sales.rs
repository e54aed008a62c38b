//! The `Store` contract for purchases and loyalty ledgers (see `contract`).

use super::contract::customer;
use super::{Store, StoreError};
use crate::domain::purchase::Void;
use crate::domain::{CustomerId, Money, Purchase};
use crate::loyalty::{EntryKind, LedgerEntry};
use crate::sales::{PurchaseTable, CHUNK_ROWS};

const T0: i64 = 1_795_000_000_000;

pub(super) fn sale(id: &str, customer: Option<&str>, at_ms: i64, amount: i64) -> Purchase {
    Purchase {
        id: id.into(),
        customer: customer.map(Into::into),
        at_ms,
        amount: Money(amount),
        categories: vec!["coffee".into()],
        note: String::new(),
        void: None,
    }
}

fn entry(id: &str, customer: &str, at_ms: i64, points: i64, kind: EntryKind) -> LedgerEntry {
    LedgerEntry {
        id: id.into(),
        customer: customer.into(),
        at_ms,
        points,
        kind,
        programme_version: 1,
    }
}

pub(super) fn earn(id: &str, customer: &str, purchase: &str, points: i64) -> LedgerEntry {
    let kind = EntryKind::Earn {
        purchase: purchase.into(),
    };
    entry(id, customer, T0, points, kind)
}

pub(super) fn redeem(id: &str, customer: &str, cost: i64) -> LedgerEntry {
    let kind = EntryKind::Redeem {
        reward: "coffee".into(),
        name: "Free coffee".into(),
    };
    entry(id, customer, T0 + 10, -cost, kind)
}

pub(super) async fn all_purchases<S: Store>(store: &S) -> Vec<Purchase> {
    let mut table = PurchaseTable::default();
    store
        .load_purchases(&mut |chunk| table.extend_from_chunk(&chunk))
        .await
        .unwrap();
    (0..table.len()).map(|r| table.purchase(r)).collect()
}

fn balance(ledger: &[LedgerEntry]) -> i64 {
    ledger.iter().map(|e| e.points).sum()
}

pub async fn run_all<S: Store>(store: &S) {
    sales_append_across_chunks_in_order(store).await;
    redemptions_never_overdraw(store).await;
    voids_replace_and_reverse(store).await;
    erasure_keeps_takings_and_undo_relinks(store).await;
}

async fn sales_append_across_chunks_in_order<S: Store>(store: &S) {
    let before = all_purchases(store).await.len();
    let first: Vec<_> = (0..CHUNK_ROWS + 10)
        .map(|i| {
            sale(
                &format!("bulk-{i:05}"),
                (i % 3 != 0).then_some("s1"),
                T0 + i as i64,
                100,
            )
        })
        .collect();
    store.record(&first, &[]).await.unwrap();
    let one = sale("counter-1", Some("s1"), T0 + 99_999, 250);
    store
        .record(
            std::slice::from_ref(&one),
            &[earn("e1", "s1", "counter-1", 7)],
        )
        .await
        .unwrap();
    let all = all_purchases(store).await;
    assert_eq!(all.len(), before + first.len() + 1);
    assert_eq!(
        &all[before..before + first.len()],
        &first[..],
        "in order, every field"
    );
    assert_eq!(all.last(), Some(&one));
    let ledger = store.ledger(&"s1".into()).await.unwrap();
    assert_eq!(ledger, [earn("e1", "s1", "counter-1", 7)]);
    assert!(store.ledger(&"nobody".into()).await.unwrap().is_empty());
}

async fn redemptions_never_overdraw<S: Store>(store: &S) {
    let s2 = "s2";
    store
        .record(
            &[sale("r-p1", Some(s2), T0, 5_000)],
            &[earn("r-e1", s2, "r-p1", 120)],
        )
        .await
        .unwrap();
    store.record(&[], &[redeem("r-e2", s2, 100)]).await.unwrap();
    let purchases = all_purchases(store).await.len();
    // A sale in the same call as an overdraft is not written either.
    let refused = store
        .record(
            &[sale("r-p2", Some(s2), T0, 100)],
            &[redeem("r-e3", s2, 100)],
        )
        .await;
    assert_eq!(refused, Err(StoreError::NotEnoughPoints { balance: 20 }));
    assert_eq!(all_purchases(store).await.len(), purchases);
    let ledger = store.ledger(&s2.into()).await.unwrap();
    assert_eq!(ledger.len(), 2);
    assert_eq!(balance(&ledger), 20);
}

async fn voids_replace_and_reverse<S: Store>(store: &S) {
    let s3 = "s3";
    let p = sale("v-p1", Some(s3), T0, 3_000);
    store
        .record(std::slice::from_ref(&p), &[earn("v-e1", s3, "v-p1", 35)])
        .await
        .unwrap();
    let mut voided = p.clone();
    voided.void = Some(Void {
        at_ms: T0 + 60_000,
        reason: "rang up twice".into(),
    });
    let reversal = entry(
        "v-e2",
        s3,
        T0 + 60_000,
        -35,
        EntryKind::Reverse {
            purchase: "v-p1".into(),
            reason: "rang up twice".into(),
        },
    );
    store
        .update_purchase(&voided, std::slice::from_ref(&reversal))
        .await
        .unwrap();
    let all = all_purchases(store).await;
    assert_eq!(
        all.iter().filter(|x| x.id == p.id).collect::<Vec<_>>(),
        [&voided]
    );
    assert_eq!(balance(&store.ledger(&s3.into()).await.unwrap()), 0);

    let ghost = sale("never-stored", Some(s3), T0, 1);
    let extra = earn("v-e3", s3, "never-stored", 5);
    assert_eq!(
        store.update_purchase(&ghost, &[extra]).await,
        Err(StoreError::NotFound)
    );
    assert_eq!(
        store.ledger(&s3.into()).await.unwrap().len(),
        2,
        "nothing appended"
    );
}

async fn erasure_keeps_takings_and_undo_relinks<S: Store>(store: &S) {
    let who = customer("erase-me", "Wanjiru Kamau");
    store
        .put_batch(std::slice::from_ref(&who), &[])
        .await
        .unwrap();
    let mut noted = sale("x-p2", Some("erase-me"), T0 + 5, 900);
    noted.note = "for Wanjiru's sister".into();
    let theirs = [sale("x-p1", Some("erase-me"), T0, 700), noted];
    let entries = [
        earn("x-e1", "erase-me", "x-p1", 12),
        earn("x-e2", "erase-me", "x-p2", 14),
    ];
    store.record(&theirs, &entries).await.unwrap();
    let takings = |all: &[Purchase]| all.iter().map(|p| p.amount.0).sum::<i64>();
    let before = all_purchases(store).await;

    let removed = store
        .delete_customers(std::slice::from_ref(&who.id))
        .await
        .unwrap();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].ledger.len(), 2);
    let mut kept: Vec<_> = removed[0].purchases.clone();
    kept.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(kept, theirs, "the undo holds their purchases as they were");
    let after = all_purchases(store).await;
    assert_eq!(takings(&after), takings(&before), "the shop's takings stay");
    let erased: CustomerId = "erase-me".into();
    assert!(after.iter().all(|p| p.customer.as_ref() != Some(&erased)));
    let anonymous = after.iter().find(|p| p.id.as_str() == "x-p2").unwrap();
    assert_eq!(anonymous.note, "", "a note can name the person: it goes");
    assert!(store.ledger(&erased).await.unwrap().is_empty());

    store.restore(&removed).await.unwrap();
    assert_eq!(all_purchases(store).await, before);
    assert_eq!(store.ledger(&erased).await.unwrap().len(), 2);
    assert_eq!(store.get_customer(&erased).await.unwrap(), Some(who));

    let mut seen = Vec::new();
    store
        .load_ledgers(&mut |page| seen.extend(page.into_iter().map(|(id, l)| (id, balance(&l)))))
        .await
        .unwrap();
    assert!(seen.contains(&(erased, 26)));
    assert!(seen.contains(&("s2".into(), 20)));
}
