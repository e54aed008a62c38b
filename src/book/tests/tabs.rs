//! Two tabs on one book: a stale tab cannot bring back a deleted customer, settings
//! merge, a programme is not overwritten unseen, and a tab that missed messages
//! catches up.

use super::{add, draft, run, sale, tab_on, NOW};
use crate::book::tabs::{TabMessage, TAB_PROTOCOL};
use crate::book::BookError;
use crate::domain::{InteractionDraft, InteractionKind};
use crate::store::memory::MemoryStore;
use crate::store::{Store, StoreError};
use std::rc::Rc;

fn deleted<T: std::fmt::Debug>(r: Result<T, BookError>) -> bool {
    matches!(r, Err(BookError::Store(StoreError::Deleted)))
}

#[test]
fn a_stale_tab_cannot_bring_a_deleted_customer_back() {
    let store = Rc::new(MemoryStore::new());
    let first = tab_on(&store);
    let id = add(&first, "Amina");
    let second = tab_on(&store);
    let shown = run(second.customer(&id)).unwrap().unwrap();

    let (records, _) = run(first.delete_customers(std::slice::from_ref(&id))).unwrap();

    assert_eq!(
        second.directory().len(),
        1,
        "the second tab missed the delete"
    );
    assert!(deleted(run(
        second.save_customer(&draft("Amina K."), Some(&shown))
    )));
    assert!(
        second.directory().get(&id).is_none(),
        "a refusal makes the stale tab forget them"
    );
    assert!(deleted(run(
        second.add_tag(std::slice::from_ref(&id), "vip")
    )));
    assert!(deleted(run(
        second.record_sale(Some(id.clone()), &sale("120"))
    )));
    let note = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: "asked about delivery".into(),
        ..InteractionDraft::default()
    };
    assert!(deleted(run(second.add_interaction(&id, &note))));
    assert!(run(store.get_customer(&id)).unwrap().is_none());
    assert_eq!(
        second.sales().table.len(),
        0,
        "the refused sale is not in memory either"
    );

    run(first.undo_delete(&records)).unwrap();
    let mut copies = 0;
    run(store.load_customers(&mut |p| copies += p.iter().filter(|c| c.id == id).count())).unwrap();
    assert_eq!(copies, 1, "the undo makes exactly one copy");
}

#[test]
fn settings_changes_from_two_tabs_both_stand() {
    let store = Rc::new(MemoryStore::new());
    let (a, b) = (tab_on(&store), tab_on(&store));
    run(a.update_settings(|s| s.language = Some("ur".into()))).unwrap();
    run(b.update_settings(|s| s.country = Some("KE".into()))).unwrap();
    let stored = run(store.load_settings()).unwrap();
    assert_eq!(stored.language.as_deref(), Some("ur"));
    assert_eq!(stored.country.as_deref(), Some("KE"));
}

#[test]
fn a_programme_changed_in_another_tab_is_not_overwritten() {
    let store = Rc::new(MemoryStore::new());
    let (a, b) = (tab_on(&store), tab_on(&store));
    let mut from_a = a.programme();
    let based = from_a.version;
    from_a.earn.per_visit = 9;
    from_a.version += 1;
    run(a.save_programme(from_a, based)).unwrap();
    let mut from_b = b.programme();
    from_b.earn.per_visit = 1;
    from_b.version += 1;
    assert!(matches!(
        run(b.save_programme(from_b, based)),
        Err(BookError::Store(StoreError::Conflict { .. }))
    ));
    assert_eq!(
        run(store.load_settings()).unwrap().loyalty.earn.per_visit,
        9
    );
    assert_eq!(
        b.programme().earn.per_visit,
        9,
        "the refusing tab now shows the newer rules"
    );
}

#[test]
fn messages_bring_another_tab_up_to_date() {
    let store = Rc::new(MemoryStore::new());
    let (a, b) = (tab_on(&store), tab_on(&store));
    let id = add(&a, "Baraka");
    let (_, changed) = run(a.record_sale(Some(id.clone()), &sale("40"))).unwrap();
    for message in changed.tab_messages() {
        let text = message.encode();
        run(b.on_tab_message(&TabMessage::decode(&text))).unwrap();
    }
    run(b.on_tab_message(&TabMessage::CustomersChanged {
        ids: vec![id.clone()],
    }))
    .unwrap();
    assert_eq!(b.directory().len(), 1);
    assert_eq!(b.sales().table.len(), 1);
    run(b.on_tab_message(&TabMessage::CustomersDeleted {
        ids: vec![id.clone()],
    }))
    .unwrap();
    assert!(b.directory().is_empty());
}

#[test]
fn a_tab_that_slept_through_the_messages_catches_up() {
    let store = Rc::new(MemoryStore::new());
    let (a, asleep) = (tab_on(&store), tab_on(&store));
    assert!(
        run(asleep.catch_up()).unwrap().is_empty(),
        "nothing to do when nothing changed"
    );
    let id = add(&a, "Chiku");
    run(a.record_sale(Some(id), &sale("75"))).unwrap();
    run(a.update_settings(|s| s.country = Some("UG".into()))).unwrap();
    let changed = run(asleep.catch_up()).unwrap();
    assert!(changed.everything && changed.sales && changed.settings);
    assert_eq!(asleep.directory().len(), 1);
    assert_eq!(asleep.sales().table.len(), 1);
    assert_eq!(asleep.settings().country.as_deref(), Some("UG"));
    assert!(
        run(a.catch_up()).unwrap().is_empty(),
        "a tab's own writes are not reread"
    );
}

#[test]
fn tab_messages_are_typed_and_versioned() {
    let all = [
        TabMessage::Opening { schema: 5 },
        TabMessage::CustomersChanged {
            ids: vec!["c1".into()],
        },
        TabMessage::CustomersDeleted {
            ids: vec!["c2".into()],
        },
        TabMessage::SalesChanged,
        TabMessage::SettingsChanged,
    ];
    for m in all {
        assert_eq!(TabMessage::decode(&m.encode()), m);
    }
    assert_eq!(TabMessage::decode("changed"), TabMessage::Unknown);
    let newer = format!(
        r#"{{"v":{},"message":{{"kind":"sales_changed"}}}}"#,
        TAB_PROTOCOL + 1
    );
    assert_eq!(TabMessage::decode(&newer), TabMessage::Unknown);
    let opening = format!(
        r#"{{"v":{},"message":{{"kind":"opening","schema":9}}}}"#,
        TAB_PROTOCOL + 1
    );
    assert_eq!(
        TabMessage::decode(&opening),
        TabMessage::Opening { schema: 9 }
    );
    let _ = NOW;
}
