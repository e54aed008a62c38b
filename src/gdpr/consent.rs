//! Consent and lawful basis per purpose (Art. 6, 7), and the restriction (Art. 18) and
//! objection (Art. 21) flags. Both are kept on the customer as history that is only
//! added to: what stands now is the latest entry, and every earlier one stays as proof.

use crate::domain::time::Millis;
use serde::{Deserialize, Serialize};

/// What the person's data is used for. The owner may add purposes of their own
/// (kept in the settings, by a random id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    EmailMarketing,
    SmsMarketing,
    Loyalty,
    Analytics,
    Own(String),
}

impl Purpose {
    pub const BUILT_IN: [Purpose; 4] = [
        Purpose::EmailMarketing,
        Purpose::SmsMarketing,
        Purpose::Loyalty,
        Purpose::Analytics,
    ];

    /// Every purpose consent is asked for: the built-in ones, then the owner's own.
    pub fn all(own: &[OwnPurpose]) -> Vec<Purpose> {
        Self::BUILT_IN
            .into_iter()
            .chain(own.iter().map(|p| Purpose::Own(p.id.clone())))
            .collect()
    }

    /// Direct marketing, which an objection (Art. 21(3)) always stops.
    pub fn is_marketing(&self) -> bool {
        matches!(self, Purpose::EmailMarketing | Purpose::SmsMarketing)
    }

    /// A stable text form, for menus and the bundle: "email_marketing", "own:<id>".
    pub fn key(&self) -> String {
        match self {
            Purpose::EmailMarketing => "email_marketing".into(),
            Purpose::SmsMarketing => "sms_marketing".into(),
            Purpose::Loyalty => "loyalty".into(),
            Purpose::Analytics => "analytics".into(),
            Purpose::Own(id) => format!("own:{id}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Purpose> {
        if let Some(id) = key.strip_prefix("own:") {
            return (!id.is_empty()).then(|| Purpose::Own(id.to_owned()));
        }
        Self::BUILT_IN.into_iter().find(|p| p.key() == key)
    }
}

/// A purpose the owner added ("birthday cards", "WhatsApp group").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPurpose {
    /// Random, so nothing stored links the purpose to anyone.
    pub id: String,
    pub name: String,
}

/// Art. 6(1): why the shop may use the data for a purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LawfulBasis {
    Consent,
    Contract,
    LegitimateInterest,
    LegalObligation,
}

impl LawfulBasis {
    pub const ALL: [LawfulBasis; 4] = [
        LawfulBasis::Consent,
        LawfulBasis::Contract,
        LawfulBasis::LegitimateInterest,
        LawfulBasis::LegalObligation,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LawfulBasis::Consent => "consent",
            LawfulBasis::Contract => "contract",
            LawfulBasis::LegitimateInterest => "legitimate_interest",
            LawfulBasis::LegalObligation => "legal_obligation",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.key() == key)
    }
}

/// One change of standing for one purpose: given (or a basis stated), or withdrawn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEntry {
    pub at_ms: Millis,
    pub purpose: Purpose,
    pub basis: LawfulBasis,
    /// False: withdrawn (or the basis no longer holds).
    pub given: bool,
    /// How it was given: "paper form at the counter", "asked by phone".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Which wording the person agreed to ("loyalty form v2"), as Art. 7(1) asks the
    /// shop to be able to show.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wording: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Art. 18: the data is only stored, used for nothing.
    Restriction,
    /// Art. 21: the person objects to direct marketing.
    Objection,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagEntry {
    pub at_ms: Millis,
    pub flag: Flag,
    pub on: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Why an entry was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentProblem {
    /// Consent must be shown (Art. 7(1)): say how it was given.
    SourceNeeded,
    /// The purpose is one the owner has since removed.
    UnknownPurpose,
    /// A purpose of the owner's needs a name, not too long.
    PurposeName,
}

/// What is recorded as given; withdrawing asks for nothing more than the purpose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentDraft {
    pub purpose: Purpose,
    pub basis: LawfulBasis,
    pub given: bool,
    pub source: String,
    pub wording: String,
}

impl ConsentDraft {
    pub fn to_entry(
        &self,
        at_ms: Millis,
        own: &[OwnPurpose],
    ) -> Result<ConsentEntry, ConsentProblem> {
        // Withdrawing is always possible, even from a purpose since removed (Art. 7(3)).
        if let (Purpose::Own(id), true) = (&self.purpose, self.given) {
            if !own.iter().any(|p| &p.id == id) {
                return Err(ConsentProblem::UnknownPurpose);
            }
        }
        let source = self.source.trim().to_owned();
        if self.given && self.basis == LawfulBasis::Consent && source.is_empty() {
            return Err(ConsentProblem::SourceNeeded);
        }
        Ok(ConsentEntry {
            at_ms,
            purpose: self.purpose.clone(),
            basis: self.basis,
            given: self.given,
            source,
            wording: self.wording.trim().to_owned(),
        })
    }
}

/// The entry that stands now for `purpose`: the latest.
pub fn current<'a>(history: &'a [ConsentEntry], purpose: &Purpose) -> Option<&'a ConsentEntry> {
    history.iter().rev().find(|e| &e.purpose == purpose)
}

/// Whether `flag` is on now: its latest entry says so.
pub fn flag_on(history: &[FlagEntry], flag: Flag) -> bool {
    history
        .iter()
        .rev()
        .find(|e| e.flag == flag)
        .is_some_and(|e| e.on)
}

