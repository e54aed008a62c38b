//! Behaviour every `Store` must have. Run natively against `MemoryStore` and in headless
//! Chromium against the real IndexedDB store, so the two cannot drift apart.

use super::{Settings, Store, StoreError};
use crate::demo::DemoGenerator;
use crate::domain::{
    CustomFieldDef, CustomFieldKind, Customer, CustomerId, Interaction, InteractionKind, PersonName,
};
use chrono::NaiveDate;

const NOW: i64 = 1_795_000_000_000;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("valid test date")
}

pub fn customer(id: &str, name: &str) -> Customer {
    Customer {
        id: id.into(),
        name: PersonName {
            display: name.into(),
            ..Default::default()
        },
        phones: vec!["+254712345678".into()],
        emails: vec![],
        address: String::new(),
        birthday: None,
        language: "sw".into(),
        about: "Chai, extra ginger".into(),
        tags: vec!["regular".into()],
        custom: Default::default(),
        consents: vec![],
        flags: vec![],
        created_ms: NOW,
        updated_ms: NOW,
        revision: 0,
    }
}

pub fn note(customer: &str, id: &str, at_ms: i64, due: Option<NaiveDate>) -> Interaction {
    Interaction {
        id: id.into(),
        customer_id: customer.into(),
        kind: InteractionKind::Note,
        at_ms,
        text: format!("note {id}"),
        score: None,
        due,
        done: false,
        revision: 0,
    }
}

pub async fn run_all<S: Store>(store: &S) {
    empty_store(store).await;
    revisions_refuse_lost_updates(store).await;
    timeline_and_follow_ups(store).await;
    delete_and_undo(store).await;
    settings_round_trip(store).await;
    bulk_batches_load_back(store).await;
    super::contract_sales::run_all(store).await;
    super::contract_merge::run_all(store).await;
    super::contract_whole_book::run_all(store).await;
}

async fn empty_store<S: Store>(store: &S) {
    let mut pages = 0;
    let n = store.load_customers(&mut |_| pages += 1).await.unwrap();
    assert_eq!((n, pages), (0, 0), "a new store is empty");
    assert_eq!(store.load_settings().await.unwrap(), Settings::default());
    assert_eq!(store.get_customer(&"nobody".into()).await.unwrap(), None);
}

async fn revisions_refuse_lost_updates<S: Store>(store: &S) {
    let first = store
        .save_customer(&customer("rev", "Amina"))
        .await
        .unwrap();
    assert_eq!(first.revision, 0);
    let mut tab_a = first.clone();
    tab_a.about = "from tab A".into();
    let saved_a = store.save_customer(&tab_a).await.unwrap();
    assert_eq!(saved_a.revision, 1);
    let mut tab_b = first.clone();
    tab_b.about = "from tab B, based on the old revision".into();
    assert_eq!(
        store.save_customer(&tab_b).await,
        Err(StoreError::Conflict {
            stored: 1,
            expected: 0
        })
    );
    let stored = store.get_customer(&"rev".into()).await.unwrap().unwrap();
    assert_eq!(
        stored.about, "from tab A",
        "the refused save changed nothing"
    );
}

async fn timeline_and_follow_ups<S: Store>(store: &S) {
    store
        .save_customer(&customer("tl", "Baraka"))
        .await
        .unwrap();
    store
        .save_interaction(&note("tl", "i1", 100, None))
        .await
        .unwrap();
    store
        .save_interaction(&note("tl", "i2", 300, Some(day(3))))
        .await
        .unwrap();
    store
        .save_interaction(&note("tl", "i3", 200, Some(day(1))))
        .await
        .unwrap();
    store
        .save_interaction(&note("rev", "i4", 50, Some(day(20))))
        .await
        .unwrap();
    let timeline = store.timeline(&"tl".into()).await.unwrap();
    let ids: Vec<_> = timeline.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["i2", "i3", "i1"],
        "newest first, only this customer's"
    );

    let due: Vec<_> = store.follow_ups_until(day(5)).await.unwrap();
    let due_ids: Vec<_> = due.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(due_ids, ["i3", "i2"], "soonest first, none after the date");

    let mut done = note("tl", "i3", 200, Some(day(1)));
    done.done = true;
    store.save_interaction(&done).await.unwrap();
    let due_ids: Vec<_> = store
        .follow_ups_until(day(5))
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.id.0)
        .collect();
    assert_eq!(due_ids, ["i2"], "a done follow-up leaves the list");

    store
        .delete_interaction(&"tl".into(), &"i2".into())
        .await
        .unwrap();
    assert!(store.follow_ups_until(day(5)).await.unwrap().is_empty());
    assert_eq!(store.timeline(&"tl".into()).await.unwrap().len(), 2);
}

