//! The import's words: where a column may go, why a file or a row was refused, why a
//! row matches someone, and how long is left.

use super::{problem_text, Lang, Msg};
use crate::book::import::ImportStage;
use crate::domain::CustomFieldDef;
use crate::exchange::import::decode::TextEncoding;
use crate::exchange::import::duplicates::{DuplicateChoice, MatchReason};
use crate::exchange::import::mapping::{DateOrder, Target};
use crate::exchange::import::purchases::{SaleColumn, SaleIssue, SaleMappingProblem, SaleProblem};
use crate::exchange::import::rows::{MappingProblem, RowIssue, RowProblem};
use crate::exchange::import::table::TableProblem;

/// A column's destination; `header` names a new field.
pub fn target_name(lang: Lang, target: &Target, fields: &[CustomFieldDef], header: &str) -> String {
    let msg = match target {
        Target::Skip => Msg::TargetSkip,
        Target::KaribuId => Msg::TargetKaribuId,
        Target::FullName => Msg::TargetFullName,
        Target::GivenName => Msg::GivenName,
        Target::FamilyName => Msg::FamilyName,
        Target::DisplayName => Msg::TargetDisplayName,
        Target::Phone => Msg::Phone,
        Target::Email => Msg::Email,
        Target::Address => Msg::Address,
        Target::Birthday => Msg::Birthday,
        Target::Language => Msg::TargetLanguage,
        Target::Tags => Msg::Tags,
        Target::About => Msg::TargetAbout,
        Target::Custom(key) => {
            return fields
                .iter()
                .find(|f| f.key == *key)
                .map(|f| f.label.clone())
                .unwrap_or_else(|| key.clone())
        }
        Target::NewField => return lang.tf(Msg::TargetNewField, &[("name", &header)]),
    };
    lang.t(msg)
}

/// The encodings' own names: technical, the same in every language.
pub fn encoding_name(encoding: TextEncoding) -> &'static str {
    match encoding {
        TextEncoding::Utf8 => "UTF-8",
        TextEncoding::Utf16Le => "UTF-16 LE",
        TextEncoding::Utf16Be => "UTF-16 BE",
        TextEncoding::Windows1252 => "Windows-1252",
    }
}

pub fn separator_msg(delimiter: u8) -> Msg {
    match delimiter {
        b';' => Msg::SeparatorSemicolon,
        b'\t' => Msg::SeparatorTab,
        _ => Msg::SeparatorComma,
    }
}

pub fn date_order_msg(order: DateOrder) -> Msg {
    match order {
        DateOrder::DayMonthYear => Msg::DatesDayMonthYear,
        DateOrder::MonthDayYear => Msg::DatesMonthDayYear,
        DateOrder::YearMonthDay => Msg::DatesYearMonthDay,
    }
}

pub fn choice_msg(choice: DuplicateChoice) -> Msg {
    match choice {
        DuplicateChoice::Update => Msg::ChoiceUpdate,
        DuplicateChoice::Skip => Msg::ChoiceSkip,
        DuplicateChoice::Create => Msg::ChoiceCreate,
    }
}

pub fn reason_msg(reason: MatchReason) -> Msg {
    match reason {
        MatchReason::SameId => Msg::ReasonSameId,
        MatchReason::SameEmail => Msg::ReasonSameEmail,
        MatchReason::SamePhone => Msg::ReasonSamePhone,
        MatchReason::CloseName => Msg::ReasonCloseName,
    }
}

pub fn stage_msg(stage: ImportStage) -> Msg {
    match stage {
        ImportStage::Checking => Msg::ImportChecking,
        ImportStage::Creating => Msg::ImportCreating,
        ImportStage::Updating => Msg::ImportUpdating,
        ImportStage::RollingBack => Msg::ImportRollingBack,
        ImportStage::Recording => Msg::ImportRecording,
    }
}

pub fn table_problem(lang: Lang, problem: &TableProblem) -> String {
    match problem {
        TableProblem::Empty => lang.t(Msg::ImportEmpty),
        TableProblem::HeadersOnly => lang.t(Msg::ImportHeadersOnly),
        TableProblem::UnclosedQuote { line } => lang.tf(
            Msg::ImportUnclosedQuote,
            &[("line", &lang.digits(&line.to_string()))],
        ),
        TableProblem::TooManyRows { max } => lang.tf(Msg::ImportTooManyRows, &[("max", &max)]),
    }
}

pub fn mapping_problem(
    lang: Lang,
    problem: &MappingProblem,
    columns: &[Target],
    fields: &[CustomFieldDef],
) -> String {
    match problem {
        MappingProblem::NoNameColumn => lang.t(Msg::ImportNoNameColumn),
        MappingProblem::Twice { column } => {
            let field = columns
                .get(*column)
                .map(|t| target_name(lang, t, fields, ""))
                .unwrap_or_default();
            lang.tf(Msg::ImportTwice, &[("field", &field)])
        }
    }
}

