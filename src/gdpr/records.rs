//! The records of processing (Art. 30): filled from the app's own facts (what it keeps,
//! for which purposes and on which basis, for how long, where and how protected) plus
//! what only the owner knows (who the controller is, anyone the data goes to), in the
//! owner's language, as a page and a printable file.

use super::consent::{OwnPurpose, Purpose};
use super::retention::RetentionRule;
use crate::domain::time::Millis;
use crate::i18n::names::{basis_msg, purpose_name, retention_rule_text};
use crate::i18n::{Lang, Msg};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// What the owner writes into the records themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnerEntries {
    /// The shop's name, address and contact: the controller.
    #[serde(default)]
    pub controller: String,
    /// Anyone the data goes to (an accountant, say), and anything else to record.
    #[serde(default)]
    pub recipients: String,
}

/// The app's facts the records are filled from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub owner: OwnerEntries,
    pub customers: usize,
    /// Per purpose: how many people have a basis for it now.
    pub purposes: Vec<(Purpose, usize)>,
    pub own_purposes: Vec<OwnPurpose>,
    /// Labels of the shop's own fields.
    pub custom_fields: Vec<String>,
    pub retention: Vec<RetentionRule>,
    pub lock_on: bool,
    pub made_ms: Millis,
}

/// One part of the records: a heading and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

/// The basis a shop usually has for a purpose, as the records state it.
fn usual_basis(purpose: &Purpose) -> super::LawfulBasis {
    use super::LawfulBasis as B;
    match purpose {
        Purpose::EmailMarketing | Purpose::SmsMarketing | Purpose::Own(_) => B::Consent,
        Purpose::Loyalty => B::Contract,
        Purpose::Analytics => B::LegitimateInterest,
    }
}

pub fn sections(lang: Lang, facts: &Facts) -> Vec<Section> {
    let section = |heading: Msg, lines: Vec<String>| Section {
        heading: lang.t(heading),
        lines,
    };
    let or_unset = |text: &str| {
        if text.trim().is_empty() {
            lang.t(Msg::RecordsNotGiven)
        } else {
            text.trim().to_owned()
        }
    };
    let mut purposes = vec![
        lang.t(Msg::RecordsPurposeService),
        lang.t(Msg::RecordsPurposeTax),
    ];
    purposes.extend(facts.purposes.iter().map(|(p, people)| {
        lang.tf(
            Msg::RecordsPurposeLine,
            &[
                ("purpose", &purpose_name(lang, p, &facts.own_purposes)),
                ("basis", &lang.t(basis_msg(usual_basis(p)))),
                ("n", people),
            ],
        )
    }));
    let mut categories = vec![lang.t(Msg::RecordsDataCategories)];
    if !facts.custom_fields.is_empty() {
        categories.push(lang.tf(
            Msg::RecordsOwnFields,
            &[("fields", &facts.custom_fields.join(", "))],
        ));
    }
    let retention = if facts.retention.is_empty() {
        vec![lang.t(Msg::RecordsNoRetention)]
    } else {
        facts
            .retention
            .iter()
            .map(|r| retention_rule_text(lang, *r))
            .collect()
    };
    let lock = if facts.lock_on {
        Msg::RecordsLockOn
    } else {
        Msg::RecordsLockOff
    };
    vec![
        section(
            Msg::RecordsController,
            vec![or_unset(&facts.owner.controller)],
        ),
        section(Msg::RecordsPurposes, purposes),
        section(
            Msg::RecordsSubjects,
            vec![lang.tf(Msg::RecordsSubjectsLine, &[("n", &facts.customers)])],
        ),
        section(Msg::RecordsCategories, categories),
        section(
            Msg::RecordsRecipients,
            vec![
                lang.t(Msg::RecordsStorage),
                or_unset(&facts.owner.recipients),
            ],
        ),
        section(Msg::RecordsTransfers, vec![lang.t(Msg::RecordsNoTransfers)]),
        section(Msg::RecordsRetention, retention),
        section(
            Msg::RecordsSecurity,
            vec![lang.t(lock), lang.t(Msg::RecordsSecurityDevice)],
        ),
    ]
}

/// The records as a page to keep or print, in the owner's language; every text escaped.
pub fn html(lang: Lang, facts: &Facts) -> String {
    let title = lang.t(Msg::RecordsHeading);
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <title>{}</title><style>body{{font-family:system-ui,sans-serif;max-inline-size:50rem;\
         margin-inline:auto;padding:1rem;line-height:1.5}}</style></head><body><h1>{}</h1><p>{}</p>",
        lang.code(),
        lang.dir(),
        esc(&title),
        esc(&title),
        esc(&lang.tf(Msg::RecordsMade, &[("date", &lang.date_time(facts.made_ms))]))
    );
    for s in sections(lang, facts) {
        let _ = write!(h, "<h2>{}</h2><ul>", esc(&s.heading));
        for line in s.lines {
            let _ = write!(h, "<li>{}</li>", esc(&line));
        }
        h.push_str("</ul>");
    }
    h.push_str("</body></html>\n");
    h
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_records_are_filled_from_the_facts_and_escape_the_owners_text() {
        let facts = Facts {
            owner: OwnerEntries {
                controller: "Mama Njeri's <Café>, Moi Avenue".into(),
                recipients: String::new(),
            },
            customers: 1_204,
            purposes: vec![(Purpose::EmailMarketing, 300)],
            custom_fields: vec!["Cup size".into()],
            retention: vec![RetentionRule::RemoveInactive { months: 36 }],
            lock_on: true,
            ..Facts::default()
        };
        let all = sections(Lang::En, &facts);
        let text = |i: usize| all[i].lines.join("\n");
        assert!(text(1).contains("Email marketing") && text(1).contains("300"));
        assert!(text(2).contains("1,204"));
        assert!(text(3).contains("Cup size"));
        assert!(text(6).contains("36 months"));
        let page = html(Lang::En, &facts);
        assert!(page.contains("Mama Njeri's &lt;Café&gt;"));
        assert!(!page.contains("<Café>"));
        assert!(html(Lang::Fa, &facts).contains("dir=\"rtl\""));
    }
}
