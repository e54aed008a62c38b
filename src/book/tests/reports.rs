//! Privacy-safe reports made from the book: the budget spent with the release, a kept
//! report downloaded again unchanged, overspending refused, and restricted people out.

use super::{book, draft, run, sale, tab_on};
use crate::book::reports::{ReportFile, ReportRefusal};
use crate::book::BookError;
use crate::gdpr::consent::Flag;
use crate::i18n::Lang;
use crate::reports::{Breakdown, CellLabel, Epsilon, Metric, ReportSpec};
use crate::store::Store;

fn regulars(b: &crate::book::Book<std::rc::Rc<crate::store::memory::MemoryStore>>, n: usize) {
    for i in 0..n {
        let d = crate::domain::CustomerDraft {
            tags: "regular".into(),
            address: "Moi Avenue, Nairobi".into(),
            ..draft(&format!("Regular Customer {i}"))
        };
        let (c, _) = run(b.save_customer(&d, None)).unwrap();
        run(b.record_sale(Some(c.id), &sale("250"))).unwrap();
    }
}

#[test]
fn a_report_spends_the_budget_and_downloads_again_with_the_same_numbers() {
    let b = book();
    regulars(&b, 30);
    let spec = ReportSpec::new(Metric::Customers, Breakdown::Tag, 2026);
    let (r, _) = run(b.make_report(spec.clone(), &|_| {})).unwrap();
    assert_eq!(r.number, 1);
    assert_eq!(r.rows.len(), 1);
    let e = r.rows[0].estimate.unwrap();
    // The range holds the truth 95% of the time; four times it, all but once in
    // ~100,000 runs (the noise's tail falls off exponentially), so this cannot flake.
    assert!((e.value - 30).abs() <= 4 * e.plus_minus(), "{e:?}");
    assert_eq!(b.privacy_ledger().spent(2026), Epsilon(1000));

    // Another tab sees the spend, and the same file comes out every time.
    let other = tab_on(b.store());
    assert_eq!(other.privacy_ledger().left(2026), Epsilon(2000));
    let csv = b
        .report_document(1, Lang::En, ReportFile::Csv)
        .unwrap()
        .unwrap();
    assert_eq!(csv.name, "karibu-report-1.csv");
    assert!(csv.text.contains("regular"));
    assert_eq!(
        other.report_document(1, Lang::En, ReportFile::Csv).unwrap(),
        Some(csv)
    );
    assert!(b
        .report_document(1, Lang::Fa, ReportFile::Printable)
        .unwrap()
        .unwrap()
        .text
        .contains("dir=\"rtl\""));

    // Two more use the rest; the next is refused with nothing spent or kept.
    run(b.make_report(spec.clone(), &|_| {})).unwrap();
    run(other.make_report(spec.clone(), &|_| {})).unwrap();
    let refused = run(b.make_report(spec, &|_| {})).unwrap_err();
    let BookError::Report(ReportRefusal::Overspend(o)) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!((o.asked, o.left), (Epsilon(1000), Epsilon(0)));
    assert_eq!(tab_on(b.store()).privacy_ledger().releases.len(), 3);
    let numbers: Vec<u32> = b
        .privacy_ledger()
        .releases
        .iter()
        .map(|r| r.number)
        .collect();
    assert_eq!(numbers, [1, 2, 3], "two tabs never share a number");
}

#[test]
fn restricted_and_objecting_customers_are_left_out_of_every_report() {
    let b = book();
    regulars(&b, 12);
    let mut hidden = Vec::new();
    for (i, flag) in [Flag::Restriction, Flag::Objection].into_iter().enumerate() {
        let d = crate::domain::CustomerDraft {
            tags: "regular, secret society".into(),
            address: "Lamu".into(),
            ..draft(&format!("Private Person {i}"))
        };
        let (c, _) = run(b.save_customer(&d, None)).unwrap();
        run(b.record_sale(Some(c.id.clone()), &sale("900"))).unwrap();
        run(b.set_flag(&c.id, flag, true, "asked")).unwrap();
        hidden.push(c.id);
    }
    let spec = ReportSpec {
        smallest_group: 5,
        ..ReportSpec::new(Metric::Customers, Breakdown::Region, 2026)
    };
    let (r, _) = run(b.make_report(spec, &|_| {})).unwrap();
    assert_eq!(r.rows.len(), 1, "Nairobi only: {r:?}");
    assert_eq!(r.rows[0].label, CellLabel::Region("Nairobi".into()));
    assert_eq!(r.unnamed_hidden, 0, "Lamu is not even counted");
}

#[test]
fn a_bad_spec_is_refused_before_anything_is_read_or_spent() {
    let b = book();
    let spec = ReportSpec {
        smallest_group: 3,
        ..ReportSpec::new(Metric::Visits, Breakdown::Month, 2026)
    };
    let refused = run(b.make_report(spec, &|_| {})).unwrap_err();
    assert!(matches!(
        refused,
        BookError::Report(ReportRefusal::Spec(
            crate::reports::SpecProblem::SmallestGroupTooSmall
        ))
    ));
    assert_eq!(b.privacy_ledger().spent(2026), Epsilon(0));
}

