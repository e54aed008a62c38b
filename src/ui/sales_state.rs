//! Sales and loyalty operations the pages call: each one use case of the book
//! (`crate::book`), then `apply` what it changed.

use super::state::AppState;
use crate::book::BookError;
use crate::domain::{CustomerId, Purchase, PurchaseDraft};
use crate::loyalty::counter::Sale;
use crate::loyalty::stats::LoyaltyStats;
use crate::loyalty::Programme;
use leptos::prelude::*;

pub use crate::book::Loyalty;

pub type SaleError = BookError;

impl AppState {
    pub fn programme(&self) -> Programme {
        self.settings.get_untracked().loyalty
    }

    /// Reads every purchase into a fresh table and works out the figures.
    pub async fn reload_sales(&self) -> Result<(), crate::store::StoreError> {
        let Some(book) = self.book() else {
            return Ok(());
        };
        match book.load_sales().await {
            Ok(changed) => {
                self.apply(&changed, false);
                Ok(())
            }
            Err(BookError::Store(e)) => Err(e),
            Err(e) => Err(crate::store::StoreError::Backend(e.to_string())),
        }
    }

    pub async fn loyalty_of(&self, id: &CustomerId) -> Result<Loyalty, BookError> {
        let book = self.open_book()?;
        let loyalty = book.loyalty_of(id).await;
        self.set_aside.set(book.set_aside_count());
        loyalty
    }

    /// Records a sale (for `customer`, or a walk-in) with the points it earns.
    pub async fn record_sale(
        &self,
        customer: Option<CustomerId>,
        draft: &PurchaseDraft,
    ) -> Result<Sale, BookError> {
        let (sale, changed) = self.noticed(self.open_book()?.record_sale(customer, draft).await)?;
        self.apply(&changed, true);
        Ok(sale)
    }

    pub async fn redeem(&self, customer: &CustomerId, reward: &str) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.redeem(customer, reward).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    /// A manual change of points; `points` as typed (may be negative), with a reason.
    pub async fn adjust_points(
        &self,
        customer: &CustomerId,
        points: &str,
        reason: &str,
    ) -> Result<(), BookError> {
        let changed = self.noticed(
            self.open_book()?
                .adjust_points(customer, points, reason)
                .await,
        )?;
        self.apply(&changed, true);
        Ok(())
    }

    pub async fn void_purchase(&self, purchase: &Purchase, reason: &str) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.void_purchase(purchase, reason).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Saves an edit of a stored purchase and brings its points in line.
    pub async fn edit_purchase(
        &self,
        stored: &Purchase,
        draft: &PurchaseDraft,
    ) -> Result<(), BookError> {
        let changed = self.noticed(self.open_book()?.edit_purchase(stored, draft).await)?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Saves a programme worked out from the one at version `based_on`.
    pub async fn save_programme(
        &self,
        programme: Programme,
        based_on: u32,
    ) -> Result<(), BookError> {
        let book = self.open_book()?;
        let result = book.save_programme(programme, based_on).await;
        // Refused or not, show the programme now stored.
        self.settings.set(book.settings());
        self.apply(&result?, true);
        Ok(())
    }

    /// Points the customers hold between them (asked before deleting them).
    pub async fn points_held(&self, ids: &[CustomerId]) -> Result<i64, BookError> {
        self.open_book()?.points_held(ids).await
    }

    pub fn purchases_of(&self, id: &CustomerId) -> Vec<Purchase> {
        self.book().map(|b| b.purchases_of(id)).unwrap_or_default()
    }

    /// Every member's account, read a page at a time, into the programme's figures.
    pub async fn loyalty_stats(&self, progress: impl Fn(usize)) -> Result<LoyaltyStats, BookError> {
        self.open_book()?.loyalty_stats(&progress).await
    }
}

/// A problem with a sale, in the user's language.
pub fn sale_error_text(lang: crate::i18n::Lang, e: &BookError) -> String {
    crate::i18n::book_error_text(lang, e)
}