async fn delete_and_undo<S: Store>(store: &S) {
    let ids: Vec<CustomerId> = vec!["tl".into(), "rev".into(), "missing".into()];
    let before_tl = store.timeline(&"tl".into()).await.unwrap();
    let removed = store.delete_customers(&ids).await.unwrap();
    assert_eq!(removed.len(), 2, "unknown ids are skipped");
    assert_eq!(store.get_customer(&"tl".into()).await.unwrap(), None);
    assert!(store.timeline(&"tl".into()).await.unwrap().is_empty());
    assert!(
        store.follow_ups_until(day(31)).await.unwrap().is_empty(),
        "follow-ups go too"
    );

    store.restore(&removed).await.unwrap();
    assert_eq!(
        store.timeline(&"tl".into()).await.unwrap(),
        before_tl,
        "undo restores all"
    );
    assert_eq!(store.follow_ups_until(day(31)).await.unwrap().len(), 1);
    store.delete_customers(&ids).await.unwrap();
}

async fn settings_round_trip<S: Store>(store: &S) {
    let settings = Settings {
        language: Some("ur".into()),
        country: Some("KE".into()),
        custom_fields: vec![CustomFieldDef {
            key: "size".into(),
            label: "Cup size".into(),
            kind: CustomFieldKind::Choice(vec!["Small".into(), "Large".into()]),
        }],
        loyalty: crate::loyalty::Programme {
            version: 3,
            ..Default::default()
        },
        segments: vec![crate::segments::Segment {
            id: "s1".into(),
            name: "Regulars".into(),
            rule: crate::segments::Group {
                join: crate::segments::Join::Any,
                items: vec![crate::segments::Item::Condition(
                    crate::segments::Condition {
                        on: crate::segments::Subject::Spend { days: 90 },
                        test: crate::segments::Test::AtLeast(5_000.0),
                    },
                )],
            },
            purpose: Some(crate::gdpr::Purpose::Own("p1".into())),
        }],
        purposes: vec![crate::gdpr::consent::OwnPurpose {
            id: "p1".into(),
            name: "Birthday cards".into(),
        }],
        records: crate::gdpr::records::OwnerEntries {
            controller: "Mama Njeri's Café".into(),
            recipients: "Our accountant".into(),
        },
        retention: crate::gdpr::retention::RetentionSettings {
            rules: vec![crate::gdpr::retention::KeptRule {
                id: "r1".into(),
                rule: crate::gdpr::retention::RetentionRule::DeleteOldEntries { years: 5 },
                automatic: true,
            }],
            log: vec![],
        },
        privacy_reports: crate::reports::PrivacyLedger {
            yearly_budget: crate::reports::Epsilon(2500),
            releases: vec![crate::reports::Release {
                number: 1,
                made_ms: 1_790_000_000_000,
                spec: crate::reports::ReportSpec::new(
                    crate::reports::Metric::AverageSpend,
                    crate::reports::Breakdown::Region,
                    2026,
                ),
                rows: vec![crate::reports::ReleasedRow {
                    label: crate::reports::CellLabel::Region("Nairobi".into()),
                    estimate: Some(crate::reports::Estimate {
                        value: 120,
                        low: 80,
                        high: 160,
                    }),
                }],
                total: None,
                unnamed_hidden: 2,
            }],
        },
        score_rules: vec![crate::segments::ScoreRule {
            condition: crate::segments::Condition {
                on: crate::segments::Subject::Tag,
                test: crate::segments::Test::Is("regular".into()),
            },
            points: -5,
        }],
        rfm: {
            let mut rfm = crate::analytics::rfm::RfmSettings {
                window_months: 6,
                ..Default::default()
            };
            rfm.table
                .assign(5, 1, crate::analytics::rfm::RfmSegment::Promising);
            rfm
        },
        requests: vec![crate::gdpr::DataRequest::new(
            "r1".into(),
            crate::gdpr::RequestKind::Erasure,
            crate::gdpr::Subject::Pseudonym("a1b2".into()),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 31).expect("a date"),
            chrono::NaiveDate::from_ymd_opt(2026, 4, 2).expect("a date"),
            7,
        )
        .expect("a request")],
        pseudonym_key: "00ff".into(),
        imports: {
            use crate::exchange::import::{journal, mapping};
            let mut imports = journal::ImportSettings::default();
            imports.put(journal::ImportRecord {
                started_ms: NOW,
                nonce: 7,
                file_name: "customers.csv".into(),
                rows: 12,
                ..Default::default()
            });
            imports.remember(
                &["Name".into(), "VIP".into()],
                &mapping::Mapping {
                    columns: vec![
                        mapping::Target::FullName,
                        mapping::Target::Custom("vip".into()),
                    ],
                    dates: mapping::DateOrder::MonthDayYear,
                },
            );
            imports
        },
        revision: 0,
    };
    let saved = store.save_settings(&settings).await.unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(store.load_settings().await.unwrap(), saved);
    assert_eq!(
        store.save_settings(&settings).await,
        Err(StoreError::Conflict {
            stored: 1,
            expected: 0
        }),
        "a tab holding the settings from before cannot overwrite them"
    );
}

