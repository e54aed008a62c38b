//! Data-subject use cases (GDPR): the register of requests, one person's access
//! bundle, and erasure with its verification scan.

use super::insights::Insights;
use super::{Book, BookError, BookResult, Changed};
use crate::domain::{Currency, Customer, CustomerId, Interaction, Money, Purchase};
use crate::gdpr::bundle::{AccessBundle, BundleParts, LabelledValue, ScoreLine};
use crate::gdpr::erasure::{mentions, redact, Mention, MentionPlace};
use crate::gdpr::requests::{in_register_order, RequestEvent};
use crate::gdpr::scan::{tally, Hit, IdentifierKind, Identifiers};
use crate::gdpr::{DataRequest, RequestKind, RequestProblem, RequestStatus, ScanReport, Subject};
use crate::i18n::names::segment_msg;
use crate::i18n::{Lang, Msg};
use crate::segments::{members_for, scores, Needs, Sources};
use crate::store::{Settings, Store, StoreError};
use chrono::NaiveDate;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Records scanned between progress reports.
const SCAN_PROGRESS_EVERY: usize = 500;

/// How an erasure went.
#[derive(Clone, Debug, PartialEq)]
pub struct Erasure {
    /// The register's name for the person from now on.
    pub pseudonym: String,
    pub report: ScanReport,
    /// Open erasure requests from them that the clean check closed.
    pub requests_closed: usize,
}

/// Where erasure has got to, for its progress line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErasureStep {
    Redacting,
    Removing,
    /// Records scanned so far.
    Scanning(usize),
}

impl<S: Store> Book<S> {
    /// The register, open requests soonest due first.
    pub fn requests(&self) -> Vec<DataRequest> {
        let mut all = self.settings.borrow().requests.clone();
        in_register_order(&mut all);
        all
    }

    /// Records a request received on `received` from `customer`.
    pub async fn record_request(
        &self,
        kind: RequestKind,
        customer: &CustomerId,
        received: NaiveDate,
    ) -> BookResult<(Changed, String)> {
        let now = self.host.now_ms();
        let id = format!("r{}", CustomerId::generate(now, &mut rand::thread_rng()));
        let request = DataRequest::new(
            id.clone(),
            kind,
            Subject::Customer(customer.clone()),
            received,
            self.host.today(),
            now,
        )
        .map_err(BookError::Request)?;
        let changed = self
            .update_settings(|s| s.requests.push(request.clone()))
            .await?;
        Ok((changed, id))
    }

    pub async fn extend_request(&self, id: &str, months: u32, reason: &str) -> BookResult<Changed> {
        let (now, today) = (self.host.now_ms(), self.host.today());
        self.change_request(id, |r| r.extend(months, reason, today, now))
            .await
    }

    pub async fn close_request(
        &self,
        id: &str,
        status: RequestStatus,
        note: &str,
    ) -> BookResult<Changed> {
        let now = self.host.now_ms();
        self.change_request(id, |r| r.close(status, note, now))
            .await
    }

    /// Applies `change` to the stored request `id`, refused whole if it refuses.
    async fn change_request(
        &self,
        id: &str,
        change: impl Fn(&mut DataRequest) -> Result<(), RequestProblem>,
    ) -> BookResult<Changed> {
        let mut stored = self.settings().requests;
        let request = stored
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(BookError::Request(RequestProblem::Gone))?;
        change(request).map_err(BookError::Request)?;
        let refused = std::cell::Cell::new(None);
        let changed = self
            .update_settings(|s| match s.requests.iter_mut().find(|r| r.id == id) {
                Some(r) => refused.set(change(r).err()),
                None => refused.set(Some(RequestProblem::Gone)),
            })
            .await?;
        match refused.take() {
            // Another tab closed or removed it between the check and the save.
            Some(problem) => Err(BookError::Request(problem)),
            None => Ok(changed),
        }
    }

