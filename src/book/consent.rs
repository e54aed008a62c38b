//! Consent, restriction and objection use cases: each adds one entry to the customer's
//! history (never rewriting it), and the owner's own purposes.

use super::{Book, BookError, BookResult, Changed};
use crate::domain::{Customer, CustomerId};
use crate::gdpr::consent::{ConsentDraft, ConsentProblem, OwnPurpose, Purpose};
use crate::gdpr::{Flag, FlagEntry};
use crate::segments::{Facts, Members, Sources};
use crate::store::{Store, StoreError};

/// The longest name for a purpose of the owner's.
pub const MAX_PURPOSE_NAME: usize = 80;

impl<S: Store> Book<S> {
    /// Records consent given or withdrawn (or another lawful basis) for one purpose.
    pub async fn record_consent(
        &self,
        customer: &CustomerId,
        draft: &ConsentDraft,
    ) -> BookResult<(Customer, Changed)> {
        let own = self.settings().purposes;
        let entry = draft
            .to_entry(self.host.now_ms(), &own)
            .map_err(BookError::Consent)?;
        self.amend_customer(customer, |c| c.consents.push(entry.clone()))
            .await
    }

    /// Turns restriction (Art. 18) or objection (Art. 21) on or off, with a note of why.
    pub async fn set_flag(
        &self,
        customer: &CustomerId,
        flag: Flag,
        on: bool,
        note: &str,
    ) -> BookResult<(Customer, Changed)> {
        let entry = FlagEntry {
            at_ms: self.host.now_ms(),
            flag,
            on,
            note: note.trim().to_owned(),
        };
        self.amend_customer(customer, |c| c.flags.push(entry.clone()))
            .await
    }

    /// The owner's own purposes, in the order added.
    pub fn own_purposes(&self) -> Vec<OwnPurpose> {
        self.settings().purposes
    }

    /// Adds a purpose of the owner's; a name already there is not added twice.
    pub async fn add_purpose(&self, name: &str) -> BookResult<(Purpose, Changed)> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_PURPOSE_NAME {
            return Err(BookError::Consent(ConsentProblem::PurposeName));
        }
        if let Some(p) = self
            .settings()
            .purposes
            .iter()
            .find(|p| p.name.to_lowercase() == name.to_lowercase())
        {
            return Ok((Purpose::Own(p.id.clone()), Changed::default()));
        }
        let id = crate::lock::passphrase::hex(&rand::random::<[u8; 6]>());
        let added = OwnPurpose {
            id: id.clone(),
            name: name.to_owned(),
        };
        let changed = self
            .update_settings(|s| s.purposes.push(added.clone()))
            .await?;
        Ok((Purpose::Own(id), changed))
    }

    /// Who `rule` selects now for a list used for `purpose`: with a purpose, only
    /// those with a basis for it (and, for marketing, no objection); never anyone
    /// restricted.
    pub fn members_for(
        &self,
        rule: &crate::segments::Group,
        purpose: Option<&Purpose>,
        facts: &Facts,
    ) -> Members {
        let started = self.host.precise_ms();
        let directory = self.directory.borrow();
        let sales = self.sales.borrow();
        let score_rules = self.settings.borrow().score_rules.clone();
        let found = crate::segments::members_for(
            rule,
            purpose,
            &Sources {
                directory: &directory,
                table: &sales.table,
                facts,
                score_rules: &score_rules,
            },
        );
        self.host.measure("karibu:segment", started);
        found
    }

    /// One customer amended through `amend_customers` (always saved: an entry is added).
    async fn amend_customer(
        &self,
        id: &CustomerId,
        change: impl Fn(&mut Customer),
    ) -> BookResult<(Customer, Changed)> {
        let mut saved = self
            .amend_customers(std::slice::from_ref(id), |c| {
                change(c);
                true
            })
            .await?;
        let customer = saved.pop().ok_or(StoreError::NotFound)?;
        Ok((customer, Changed::customers(vec![id.clone()])))
    }
}

impl<S: Store> Book<S> {
    /// The facts the records of processing (Art. 30) are filled from, as of now.
    pub async fn processing_facts(&self) -> BookResult<crate::gdpr::records::Facts> {
        let settings = self.settings();
        let lock_on = self.store.lock_record().await?.is_some();
        let directory = self.directory.borrow();
        let rows: Vec<_> = (0..directory.slots() as u32)
            .filter_map(|slot| directory.row(slot))
            .collect();
        let purposes = Purpose::all(&settings.purposes)
            .into_iter()
            .map(|p| {
                let people = rows.iter().filter(|r| r.standing.may_use_for(&p)).count();
                (p, people)
            })
            .collect();
        Ok(crate::gdpr::records::Facts {
            owner: settings.records.clone(),
            customers: rows.len(),
            purposes,
            own_purposes: settings.purposes.clone(),
            custom_fields: settings
                .custom_fields
                .iter()
                .map(|f| f.label.clone())
                .collect(),
            retention: settings.retention.rules.iter().map(|k| k.rule).collect(),
            lock_on,
            made_ms: self.host.now_ms(),
        })
    }

    pub async fn save_owner_entries(
        &self,
        entries: crate::gdpr::records::OwnerEntries,
    ) -> BookResult<Changed> {
        self.update_settings(|s| s.records = entries.clone()).await
    }
}