/// The purposes the person has any entry for, built-in ones first.
pub fn purposes_in(history: &[ConsentEntry]) -> Vec<Purpose> {
    let mut seen: Vec<Purpose> = history.iter().map(|e| e.purpose.clone()).collect();
    seen.sort();
    seen.dedup();
    seen
}

/// A person's standing as every feature reads it, worked out once from the history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    pub restricted: bool,
    pub objects: bool,
    /// Purposes whose latest entry gives a basis.
    allowed: Box<[Purpose]>,
    /// The person withdrew from analytics (absent: the shop's legitimate interest).
    analytics_withdrawn: bool,
}

impl Standing {
    pub fn of(consents: &[ConsentEntry], flags: &[FlagEntry]) -> Standing {
        let allowed = purposes_in(consents)
            .into_iter()
            .filter(|p| current(consents, p).is_some_and(|e| e.given))
            .collect();
        Standing {
            restricted: flag_on(flags, Flag::Restriction),
            objects: flag_on(flags, Flag::Objection),
            allowed,
            analytics_withdrawn: current(consents, &Purpose::Analytics).is_some_and(|e| !e.given),
        }
    }

    /// Whether the person may be in a list used for `purpose`: a basis stands, they
    /// are not restricted, and for marketing they have not objected.
    pub fn may_use_for(&self, purpose: &Purpose) -> bool {
        let objected = self.objects && purpose.is_marketing();
        // Analytics needs no entry: the shop's legitimate interest, until withdrawn.
        let basis = match purpose {
            Purpose::Analytics => !self.analytics_withdrawn,
            _ => self.allowed.contains(purpose),
        };
        !self.restricted && !objected && basis
    }

    /// Whether the person counts in the shop's analytics (RFM, the models, segments'
    /// scores): not when restricted, nor when they withdrew from analytics.
    pub fn in_analytics(&self) -> bool {
        !self.restricted && !self.analytics_withdrawn
    }

    /// Whether a basis stands for `purpose` (what a segment condition asks).
    pub fn has_basis(&self, purpose: &Purpose) -> bool {
        self.allowed.contains(purpose)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at_ms: Millis, purpose: Purpose, given: bool) -> ConsentEntry {
        ConsentEntry {
            at_ms,
            purpose,
            basis: LawfulBasis::Consent,
            given,
            source: "form".into(),
            wording: String::new(),
        }
    }

    #[test]
    fn the_latest_entry_stands_and_the_earlier_ones_stay() {
        let history = vec![
            entry(1, Purpose::EmailMarketing, true),
            entry(2, Purpose::SmsMarketing, true),
            entry(3, Purpose::EmailMarketing, false),
        ];
        assert!(!current(&history, &Purpose::EmailMarketing).unwrap().given);
        let s = Standing::of(&history, &[]);
        assert!(!s.may_use_for(&Purpose::EmailMarketing));
        assert!(s.may_use_for(&Purpose::SmsMarketing));
        assert!(!s.may_use_for(&Purpose::Loyalty), "no entry, no basis");
        assert!(s.in_analytics());
    }

    #[test]
    fn objection_stops_marketing_and_restriction_stops_everything() {
        let history = vec![
            entry(1, Purpose::EmailMarketing, true),
            entry(1, Purpose::Own("cards".into()), true),
        ];
        let objection = |on| FlagEntry {
            at_ms: 2,
            flag: Flag::Objection,
            on,
            note: String::new(),
        };
        let s = Standing::of(&history, &[objection(true)]);
        assert!(!s.may_use_for(&Purpose::EmailMarketing));
        assert!(s.may_use_for(&Purpose::Own("cards".into())));
        assert!(s.in_analytics());
        let lifted = Standing::of(&history, &[objection(true), objection(false)]);
        assert!(lifted.may_use_for(&Purpose::EmailMarketing));
        let restricted = Standing::of(
            &history,
            &[FlagEntry {
                flag: Flag::Restriction,
                ..objection(true)
            }],
        );
        assert!(!restricted.may_use_for(&Purpose::Own("cards".into())));
        assert!(!restricted.in_analytics());
    }

    #[test]
    fn consent_needs_a_source_and_withdrawal_needs_nothing() {
        let mut draft = ConsentDraft {
            purpose: Purpose::EmailMarketing,
            basis: LawfulBasis::Consent,
            given: true,
            source: "  ".into(),
            wording: String::new(),
        };
        assert_eq!(draft.to_entry(1, &[]), Err(ConsentProblem::SourceNeeded));
        draft.given = false;
        assert!(draft.to_entry(1, &[]).is_ok());
        draft.purpose = Purpose::Own("gone".into());
        assert!(
            draft.to_entry(1, &[]).is_ok(),
            "withdrawing from a removed purpose"
        );
        draft.given = true;
        assert_eq!(draft.to_entry(1, &[]), Err(ConsentProblem::UnknownPurpose));
        let analytics_out = Standing::of(&[entry(1, Purpose::Analytics, false)], &[]);
        assert!(!analytics_out.in_analytics());
    }

    #[test]
    fn purposes_keep_their_keys() {
        for p in Purpose::BUILT_IN
            .into_iter()
            .chain([Purpose::Own("x1".into())])
        {
            assert_eq!(Purpose::from_key(&p.key()), Some(p));
        }
        assert_eq!(Purpose::from_key("own:"), None);
    }
}
