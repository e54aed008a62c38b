//! Duplicates found across the book, merged with everything that goes with them, and
//! the merge undone.

use super::{add, book, run, sale, tab_on};
use crate::book::BookError;
use crate::domain::{CustomerId, InteractionDraft, InteractionKind};
use crate::exchange::import::duplicates::MatchReason;
use crate::quality::merge::MergeField;
use crate::store::StoreError;

fn purchases_of(
    b: &crate::book::Book<std::rc::Rc<crate::store::memory::MemoryStore>>,
    id: &CustomerId,
) -> u32 {
    let sales = b.sales();
    sales
        .table
        .customer_index(id)
        .and_then(|i| sales.summaries.get(i as usize))
        .map_or(0, |s| s.purchases)
}

#[test]
fn a_merge_moves_points_sales_and_notes_and_its_undo_puts_them_back() {
    let b = book();
    // `add` gives everyone the same phone: one person twice, and a stranger.
    let amina = add(&b, "Amina Wanjiru");
    let again = add(&b, "Amina Wanjru");
    for (who, amount) in [(&amina, "120"), (&amina, "80"), (&again, "300")] {
        run(b.record_sale(Some(who.clone()), &sale(amount))).unwrap();
    }
    let note = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: "prefers oat milk".into(),
        ..InteractionDraft::default()
    };
    run(b.add_interaction(&again, &note)).unwrap();
    let points = |id: &CustomerId| run(b.loyalty_of(id)).unwrap().account.balance();
    let (kept_points, other_points) = (points(&amina), points(&again));
    assert!(kept_points > 0 && other_points > 0);

    let groups = run(b.duplicate_groups(&|_| {})).unwrap();
    assert_eq!(groups.len(), 1);
    let mut members = groups[0].members.clone();
    members.sort_by_key(|id| id != &amina);
    assert_eq!(
        members,
        [amina.clone(), again.clone()],
        "both, and nobody else"
    );
    assert_eq!(groups[0].reasons, [MatchReason::SamePhone]);

    // Made in the same millisecond: the test says which is kept.
    let mut plan = run(b.merge_plan(&members)).unwrap();
    assert_eq!(plan.disputed(), [MergeField::Name]);
    plan.pick(MergeField::Name, 0);
    let other_tab = tab_on(b.store());
    let (merged, undo, changed) = run(b.merge_customers(&plan)).unwrap();
    assert_eq!(merged.display_name(), "Amina Wanjiru");
    assert_eq!(undo.merged(), 2);
    assert_eq!(points(&amina), kept_points + other_points, "points add up");
    assert_eq!(purchases_of(&b, &amina), 3);
    assert_eq!(purchases_of(&b, &again), 0);
    assert!(b.directory().get(&again).is_none());
    let timeline = run(b.timeline(&amina)).unwrap();
    assert!(timeline.iter().any(|i| i.text == "prefers oat milk"));
    assert!(run(b.duplicate_groups(&|_| {})).unwrap().is_empty());

    for message in changed.tab_messages() {
        run(other_tab.on_tab_message(&message)).unwrap();
    }
    assert_eq!(purchases_of(&other_tab, &amina), 3, "another tab follows");
    assert!(other_tab.directory().get(&again).is_none());

    run(b.undo_merge(&undo)).unwrap();
    assert_eq!(
        (points(&amina), points(&again)),
        (kept_points, other_points)
    );
    assert_eq!((purchases_of(&b, &amina), purchases_of(&b, &again)), (2, 1));
    assert_eq!(
        run(b.customer(&again)).unwrap().unwrap().display_name(),
        "Amina Wanjru"
    );
    assert!(run(b.timeline(&amina)).unwrap().is_empty());
    assert_eq!(run(b.timeline(&again)).unwrap().len(), 1);
}

#[test]
fn a_merge_is_refused_whole_when_another_tab_changed_a_member() {
    let b = book();
    let amina = add(&b, "Amina Wanjiru");
    let again = add(&b, "Amina Wanjru");
    let plan = run(b.merge_plan(&[amina.clone(), again.clone()])).unwrap();
    let other_tab = tab_on(b.store());
    // A tag added to the record to absorb after the plan was read: not lost, refused.
    run(other_tab.add_tag(std::slice::from_ref(&again), "vip")).unwrap();
    assert!(matches!(
        run(b.merge_customers(&plan)).map(|_| ()),
        Err(BookError::Store(StoreError::Conflict { .. }))
    ));
    assert!(run(b.customer(&again)).unwrap().is_some());
    let plan = run(b.merge_plan(&[amina.clone(), again.clone()])).unwrap();
    assert!(
        plan.members()[1].tags.iter().any(|t| t == "vip"),
        "read again"
    );
    run(other_tab.delete_customers(std::slice::from_ref(&again))).unwrap();
    assert_eq!(
        run(b.merge_customers(&plan)).map(|_| ()),
        Err(BookError::Store(StoreError::Deleted))
    );
    let kept = run(b.customer(&amina)).unwrap().unwrap();
    assert_eq!(kept.display_name(), "Amina Wanjiru", "nothing half-done");
    assert!(
        b.directory().get(&again).is_none(),
        "the deletion is taken in"
    );
}
