//! Keeping the book clean: likely duplicates found in the whole book, a group merged
//! into one record (timeline, purchases, points and consents follow) and undone, and
//! the book's health report.

use super::{Book, BookResult, Changed, Replay};
use crate::domain::{Customer, CustomerId};
use crate::gdpr::consent::Standing;
use crate::quality::duplicate_groups::{duplicate_groups, DuplicateGroup};
use crate::quality::health::{health_report, HealthReport};
use crate::quality::merge::MergePlan;
use crate::store::{CustomerRecord, Store, StoreError};

/// What undoing a merge needs: the kept record as it was, and the others whole.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeUndo {
    before: Customer,
    merged_revision: u32,
    records: Vec<CustomerRecord>,
}

impl MergeUndo {
    /// How many records were merged into one.
    pub fn merged(&self) -> usize {
        self.records.len() + 1
    }
}

impl<S: Store> Book<S> {
    /// Every customer as stored (the directory keeps only what the list shows);
    /// `progress` is told how many were read. The page breathes once after.
    pub(super) async fn everyone(&self, progress: &dyn Fn(usize)) -> BookResult<Vec<Customer>> {
        let mut everyone = Vec::new();
        self.store
            .load_customers(&mut |page| {
                everyone.extend(page);
                progress(everyone.len());
            })
            .await?;
        self.host.pause().await;
        Ok(everyone)
    }

    /// Every likely group of duplicates, read from the store (the directory keeps
    /// only what the list shows); `progress` is told how many customers were read.
    pub async fn duplicate_groups(
        &self,
        progress: &dyn Fn(usize),
    ) -> BookResult<Vec<DuplicateGroup>> {
        let started = self.host.precise_ms();
        let mut everyone = self.everyone(progress).await?;
        // A restricted person's records are stored only (Art. 18), not compared.
        everyone.retain(|c| !Standing::of(&c.consents, &c.flags).restricted);
        let groups = duplicate_groups(&everyone);
        self.host.measure("karibu:duplicate-groups", started);
        Ok(groups)
    }

    /// The book's health: who cannot be reached, contact details that cannot be right,
    /// stale records, rarely filled fields (read from the store, as duplicates are).
    pub async fn health_report(&self, progress: &dyn Fn(usize)) -> BookResult<HealthReport> {
        let everyone = self.everyone(progress).await?;
        let keys: Vec<String> = self
            .settings
            .borrow()
            .custom_fields
            .iter()
            .map(|f| f.key.clone())
            .collect();
        let sales = self.sales.borrow();
        let last = |id: &CustomerId| {
            let i = sales.table.customer_index(id)?;
            sales.summaries.get(i as usize)?.last_purchase_ms
        };
        Ok(health_report(&everyone, &keys, self.host.now_ms(), last))
    }

    /// The members as stored now, the first kept; those deleted meanwhile left out.
    pub async fn merge_plan(&self, members: &[CustomerId]) -> BookResult<MergePlan> {
        let mut found = Vec::with_capacity(members.len());
        for id in members {
            if let Some(c) = self.store.get_customer(id).await? {
                found.push(c);
            }
        }
        Ok(MergePlan::new(found))
    }

    /// Merges the plan's members into the first, in one transaction. Refused with
    /// nothing changed if another tab changed or deleted any of them since they were
    /// read for the plan.
    pub async fn merge_customers(
        &self,
        plan: &MergePlan,
    ) -> BookResult<(Customer, MergeUndo, Changed)> {
        let members = plan.members();
        let Some(before) = members.first().cloned() else {
            return Err(StoreError::NotFound.into());
        };
        let one = plan.merged(self.host.now_ms());
        let involved: Vec<CustomerId> = members.iter().map(|c| c.id.clone()).collect();
        let (merged, records) = self
            .checked(
                &involved,
                self.store.merge_customers(&one, &members[1..]).await,
            )
            .await?;
        let absorbed: Vec<CustomerId> = records.iter().map(|r| r.customer.id.clone()).collect();
        self.wrote(true, true, false);
        self.directory_upsert(std::slice::from_ref(&merged));
        self.directory_remove(&absorbed);
        self.sales_move(&absorbed, &merged.id);
        let undo = MergeUndo {
            before,
            merged_revision: merged.revision,
            records,
        };
        let changed = Changed {
            customers: vec![merged.id.clone()],
            removed: absorbed,
            sales: true,
            ..Changed::default()
        };
        Ok((merged, undo, changed))
    }

    /// Puts the records back as they were before the merge. Refused with nothing
    /// changed if the kept record, or a note or sale that came with the others, was
    /// changed since, or the points that came with them were spent.
    pub async fn undo_merge(&self, undo: &MergeUndo) -> BookResult<Changed> {
        let mut before = undo.before.clone();
        before.revision = undo.merged_revision;
        self.checked(
            std::slice::from_ref(&before.id),
            self.store.unmerge(&before, &undo.records).await,
        )
        .await?;
        self.wrote(true, true, false);
        let mut customers = vec![self.store.get_customer(&before.id).await?];
        customers.extend(undo.records.iter().map(|r| Some(r.customer.clone())));
        let customers: Vec<Customer> = customers.into_iter().flatten().collect();
        self.directory_upsert(&customers);
        self.load_sales().await?;
        Ok(Changed {
            customers: customers.into_iter().map(|c| c.id).collect(),
            sales: true,
            ..Changed::default()
        })
    }

    /// In memory, the absorbed customers' purchases become the kept one's, as stored.
    fn sales_move(&self, absorbed: &[CustomerId], to: &CustomerId) {
        let mut sales = self.sales.borrow_mut();
        absorbed
            .iter()
            .for_each(|from| sales.table.move_customer(from, to));
        sales.refigure(&self.zone());
        drop(sales);
        if let Some(replay) = self.replay_sales.borrow_mut().as_mut() {
            replay.extend(
                absorbed
                    .iter()
                    .map(|from| Replay::Move(from.clone(), to.clone())),
            );
        }
    }
}
