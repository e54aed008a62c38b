//! Purchases from a file (a till's export, a spreadsheet of past sales): each row's
//! customer found in the book by Karibu id, email or phone, or by a field the owner
//! keeps an outside id in (a till's customer number); its date and amount read as the
//! shop writes them. Every problem names the file line and the column. Nothing here
//! stores anything: `book::import_purchases` writes what the owner accepts.

use super::duplicates::email_key;
use super::mapping::{detect_date_order, header_key, DateOrder};
use super::rows::{birthday_text, MAX_CELL};
use super::table::{Table, TableRow};
use crate::domain::calendar::Calendar;
use crate::domain::digits::ascii_digits;
use crate::domain::draft::parse_tags;
use crate::domain::money::{Currency, MoneyProblem};
use crate::domain::time::{local_date_of, local_start_of_day, Millis, ShopZone};
use crate::domain::{Customer, CustomerId, Purchase, PurchaseId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SaleColumn {
    Skip,
    /// Who bought: a Karibu id, an email or a phone (or the chosen field's value).
    Customer,
    /// The day, with or without the time after it.
    Date,
    /// The time of day, when the file keeps it apart from the date.
    Time,
    Amount,
    Categories,
    Note,
}

impl SaleColumn {
    pub const ALL: [SaleColumn; 7] = [
        SaleColumn::Skip,
        SaleColumn::Customer,
        SaleColumn::Date,
        SaleColumn::Time,
        SaleColumn::Amount,
        SaleColumn::Categories,
        SaleColumn::Note,
    ];
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SaleMapping {
    pub columns: Vec<SaleColumn>,
    pub dates: DateOrder,
    /// Amounts are written "12,50" (a comma before the decimals).
    pub decimal_comma: bool,
    /// The custom field that holds the id the file names customers by; `None`: Karibu
    /// id, email or phone.
    pub match_by: Option<String>,
}

/// Header words per column, as for customers (`mapping`): English and other tools'
/// names, then Swahili, Filipino, Georgian, Urdu and Persian.
const HEADER_WORDS: &[(SaleColumn, &[&str])] = &[
    (
        SaleColumn::Customer,
        &[
            "customer",
            "customer id",
            "customer email",
            "customer phone",
            "client",
            "member",
            "member id",
            "email",
            "phone",
            "mobile",
            "id",
            "karibu id",
            "mteja",
            "barua pepe",
            "simu",
            "customer ng",
            "kustomer",
            "telepono",
            "კლიენტი",
            "ელფოსტა",
            "ტელეფონი",
            "گاہک",
            "ای میل",
            "فون",
            "مشتری",
            "ایمیل",
            "تلفن",
        ],
    ),
    (
        SaleColumn::Date,
        &[
            "date",
            "purchase date",
            "sale date",
            "order date",
            "transaction date",
            "datetime",
            "date time",
            "tarehe",
            "petsa",
            "თარიღი",
            "تاریخ",
            "تاریخ خرید",
        ],
    ),
    (
        SaleColumn::Time,
        &["time", "saa", "oras", "დრო", "وقت", "ساعت", "زمان"],
    ),
    (
        SaleColumn::Amount,
        &[
            "amount",
            "total",
            "sum",
            "price",
            "value",
            "paid",
            "net",
            "gross",
            "kiasi",
            "jumla",
            "bei",
            "halaga",
            "kabuuan",
            "თანხა",
            "ჯამი",
            "رقم",
            "کل",
            "مبلغ",
            "جمع",
        ],
    ),
    (
        SaleColumn::Categories,
        &[
            "category",
            "categories",
            "department",
            "product",
            "item",
            "aina",
            "bidhaa",
            "kategorya",
            "produkto",
            "კატეგორია",
            "პროდუქტი",
            "زمرہ",
            "دسته",
            "دسته بندی",
            "محصول",
        ],
    ),
    (
        SaleColumn::Note,
        &[
            "note",
            "notes",
            "comment",
            "description",
            "memo",
            "maelezo",
            "tala",
            "paglalarawan",
            "შენიშვნა",
            "نوٹ",
            "تفصیل",
            "یادداشت",
            "توضیحات",
        ],
    ),
];

/// Each column guessed from its header; a kind already taken leaves later columns out.
pub fn guess_sale_columns(header: &[String]) -> Vec<SaleColumn> {
    let mut columns = Vec::with_capacity(header.len());
    for h in header {
        let key = header_key(h);
        let guessed = HEADER_WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| header_key(w) == key))
            .map_or(SaleColumn::Skip, |(c, _)| *c);
        columns.push(if columns.contains(&guessed) {
            SaleColumn::Skip
        } else {
            guessed
        });
    }
    columns
}

