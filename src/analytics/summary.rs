//! One pass over the purchase columns gives every customer's last purchase, number of
//! purchases and total spend; another gives revenue by month of the shop's own calendar. Voided
//! purchases never count; walk-in sales count in revenue only. Sums saturate: a
//! million purchases at the largest amount (or damaged stored amounts) would pass an
//! i64, and a figure stuck at its top is less wrong than one wrapped to a negative.

use crate::domain::time::{local_date_of, local_start_of_day, Millis, ShopZone};
use crate::sales::{PurchaseTable, WALK_IN};
use chrono::Datelike;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CustomerSummary {
    pub last_purchase_ms: Option<Millis>,
    pub purchases: u32,
    /// Minor units.
    pub spend: i64,
}

/// Indexed like `table.customers()`.
pub fn customer_summaries(table: &PurchaseTable) -> Vec<CustomerSummary> {
    let mut out = Vec::new();
    add_rows(table, &mut out, 0);
    out
}

/// Brings `summaries` up to date after rows from `first_row` on were appended to
/// `table`, without another pass over the rest: what the counter does after each sale.
pub fn add_rows(table: &PurchaseTable, summaries: &mut Vec<CustomerSummary>, first_row: usize) {
    summaries.resize(table.customers().len(), CustomerSummary::default());
    for row in first_row..table.len() {
        let c = table.customer[row];
        if c == WALK_IN || table.voided[row] {
            continue;
        }
        // Always there (resized above); `get_mut` only keeps a stray index from panicking.
        let Some(s) = summaries.get_mut(c as usize) else {
            continue;
        };
        s.purchases = s.purchases.saturating_add(1);
        s.spend = s.spend.saturating_add(table.amount[row]);
        let at = table.at_ms[row];
        if s.last_purchase_ms.is_none_or(|last| at > last) {
            s.last_purchase_ms = Some(at);
        }
    }
}

/// The (year, month) of the shop's calendar a purchase at `at` falls in.
pub fn month_of(at: Millis, zone: &dyn ShopZone) -> (i32, u32) {
    let date = local_date_of(at, zone);
    (date.year(), date.month())
}

/// The shop's month `at` falls in, and the moments that month and the next begin.
fn month_bounds(at: Millis, zone: &dyn ShopZone) -> (Millis, Millis, (i32, u32)) {
    let date = local_date_of(at, zone);
    let first = date.with_day(1).unwrap_or(date);
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first);
    (
        local_start_of_day(first, zone),
        local_start_of_day(next, zone),
        (date.year(), date.month()),
    )
}

