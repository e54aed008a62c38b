//! The `Store` contract for what goes wrong: a tab working from a deleted customer or an
//! old revision, damaged records, and the generations tabs catch up with. Run on a
//! fresh store, natively on `MemoryStore` and in Chromium on IndexedDB.

use super::contract::{customer, note};
use super::{RawRecord, Settings, Store, StoreError, StoredKind};
use crate::domain::{Money, Purchase};
use crate::loyalty::{EntryKind, LedgerEntry};

const T0: i64 = 1_795_000_000_000;
/// Bytes no decoder accepts: not JSON, not a chunk.
const GARBAGE: &[u8] = &[0xde, 0xad, 0xbe, 0xef, 0x00, 0x7b];

/// Lets tests overwrite a stored record with damaged bytes.
#[allow(async_fn_in_trait)]
pub trait Damage {
    async fn put_raw(&self, record: RawRecord, bytes: Vec<u8>);
}

fn sale(id: &str, customer: &str, amount: i64) -> Purchase {
    Purchase {
        id: id.into(),
        customer: Some(customer.into()),
        at_ms: T0,
        amount: Money(amount),
        categories: vec![],
        note: String::new(),
        void: None,
    }
}

fn earn(id: &str, customer: &str, points: i64) -> LedgerEntry {
    LedgerEntry {
        id: id.into(),
        customer: customer.into(),
        at_ms: T0,
        points,
        kind: EntryKind::Adjust {
            reason: "test".into(),
        },
        programme_version: 1,
    }
}

pub async fn run_all<S: Store + Damage>(store: &S) {
    deleted_customers_stay_deleted(store).await;
    interactions_refuse_lost_updates(store).await;
    generations_follow_writes(store).await;
    damaged_records_are_set_aside(store).await;
    the_lock_record_changes_only_from_what_was_read(store).await;
}

/// Two tabs turning the lock on at once, or one changing the passphrase while another
/// finishes a conversion: the second write is refused, never silently kept.
async fn the_lock_record_changes_only_from_what_was_read<S: Store>(store: &S) {
    use crate::lock::{KdfParams, LockRecord};
    let cheap = || KdfParams::with_cost(8, 1);
    // Whatever lock the store has (none, or the locked run's) is put back at the end.
    let original = store.lock_record().await.unwrap();
    let (first, _) = LockRecord::create("first tab's passphrase", cheap()).unwrap();
    let (second, _) = LockRecord::create("second tab's passphrase", cheap()).unwrap();
    store
        .save_lock_record(original.as_ref(), Some(&first))
        .await
        .unwrap();
    assert_eq!(
        store
            .save_lock_record(original.as_ref(), Some(&second))
            .await,
        Err(StoreError::LockChanged)
    );
    assert_eq!(
        store.save_lock_record(Some(&second), None).await,
        Err(StoreError::LockChanged)
    );
    assert_eq!(store.lock_record().await.unwrap(), Some(first.clone()));
    let mut changed = first.clone();
    changed.idle_minutes = 15;
    store
        .save_lock_record(Some(&first), Some(&changed))
        .await
        .unwrap();
    assert_eq!(
        store
            .save_lock_record(Some(&first), original.as_ref())
            .await,
        Err(StoreError::LockChanged),
        "a write from a stale read"
    );
    store
        .save_lock_record(Some(&changed), original.as_ref())
        .await
        .unwrap();
    assert_eq!(store.lock_record().await.unwrap(), original);
}

async fn deleted_customers_stay_deleted<S: Store>(store: &S) {
    store
        .save_customer(&customer("ghost", "Amina"))
        .await
        .unwrap();
    store
        .save_interaction(&note("ghost", "g1", T0, None))
        .await
        .unwrap();
    // What a second tab still shows after the first deleted them.
    let stale = store.get_customer(&"ghost".into()).await.unwrap().unwrap();
    let removed = store.delete_customers(&["ghost".into()]).await.unwrap();

    let mut edited = stale.clone();
    edited.about = "edited in the stale tab".into();
    assert_eq!(store.save_customer(&edited).await, Err(StoreError::Deleted));
    let mut tagged = stale.clone();
    tagged.tags.push("vip".into());
    assert_eq!(
        store.save_customers(&[tagged]).await,
        Err(StoreError::Deleted)
    );
    let mut fresh = stale.clone();
    fresh.revision = 0;
    assert_eq!(
        store.save_customer(&fresh).await,
        Err(StoreError::Deleted),
        "not even as a new customer under their id"
    );
    assert_eq!(
        store.save_interaction(&note("ghost", "g2", T0, None)).await,
        Err(StoreError::Deleted)
    );
    assert_eq!(
        store
            .record(&[sale("gp1", "ghost", 500)], &[earn("ge1", "ghost", 5)])
            .await,
        Err(StoreError::Deleted),
        "a sale at a stale counter"
    );
    assert_eq!(
        store.record(&[], &[earn("ge2", "ghost", 5)]).await,
        Err(StoreError::Deleted)
    );
    assert_eq!(store.get_customer(&"ghost".into()).await.unwrap(), None);
    assert!(store.ledger(&"ghost".into()).await.unwrap().is_empty());

    store.restore(&removed).await.unwrap();
    store.save_customer(&edited).await.unwrap();
    let mut copies = 0;
    store
        .load_customers(&mut |page| copies += page.iter().filter(|c| c.id.0 == "ghost").count())
        .await
        .unwrap();
    assert_eq!(copies, 1, "an undo brings back one copy");
    store.delete_customers(&["ghost".into()]).await.unwrap();
}

