//! Retention rules on the in-memory store, with a clock the test moves: who is
//! inactive, what is old, who is never removed, and the log.

use super::{draft, run, sale, NOW};
use crate::book::{Book, Host};
use crate::domain::{CustomerId, InteractionDraft, InteractionKind};
use crate::gdpr::retention::RetentionRule;
use crate::gdpr::{Flag, RequestKind};
use crate::store::memory::MemoryStore;
use chrono::NaiveDate;
use std::cell::Cell;
use std::rc::Rc;

const DAY: i64 = 86_400_000;

struct Clock(Rc<Cell<i64>>);

impl Host for Clock {
    fn now_ms(&self) -> i64 {
        self.0.get()
    }
    fn today(&self) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.0.get())
            .map(|d| d.date_naive())
            .unwrap_or_default()
    }
}

fn shop() -> (Book<Rc<MemoryStore>>, Rc<Cell<i64>>) {
    let clock = Rc::new(Cell::new(NOW - 1_300 * DAY));
    let b = Book::new(Rc::new(MemoryStore::new()), Box::new(Clock(clock.clone())));
    run(b.open(&mut |_| {})).unwrap();
    run(b.load_sales()).unwrap();
    (b, clock)
}

fn add(b: &Book<Rc<MemoryStore>>, name: &str) -> CustomerId {
    run(b.save_customer(&draft(name), None)).unwrap().0.id
}

fn note(b: &Book<Rc<MemoryStore>>, who: &CustomerId, text: &str, due: Option<NaiveDate>) {
    let d = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: text.into(),
        due: due
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        ..InteractionDraft::default()
    };
    run(b.add_interaction(who, &d)).unwrap();
}

#[test]
fn inactive_customers_go_with_their_sales_kept_and_the_protected_stay() {
    let (b, clock) = shop();
    let [amina, baraka, chen, dalia, eli] =
        ["Amina", "Baraka", "Chen", "Dalia", "Eli"].map(|n| add(&b, n));
    run(b.record_sale(Some(baraka.clone()), &sale("300"))).unwrap();
    note(&b, &chen, "likes chai", None);
    run(b.set_flag(&dalia, Flag::Restriction, true, "asked not to be erased")).unwrap();
    let received = chrono::DateTime::from_timestamp_millis(clock.get())
        .unwrap()
        .date_naive();
    run(b.record_request(RequestKind::Access, &eli, received)).unwrap();
    clock.set(NOW - 30 * DAY);
    note(&b, &chen, "back from holiday", None);
    clock.set(NOW);

    let rule = RetentionRule::RemoveInactive { months: 36 };
    let preview = run(b.retention_preview(rule, &|_| {})).unwrap();
    let mut names: Vec<String> = preview
        .customers
        .iter()
        .map(|id| b.directory().get(id).unwrap().name.to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["Amina", "Baraka"],
        "Chen wrote lately; Dalia is restricted; Eli asked"
    );

    let takings = b.sales().revenue.values().sum::<i64>();
    let (run_, _) = run(b.apply_retention(rule, false, &|_| {})).unwrap();
    assert_eq!(run_.affected, 2);
    assert!(run(b.customer(&amina)).unwrap().is_none());
    assert!(run(b.customer(&baraka)).unwrap().is_none());
    assert!(run(b.customer(&chen)).unwrap().is_some());
    assert_eq!(
        b.sales().revenue.values().sum::<i64>(),
        takings,
        "takings kept"
    );
    assert_eq!(b.settings().retention.log, vec![run_]);
    assert!(matches!(
        run(b.retention_preview(RetentionRule::RemoveInactive { months: 2 }, &|_| {})),
        Err(crate::book::BookError::Retention(_))
    ));
}

#[test]
fn old_entries_go_open_follow_ups_stay_and_automatic_rules_run_once_a_day() {
    let (b, clock) = shop();
    let chen = add(&b, "Chen");
    note(&b, &chen, "old note", None);
    let later = NaiveDate::from_ymd_opt(2030, 1, 1);
    note(&b, &chen, "old note with an open follow-up", later);
    clock.set(NOW);
    note(&b, &chen, "new note", None);

    let rule = RetentionRule::DeleteOldEntries { years: 3 };
    run(b.add_retention_rule(rule, true)).unwrap();
    let (runs, _) = run(b.run_due_retention()).unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].affected, 1);
    assert!(runs[0].automatic);
    let left: Vec<String> = run(b.timeline(&chen))
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(left, ["new note", "old note with an open follow-up"]);

    clock.set(NOW + DAY / 2);
    assert!(
        run(b.run_due_retention()).unwrap().0.is_empty(),
        "once a day"
    );
    clock.set(NOW + DAY + 1);
    assert_eq!(run(b.run_due_retention()).unwrap().0.len(), 1);
    let id = b.settings().retention.rules[0].id.clone();
    run(b.remove_retention_rule(&id)).unwrap();
    clock.set(NOW + 3 * DAY);
    assert!(run(b.run_due_retention()).unwrap().0.is_empty());
    assert_eq!(b.settings().retention.log.len(), 2);
}
