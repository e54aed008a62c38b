//! Segment use cases: save and delete a segment, and work out the facts its rule looks
//! at (purchase windows from memory; loyalty standing and insight scores, which take a
//! read of every ledger or a pass of the models, only when a rule asks for them).

use super::insights::{Insights, SLICE_MS};
use super::{Book, BookError, BookResult, Changed};
use crate::domain::CustomerId;
use crate::domain::Money;
use crate::loyalty::counter::YEAR_MS;
use crate::loyalty::{rules, Account, TierBasis};
use crate::search::fold;
use crate::segments::rule::{MAX_DEPTH, MAX_RULE_POINTS};
use crate::segments::{
    scores, Facts, Group, Members, Needs, ScoreRule, Scores, Segment, Sources, Subject,
};
use crate::store::Store;
use std::collections::HashMap;

/// Why a segment was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SegmentProblem {
    NameMissing,
    /// Another segment already has this name (ignoring case and accents).
    NameTaken,
    /// No segment with this id (another tab deleted it).
    Gone,
    /// The score rule at this position (from 1) gives no points, too many, or looks
    /// at the score itself.
    BadScoreRule(usize),
    /// Groups inside groups inside the segment: more than `MAX_DEPTH` levels.
    TooDeep,
}

impl<S: Store> Book<S> {
    pub fn segments(&self) -> Vec<Segment> {
        self.settings.borrow().segments.clone()
    }

    /// Saves a new segment (empty id) or replaces the one with its id; returns its id.
    pub async fn save_segment(&self, mut segment: Segment) -> BookResult<(Changed, String)> {
        segment.name = segment.name.trim().to_owned();
        if segment.name.is_empty() {
            return Err(BookError::Segment(SegmentProblem::NameMissing));
        }
        let taken = self
            .settings
            .borrow()
            .segments
            .iter()
            .any(|s| s.id != segment.id && fold(&s.name) == fold(&segment.name));
        if taken {
            return Err(BookError::Segment(SegmentProblem::NameTaken));
        }
        if segment.rule.depth() > MAX_DEPTH {
            return Err(BookError::Segment(SegmentProblem::TooDeep));
        }
        if segment.id.is_empty() {
            segment.id = format!(
                "s{}",
                CustomerId::generate(self.host.now_ms(), &mut rand::thread_rng())
            );
        } else if !self
            .settings
            .borrow()
            .segments
            .iter()
            .any(|s| s.id == segment.id)
        {
            return Err(BookError::Segment(SegmentProblem::Gone));
        }
        let id = segment.id.clone();
        let changed = self
            .update_settings(
                |s| match s.segments.iter_mut().find(|x| x.id == segment.id) {
                    Some(stored) => *stored = segment.clone(),
                    None => s.segments.push(segment.clone()),
                },
            )
            .await?;
        Ok((changed, id))
    }

    pub async fn delete_segment(&self, id: &str) -> BookResult<Changed> {
        self.update_settings(|s| s.segments.retain(|x| x.id != id))
            .await
    }

    /// The facts every rule can use straight away: purchase windows and last visits.
    pub fn segment_facts(&self) -> Facts {
        let started = self.host.precise_ms();
        let directory = self.directory.borrow();
        let sales = self.sales.borrow();
        let facts = Facts::new(
            &directory,
            &sales.table,
            |i| {
                sales
                    .summaries
                    .get(i as usize)
                    .and_then(|s| s.last_purchase_ms)
            },
            self.host.now_ms(),
        );
        self.host.measure("karibu:segment-facts", started);
        facts
    }

    /// Adds to `facts` what `needs` asks for and they lack: every member's loyalty
    /// standing (one read of all ledgers; `progress` told how many) and, given the
    /// insights, each customer's scores. Attached against the directory as it is now.
    pub async fn complete_segment_facts(
        &self,
        facts: &Facts,
        needs: &Needs,
        insights: Option<&Insights>,
        progress: &dyn Fn(usize),
    ) -> BookResult<()> {
        // Each attach is a pass over every customer: the page breathes between them and
        // before the count that follows, so none shares a task with the next.
        if needs.loyalty && !facts.has_loyalty() {
            let standings = self.loyalty_standings(progress).await?;
            self.in_own_task("karibu:segment-loyalty", || {
                facts.set_loyalty(&self.directory.borrow(), &standings);
            })
            .await;
        }
        if let Some(insights) = insights.filter(|_| needs.insights && !facts.has_scores()) {
            let scores = self.insight_scores(insights, &|_| {}).await;
            self.in_own_task("karibu:segment-scores", || {
                facts.set_scores(&self.directory.borrow(), &scores);
            })
            .await;
        }
        Ok(())
    }

