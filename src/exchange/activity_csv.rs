//! The chosen customers' purchases, points ledger and timeline as CSV (RFC 4180, UTF-8
//! with a byte-order mark, cells that a spreadsheet would run as formulas defused, as
//! in the customer export). Headers are stable English keys, for other programs.

use super::customers_csv::{created_date, defused};
use crate::domain::interaction::Score;
use crate::domain::money::Currency;
use crate::domain::{Interaction, Purchase};
use crate::loyalty::{EntryKind, LedgerEntry};

const BOM: &str = "\u{feff}";

fn table<const N: usize>(header: [&str; N], rows: impl Iterator<Item = [String; N]>) -> String {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    // Writing into a Vec cannot fail.
    out.write_record(header).ok();
    for row in rows {
        out.write_record(row.map(defused)).ok();
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Purchases: the amount as a plain decimal in the shop's currency.
pub fn purchases_csv(purchases: &[Purchase], currency: &Currency) -> String {
    let header = [
        "purchase_id",
        "customer_id",
        "at",
        "amount",
        "currency",
        "categories",
        "note",
        "voided_at",
        "void_reason",
    ];
    table(
        header,
        purchases.iter().map(|p| {
            [
                p.id.as_str().to_owned(),
                p.customer
                    .as_ref()
                    .map(|c| c.as_str().to_owned())
                    .unwrap_or_default(),
                created_date(p.at_ms),
                currency.form_number(p.amount),
                currency.code.clone(),
                p.categories.join(" | "),
                p.note.clone(),
                p.void
                    .as_ref()
                    .map(|v| created_date(v.at_ms))
                    .unwrap_or_default(),
                p.void
                    .as_ref()
                    .map(|v| v.reason.clone())
                    .unwrap_or_default(),
            ]
        }),
    )
}

/// Ledger entries: points (negative when spent), what for, and the purchase or reward.
pub fn ledger_csv(entries: &[LedgerEntry]) -> String {
    let header = ["entry_id", "customer_id", "at", "points", "kind", "about"];
    table(
        header,
        entries.iter().map(|e| {
            let (kind, about) = match &e.kind {
                EntryKind::Earn { purchase } => ("earn", purchase.as_str().to_owned()),
                EntryKind::Redeem { name, .. } => ("redeem", name.clone()),
                EntryKind::Expire => ("expire", String::new()),
                EntryKind::Adjust { reason } => ("adjust", reason.clone()),
                EntryKind::Reverse { purchase, reason } => (
                    "reverse",
                    format!("{} {reason}", purchase.as_str()).trim().to_owned(),
                ),
            };
            [
                e.id.as_str().to_owned(),
                e.customer.as_str().to_owned(),
                created_date(e.at_ms),
                e.points.to_string(),
                kind.to_owned(),
                about,
            ]
        }),
    )
}

/// Notes, calls, visits…: the timeline, with feedback scores and follow-ups.
pub fn timeline_csv(items: &[Interaction]) -> String {
    let header = [
        "entry_id",
        "customer_id",
        "at",
        "kind",
        "text",
        "score",
        "due",
        "done",
    ];
    table(
        header,
        items.iter().map(|i| {
            let score = match i.score {
                Some(Score::Satisfaction(n)) => format!("csat {n}"),
                Some(Score::Nps(n)) => format!("nps {n}"),
                None => String::new(),
            };
            [
                i.id.as_str().to_owned(),
                i.customer_id.as_str().to_owned(),
                created_date(i.at_ms),
                i.kind.key().to_owned(),
                i.text.clone(),
                score,
                i.due.map(|d| d.to_string()).unwrap_or_default(),
                if i.done { "yes" } else { "no" }.to_owned(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::purchase::Void;
    use crate::domain::Money;

    fn rows(text: &str) -> Vec<Vec<String>> {
        csv::Reader::from_reader(text.trim_start_matches(BOM).as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn purchases_ledger_and_timeline_read_back_cell_for_cell() {
        let kes = Currency::default();
        let sale = Purchase {
            id: "p1".into(),
            customer: Some("c1".into()),
            at_ms: 1_795_000_000_000,
            amount: Money(125_050),
            categories: vec!["coffee".into(), "cake".into()],
            note: "=cmd|' /C calc'!A0".into(),
            void: Some(Void {
                at_ms: 1_795_000_060_000,
                reason: "wrong till".into(),
            }),
        };
        let got = rows(&purchases_csv(&[sale], &kes));
        assert_eq!(got[0][3], "1250.50");
        assert_eq!(got[0][5], "coffee | cake");
        assert!(got[0][6].starts_with("'="), "a formula stays text");
        assert_eq!(got[0][8], "wrong till");

        let entry = LedgerEntry {
            id: "e1".into(),
            customer: "c1".into(),
            at_ms: 1_795_000_000_000,
            points: -100,
            kind: EntryKind::Redeem {
                reward: "coffee".into(),
                name: "Free coffee".into(),
            },
            programme_version: 1,
        };
        let got = rows(&ledger_csv(&[entry]));
        assert_eq!(got[0][3..], ["-100", "redeem", "Free coffee"]);

        let note = crate::store::contract::note("c1", "n1", 1_795_000_000_000, None);
        let got = rows(&timeline_csv(&[note]));
        assert_eq!(got[0][3..5], ["note", "note n1"]);
        assert_eq!(got[0][7], "no");
    }
}
