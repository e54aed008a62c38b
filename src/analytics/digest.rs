//! A short fingerprint of the analytics' answers, so the benchmark can check that
//! Karibu and another engine (DuckDB) computed the same thing from the same rows.

use super::summary::CustomerSummary;
use crate::sales::PurchaseTable;
use serde::Serialize;
use std::collections::BTreeMap;

/// Customers sampled in full, by id order.
const SAMPLE: usize = 5;

#[derive(Debug, PartialEq, Serialize)]
pub struct AnswerDigest {
    /// Customers with at least one counted purchase.
    pub customers: usize,
    pub purchases: u64,
    pub spend: i64,
    /// Sum of every customer's last purchase time, as text (it overflows a JS number).
    pub last_sum: String,
    /// (customer id, purchases, spend, last purchase ms) for the first ids in order.
    pub sample: Vec<(String, u32, i64, i64)>,
    /// ((year, month), revenue) for every month.
    pub months: Vec<(i32, u32, i64)>,
    /// The RFM window's start, and customers per (recency, frequency, monetary) score.
    pub rfm_from_ms: i64,
    pub rfm_cells: Vec<(u8, u8, u8, u32)>,
}

impl AnswerDigest {
    pub fn add_rfm(&mut self, from_ms: i64, scores: &[Option<super::rfm::RfmScore>]) {
        let mut cells: BTreeMap<(u8, u8, u8), u32> = BTreeMap::new();
        for s in scores.iter().flatten() {
            *cells
                .entry((s.recency, s.frequency, s.monetary))
                .or_default() += 1;
        }
        self.rfm_from_ms = from_ms;
        self.rfm_cells = cells
            .into_iter()
            .map(|((r, f, m), n)| (r, f, m, n))
            .collect();
    }
}

pub fn answer_digest(
    table: &PurchaseTable,
    summaries: &[CustomerSummary],
    months: &BTreeMap<(i32, u32), i64>,
) -> AnswerDigest {
    let mut with_purchases: Vec<(&str, &CustomerSummary)> = summaries
        .iter()
        .enumerate()
        .filter(|(_, s)| s.purchases > 0)
        .map(|(i, s)| (table.customers()[i].as_str(), s))
        .collect();
    with_purchases.sort_by_key(|(id, _)| *id);
    AnswerDigest {
        customers: with_purchases.len(),
        purchases: with_purchases
            .iter()
            .map(|(_, s)| u64::from(s.purchases))
            .sum(),
        spend: with_purchases
            .iter()
            .fold(0i64, |total, (_, s)| total.saturating_add(s.spend)),
        last_sum: with_purchases
            .iter()
            .map(|(_, s)| i128::from(s.last_purchase_ms.unwrap_or(0)))
            .sum::<i128>()
            .to_string(),
        sample: with_purchases
            .iter()
            .take(SAMPLE)
            .map(|(id, s)| {
                (
                    (*id).to_owned(),
                    s.purchases,
                    s.spend,
                    s.last_purchase_ms.unwrap_or(0),
                )
            })
            .collect(),
        months: months.iter().map(|((y, m), v)| (*y, *m, *v)).collect(),
        rfm_from_ms: 0,
        rfm_cells: Vec::new(),
    }
}
