//! The whole reading path over files shaped like the ones real tools write, and
//! damaged ones: each gives a report (rows, or a named problem), none panics.

use super::decode::{decode, TextEncoding};
use super::duplicates::{MatchReason, Matcher};
use super::mapping::{detect_date_order, guess, DateOrder, Mapping, Target};
use super::rows::{check_mapping, plan, split_full_name, MappingProblem, Planned, RowIssue};
use super::table::{read_table, TableProblem};
use crate::domain::draft::{Problem, Rules};
use crate::domain::phone::PhoneProblem;
use crate::domain::{Birthday, CustomFieldDef, CustomFieldKind, CustomValue};
use crate::exchange::customers_csv::customers_csv;
use chrono::NaiveDate;
use encoding_rs::WINDOWS_1252;

const NOW: i64 = 1_790_000_000_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Reads `bytes` the way the import page does with every choice left as guessed.
fn read(
    bytes: &[u8],
    country: Option<&str>,
    fields: &[CustomFieldDef],
) -> Result<Planned, TableProblem> {
    let text = decode(bytes, None).text;
    let table = read_table(&text, None)?;
    let columns = guess(&table.header, fields);
    let birthday_column = columns.iter().position(|t| *t == Target::Birthday);
    let samples = table
        .rows
        .iter()
        .filter_map(|r| birthday_column.map(|c| r.cell(c)));
    let mapping = Mapping {
        dates: detect_date_order(samples, DateOrder::DayMonthYear),
        columns,
    };
    let rules = Rules {
        country,
        custom_fields: fields,
        today: Some(today()),
    };
    Ok(plan(&table, &mapping, &rules, NOW))
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    text.encode_utf16()
        .for_each(|u| out.extend(u.to_le_bytes()));
    out
}

#[test]
fn a_us_spreadsheet_saved_as_csv_utf8() {
    let file = "\u{feff}First Name,Last Name,Mobile Phone,E-mail Address,Birthday\r\n\
                Mary,Smith,(555) 010-2000,mary@example.com,12/25/1980\r\n\
                John,Doe,555-010-3000,john@example,03/04/1975\r\n";
    let planned = read(file.as_bytes(), Some("US"), &[]).unwrap();
    assert_eq!(planned.rows.len(), 1);
    let mary = &planned.rows[0].customer;
    assert_eq!(mary.phones, ["+15550102000"]);
    assert_eq!(
        mary.birthday,
        Some(Birthday {
            month: 12,
            day: 25,
            year: Some(1980)
        })
    );
    // John's email has no dot in its domain: named by line and column.
    assert_eq!(planned.problems.len(), 1);
    let p = &planned.problems[0];
    assert_eq!((p.line, p.column.as_str()), (3, "E-mail Address"));
    assert_eq!(p.issue, RowIssue::Field(Problem::EmailShape));
}

#[test]
fn a_european_spreadsheet_semicolons_and_windows_1252() {
    let text = "Name;Phone;Email;Birthday\r\nJosé Müller;+49 30 1234567;jose@example.de;09.03.1985\r\nZoë Ölçer;;;31.12.1990\r\n";
    let bytes = WINDOWS_1252.encode(text).0.into_owned();
    assert_eq!(decode(&bytes, None).encoding, TextEncoding::Windows1252);
    let planned = read(&bytes, None, &[]).unwrap();
    assert!(planned.problems.is_empty(), "{:?}", planned.problems);
    let jose = &planned.rows[0].customer;
    assert_eq!(
        (jose.name.given.as_str(), jose.name.family.as_str()),
        ("José", "Müller")
    );
    assert_eq!(
        jose.birthday,
        Some(Birthday {
            month: 3,
            day: 9,
            year: Some(1985)
        })
    );
    assert_eq!(planned.rows[1].customer.name.given, "Zoë");
}

#[test]
fn unicode_text_from_a_spreadsheet_utf16_tabs_in_swahili() {
    let text = "Jina\tSimu\tLebo\nAmina Wanjiru\t0712 345 678\tkahawa; VIP\nJuma\t0712345\t\n";
    let planned = read(&utf16le_with_bom(text), Some("KE"), &[]).unwrap();
    let amina = &planned.rows[0].customer;
    assert_eq!(amina.name.family, "Wanjiru");
    assert_eq!(amina.phones, ["+254712345678"]);
    assert_eq!(amina.tags, ["kahawa", "VIP"]);
    assert_eq!(planned.problems[0].line, 3);
    assert_eq!(planned.problems[0].column, "Simu");
    assert_eq!(
        planned.problems[0].issue,
        RowIssue::Field(Problem::Phone(PhoneProblem::WrongLength))
    );
}