    /// Everything the book holds about `customer`, in `lang`; open access and
    /// portability requests from them record that it was given. `insights` (when the
    /// owner has them) adds the models' figures; segments that need them are skipped
    /// without.
    pub async fn access_bundle(
        &self,
        customer: &CustomerId,
        lang: Lang,
        insights: Option<&Insights>,
        progress: &dyn Fn(usize),
    ) -> BookResult<(AccessBundle, Changed)> {
        let person = self.existing(customer).await?;
        let settings = self.settings();
        let custom_fields = settings
            .custom_fields
            .iter()
            .filter_map(|def| {
                person.custom.get(&def.key).map(|v| LabelledValue {
                    label: def.label.clone(),
                    value: v.to_form_text(),
                })
            })
            .collect();
        let (segments, customer_score) = self
            .memberships(customer, &settings, insights, progress)
            .await?;
        let mut scores = insight_lines(insights, customer, lang, &settings.loyalty.currency);
        if let Some(score) = customer_score {
            scores.push(ScoreLine {
                key: "customer_score",
                label: lang.t(Msg::CustomerScore),
                value: lang.number(score),
                meaning: lang.t(Msg::ScoreRulesMeaning),
            });
        }
        let parts = BundleParts {
            customer: Some(person),
            custom_fields,
            timeline: self.store.timeline(customer).await?,
            purchases: self.purchases_of(customer),
            currency: settings.loyalty.currency.clone(),
            ledger: self.store.ledger(customer).await?,
            requests: settings
                .requests
                .iter()
                .filter(|r| r.is_about(customer))
                .cloned()
                .collect(),
            segments,
            scores,
            own_purposes: settings.purposes.clone(),
        };
        let now = self.host.now_ms();
        let bundle = AccessBundle::new(parts, lang, now).ok_or(StoreError::NotFound)?;
        let answers =
            |r: &DataRequest| r.is_open() && r.is_about(customer) && r.kind.answered_by_bundle();
        let mut changed = Changed::default();
        if settings.requests.iter().any(answers) {
            changed = self
                .update_settings(|s| {
                    s.requests
                        .iter_mut()
                        .filter(|r| answers(r))
                        .for_each(|r| r.log(now, RequestEvent::BundleGiven));
                })
                .await?;
        }
        Ok((bundle, changed))
    }

    /// The saved segments `customer` is in, and their customer score (with score rules).
    async fn memberships(
        &self,
        customer: &CustomerId,
        settings: &Settings,
        insights: Option<&Insights>,
        progress: &dyn Fn(usize),
    ) -> BookResult<(Vec<String>, Option<i64>)> {
        let slot = self.directory.borrow().slot_of(customer);
        let Some(slot) = slot else {
            return Ok((Vec::new(), None));
        };
        let mut needs = Needs {
            score: !settings.score_rules.is_empty(),
            ..Needs::default()
        };
        for s in &settings.segments {
            needs.add(s.rule.needs());
        }
        let needs = needs.with_score_rules(&settings.score_rules);
        let facts = self.segment_facts();
        self.complete_segment_facts(&facts, &needs, insights, progress)
            .await?;
        let directory = self.directory.borrow();
        let sales = self.sales.borrow();
        let sources = Sources {
            directory: &directory,
            table: &sales.table,
            facts: &facts,
            score_rules: &settings.score_rules,
        };
        let usable = |n: Needs| !n.insights || insights.is_some();
        let names = settings
            .segments
            .iter()
            .filter(|s| {
                usable(s.rule.needs())
                    && members_for(&s.rule, s.purpose.as_ref(), &sources).contains(slot)
            })
            .map(|s| s.name.clone())
            .collect();
        let score = (!settings.score_rules.is_empty())
            .then(|| scores(&sources).get(slot as usize).copied())
            .flatten();
        Ok((names, score))
    }

    /// Other customers' notes and "about" texts that name `customer` (their name,
    /// email or phone), for the owner to confirm one by one before an erasure.
    pub async fn mentions_of(&self, customer: &CustomerId) -> BookResult<Vec<Mention>> {
        let person = self.existing(customer).await?;
        let ids = self.identifiers(&person);
        let mut others: Vec<Customer> = Vec::new();
        self.store
            .load_customers(&mut |page| {
                others.extend(page.into_iter().filter(|c| ids.mentioned_in(&c.about)));
            })
            .await?;
        let mut notes: Vec<Interaction> = Vec::new();
        self.store
            .load_interactions(&mut |page| {
                notes.extend(page.into_iter().filter(|i| ids.mentioned_in(&i.text)));
            })
            .await?;
        let directory = self.directory.borrow();
        let name_of = |id: &CustomerId| {
            directory
                .get(id)
                .map(|r| r.name.to_string())
                .unwrap_or_default()
        };
        let purchases: Vec<Purchase> = self.sales.borrow().table.with_free_text();
        Ok(mentions(&ids, &others, &notes, &purchases, name_of))
    }

