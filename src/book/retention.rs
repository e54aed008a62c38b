//! Retention use cases: keep the rules, preview what one would remove, apply it (on
//! confirmation, or the automatic ones once a day), and log every run.

use super::backup::Progress;
use super::{Book, BookError, BookResult, Changed};
use crate::domain::time::Millis;
use crate::domain::{CustomerId, InteractionId};
use crate::gdpr::retention::{entry_expired, KeptRule, RetentionRule, RetentionRun};
use crate::store::Store;

/// Customers removed per transaction: progress moves, and a closed tab loses no more
/// than a batch of work (each batch is whole).
const REMOVE_BATCH: usize = 200;

/// What a rule would remove now.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPreview {
    pub customers: Vec<CustomerId>,
    pub entries: Vec<(CustomerId, InteractionId)>,
}

impl RetentionPreview {
    pub fn affected(&self) -> usize {
        self.customers.len() + self.entries.len()
    }
}

impl<S: Store> Book<S> {
    pub async fn add_retention_rule(
        &self,
        rule: RetentionRule,
        automatic: bool,
    ) -> BookResult<Changed> {
        let rule = rule.check().map_err(BookError::Retention)?;
        let kept = KeptRule {
            id: crate::lock::passphrase::hex(&rand::random::<[u8; 6]>()),
            rule,
            automatic,
        };
        self.update_settings(|s| s.retention.rules.push(kept.clone()))
            .await
    }

    pub async fn remove_retention_rule(&self, id: &str) -> BookResult<Changed> {
        self.update_settings(|s| s.retention.rules.retain(|k| k.id != id))
            .await
    }

    /// Who or what `rule` would remove today. Nobody with an open data request, and
    /// nobody restricted (a person often asks for restriction so as not to be erased).
    pub async fn retention_preview(
        &self,
        rule: RetentionRule,
        progress: &dyn Fn(Progress),
    ) -> BookResult<RetentionPreview> {
        let rule = rule.check().map_err(BookError::Retention)?;
        let cutoff = rule.cutoff_ms(self.host.now_ms());
        match rule {
            RetentionRule::RemoveInactive { .. } => {
                let customers = self.inactive_since(cutoff, progress).await?;
                Ok(RetentionPreview {
                    customers,
                    entries: Vec::new(),
                })
            }
            RetentionRule::DeleteOldEntries { .. } => {
                let mut entries = Vec::new();
                self.store
                    .load_interactions(&mut |page| {
                        entries.extend(
                            page.into_iter()
                                .filter(|i| entry_expired(i, cutoff))
                                .map(|i| (i.customer_id, i.id)),
                        );
                    })
                    .await?;
                Ok(RetentionPreview {
                    customers: Vec::new(),
                    entries,
                })
            }
        }
    }

    /// Applies `rule` as it stands now (the preview is worked out again, so nothing
    /// that became active meanwhile goes), and logs the run.
    pub async fn apply_retention(
        &self,
        rule: RetentionRule,
        automatic: bool,
        progress: &dyn Fn(Progress),
    ) -> BookResult<(RetentionRun, Changed)> {
        let preview = self.retention_preview(rule, progress).await?;
        let total = preview.affected() as u64;
        let mut changed = Changed::default();
        let mut done = 0u64;
        for batch in preview.customers.chunks(REMOVE_BATCH) {
            let (_, removed) = self.delete_customers(batch).await?;
            changed.merge(removed);
            done += batch.len() as u64;
            progress(Progress { done, total });
            self.host.pause().await;
        }
        let mut touched = Vec::new();
        for (customer, entry) in &preview.entries {
            self.store.delete_interaction(customer, entry).await?;
            touched.push(customer.clone());
            done += 1;
            if done.is_multiple_of(50) {
                progress(Progress { done, total });
                self.host.pause().await;
            }
        }
        touched.dedup();
        changed.customers.extend(touched);
        let run = RetentionRun {
            at_ms: self.host.now_ms(),
            rule,
            affected: preview.affected(),
            automatic,
        };
        changed.merge(
            self.update_settings(|s| s.retention.record(run.clone()))
                .await?,
        );
        Ok((run, changed))
    }

    /// Runs the automatic rules not run in the last day (by this tab or another).
    pub async fn run_due_retention(&self) -> BookResult<(Vec<RetentionRun>, Changed)> {
        let due = self.settings().retention.due(self.host.now_ms());
        let mut runs = Vec::new();
        let mut changed = Changed::default();
        for rule in due {
            let (run, c) = self.apply_retention(rule, true, &|_| {}).await?;
            runs.push(run);
            changed.merge(c);
        }
        Ok((runs, changed))
    }

    /// Customers with no purchase, edit or timeline entry since `cutoff`.
    async fn inactive_since(
        &self,
        cutoff: Millis,
        progress: &dyn Fn(Progress),
    ) -> BookResult<Vec<CustomerId>> {
        let asked: Vec<CustomerId> = self
            .settings()
            .requests
            .iter()
            .filter(|r| r.is_open())
            .filter_map(|r| match &r.subject {
                crate::gdpr::Subject::Customer(id) => Some(id.clone()),
                crate::gdpr::Subject::Pseudonym(_) => None,
            })
            .collect();
        // The record and the sales first (in memory); the timeline only for those left.
        let candidates: Vec<CustomerId> = {
            let directory = self.directory.borrow();
            let sales = self.sales.borrow();
            let last_sale = |id: &CustomerId| {
                sales
                    .table
                    .customer_index(id)
                    .and_then(|i| sales.summaries.get(i as usize))
                    .and_then(|s| s.last_purchase_ms)
            };
            (0..directory.slots() as u32)
                .filter_map(|slot| directory.row(slot))
                .filter(|r| r.created_ms.max(r.updated_ms) < cutoff)
                .filter(|r| !r.standing.restricted && !asked.contains(&r.id))
                .filter(|r| last_sale(&r.id).is_none_or(|at| at < cutoff))
                .map(|r| r.id.clone())
                .collect()
        };
        let total = candidates.len() as u64;
        let mut inactive = Vec::new();
        for (i, id) in candidates.into_iter().enumerate() {
            let timeline = self.store.timeline(&id).await?;
            if timeline.iter().all(|e| entry_expired(e, cutoff)) {
                inactive.push(id);
            }
            if i % 100 == 99 {
                progress(Progress {
                    done: i as u64 + 1,
                    total,
                });
                self.host.pause().await;
            }
        }
        Ok(inactive)
    }
}