    /// Runs `work` in a task of its own, measured as `name`.
    async fn in_own_task(&self, name: &str, work: impl FnOnce()) {
        self.host.pause().await;
        let started = self.host.precise_ms();
        work();
        self.host.measure(name, started);
        self.host.pause().await;
    }

    /// Every member's points (lapsed ones left out) and tier name: one read of all
    /// ledgers. Attach them with `Facts::set_loyalty`.
    pub async fn loyalty_standings(
        &self,
        progress: &dyn Fn(usize),
    ) -> BookResult<HashMap<CustomerId, (i64, String)>> {
        let programme = self.programme();
        let now = self.host.now_ms();
        // Spend over the last 12 months from one pass over the sales, not one per member.
        let spend_12m: Option<Vec<i64>> = match programme.tier_basis {
            TierBasis::Spend12m => {
                let sales = self.sales.borrow();
                let t = &sales.table;
                let mut by_customer = vec![0i64; t.customers().len()];
                for row in 0..t.len() {
                    let c = t.customer[row] as usize;
                    if !t.voided[row] && t.at_ms[row] >= now - YEAR_MS && c < by_customer.len() {
                        by_customer[c] = by_customer[c].saturating_add(t.amount[row]);
                    }
                }
                Some(by_customer)
            }
            TierBasis::PointsEarned12m => None,
        };
        let mut standing: HashMap<CustomerId, (i64, String)> = HashMap::new();
        self.store
            .load_ledgers(&mut |page| {
                let sales = self.sales.borrow();
                for (id, ledger) in page {
                    let mut account = Account::from_entries(ledger);
                    let spend = spend_12m.as_ref().map_or(0, |by| {
                        sales
                            .table
                            .customer_index(&id)
                            .and_then(|c| by.get(c as usize).copied())
                            .unwrap_or(0)
                    });
                    let tier = rules::tier_status(&programme, &account, Money(spend), now)
                        .current
                        .map(|t| t.name.clone())
                        .unwrap_or_default();
                    if let Some(lapsed) =
                        rules::expire(&programme, &account, &id, now, "lapsed".into())
                    {
                        // Refused only if it would overflow; then the balance stands.
                        account.push(lapsed).ok();
                    }
                    standing.insert(id, (account.balance(), tier));
                }
                progress(standing.len());
            })
            .await?;
        Ok(standing)
    }

    /// Each customer's RFM segment, chance of being active and expected value, worked
    /// out in slices (the value costs the models a few microseconds per customer).
    /// Attach them with `Facts::set_scores`.
    pub async fn insight_scores(
        &self,
        insights: &Insights,
        progress: &dyn Fn(usize),
    ) -> HashMap<CustomerId, Scores> {
        let mut scores = HashMap::with_capacity(insights.customers());
        let mut slice_start = self.host.precise_ms();
        for i in 0..insights.customers() {
            let Some((id, insight)) = insights.at(i) else {
                continue;
            };
            scores.insert(
                id.clone(),
                Scores {
                    rfm: insight.segment,
                    chance_active: insight.outlook.map(|o| o.p_alive),
                    expected_value: insight.outlook.and_then(|o| o.value),
                },
            );
            if i % 256 == 255 && self.host.precise_ms() - slice_start > SLICE_MS {
                progress(i);
                self.host.pause().await;
                slice_start = self.host.precise_ms();
            }
        }
        scores
    }

    /// The customers `rule` selects now.
    pub fn segment_members(&self, rule: &Group, facts: &Facts) -> Members {
        self.members_for(rule, None, facts)
    }

    /// Saves the customer score's rules. Each must give or take some points, at most
    /// `MAX_RULE_POINTS`, and none may look at the score itself.
    pub async fn save_score_rules(&self, rules: Vec<ScoreRule>) -> BookResult<Changed> {
        if let Some(i) = rules.iter().position(|r| {
            r.points == 0 || r.points.abs() > MAX_RULE_POINTS || r.condition.on == Subject::Score
        }) {
            return Err(BookError::Segment(SegmentProblem::BadScoreRule(i + 1)));
        }
        self.update_settings(|s| s.score_rules = rules.clone())
            .await
    }

    /// Live customers' scores under `rules` (saved or being edited), lowest first.
    pub fn customer_scores(&self, facts: &Facts, rules: &[ScoreRule]) -> Vec<i64> {
        let directory = self.directory.borrow();
        let sales = self.sales.borrow();
        let all = scores(&Sources {
            directory: &directory,
            table: &sales.table,
            facts,
            score_rules: rules,
        });
        let mut live: Vec<i64> = all
            .into_iter()
            .enumerate()
            .filter(|(slot, _)| {
                directory
                    .row(*slot as u32)
                    .is_some_and(|r| !r.standing.restricted)
            })
            .map(|(_, s)| s)
            .collect();
        live.sort_unstable();
        live
    }
}
