use super::dashboard::*;
use crate::domain::time::{local_start_of_day, FixedOffset, Millis};
use crate::domain::{CustomerId, Money, Purchase, PurchaseId, Score};
use crate::sales::PurchaseTable;
use chrono::NaiveDate;

const ZONE: FixedOffset = FixedOffset(180);
const HOUR: i64 = 3_600_000;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// `hour` o'clock on `text`, the shop's time (three hours ahead of UTC).
fn at(text: &str, hour: i64) -> Millis {
    local_start_of_day(day(text), &ZONE) + hour * HOUR
}

fn sale(table: &mut PurchaseTable, customer: Option<&str>, when: Millis, amount: i64) {
    let n = table.len();
    table.push(&Purchase {
        id: PurchaseId(format!("p{n}")),
        customer: customer.map(CustomerId::from),
        at_ms: when,
        amount: Money(amount),
        categories: Vec::new(),
        note: String::new(),
        void: None,
    });
}

/// Today is 7 December 2026; the last 30 days start on 8 November, the 30 before on
/// 9 October, and the 30 before those on 9 September.
fn shop() -> (PurchaseTable, Vec<bool>) {
    let mut t = PurchaseTable::default();
    // Amina: a regular, first seen 1 October.
    sale(&mut t, Some("amina"), at("2026-10-01", 10), 1_000);
    sale(&mut t, Some("amina"), at("2026-10-20", 10), 2_000);
    sale(&mut t, Some("amina"), at("2026-11-20", 10), 3_000);
    sale(&mut t, Some("amina"), at("2026-12-01", 10), 4_000);
    // Baraka came once, last period, and not since.
    sale(&mut t, Some("baraka"), at("2026-10-20", 11), 500);
    // Chiku's first purchase: half past midnight on 8 November, shop's time, which is
    // still 7 November in UTC. It belongs to this period's first day.
    sale(&mut t, Some("chiku"), at("2026-11-08", 0) + HOUR / 2, 700);
    // A walk-in today, and a voided sale that counts nowhere.
    sale(&mut t, None, at("2026-12-07", 9), 300);
    sale(&mut t, Some("amina"), at("2026-12-02", 9), 9_999);
    let void_row = t.len() - 1;
    t.voided[void_row] = true;
    // Dede is restricted: her sale is in the takings, she is in no per-customer figure.
    sale(&mut t, Some("dede"), at("2026-12-03", 9), 200);
    // Tomorrow (a clock set wrong somewhere) is not in the period.
    sale(&mut t, Some("chiku"), at("2026-12-08", 9), 50);
    let counted = t.customers().iter().map(|c| c.as_str() != "dede").collect();
    (t, counted)
}

fn dashboard(period: Period) -> Dashboard {
    let (table, counted) = shop();
    let mut counter = DashboardCounter::new(Calendar::new(period, day("2026-12-07"), &ZONE));
    // In two slices, as the book counts them between pauses.
    counter.add_rows(&table, 0..5);
    counter.add_rows(&table, 5..table.len() + 10);
    let created = [
        at("2026-09-20", 9),
        at("2026-10-20", 9),
        at("2026-11-08", 1),
        at("2026-12-03", 9),
    ];
    counter.finish(&counted, created.into_iter())
}

#[test]
fn the_period_and_the_one_before_are_counted_on_the_shops_calendar() {
    let d = dashboard(Period::Month);
    assert_eq!(
        d.calendar.firsts,
        [day("2026-09-09"), day("2026-10-09"), day("2026-11-08")]
    );
    let now = d.current;
    // Amina 3,000 + 4,000, Chiku 700, the walk-in 300, Dede 200.
    assert_eq!((now.revenue, now.visits), (8_200, 5));
    assert_eq!((now.member_revenue, now.walk_in_revenue()), (7_900, 300));
    assert_eq!(now.average_spend(), Some(1_640.0));
    // Amina and Chiku bought (Dede is not counted); Amina more than once.
    assert_eq!((now.active, now.repeat), (2, 1));
    assert_eq!(now.repeat_rate(), Some(0.5));
    assert_eq!(now.visits_per_customer(), Some(1.5));
    // Amina and Baraka bought in the period before; only Amina came back.
    assert_eq!((now.active_before, now.retained), (2, 1));
    assert_eq!(now.retention_rate(), Some(0.5));
    assert_eq!(now.churn_rate(), Some(0.5));
    // Four in the book by now, two of them added in the period.
    assert_eq!((now.customers, now.new), (4, 2));

    let before = d.previous;
    assert_eq!(
        (before.revenue, before.visits, before.active),
        (2_500, 2, 2)
    );
    assert_eq!((before.active_before, before.retained), (1, 1));
    assert_eq!((before.customers, before.new), (2, 1));
}

