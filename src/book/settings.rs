//! Settings use cases: a change to the business's settings, the loyalty programme, and
//! the records set aside because they could not be read.

use super::{Book, BookResult, Changed};
use crate::loyalty::{Programme, StartingNames};
use crate::store::{SetAside, Settings, Store, StoreError};

impl<S: Store> Book<S> {
    /// Applies `change` to the settings and saves them. A change is a small edit (the
    /// language, a custom field added), so if another tab saved meanwhile it is made
    /// again on their settings rather than overwriting them.
    pub async fn update_settings(&self, change: impl Fn(&mut Settings)) -> BookResult<Changed> {
        for _ in 0..3 {
            let mut settings = self.settings();
            change(&mut settings);
            match self.store.save_settings(&settings).await {
                Ok(saved) => {
                    self.wrote(false, false, true);
                    *self.settings.borrow_mut() = saved;
                    return Ok(Changed {
                        settings: true,
                        ..Changed::default()
                    });
                }
                Err(StoreError::Conflict { .. }) => {
                    *self.settings.borrow_mut() = self.store.load_settings().await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::Conflict {
            stored: 0,
            expected: 0,
        }
        .into())
    }

    /// Saves a new programme worked out from the one at version `based_on`. Refused
    /// (`Conflict`, the newer programme then shown) if another tab changed the
    /// programme meanwhile: its rules must not be overwritten unseen.
    pub async fn save_programme(&self, programme: Programme, based_on: u32) -> BookResult<Changed> {
        let current = self.store.load_settings().await?;
        if current.loyalty.version != based_on {
            *self.settings.borrow_mut() = current.clone();
            return Err(StoreError::Conflict {
                stored: current.loyalty.version,
                expected: based_on,
            }
            .into());
        }
        self.update_settings(|s| s.loyalty = programme.clone())
            .await
    }

    /// Names the starting programme's tiers and rewards in the owner's language, while
    /// it is still exactly the starting programme (whose names are the English ones).
    /// Once named in another language, or changed by the owner, it is left alone.
    pub async fn name_starting_programme(&self, names: &StartingNames) -> BookResult<Changed> {
        let current = self.programme();
        match current.with_starting_names(names) {
            // Only labels change, so the version (which ledger entries cite) stays.
            Some(named) if named != current => self.save_programme(named, current.version).await,
            _ => Ok(Changed::default()),
        }
    }

    /// The records set aside, byte for byte, for the owner to export.
    pub async fn set_aside(&self) -> BookResult<Vec<SetAside>> {
        Ok(self.store.set_aside().await?)
    }

    /// Forgets the set-aside records (once the owner has exported them).
    pub async fn discard_set_aside(&self) -> BookResult<Changed> {
        self.store.clear_set_aside().await?;
        self.set_aside_count.set(0);
        Ok(Changed {
            set_aside: true,
            ..Changed::default()
        })
    }
}

/// The set-aside records as one JSON file the owner can keep or send for recovery.
pub fn set_aside_export(records: &[SetAside]) -> String {
    serde_json::to_string_pretty(&serde_json::json!({
        "format": "karibu-set-aside",
        "version": 1,
        "records": records,
    }))
    .unwrap_or_default()
}
