//! One person's data, for an access or portability request (Art. 15, 20): everything
//! the book holds about them and nothing about anyone else, as `data.json` (format
//! `karibu-access-bundle`, version `BUNDLE_VERSION`, described by `schema.json` beside
//! it) and as `index.html` to read, in one zip.

use super::consent::{OwnPurpose, Purpose};
use super::requests::DataRequest;
use crate::domain::time::Millis;
use crate::domain::{Currency, Customer, Interaction, Purchase};
use crate::i18n::names::{consent_how, entry_text, flag_msg, kind_msg, purpose_name};
use crate::i18n::{Lang, Msg};
use crate::loyalty::LedgerEntry;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write as _;

pub const BUNDLE_FORMAT: &str = "karibu-access-bundle";
/// Moves on whenever a field is renamed, removed or changes meaning (adding one does not).
pub const BUNDLE_VERSION: u32 = 1;
const SCHEMA: &str = include_str!("bundle_schema.json");

/// A custom field with the label the shop gave it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelledValue {
    pub label: String,
    pub value: String,
}

/// A figure the shop's models give the person, with what it means.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreLine {
    /// Stable name: `rfm_score`, `rfm_segment`, `chance_still_customer`,
    /// `expected_visits`, `expected_spending`, `customer_score`.
    pub key: &'static str,
    pub label: String,
    pub value: String,
    pub meaning: String,
}

/// What the book holds about the person; `AccessBundle::new` adds the rest.
#[derive(Clone, Debug, Default)]
pub struct BundleParts {
    pub customer: Option<Customer>,
    pub custom_fields: Vec<LabelledValue>,
    pub timeline: Vec<Interaction>,
    pub purchases: Vec<Purchase>,
    pub currency: Currency,
    pub ledger: Vec<LedgerEntry>,
    pub requests: Vec<DataRequest>,
    pub segments: Vec<String>,
    pub scores: Vec<ScoreLine>,
    /// The shop's own purposes (the person's consents name them by id).
    pub own_purposes: Vec<OwnPurpose>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AccessBundle {
    pub format: &'static str,
    pub version: u32,
    pub generated_ms: Millis,
    /// The language of the labels and meanings inside.
    pub language: &'static str,
    pub profile: Customer,
    pub custom_fields: Vec<LabelledValue>,
    pub timeline: Vec<Interaction>,
    pub purchases: Vec<Purchase>,
    pub currency: Currency,
    pub points_balance: i64,
    pub loyalty_ledger: Vec<LedgerEntry>,
    pub requests: Vec<DataRequest>,
    pub segments: Vec<String>,
    pub scores: Vec<ScoreLine>,
    /// The shop's own purposes the person's consents name, with their names.
    pub own_purposes: Vec<OwnPurpose>,
    #[serde(skip)]
    lang: Lang,
}

impl AccessBundle {
    /// `None` without a customer.
    pub fn new(parts: BundleParts, lang: Lang, now_ms: Millis) -> Option<Self> {
        let profile = parts.customer?;
        // Only the purposes this person's history names: the rest is the shop's.
        let own_purposes = parts
            .own_purposes
            .into_iter()
            .filter(|p| {
                let named = Purpose::Own(p.id.clone());
                profile.consents.iter().any(|e| e.purpose == named)
            })
            .collect();
        Some(Self {
            format: BUNDLE_FORMAT,
            version: BUNDLE_VERSION,
            generated_ms: now_ms,
            language: lang.code(),
            points_balance: parts.ledger.iter().map(|e| e.points).sum(),
            profile,
            custom_fields: parts.custom_fields,
            timeline: parts.timeline,
            purchases: parts.purchases,
            currency: parts.currency,
            loyalty_ledger: parts.ledger,
            requests: parts.requests,
            segments: parts.segments,
            scores: parts.scores,
            own_purposes,
            lang,
        })
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).expect("bundles always serialise")
    }

