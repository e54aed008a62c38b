//! Names of the core's kinds (RFM segments, timeline entries, points entries) in the
//! owner's language: shared by the pages and the access bundle.

use super::{Lang, Msg};
use crate::analytics::rfm::RfmSegment;
use crate::domain::InteractionKind;
use crate::gdpr::consent::{ConsentEntry, Flag, LawfulBasis, OwnPurpose, Purpose};
use crate::gdpr::retention::RetentionRule;
use crate::loyalty::EntryKind;

pub fn segment_msg(segment: RfmSegment) -> Msg {
    match segment {
        RfmSegment::Champions => Msg::SegChampions,
        RfmSegment::Loyal => Msg::SegLoyal,
        RfmSegment::PotentialLoyalists => Msg::SegPotentialLoyalists,
        RfmSegment::New => Msg::SegNew,
        RfmSegment::Promising => Msg::SegPromising,
        RfmSegment::NeedAttention => Msg::SegNeedAttention,
        RfmSegment::AboutToSleep => Msg::SegAboutToSleep,
        RfmSegment::AtRisk => Msg::SegAtRisk,
        RfmSegment::CantLoseThem => Msg::SegCantLoseThem,
        RfmSegment::Hibernating => Msg::SegHibernating,
    }
}

pub fn kind_msg(kind: InteractionKind) -> Msg {
    match kind {
        InteractionKind::Note => Msg::KindNote,
        InteractionKind::Call => Msg::KindCall,
        InteractionKind::Visit => Msg::KindVisit,
        InteractionKind::Email => Msg::KindEmail,
        InteractionKind::Message => Msg::KindMessage,
        InteractionKind::Feedback => Msg::KindFeedback,
    }
}

pub fn entry_text(lang: Lang, kind: &EntryKind) -> String {
    match kind {
        EntryKind::Earn { .. } => lang.t(Msg::EntryEarn),
        EntryKind::Redeem { name, .. } => lang.tf(Msg::EntryRedeem, &[("reward", name)]),
        EntryKind::Expire => lang.t(Msg::EntryExpire),
        EntryKind::Adjust { reason } => lang.tf(Msg::EntryAdjust, &[("reason", reason)]),
        EntryKind::Reverse { reason, .. } => lang.tf(Msg::EntryReverse, &[("reason", reason)]),
    }
}

/// A purpose's name: built-in ones translated, the owner's own as they typed it.
pub fn purpose_name(lang: Lang, purpose: &Purpose, own: &[OwnPurpose]) -> String {
    match purpose {
        Purpose::EmailMarketing => lang.t(Msg::PurposeEmailMarketing),
        Purpose::SmsMarketing => lang.t(Msg::PurposeSmsMarketing),
        Purpose::Loyalty => lang.t(Msg::PurposeLoyalty),
        Purpose::Analytics => lang.t(Msg::PurposeAnalytics),
        Purpose::Own(id) => own
            .iter()
            .find(|p| &p.id == id)
            .map_or_else(|| lang.t(Msg::PurposeRemoved), |p| p.name.clone()),
    }
}

pub fn basis_msg(basis: LawfulBasis) -> Msg {
    match basis {
        LawfulBasis::Consent => Msg::BasisConsent,
        LawfulBasis::Contract => Msg::BasisContract,
        LawfulBasis::LegitimateInterest => Msg::BasisLegitimateInterest,
        LawfulBasis::LegalObligation => Msg::BasisLegalObligation,
    }
}

/// How a consent entry stands, as the history and the bundle show it: "Given ·
/// Consent · paper form at the counter · v2" (empty parts left out).
pub fn consent_how(lang: Lang, entry: &ConsentEntry) -> String {
    let standing = if entry.given {
        Msg::ConsentGiven
    } else {
        Msg::ConsentWithdrawnWord
    };
    [
        lang.t(standing),
        lang.t(basis_msg(entry.basis)),
        entry.source.clone(),
        entry.wording.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// A retention rule in words.
pub fn retention_rule_text(lang: Lang, rule: RetentionRule) -> String {
    match rule {
        RetentionRule::RemoveInactive { months } => {
            lang.tf(Msg::RetentionRemoveInactive, &[("n", &months)])
        }
        RetentionRule::DeleteOldEntries { years } => {
            lang.tf(Msg::RetentionDeleteOld, &[("n", &years)])
        }
    }
}

/// A restriction or objection entry, as the history shows it.
pub fn flag_msg(flag: Flag, on: bool) -> Msg {
    match (flag, on) {
        (Flag::Restriction, true) => Msg::FlagRestrictionOn,
        (Flag::Restriction, false) => Msg::FlagRestrictionOff,
        (Flag::Objection, true) => Msg::FlagObjectionOn,
        (Flag::Objection, false) => Msg::FlagObjectionOff,
    }
}
