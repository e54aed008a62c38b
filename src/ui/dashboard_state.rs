//! The dashboard's figures for the page: the period's, the feedback's and the average
//! lifetime value, each through the book.

use super::state::AppState;
use crate::analytics::dashboard::{Calendar, Dashboard, Period, Satisfaction};
use crate::book::backup::Progress;
use crate::book::dashboard::AverageValue;
use crate::book::insights::Insights;
use crate::book::BookError;

impl AppState {
    /// `None` before the book is open.
    pub async fn dashboard(
        &self,
        period: Period,
        progress: impl Fn(Progress),
    ) -> Option<Dashboard> {
        Some(self.book()?.dashboard(period, &progress).await)
    }

    pub async fn satisfaction(
        &self,
        calendar: &Calendar,
        progress: impl Fn(usize),
    ) -> Result<[Satisfaction; 2], BookError> {
        self.open_book()?.satisfaction(calendar, &progress).await
    }

    pub async fn average_value(&self, insights: &Insights) -> Option<AverageValue> {
        self.book()?.average_value(insights).await
    }
}