    /// Erases `customer`: the mentions the owner confirmed are redacted, the person
    /// goes from every store with their timeline and points (their purchases stay as
    /// anonymous takings: amount, time, categories), the register keeps only a
    /// pseudonym, and a scan of every stored record looks for what is left. Open
    /// erasure requests from them are closed only if the scan finds nothing.
    pub async fn erase(
        &self,
        customer: &CustomerId,
        confirmed: &[Mention],
        progress: &dyn Fn(ErasureStep),
    ) -> BookResult<(Erasure, Changed)> {
        let started = self.host.precise_ms();
        let person = self.existing(customer).await?;
        let ids = self.identifiers(&person);
        progress(ErasureStep::Redacting);
        let mut changed = self.redact_mentions(&ids, confirmed).await?;
        progress(ErasureStep::Removing);
        let removing = self.host.precise_ms();
        // The register first: should the tab close midway, it names no one, and the
        // erasure can simply be run again (the same key gives the same pseudonym).
        let pseudonym = self.pseudonymise(&ids).await?;
        changed.settings = true;
        let (_, removed) = self
            .delete_customers(std::slice::from_ref(customer))
            .await?;
        changed.merge(removed);
        self.host.measure("karibu:erase-remove", removing);
        let scanning = self.host.precise_ms();
        let report = self.verify_erasure(&ids, progress).await?;
        self.host.measure("karibu:erase-scan", scanning);
        let now = self.host.now_ms();
        let subject = Subject::Pseudonym(pseudonym.clone());
        let (records, hits) = (report.records, report.hits.len());
        // A record the scan could not open might still name them: not done yet.
        let clean = report.is_clean();
        let answered =
            |r: &DataRequest| r.subject == subject && r.is_open() && r.kind == RequestKind::Erasure;
        // Counted inside the save, which may run again on another tab's settings.
        let closed = std::cell::Cell::new(0);
        self.update_settings(|s| {
            closed.set(0);
            for r in s.requests.iter_mut().filter(|r| answered(r)) {
                let scanned = RequestEvent::Erased {
                    records_scanned: records,
                    hits,
                };
                r.log(now, scanned);
                if clean && r.close(RequestStatus::Done, "", now).is_ok() {
                    closed.set(closed.get() + 1);
                }
            }
        })
        .await?;
        let requests_closed = closed.get();
        self.host.measure("karibu:erase", started);
        let erasure = Erasure {
            pseudonym,
            report,
            requests_closed,
        };
        Ok((erasure, changed))
    }

    /// Looks for the person's identifiers in every stored record, and in what this tab
    /// holds in memory (the list and the sales).
    pub async fn verify_erasure(
        &self,
        ids: &Identifiers,
        progress: &dyn Fn(ErasureStep),
    ) -> BookResult<ScanReport> {
        let mut report = ScanReport {
            shared_names: ids.shared_names(),
            ..ScanReport::default()
        };
        self.store
            .scan(&mut |record| {
                tally(ids, record, &mut report);
                if report.records.is_multiple_of(SCAN_PROGRESS_EVERY) {
                    progress(ErasureStep::Scanning(report.records));
                }
            })
            .await?;
        if self.directory.borrow().get(ids.id()).is_some() {
            report.hits.push(Hit {
                store: "memory: customer list".into(),
                kind: IdentifierKind::Id,
            });
        }
        if !self.purchases_of(ids.id()).is_empty() {
            report.hits.push(Hit {
                store: "memory: sales".into(),
                kind: IdentifierKind::Id,
            });
        }
        progress(ErasureStep::Scanning(report.records));
        Ok(report)
    }

    /// The customer as stored; `NotFound` once deleted or erased.
    async fn existing(&self, customer: &CustomerId) -> BookResult<Customer> {
        Ok(self
            .store
            .get_customer(customer)
            .await?
            .ok_or(StoreError::NotFound)?)
    }

    fn identifiers(&self, person: &Customer) -> Identifiers {
        let directory = self.directory.borrow();
        let others = (0..directory.slots() as u32)
            .filter_map(|i| directory.row(i))
            .filter(|r| r.id != person.id)
            .map(|r| &*r.name);
        Identifiers::of(
            person,
            Some(self.store.key_form(person.id.as_str())),
            others,
        )
    }

