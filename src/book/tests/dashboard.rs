//! The dashboard from the book: today's sales in the period, the restricted out of the
//! per-customer figures but in the takings, and feedback read from the timelines.

use super::{add, book, run, sale};
use crate::analytics::dashboard::{Calendar, Period};
use crate::domain::{InteractionDraft, InteractionKind};
use crate::gdpr::consent::Flag;

fn feedback(score: &str, nps: bool) -> InteractionDraft {
    InteractionDraft {
        kind: Some(InteractionKind::Feedback),
        text: "How was it?".into(),
        score: score.into(),
        nps,
        ..InteractionDraft::default()
    }
}

#[test]
fn the_dashboard_counts_todays_sales_and_feedback_and_leaves_the_restricted_out() {
    let b = book();
    let amina = add(&b, "Amina Otieno");
    let baraka = add(&b, "Baraka Mwangi");
    let hidden = add(&b, "Hidden Person");
    for (who, amount) in [
        (&amina, "100"),
        (&amina, "50"),
        (&baraka, "30"),
        (&hidden, "20"),
    ] {
        run(b.record_sale(Some(who.clone()), &sale(amount))).unwrap();
    }
    run(b.record_sale(None, &sale("5"))).unwrap();
    run(b.add_interaction(&amina, &feedback("5", false))).unwrap();
    run(b.add_interaction(&baraka, &feedback("3", false))).unwrap();
    run(b.add_interaction(&baraka, &feedback("10", true))).unwrap();
    run(b.add_interaction(&hidden, &feedback("1", false))).unwrap();
    run(b.set_flag(&hidden, Flag::Restriction, true, "asked")).unwrap();

    let steps = std::cell::Cell::new(0);
    let d = run(b.dashboard(Period::Month, &|_| steps.set(steps.get() + 1)));
    assert!(steps.get() > 0, "progress is told");
    let now = d.current;
    assert_eq!(
        (now.revenue, now.visits),
        (20_500, 5),
        "every sale is in the takings"
    );
    assert_eq!(now.walk_in_revenue(), 500);
    assert_eq!(
        (now.customers, now.new),
        (2, 2),
        "the restricted person is not counted"
    );
    assert_eq!((now.active, now.repeat), (2, 1));
    assert_eq!(d.previous.revenue, 0);
    let today = d.steps.last().unwrap();
    assert_eq!((today.new, today.returning, today.revenue), (2, 0, 20_500));

    let calendar = Calendar::new(Period::Month, b.host.today(), &b.zone());
    let [csat, before] = run(b.satisfaction(&calendar, &|_| {})).unwrap();
    assert_eq!(
        csat.csat_average(),
        Some(4.0),
        "5 and 3; the restricted person's 1 is out"
    );
    assert_eq!((csat.nps_responses(), csat.nps()), (1, Some(100.0)));
    assert_eq!(before.csat_responses, 0);

    // Asked again with nothing written: no timeline is read. A new entry is seen.
    let reads = std::cell::Cell::new(0);
    run(b.satisfaction(&calendar, &|_| reads.set(reads.get() + 1))).unwrap();
    assert_eq!(
        reads.get(),
        0,
        "nothing written since: the last reading stands"
    );
    run(b.add_interaction(&amina, &feedback("1", false))).unwrap();
    let [csat, _] = run(b.satisfaction(&calendar, &|_| reads.set(reads.get() + 1))).unwrap();
    assert!(reads.get() > 0);
    assert_eq!((csat.csat_responses, csat.csat_average()), (3, Some(3.0)));
    // Another tab's entry moves the store's generation too.
    let other = super::tab_on(b.store());
    run(other.add_interaction(&baraka, &feedback("5", false))).unwrap();
    let [csat, _] = run(b.satisfaction(&calendar, &|_| {})).unwrap();
    assert_eq!(csat.csat_responses, 4);
}