/// The mapping guessed for `table`: columns from the headers, date order and decimal
/// comma from the values.
pub fn guess_sale_mapping(table: &Table, usual: DateOrder) -> SaleMapping {
    let columns = guess_sale_columns(&table.header);
    let cells = |kind: SaleColumn| {
        let column = columns.iter().position(|c| *c == kind);
        table
            .rows
            .iter()
            .take(1_000)
            .filter_map(move |r| column.map(|c| r.cell(c)))
    };
    SaleMapping {
        dates: detect_date_order(cells(SaleColumn::Date).map(date_part), usual),
        decimal_comma: detect_decimal_comma(cells(SaleColumn::Amount)),
        columns: columns.clone(),
        match_by: None,
    }
}

/// Whether amounts put a comma before their decimals ("1.250,50", "12,5"): the last
/// separator of a number tells, unless three digits follow it (then it may group
/// thousands either way). The majority of the telling ones wins.
pub fn detect_decimal_comma<'a>(samples: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut comma, mut point) = (0, 0);
    for sample in samples {
        let ascii = ascii_digits(sample);
        let Some(at) = ascii.rfind([',', '.']) else {
            continue;
        };
        let after = ascii[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if after == 3 || after == 0 {
            continue;
        }
        if ascii[at..].starts_with(',') {
            comma += 1;
        } else {
            point += 1;
        }
    }
    comma > point
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaleMappingProblem {
    NoAmount,
    NoDate,
    /// Two columns of one kind: the index of the second.
    Twice {
        column: usize,
    },
}

pub fn check_sale_mapping(mapping: &SaleMapping) -> Result<(), SaleMappingProblem> {
    for (i, c) in mapping.columns.iter().enumerate() {
        if *c != SaleColumn::Skip && mapping.columns[..i].contains(c) {
            return Err(SaleMappingProblem::Twice { column: i });
        }
    }
    if !mapping.columns.contains(&SaleColumn::Amount) {
        return Err(SaleMappingProblem::NoAmount);
    }
    if !mapping.columns.contains(&SaleColumn::Date) {
        return Err(SaleMappingProblem::NoDate);
    }
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaleIssue {
    Amount(MoneyProblem),
    ZeroAmount,
    /// Not a date (or time) in the order chosen.
    Date,
    InFuture,
    /// No customer in the book has this id, email or phone.
    NoSuchCustomer,
    /// Several customers share it: the row cannot say which one bought.
    SeveralCustomers,
    CellTooLong {
        max: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaleProblem {
    pub line: u64,
    /// The column's header as the file has it.
    pub column: String,
    pub issue: SaleIssue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SaleRow {
    pub line: u64,
    /// The row's place among the file's rows: the import's ids are built on it.
    pub index: u32,
    /// Checked; its id is a placeholder until the import gives it one. `customer` is
    /// `None` for a row that names no one (a walk-in sale).
    pub purchase: Purchase,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlannedSales {
    pub rows: Vec<SaleRow>,
    pub problems: Vec<SaleProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    One(CustomerId),
    Several,
}

/// The book's customers by what a file may name them by.
#[derive(Default)]
pub struct CustomerKeys {
    keys: HashMap<String, Found>,
    match_by: Option<String>,
    country: Option<String>,
}

impl CustomerKeys {
    /// Keys for Karibu ids, emails and phones, or only `match_by`'s values when a field
    /// is chosen; `country` reads phones written without +.
    pub fn new(match_by: Option<String>, country: Option<String>) -> Self {
        Self {
            match_by,
            country,
            ..Self::default()
        }
    }

    pub fn add(&mut self, c: &Customer) {
        let mut keys: Vec<String> = Vec::new();
        match &self.match_by {
            Some(field) => {
                if let Some(value) = c.custom.get(field) {
                    keys.push(field_key(&value.to_form_text()));
                }
            }
            None => {
                keys.push(format!("id:{}", c.id));
                keys.extend(c.emails.iter().map(|e| format!("email:{}", email_key(e))));
                keys.extend(c.phones.iter().map(|p| format!("phone:{p}")));
            }
        }
        keys.sort();
        keys.dedup();
        for key in keys.into_iter().filter(|k| !k.ends_with(':')) {
            self.keys
                .entry(key)
                .and_modify(|f| {
                    if *f != Found::One(c.id.clone()) {
                        *f = Found::Several;
                    }
                })
                .or_insert_with(|| Found::One(c.id.clone()));
        }
    }

    /// Who `cell` names: `Ok(None)` for an empty cell (a walk-in).
    pub fn find(&self, cell: &str) -> Result<Option<CustomerId>, SaleIssue> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        let candidates: Vec<String> = match self.match_by {
            Some(_) => vec![field_key(cell)],
            None => {
                let mut keys = vec![format!("id:{cell}")];
                if cell.contains('@') {
                    keys.push(format!("email:{}", email_key(cell)));
                } else if let Ok(phone) =
                    crate::domain::phone::normalise(cell, self.country.as_deref())
                {
                    keys.push(format!("phone:{phone}"));
                }
                keys
            }
        };
        match candidates.iter().find_map(|k| self.keys.get(k)) {
            Some(Found::One(id)) => Ok(Some(id.clone())),
            Some(Found::Several) => Err(SaleIssue::SeveralCustomers),
            None => Err(SaleIssue::NoSuchCustomer),
        }
    }
}

fn field_key(value: &str) -> String {
    format!("field:{}", crate::search::fold(ascii_digits(value).trim()))
}

/// The date part of a cell that may have a time after it.
fn date_part(cell: &str) -> &str {
    cell.trim().split(['T', ' ']).next().unwrap_or("")
}

/// The day a cell names, in `order`; years before 1700 are Solar Hijri (Iranian files
/// write dates in the calendar the shop lives by).
pub fn sale_date(cell: &str, order: DateOrder, today: NaiveDate) -> Option<NaiveDate> {
    let text = birthday_text(date_part(cell), order, today);
    let mut parts = text.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || text.len() != 10 {
        return None;
    }
    let calendar = if year < 1700 {
        Calendar::Persian
    } else {
        Calendar::Gregorian
    };
    calendar.to_gregorian(year, month, day)
}

/// A time of day as milliseconds after midnight, and the UTC offset in minutes it was
/// written with, if any: "14:30", "2:30 PM", "14:30:05", "14:30:05Z", "14:30+03:00".
pub fn time_of_day(text: &str) -> Option<(i64, Option<i32>)> {
    let ascii = ascii_digits(text).trim().to_ascii_uppercase();
    let (clock, offset) = if let Some(rest) = ascii.strip_suffix('Z') {
        (rest.to_owned(), Some(0))
    } else if let Some(at) = ascii.rfind(['+', '-']).filter(|at| *at > 0) {
        let (h, m) = ascii[at + 1..]
            .split_once(':')
            .unwrap_or((&ascii[at + 1..], "0"));
        let minutes = h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?;
        let sign = if ascii[at..].starts_with('-') { -1 } else { 1 };
        (ascii[..at].to_owned(), Some(sign * minutes))
    } else {
        (ascii.clone(), None)
    };
    let (clock, half) = match (clock.strip_suffix("PM"), clock.strip_suffix("AM")) {
        (Some(c), _) => (c.trim().to_owned(), Some(12)),
        (_, Some(c)) => (c.trim().to_owned(), Some(0)),
        _ => (clock.trim().to_owned(), None),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let number = |s: &str| -> Option<i64> {
        let whole = s.split('.').next()?;
        (!whole.is_empty() && whole.len() <= 2)
            .then(|| whole.parse().ok())
            .flatten()
    };
    let mut hours = number(parts[0])?;
    let minutes = number(parts[1])?;
    let seconds = parts.get(2).map_or(Some(0), |s| number(s))?;
    if let Some(half) = half {
        if !(1..=12).contains(&hours) {
            return None;
        }
        hours = hours % 12 + half;
    }
    (hours < 24 && minutes < 60 && seconds < 60)
        .then_some((((hours * 60 + minutes) * 60 + seconds) * 1000, offset))
}

/// When a sale happened: the date cell (perhaps with its time) and the time cell read
/// in the shop's zone. A day with no time is put at midday (or now, for today).
pub fn sale_moment(
    date_cell: &str,
    time_cell: Option<&str>,
    order: DateOrder,
    zone: &dyn ShopZone,
    now: Millis,
) -> Option<Millis> {
    let today = local_date_of(now, zone);
    let date = sale_date(date_cell, order, today)?;
    let inline_time = date_cell
        .trim()
        .split_once(['T', ' '])
        .map(|(_, t)| t.trim())
        .filter(|t| !t.is_empty());
    let time = match time_cell
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .or(inline_time)
    {
        Some(t) => Some(time_of_day(t)?),
        None => None,
    };
    let midnight_utc = crate::domain::time::start_of_day_ms(date);
    Some(match time {
        Some((ms, Some(offset))) => midnight_utc + ms - i64::from(offset) * 60_000,
        Some((ms, None)) => local_start_of_day(date, zone) + ms,
        None => (local_start_of_day(date, zone) + 12 * 3_600_000)
            .min(now.max(local_start_of_day(date, zone))),
    })
}

/// `cell` as the currency reads it, "12,50" turned into "12.50" when the file writes
/// decimals after a comma.
fn amount_text(cell: &str, decimal_comma: bool) -> String {
    let cell = super::rows::undefused(cell);
    if decimal_comma {
        ascii_digits(cell)
            .chars()
            .filter(|c| *c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    } else {
        cell.to_owned()
    }
}

/// What reading a file's sales needs from the book.
pub struct SaleReading<'a> {
    pub mapping: &'a SaleMapping,
    pub keys: &'a CustomerKeys,
    pub currency: &'a Currency,
    pub zone: &'a dyn ShopZone,
    pub now: Millis,
}

impl SaleReading<'_> {
    /// Rows `range` of `table`, checked, added to `planned`: the good ones as
    /// purchases, the rest as problems (all of a row's).
    pub fn plan(&self, table: &Table, range: std::ops::Range<usize>, planned: &mut PlannedSales) {
        let end = range.end.min(table.rows.len());
        let start = range.start.min(end);
        for (offset, row) in table.rows[start..end].iter().enumerate() {
            match self.row(table, row) {
                Ok(mut purchase) => {
                    purchase.id = PurchaseId::from("");
                    planned.rows.push(SaleRow {
                        line: row.line,
                        index: (start + offset) as u32,
                        purchase,
                    });
                }
                Err(problems) => planned.problems.extend(problems),
            }
        }
    }

    fn row(&self, table: &Table, row: &TableRow) -> Result<Purchase, Vec<SaleProblem>> {
        let column_of = |kind: SaleColumn| self.mapping.columns.iter().position(|c| *c == kind);
        let cell = |kind: SaleColumn| column_of(kind).map(|c| row.cell(c));
        let at_column = |kind: SaleColumn, issue: SaleIssue| SaleProblem {
            line: row.line,
            column: column_of(kind)
                .and_then(|c| table.header.get(c).cloned())
                .unwrap_or_default(),
            issue,
        };
        let too_long: Vec<SaleProblem> = SaleColumn::ALL
            .into_iter()
            .filter(|k| *k != SaleColumn::Skip)
            .filter(|k| cell(*k).is_some_and(|c| c.chars().count() > MAX_CELL))
            .map(|k| at_column(k, SaleIssue::CellTooLong { max: MAX_CELL }))
            .collect();
        if !too_long.is_empty() {
            return Err(too_long);
        }
        let mut problems = Vec::new();
        let customer = match self.keys.find(cell(SaleColumn::Customer).unwrap_or("")) {
            Ok(c) => c,
            Err(issue) => {
                problems.push(at_column(SaleColumn::Customer, issue));
                None
            }
        };
        let at = sale_moment(
            cell(SaleColumn::Date).unwrap_or(""),
            cell(SaleColumn::Time),
            self.mapping.dates,
            self.zone,
            self.now,
        );
        let at = match at {
            None => Err(SaleIssue::Date),
            Some(at) if at > self.now.saturating_add(60_000) => Err(SaleIssue::InFuture),
            Some(at) => Ok(at),
        };
        let typed = amount_text(
            cell(SaleColumn::Amount).unwrap_or(""),
            self.mapping.decimal_comma,
        );
        let amount = match self.currency.parse(&typed) {
            Ok(a) if a.0 == 0 => Err(SaleIssue::ZeroAmount),
            Ok(a) => Ok(a),
            Err(p) => Err(SaleIssue::Amount(p)),
        };
        match (at, amount) {
            (Ok(at_ms), Ok(amount)) if problems.is_empty() => Ok(Purchase {
                id: PurchaseId::from(""),
                customer,
                at_ms,
                amount,
                categories: parse_tags(cell(SaleColumn::Categories).unwrap_or("")),
                note: super::rows::undefused(cell(SaleColumn::Note).unwrap_or(""))
                    .trim()
                    .to_owned(),
                void: None,
            }),
            (at, amount) => {
                if let Err(issue) = at {
                    problems.push(at_column(SaleColumn::Date, issue));
                }
                if let Err(issue) = amount {
                    problems.push(at_column(SaleColumn::Amount, issue));
                }
                Err(problems)
            }
        }
    }
}
