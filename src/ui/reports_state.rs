//! Privacy-safe reports for the page: make one, set the yearly budget, save a kept
//! report as a file.

use super::platform;
use super::state::AppState;
use crate::book::reports::ReportFile;
use crate::book::BookError;
use crate::reports::analyst::AnalystTable;
use crate::reports::{Epsilon, Release, ReportSpec};
use leptos::prelude::*;

impl AppState {
    pub async fn make_report(
        &self,
        spec: ReportSpec,
        progress: impl Fn(usize),
    ) -> Result<Release, BookError> {
        let (release, changed) = self.open_book()?.make_report(spec, &progress).await?;
        self.apply(&changed, true);
        Ok(release)
    }

    pub async fn set_privacy_budget(&self, yearly: Epsilon) -> Result<(), BookError> {
        let changed = self.open_book()?.set_privacy_budget(yearly).await?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Saves a kept report as a file: the same numbers every time, no budget spent.
    pub fn download_report(&self, number: u32, kind: ReportFile) {
        let lang = self.lang.get_untracked();
        let Some(book) = self.book() else { return };
        match book.report_document(number, lang, kind) {
            Ok(Some(file)) => platform::download(&file.name, file.mime, &file.text),
            Ok(None) => {}
            Err(e) => self.tell_failure(&e),
        }
    }
}

impl AppState {
    pub async fn analyst_table(
        &self,
        k: u32,
        progress: impl Fn(usize),
    ) -> Result<AnalystTable, BookError> {
        self.open_book()?.analyst_table(k, &progress).await
    }

    /// Works the analyst's rows out again as the book is now (someone may have been
    /// restricted or erased since the check), and saves the file if every group still
    /// holds k. The table it was made from, or the refusal's, is given back to show.
    pub async fn download_analyst_file(
        &self,
        k: u32,
        progress: impl Fn(usize),
    ) -> Result<AnalystTable, BookError> {
        let book = self.open_book()?;
        let table = book.analyst_table(k, &progress).await?;
        let lang = self.lang.get_untracked();
        if let Some(file) = book.analyst_document(&table, lang)? {
            platform::download(&file.name, file.mime, &file.text);
        }
        Ok(table)
    }
}
