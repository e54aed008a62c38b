//! Whatever file is chosen, importing never panics: reading (any bytes, any encoding or
//! separator chosen), guessing the columns, any mapping the owner could pick, checking
//! every row, and matching rows against each other either gives rows and problems or
//! names what is wrong with the file.
//!
//! Fed (a) arbitrary bytes and (b) text built from the characters that make CSV hard
//! (quotes, separators, line breaks of every kind, digits of three scripts, `@`, `+`,
//! a byte-order mark), with arbitrary mappings. The default case count keeps CI quick;
//! for a long fuzzing run: `PROPTEST_CASES=200000 cargo test --release --test
//! imports_never_panic`.
#![cfg(not(target_arch = "wasm32"))]

use karibu::domain::draft::Rules;
use karibu::domain::{CustomFieldDef, CustomFieldKind};
use karibu::exchange::import::decode::TextEncoding;
use karibu::exchange::import::duplicates::Matcher;
use karibu::exchange::import::file::ImportFile;
use karibu::exchange::import::mapping::{guess, DateOrder, Mapping, Target};
use karibu::exchange::import::purchases::{
    check_sale_mapping, guess_sale_mapping, CustomerKeys, PlannedSales, SaleColumn, SaleReading,
};
use karibu::exchange::import::rows::{check_mapping, plan};
use proptest::prelude::*;

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(default),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn fields() -> Vec<CustomFieldDef> {
    [
        ("n", CustomFieldKind::Number),
        ("d", CustomFieldKind::Date),
        ("y", CustomFieldKind::YesNo),
        (
            "c",
            CustomFieldKind::Choice(vec!["Small".into(), "Large".into()]),
        ),
    ]
    .into_iter()
    .map(|(key, kind)| CustomFieldDef {
        key: key.into(),
        label: key.to_uppercase(),
        kind,
    })
    .collect()
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        Just(Target::Skip),
        Just(Target::KaribuId),
        Just(Target::FullName),
        Just(Target::GivenName),
        Just(Target::FamilyName),
        Just(Target::DisplayName),
        Just(Target::Phone),
        Just(Target::Email),
        Just(Target::Address),
        Just(Target::Birthday),
        Just(Target::Language),
        Just(Target::Tags),
        Just(Target::About),
        prop::sample::select(vec!["n", "d", "y", "c", "gone"])
            .prop_map(|k| Target::Custom(k.into())),
        Just(Target::NewField),
    ]
}

fn csv_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "\"\"",
        ",",
        ";",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u{feff}",
        "Amina",
        "Wanjiru",
        " ",
        "0712 345 678",
        "+254",
        "۰۹۱۲",
        "٣٤٥",
        "@",
        "a@b.co",
        "1990-12-25",
        "25/12/1990",
        "31.02.80",
        "--03-09",
        "|",
        "'=",
        "yes",
        "Large",
        "12,5",
        "é",
        "ქ",
        "ن",
        "\u{200c}",
        "\0",
        "x",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|p| p.concat())
}

/// Text shaped like a phone's contacts export: card boundaries, properties with
/// parameters, folds, escapes and quoted-printable, in any order.
fn vcard_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "BEGIN:VCARD\r\n",
        "END:VCARD\r\n",
        "VERSION:2.1\r\n",
        "VERSION:4.0\r\n",
        "FN:",
        "N:",
        "TEL;CELL:",
        "TEL;TYPE=work,voice:",
        "TEL;VALUE=uri:tel:",
        "item1.EMAIL;type=INTERNET:",
        "ADR;TYPE=home:",
        "BDAY:",
        "--0309",
        "19900309",
        "CATEGORIES:",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:",
        "=E9=\r\n",
        "=",
        "X-KARIBU-ID:",
        ";",
        ",",
        "\\",
        "\\n",
        "\"",
        ":",
        "\r\n ",
        "\r\n",
        "\n",
        "Amina",
        "0712 345 678",
        "a@b.co",
        "ქ",
        "ن",
        "\0",
    ]);
    prop::collection::vec(pieces, 0..160).prop_map(|p| p.concat())
}

/// Text shaped like a till's export: dates and times in many ways, amounts with either
/// decimal mark, signs, offsets, customers as emails, phones and ids.
fn sales_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Date,Customer,Amount,Time,Category,Note\n",
        ",",
        ";",
        "\n",
        "\r\n",
        "\"",
        " ",
        "T",
        "2026-11-02",
        "02/11/2026",
        "11/02/26",
        "۱۴۰۵/۰۸/۲۰",
        "1405-13-40",
        "9999-99-99",
        "14:30",
        "2:30 PM",
        "12:00 am",
        "25:61",
        "14:30:15.250",
        "Z",
        "+03:00",
        "-99:99",
        "+",
        "1.250,50",
        "1,250.50",
        "12,5",
        "-3",
        "0",
        "99999999999999999999",
        "٣٤٥",
        "amina@example.org",
        "0712 000 001",
        "+254712000003",
        "c1",
        "'=",
        "Coffee",
        "\0",
        "ქ",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|p| p.concat())
}

