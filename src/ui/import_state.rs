//! Importing for the page: the mapping to start from, the preview, the import itself
//! and rolling one back; what changed reaches the list and other tabs.

use super::state::AppState;
use crate::book::import::{ImportOutcome, ImportPreview, ImportProgress};
use crate::book::import_purchases::{PurchaseImportOutcome, PurchaseImportPreview};
use crate::book::BookError;
use crate::exchange::import::duplicates::DuplicateChoice;
use crate::exchange::import::file::ImportFile;
use crate::exchange::import::journal::{ImportKind, ImportRecord};
use crate::exchange::import::mapping::Mapping;
use crate::exchange::import::purchases::SaleMapping;
use leptos::prelude::*;

impl AppState {
    pub fn import_mapping(&self, file: &ImportFile) -> Mapping {
        self.book()
            .map(|b| b.import_mapping(file))
            .unwrap_or_default()
    }

    /// Imports cut short, each with how many rows it wrote.
    pub fn unfinished_imports(&self) -> Vec<(ImportRecord, usize)> {
        // Tracked: the list changes when settings or the directory do.
        self.directory_version.track();
        let records: Vec<ImportRecord> = self.settings.with(|s| {
            s.imports
                .unfinished()
                .filter(|r| r.kind == ImportKind::Customers)
                .cloned()
                .collect()
        });
        let Some(book) = self.book() else {
            return Vec::new();
        };
        records
            .into_iter()
            .map(|r| {
                let written = book.import_written(&r);
                (r, written)
            })
            .collect()
    }

    pub async fn preview_import(
        &self,
        file: &ImportFile,
        mapping: &Mapping,
        country: Option<String>,
        progress: impl Fn(ImportProgress),
    ) -> Result<ImportPreview, BookError> {
        self.open_book()?
            .preview_import(file, mapping, country, &progress)
            .await
    }

    pub async fn run_import(
        &self,
        file: &ImportFile,
        preview: &ImportPreview,
        choices: &[DuplicateChoice],
        progress: impl Fn(ImportProgress),
    ) -> Result<ImportOutcome, BookError> {
        let book = self.open_book()?;
        let result = book.run_import(file, preview, choices, &progress).await;
        self.show_batches(&book);
        let (outcome, changed) = result?;
        self.apply(&changed, true);
        Ok(outcome)
    }

    /// Rolls `record` back; returns how many customers went.
    pub async fn roll_back_import(
        &self,
        record: &ImportRecord,
        progress: impl Fn(ImportProgress),
    ) -> Result<usize, BookError> {
        let book = self.open_book()?;
        let result = book.roll_back_import(record, &progress).await;
        self.show_batches(&book);
        let changed = result?;
        self.apply(&changed, true);
        Ok(changed.removed.len())
    }

    pub fn purchase_import_mapping(&self, file: &ImportFile) -> SaleMapping {
        self.book()
            .map(|b| b.purchase_import_mapping(file))
            .unwrap_or_default()
    }

    /// Imports of purchases cut short, each with how many rows it wrote.
    pub fn unfinished_purchase_imports(&self) -> Vec<(ImportRecord, usize)> {
        self.directory_version.track();
        self.settings.track();
        let Some(book) = self.book() else {
            return Vec::new();
        };
        book.unfinished_imports_of(ImportKind::Purchases)
            .into_iter()
            .map(|r| {
                let written = book.purchase_import_written(&r);
                (r, written)
            })
            .collect()
    }

    pub async fn preview_purchase_import(
        &self,
        file: &ImportFile,
        mapping: &SaleMapping,
        country: Option<String>,
        progress: impl Fn(ImportProgress),
    ) -> Result<PurchaseImportPreview, BookError> {
        self.open_book()?
            .preview_purchase_import(file, mapping, country, &progress)
            .await
    }

    pub async fn run_purchase_import(
        &self,
        preview: &PurchaseImportPreview,
        earn_points: bool,
        progress: impl Fn(ImportProgress),
    ) -> Result<PurchaseImportOutcome, BookError> {
        let book = self.open_book()?;
        let result = book
            .run_purchase_import(preview, earn_points, &progress)
            .await;
        self.show_batches(&book);
        // Batches before a failure are in the takings too.
        self.sales_version.update(|v| *v += 1);
        let (outcome, changed) = result?;
        self.apply(&changed, true);
        Ok(outcome)
    }

    /// Batches an import or rollback wrote before any failure are in the book: the
    /// list, settings and worked-out figures follow them either way.
    fn show_batches(&self, book: &crate::ui::state::AppBook) {
        self.insights_cache.set_value(None);
        self.directory_version.update(|v| *v += 1);
        self.settings.set(book.settings());
    }
}
