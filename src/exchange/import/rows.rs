//! Rows turned into customers through a mapping, every row checked by the same rules
//! as the customer form; each problem names the file line and the column.

use super::mapping::{DateOrder, Mapping, Target};
use super::table::{Table, TableRow};
use crate::domain::calendar::Calendar;
use crate::domain::draft::{Field, Problem, Rules};
use crate::domain::time::Millis;
use crate::domain::{Customer, CustomerDraft, CustomerId};
use chrono::Datelike;

/// Longer cells are refused (a damaged file can hold a megabyte in one cell).
pub const MAX_CELL: usize = 10_000;

#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    pub line: u64,
    /// The row's place among the file's rows (from 0): the import's ids are built on it.
    pub index: u32,
    /// Validated; its id is a placeholder until the import gives it one.
    pub customer: Customer,
    /// A Karibu id the row names (an export read back).
    pub karibu_id: Option<CustomerId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowIssue {
    Field(Problem),
    CellTooLong { max: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: u64,
    /// The column's header as the file has it.
    pub column: String,
    pub issue: RowIssue,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Planned {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<RowProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappingProblem {
    /// No column is mapped to any part of a name.
    NoNameColumn,
    /// One-column fields mapped twice: the column index of the second.
    Twice { column: usize },
}

pub fn check_mapping(mapping: &Mapping) -> Result<(), MappingProblem> {
    let names = [
        Target::FullName,
        Target::GivenName,
        Target::FamilyName,
        Target::DisplayName,
    ];
    if !mapping.columns.iter().any(|t| names.contains(t)) {
        return Err(MappingProblem::NoNameColumn);
    }
    for (i, t) in mapping.columns.iter().enumerate() {
        if t.is_single() && mapping.columns[..i].contains(t) {
            return Err(MappingProblem::Twice { column: i });
        }
    }
    Ok(())
}

/// "Amina Wanjiru" -> ("Amina", "Wanjiru"); "Wanjiru, Amina" the same; one word is a
/// given name. The last word is the family name: right for most of the shops' names,
/// and the owner sees the preview before anything is stored.
pub fn split_full_name(full: &str) -> (String, String) {
    if let Some((family, given)) = full.split_once(',') {
        if !given.trim().is_empty() && !family.trim().is_empty() {
            return (given.trim().to_owned(), family.trim().to_owned());
        }
    }
    let words: Vec<&str> = full.split_whitespace().collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => (rest.join(" "), (*last).to_owned()),
        _ => (full.trim().to_owned(), String::new()),
    }
}

/// A cell our own export defused (`'=...`) read back as it was typed.
pub(crate) fn undefused(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Several phones, emails or tags in one cell: " | " (Karibu's export), ";" or newlines
/// between them. Commas too for phones and emails, which never hold one.
fn items(cell: &str, commas: bool) -> impl Iterator<Item = &str> {
    cell.split(move |c: char| matches!(c, '|' | ';' | '\n') || (commas && c == ','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A typed date as the form's `YYYY-MM-DD` (or `MM-DD`), Gregorian, read in `order`;
/// text it cannot read is passed on as it is, for the form's check to name.
pub fn birthday_text(cell: &str, order: DateOrder, today: chrono::NaiveDate) -> String {
    let ascii = crate::domain::digits::ascii_digits(cell);
    let trimmed = ascii.trim();
    // Karibu's own year-less form, and ISO with a time after it.
    if let Some(md) = trimmed.strip_prefix("--") {
        return md.to_owned();
    }
    let date_part = trimmed.split(['T', ' ']).next().unwrap_or("");
    let numbers: Vec<u32> = date_part
        .split(['-', '/', '.'])
        .map(|n| n.parse().ok())
        .collect::<Option<Vec<u32>>>()
        .unwrap_or_default();
    let full_year = |y: u32, digits: usize| {
        if digits > 2 {
            y
        } else {
            // Two-digit years: a birthday is in the past.
            let this = (today.year() % 100) as u32;
            let century = (today.year() as u32 / 100) * 100;
            if y > this {
                century - 100 + y
            } else {
                century + y
            }
        }
    };
    let year_digits = |i: usize| date_part.split(['-', '/', '.']).nth(i).map_or(0, str::len);
    let (y, m, d) = match (order, &numbers[..]) {
        (_, &[y, m, d]) if year_digits(0) == 4 => (Some(y), m, d),
        (DateOrder::YearMonthDay, &[y, m, d]) => (Some(full_year(y, year_digits(0))), m, d),
        (DateOrder::DayMonthYear, &[d, m, y]) => (Some(full_year(y, year_digits(2))), m, d),
        (DateOrder::MonthDayYear, &[m, d, y]) => (Some(full_year(y, year_digits(2))), m, d),
        (DateOrder::MonthDayYear | DateOrder::YearMonthDay, &[m, d]) => (None, m, d),
        (DateOrder::DayMonthYear, &[d, m]) => (None, m, d),
        _ => return cell.to_owned(),
    };
    match y {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{m:02}-{d:02}"),
    }
}

/// Every row of `table` through `mapping`: the good ones as customers, the rest as
/// problems (all of a row's, not just its first). `rules` must know every custom field
/// the mapping names.
pub fn plan(table: &Table, mapping: &Mapping, rules: &Rules, now: Millis) -> Planned {
    let mut planned = Planned::default();
    plan_rows(
        table,
        0..table.rows.len(),
        mapping,
        rules,
        now,
        &mut planned,
    );
    planned
}

/// `plan` for the rows in `range` only, added to `planned`: long files are checked a
/// slice at a time so the page keeps answering.
pub fn plan_rows(
    table: &Table,
    range: std::ops::Range<usize>,
    mapping: &Mapping,
    rules: &Rules,
    now: Millis,
    planned: &mut Planned,
) {
    let today = rules.today.unwrap_or_default();
    let placeholder = CustomerId::from("");
    let end = range.end.min(table.rows.len());
    let start = range.start.min(end);
    for (index, row) in table.rows[start..end].iter().enumerate() {
        let index = start + index;
        let header = |column: usize| table.header.get(column).cloned().unwrap_or_default();
        let too_long: Vec<RowProblem> = mapping
            .columns
            .iter()
            .enumerate()
            .filter(|(c, t)| **t != Target::Skip && row.cell(*c).chars().count() > MAX_CELL)
            .map(|(c, _)| RowProblem {
                line: row.line,
                column: header(c),
                issue: RowIssue::CellTooLong { max: MAX_CELL },
            })
            .collect();
        if !too_long.is_empty() {
            planned.problems.extend(too_long);
            continue;
        }
        let (draft, sources, karibu_id) = draft_of(row, mapping, today);
        match draft.to_new_customer(rules, placeholder.clone(), now) {
            Ok(customer) => planned.rows.push(ImportRow {
                line: row.line,
                index: index as u32,
                customer,
                karibu_id,
            }),
            Err(errors) => planned.problems.extend(errors.into_iter().map(|e| {
                RowProblem {
                    line: row.line,
                    column: sources
                        .column_of(&e.field, &e.problem)
                        .map(header)
                        .unwrap_or_default(),
                    issue: RowIssue::Field(e.problem),
                }
            })),
        }
    }
}

/// Which column each part of a draft came from, to say where a problem is.
#[derive(Default)]
struct Sources {
    name: Option<usize>,
    phones: Vec<usize>,
    emails: Vec<usize>,
    birthday: Option<usize>,
    language: Option<usize>,
    about: Option<usize>,
    custom: Vec<(String, usize)>,
}

impl Sources {
    fn column_of(&self, field: &Field, problem: &Problem) -> Option<usize> {
        match field {
            // The form reports an over-long "about" on the name; the file knows better.
            Field::Name if matches!(problem, Problem::TooLong { max } if *max > 200) => self.about,
            Field::Name => self.name,
            Field::Phone(i) => self.phones.get(*i).copied(),
            Field::Email(i) => self.emails.get(*i).copied(),
            Field::Birthday => self.birthday,
            Field::Language => self.language,
            Field::Custom(key) => self.custom.iter().find(|(k, _)| k == key).map(|(_, c)| *c),
        }
    }
}

fn draft_of(
    row: &TableRow,
    mapping: &Mapping,
    today: chrono::NaiveDate,
) -> (CustomerDraft, Sources, Option<CustomerId>) {
    let mut draft = CustomerDraft::default();
    let mut sources = Sources::default();
    let mut karibu_id = None;
    let mut tags: Vec<&str> = Vec::new();
    for (column, target) in mapping.columns.iter().enumerate() {
        let cell = undefused(row.cell(column));
        if cell.is_empty() {
            continue;
        }
        let name_part = |sources: &mut Sources| {
            sources.name.get_or_insert(column);
        };
        match target {
            Target::Skip | Target::NewField => {}
            Target::KaribuId => karibu_id = Some(CustomerId::from(cell)),
            Target::FullName => {
                name_part(&mut sources);
                let (given, family) = split_full_name(cell);
                draft.given = given;
                draft.family = family;
            }
            Target::GivenName => {
                name_part(&mut sources);
                draft.given = cell.to_owned();
            }
            Target::FamilyName => {
                name_part(&mut sources);
                draft.family = cell.to_owned();
            }
            Target::DisplayName => {
                name_part(&mut sources);
                draft.display = cell.to_owned();
            }
            Target::Phone => {
                for phone in items(cell, true) {
                    draft.phones.push(phone.to_owned());
                    sources.phones.push(column);
                }
            }
            Target::Email => {
                for email in items(cell, true) {
                    draft.emails.push(email.to_owned());
                    sources.emails.push(column);
                }
            }
            Target::Address => draft.address = cell.to_owned(),
            Target::Birthday => {
                sources.birthday = Some(column);
                draft.birthday = birthday_text(cell, mapping.dates, today);
                // A year before 1700 is a Solar Hijri one (1369 is 1990): Iranian
                // files write birthdays in the calendar the owner lives by.
                let year: Option<i32> = draft.birthday.get(..4).and_then(|y| y.parse().ok());
                if year.is_some_and(|y| y < 1700) {
                    draft.calendar = Calendar::Persian;
                }
            }
            Target::Language => {
                sources.language = Some(column);
                draft.language = cell.to_owned();
            }
            Target::Tags => tags.extend(items(cell, false)),
            Target::About => {
                sources.about = Some(column);
                draft.about = cell.to_owned();
            }
            Target::Custom(key) => {
                sources.custom.push((key.clone(), column));
                draft.custom.insert(key.clone(), cell.to_owned());
            }
        }
    }
    draft.tags = tags.join(", ");
    (draft, sources, karibu_id)
}
