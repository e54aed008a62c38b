//! Data-subject requests for the pages: the register, one person's bundle as a zip
//! download, and erasure (after which no cache of this tab may still hold the person).

use super::state::AppState;
use crate::book::privacy::{Erasure, ErasureStep};
use crate::book::BookError;
use crate::domain::CustomerId;
use crate::gdpr::erasure::Mention;
use crate::gdpr::{DataRequest, RequestKind, RequestStatus};
use chrono::NaiveDate;
use leptos::prelude::*;

impl AppState {
    /// The register in its order, again whenever the settings change (here or in
    /// another tab).
    pub fn requests(&self) -> Vec<DataRequest> {
        self.settings.track();
        self.book().map(|b| b.requests()).unwrap_or_default()
    }

    pub async fn record_request(
        &self,
        kind: RequestKind,
        customer: CustomerId,
        received: NaiveDate,
    ) -> Result<(), BookError> {
        let (changed, _) = self
            .open_book()?
            .record_request(kind, &customer, received)
            .await?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn extend_request(
        &self,
        id: String,
        months: u32,
        reason: String,
    ) -> Result<(), BookError> {
        let changed = self
            .open_book()?
            .extend_request(&id, months, &reason)
            .await?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn close_request(
        &self,
        id: String,
        status: RequestStatus,
        note: String,
    ) -> Result<(), BookError> {
        let changed = self.open_book()?.close_request(&id, status, &note).await?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Offers everything the book holds about `customer` as a zip, with the models'
    /// figures when this tab has worked them out.
    pub async fn download_bundle(&self, customer: CustomerId) -> Result<(), BookError> {
        let book = self.open_book()?;
        // Figures worked out before someone withdrew (or other sales) are left out.
        let insights = self.current_insights();
        let lang = self.lang.get_untracked();
        let (bundle, changed) = book
            .access_bundle(&customer, lang, insights.as_deref(), &|_| {})
            .await?;
        self.apply(&changed, true);
        let name = super::platform::dated_file_name("access-bundle", "zip");
        super::platform::download_parts(&name, "application/zip", &[bundle.zip()]);
        Ok(())
    }

    pub async fn mentions_of(&self, customer: CustomerId) -> Result<Vec<Mention>, BookError> {
        self.open_book()?.mentions_of(&customer).await
    }

    pub async fn erase(
        &self,
        customer: CustomerId,
        confirmed: Vec<Mention>,
        progress: impl Fn(ErasureStep),
    ) -> Result<Erasure, BookError> {
        let book = self.open_book()?;
        let (erasure, changed) = book.erase(&customer, &confirmed, &progress).await?;
        // Worked-out figures name customers by id: none may outlive the person here.
        self.insights_cache.set_value(None);
        self.segment_facts_cache.set_value(None);
        self.apply(&changed, true);
        Ok(erasure)
    }
}
