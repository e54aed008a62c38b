//! Exports: the chosen customers as CSV, read from the store page by page (the
//! directory in memory holds only what the list shows).

use super::{Book, BookResult};
use crate::domain::{Customer, CustomerId};
use crate::exchange::customers_csv::CustomersCsv;
use crate::exchange::vcard::customers_vcard;
use crate::store::Store;
use std::collections::HashMap;

/// Rows written between pauses.
const ROWS_PER_SLICE: usize = 5_000;

/// What an export of customers is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Every field, for spreadsheets and for importing back.
    Csv,
    /// vCard 4.0, for a phone's or a mail program's contacts.
    Vcard,
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