    /// `data.json`, `schema.json` and `index.html` in a zip (stored, not compressed:
    /// one person's data is small, and every unzip tool reads it).
    pub fn zip(&self) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, body) in [
            ("index.html", self.html()),
            ("data.json", self.json()),
            ("schema.json", SCHEMA.to_owned()),
        ] {
            // Writing to memory fails only if out of memory, which aborts anyway.
            zip.start_file(name, options).expect("zip entry in memory");
            zip.write_all(body.as_bytes()).expect("zip entry in memory");
        }
        zip.finish().expect("zip in memory").into_inner()
    }

    /// The readable page, in the owner's language; every text escaped.
    pub fn html(&self) -> String {
        let lang = self.lang;
        let name = self.profile.display_name();
        let mut h = String::new();
        let _ = write!(
            h,
            "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title>\
             <style>body{{font-family:system-ui,sans-serif;max-inline-size:50rem;margin-inline:auto;padding:1rem;line-height:1.5}}\
             table{{border-collapse:collapse;inline-size:100%}}th,td{{border-block-end:1px solid #ccc;padding:.25rem;text-align:start;vertical-align:top}}\
             dt{{font-weight:600}}dd{{margin-inline-start:1rem}}</style></head><body>",
            lang.code(),
            lang.dir(),
            esc(&lang.tf(Msg::BundleTitle, &[("name", &name)]))
        );
        let _ = write!(
            h,
            "<h1>{}</h1>",
            esc(&lang.tf(Msg::BundleTitle, &[("name", &name)]))
        );
        let _ = write!(
            h,
            "<p>{}</p><p>{}</p>",
            esc(&lang.tf(
                Msg::BundleIntro,
                &[("date", &lang.date_time(self.generated_ms))]
            )),
            esc(&lang.t(Msg::BundleMachineReadable))
        );
        self.profile_section(&mut h);
        self.timeline_section(&mut h);
        self.purchases_section(&mut h);
        self.loyalty_section(&mut h);
        section_list(&mut h, &lang.t(Msg::BundleSegments), &self.segments, lang);
        if !self.scores.is_empty() {
            let _ = write!(h, "<h2>{}</h2><dl>", esc(&lang.t(Msg::BundleScores)));
            for s in &self.scores {
                let _ = write!(
                    h,
                    "<dt>{}</dt><dd>{}<br><small>{}</small></dd>",
                    esc(&s.label),
                    esc(&s.value),
                    esc(&s.meaning)
                );
            }
            h.push_str("</dl>");
        }
        self.consent_section(&mut h);
        self.requests_section(&mut h);
        h.push_str("</body></html>\n");
        h
    }

    fn profile_section(&self, h: &mut String) {
        let lang = self.lang;
        let c = &self.profile;
        let _ = write!(h, "<h2>{}</h2><dl>", esc(&lang.t(Msg::BundleProfile)));
        let mut row = |label: String, value: String| {
            if !value.is_empty() {
                let _ = write!(h, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value));
            }
        };
        row(lang.t(Msg::BundleName), c.display_name());
        c.phones
            .iter()
            .for_each(|p| row(lang.t(Msg::Phone), p.clone()));
        c.emails
            .iter()
            .for_each(|e| row(lang.t(Msg::Email), e.clone()));
        row(lang.t(Msg::Address), c.address.clone());
        row(
            lang.t(Msg::Birthday),
            c.birthday.map(|b| lang.birthday(b)).unwrap_or_default(),
        );
        row(
            lang.t(Msg::Language),
            if c.language.is_empty() {
                String::new()
            } else {
                lang.language_name(&c.language)
            },
        );
        row(lang.t(Msg::AboutShort), c.about.clone());
        row(lang.t(Msg::Tags), c.tags.join(", "));
        for f in &self.custom_fields {
            row(f.label.clone(), f.value.clone());
        }
        row(lang.t(Msg::BundleAdded), lang.date_time(c.created_ms));
        h.push_str("</dl>");
    }

    fn timeline_section(&self, h: &mut String) {
        let lang = self.lang;
        let rows: Vec<[String; 3]> = self
            .timeline
            .iter()
            .map(|i| {
                [
                    lang.date_time(i.at_ms),
                    lang.t(kind_msg(i.kind)),
                    i.text.clone(),
                ]
            })
            .collect();
        table(h, &lang.t(Msg::BundleTimeline), rows, lang);
    }

    fn purchases_section(&self, h: &mut String) {
        let lang = self.lang;
        let rows: Vec<[String; 3]> = self
            .purchases
            .iter()
            .map(|p| {
                let mut what = p.categories.join(", ");
                if !p.note.is_empty() {
                    what = format!("{what} · {}", p.note);
                }
                if p.void.is_some() {
                    what = format!("{what} ({})", lang.t(Msg::BundleVoided));
                }
                [
                    lang.date_time(p.at_ms),
                    lang.money(&self.currency, p.amount),
                    what,
                ]
            })
            .collect();
        table(h, &lang.t(Msg::BundlePurchases), rows, lang);
    }

    fn loyalty_section(&self, h: &mut String) {
        let lang = self.lang;
        let rows: Vec<[String; 3]> = self
            .loyalty_ledger
            .iter()
            .map(|e| {
                [
                    lang.date_time(e.at_ms),
                    lang.change(e.points),
                    entry_text(lang, &e.kind),
                ]
            })
            .collect();
        let title = lang.tf(
            Msg::BundleLoyalty,
            &[("points", &lang.number(self.points_balance))],
        );
        table(h, &title, rows, lang);
    }

    fn consent_section(&self, h: &mut String) {
        let lang = self.lang;
        let rows: Vec<[String; 3]> = self
            .profile
            .consents
            .iter()
            .map(|e| {
                [
                    lang.date_time(e.at_ms),
                    purpose_name(lang, &e.purpose, &self.own_purposes),
                    consent_how(lang, e),
                ]
            })
            .collect();
        table(h, &lang.t(Msg::ConsentHeading), rows, lang);
        let rows: Vec<[String; 3]> = self
            .profile
            .flags
            .iter()
            .map(|f| {
                [
                    lang.date_time(f.at_ms),
                    lang.t(flag_msg(f.flag, f.on)),
                    f.note.clone(),
                ]
            })
            .collect();
        table(h, &lang.t(Msg::RestrictionHeading), rows, lang);
    }

    fn requests_section(&self, h: &mut String) {
        let lang = self.lang;
        let rows: Vec<[String; 3]> = self
            .requests
            .iter()
            .map(|r| {
                [
                    lang.date(r.received),
                    lang.t(request_kind_msg(r.kind)),
                    lang.t(request_status_msg(r.status)),
                ]
            })
            .collect();
        table(h, &lang.t(Msg::BundleRequests), rows, lang);
    }
}

