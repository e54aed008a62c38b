//! Retention for the pages: keep rules, preview and apply one, and run the automatic
//! ones when the book opens.

use super::state::{AppState, Toast};
use crate::book::backup::Progress;
use crate::book::retention::RetentionPreview;
use crate::book::BookError;
use crate::gdpr::retention::RetentionRule;
use crate::i18n::Msg;
use leptos::prelude::*;

impl AppState {
    pub async fn add_retention_rule(
        &self,
        rule: RetentionRule,
        automatic: bool,
    ) -> Result<(), BookError> {
        let changed = self
            .open_book()?
            .add_retention_rule(rule, automatic)
            .await?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn remove_retention_rule(&self, id: &str) -> Result<(), BookError> {
        let changed = self.open_book()?.remove_retention_rule(id).await?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn retention_preview(
        &self,
        rule: RetentionRule,
        progress: impl Fn(Progress),
    ) -> Result<RetentionPreview, BookError> {
        self.open_book()?.retention_preview(rule, &progress).await
    }

    /// Applies `rule`; returns how many customers or entries went.
    pub async fn apply_retention(
        &self,
        rule: RetentionRule,
        progress: impl Fn(Progress),
    ) -> Result<usize, BookError> {
        let book = self.open_book()?;
        let (run, changed) = book.apply_retention(rule, false, &progress).await?;
        // Worked-out figures may name the people removed.
        self.insights_cache.set_value(None);
        self.apply(&changed, true);
        Ok(run.affected)
    }

    /// The automatic rules due, once the book is open; the owner is told what went.
    pub async fn run_due_retention(&self) {
        let Some(book) = self.book() else { return };
        match book.run_due_retention().await {
            Ok((runs, changed)) if !runs.is_empty() => {
                self.insights_cache.set_value(None);
                self.apply(&changed, true);
                let n: usize = runs.iter().map(|r| r.affected).sum();
                let lang = self.lang.get_untracked();
                let text = lang.tf(Msg::RetentionApplied, &[("n", &n)]);
                self.toast.set(Some(Toast { text, undo: None }));
            }
            Ok(_) => {}
            Err(e) => self.tell_failure(&e),
        }
    }
}
