//! Exports of the chosen customers: themselves as CSV or vCard (read from the store
//! page by page: the directory in memory holds only what the list shows), and their
//! purchases, points ledger or timeline as CSV.

use super::{Book, BookResult};
use crate::domain::{Customer, CustomerId};
use crate::exchange::activity_csv::{ledger_csv, purchases_csv, timeline_csv};
use crate::exchange::customers_csv::CustomersCsv;
use crate::exchange::vcard::customers_vcard;
use crate::store::Store;
use std::collections::{HashMap, HashSet};

/// Rows written between pauses.
const ROWS_PER_SLICE: usize = 5_000;

/// What an export of the chosen customers holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// The customers, every field, for spreadsheets and for importing back.
    Csv,
    /// The customers as vCard 4.0, for a phone's or a mail program's contacts.
    Vcard,
    /// Their purchases (CSV).
    Purchases,
    /// Their points ledgers (CSV).
    Ledger,
    /// Their timelines: notes, calls, visits, feedback (CSV).
    Timeline,
}

impl ExportFormat {
    /// The file's name (before its date), extension and type.
    pub fn file(self) -> (&'static str, &'static str, &'static str) {
        const CSV: &str = "text/csv;charset=utf-8";
        match self {
            ExportFormat::Csv => ("customers", "csv", CSV),
            ExportFormat::Vcard => ("customers", "vcf", "text/vcard;charset=utf-8"),
            ExportFormat::Purchases => ("purchases", "csv", CSV),
            ExportFormat::Ledger => ("points", "csv", CSV),
            ExportFormat::Timeline => ("timeline", "csv", CSV),
        }
    }
}

impl<S: Store> Book<S> {
    /// The customers in `ids` (in that order; any deleted meanwhile left out) as CSV;
    /// `progress` is told how many were read.
    pub async fn export_customers_csv(
        &self,
        ids: &[CustomerId],
        progress: &dyn Fn(usize),
    ) -> BookResult<String> {
        self.export_customers(ids, ExportFormat::Csv, progress)
            .await
    }

    /// The customers in `ids` (in that order; any deleted meanwhile left out) in
    /// `format`; `progress` is told how many were read.
    pub async fn export_customers(
        &self,
        ids: &[CustomerId],
        format: ExportFormat,
        progress: &dyn Fn(usize),
    ) -> BookResult<String> {
        let started = self.host.precise_ms();
        let wanted: HashSet<&CustomerId> = ids.iter().collect();
        match format {
            ExportFormat::Purchases => {
                let sales = self.sales.borrow();
                let table = &sales.table;
                let theirs: Vec<_> = (0..table.len())
                    .map(|r| table.purchase(r))
                    .filter(|p| p.customer.as_ref().is_some_and(|c| wanted.contains(c)))
                    .collect();
                progress(theirs.len());
                return Ok(purchases_csv(&theirs, &self.programme().currency));
            }
            ExportFormat::Ledger => {
                let mut entries = Vec::new();
                self.store
                    .load_ledgers(&mut |page| {
                        for (id, ledger) in page {
                            if wanted.contains(&id) {
                                entries.extend(ledger);
                            }
                        }
                        progress(entries.len());
                    })
                    .await?;
                return Ok(ledger_csv(&entries));
            }
            ExportFormat::Timeline => {
                let mut items = Vec::new();
                self.store
                    .load_interactions(&mut |page| {
                        items.extend(page.into_iter().filter(|i| wanted.contains(&i.customer_id)));
                        progress(items.len());
                    })
                    .await?;
                items.sort_by(|a, b| (&a.customer_id, a.at_ms).cmp(&(&b.customer_id, b.at_ms)));
                return Ok(timeline_csv(&items));
            }
            ExportFormat::Csv | ExportFormat::Vcard => {}
        }
        let position: HashMap<&CustomerId, usize> =
            ids.iter().enumerate().map(|(i, id)| (id, i)).collect();
        let mut chosen: Vec<Option<Customer>> = vec![None; ids.len()];
        let mut read = 0;
        self.store
            .load_customers(&mut |page| {
                read += page.len();
                for c in page {
                    if let Some(i) = position.get(&c.id) {
                        chosen[*i] = Some(c);
                    }
                }
                progress(read);
            })
            .await?;
        if format == ExportFormat::Vcard {
            let text = customers_vcard(chosen.iter().flatten());
            self.host.measure("karibu:export-customers", started);
            return Ok(text);
        }
        let fields = self.settings.borrow().custom_fields.clone();
        let mut csv = CustomersCsv::new(&fields);
        for (i, c) in chosen.iter().flatten().enumerate() {
            csv.push(c);
            // Written in slices so the page keeps answering at 100,000 customers.
            if i % ROWS_PER_SLICE == ROWS_PER_SLICE - 1 {
                self.host.pause().await;
            }
        }
        let text = csv.finish();
        self.host.measure("karibu:export-customers", started);
        Ok(text)
    }
}