    async fn redact_mentions(
        &self,
        ids: &Identifiers,
        confirmed: &[Mention],
    ) -> BookResult<Changed> {
        let mut changed = Changed::default();
        for m in confirmed {
            match &m.place {
                MentionPlace::About => {
                    if let Some(mut owner) = self.store.get_customer(&m.owner).await? {
                        owner.about = redact(ids, &owner.about);
                        let saved = self.store.save_customer(&owner).await?;
                        self.directory_upsert(std::slice::from_ref(&saved));
                    }
                }
                MentionPlace::Purchase(id) => {
                    let row = self.sales.borrow().table.row_of(id);
                    let stored = row.map(|r| self.sales.borrow().table.purchase(r));
                    if let Some(mut p) = stored {
                        p.note = redact(ids, &p.note);
                        if let Some(v) = &mut p.void {
                            v.reason = redact(ids, &v.reason);
                        }
                        self.store.update_purchase(&p, &[]).await?;
                        self.replaced(p);
                        changed.sales = true;
                    }
                }
                MentionPlace::Note(note) => {
                    let timeline = self.store.timeline(&m.owner).await?;
                    if let Some(mut entry) = timeline.into_iter().find(|i| &i.id == note) {
                        entry.text = redact(ids, &entry.text);
                        self.store.save_interaction(&entry).await?;
                    }
                }
            }
            self.wrote(true, false, false);
            changed.customers.push(m.owner.clone());
        }
        Ok(changed)
    }

    /// Swaps the person's id in the register for a keyed pseudonym (the key made on
    /// first need; another tab's, if it made one first) and takes their name out of
    /// the register's own notes, so the register still shows a request was answered.
    async fn pseudonymise(&self, ids: &Identifiers) -> BookResult<String> {
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        let fresh = crate::lock::passphrase::hex(&bytes);
        let given = std::cell::RefCell::new(String::new());
        let subject = Subject::Customer(ids.id().clone());
        self.update_settings(|s| {
            if s.pseudonym_key.is_empty() {
                s.pseudonym_key = fresh.clone();
            }
            let code = pseudonym(&s.pseudonym_key, ids.id());
            for r in s.requests.iter_mut().filter(|r| r.subject == subject) {
                r.subject = Subject::Pseudonym(code.clone());
                r.rewrite_notes(|text| redact(ids, text));
            }
            *given.borrow_mut() = code;
        })
        .await?;
        Ok(given.into_inner())
    }
}

/// HMAC-SHA-256 of the id under the register's key: 16 hex digits, enough to tell the
/// register's entries apart and to recognise the same person again, and no way back.
pub fn pseudonym(key_hex: &str, customer: &CustomerId) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key_hex.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(customer.as_str().as_bytes());
    crate::lock::passphrase::hex(&mac.finalize().into_bytes()[..8])
}

/// The models' figures for the person, each with what it means.
fn insight_lines(
    insights: Option<&Insights>,
    customer: &CustomerId,
    lang: Lang,
    currency: &Currency,
) -> Vec<ScoreLine> {
    let Some(insights) = insights else {
        return Vec::new();
    };
    let one = insights.of(customer);
    let months = insights.options.horizon.months;
    let mut lines = Vec::new();
    if let Some(s) = one.score {
        lines.push(ScoreLine {
            key: "rfm_score",
            label: lang.t(Msg::ScoreRfm),
            value: format!("{}-{}-{}", s.recency, s.frequency, s.monetary),
            meaning: lang.tf(
                Msg::ScoreRfmMeaning,
                &[("months", &insights.options.window_months)],
            ),
        });
    }
    if let Some(segment) = one.segment {
        lines.push(ScoreLine {
            key: "rfm_segment",
            label: lang.t(Msg::OutlookSegment),
            value: lang.t(segment_msg(segment)),
            meaning: lang.t(Msg::ScoreSegmentMeaning),
        });
    }
    if let Some(o) = one.outlook {
        lines.push(ScoreLine {
            key: "chance_still_customer",
            label: lang.t(Msg::OutlookStillCustomer),
            value: lang.percent(o.p_alive),
            meaning: lang.t(Msg::ScoreAliveMeaning),
        });
        lines.push(ScoreLine {
            key: "expected_visits",
            label: lang.tf(Msg::OutlookVisits, &[("months", &months)]),
            value: lang.decimal(o.expected_visits),
            meaning: lang.t(Msg::ScoreVisitsMeaning),
        });
        if let Some(v) = o.value {
            lines.push(ScoreLine {
                key: "expected_spending",
                label: lang.tf(Msg::OutlookValue, &[("months", &months)]),
                value: lang.money(currency, Money(v.round() as i64)),
                meaning: lang.t(Msg::ScoreValueMeaning),
            });
        }
    }
    lines
}