#[test]
fn a_persian_file_with_persian_digits_and_solar_hijri_birthdays() {
    let file = "نام,نام خانوادگی,شماره موبایل,تاریخ تولد\nرضا,احمدی,۰۹۱۲ ۳۴۵ ۶۷۸۹,۱۳۶۹/۰۳/۰۹\n";
    let planned = read(file.as_bytes(), Some("IR"), &[]).unwrap();
    // Iran is not among the phone countries: a national number asks for its code.
    assert_eq!(
        planned.problems[0].issue,
        RowIssue::Field(Problem::Phone(PhoneProblem::NeedsCountryCode))
    );
    let file = "نام,نام خانوادگی,شماره موبایل,تاریخ تولد\nرضا,احمدی,+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹,۱۳۶۹/۰۳/۰۹\n";
    let planned = read(file.as_bytes(), None, &[]).unwrap();
    let reza = &planned.rows[0].customer;
    assert_eq!(reza.phones, ["+989123456789"]);
    // 9 Khordad 1369 is 30 May 1990.
    assert_eq!(
        reza.birthday,
        Some(Birthday {
            month: 5,
            day: 30,
            year: Some(1990)
        })
    );
}

#[test]
fn a_pos_export_with_columns_karibu_does_not_know() {
    let file = "Customer ID,Customer Name,Phone Number,Email,Total Spent,Visits\n\
                POS-0001,\"Wanjiru, Amina\",+254712345678,amina@example.org,\"1,250.00\",14\n";
    let text = decode(file.as_bytes(), None).text;
    let table = read_table(&text, None).unwrap();
    let columns = guess(&table.header, &[]);
    assert_eq!(
        columns,
        [
            Target::NewField,
            Target::FullName,
            Target::Phone,
            Target::Email,
            Target::NewField,
            Target::NewField,
        ]
    );
    let planned = read(file.as_bytes(), None, &[]).unwrap();
    let amina = &planned.rows[0].customer;
    assert_eq!(
        (amina.name.given.as_str(), amina.name.family.as_str()),
        ("Amina", "Wanjiru")
    );
}

#[test]
fn karibus_own_export_reads_back_field_for_field() {
    let fields = [CustomFieldDef {
        key: "vip".into(),
        label: "VIP".into(),
        kind: CustomFieldKind::YesNo,
    }];
    let mut amina = crate::store::contract::customer("0123456789abcdef", "Amina");
    amina.name.family = "Wanjiru, \"Mama\"".into();
    amina.name.display = "=Mama Njeri".into();
    amina.phones = vec!["+254712345678".into(), "+254733000111".into()];
    amina.emails = vec!["amina@example.org".into()];
    amina.address = "Moi Avenue 4\nNairobi".into();
    amina.birthday = Some(Birthday {
        month: 3,
        day: 9,
        year: None,
    });
    amina.language = "sw".into();
    amina.about = "oat milk, no sugar".into();
    amina.tags = vec!["regular".into(), "kahawa".into()];
    amina.custom.insert("vip".into(), CustomValue::YesNo(true));
    let file = customers_csv([&amina], &fields);
    let planned = read(file.as_bytes(), None, &fields).unwrap();
    assert!(planned.problems.is_empty(), "{:?}", planned.problems);
    let back = &planned.rows[0];
    assert_eq!(
        back.karibu_id.as_ref().map(|i| i.as_str()),
        Some("0123456789abcdef")
    );
    let c = &back.customer;
    assert_eq!(c.name, amina.name);
    assert_eq!(
        (
            &c.phones,
            &c.emails,
            &c.address,
            &c.birthday,
            &c.language,
            &c.about,
            &c.tags,
            &c.custom
        ),
        (
            &amina.phones,
            &amina.emails,
            &amina.address,
            &amina.birthday,
            &amina.language,
            &amina.about,
            &amina.tags,
            &amina.custom
        )
    );
}

