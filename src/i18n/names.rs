//! Names of the core's kinds (RFM segments, timeline entries, points entries) in the
//! owner's language: shared by the pages and the access bundle.

use super::{Lang, Msg};
use crate::analytics::rfm::RfmSegment;
use crate::domain::InteractionKind;
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
