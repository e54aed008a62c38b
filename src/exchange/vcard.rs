//! Customers as vCards: a phone's contacts export (2.1, 3.0 or 4.0, every card in the
//! file) read into the import's table, one row per card, so the import's mapping,
//! checks, duplicates, batches and resume serve vCards as they serve CSV; and the
//! chosen customers written as vCard 4.0. Parsing, unfolding, escaping and
//! quoted-printable are the `vcard-rs` crate's.

use crate::domain::Customer;
use crate::exchange::import::table::{Table, TableProblem, TableRow, MAX_ROWS};
use std::borrow::Cow;
use std::collections::BTreeMap;
use vcard::prop::VcardProp;
use vcard::tree::cst::VcardCst;
use vcard::tree::value::cursor::VcardValueCursor;
use vcard::value::VcardValue;
use vcard::vcard::Vcard;
use vcard::version::VcardVersion;

/// Whether `text` is a vCard file rather than CSV.
pub fn is_vcard(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    start
        .get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCARD"))
}

/// The column a vCard line fills, in the order columns are shown.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Column {
    KaribuId,
    /// FN, kept only where it says more than N: a name used alone ("Mama Njeri"),
    /// or one the person goes by.
    FullName,
    FamilyName,
    GivenName,
    /// Kind ("Phone", "Email", "Address") and the card's label for it ("cell", "work").
    Labelled(u8, String),
    Birthday,
    Organisation,
    Tags,
    About,
}

impl Column {
    /// Headers in words the mapping step recognises; a label stays in brackets, which
    /// the guess reads past ("Phone (work)" goes to Phone).
    fn header(&self) -> String {
        let plain = match self {
            Column::KaribuId => "Karibu id",
            Column::FullName => "Display name",
            Column::FamilyName => "Family name",
            Column::GivenName => "Given name",
            Column::Labelled(0, _) => "Phone",
            Column::Labelled(1, _) => "Email",
            Column::Labelled(_, _) => "Address",
            Column::Birthday => "Birthday",
            Column::Organisation => "Organisation",
            Column::Tags => "Tags",
            Column::About => "Notes",
        };
        match self {
            Column::Labelled(_, label) if !label.is_empty() => format!("{plain} ({label})"),
            _ => plain.to_owned(),
        }
    }
}

/// Parameters that say how a value is written or preferred, not what it is.
const NOT_LABELS: [&str; 8] = [
    "pref",
    "internet",
    "voice",
    "x400",
    "encoding",
    "charset",
    "value",
    "quoted-printable",
];

fn label_of(line: &vcard::tree::line::VcardLine<'_>) -> String {
    let mut labels: Vec<String> = Vec::new();
    for p in &line.params {
        let name = p.name.get();
        if name.eq_ignore_ascii_case("TYPE") {
            // "TYPE=cell,voice", or TYPE given several times (iPhone exports).
            labels.extend(p.values.iter().flat_map(|v| {
                v.get()
                    .split(',')
                    .map(|t| t.trim().trim_matches('"').to_lowercase())
                    .collect::<Vec<_>>()
            }));
        } else if p.values.is_empty() {
            // vCard 2.1 writes labels bare: "TEL;CELL:...".
            labels.push(name.to_lowercase());
        }
    }
    labels.retain(|l| !l.is_empty() && !NOT_LABELS.contains(&l.as_str()));
    labels.sort();
    labels.dedup();
    labels.join(", ")
}

/// "19900309", "1990-03-09", "--0309", "--03-09" as the import reads dates.
fn birthday(value: &str) -> String {
    let digits: String = value
        .split('T')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    match (value.starts_with("--"), digits.len()) {
        (true, 4) => format!("--{}-{}", &digits[..2], &digits[2..]),
        (false, 8) => format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]),
        _ => value.to_owned(),
    }
}

fn join(parts: impl IntoIterator<Item = impl AsRef<str>>, with: &str) -> String {
    parts
        .into_iter()
        .map(|p| p.as_ref().trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(with)
}

/// One card's cells by column; an unreadable card gives none (its row is then
/// reported for having no name, at the line it starts on).
fn card_cells(text: &str) -> BTreeMap<Column, Vec<String>> {
    let mut cells: BTreeMap<Column, Vec<String>> = BTreeMap::new();
    // A card cut off before its END (the next one begins) is read for what it has.
    let ended = text
        .lines()
        .any(|l| l.trim().eq_ignore_ascii_case("END:VCARD"));
    let text = if ended {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("{text}END:VCARD\r\n"))
    };
    let Ok(mut card) = VcardCst::parse(text.as_ref()) else {
        return cells;
    };
    let mut formatted = None;
    for line in card.props.iter_mut() {
        let name = line.bare_name().to_ascii_uppercase();
        let label = label_of(line);
        let value = &line.value;
        let (column, text) = match name.as_str() {
            "N" => {
                let family = join(value.decode_component_list(0), " ");
                let given = join(value.decode_component_list(1), " ");
                cells.entry(Column::GivenName).or_default().push(given);
                (Column::FamilyName, family)
            }
            "ADR" => {
                let parts = (0..value.component_count())
                    .map(|i| join(value.decode_component_list(i), ", "));
                (Column::Labelled(2, label), join(parts, ", "))
            }
            "ORG" => (
                Column::Organisation,
                join(value.decode_component_list(0), ", "),
            ),
            "CATEGORIES" => (Column::Tags, join(value.decode_list(), " | ")),
            // Whole text values, with a 2.1 card's quoted-printable and charset resolved.
            "FN" | "TEL" | "EMAIL" | "BDAY" | "NOTE" | "X-KARIBU-ID" => {
                let whole = VcardValueCursor { line }.charset();
                match name.as_str() {
                    "FN" => {
                        formatted = Some(whole);
                        continue;
                    }
                    "TEL" => (Column::Labelled(0, label), whole),
                    "EMAIL" => (Column::Labelled(1, label), whole),
                    "BDAY" => (Column::Birthday, birthday(whole.trim())),
                    "NOTE" => (Column::About, whole),
                    _ => (Column::KaribuId, whole),
                }
            }
            _ => continue,
        };
        // A phone number written as a URI: "tel:+254712345678".
        let text = text
            .strip_prefix("tel:")
            .map_or(text.clone(), str::to_owned);
        cells.entry(column).or_default().push(text);
    }
    let part = |c: &Column| cells.get(c).map(|v| join(v, " ")).unwrap_or_default();
    let from_parts = join([part(&Column::GivenName), part(&Column::FamilyName)], " ");
    if let Some(formatted) = formatted.filter(|f| !f.trim().is_empty() && f.trim() != from_parts) {
        cells.insert(Column::FullName, vec![formatted]);
    }
    cells
}