#[test]
fn damaged_files_give_a_named_problem_and_never_panic() {
    let megabyte = "x".repeat(1 << 20);
    let cases: Vec<(Vec<u8>, Result<usize, TableProblem>)> = vec![
        (Vec::new(), Err(TableProblem::Empty)),
        (b"\r\n\r\n".to_vec(), Err(TableProblem::Empty)),
        (b"name,phone\r\n".to_vec(), Err(TableProblem::HeadersOnly)),
        (
            b"name,about\nAmina,\"oat milk\nJuma,tea\n".to_vec(),
            Err(TableProblem::UnclosedQuote { line: 2 }),
        ),
        // Mixed line endings: every row still read.
        (b"name\r\nAmina\nJuma\rZawadi\r\n".to_vec(), Ok(3)),
        // A megabyte in one cell: refused for that row, the others read.
        (
            format!("name,about\nAmina,{megabyte}\nJuma,tea\n").into_bytes(),
            Ok(1),
        ),
        // Binary noise.
        ((0..=255u8).cycle().take(5_000).collect(), Ok(0)),
    ];
    for (bytes, expected) in cases {
        let got = read(&bytes, None, &[]).map(|p| p.rows.len());
        match (&got, &expected) {
            // Noise may read as a table or not; it must only not panic.
            (_, Ok(0)) => {}
            _ => assert_eq!(got, expected),
        }
    }
    let big = read(
        format!("name,about\nAmina,{megabyte}\n").as_bytes(),
        None,
        &[],
    )
    .unwrap();
    assert_eq!(
        big.problems[0].issue,
        RowIssue::CellTooLong {
            max: super::rows::MAX_CELL
        }
    );
    assert_eq!(big.problems[0].column, "about");
}

#[test]
fn a_mapping_without_a_name_is_refused_before_any_row_is_read() {
    let mapping = Mapping {
        columns: vec![Target::Phone, Target::Email],
        dates: DateOrder::default(),
    };
    assert_eq!(check_mapping(&mapping), Err(MappingProblem::NoNameColumn));
    let mapping = Mapping {
        columns: vec![Target::FullName, Target::Birthday, Target::Birthday],
        dates: DateOrder::default(),
    };
    assert_eq!(
        check_mapping(&mapping),
        Err(MappingProblem::Twice { column: 2 })
    );
}

#[test]
fn full_names_split_as_people_write_them() {
    let split = |s| split_full_name(s);
    assert_eq!(split("Amina Wanjiru"), ("Amina".into(), "Wanjiru".into()));
    assert_eq!(split("Wanjiru, Amina"), ("Amina".into(), "Wanjiru".into()));
    assert_eq!(
        split("Maria Clara de la Cruz"),
        ("Maria Clara de la".into(), "Cruz".into())
    );
    assert_eq!(split("Juma"), ("Juma".into(), String::new()));
    assert_eq!(split("رضا احمدی"), ("رضا".into(), "احمدی".into()));
}

#[test]
fn rows_repeating_a_person_within_the_file_are_found_too() {
    let file = "name,email\nAmina Wanjiru,amina@example.org\nAmina W,AMINA@example.org\n";
    let planned = read(file.as_bytes(), None, &[]).unwrap();
    let mut matcher = Matcher::default();
    let mut reasons = Vec::new();
    for (i, row) in planned.rows.iter().enumerate() {
        let mut c = row.customer.clone();
        c.id = format!("row{i}").as_str().into();
        reasons.push(matcher.find(&c, None).map(|m| m.reason));
        matcher.add(&c);
    }
    assert_eq!(reasons, [None, Some(MatchReason::SameEmail)]);
}

#[test]
fn the_apps_own_field_labels_in_every_language_are_recognised() {
    use crate::i18n::{Lang, Msg};
    let fields = [
        (Msg::GivenName, Target::GivenName),
        (Msg::FamilyName, Target::FamilyName),
        (Msg::Phone, Target::Phone),
        (Msg::Email, Target::Email),
        (Msg::Address, Target::Address),
        (Msg::Birthday, Target::Birthday),
        (Msg::PreferredLanguage, Target::Language),
        (Msg::About, Target::About),
        (Msg::Tags, Target::Tags),
    ];
    let mut missed = Vec::new();
    for lang in Lang::ALL {
        for (msg, target) in &fields {
            let label = lang.t(*msg);
            if super::mapping::guess_column(&label, &[]) != *target {
                missed.push(label);
            }
        }
    }
    assert!(missed.is_empty(), "{missed:?}");
}
