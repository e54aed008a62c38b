//! Customer use cases: save (new or edited), delete and undo, tags in bulk, the
//! timeline and follow-ups, and refreshing customers another tab changed.

use super::{Book, BookError, BookResult, Changed, Replay};
use crate::domain::bulk::{bulk_change, BulkField};
use crate::domain::draft::Rules;
use crate::domain::{
    Customer, CustomerDraft, CustomerId, Interaction, InteractionDraft, InteractionId,
};
use crate::store::{CustomerRecord, Store, StoreError};

/// Above this many named customers, another tab's change is taken by rereading all.
const REFRESH_ONE_BY_ONE: usize = 200;

impl<S: Store> Book<S> {
    pub fn rules_with<T>(&self, f: impl FnOnce(&Rules) -> T) -> T {
        let settings = self.settings.borrow();
        let rules = Rules {
            country: settings.country.as_deref(),
            custom_fields: &settings.custom_fields,
            today: Some(self.host.today()),
        };
        f(&rules)
    }

    pub async fn customer(&self, id: &CustomerId) -> BookResult<Option<Customer>> {
        Ok(self.store.get_customer(id).await?)
    }

    /// Validates and saves a new customer (`existing` = None) or an edit of `existing`
    /// as it was read. Refused, with nothing stored, if another tab changed or deleted
    /// them meanwhile.
    pub async fn save_customer(
        &self,
        draft: &CustomerDraft,
        existing: Option<&Customer>,
    ) -> BookResult<(Customer, Changed)> {
        let now = self.host.now_ms();
        let customer = self
            .rules_with(|rules| match existing {
                Some(old) => draft.apply_to(old, rules, now),
                None => draft.to_new_customer(
                    rules,
                    CustomerId::generate(now, &mut rand::thread_rng()),
                    now,
                ),
            })
            .map_err(BookError::Invalid)?;
        let saved = self
            .checked(
                std::slice::from_ref(&customer.id),
                self.store.save_customer(&customer).await,
            )
            .await?;
        self.wrote(true, false, false);
        self.directory_upsert(std::slice::from_ref(&saved));
        Ok((saved.clone(), Changed::customers(vec![saved.id])))
    }

    /// Deletes customers with their timelines and ledgers; their purchases stay in the
    /// takings, anonymous. Returns what an undo needs.
    pub async fn delete_customers(
        &self,
        ids: &[CustomerId],
    ) -> BookResult<(Vec<CustomerRecord>, Changed)> {
        let removed = self.store.delete_customers(ids).await?;
        self.wrote(true, true, false);
        self.directory_remove(ids);
        self.sales_forget(ids);
        let changed = Changed {
            removed: ids.to_vec(),
            sales: true,
            ..Changed::default()
        };
        Ok((removed, changed))
    }

    /// Puts deleted customers back as they were, purchases and points included.
    pub async fn undo_delete(&self, records: &[CustomerRecord]) -> BookResult<Changed> {
        self.store.restore(records).await?;
        self.wrote(true, true, false);
        let customers: Vec<Customer> = records.iter().map(|r| r.customer.clone()).collect();
        self.directory_upsert(&customers);
        let relinked = records.iter().any(|r| !r.purchases.is_empty());
        if relinked {
            self.load_sales().await?;
        }
        Ok(Changed {
            customers: customers.into_iter().map(|c| c.id).collect(),
            sales: relinked,
            ..Changed::default()
        })
    }

    /// Adds `tag` to each customer, in one transaction. A customer another tab edited
    /// meanwhile is reread and tagged as they now are (adding a tag merges cleanly);
    /// one that was deleted refuses the whole batch, naming nothing half-done.
    pub async fn add_tag(&self, ids: &[CustomerId], tag: &str) -> BookResult<Changed> {
        let tag = tag.trim();
        if tag.is_empty() || ids.is_empty() {
            return Ok(Changed::default());
        }
        let saved = self
            .amend_customers(ids, |c| {
                let missing = !c.tags.iter().any(|t| t.eq_ignore_ascii_case(tag));
                if missing {
                    c.tags.push(tag.to_owned());
                }
                missing
            })
            .await?;
        Ok(Changed::customers(
            saved.into_iter().map(|c| c.id).collect(),
        ))
    }

    /// Takes `tag` off each customer (any case), in one transaction.
    pub async fn remove_tag(&self, ids: &[CustomerId], tag: &str) -> BookResult<Changed> {
        let tag = tag.trim();
        if tag.is_empty() || ids.is_empty() {
            return Ok(Changed::default());
        }
        let saved = self
            .amend_customers(ids, |c| {
                let before = c.tags.len();
                c.tags.retain(|t| !t.eq_ignore_ascii_case(tag));
                c.tags.len() != before
            })
            .await?;
        Ok(Changed::customers(
            saved.into_iter().map(|c| c.id).collect(),
        ))
    }

