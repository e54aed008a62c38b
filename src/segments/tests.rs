//! Segment rules on a small book whose answers are known: no purchases, one purchase,
//! ties on a threshold, voided sales, walk-ins, nested groups, missing facts.

use super::facts::DAY_MS;
use super::*;
use crate::analytics::customer_summaries;
use crate::analytics::rfm::RfmSegment;
use crate::domain::purchase::Void;
use crate::domain::{CustomValue, Customer, Money, PersonName, Purchase};
use crate::sales::PurchaseTable;
use crate::search::Directory;
use std::collections::HashMap;

const NOW: i64 = 1_000 * DAY_MS;

fn person(id: &str, name: &str, tags: &[&str]) -> Customer {
    Customer {
        id: id.into(),
        name: PersonName {
            display: name.into(),
            ..PersonName::default()
        },
        phones: vec![],
        emails: vec![],
        address: String::new(),
        birthday: None,
        language: String::new(),
        about: String::new(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        custom: Default::default(),
        consents: vec![],
        flags: vec![],
        created_ms: NOW - 400 * DAY_MS,
        updated_ms: 0,
        revision: 0,
    }
}

fn sale(n: u32, who: Option<&str>, days_ago: i64, amount: i64) -> Purchase {
    Purchase {
        id: format!("p{n}").as_str().into(),
        customer: who.map(Into::into),
        at_ms: NOW - days_ago * DAY_MS,
        amount: Money(amount),
        categories: vec![],
        note: String::new(),
        void: None,
    }
}

struct Book {
    directory: Directory,
    table: PurchaseTable,
    facts: Facts,
    score_rules: Vec<ScoreRule>,
}

/// amina: three sales (one voided), regular, tagged; baraka: one sale long ago;
/// chen: nothing bought, email and a custom field; dina: spends exactly 1,000.
fn book() -> Book {
    let mut amina = person("amina", "Amina Njeri", &["Regular", "oat milk"]);
    amina.phones = vec!["+254712345678".into()];
    let baraka = person("baraka", "Baraka Otieno", &[]);
    let mut chen = person("chen", "Chen Wei", &["regular"]);
    chen.emails = vec!["chen@example.com".into()];
    chen.address = "Westlands, Nairobi".into();
    chen.custom
        .insert("allergy".into(), CustomValue::Text("Peanuts".into()));
    chen.custom.insert("vip".into(), CustomValue::YesNo(true));
    let mut dina = person("dina", "Dina Müller", &[]);
    dina.custom
        .insert("visits_goal".into(), CustomValue::Number(4.0));
    let customers = [amina, baraka, chen, dina];
    let directory = Directory::from_customers(&customers);
    let mut table = PurchaseTable::default();
    table.push(&sale(1, Some("amina"), 5, 600));
    table.push(&sale(2, Some("amina"), 20, 400));
    let mut voided = sale(3, Some("amina"), 2, 9_000);
    voided.void = Some(Void {
        at_ms: NOW,
        reason: "twice".into(),
    });
    table.push(&voided);
    table.push(&sale(4, Some("baraka"), 300, 250));
    table.push(&sale(5, Some("dina"), 10, 1_000));
    table.push(&sale(6, None, 1, 7_777));
    let summaries = customer_summaries(&table);
    let facts = Facts::new(
        &directory,
        &table,
        |i| summaries.get(i as usize).and_then(|s| s.last_purchase_ms),
        NOW,
    );
    Book {
        directory,
        table,
        facts,
        score_rules: Vec::new(),
    }
}

fn all(conditions: Vec<Condition>) -> Group {
    Group {
        join: Join::All,
        items: conditions.into_iter().map(Item::Condition).collect(),
    }
}

fn when(on: Subject, test: Test) -> Condition {
    Condition { on, test }
}

fn names(b: &Book, rule: &Group) -> Vec<String> {
    let sources = Sources {
        directory: &b.directory,
        table: &b.table,
        facts: &b.facts,
        score_rules: &b.score_rules,
    };
    let mut out: Vec<String> = members(rule, &sources)
        .slots()
        .map(|s| b.directory.row(s).unwrap().id.to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn an_empty_rule_selects_everyone_and_an_empty_any_group_no_one() {
    let b = book();
    assert_eq!(names(&b, &Group::default()).len(), 4);
    let nobody = Group {
        join: Join::Any,
        items: vec![],
    };
    assert!(names(&b, &nobody).is_empty());
}

#[test]
fn tags_match_ignoring_case_and_an_unknown_tag_matches_no_one() {
    let b = book();
    let has = |t: &str| all(vec![when(Subject::Tag, Test::Is(t.into()))]);
    assert_eq!(names(&b, &has("REGULAR")), ["amina", "chen"]);
    assert!(names(&b, &has("never used")).is_empty());
    let lacks = all(vec![when(Subject::Tag, Test::IsNot("never used".into()))]);
    assert_eq!(names(&b, &lacks).len(), 4);
    let untagged = all(vec![when(Subject::Tag, Test::IsEmpty)]);
    assert_eq!(names(&b, &untagged), ["baraka", "dina"]);
}

#[test]
fn spend_and_visits_leave_out_voided_sales_and_walk_ins_and_count_ties_in() {
    let b = book();
    let spent =
        |days, at_least: f64| all(vec![when(Subject::Spend { days }, Test::AtLeast(at_least))]);
    // Amina's voided 9,000 does not count; Dina's exactly 1,000 does (a tie is in).
    assert_eq!(names(&b, &spent(30, 1_000.0)), ["amina", "dina"]);
    assert_eq!(names(&b, &spent(7, 500.0)), ["amina"]);
    assert_eq!(names(&b, &spent(0, 250.0)), ["amina", "baraka", "dina"]);
    // No purchases: spend 0, so "at most 0" finds those who bought nothing.
    let none = all(vec![when(Subject::Spend { days: 0 }, Test::AtMost(0.0))]);
    assert_eq!(names(&b, &none), ["chen"]);
    let two_visits = all(vec![when(Subject::Visits { days: 30 }, Test::AtLeast(2.0))]);
    assert_eq!(names(&b, &two_visits), ["amina"]);
    let one_visit = all(vec![when(Subject::Visits { days: 0 }, Test::AtMost(1.0))]);
    assert_eq!(names(&b, &one_visit), ["baraka", "chen", "dina"]);
}

#[test]
fn days_since_the_last_visit_and_never_bought() {
    let b = book();
    let lapsed = all(vec![when(Subject::DaysSinceVisit, Test::AtLeast(90.0))]);
    assert_eq!(names(&b, &lapsed), ["baraka"]);
    // The voided sale two days ago is not a visit: Amina's last is five days ago.
    let recent = all(vec![when(Subject::DaysSinceVisit, Test::AtMost(4.0))]);
    assert!(names(&b, &recent).is_empty());
    let never = all(vec![when(Subject::DaysSinceVisit, Test::IsEmpty)]);
    assert_eq!(names(&b, &never), ["chen"]);
}

#[test]
fn fields_and_custom_fields() {
    let b = book();
    let rule = |on, test| all(vec![when(on, test)]);
    assert_eq!(
        names(&b, &rule(Subject::Name, Test::Contains("muller".into()))),
        ["dina"]
    );
    assert_eq!(names(&b, &rule(Subject::Email, Test::IsSet)), ["chen"]);
    assert_eq!(
        names(&b, &rule(Subject::Email, Test::Contains("@EXAMPLE".into()))),
        ["chen"]
    );
    assert_eq!(
        names(&b, &rule(Subject::Phone, Test::Contains("0712 345".into()))),
        ["amina"]
    );
    assert_eq!(
        names(
            &b,
            &rule(Subject::Address, Test::Contains("westlands".into()))
        ),
        ["chen"]
    );
    let allergy = Subject::Custom("allergy".into());
    assert_eq!(
        names(&b, &rule(allergy.clone(), Test::Contains("peanut".into()))),
        ["chen"]
    );
    assert_eq!(names(&b, &rule(allergy, Test::IsEmpty)).len(), 3);
    assert_eq!(
        names(&b, &rule(Subject::Custom("vip".into()), Test::Yes)),
        ["chen"]
    );
    assert!(names(&b, &rule(Subject::Custom("vip".into()), Test::No)).is_empty());
    let goal = Subject::Custom("visits_goal".into());
    assert_eq!(names(&b, &rule(goal.clone(), Test::AtLeast(4.0))), ["dina"]);
    assert!(names(&b, &rule(goal, Test::AtLeast(4.5))).is_empty());
}

#[test]
fn any_of_and_nested_groups() {
    let b = book();
    let rule = Group {
        join: Join::Any,
        items: vec![
            Item::Condition(when(Subject::DaysSinceVisit, Test::IsEmpty)),
            Item::Group(all(vec![
                when(Subject::Tag, Test::Is("regular".into())),
                when(Subject::Spend { days: 30 }, Test::AtLeast(1.0)),
            ])),
        ],
    };
    assert_eq!(names(&b, &rule), ["amina", "chen"]);
    assert_eq!(rule.conditions(), 3);
    assert_eq!(
        rule.needs(),
        Needs {
            windows: vec![30],
            loyalty: false,
            insights: false,
            score: false,
        }
    );
}

#[test]
fn groups_nested_past_the_limit_match_no_one_instead_of_recursing() {
    let b = book();
    let mut deep = Group::default();
    for _ in 0..10_000 {
        deep = Group {
            join: Join::All,
            items: vec![Item::Group(deep)],
        };
    }
    assert!(names(&b, &deep).is_empty());
    assert_eq!(deep.needs(), Needs::default());
    // Dropping it must not overflow the stack either.
    std::mem::forget(deep);
}

#[test]
fn loyalty_and_scores_count_once_they_are_known() {
    let b = book();
    let gold = all(vec![when(Subject::Tier, Test::Is("gold".into()))]);
    let points = all(vec![when(Subject::Points, Test::AtLeast(100.0))]);
    assert!(names(&b, &gold).is_empty(), "not known yet: no one");
    let standing: HashMap<_, _> = [
        ("amina".into(), (150, "Gold".to_owned())),
        ("dina".into(), (100, String::new())),
    ]
    .into_iter()
    .collect();
    b.facts.set_loyalty(&b.directory, &standing);
    assert_eq!(names(&b, &gold), ["amina"]);
    assert_eq!(names(&b, &points), ["amina", "dina"]);
    let untiered = all(vec![when(Subject::Tier, Test::IsEmpty)]);
    assert_eq!(names(&b, &untiered), ["baraka", "chen", "dina"]);

    let scores: HashMap<_, _> = [(
        "amina".into(),
        Scores {
            rfm: Some(RfmSegment::Champions),
            chance_active: Some(0.25),
            expected_value: Some(1_234.0),
        },
    )]
    .into_iter()
    .collect();
    b.facts.set_scores(&b.directory, &scores);
    let champions = all(vec![when(Subject::Rfm, Test::Is("champions".into()))]);
    assert_eq!(names(&b, &champions), ["amina"]);
    let slipping = all(vec![when(Subject::ChanceActive, Test::AtMost(30.0))]);
    assert_eq!(names(&b, &slipping), ["amina"]);
    let valuable = all(vec![when(Subject::ExpectedValue, Test::AtLeast(1_000.0))]);
    assert_eq!(names(&b, &valuable), ["amina"]);
}

#[test]
fn the_score_adds_the_points_of_every_rule_matched_and_segments_can_use_it() {
    let mut b = book();
    b.score_rules = vec![
        ScoreRule {
            condition: when(Subject::Spend { days: 30 }, Test::AtLeast(1_000.0)),
            points: 30,
        },
        ScoreRule {
            condition: when(Subject::Tag, Test::Is("regular".into())),
            points: 20,
        },
        ScoreRule {
            condition: when(Subject::DaysSinceVisit, Test::AtLeast(90.0)),
            points: -15,
        },
        // Looks at the score itself: would go round in circles, so counts for no one.
        ScoreRule {
            condition: when(Subject::Score, Test::AtLeast(0.0)),
            points: 1_000,
        },
    ];
    let sources = Sources {
        directory: &b.directory,
        table: &b.table,
        facts: &b.facts,
        score_rules: &b.score_rules,
    };
    let by_name: HashMap<String, i64> = scores(&sources)
        .into_iter()
        .enumerate()
        .map(|(slot, s)| (b.directory.row(slot as u32).unwrap().id.to_string(), s))
        .collect();
    // Amina: spent 1,000 in 30 days and is a regular; Chen: a regular; Baraka: lapsed;
    // Dina: exactly 1,000 (a tie counts).
    assert_eq!(by_name["amina"], 50);
    assert_eq!(by_name["chen"], 20);
    assert_eq!(by_name["baraka"], -15);
    assert_eq!(by_name["dina"], 30);
    let high = all(vec![when(Subject::Score, Test::AtLeast(30.0))]);
    assert_eq!(names(&b, &high), ["amina", "dina"]);
    assert!(high.needs().score);
    assert_eq!(high.needs().with_score_rules(&b.score_rules).windows, [30]);
}

#[test]
fn email_and_phone_conditions_look_only_at_their_own_kind() {
    let mut b = book();
    let mut eve = person("eve", "Eve", &[]);
    eve.phones = vec!["+254700111222".into()];
    eve.emails = vec!["mary1985@example.com".into()];
    b.directory.upsert(&eve);
    let rule = |on, t: &str| all(vec![when(on, Test::Contains(t.into()))]);
    assert_eq!(
        names(&b, &rule(Subject::Phone, "1985")),
        Vec::<String>::new()
    );
    assert_eq!(
        names(&b, &rule(Subject::Email, "0700")),
        Vec::<String>::new()
    );
    assert_eq!(names(&b, &rule(Subject::Email, "1985")), ["eve"]);
    assert_eq!(names(&b, &rule(Subject::Phone, "0700 111")), ["eve"]);
}

#[test]
fn facts_from_before_a_save_never_panic_and_count_the_newcomer_as_new() {
    // The facts were built; then another tab saved a customer, which takes a new slot.
    let mut b = book();
    let mut edited = person("amina", "Amina Njeri", &["Regular"]);
    edited.address = "Moved".into();
    b.directory.upsert(&edited);
    b.directory.upsert(&person("zed", "Zed", &[]));
    assert!(b.directory.slots() > b.facts.slots());
    for on in [
        Subject::Spend { days: 30 },
        Subject::Visits { days: 0 },
        Subject::DaysSinceVisit,
        Subject::Points,
        Subject::Rfm,
        Subject::Score,
    ] {
        let rule = all(vec![when(on, Test::AtMost(0.0))]);
        let found = names(&b, &rule);
        assert!(found.len() <= 5, "{found:?}");
    }
}

#[test]
fn a_deleted_customer_is_never_a_member() {
    let mut b = book();
    b.directory.remove(&"amina".into());
    let rule = all(vec![when(Subject::Tag, Test::Is("regular".into()))]);
    assert_eq!(names(&b, &rule), ["chen"]);
}

#[test]
fn rules_survive_a_round_trip_through_json() {
    let segment = Segment {
        id: "s1".into(),
        purpose: None,
        name: "Lapsed regulars".into(),
        rule: Group {
            join: Join::Any,
            items: vec![
                Item::Condition(when(Subject::Spend { days: 90 }, Test::AtLeast(5_000.0))),
                Item::Group(all(vec![when(Subject::Custom("vip".into()), Test::Yes)])),
            ],
        },
    };
    let json = serde_json::to_string(&segment).unwrap();
    assert_eq!(serde_json::from_str::<Segment>(&json).unwrap(), segment);
}

mod drafts {
    use super::super::draft::*;
    use super::super::*;
    use crate::domain::money::{Currency, MoneyProblem};

    fn kes() -> Currency {
        Currency {
            code: "KES".into(),
            exponent: 2,
        }
    }

    #[test]
    fn a_draft_builds_the_rule_and_names_each_unreadable_condition() {
        let mut d = SegmentDraft::default();
        let spend = d.add_condition(None);
        d.condition_mut(spend).unwrap().value = "۱٬۵۰۰".into();
        let group = d.add_group();
        let tag = d.add_condition(Some(group));
        d.set_subject(tag, Subject::Tag, &[]);
        let visits = d.add_condition(Some(group));
        d.set_subject(visits, Subject::Visits { days: 30 }, &[]);
        d.condition_mut(visits).unwrap().value = "two".into();
        let (rule, problems) = d.build(&kes());
        assert_eq!(
            problems,
            [
                DraftProblem {
                    position: 2,
                    problem: ValueProblem::Missing
                },
                DraftProblem {
                    position: 3,
                    problem: ValueProblem::NotANumber
                }
            ]
        );
        // Readable conditions still count: the live figure follows what can be read.
        assert_eq!(
            rule.items,
            [Item::Condition(Condition {
                on: Subject::Spend { days: 90 },
                test: Test::AtLeast(150_000.0)
            })]
        );
        assert!(d.to_segment(&kes()).is_err());
        d.condition_mut(tag).unwrap().value = "regular".into();
        d.condition_mut(visits).unwrap().value = "2".into();
        d.name = "Big regulars".into();
        let saved = d.to_segment(&kes()).unwrap();
        assert_eq!(saved.rule.conditions(), 3);
        // Reopened, it shows the same values.
        let reopened = SegmentDraft::from_segment(&saved, &kes());
        assert_eq!(reopened.build(&kes()).0, saved.rule);
        assert_eq!(reopened.condition(1).unwrap().value, "1500.00");
    }

    #[test]
    fn values_are_read_in_the_owners_way_and_out_of_range_ones_refused() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(
            parse_number("۴۰٪"),
            None,
            "Persian percent sign is not ASCII"
        );
        assert_eq!(parse_number("40%"), Some(40.0));
        assert_eq!(parse_number("inf"), None);
        let mut d = SegmentDraft::default();
        let c = d.add_condition(None);
        d.set_subject(c, Subject::ChanceActive, &[]);
        d.condition_mut(c).unwrap().value = "140".into();
        assert_eq!(d.build(&kes()).1[0].problem, ValueProblem::NotAPercent);
        d.set_subject(c, Subject::ExpectedValue, &[]);
        d.condition_mut(c).unwrap().value = "-5".into();
        assert_eq!(
            d.build(&kes()).1[0].problem,
            ValueProblem::Amount(MoneyProblem::Negative)
        );
    }

    #[test]
    fn score_rules_are_edited_with_their_points_and_refused_with_a_reason() {
        let mut d = ScoreDraft::default();
        let big = d.add_rule();
        d.rules.condition_mut(big).unwrap().value = "5000".into();
        let lapsed = d.add_rule();
        d.rules.set_subject(lapsed, Subject::DaysSinceVisit, &[]);
        d.rules.condition_mut(lapsed).unwrap().value = "60".into();
        d.points.insert(lapsed, "-20".into());
        let rules = d.build(&kes()).unwrap();
        assert_eq!(
            rules.iter().map(|r| r.points).collect::<Vec<_>>(),
            [10, -20]
        );
        assert_eq!(
            ScoreDraft::from_rules(&rules, &kes())
                .build(&kes())
                .unwrap(),
            rules
        );
        for bad in ["0", "2.5", "1001", ""] {
            d.points.insert(big, bad.into());
            let problems = d.build(&kes()).unwrap_err();
            assert_eq!(problems[0].position, 1, "{bad}");
            assert_eq!(problems[0].problem, ValueProblem::Points, "{bad}");
        }
        d.remove_rule(big);
        assert_eq!(d.build(&kes()).unwrap().len(), 1);
    }

    #[test]
    fn a_new_subject_resets_the_test_unless_only_the_window_changed() {
        let mut d = SegmentDraft::default();
        let c = d.add_condition(None);
        d.condition_mut(c).unwrap().test = TestKind::AtMost;
        d.condition_mut(c).unwrap().value = "10".into();
        d.set_subject(c, Subject::Spend { days: 30 }, &[]);
        assert_eq!(d.condition(c).unwrap().test, TestKind::AtMost);
        assert_eq!(d.condition(c).unwrap().value, "10");
        d.set_subject(c, Subject::Tag, &[]);
        assert_eq!(d.condition(c).unwrap().test, TestKind::Is);
        assert!(d.condition(c).unwrap().value.is_empty());
        let g = d.add_group();
        d.add_condition(Some(g));
        d.remove_group(g);
        assert_eq!(d.conditions.len(), 1);
    }
}

#[test]
fn a_group_inside_a_group_matches_no_one_and_the_builder_says_it_left_it_out() {
    use super::draft::SegmentDraft;
    let b = book();
    let tagged = Condition {
        on: Subject::Tag,
        test: Test::IsSet,
    };
    let inner = Group {
        join: Join::Any,
        items: vec![Item::Condition(tagged.clone())],
    };
    let one_level = Group {
        join: Join::Any,
        items: vec![Item::Group(inner.clone())],
    };
    let two_levels = Group {
        join: Join::Any,
        items: vec![Item::Group(Group {
            join: Join::Any,
            items: vec![Item::Group(inner)],
        })],
    };
    assert_eq!((one_level.depth(), two_levels.depth()), (2, 3));
    assert!(!names(&b, &one_level).is_empty());
    assert!(names(&b, &two_levels).is_empty());

    let segment = Segment {
        id: "s1".into(),
        purpose: None,
        name: "Deep".into(),
        rule: two_levels,
    };
    let draft = SegmentDraft::from_segment(&segment, &crate::domain::money::Currency::default());
    assert_eq!(draft.left_out, 1);
    assert_eq!(draft.groups.len(), 1);
}
