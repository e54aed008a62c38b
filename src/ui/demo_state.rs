//! Demo data from the settings page or `?demo=N`: the book's demo use cases, with the
//! page's `?seed=` and `?sales=` options.

use super::platform;
use super::state::AppState;
use crate::book::{BookError, Changed, DemoOptions};

impl AppState {
    /// Adds `count` seeded demo customers, reporting progress.
    pub async fn load_demo(&self, count: usize, progress: impl Fn(usize)) -> Result<(), BookError> {
        let defaults = DemoOptions::default();
        let options = DemoOptions {
            seed: platform::query_param("seed")
                .and_then(|s| s.parse().ok())
                .unwrap_or(defaults.seed),
            sales_per_customer: platform::query_param("sales")
                .and_then(|s| s.parse().ok())
                .unwrap_or(defaults.sales_per_customer),
        };
        let loaded = self.open_book()?.load_demo(count, options, &progress).await;
        // Batches written before a failure stay: the screen and other tabs reread.
        let everything = Changed {
            everything: true,
            ..Changed::default()
        };
        self.apply(loaded.as_ref().unwrap_or(&everything), true);
        loaded.map(|_| ())
    }

    /// Rings up a day's worth of demo sales through the counter's own path.
    pub async fn add_demo_day(&self, progress: impl Fn(usize)) -> Result<usize, BookError> {
        let (n, changed) = self.open_book()?.add_demo_day(&progress).await?;
        self.apply(&changed, true);
        Ok(n)
    }
}
