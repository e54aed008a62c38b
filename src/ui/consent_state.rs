//! Consent, restriction and objection for the pages: each change is one use case of
//! the book, then the screen (and other tabs) follow.

use super::state::AppState;
use crate::book::BookError;
use crate::domain::CustomerId;
use crate::gdpr::consent::ConsentDraft;
use crate::gdpr::Flag;

impl AppState {
    pub async fn record_consent(
        &self,
        customer: &CustomerId,
        draft: &ConsentDraft,
    ) -> Result<(), BookError> {
        let result = self.open_book()?.record_consent(customer, draft).await;
        let (_, changed) = self.noticed(result)?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn set_flag(
        &self,
        customer: &CustomerId,
        flag: Flag,
        on: bool,
        note: &str,
    ) -> Result<(), BookError> {
        let result = self.open_book()?.set_flag(customer, flag, on, note).await;
        let (_, changed) = self.noticed(result)?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn save_owner_entries(
        &self,
        entries: crate::gdpr::records::OwnerEntries,
    ) -> Result<(), BookError> {
        let changed = self.open_book()?.save_owner_entries(entries).await?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn add_purpose(&self, name: &str) -> Result<(), BookError> {
        let (_, changed) = self.open_book()?.add_purpose(name).await?;
        self.apply(&changed, true);
        Ok(())
    }
}
