use super::*;

fn active(last_ms: i64, purchases: u32, spend: i64) -> WindowActivity {
    WindowActivity {
        last_ms: Some(last_ms),
        purchases,
        spend,
    }
}

#[test]
fn quintiles_of_distinct_values() {
    // Ten customers, values 1..=10: two per fifth.
    let activity: Vec<_> = (1..=10).map(|i| active(i, i as u32, i * 100)).collect();
    let scores = rfm_scores(&activity);
    let r: Vec<u8> = scores.iter().map(|s| s.unwrap().recency).collect();
    assert_eq!(r, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    assert!(scores.iter().all(|s| {
        let s = s.unwrap();
        s.recency == s.frequency && s.frequency == s.monetary
    }));
}

#[test]
fn ties_share_a_score_and_no_purchase_has_none() {
    let activity = vec![
        active(5, 1, 100),
        active(5, 1, 100),
        active(5, 1, 100),
        active(9, 4, 900),
        WindowActivity::default(),
    ];
    let scores = rfm_scores(&activity);
    assert_eq!(scores[4], None);
    let f: Vec<u8> = scores[..4].iter().map(|s| s.unwrap().frequency).collect();
    // Three of four tie at the bottom: they share 1; the fourth has 3/4 below it.
    assert_eq!(f, [1, 1, 1, 4]);
    // One customer alone is in no one's top fifth but their own: the bottom score.
    assert_eq!(rfm_scores(&[active(1, 1, 1)])[0].unwrap().recency, 1);
    assert!(rfm_scores(&[]).is_empty());
}

#[test]
fn default_table_follows_the_documented_grid() {
    let t = RfmTable::default();
    let seg = |recency, frequency| {
        t.segment_of(RfmScore {
            recency,
            frequency,
            monetary: 3,
        })
    };
    use RfmSegment::*;
    assert_eq!(seg(5, 5), Champions);
    assert_eq!(seg(5, 4), Champions);
    assert_eq!(seg(3, 5), Loyal);
    assert_eq!(seg(4, 4), Loyal);
    assert_eq!(seg(4, 2), PotentialLoyalists);
    assert_eq!(seg(5, 3), PotentialLoyalists);
    assert_eq!(seg(5, 1), New);
    assert_eq!(seg(4, 1), Promising);
    assert_eq!(seg(3, 3), NeedAttention);
    assert_eq!(seg(3, 1), AboutToSleep);
    assert_eq!(seg(2, 4), AtRisk);
    assert_eq!(seg(1, 5), CantLoseThem);
    assert_eq!(seg(1, 1), Hibernating);
    // Every segment is used somewhere.
    for s in RfmSegment::ALL {
        assert!((1..=5).any(|r| (1..=5).any(|f| seg(r, f) == s)), "{s:?}");
    }
    let mut mine = t.clone();
    mine.assign(1, 1, AtRisk);
    mine.assign(9, 1, Champions);
    assert_eq!(
        mine.segment_of(RfmScore {
            recency: 1,
            frequency: 1,
            monetary: 1
        }),
        AtRisk
    );
    assert_eq!(
        mine.segment_of(RfmScore {
            recency: 5,
            frequency: 1,
            monetary: 1
        }),
        New
    );
}

#[test]
fn window_leaves_out_voided_walk_in_and_outside_purchases() {
    use crate::domain::purchase::Void;
    use crate::domain::{Money, Purchase, PurchaseId};
    let p = |id: &str, customer: Option<&str>, at_ms: i64, amount: i64| Purchase {
        id: PurchaseId(id.into()),
        customer: customer.map(Into::into),
        at_ms,
        amount: Money(amount),
        categories: vec![],
        note: String::new(),
        void: None,
    };
    let mut table = PurchaseTable::default();
    table.push(&p("a", Some("amina"), 5, 100));
    table.push(&p("b", Some("amina"), 15, 200));
    table.push(&p("c", Some("amina"), 25, 400));
    table.push(&p("d", None, 12, 800));
    table.push(&p("e", Some("baraka"), 12, 50));
    let mut voided = p("e", Some("baraka"), 12, 50);
    voided.void = Some(Void {
        at_ms: 13,
        reason: "mistake".into(),
    });
    assert!(table.replace(&voided));
    let activity = window_activity(&table, 10, 25);
    let amina = activity[table.customer_index(&"amina".into()).unwrap() as usize];
    assert_eq!(amina, active(15, 1, 200));
    let baraka = activity[table.customer_index(&"baraka".into()).unwrap() as usize];
    assert_eq!(baraka, WindowActivity::default());
    let scores = rfm_scores(&activity);
    let grid = rfm_grid(&scores, &activity);
    let total: u32 = grid.cells.iter().flatten().map(|c| c.customers).sum();
    assert_eq!(total, 1);
    assert_eq!(
        grid.cells[0][0],
        GridCell {
            customers: 1,
            revenue: 200
        }
    );
}
