//! Insights through the book, on purchases drawn from known model parameters.

use super::{book, run, tab_on, NOW};
use crate::analytics::clv::{simulate_purchases, BgNbd, GammaGamma, ModelsError};
use crate::backup::BookContent;
use crate::book::backup::Progress;
use crate::book::insights::InsightOptions;
use crate::demo::DemoGenerator;
use crate::domain::{Money, Purchase, PurchaseId};
use crate::sales::PurchaseChunk;
use crate::store::memory::MemoryStore;
use crate::store::Store;
use rand::SeedableRng;
use std::cell::RefCell;
use std::rc::Rc;

const DAY_MS: i64 = 86_400_000;

/// 1,500 customers who bought over the last 78 weeks as BG/NBD says.
fn simulated_book() -> crate::book::Book<Rc<MemoryStore>> {
    let mut demo = DemoGenerator::new(3, NOW);
    let customers = demo.batch(1_500).customers;
    let mut rng = rand::rngs::SmallRng::seed_from_u64(5);
    let model = BgNbd {
        r: 0.5,
        alpha: 6.0,
        a: 0.8,
        b: 2.5,
    };
    let spend = GammaGamma {
        p: 6.0,
        q: 4.0,
        v: 1_500.0,
    };
    let today = NOW / DAY_MS;
    let first = today as i32 - 546;
    let mut drawn =
        simulate_purchases(&model, &spend, 1_500, first, 182, today as i32, &mut rng).unwrap();
    drawn.sort_by_key(|t| t.day);
    let purchases: Vec<Purchase> = drawn
        .iter()
        .map(|t| {
            let at = i64::from(t.day) * DAY_MS + 10 * 3_600_000;
            Purchase {
                id: PurchaseId::generate(at, &mut rng),
                customer: Some(customers[t.customer as usize].id.clone()),
                at_ms: at.min(NOW),
                amount: Money((t.amount as i64).max(1)),
                categories: vec![],
                note: String::new(),
                void: None,
            }
        })
        .collect();
    let store = Rc::new(MemoryStore::new());
    let content = BookContent {
        customers,
        purchases: purchases
            .chunks(1_024)
            .map(PurchaseChunk::from_purchases)
            .collect(),
        ..BookContent::default()
    };
    run(store.replace_book(&content)).unwrap();
    tab_on(&store)
}

#[test]
fn insights_score_fit_and_find_who_is_slipping_away() {
    let b = simulated_book();
    let seen = RefCell::new(Vec::<Progress>::new());
    let insights = run(b.insights(InsightOptions::default(), &|p| seen.borrow_mut().push(p)));
    let seen = seen.into_inner();
    assert!(
        seen.len() > 3 && seen.windows(2).all(|w| w[0].done <= w[1].done),
        "{seen:?}"
    );
    assert_eq!(seen.last().map(|p| (p.done, p.total)), Some((100, 100)));

    let models = insights.models.as_ref().expect("enough data to fit");
    assert!(models.bgnbd.converged && models.gamma_gamma.is_some());
    assert_eq!(models.customers, 1_500);
    let holdout = insights.holdout.as_ref().expect("a holdout check");
    assert!(
        holdout
            .groups
            .iter()
            .all(|g| (g.predicted - g.actual).abs() < 1.0),
        "{holdout:?}"
    );

    // The grid holds everyone who bought in the window, each cell's customers listed.
    let in_grid: u32 = insights
        .grid
        .cells
        .iter()
        .flatten()
        .map(|c| c.customers)
        .sum();
    assert_eq!(in_grid as usize, insights.scored());
    assert!(insights.scored() > 300);
    let cell = insights.grid.cells[4][4];
    assert_eq!(insights.in_cell(5, 5).len(), cell.customers as usize);

    // Groups cover everyone scored, largest first, and k was chosen among those tried.
    let groups = insights
        .clusters
        .as_ref()
        .expect("enough customers to group");
    let sizes: Vec<usize> = groups.clusters.iter().map(|c| c.customers).collect();
    assert_eq!(sizes.iter().sum::<usize>(), insights.scored());
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    assert_eq!(groups.tried.len(), 5);
    let chosen = groups.tried.iter().find(|t| t.k == sizes.len()).unwrap();
    assert!(groups
        .tried
        .iter()
        .all(|t| t.silhouette <= chosen.silhouette));
    assert!(groups.silhouette > 0.2, "{:?}", groups.tried);

    let at_risk = insights.at_risk();
    assert!(!at_risk.is_empty());
    assert!(at_risk
        .windows(2)
        .all(|w| w[0].value_at_risk >= w[1].value_at_risk));
    assert!(at_risk
        .iter()
        .all(|r| (0.02..0.6).contains(&r.p_alive) && r.usual_interval_days > 0.0));
    // Slipping away: their last visit is well past their usual interval.
    let top = &at_risk[0];
    let days_since = (NOW - top.last_purchase_ms) as f64 / DAY_MS as f64;
    assert!(days_since > top.usual_interval_days, "{top:?}");
    let one = insights.of(&top.id);
    let outlook = one.outlook.unwrap();
    assert!((outlook.p_alive - top.p_alive).abs() < 1e-12);
    assert!(outlook.value.unwrap() > 0.0 && outlook.expected_visits >= 0.0);
}