fn sale_column() -> impl Strategy<Value = SaleColumn> {
    prop::sample::select(SaleColumn::ALL.to_vec())
}

/// Everything a purchases import does before writing, with `columns` (or the guess).
fn read_sales(
    text: &str,
    columns: Option<Vec<SaleColumn>>,
    comma: bool,
    match_by: Option<&str>,
    offset: i32,
) {
    let Ok(file) = ImportFile::read("sales.csv", text.as_bytes(), None, None) else {
        return;
    };
    let mut mapping = guess_sale_mapping(&file.table, DateOrder::DayMonthYear);
    if let Some(columns) = columns {
        mapping.columns = columns;
        mapping.decimal_comma = comma;
    }
    mapping.match_by = match_by.map(str::to_owned);
    let _ = check_sale_mapping(&mapping);
    let mut keys = CustomerKeys::new(mapping.match_by.clone(), Some("KE".into()));
    let mut a = karibu::store::contract::customer("c1", "Amina");
    a.emails = vec!["amina@example.org".into()];
    a.phones = vec!["+254712000003".into()];
    keys.add(&a);
    let mut b = karibu::store::contract::customer("c2", "Baraka");
    b.phones = vec!["+254712000003".into()];
    keys.add(&b);
    let currency = karibu::domain::money::Currency {
        code: "KES".into(),
        exponent: 2,
    };
    let zone = karibu::domain::time::FixedOffset(offset);
    let reading = SaleReading {
        mapping: &mapping,
        keys: &keys,
        currency: &currency,
        zone: &zone,
        now: 1_800_000_000_000,
    };
    let mut planned = PlannedSales::default();
    reading.plan(&file.table, 0..file.table.rows.len() + 3, &mut planned);
}

fn encoding() -> impl Strategy<Value = Option<TextEncoding>> {
    prop::option::of(prop::sample::select(TextEncoding::ALL.to_vec()))
}

fn separator() -> impl Strategy<Value = Option<u8>> {
    prop::option::of(prop::sample::select(vec![b',', b';', b'\t']))
}

fn order() -> impl Strategy<Value = DateOrder> {
    prop::sample::select(vec![
        DateOrder::DayMonthYear,
        DateOrder::MonthDayYear,
        DateOrder::YearMonthDay,
    ])
}

/// Everything the import does before writing, with `columns` (or the guess).
fn read_all(
    bytes: &[u8],
    encoding: Option<TextEncoding>,
    separator: Option<u8>,
    columns: Option<Vec<Target>>,
    dates: DateOrder,
    country: Option<&str>,
) {
    let Ok(file) = ImportFile::read("fuzz.csv", bytes, encoding, separator) else {
        return;
    };
    let fields = fields();
    let mapping = Mapping {
        columns: columns.unwrap_or_else(|| guess(&file.table.header, &fields)),
        dates,
    };
    let _ = check_mapping(&mapping);
    let rules = Rules {
        country,
        custom_fields: &fields,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25),
    };
    let planned = plan(&file.table, &mapping, &rules, 1_800_000_000_000);
    let mut matcher = Matcher::default();
    for (i, row) in planned.rows.iter().enumerate() {
        let mut c = row.customer.clone();
        c.id = format!("row{i}").as_str().into();
        let _ = matcher.find(&c, row.karibu_id.as_ref());
        matcher.add(&c);
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_read_or_are_refused(
        bytes in prop::collection::vec(any::<u8>(), 0..2_000),
        encoding in encoding(),
        separator in separator(),
        dates in order(),
    ) {
        read_all(&bytes, encoding, separator, None, dates, Some("KE"));
    }

    #[test]
    fn csv_shaped_text_with_any_mapping_never_panics(
        text in csv_text(),
        columns in prop::collection::vec(target(), 0..8),
        guessed in any::<bool>(),
        encoding in encoding(),
        separator in separator(),
        dates in order(),
        country in prop::option::of(prop::sample::select(vec!["KE", "US", "PK", "XX"])),
    ) {
        let columns = (!guessed).then_some(columns);
        read_all(text.as_bytes(), encoding, separator, columns, dates, country);
    }

    #[test]
    fn vcard_shaped_text_with_any_mapping_never_panics(
        text in vcard_text(),
        columns in prop::collection::vec(target(), 0..8),
        guessed in any::<bool>(),
        dates in order(),
    ) {
        let columns = (!guessed).then_some(columns);
        read_all(text.as_bytes(), None, None, columns, dates, Some("KE"));
    }

    #[test]
    fn purchases_shaped_text_with_any_mapping_never_panics(
        text in sales_text(),
        columns in prop::collection::vec(sale_column(), 0..8),
        guessed in any::<bool>(),
        comma in any::<bool>(),
        match_by in prop::option::of(prop::sample::select(vec!["n", "gone"])),
        offset in -840i32..=840,
    ) {
        let columns = (!guessed).then_some(columns);
        read_sales(&text, columns, comma, match_by, offset);
    }
}
