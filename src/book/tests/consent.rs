//! Consent history, and restriction and objection honoured by segments, scores,
//! analytics and the access bundle, on the in-memory store.

use super::{add, book, draft, run, sale};
use crate::book::insights::InsightOptions;
use crate::book::{Book, BookError};
use crate::domain::CustomerId;
use crate::gdpr::consent::{ConsentDraft, ConsentProblem};
use crate::gdpr::{Flag, LawfulBasis, Purpose};
use crate::i18n::Lang;
use crate::segments::{Group, Join, Segment};
use crate::store::memory::MemoryStore;
use std::rc::Rc;

type TestBook = Book<Rc<MemoryStore>>;

fn consent(purpose: Purpose, given: bool) -> ConsentDraft {
    ConsentDraft {
        purpose,
        basis: LawfulBasis::Consent,
        given,
        source: "paper form at the counter".into(),
        wording: "v2".into(),
    }
}

fn everyone_for(purpose: Option<Purpose>) -> Segment {
    Segment {
        id: "s".into(),
        name: "Everyone".into(),
        rule: Group {
            join: Join::All,
            items: vec![],
        },
        purpose,
    }
}

/// The names a segment holds now, sorted.
fn listed(b: &TestBook, segment: &Segment) -> Vec<String> {
    let members = b.members_for(&segment.rule, segment.purpose.as_ref(), &b.segment_facts());
    let d = b.directory();
    let mut out: Vec<String> = members
        .slots()
        .map(|s| d.row(s).unwrap().name.to_string())
        .collect();
    out.sort();
    out
}

fn flag(b: &TestBook, who: &CustomerId, flag: Flag, on: bool) {
    run(b.set_flag(who, flag, on, "asked at the counter")).unwrap();
}

#[test]
fn consent_is_kept_as_history_and_an_edit_keeps_it() {
    let b = book();
    let amina = add(&b, "Amina");
    run(b.record_consent(&amina, &consent(Purpose::EmailMarketing, true))).unwrap();
    let (after, _) =
        run(b.record_consent(&amina, &consent(Purpose::EmailMarketing, false))).unwrap();
    assert_eq!(after.consents.len(), 2, "withdrawal adds, never overwrites");
    assert!(after.consents[0].given && !after.consents[1].given);
    assert_eq!(after.consents[0].wording, "v2");

    let mut edit = draft("Amina Odhiambo");
    edit.about = "oat milk".into();
    let (edited, _) = run(b.save_customer(&edit, Some(&after))).unwrap();
    assert_eq!(
        edited.consents, after.consents,
        "the form does not drop the history"
    );

    let refused = run(b.record_consent(
        &amina,
        &ConsentDraft {
            source: " ".into(),
            ..consent(Purpose::Loyalty, true)
        },
    ));
    assert!(matches!(
        refused,
        Err(BookError::Consent(ConsentProblem::SourceNeeded))
    ));
    let stored = run(b.customer(&amina)).unwrap().unwrap();
    assert_eq!(stored.consents.len(), 2, "nothing half-written");
}

#[test]
fn a_marketing_list_holds_only_those_who_agreed_and_never_an_objector() {
    let b = book();
    let (amina, baraka, chen) = (add(&b, "Amina"), add(&b, "Baraka"), add(&b, "Chen"));
    for who in [&amina, &baraka] {
        run(b.record_consent(who, &consent(Purpose::EmailMarketing, true))).unwrap();
    }
    let emails = everyone_for(Some(Purpose::EmailMarketing));
    assert_eq!(
        listed(&b, &emails),
        ["Amina", "Baraka"],
        "Chen never agreed"
    );
    flag(&b, &baraka, Flag::Objection, true);
    assert_eq!(listed(&b, &emails), ["Amina"]);
    assert_eq!(
        listed(&b, &everyone_for(None)),
        ["Amina", "Baraka", "Chen"],
        "an objection to marketing leaves other lists alone"
    );
    flag(&b, &baraka, Flag::Objection, false);
    assert_eq!(listed(&b, &emails), ["Amina", "Baraka"]);
    let _ = chen;
}

#[test]
fn a_restricted_person_is_stored_only() {
    let b = book();
    let (amina, baraka) = (add(&b, "Amina"), add(&b, "Baraka"));
    for who in [&amina, &baraka] {
        run(b.record_consent(who, &consent(Purpose::Loyalty, true))).unwrap();
        for amount in ["120", "80"] {
            run(b.record_sale(Some(who.clone()), &sale(amount))).unwrap();
        }
    }
    let scored = |b: &TestBook| {
        let insights = run(b.insights(InsightOptions::default(), &|_| {}));
        [&amina, &baraka].map(|id| insights.of(id).score.is_some())
    };
    assert_eq!(scored(&b), [true, true]);
    let left_out_before = b.analytics_left_out();

    flag(&b, &baraka, Flag::Restriction, true);
    assert_eq!(listed(&b, &everyone_for(None)), ["Amina"]);
    assert_eq!(listed(&b, &everyone_for(Some(Purpose::Loyalty))), ["Amina"]);
    assert_eq!(scored(&b), [true, false], "out of RFM and the models");
    assert_ne!(
        b.analytics_left_out(),
        left_out_before,
        "cached insights go stale"
    );
    assert_eq!(b.customer_scores(&b.segment_facts(), &[]).len(), 1);
    let kept = run(b.customer(&baraka)).unwrap().unwrap();
    assert_eq!(kept.flags.len(), 1, "the record itself is kept");
    assert!(
        b.sales().revenue.values().sum::<i64>() >= 40_000,
        "their sales stay in the takings"
    );

    flag(&b, &baraka, Flag::Restriction, false);
    assert_eq!(scored(&b), [true, true]);
    assert_eq!(listed(&b, &everyone_for(None)), ["Amina", "Baraka"]);
}

#[test]
fn withdrawing_from_analytics_leaves_the_scores_but_not_the_lists() {
    let b = book();
    let amina = add(&b, "Amina");
    run(b.record_sale(Some(amina.clone()), &sale("50"))).unwrap();
    run(b.record_consent(&amina, &consent(Purpose::Analytics, false))).unwrap();
    let insights = run(b.insights(InsightOptions::default(), &|_| {}));
    assert!(insights.of(&amina).score.is_none());
    assert_eq!(listed(&b, &everyone_for(None)), ["Amina"]);
}

#[test]
fn the_bundle_shows_their_consents_and_flags_and_the_purposes_they_name() {
    let b = book();
    let amina = add(&b, "Amina");
    let (cards, _) = run(b.add_purpose("Birthday cards")).unwrap();
    let (again, _) = run(b.add_purpose(" birthday CARDS ")).unwrap();
    assert_eq!(cards, again, "a name already there is not added twice");
    run(b.add_purpose("WhatsApp group")).unwrap();
    run(b.record_consent(&amina, &consent(cards, true))).unwrap();
    flag(&b, &amina, Flag::Objection, true);
    let (bundle, _) = run(b.access_bundle(&amina, Lang::En, None, &|_| {})).unwrap();
    let json = bundle.json();
    assert!(json.contains("\"consents\"") && json.contains("paper form at the counter"));
    assert!(json.contains("Birthday cards"));
    assert!(
        !json.contains("WhatsApp group"),
        "only the purposes they are named in"
    );
    let html = bundle.html();
    assert!(html.contains("Birthday cards") && html.contains("Objected to marketing"));
}