/// Every card in `text` as a row (at the line its BEGIN stands on), with a column for
/// each kind of value and label the cards hold.
pub fn read_vcards(text: &str) -> Result<Table, TableProblem> {
    let mut cards: Vec<(usize, String)> = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let starts = line
            .trim_start_matches('\u{feff}')
            .get(..11)
            .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCARD"));
        if starts {
            if cards.len() >= MAX_ROWS {
                return Err(TableProblem::TooManyRows { max: MAX_ROWS });
            }
            cards.push((n + 1, String::new()));
        }
        if let Some((_, card)) = cards.last_mut() {
            card.push_str(line.trim_start_matches('\u{feff}'));
            card.push('\n');
        }
    }
    if cards.is_empty() {
        return Err(TableProblem::Empty);
    }
    let read: Vec<(usize, BTreeMap<Column, Vec<String>>)> = cards
        .iter()
        .map(|(line, card)| (*line, card_cells(card)))
        .collect();
    let mut columns: Vec<Column> = read.iter().flat_map(|(_, c)| c.keys().cloned()).collect();
    columns.sort();
    columns.dedup();
    let rows = read
        .into_iter()
        .map(|(line, mut cells)| TableRow {
            line: line as u64,
            cells: columns
                .iter()
                .map(|c| join(cells.remove(c).unwrap_or_default(), " | "))
                .collect(),
        })
        .collect();
    Ok(Table {
        delimiter: 0,
        header: columns.iter().map(Column::header).collect(),
        rows,
    })
}

fn text_prop(name: &str, value: &str) -> VcardProp<'static> {
    VcardProp {
        group: None,
        name: Cow::<str>::Owned(name.to_owned()).into(),
        params: vec![],
        value: VcardValue::Text(value.to_owned().into()),
    }
}

/// Customers as vCard 4.0: name, phones, emails, address, birthday, tags, notes and
/// the Karibu id (so importing the file again finds them). Custom fields travel in the
/// CSV export, which carries everything.
pub fn customers_vcard<'c>(customers: impl IntoIterator<Item = &'c Customer>) -> String {
    let mut out = String::new();
    for c in customers {
        let mut props = vec![
            text_prop("FN", &c.display_name()),
            VcardProp {
                group: None,
                name: "N".into(),
                params: vec![],
                value: VcardValue::N(vcard::value::n::VcardN {
                    family: vec![Cow::Owned(c.name.family.clone())],
                    given: vec![Cow::Owned(c.name.given.clone())],
                    additional: vec![],
                    prefixes: vec![],
                    suffixes: vec![],
                }),
            },
        ];
        props.extend(c.phones.iter().map(|p| text_prop("TEL", p)));
        props.extend(c.emails.iter().map(|e| text_prop("EMAIL", e)));
        if !c.address.is_empty() {
            // Karibu keeps an address as the owner typed it: the street component.
            let street = c
                .address
                .lines()
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ");
            props.push(VcardProp {
                group: None,
                name: "ADR".into(),
                params: vec![],
                value: VcardValue::Adr(vcard::value::adr::VcardAdr {
                    street: vec![Cow::Owned(street)],
                    ..Default::default()
                }),
            });
        }
        if let Some(b) = c.birthday {
            let day = match b.year {
                Some(y) => format!("{y:04}{:02}{:02}", b.month, b.day),
                None => format!("--{:02}{:02}", b.month, b.day),
            };
            props.push(text_prop("BDAY", &day));
        }
        if !c.tags.is_empty() {
            let tags = c.tags.iter().map(|t| Cow::Owned(t.clone())).collect();
            props.push(VcardProp {
                group: None,
                name: "CATEGORIES".into(),
                params: vec![],
                value: VcardValue::TextList(vcard::value::text::VcardTextList(tags)),
            });
        }
        if !c.about.is_empty() {
            props.push(text_prop("NOTE", &c.about));
        }
        props.push(text_prop("X-KARIBU-ID", c.id.as_str()));
        let card = Vcard {
            version: VcardVersion::V4_0,
            properties: props,
        };
        out.push_str(&card.to_string());
    }
    out
}
