//! Segments through the book: saved in the settings (other tabs see them), refused with
//! a reason, and counted from the sales, the ledgers and the insights.

use super::{add, book, run, sale, tab_on};
use crate::book::segments::SegmentProblem;
use crate::book::BookError;
use crate::segments::{Condition, Group, Item, Join, Needs, Segment, Subject, Test};
use std::rc::Rc;

fn segment(name: &str, on: Subject, test: Test) -> Segment {
    Segment {
        id: String::new(),
        purpose: None,
        name: name.into(),
        rule: Group {
            join: Join::All,
            items: vec![Item::Condition(Condition { on, test })],
        },
    }
}

#[test]
fn a_segment_is_saved_named_once_and_seen_by_other_tabs() {
    let b = book();
    let big = segment(
        "Big spenders",
        Subject::Spend { days: 90 },
        Test::AtLeast(100_000.0),
    );
    let (changed, id) = run(b.save_segment(big.clone())).unwrap();
    assert!(changed.settings);
    assert!(id.starts_with('s') && id.len() > 10, "a random id: {id}");
    assert_eq!(b.segments()[0].id, id);
    let refused = |s: Segment| match run(b.save_segment(s)) {
        Err(BookError::Segment(p)) => p,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(
        refused(segment("  ", Subject::Tag, Test::IsSet)),
        SegmentProblem::NameMissing
    );
    assert_eq!(
        refused(segment("BIG spenders", Subject::Tag, Test::IsSet)),
        SegmentProblem::NameTaken
    );
    let mut nested = segment("Nested", Subject::Tag, Test::IsSet);
    for _ in 0..2 {
        nested.rule = crate::segments::Group {
            join: crate::segments::Join::Any,
            items: vec![crate::segments::Item::Group(nested.rule)],
        };
    }
    assert_eq!(refused(nested), SegmentProblem::TooDeep);
    let mut renamed = b.segments()[0].clone();
    renamed.name = "Big spenders (90 days)".into();
    run(b.save_segment(renamed)).unwrap();
    assert_eq!(b.segments().len(), 1, "saving with its id replaces it");

    let other = tab_on(&Rc::new(crate::store::memory::MemoryStore::new()));
    assert!(other.segments().is_empty());
    let same_store = tab_on(b.store());
    assert_eq!(same_store.segments()[0].name, "Big spenders (90 days)");
    run(same_store.delete_segment(&id)).unwrap();
    let mut stale = b.segments()[0].clone();
    stale.name = "Edited in a stale tab".into();
    run(b.catch_up()).unwrap();
    assert_eq!(refused(stale), SegmentProblem::Gone);
}

#[test]
fn members_follow_sales_and_loyalty_as_they_change() {
    let b = book();
    let amina = add(&b, "Amina");
    let baraka = add(&b, "Baraka");
    add(&b, "Chen");
    run(b.record_sale(Some(amina.clone()), &sale("450"))).unwrap();
    run(b.record_sale(Some(amina.clone()), &sale("50"))).unwrap();
    run(b.record_sale(Some(baraka.clone()), &sale("20"))).unwrap();
    let regulars = Group {
        join: Join::All,
        items: vec![Item::Condition(Condition {
            on: Subject::Visits { days: 30 },
            test: Test::AtLeast(2.0),
        })],
    };
    let names = |facts: &crate::segments::Facts, rule: &Group| {
        let members = b.segment_members(rule, facts);
        let d = b.directory();
        let mut out: Vec<String> = members
            .slots()
            .map(|s| d.row(s).unwrap().name.to_string())
            .collect();
        out.sort();
        out
    };
    assert_eq!(names(&b.segment_facts(), &regulars), ["Amina"]);
    run(b.record_sale(Some(baraka.clone()), &sale("20"))).unwrap();
    assert_eq!(names(&b.segment_facts(), &regulars), ["Amina", "Baraka"]);

    // Points: each sale earns under the starting programme, so Amina holds the most.
    let facts = b.segment_facts();
    let rich = |at_least: i64| Group {
        join: Join::All,
        items: vec![Item::Condition(Condition {
            on: Subject::Points,
            test: Test::AtLeast(at_least as f64),
        })],
    };
    assert_eq!(
        rich(1).needs(),
        Needs {
            windows: vec![],
            loyalty: true,
            insights: false,
            score: false
        }
    );
    assert!(
        names(&facts, &rich(1)).is_empty(),
        "before the ledgers are read: no one"
    );
    let standings = run(b.loyalty_standings(&|_| {})).unwrap();
    facts.set_loyalty(&b.directory(), &standings);
    let amina_points = standings[&amina].0;
    let baraka_points = standings[&baraka].0;
    assert!(
        amina_points > baraka_points,
        "amina {amina_points}, baraka {baraka_points}"
    );
    assert_eq!(names(&facts, &rich(amina_points)), ["Amina"]);
    assert_eq!(names(&facts, &rich(baraka_points)), ["Amina", "Baraka"]);
}

#[test]
fn a_segments_customers_export_as_csv_in_list_order() {
    let b = book();
    let amina = add(&b, "Amina");
    add(&b, "Baraka");
    let chen = add(&b, "Chen");
    let text = run(b.export_customers_csv(&[chen.clone(), amina.clone()], &|_| {})).unwrap();
    let body = text.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[3].to_owned()).collect();
    assert_eq!(names, ["Chen", "Amina"]);
}

#[test]
fn score_rules_are_saved_and_refused_when_they_give_nothing_or_look_at_the_score() {
    use crate::segments::ScoreRule;
    let b = book();
    let rule = |on, points| ScoreRule {
        condition: Condition {
            on,
            test: Test::AtLeast(1.0),
        },
        points,
    };
    run(b.save_score_rules(vec![rule(Subject::Visits { days: 30 }, 10)])).unwrap();
    assert_eq!(b.settings().score_rules.len(), 1);
    for (bad, at) in [
        (vec![rule(Subject::Points, 5), rule(Subject::Points, 0)], 2),
        (vec![rule(Subject::Points, 5_000)], 1),
        (vec![rule(Subject::Score, 5)], 1),
    ] {
        match run(b.save_score_rules(bad)) {
            Err(BookError::Segment(SegmentProblem::BadScoreRule(n))) => assert_eq!(n, at),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    assert_eq!(
        b.settings().score_rules.len(),
        1,
        "a refused save changes nothing"
    );
}