#[test]
fn a_small_book_gets_rfm_but_is_told_the_models_need_more() {
    let b = book();
    let id = super::add(&b, "Amina Hassan");
    run(b.record_sale(Some(id.clone()), &super::sale("12.50"))).unwrap();
    let insights = run(b.insights(InsightOptions::default(), &|_| {}));
    assert!(matches!(
        insights.models,
        Err(ModelsError::TooFew { customers: 1, .. })
    ));
    assert!(insights.holdout.is_none() && insights.at_risk().is_empty());
    assert_eq!(insights.scored(), 1);
    let amina = insights.of(&id);
    assert!(amina.score.is_some() && amina.segment.is_some() && amina.outlook.is_none());
}

#[test]
fn the_demo_book_has_regulars_newcomers_and_customers_slipping_away() {
    let b = book();
    run(b.load_demo(2_000, crate::book::DemoOptions::default(), &|_| {})).unwrap();
    let insights = run(b.insights(InsightOptions::default(), &|_| {}));
    let models = insights
        .models
        .as_ref()
        .expect("demo purchases fit the models");
    assert!(models.gamma_gamma.is_some());
    assert!(insights.holdout.is_some());
    assert!(insights.at_risk().len() > 20);
    let cells_used = insights
        .grid
        .cells
        .iter()
        .flatten()
        .filter(|c| c.customers > 0)
        .count();
    assert!(cells_used >= 15, "{:?}", insights.grid);
}

#[test]
fn sales_are_unsettled_while_a_demo_is_written() {
    let b = book();
    assert!(b.sales_settled());
    let seen = RefCell::new(Vec::new());
    run(b.load_demo(300, crate::book::DemoOptions::default(), &|_| {
        seen.borrow_mut().push(b.sales_settled())
    }))
    .unwrap();
    assert!(!seen.into_inner().contains(&true));
    assert!(b.sales_settled());
}

#[test]
fn the_owners_rfm_period_and_table_are_kept_and_used() {
    use crate::analytics::rfm::{RfmSegment, RfmSettings};
    let b = simulated_book();
    let usual = run(b.insights(b.saved_insight_options(), &|_| {}));
    assert_eq!(usual.options.window_months, 12);

    // Every square renamed "Champions" but one, over six months; an unoffered period
    // (7) is taken as the nearest offered.
    let mut rfm = RfmSettings {
        window_months: 7,
        ..RfmSettings::default()
    };
    for r in 1..=5 {
        for f in 1..=5 {
            rfm.table.assign(r, f, RfmSegment::Champions);
        }
    }
    rfm.table.assign(1, 1, RfmSegment::Hibernating);
    run(b.save_rfm_settings(rfm)).unwrap();
    let options = b.saved_insight_options();
    assert_eq!(options.window_months, 6);
    assert_eq!(options.table.cell(5, 1), RfmSegment::Champions);

    let chosen = run(b.insights(options, &|_| {}));
    let (scored, usual_scored) = (chosen.scored(), usual.scored());
    assert!(
        scored < usual_scored,
        "fewer bought in 6 months than in 12: {scored} vs {usual_scored}"
    );
    let hibernating = chosen.in_segment(RfmSegment::Hibernating).len();
    assert_eq!(hibernating, chosen.grid.cells[0][0].customers as usize);
    assert_eq!(
        chosen.in_segment(RfmSegment::Champions).len() + hibernating,
        scored
    );
    assert!(chosen.in_segment(RfmSegment::Loyal).is_empty());
    let sizes = chosen.segment_sizes();
    for (segment, size) in RfmSegment::ALL.into_iter().zip(sizes) {
        assert_eq!(size, chosen.in_segment(segment).len(), "{segment:?}");
    }

    // Kept in the settings a second tab reads.
    let stored = run(b.store().load_settings()).unwrap();
    assert_eq!(stored.rfm.window_months, 6);
}