    /// Sets one field to what was typed for every customer in `ids`, in one
    /// transaction; the value is checked as the customer form checks it (refused, with
    /// nothing changed, if it is not valid). Empty clears the field.
    pub async fn set_field(
        &self,
        ids: &[CustomerId],
        field: &BulkField,
        typed: &str,
    ) -> BookResult<Changed> {
        let change = self
            .rules_with(|rules| bulk_change(field, typed, rules))
            .map_err(|e| BookError::Invalid(vec![e]))?;
        let saved = self.amend_customers(ids, |c| change.apply(c)).await?;
        Ok(Changed::customers(
            saved.into_iter().map(|c| c.id).collect(),
        ))
    }

    /// Reads each customer as stored, lets `change` amend them (it says whether it
    /// changed anything) and saves the changed ones in one transaction. Another tab's
    /// edit meanwhile is reread and the change made again (the changes made this way
    /// merge cleanly); a customer deleted meanwhile refuses the whole batch.
    pub(super) async fn amend_customers(
        &self,
        ids: &[CustomerId],
        change: impl Fn(&mut Customer) -> bool,
    ) -> BookResult<Vec<Customer>> {
        for attempt in 0..3 {
            let now = self.host.now_ms();
            let mut updated = Vec::new();
            for id in ids {
                let Some(mut c) = self.store.get_customer(id).await? else {
                    return self.checked(ids, Err(StoreError::Deleted)).await;
                };
                if change(&mut c) {
                    c.updated_ms = now;
                    updated.push(c);
                }
            }
            match self
                .checked(ids, self.store.save_customers(&updated).await)
                .await
            {
                Ok(saved) => {
                    self.wrote(true, false, false);
                    self.directory_upsert(&saved);
                    return Ok(saved);
                }
                Err(BookError::Store(StoreError::Conflict { .. })) if attempt < 2 => continue,
                Err(e) => return Err(e),
            }
        }
        Err(StoreError::Conflict {
            stored: 0,
            expected: 0,
        }
        .into())
    }

    pub async fn timeline(&self, id: &CustomerId) -> BookResult<Vec<Interaction>> {
        let timeline = self.store.timeline(id).await?;
        self.count_set_aside().await?;
        Ok(timeline)
    }

    /// Open follow-ups due by `until`, soonest first.
    pub async fn follow_ups_until(&self, until: chrono::NaiveDate) -> BookResult<Vec<Interaction>> {
        let due = self.store.follow_ups_until(until).await?;
        self.count_set_aside().await?;
        Ok(due)
    }

    /// Adds a note, call, visit… to a customer's timeline.
    pub async fn add_interaction(
        &self,
        customer: &CustomerId,
        draft: &InteractionDraft,
    ) -> BookResult<(Interaction, Changed)> {
        let now = self.host.now_ms();
        let id = InteractionId::generate(now, &mut rand::thread_rng());
        let interaction = draft
            .to_interaction(id, customer.clone(), now, self.host.today())
            .map_err(BookError::Interaction)?;
        let saved = self
            .checked(
                std::slice::from_ref(customer),
                self.store.save_interaction(&interaction).await,
            )
            .await?;
        self.wrote(true, false, false);
        Ok((saved, Changed::customers(vec![customer.clone()])))
    }

    /// Marks a follow-up done; it leaves the Today list and stays on the timeline.
    pub async fn complete_follow_up(&self, interaction: &Interaction) -> BookResult<Changed> {
        let mut done = interaction.clone();
        done.done = true;
        self.store.save_interaction(&done).await?;
        self.wrote(true, false, false);
        Ok(Changed::customers(vec![interaction.customer_id.clone()]))
    }

    /// Another tab changed or deleted these customers: reread just them (or, for many,
    /// the whole book).
    pub async fn refresh_customers(&self, ids: &[CustomerId]) -> BookResult<Changed> {
        if ids.len() > REFRESH_ONE_BY_ONE {
            self.reload_customers(&mut |_| {}).await?;
            return Ok(Changed {
                everything: true,
                ..Changed::default()
            });
        }
        let mut gone = Vec::new();
        for id in ids {
            match self.store.get_customer(id).await? {
                Some(c) => self.directory_upsert(std::slice::from_ref(&c)),
                None => gone.push(id.clone()),
            }
        }
        self.directory_remove(&gone);
        Ok(Changed {
            customers: ids.to_vec(),
            removed: gone,
            ..Changed::default()
        })
    }

    /// Another tab deleted these customers.
    pub fn forget_customers(&self, ids: &[CustomerId]) -> Changed {
        self.directory_remove(ids);
        self.sales_forget(ids);
        Changed {
            removed: ids.to_vec(),
            sales: true,
            ..Changed::default()
        }
    }

    /// In memory, deleted customers' purchases become anonymous takings, as stored.
    pub(super) fn sales_forget(&self, ids: &[CustomerId]) {
        let mut sales = self.sales.borrow_mut();
        ids.iter().for_each(|id| sales.table.forget_customer(id));
        sales.refigure(&self.zone());
        drop(sales);
        if let Some(replay) = self.replay_sales.borrow_mut().as_mut() {
            replay.extend(ids.iter().cloned().map(Replay::Remove));
        }
    }
}