pub fn request_kind_msg(kind: super::RequestKind) -> Msg {
    use super::RequestKind as K;
    match kind {
        K::Access => Msg::RequestAccess,
        K::Rectification => Msg::RequestRectification,
        K::Erasure => Msg::RequestErasure,
        K::Restriction => Msg::RequestRestriction,
        K::Portability => Msg::RequestPortability,
        K::Objection => Msg::RequestObjection,
    }
}

pub fn request_status_msg(status: super::RequestStatus) -> Msg {
    match status {
        super::RequestStatus::Open => Msg::RequestOpen,
        super::RequestStatus::Done => Msg::RequestDone,
        super::RequestStatus::Refused => Msg::RequestRefused,
    }
}

fn section_list(h: &mut String, title: &str, items: &[String], lang: Lang) {
    let _ = write!(h, "<h2>{}</h2>", esc(title));
    if items.is_empty() {
        let _ = write!(h, "<p>{}</p>", esc(&lang.t(Msg::BundleNone)));
        return;
    }
    h.push_str("<ul>");
    for item in items {
        let _ = write!(h, "<li>{}</li>", esc(item));
    }
    h.push_str("</ul>");
}

fn table(h: &mut String, title: &str, rows: Vec<[String; 3]>, lang: Lang) {
    let _ = write!(h, "<h2>{}</h2>", esc(title));
    if rows.is_empty() {
        let _ = write!(h, "<p>{}</p>", esc(&lang.t(Msg::BundleNone)));
        return;
    }
    h.push_str("<table><tbody>");
    for row in rows {
        h.push_str("<tr>");
        for cell in row {
            let _ = write!(h, "<td>{}</td>", esc(&cell));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
}

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
