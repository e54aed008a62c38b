//! Keeping the book clean, for the pages: likely duplicate groups, the members of one
//! as stored, merging them with an Undo in the toast, and the health report.

use super::state::{AppState, Toast, Undo};
use crate::book::BookError;
use crate::domain::CustomerId;
use crate::i18n::Msg;
use crate::quality::duplicate_groups::DuplicateGroup;
use crate::quality::merge::MergePlan;
use leptos::prelude::*;

impl AppState {
    /// A custom field's label as the owner named it (its key if it was removed).
    pub fn custom_field_label(&self, key: &str) -> String {
        self.settings.with(|s| {
            s.custom_fields
                .iter()
                .find(|f| f.key == key)
                .map_or_else(|| key.to_owned(), |f| f.label.clone())
        })
    }

    pub async fn duplicate_groups(
        &self,
        progress: impl Fn(usize),
    ) -> Result<Vec<DuplicateGroup>, BookError> {
        self.open_book()?.duplicate_groups(&progress).await
    }

    pub async fn health_report(
        &self,
        progress: impl Fn(usize),
    ) -> Result<crate::quality::health::HealthReport, BookError> {
        self.open_book()?.health_report(&progress).await
    }

    pub async fn merge_plan(&self, ids: &[CustomerId]) -> Result<MergePlan, BookError> {
        self.open_book()?.merge_plan(ids).await
    }

    /// Merges the plan's records into its first and offers an undo.
    pub async fn merge_customers(&self, plan: &MergePlan) -> Result<(), BookError> {
        let book = self.open_book()?;
        let (merged, undo, changed) = self.noticed(book.merge_customers(plan).await)?;
        self.apply(&changed, true);
        let lang = self.lang.get_untracked();
        let name = merged.display_name();
        self.toast.set(Some(Toast {
            text: lang.tf(Msg::MergedToast, &[("n", &undo.merged()), ("name", &name)]),
            undo: Some(Undo::Merge(undo)),
        }));
        Ok(())
    }
}
