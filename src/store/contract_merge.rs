//! The `Store` contract for merging customers and undoing it (see `contract`).

use super::contract::{customer, note};
use super::contract_sales::{all_purchases, earn, redeem, sale};
use super::{Store, StoreError};
use crate::domain::{CustomerId, Purchase};
use chrono::NaiveDate;

const T0: i64 = 1_795_000_000_000;

fn theirs(all: &[Purchase], who: &str) -> Vec<String> {
    let who = CustomerId::from(who);
    let mut ids: Vec<String> = all
        .iter()
        .filter(|p| p.customer.as_ref() == Some(&who))
        .map(|p| p.id.as_str().to_owned())
        .collect();
    ids.sort();
    ids
}

pub async fn run_all<S: Store>(store: &S) {
    let keep = customer("m-keep", "Amina W.");
    let mut other = customer("m-other", "Amina Wanjiru");
    other.emails = vec!["amina@example.org".into()];
    store
        .put_batch(&[keep.clone(), other.clone()], &[])
        .await
        .unwrap();
    let due = NaiveDate::from_ymd_opt(2026, 12, 24);
    store
        .save_interaction(&note("m-other", "m-n1", T0, due))
        .await
        .unwrap();
    store
        .save_interaction(&note("m-keep", "m-n2", T0 + 1, None))
        .await
        .unwrap();
    let mut noted = sale("m-p2", Some("m-other"), T0 + 2, 900);
    noted.note = "birthday cake".into();
    let sales = [sale("m-p1", Some("m-keep"), T0, 500), noted];
    let entries = [
        earn("m-e1", "m-keep", "m-p1", 5),
        earn("m-e2", "m-other", "m-p2", 9),
    ];
    store.record(&sales, &entries).await.unwrap();
    let before = all_purchases(store).await;
    let keep = store.get_customer(&keep.id).await.unwrap().unwrap();

    let mut stale = keep.clone();
    stale.revision += 7;
    let refused = store
        .merge_customers(&stale, std::slice::from_ref(&other))
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict { .. })),
        "{refused:?}"
    );
    assert!(store.get_customer(&other.id).await.unwrap().is_some());

    let mut one = keep.clone();
    one.name = other.name.clone();
    one.emails = other.emails.clone();
    // Another tab's edit of the record to absorb, after the owner read it: refused.
    let mut edited = other.clone();
    edited.tags.push("vip".into());
    let edited = store.save_customer(&edited).await.unwrap();
    let refused = store
        .merge_customers(&one, std::slice::from_ref(&other))
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict { .. })),
        "{refused:?}"
    );
    assert_eq!(
        store.get_customer(&keep.id).await.unwrap(),
        Some(keep.clone())
    );
    let other = edited;

    let (merged, removed) = store
        .merge_customers(&one, &[other.clone(), other.clone(), keep.clone()])
        .await
        .unwrap();
    assert_eq!(removed.len(), 1, "once each, never the survivor");
    assert_eq!(removed[0].customer, other);
    assert_eq!(
        Some(&merged),
        store.get_customer(&keep.id).await.unwrap().as_ref()
    );
    assert_eq!(merged.display_name(), "Amina Wanjiru");
    assert_eq!(merged.revision, keep.revision + 1);
    assert_eq!(store.get_customer(&other.id).await.unwrap(), None);

    let timeline = store.timeline(&keep.id).await.unwrap();
    let mut notes: Vec<&str> = timeline.iter().map(|i| i.id.as_str()).collect();
    notes.sort();
    assert_eq!(notes, ["m-n1", "m-n2"]);
    assert!(timeline.iter().all(|i| i.customer_id == keep.id));
    assert!(store.timeline(&other.id).await.unwrap().is_empty());
    let far = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap();
    let follow_up = store.follow_ups_until(far).await.unwrap();
    let follow_up = follow_up.iter().find(|i| i.id.as_str() == "m-n1").unwrap();
    assert_eq!(follow_up.customer_id, keep.id, "the follow-up moved too");

    let ledger = store.ledger(&keep.id).await.unwrap();
    assert_eq!(
        ledger.iter().map(|e| e.points).sum::<i64>(),
        14,
        "points add up"
    );
    assert!(ledger.iter().all(|e| e.customer == keep.id));
    assert!(store.ledger(&other.id).await.unwrap().is_empty());

    let after = all_purchases(store).await;
    assert_eq!(after.len(), before.len());
    assert_eq!(theirs(&after, "m-keep"), ["m-p1", "m-p2"]);
    let cake = after.iter().find(|p| p.id.as_str() == "m-p2").unwrap();
    assert_eq!(
        cake.note, "birthday cake",
        "a merge keeps what a delete drops"
    );
    let mut again = other.clone();
    again.revision = 0;
    assert_eq!(
        store.save_customer(&again).await,
        Err(StoreError::Deleted),
        "the absorbed record cannot come back by another tab's save"
    );

    // A moved sale voided since: the undo would bring it back, so it is refused.
    let mut as_was = keep.clone();
    as_was.revision = merged.revision;
    let mut voided = after
        .iter()
        .find(|p| p.id.as_str() == "m-p2")
        .unwrap()
        .clone();
    let unvoided = voided.clone();
    voided.void = Some(crate::domain::purchase::Void {
        at_ms: T0 + 3,
        reason: "wrong till".into(),
    });
    store.update_purchase(&voided, &[]).await.unwrap();
    let refused = store.unmerge(&as_was, &removed).await;
    assert!(
        matches!(refused, Err(StoreError::Conflict { .. })),
        "{refused:?}"
    );
    store.update_purchase(&unvoided, &[]).await.unwrap();
    // The points that came with them spent since: the undo is refused, changing nothing.
    store
        .record(&[], &[redeem("m-e3", "m-keep", 12)])
        .await
        .unwrap();
    let refused = store.unmerge(&as_was, &removed).await;
    assert!(
        matches!(refused, Err(StoreError::NotEnoughPoints { .. })),
        "{refused:?}"
    );
    assert_eq!(store.get_customer(&other.id).await.unwrap(), None);
    store
        .record(&[], &[earn("m-e4", "m-keep", "m-p1", 12)])
        .await
        .unwrap();

    store.unmerge(&as_was, &removed).await.unwrap();
    let restored = store.get_customer(&keep.id).await.unwrap().unwrap();
    assert_eq!(restored.name, keep.name);
    assert!(restored.emails.is_empty());
    assert_eq!(
        store.get_customer(&other.id).await.unwrap(),
        Some(other.clone())
    );
    assert_eq!(
        all_purchases(store).await,
        before,
        "every purchase as it was"
    );
    let mut own: Vec<i64> = store
        .ledger(&keep.id)
        .await
        .unwrap()
        .iter()
        .map(|e| e.points)
        .collect();
    own.sort();
    assert_eq!(own, [-12, 5, 12], "their points went back with them");
    assert_eq!(store.ledger(&other.id).await.unwrap().len(), 1);
    let back = store.timeline(&other.id).await.unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].customer_id, other.id);
    assert_eq!(store.timeline(&keep.id).await.unwrap().len(), 1);
    let follow_up = store.follow_ups_until(far).await.unwrap();
    let follow_up = follow_up.iter().find(|i| i.id.as_str() == "m-n1").unwrap();
    assert_eq!(follow_up.customer_id, other.id);
    let follow_ups_of_keep = store
        .follow_ups_until(far)
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.customer_id == keep.id)
        .count();
    assert_eq!(
        follow_ups_of_keep, 0,
        "no follow-up left behind on the survivor"
    );
    let _ = restored;
    note_edited_after_the_merge_refuses_its_undo(store).await;
}