async fn bulk_batches_load_back<S: Store>(store: &S) {
    let mut generator = DemoGenerator::new(42, NOW);
    let mut expected = Vec::new();
    for _ in 0..3 {
        let batch = generator.batch(2_500);
        store
            .put_batch(&batch.customers, &batch.interactions)
            .await
            .unwrap();
        expected.extend(batch.customers);
    }
    let mut loaded = Vec::new();
    let mut pages = 0;
    let n = store
        .load_customers(&mut |page| {
            assert!(page.len() <= super::LOAD_PAGE);
            pages += 1;
            loaded.extend(page);
        })
        .await
        .unwrap();
    assert_eq!(n, expected.len());
    assert!(pages >= 2, "the book is read in pages");
    loaded.sort_by(|a, b| a.id.cmp(&b.id));
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(loaded, expected, "every field of every customer comes back");

    // Edits and deletions reach customers wherever they are stored.
    let (first, middle, last) = (
        expected[0].id.clone(),
        expected[3_700].id.clone(),
        expected[7_499].id.clone(),
    );
    let mut edited = store.get_customer(&first).await.unwrap().unwrap();
    edited.about = "edited after the bulk load".into();
    let saved = store.save_customer(&edited).await.unwrap();
    assert_eq!(saved.revision, edited.revision + 1);
    let removed = store
        .delete_customers(&[middle.clone(), last.clone()])
        .await
        .unwrap();
    assert_eq!(removed.len(), 2);
    let mut after = Vec::new();
    store
        .load_customers(&mut |page| after.extend(page))
        .await
        .unwrap();
    assert_eq!(after.len(), expected.len() - 2);
    assert!(after.iter().all(|c| c.id != middle && c.id != last));
    assert_eq!(
        store.get_customer(&first).await.unwrap().unwrap().about,
        "edited after the bulk load"
    );
    assert_eq!(store.get_customer(&middle).await.unwrap(), None);
}
