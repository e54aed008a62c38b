//! Segments for the pages: saving and deleting them, and the facts their rules count
//! against, worked out once per change to the book and shared by the builder and the
//! customer list.

use super::insights_state::SharedInsights;
use super::state::AppState;
use crate::book::exchange::ExportFormat;
use crate::book::BookError;
use crate::gdpr::Purpose;
use crate::segments::{Facts, Group, Members, Needs, Segment};
use chrono::Datelike;
use leptos::prelude::*;
use std::sync::Arc;

/// Facts behind a pointer that compares by identity and by what had been added when
/// handed out (the same facts gain loyalty or scores later), so an unchanged book
/// redraws nothing and an enriched one redraws.
#[derive(Clone)]
pub struct SharedFacts(pub Arc<Facts>, bool, bool);

impl SharedFacts {
    fn of(facts: Arc<Facts>) -> Self {
        let (loyalty, scores) = (facts.has_loyalty(), facts.has_scores());
        SharedFacts(facts, loyalty, scores)
    }
}

impl PartialEq for SharedFacts {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) && self.1 == other.1 && self.2 == other.2
    }
}

/// What is being read before a rule can be counted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum FactsLoading {
    #[default]
    Nothing,
    /// Members' points read so far.
    Points(usize),
    /// Insights worked out, in percent.
    Insights(u64),
}

impl AppState {
    /// The facts for the book as it is now, with loyalty and insight scores added if
    /// `needs` asks for them; `None` before the book is open or if a read failed (the
    /// owner has been told).
    pub async fn segment_facts(
        &self,
        needs: Needs,
        loading: impl Fn(FactsLoading) + Clone + 'static,
    ) -> Option<SharedFacts> {
        let book = self.book()?;
        // Settings (tier names, expiry) and the day (windows, days since) change the
        // facts as much as a sale does.
        let version = (
            self.directory_version.get_untracked(),
            self.sales_version.get_untracked(),
            self.settings.with_untracked(|s| s.revision),
            super::platform::today().num_days_from_ce(),
        );
        let facts = match self.segment_facts_cache.get_value() {
            Some((seen, facts)) if seen == version => facts,
            _ => {
                let fresh = SharedFacts::of(Arc::new(book.segment_facts()));
                self.segment_facts_cache
                    .set_value(Some((version, fresh.clone())));
                // The count that follows gets a task of its own.
                super::platform::yield_to_browser().await;
                fresh
            }
        };
        // The insights are this page's shared cache; the rest is one use case.
        let insights: Option<SharedInsights> = if needs.insights && !facts.0.has_scores() {
            let progress = loading.clone();
            Some(
                self.insights(move |p| {
                    progress(FactsLoading::Insights(p.done * 100 / p.total.max(1)))
                })
                .await?,
            )
        } else {
            None
        };
        let progress = loading.clone();
        let completed = book
            .complete_segment_facts(&facts.0, &needs, insights.as_deref(), &move |n| {
                progress(FactsLoading::Points(n))
            })
            .await;
        self.told(completed)?;
        loading(FactsLoading::Nothing);
        Some(SharedFacts::of(facts.0))
    }

    /// What `rule` needs worked out, the score rules' needs included if it looks at
    /// the score.
    pub fn needs_of(&self, rule: &Group) -> Needs {
        // Tracked: a score rule changed (here or in another tab) changes what is needed.
        rule.needs()
            .with_score_rules(&self.settings.with(|s| s.score_rules.clone()))
    }

    /// Saves the customer score's rules.
    pub async fn save_score_rules(
        &self,
        rules: Vec<crate::segments::ScoreRule>,
    ) -> Result<(), BookError> {
        let changed = self.open_book()?.save_score_rules(rules).await?;
        self.apply(&changed, true);
        Ok(())
    }

    /// Live customers' scores under `rules`, lowest first.
    pub fn customer_scores(
        &self,
        facts: &SharedFacts,
        rules: &[crate::segments::ScoreRule],
    ) -> Vec<i64> {
        self.book()
            .map(|b| b.customer_scores(&facts.0, rules))
            .unwrap_or_default()
    }

    /// Who `rule` selects for a list used for `purpose`, given facts for the current
    /// book.
    pub fn segment_members(
        &self,
        rule: &Group,
        purpose: Option<&Purpose>,
        facts: &SharedFacts,
    ) -> Option<Members> {
        Some(self.book()?.members_for(rule, purpose, &facts.0))
    }

    /// Saves a segment; returns its id.
    pub async fn save_segment(&self, segment: Segment) -> Result<String, BookError> {
        let (changed, id) = self.open_book()?.save_segment(segment).await?;
        self.apply(&changed, true);
        Ok(id)
    }

    pub async fn delete_segment(&self, id: String) -> Result<(), BookError> {
        let changed = self.open_book()?.delete_segment(&id).await?;
        self.apply(&changed, true);
        Ok(())
    }
}

impl AppState {
    /// Offers the customers in `ids` as a CSV file; `read` is told how many customers
    /// were read so far.
    pub async fn export_customers(
        &self,
        ids: Vec<crate::domain::CustomerId>,
        format: ExportFormat,
        read: impl Fn(usize) + 'static,
    ) -> Result<(), BookError> {
        let text = self
            .open_book()?
            .export_customers(&ids, format, &read)
            .await?;
        let (what, extension, mime) = format.file();
        let name = super::platform::dated_file_name(what, extension);
        super::platform::download(&name, mime, &text);
        Ok(())
    }
}