async fn interactions_refuse_lost_updates<S: Store>(store: &S) {
    store
        .save_customer(&customer("ir", "Baraka"))
        .await
        .unwrap();
    let first = store
        .save_interaction(&note("ir", "n1", T0, None))
        .await
        .unwrap();
    assert_eq!(first.revision, 0);
    let mut tab_a = first.clone();
    tab_a.done = true;
    assert_eq!(store.save_interaction(&tab_a).await.unwrap().revision, 1);
    let mut tab_b = first.clone();
    tab_b.text = "rewritten from an old copy".into();
    assert_eq!(
        store.save_interaction(&tab_b).await,
        Err(StoreError::Conflict {
            stored: 1,
            expected: 0
        })
    );
    let mut gone = note("ir", "never-stored", T0, None);
    gone.revision = 3;
    assert_eq!(
        store.save_interaction(&gone).await,
        Err(StoreError::NotFound)
    );
    let kept = store.timeline(&"ir".into()).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].done && kept[0].text == first.text);
}

async fn generations_follow_writes<S: Store>(store: &S) {
    let before = store.generations().await.unwrap();
    store
        .save_customer(&customer("gen", "Chiku"))
        .await
        .unwrap();
    let after_customer = store.generations().await.unwrap();
    assert!(after_customer.customers > before.customers);
    assert_eq!(after_customer.sales, before.sales);
    store
        .record(&[sale("gen-p", "gen", 100)], &[])
        .await
        .unwrap();
    let after_sale = store.generations().await.unwrap();
    assert!(after_sale.sales > after_customer.sales);
    let settings = store.load_settings().await.unwrap();
    store.save_settings(&settings).await.unwrap();
    assert!(store.generations().await.unwrap().settings > after_sale.settings);
    let moved = store.generations().await.unwrap();
    let mut stale = customer("gen", "stale");
    stale.revision = 7;
    assert!(store.save_customer(&stale).await.is_err());
    assert_eq!(
        store.generations().await.unwrap(),
        moved,
        "a refused write moves nothing on"
    );
}

async fn set_aside_holds<S: Store>(store: &S, kinds: &[StoredKind]) {
    let all = store.set_aside().await.unwrap();
    assert!(
        all.iter()
            .any(|r| kinds.contains(&r.kind) && r.bytes == GARBAGE),
        "{kinds:?} kept byte for byte in {all:?}"
    );
}

async fn damaged_records_are_set_aside<S: Store + Damage>(store: &S) {
    // Settings: defaults to work with, the damaged ones kept, and saving works again.
    let mut settings = store.load_settings().await.unwrap();
    settings.country = Some("TZ".into());
    store.save_settings(&settings).await.unwrap();
    store.put_raw(RawRecord::Settings, GARBAGE.to_vec()).await;
    let opened = store.load_settings().await.unwrap();
    assert_eq!(opened, Settings::default());
    set_aside_holds(store, &[StoredKind::Settings]).await;
    store.save_settings(&opened).await.unwrap();

    // A ledger: that customer's points are set aside; new points can be earned.
    store
        .save_customer(&customer("dmg", "Dalia"))
        .await
        .unwrap();
    store.record(&[], &[earn("d-e1", "dmg", 40)]).await.unwrap();
    store
        .put_raw(RawRecord::Ledger("dmg".into()), GARBAGE.to_vec())
        .await;
    assert!(store.ledger(&"dmg".into()).await.unwrap().is_empty());
    set_aside_holds(store, &[StoredKind::Ledger]).await;
    store.record(&[], &[earn("d-e2", "dmg", 7)]).await.unwrap();
    assert_eq!(store.ledger(&"dmg".into()).await.unwrap().len(), 1);

    // A timeline entry: the rest of the timeline still shows.
    store
        .save_interaction(&note("dmg", "d1", T0, None))
        .await
        .unwrap();
    store
        .save_interaction(&note("dmg", "d2", T0 + 1, None))
        .await
        .unwrap();
    store
        .put_raw(
            RawRecord::Interaction("dmg".into(), "d1".into()),
            GARBAGE.to_vec(),
        )
        .await;
    let timeline = store.timeline(&"dmg".into()).await.unwrap();
    assert_eq!(
        timeline.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["d2"]
    );
    set_aside_holds(store, &[StoredKind::Interaction]).await;

    // A purchase chunk: the other purchases load; new sales are recorded.
    let mut sold = 0;
    store
        .load_purchases(&mut |c| sold += c.len())
        .await
        .unwrap();
    assert!(sold > 0, "earlier tests recorded a sale");
    store
        .put_raw(RawRecord::PurchaseChunk(0), GARBAGE.to_vec())
        .await;
    let mut left = 0;
    store
        .load_purchases(&mut |c| left += c.len())
        .await
        .unwrap();
    assert_eq!(left, 0, "the only chunk was damaged");
    set_aside_holds(store, &[StoredKind::PurchaseChunk]).await;
    store
        .record(&[sale("d-p2", "dmg", 300)], &[])
        .await
        .unwrap();
    let mut now = 0;
    store.load_purchases(&mut |c| now += c.len()).await.unwrap();
    assert_eq!(now, 1);

    // A customer's record: the book still opens, and new customers are saved.
    store
        .put_raw(RawRecord::Customer("dmg".into()), GARBAGE.to_vec())
        .await;
    store.load_customers(&mut |_| {}).await.unwrap();
    set_aside_holds(store, &[StoredKind::CustomerPage, StoredKind::Customer]).await;
    store
        .save_customer(&customer("after", "Eshe"))
        .await
        .unwrap();
    let mut loaded = Vec::new();
    store
        .load_customers(&mut |p| loaded.extend(p))
        .await
        .unwrap();
    assert!(loaded.iter().any(|c| c.id.0 == "after"));

    store.clear_set_aside().await.unwrap();
    assert!(store.set_aside().await.unwrap().is_empty());
}
