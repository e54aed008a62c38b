//! The insights the pages show, worked out once per change to the sales and shared by
//! the insights page and every customer page.

use super::state::AppState;
use crate::analytics::rfm::RfmSettings;
use crate::book::backup::Progress;
use crate::book::insights::Insights;
use crate::book::BookError;
use leptos::prelude::*;
use std::sync::Arc;

/// Insights behind a pointer that compares by identity: a reload that finds the sales
/// unchanged gives back the same one, and nothing redraws.
#[derive(Clone)]
pub struct SharedInsights(pub Arc<Insights>);

impl PartialEq for SharedInsights {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedInsights {
    type Target = Insights;
    fn deref(&self) -> &Insights {
        &self.0
    }
}

/// Insights and what they were worked out for: the sales version and the RFM choices.
/// (And who is left out of analytics.)
pub type InsightsFor = ((u64, RfmSettings, u64), SharedInsights);

impl AppState {
    /// The insights for the sales and RFM choices as they are now; `None` before the
    /// book is open.
    pub async fn insights(&self, progress: impl Fn(Progress)) -> Option<SharedInsights> {
        let book = self.book()?;
        let version = (
            self.sales_version.get_untracked(),
            self.settings.with_untracked(|s| s.rfm.clone()),
            book.analytics_left_out(),
        );
        if let Some((seen, insights)) = self.insights_cache.get_value() {
            if seen == version {
                return Some(insights);
            }
        }
        let insights = book.insights(book.saved_insight_options(), &progress).await;
        let shared = SharedInsights(Arc::new(insights));
        self.insights_cache
            .set_value(Some((version, shared.clone())));
        Some(shared)
    }

    /// The insights this tab has worked out, if still current (never worked out anew).
    pub fn current_insights(&self) -> Option<SharedInsights> {
        let book = self.book()?;
        let (seen, insights) = self.insights_cache.get_value()?;
        let now = (
            self.sales_version.get_untracked(),
            self.settings.with_untracked(|s| s.rfm.clone()),
            book.analytics_left_out(),
        );
        (seen == now).then_some(insights)
    }

    /// Keeps RFM's period and segment table; the insights are worked out again.
    pub async fn save_rfm_settings(&self, rfm: RfmSettings) -> Result<(), BookError> {
        let changed = self.open_book()?.save_rfm_settings(rfm).await?;
        self.apply(&changed, true);
        Ok(())
    }
}
