//! Validation problems in words, naming the field so the message stands on its own.

use super::{Lang, Msg};
use crate::domain::custom_field::CustomFieldProblem;
use crate::domain::interaction::InteractionProblem;
use crate::domain::phone::PhoneProblem;
use crate::domain::Problem;
use crate::store::StoreError;

pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let msg = match problem {
        Problem::NameRequired => Msg::ProblemNameRequired,
        Problem::TooLong { max } => return lang.tf(Msg::ProblemTooLong, &[("max", max)]),
        Problem::EmailShape => Msg::ProblemEmailShape,
        Problem::Phone(PhoneProblem::InvalidCharacter(c)) => {
            return lang.tf(Msg::ProblemPhoneCharacter, &[("char", &c.to_string())])
        }
        Problem::Phone(PhoneProblem::WrongLength) => Msg::ProblemPhoneLength,
        Problem::Phone(PhoneProblem::NeedsCountryCode) => Msg::ProblemPhoneCountryCode,
        Problem::DateShape => Msg::ProblemBirthdayShape,
        Problem::DateInFuture => Msg::ProblemBirthdayFuture,
        Problem::LanguageShape => Msg::ProblemLanguageShape,
        Problem::Custom(CustomFieldProblem::NotANumber) => Msg::ProblemCustomNumber,
        Problem::Custom(CustomFieldProblem::NotADate) => Msg::ProblemCustomDate,
        Problem::Custom(CustomFieldProblem::NotYesNo) => Msg::ProblemCustomYesNo,
        Problem::Custom(CustomFieldProblem::NotAChoice) => Msg::ProblemCustomChoice,
    };
    lang.t(msg)
}

pub fn interaction_problem(lang: Lang, p: &InteractionProblem) -> String {
    let msg = match p {
        InteractionProblem::TextRequired => Msg::ProblemNoteText,
        InteractionProblem::DueShape => Msg::ProblemFollowUpShape,
        InteractionProblem::DueInPast => Msg::ProblemFollowUpPast,
        InteractionProblem::WhenShape => Msg::ProblemNoteWhenShape,
        InteractionProblem::WhenInFuture => Msg::ProblemNoteWhenFuture,
        InteractionProblem::ScoreRange { min, max } => {
            return lang.tf(Msg::ProblemScoreRange, &[("min", min), ("max", max)])
        }
    };
    lang.t(msg)
}

/// A storage failure in words; the technical detail follows in brackets for support.
pub fn store_error_text(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Conflict { .. } => lang.t(Msg::Conflict),
        StoreError::NotFound => lang.t(Msg::NotFound),
        StoreError::QuotaExceeded(_) => lang.t(Msg::StoreFull),
        StoreError::Deleted => lang.t(Msg::StoreDeleted),
        // Said inside other sentences ("Could not save: …."), so without its full stop.
        StoreError::Superseded => lang
            .t(Msg::NewerVersionOpen)
            .trim_end_matches(FULL_STOPS)
            .to_owned(),
        StoreError::Locked => lang.t(Msg::StoreLocked),
        StoreError::LockChanged => lang.t(Msg::StoreLockChanged),
        StoreError::NotEnoughPoints { balance } => {
            lang.tf(Msg::StoreNotEnoughPoints, &[("balance", balance)])
        }
        StoreError::Corrupt(detail) | StoreError::Backend(detail) => {
            lang.tf(Msg::StoreProblem, &[("detail", detail)])
        }
    }
}

/// Full stops of the shipped scripts: Latin, Urdu (۔), Georgian and Persian use ".".
const FULL_STOPS: [char; 2] = ['.', '۔'];

/// Any refusal of the application layer, in words.
pub fn book_error_text(lang: Lang, error: &crate::book::BookError) -> String {
    use crate::book::BookError;
    match error {
        BookError::Lock(e) => lock_error_text(lang, e),
        BookError::Invalid(list) => list
            .iter()
            .map(|e| problem_text(lang, &e.problem))
            .collect::<Vec<_>>()
            .join(" "),
        BookError::Interaction(list) => list
            .iter()
            .map(|p| interaction_problem(lang, p))
            .collect::<Vec<_>>()
            .join(" "),
        BookError::Purchase(p) => super::purchase_problem(lang, p),
        BookError::Loyalty(l) => super::loyalty_problem(lang, l),
        BookError::Store(s) => sentence(lang, store_error_text(lang, s)),
        BookError::Backup(e) => backup_error_text(lang, e),
        BookError::Segment(p) => super::sales_problems::segment_problem(lang, p),
        BookError::Request(p) => request_problem(lang, p),
        BookError::Consent(p) => consent_problem(lang, *p),
        BookError::Retention(_) => lang.t(Msg::RetentionOutOfRange),
        // The import page words these itself, naming the columns; this is the fallback.
        BookError::Import(p) => super::import_names::mapping_problem(lang, p, &[], &[]),
        BookError::ImportPurchases(p) => super::import_names::sale_mapping_problem(lang, p, &[]),
        BookError::Report(r) => report_refusal(lang, r),
    }
}

