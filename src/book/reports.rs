//! Privacy-safe reports as use cases: make one (spending from the year's budget in the
//! same settings save that keeps it), set the budget, and write a kept one as a file.

use super::{Book, BookError, BookResult, Changed};
use crate::domain::{Customer, CustomerId};
use crate::gdpr::consent::Standing;
use crate::i18n::Lang;
use crate::reports::analyst::{analyst_table, AnalystSource, AnalystTable};
use crate::reports::document::Words;
use crate::reports::noise::secure_rng;
use crate::reports::{
    release, true_cells_with, Breakdown, CellLabel, Epsilon, Overspend, PrivacyLedger, Release,
    ReportPerson, ReportSpec, SpecProblem,
};
use crate::segments::Needs;
use crate::store::Store;
use chrono::Datelike;
use std::cell::Cell;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportRefusal {
    Spec(SpecProblem),
    Overspend(Overspend),
    /// The device gave no cryptographic randomness: nothing is released without it.
    NoRandomness,
    /// The file could not be written (nothing was spent or kept for it).
    FileNotWritten,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFile {
    Csv,
    Printable,
}

/// A report file to hand to the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportDocument {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

fn refused(why: ReportRefusal) -> BookError {
    BookError::Report(why)
}

/// What a report may know of a customer: nothing at all of those restricted, objecting
/// or withdrawn from analytics.
fn report_person(c: &Customer) -> Option<ReportPerson> {
    let standing = Standing::of(&c.consents, &c.flags);
    (standing.in_analytics() && !standing.objects).then(|| ReportPerson {
        tags: c.tags.clone(),
        birth_year: c.birthday.and_then(|b| b.year),
        address: c.address.clone(),
        segments: Vec::new(),
        tier: None,
    })
}

fn not_written(_: csv::Error) -> BookError {
    refused(ReportRefusal::FileNotWritten)
}

/// What a report by segment or by tier knows of a customer beyond their record.
#[derive(Default)]
struct Groups {
    segments: Vec<String>,
    tier: Option<String>,
}

/// The rows a report by segment or tier always has, and each customer's groups.
#[derive(Default)]
struct Grouping {
    rows: Vec<CellLabel>,
    of: HashMap<CustomerId, Groups>,
}

impl<S: Store> Book<S> {
    pub fn privacy_ledger(&self) -> PrivacyLedger {
        self.settings.borrow().privacy_reports.clone()
    }

    pub async fn set_privacy_budget(&self, yearly: Epsilon) -> BookResult<Changed> {
        self.update_settings(|s| s.privacy_reports.yearly_budget = yearly)
            .await
    }

    /// Works the report out from the whole book (read from the store: the directory
    /// lacks birth years and addresses), noises it, and keeps it with its spend, or
    /// refuses with nothing spent. `progress` is told how many customers were read.
    pub async fn make_report(
        &self,
        spec: ReportSpec,
        progress: &dyn Fn(usize),
    ) -> BookResult<(Release, Changed)> {
        spec.check().map_err(|p| refused(ReportRefusal::Spec(p)))?;
        self.privacy_ledger()
            .allows(spec.year, spec.epsilon)
            .map_err(|o| refused(ReportRefusal::Overspend(o)))?;
        let started = self.host.precise_ms();
        let everyone = self.everyone(progress).await?;
        let mut groups = self.report_groups(spec.breakdown, progress).await?;
        let by_id: HashMap<_, _> = everyone.iter().map(|c| (&c.id, c)).collect();
        let cells = {
            let sales = self.sales.borrow();
            let directory = self.directory.borrow();
            let people: Vec<Option<ReportPerson>> = sales
                .table
                .customers()
                .iter()
                .map(|id| {
                    // As they stand now: restricted or objecting since the read, out.
                    let standing = &directory.get(id)?.standing;
                    if !standing.in_analytics() || standing.objects {
                        return None;
                    }
                    let mut person = by_id.get(id).and_then(|c| report_person(c))?;
                    if let Some(g) = groups.of.remove(id) {
                        (person.segments, person.tier) = (g.segments, g.tier);
                    }
                    Some(person)
                })
                .collect();
            true_cells_with(&spec, &sales.table, &people, &self.zone(), &groups.rows)
        };
        drop(by_id);
        self.host.measure("karibu:report-cells", started);
        self.host.pause().await;
        let mut rng = secure_rng().ok_or(refused(ReportRefusal::NoRandomness))?;
        let made = release(&spec, &cells, 0, self.host.now_ms(), &mut rng);
        // Recorded against the ledger as stored, so two tabs cannot both spend the
        // last of a year's budget; the number is the next free one at that moment.
        let kept: Cell<Option<Result<u32, Overspend>>> = Cell::new(None);
        let changed = self
            .update_settings(|s| {
                let ledger = &mut s.privacy_reports;
                let numbered = Release {
                    number: ledger.next_number(),
                    ..made.clone()
                };
                let number = numbered.number;
                kept.set(Some(ledger.record(numbered).map(|()| number)));
            })
            .await?;
        match kept.get() {
            Some(Ok(number)) => self
                .privacy_ledger()
                .get(number)
                .cloned()
                .map(|r| (r, changed))
                .ok_or(refused(ReportRefusal::NoRandomness)),
            Some(Err(o)) => Err(refused(ReportRefusal::Overspend(o))),
            None => Err(refused(ReportRefusal::NoRandomness)),
        }
    }

    /// The segments a report can group by: those whose rules look only at each
    /// customer's own record. RFM ranks customers against each other and the forecasts
    /// are fitted on everyone, so one person could move others in or out of a segment
    /// that looks at them, beyond what the noise is sized for.
    pub fn report_segments(&self) -> Vec<crate::segments::Segment> {
        let score_rules = self.settings.borrow().score_rules.clone();
        self.segments()
            .into_iter()
            .filter(|s| !s.rule.needs().with_score_rules(&score_rules).insights)
            .collect()
    }

    /// Each customer's saved segments (for a report by segment: the segments' facts
    /// completed as the rules need) or tier (for a report by tier: one read of every
    /// ledger), with the rows every such report has; nothing for other reports.
    async fn report_groups(
        &self,
        breakdown: Breakdown,
        progress: &dyn Fn(usize),
    ) -> BookResult<Grouping> {
        let mut out = Grouping::default();
        match breakdown {
            Breakdown::Tier => {
                out.rows = self
                    .programme()
                    .tiers
                    .iter()
                    .map(|t| CellLabel::Tier(t.name.clone()))
                    .chain([CellLabel::NoTier])
                    .collect();
                for (id, (_, tier)) in self.loyalty_standings(progress).await? {
                    let tier = (!tier.is_empty()).then_some(tier);
                    out.of.insert(
                        id,
                        Groups {
                            tier,
                            ..Groups::default()
                        },
                    );
                }
            }
            Breakdown::Segment => {
                let segments = self.report_segments();
                let score_rules = self.settings.borrow().score_rules.clone();
                let mut needs = Needs::default();
                for s in &segments {
                    needs.add(s.rule.needs().with_score_rules(&score_rules));
                }
                let facts = self.segment_facts();
                self.complete_segment_facts(&facts, &needs, None, progress)
                    .await?;
                for s in &segments {
                    out.rows.push(CellLabel::Segment(s.name.clone()));
                    let members = self.segment_members(&s.rule, &facts);
                    let directory = self.directory.borrow();
                    for slot in (0..directory.slots() as u32).filter(|i| members.contains(*i)) {
                        if let Some(row) = directory.row(slot) {
                            out.of
                                .entry(row.id.clone())
                                .or_default()
                                .segments
                                .push(s.name.clone());
                        }
                    }
                }
            }
            Breakdown::Month | Breakdown::Tag | Breakdown::AgeBand | Breakdown::Region => {}
        }
        Ok(out)
    }

    /// A kept report as a file, with the same numbers every time.
    pub fn report_document(
        &self,
        number: u32,
        lang: Lang,
        kind: ReportFile,
    ) -> BookResult<Option<ReportDocument>> {
        let settings = self.settings.borrow();
        let Some(r) = settings.privacy_reports.get(number) else {
            return Ok(None);
        };
        let words = Words {
            lang,
            currency: &settings.loyalty.currency,
        };
        let made_on = lang.date(crate::domain::time::local_date_of(r.made_ms, &self.zone()));
        let stem = format!("karibu-report-{}", r.number);
        Ok(Some(match kind {
            ReportFile::Csv => ReportDocument {
                name: format!("{stem}.csv"),
                mime: "text/csv;charset=utf-8",
                text: words.csv(r, &made_on).map_err(not_written)?,
            },
            ReportFile::Printable => ReportDocument {
                name: format!("{stem}.html"),
                mime: "text/html;charset=utf-8",
                text: words.html(r, &made_on),
            },
        }))
    }

    /// The analyst's rows for everyone a report may count, generalised until every
    /// age-and-town group holds `k` (shown, and refused below it by the page). The
    /// codes are keyed afresh for each table and the key forgotten: two files cannot be
    /// matched code by code (which would undo their groups), nor with the register's.
    pub async fn analyst_table(
        &self,
        k: u32,
        progress: &dyn Fn(usize),
    ) -> BookResult<AnalystTable> {
        let mut bytes = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
        let key = crate::lock::passphrase::hex(&bytes);
        let everyone = self.everyone(progress).await?;
        let sources: Vec<AnalystSource> = {
            let sales = self.sales.borrow();
            everyone
                .iter()
                .filter(|c| report_person(c).is_some())
                .map(|c| {
                    let summary = sales
                        .table
                        .customer_index(&c.id)
                        .and_then(|i| sales.summaries.get(i as usize).copied())
                        .unwrap_or_default();
                    AnalystSource {
                        pseudonym: super::privacy::pseudonym(&key, &c.id),
                        birth_year: c.birthday.and_then(|b| b.year),
                        address: c.address.clone(),
                        purchases: summary.purchases,
                        spend: summary.spend,
                        last_purchase_ms: summary.last_purchase_ms,
                    }
                })
                .collect()
        };
        let year = self.host.today().year();
        Ok(analyst_table(&sources, year, k))
    }

    /// The analyst's file, or `None` when a group is below k: it is never written.
    pub fn analyst_document(
        &self,
        table: &AnalystTable,
        lang: Lang,
    ) -> BookResult<Option<ReportDocument>> {
        if !table.is_safe() {
            return Ok(None);
        }
        let settings = self.settings.borrow();
        let words = Words {
            lang,
            currency: &settings.loyalty.currency,
        };
        let zone = self.zone();
        let month_of = |at| crate::analytics::month_of(at, &zone);
        Ok(Some(ReportDocument {
            name: format!(
                "karibu-analyst-{}.csv",
                self.host.today().format("%Y-%m-%d")
            ),
            mime: "text/csv;charset=utf-8",
            text: words.analyst_csv(table, &month_of).map_err(not_written)?,
        }))
    }
}