async fn note_edited_after_the_merge_refuses_its_undo<S: Store>(store: &S) {
    let keep = customer("m2-keep", "Juma");
    let other = customer("m2-other", "Juma O.");
    store
        .put_batch(&[keep.clone(), other.clone()], &[])
        .await
        .unwrap();
    let due = NaiveDate::from_ymd_opt(2026, 12, 24);
    store
        .save_interaction(&note("m2-other", "m2-n1", T0, due))
        .await
        .unwrap();
    let gone = customer("m2-gone", "Juma Otieno");
    store
        .put_batch(std::slice::from_ref(&gone), &[])
        .await
        .unwrap();
    store
        .delete_customers(std::slice::from_ref(&gone.id))
        .await
        .unwrap();
    assert_eq!(
        store.merge_customers(&keep, &[other.clone(), gone]).await,
        Err(StoreError::Deleted),
        "a record deleted meanwhile refuses the merge"
    );
    assert_eq!(
        store.get_customer(&other.id).await.unwrap(),
        Some(other.clone())
    );

    let (merged, removed) = store
        .merge_customers(&keep, std::slice::from_ref(&other))
        .await
        .unwrap();
    let mut moved = store.timeline(&keep.id).await.unwrap().remove(0);
    moved.done = true;
    store.save_interaction(&moved).await.unwrap();
    let mut as_was = keep.clone();
    as_was.revision = merged.revision;
    let refused = store.unmerge(&as_was, &removed).await;
    assert!(
        matches!(refused, Err(StoreError::Conflict { .. })),
        "{refused:?}"
    );
    assert_eq!(
        store.get_customer(&other.id).await.unwrap(),
        None,
        "nothing undone"
    );
    assert_eq!(store.timeline(&keep.id).await.unwrap().len(), 1);
}