#[test]
fn each_day_shows_its_takings_and_new_against_returning_customers() {
    let d = dashboard(Period::Month);
    assert_eq!(d.steps.len(), 30);
    assert_eq!(d.steps[0].first_day, day("2026-11-08"));
    // Chiku's first purchase, just after local midnight: new, on the first day.
    assert_eq!(
        (d.steps[0].revenue, d.steps[0].new, d.steps[0].returning),
        (700, 1, 0)
    );
    let dec1 = d
        .steps
        .iter()
        .find(|s| s.first_day == day("2026-12-01"))
        .unwrap();
    assert_eq!(
        (dec1.revenue, dec1.visits, dec1.new, dec1.returning),
        (4_000, 1, 0, 1)
    );
    let total: i64 = d.steps.iter().map(|s| s.revenue).sum();
    assert_eq!(total, d.current.revenue, "the steps add up to the period");
}

#[test]
fn cohorts_follow_each_months_first_buyers_through_the_months_after() {
    let d = dashboard(Period::Month);
    assert_eq!(d.cohorts.len(), COHORT_MONTHS);
    assert_eq!(d.cohorts[0].first_day, day("2026-01-01"));
    let october = &d.cohorts[9];
    assert_eq!(october.first_day, day("2026-10-01"));
    // Amina and Baraka started in October; Amina alone came in November and December.
    assert_eq!(october.active, vec![2, 1, 1]);
    assert_eq!(october.retention(1), Some(0.5));
    assert_eq!(
        d.cohorts[10].active,
        vec![1, 0],
        "Chiku: November, not yet back"
    );
    assert_eq!(d.cohorts[11].active, vec![0], "Dede is not counted");
    assert_eq!(d.cohorts[11].retention(0), None);
}

#[test]
fn every_period_has_steps_that_cover_it_exactly() {
    for period in Period::ALL {
        let d = dashboard(period);
        let total: i64 = d.steps.iter().map(|s| s.revenue).sum();
        assert_eq!(total, d.current.revenue, "{period:?}");
        assert!(d.steps.len() <= 31, "{period:?}");
    }
    let year = dashboard(Period::Year);
    assert_eq!(year.calendar.firsts[2], day("2026-01-01"));
    // Compared with the same dates a year before, not with twelve whole months.
    assert_eq!(year.calendar.firsts[1], day("2025-01-01"));
    assert_eq!(year.calendar.lasts[1], day("2025-12-07"));
    let month = dashboard(Period::Month);
    assert_eq!(
        month.calendar.lasts,
        [day("2026-10-08"), day("2026-11-07"), day("2026-12-07")]
    );
    assert_eq!(year.steps.len(), 12);
    assert_eq!(dashboard(Period::Quarter).steps.len(), 13);
    assert_eq!(
        dashboard(Period::Week).calendar.firsts[2],
        day("2026-12-01")
    );
}

#[test]
fn an_empty_book_has_no_rates_rather_than_nonsense() {
    let counter = DashboardCounter::new(Calendar::new(Period::Week, day("2026-12-07"), &ZONE));
    let d = counter.finish(&[], std::iter::empty());
    assert_eq!(d.current, Kpis::default());
    assert_eq!(d.current.repeat_rate(), None);
    assert_eq!(d.current.retention_rate(), None);
    assert_eq!(d.current.average_spend(), None);
    assert_eq!(relative_change(5.0, 0.0), None);
    assert_eq!(relative_change(15.0, 10.0), Some(0.5));
}

#[test]
fn satisfaction_averages_scores_and_nps_is_promoters_less_detractors() {
    let cal = Calendar::new(Period::Month, day("2026-12-07"), &ZONE);
    let feedback = [
        (at("2026-12-01", 9), Score::Satisfaction(5)),
        (at("2026-12-02", 9), Score::Satisfaction(4)),
        (at("2026-12-02", 9), Score::Nps(10)),
        (at("2026-12-03", 9), Score::Nps(9)),
        (at("2026-12-03", 9), Score::Nps(8)),
        (at("2026-12-04", 9), Score::Nps(3)),
        (at("2026-10-15", 9), Score::Satisfaction(2)),
        (at("2025-01-01", 9), Score::Satisfaction(1)),
    ];
    let [now, before] = satisfaction(&cal, feedback.into_iter());
    assert_eq!(now.csat_average(), Some(4.5));
    assert_eq!((now.csat_responses, now.nps_responses()), (2, 4));
    assert_eq!(now.nps(), Some(25.0));
    assert_eq!((before.csat_average(), before.nps()), (Some(2.0), None));
}

#[test]
fn twelve_months_are_compared_with_the_same_dates_a_year_before() {
    let mut t = PurchaseTable::default();
    sale(&mut t, Some("amina"), at("2025-12-01", 10), 100);
    // After 7 December 2025: not in the period compared with, which ends there.
    sale(&mut t, Some("amina"), at("2025-12-20", 10), 1_000);
    sale(&mut t, Some("amina"), at("2026-12-01", 10), 300);
    let mut counter = DashboardCounter::new(Calendar::new(Period::Year, day("2026-12-07"), &ZONE));
    counter.add_rows(&t, 0..t.len());
    let d = counter.finish(&[true], std::iter::empty());
    assert_eq!((d.previous.revenue, d.current.revenue), (100, 300));
    assert_eq!((d.current.active_before, d.current.retained), (1, 1));
}