#[test]
fn the_analyst_file_holds_codes_not_people_and_new_codes_in_every_file() {
    let b = book();
    regulars(&b, 12);
    let restricted = {
        let (c, _) = run(b.save_customer(&draft("Hidden Person"), None)).unwrap();
        run(b.set_flag(&c.id, Flag::Restriction, true, "asked")).unwrap();
        c
    };
    let table = run(b.analyst_table(10, &|_| {})).unwrap();
    assert!(table.is_safe(), "{table:?}");
    assert_eq!(table.rows.len(), 12, "the restricted person is not there");
    let file = b.analyst_document(&table, Lang::En).unwrap().unwrap();
    assert_eq!(
        b.analyst_document(&table, Lang::En).unwrap(),
        Some(file.clone())
    );
    // Another file (here from another tab) shares no code with it: two files cannot be
    // matched person by person.
    let other = b
        .analyst_document(
            &run(tab_on(b.store()).analyst_table(10, &|_| {})).unwrap(),
            Lang::En,
        )
        .unwrap()
        .unwrap();
    let codes = |text: &str| -> std::collections::HashSet<String> {
        text.lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(codes(&file.text).len(), 12);
    assert!(codes(&file.text).is_disjoint(&codes(&other.text)));
    assert!(
        b.privacy_ledger() == tab_on(b.store()).privacy_ledger(),
        "no key kept"
    );
    let mut people = Vec::new();
    run(b.store().load_customers(&mut |page| people.extend(page))).unwrap();
    for c in &people {
        assert!(!file.text.contains(c.id.as_str()), "an id");
        assert!(!file.text.contains(&c.display_name()), "a name");
        for contact in c.phones.iter().chain(&c.emails) {
            assert!(!file.text.contains(contact.as_str()), "a contact");
        }
    }
    assert!(!file.text.contains(restricted.id.as_str()));
    let lines: Vec<&str> = file.text.lines().collect();
    assert_eq!(
        lines[0],
        "Customer code,Age group,Town or area,Purchases,Spending,Last purchase (month)"
    );
    assert!(lines[1].contains(",Nairobi,1,250.00,"), "{}", lines[1]);

    // Below k there is no file at all.
    let strict = run(b.analyst_table(13, &|_| {})).unwrap();
    assert!(!strict.is_safe());
    assert_eq!(b.analyst_document(&strict, Lang::En).unwrap(), None);
}

#[test]
fn a_report_by_segment_counts_each_segments_members_and_one_by_tier_their_tiers() {
    use crate::segments::{Condition, Group, Item, Join, Segment, Subject, Test};
    let b = book();
    regulars(&b, 12);
    let big = Segment {
        id: String::new(),
        purpose: None,
        name: "Spent anything".into(),
        rule: Group {
            join: Join::All,
            items: vec![Item::Condition(Condition {
                on: Subject::Spend { days: 0 },
                test: Test::AtLeast(1.0),
            })],
        },
    };
    run(b.save_segment(big.clone())).unwrap();
    // A segment on RFM ranks customers against each other: one person could move
    // others in or out, so it is no row of a report (nor is an empty one hidden).
    let champions = Segment {
        name: "Champions only".into(),
        rule: Group {
            join: Join::All,
            items: vec![Item::Condition(Condition {
                on: Subject::Rfm,
                test: Test::Is("champions".into()),
            })],
        },
        ..big
    };
    run(b.save_segment(champions)).unwrap();
    assert_eq!(b.report_segments().len(), 1);
    let spec = ReportSpec::new(Metric::Customers, Breakdown::Segment, 2026);
    let (r, _) = run(b.make_report(spec, &|_| {})).unwrap();
    assert_eq!(r.rows.len(), 1, "{:?}", r.rows);
    assert_eq!(r.rows[0].label, CellLabel::Segment("Spent anything".into()));
    let e = r.rows[0].estimate.unwrap();
    assert!((e.value - 12).abs() <= 4 * e.plus_minus(), "{e:?}");

    let spec = ReportSpec::new(Metric::Customers, Breakdown::Tier, 2026);
    let (r, _) = run(b.make_report(spec, &|_| {})).unwrap();
    // Every tier of the programme is a row, and "no tier", whoever holds them: the
    // empty ones are left out by name, counted as hidden.
    let tiers = &b.programme().tiers;
    assert_eq!(r.rows.len(), 1, "{:?}", r.rows);
    assert_eq!(r.rows[0].label, CellLabel::Tier(tiers[0].name.clone()));
    assert_eq!(
        r.unnamed_hidden as usize,
        tiers.len(),
        "the other tiers and no tier"
    );
}