/// "Line 12, Phone: …", the column as the file's header names it.
pub fn row_problem(lang: Lang, problem: &RowProblem) -> String {
    let text = match &problem.issue {
        RowIssue::Field(p) => problem_text(lang, p),
        RowIssue::CellTooLong { max } => lang.tf(Msg::ImportCellTooLong, &[("max", &max)]),
    };
    lang.tf(
        Msg::ImportRowProblem,
        &[
            ("line", &lang.digits(&problem.line.to_string())),
            ("column", &problem.column),
            ("problem", &text),
        ],
    )
}

pub fn sale_column_msg(column: SaleColumn) -> Msg {
    match column {
        SaleColumn::Skip => Msg::TargetSkip,
        SaleColumn::Customer => Msg::SaleColumnCustomer,
        SaleColumn::Date => Msg::SaleColumnDate,
        SaleColumn::Time => Msg::SaleColumnTime,
        SaleColumn::Amount => Msg::SaleColumnAmount,
        SaleColumn::Categories => Msg::SaleColumnCategories,
        SaleColumn::Note => Msg::SaleColumnNote,
    }
}

pub fn sale_mapping_problem(
    lang: Lang,
    problem: &SaleMappingProblem,
    columns: &[SaleColumn],
) -> String {
    match problem {
        SaleMappingProblem::NoAmount => lang.t(Msg::ImportNoAmountColumn),
        SaleMappingProblem::NoDate => lang.t(Msg::ImportNoDateColumn),
        SaleMappingProblem::Twice { column } => {
            let field = columns
                .get(*column)
                .map(|c| lang.t(sale_column_msg(*c)))
                .unwrap_or_default();
            lang.tf(Msg::ImportTwice, &[("field", &field)])
        }
    }
}

/// "Line 12, Customer: …"; `field` is the label of the field customers are found by,
/// when the owner chose one.
pub fn sale_problem(lang: Lang, problem: &SaleProblem, field: Option<&str>) -> String {
    let text = match (&problem.issue, field) {
        (SaleIssue::Amount(m), _) => super::money_problem(lang, m),
        (SaleIssue::ZeroAmount, _) => lang.t(Msg::ProblemAmountZero),
        (SaleIssue::Date, _) => lang.t(Msg::SaleBadDate),
        (SaleIssue::InFuture, _) => lang.t(Msg::ProblemInFuture),
        (SaleIssue::NoSuchCustomer, None) => lang.t(Msg::SaleNoSuchCustomer),
        (SaleIssue::NoSuchCustomer, Some(f)) => {
            lang.tf(Msg::SaleNoSuchCustomerField, &[("field", &f)])
        }
        (SaleIssue::SeveralCustomers, _) => lang.t(Msg::SaleSeveralCustomers),
        (SaleIssue::CellTooLong { max }, _) => lang.tf(Msg::ImportCellTooLong, &[("max", max)]),
    };
    lang.tf(
        Msg::ImportRowProblem,
        &[
            ("line", &lang.digits(&problem.line.to_string())),
            ("column", &problem.column),
            ("problem", &text),
        ],
    )
}

/// "about 40 seconds left" / "about 3 minutes left", from what is left at the rate
/// so far; `None` until there is a rate.
pub fn time_left(lang: Lang, done: usize, total: usize, elapsed_ms: f64) -> Option<String> {
    if done == 0 || elapsed_ms <= 0.0 {
        return None;
    }
    let per_row = elapsed_ms / done as f64;
    let seconds = (per_row * total.saturating_sub(done) as f64 / 1000.0).ceil() as i64;
    Some(if seconds > 90 {
        let minutes = (seconds + 30) / 60;
        lang.tf(Msg::ImportMinutesLeft, &[("n", &minutes)])
    } else {
        lang.tf(Msg::ImportSecondsLeft, &[("n", &seconds.max(1))])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_line_and_column_in_every_language() {
        let problem = RowProblem {
            line: 12,
            column: "Simu".into(),
            issue: RowIssue::Field(crate::domain::Problem::EmailShape),
        };
        for lang in Lang::ALL {
            let text = row_problem(lang, &problem);
            assert!(text.contains("Simu"), "{lang:?}: {text}");
            assert!(text.contains(&lang.number(12)), "{lang:?}: {text}");
        }
        assert_eq!(
            row_problem(Lang::En, &problem),
            format!(
                "Line 12, Simu: {}",
                problem_text(Lang::En, &crate::domain::Problem::EmailShape)
            )
        );
    }

    #[test]
    fn time_left_reads_in_seconds_then_minutes() {
        assert_eq!(time_left(Lang::En, 0, 10, 5.0), None);
        assert_eq!(
            time_left(Lang::En, 1_000, 2_000, 1_000.0).unwrap(),
            "about 1 second left".replace("1 second", "a second")
        );
        assert_eq!(
            time_left(Lang::En, 1_000, 100_000, 1_000.0).unwrap(),
            "about 2 minutes left"
        );
    }
}
