//! Customers as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
//! read accents and Arabic script right): one row per customer, multi-valued fields
//! joined by " | ", custom fields as columns under their labels.

use crate::domain::custom_field::{CustomFieldDef, CustomValue};
use crate::domain::Customer;

const BOM: &str = "\u{feff}";
const JOIN: &str = " | ";

/// The fixed columns, as a header row names them (stable, English, machine-readable:
/// an import reads them back whatever the owner's language).
pub const COLUMNS: [&str; 12] = [
    "id",
    "given_name",
    "family_name",
    "display_name",
    "phones",
    "emails",
    "address",
    "birthday",
    "language",
    "tags",
    "about",
    "created",
];

/// A spreadsheet reads a cell starting with these as a formula: a name like
/// "=HYPERLINK(...)" typed at the counter must stay text (OWASP "CSV injection").
/// A phone number ("+254 712 345 678 | +254 733 000 111") or a plain negative number
/// is left as it is: it cannot run anything.
pub(crate) fn defused(cell: String) -> String {
    let plain_number = |rest: &str| {
        rest.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '|' | '+' | '-' | '(' | ')'))
    };
    match cell.chars().next() {
        Some('+' | '-') if plain_number(&cell[1..]) => cell,
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell,
    }
}

fn custom_text(value: &CustomValue) -> String {
    match value {
        CustomValue::YesNo(true) => "yes".into(),
        CustomValue::YesNo(false) => "no".into(),
        other => other.to_form_text(),
    }
}

pub(crate) fn created_date(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// Customers written one at a time, so a long export can pause between them.
pub struct CustomersCsv<'f> {
    out: csv::Writer<Vec<u8>>,
    fields: &'f [CustomFieldDef],
}

impl<'f> CustomersCsv<'f> {
    pub fn new(fields: &'f [CustomFieldDef]) -> Self {
        let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
        let header = COLUMNS
            .iter()
            .map(|c| (*c).to_owned())
            .chain(fields.iter().map(|f| f.label.clone()));
        // Writing into a Vec cannot fail.
        out.write_record(header.map(defused)).ok();
        CustomersCsv { out, fields }
    }

    pub fn push(&mut self, c: &Customer) {
        let birthday = c.birthday.map(|b| match b.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", b.month, b.day),
            None => format!("--{:02}-{:02}", b.month, b.day),
        });
        let row = [
            c.id.to_string(),
            c.name.given.clone(),
            c.name.family.clone(),
            c.name.display.clone(),
            c.phones.join(JOIN),
            c.emails.join(JOIN),
            c.address.clone(),
            birthday.unwrap_or_default(),
            c.language.clone(),
            c.tags.join(JOIN),
            c.about.clone(),
            created_date(c.created_ms),
        ]
        .into_iter()
        .chain(
            self.fields
                .iter()
                .map(|f| c.custom.get(&f.key).map(custom_text).unwrap_or_default()),
        );
        self.out.write_record(row.map(defused)).ok();
    }

    pub fn finish(self) -> String {
        let bytes = self.out.into_inner().unwrap_or_default();
        // Only strings went in, so the bytes are UTF-8; lossy never copies then.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

pub fn customers_csv<'a>(
    customers: impl IntoIterator<Item = &'a Customer>,
    fields: &[CustomFieldDef],
) -> String {
    let mut csv = CustomersCsv::new(fields);
    customers.into_iter().for_each(|c| csv.push(c));
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom_field::CustomFieldKind;
    use crate::domain::{Birthday, PersonName};

    fn amina() -> Customer {
        let mut c = crate::store::contract::customer("c1", "Amina");
        c.name = PersonName {
            given: "Amina".into(),
            family: "Wanjiru, \"Mama\"".into(),
            display: String::new(),
        };
        c.phones = vec!["+254712345678".into(), "+254733000111".into()];
        c.emails = vec!["amina@example.org".into()];
        c.birthday = Some(Birthday {
            month: 3,
            day: 9,
            year: None,
        });
        c.about = "oat milk\nno sugar".into();
        c.tags = vec!["regular".into(), "=SUM(A1)".into()];
        c.custom.insert("vip".into(), CustomValue::YesNo(true));
        c
    }

    #[test]
    fn rows_quote_what_needs_quoting_and_read_back_field_for_field() {
        let fields = [CustomFieldDef {
            key: "vip".into(),
            label: "VIP".into(),
            kind: CustomFieldKind::YesNo,
        }];
        let text = customers_csv([&amina()], &fields);
        assert!(text.starts_with(BOM));
        let mut reader = csv::Reader::from_reader(text.trim_start_matches(BOM).as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header.len(), COLUMNS.len() + 1);
        assert_eq!(header.last().unwrap(), "VIP");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(&row[2], "Wanjiru, \"Mama\"");
        assert_eq!(&row[4], "+254712345678 | +254733000111");
        assert_eq!(&row[7], "--03-09");
        assert_eq!(&row[10], "oat milk\nno sugar");
        // A tag that looks like a formula stays text in a spreadsheet.
        assert_eq!(&row[9], "regular | =SUM(A1)");
        assert_eq!(&row[12], "yes");
    }

    #[test]
    fn a_cell_that_would_run_as_a_formula_is_defused() {
        let mut c = amina();
        c.name.given = "=HYPERLINK(\"http://x\")".into();
        c.name.display = "@cmd".into();
        c.address = "-2+3+cmd|' /C calc'!A0".into();
        let text = customers_csv([&c], &[]);
        let mut reader = csv::Reader::from_reader(text.trim_start_matches(BOM).as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[1], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&row[3], "'@cmd");
        assert_eq!(&row[6], "'-2+3+cmd|' /C calc'!A0");
    }
}