/// Why a privacy-safe report was not made, in words.
pub fn report_refusal(lang: Lang, refusal: &crate::book::reports::ReportRefusal) -> String {
    use crate::book::reports::ReportRefusal as R;
    use crate::reports::SpecProblem as P;
    let epsilon = |e: crate::reports::Epsilon| lang.decimal(e.as_f64());
    match refusal {
        R::Overspend(o) => lang.tf(
            Msg::ReportRefused,
            &[
                ("asked", &epsilon(o.asked)),
                ("left", &epsilon(o.left)),
                ("year", &lang.digits(&o.year.to_string())),
            ],
        ),
        R::NoRandomness => lang.t(Msg::ReportNoRandomness),
        R::FileNotWritten => lang.t(Msg::ReportFileNotWritten),
        R::Spec(p) => lang.t(match p {
            P::SmallestGroupTooSmall => Msg::ReportKTooSmall,
            P::NoPrivacyLoss => Msg::ReportNeedsEpsilon,
            P::MonthsOutOfOrder => Msg::ReportMonthsOrder,
            P::BoundMissing => Msg::ReportNeedsCap,
            P::ConfidenceUnknown => Msg::ReportConfidenceUnknown,
        }),
    }
}

/// Why consent (or a purpose) was not recorded, in words.
pub fn consent_problem(lang: Lang, problem: crate::gdpr::consent::ConsentProblem) -> String {
    use crate::gdpr::consent::ConsentProblem as P;
    lang.t(match problem {
        P::SourceNeeded => Msg::ConsentSourceNeeded,
        P::UnknownPurpose => Msg::ConsentUnknownPurpose,
        P::PurposeName => Msg::PurposeNameProblem,
    })
}

/// Why a data request was not recorded or changed, in words.
pub fn request_problem(lang: Lang, problem: &crate::gdpr::RequestProblem) -> String {
    use crate::gdpr::RequestProblem as P;
    lang.t(match problem {
        P::ReceivedInFuture => Msg::RequestReceivedInFuture,
        P::ExtensionTooLong => Msg::RequestExtensionTooLong,
        P::ExtensionTooLate => Msg::RequestExtensionTooLate,
        P::ReasonMissing => Msg::RequestReasonMissing,
        P::AlreadyClosed => Msg::RequestAlreadyClosed,
        P::Gone => Msg::RequestGone,
    })
}

/// Why a backup file cannot be restored (or written), in words.
pub fn backup_error_text(lang: Lang, error: &crate::backup::BackupError) -> String {
    use crate::backup::BackupError;
    match error {
        BackupError::NotABackup => lang.t(Msg::BackupNotABackup),
        BackupError::NewerFormat(_) => lang.t(Msg::BackupNewerFormat),
        BackupError::Truncated { .. } => lang.t(Msg::BackupTruncated),
        // Where the damage is (a byte offset) means nothing to the owner; it is logged.
        BackupError::Damaged(_) => lang.t(Msg::BackupDamaged),
        BackupError::NeedsPassphrase => lang.t(Msg::BackupNeedsPassphrase),
        BackupError::WrongPassphrase => lang.t(Msg::BackupWrongPassphrase),
        BackupError::PassphraseTooShort(n) => lang.tf(Msg::LockTooShort, &[("n", n)]),
    }
}

/// A store error said on its own (not after "could not be opened: "): a sentence.
fn sentence(lang: Lang, text: String) -> String {
    let mut chars = text.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return text,
    };
    if !out.ends_with(FULL_STOPS) {
        out.push(if lang == Lang::Ur { '۔' } else { '.' });
    }
    out
}

/// A refusal of the app lock, in words.
pub fn lock_error_text(lang: Lang, error: &crate::lock::LockError) -> String {
    use crate::lock::LockError;
    match error {
        LockError::WrongPassphrase => lang.t(Msg::LockWrongPassphrase),
        LockError::TooShort => lang.tf(
            Msg::LockTooShort,
            &[("n", &crate::lock::passphrase::MIN_PASSPHRASE_CHARS)],
        ),
        LockError::Unsupported(_) | LockError::Damaged => lang.t(Msg::LockUnreadable),
        LockError::Converting => lang.t(Msg::LockConverting),
        LockError::AlreadyOn | LockError::NotOn | LockError::NotUnlocked => {
            lang.t(Msg::LockStateChanged)
        }
    }
}