/// Revenue per (year, month) of the shop's calendar, minor units: a sale just after
/// local midnight on the 1st counts in the new month wherever the shop is.
pub fn revenue_by_month(table: &PurchaseTable, zone: &dyn ShopZone) -> BTreeMap<(i32, u32), i64> {
    let mut out = BTreeMap::new();
    // Purchases arrive roughly in time order, so remember the current month's bounds
    // and only work out the calendar when a purchase falls outside them.
    let mut bounds: Option<(Millis, Millis, (i32, u32))> = None;
    for row in 0..table.len() {
        if table.voided[row] {
            continue;
        }
        let at = table.at_ms[row];
        let key = match bounds {
            Some((start, end, key)) if at >= start && at < end => key,
            _ => {
                let (start, end, key) = month_bounds(at, zone);
                bounds = Some((start, end, key));
                key
            }
        };
        let month: &mut i64 = out.entry(key).or_insert(0);
        *month = month.saturating_add(table.amount[row]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::FixedOffset;

    const UTC: FixedOffset = FixedOffset(0);
    use crate::domain::{Money, Purchase, PurchaseId};

    fn p(id: &str, customer: Option<&str>, at: &str, amount: i64) -> Purchase {
        let at = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M")
            .unwrap()
            .and_utc()
            .timestamp_millis();
        Purchase {
            id: PurchaseId(id.into()),
            customer: customer.map(Into::into),
            at_ms: at,
            amount: Money(amount),
            categories: vec![],
            note: String::new(),
            void: None,
        }
    }

    #[test]
    fn summaries_and_monthly_revenue() {
        let mut t = PurchaseTable::default();
        t.push(&p("a", Some("amina"), "2026-01-31 23:59", 500));
        t.push(&p("b", Some("baraka"), "2026-02-01 00:00", 300));
        t.push(&p("c", Some("amina"), "2026-02-10 09:00", 200));
        t.push(&p("d", None, "2026-02-11 09:00", 1_000));
        t.push(&p("e", Some("amina"), "2026-03-01 09:00", 9_999));
        let mut voided = p("e", Some("amina"), "2026-03-01 09:00", 9_999);
        voided.void = Some(crate::domain::purchase::Void {
            at_ms: voided.at_ms,
            reason: "twice".into(),
        });
        assert!(t.replace(&voided));
        let s = customer_summaries(&t);
        let amina = &s[t.customer_index(&"amina".into()).unwrap() as usize];
        assert_eq!((amina.purchases, amina.spend), (2, 700));
        assert_eq!(amina.last_purchase_ms, Some(t.at_ms[2]));
        let months: Vec<_> = revenue_by_month(&t, &UTC).into_iter().collect();
        let mut grown = customer_summaries(&t);
        t.push(&p("f", Some("zuri"), "2026-03-02 09:00", 50));
        add_rows(&t, &mut grown, 5);
        assert_eq!(
            grown,
            customer_summaries(&t),
            "adding a row matches a full pass"
        );
        assert_eq!(months, [((2026, 1), 500), ((2026, 2), 1_500)]);
    }

    #[test]
    fn generated_ids_round_trip_through_the_table() {
        use rand::{rngs::SmallRng, SeedableRng};
        let mut rng = SmallRng::seed_from_u64(9);
        let id = PurchaseId::generate(1_795_000_000_000, &mut rng);
        let mut t = PurchaseTable::default();
        t.push(&Purchase {
            id: id.clone(),
            ..p("x", None, "2026-01-01 10:00", 1)
        });
        t.push(&p("imported-7", None, "2026-01-01 10:00", 1));
        assert_eq!(t.id(0), id);
        assert_eq!(t.id(1).as_str(), "imported-7");
        assert_eq!(t.row_of(&id), Some(0));
    }

    #[test]
    fn sums_at_the_extremes_saturate_instead_of_wrapping() {
        use crate::domain::money::MAX_AMOUNT;
        let mut t = PurchaseTable::default();
        // About a million sales at the largest amount a sale may have pass an i64.
        let sale = p(
            "0000000000000001",
            Some("amina"),
            "2026-01-10 09:00",
            MAX_AMOUNT.0,
        );
        for _ in 0..1_000_000 {
            t.push(&sale);
        }
        let s = customer_summaries(&t);
        assert_eq!((s[0].purchases, s[0].spend), (1_000_000, i64::MAX));
        assert_eq!(revenue_by_month(&t, &UTC)[&(2026, 1)], i64::MAX);
        assert_eq!(t.spend_since(&"amina".into(), 0), Money(i64::MAX));

        // Stored amounts are not bounded the way typed ones are.
        let mut t = PurchaseTable::default();
        t.push(&p("b", Some("baraka"), "2026-02-01 09:00", i64::MIN));
        t.push(&p("c", Some("baraka"), "2026-02-02 09:00", i64::MIN));
        t.push(&p("d", None, "2026-02-03 09:00", i64::MIN));
        let s = customer_summaries(&t);
        assert_eq!(s[0].spend, i64::MIN);
        assert_eq!(revenue_by_month(&t, &UTC)[&(2026, 2)], i64::MIN);
        let mut grown = s.clone();
        t.push(&p("e", Some("baraka"), "2026-02-04 09:00", i64::MAX));
        add_rows(&t, &mut grown, 3);
        assert_eq!(grown[0].purchases, 3);
    }

    #[test]
    fn months_follow_the_shops_own_calendar() {
        use crate::domain::time::start_of_day_ms;
        let first_of_march = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let utc_midnight = start_of_day_ms(first_of_march);
        let minutes = |m: i64| m * 60_000;
        // Karachi (UTC+5): 00:30 local on 1 March is 19:30 UTC on 28 February.
        let karachi = FixedOffset(5 * 60);
        let just_after = utc_midnight - minutes(5 * 60) + minutes(30);
        assert_eq!(month_of(just_after, &karachi), (2026, 3));
        assert_eq!(month_of(just_after, &UTC), (2026, 2));
        // Lima (UTC-5): 23:30 local on 28 February is 04:30 UTC on 1 March.
        let lima = FixedOffset(-5 * 60);
        let just_before = utc_midnight + minutes(5 * 60) - minutes(30);
        assert_eq!(month_of(just_before, &lima), (2026, 2));
        assert_eq!(month_of(just_before, &UTC), (2026, 3));

        let mut t = PurchaseTable::default();
        for (id, at, amount) in [("x", just_after - minutes(60), 100), ("y", just_after, 200)] {
            let mut purchase = p(id, None, "2026-02-01 00:00", amount);
            purchase.at_ms = at;
            t.push(&purchase);
        }
        let karachi_months: Vec<_> = revenue_by_month(&t, &karachi).into_iter().collect();
        assert_eq!(karachi_months, [((2026, 2), 100), ((2026, 3), 200)]);
        let utc_months: Vec<_> = revenue_by_month(&t, &UTC).into_iter().collect();
        assert_eq!(utc_months, [((2026, 2), 300)]);
    }
}
