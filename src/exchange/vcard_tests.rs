//! vCards as phones and address books write them, read through the import's own path
//! (mapping guessed from the headers, rows checked), and Karibu's export read back.

use super::import::file::ImportFile;
use super::import::mapping::{guess, Mapping, Target};
use super::import::rows::{plan, Planned};
use super::import::table::TableProblem;
use super::vcard::customers_vcard;
use crate::domain::draft::Rules;
use crate::domain::{Birthday, Customer, PersonName};

const NOW: i64 = 1_790_000_000_000;

fn read(text: &str) -> Result<(ImportFile, Planned), TableProblem> {
    let file = ImportFile::read("contacts.vcf", text.as_bytes(), None, None)?;
    let mapping = Mapping {
        columns: guess(&file.table.header, &[]),
        ..Mapping::default()
    };
    let rules = Rules {
        country: Some("KE"),
        custom_fields: &[],
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25),
    };
    let planned = plan(&file.table, &mapping, &rules, NOW);
    Ok((file, planned))
}

/// An Android export: vCard 2.1 with bare labels and quoted-printable; an iPhone one:
/// 3.0 with TYPE lists, a folded line, escapes and item groups; and a 4.0 card.
const PHONE_EXPORT: &str = "BEGIN:VCARD\r\n\
VERSION:2.1\r\n\
N:Wanjiru;Amina;;;\r\n\
FN:Amina Wanjiru\r\n\
TEL;CELL;PREF:0712 345 678\r\n\
TEL;WORK:+254 20 123 4567\r\n\
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Chai =E2=80=93 extra ginger\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
N:Otieno;Baraka;;;\r\n\
FN:Baraka Otieno\r\n\
item1.EMAIL;type=INTERNET;type=HOME;type=pref:baraka@example.org\r\n\
TEL;type=CELL;type=VOICE;type=pref:+254 722 000 111\r\n\
ADR;type=HOME:;;Moi Avenue 4;Nairobi;;00100;Kenya\r\n\
BDAY:1990-03-09\r\n\
CATEGORIES:regular,vip\r\n\
NOTE:Prefers oat milk\\, no sugar.\\nPays by M-Pesa. A long note that a phone f\r\n \
olds onto the next line.\r\n\
END:VCARD\r\n\
\r\n\
BEGIN:VCARD\r\n\
VERSION:4.0\r\n\
FN:Mama Njeri\r\n\
TEL;VALUE=uri;TYPE=cell:tel:+254733000222\r\n\
BDAY:--0415\r\n\
ORG:Njeri Greens\r\n\
END:VCARD\r\n";

#[test]
fn every_card_of_a_phone_export_with_its_labels() {
    let (file, planned) = read(PHONE_EXPORT).unwrap();
    assert_eq!(file.table.delimiter, 0, "a vCard, not CSV");
    assert_eq!(
        file.table.header,
        [
            "Display name",
            "Family name",
            "Given name",
            "Phone (cell)",
            "Phone (work)",
            "Email (home)",
            "Address (home)",
            "Birthday",
            "Organisation",
            "Tags",
            "Notes"
        ]
    );
    assert_eq!(
        guess(&file.table.header, &[]),
        [
            Target::DisplayName,
            Target::FamilyName,
            Target::GivenName,
            Target::Phone,
            Target::Phone,
            Target::Email,
            Target::Address,
            Target::Birthday,
            Target::NewField,
            Target::Tags,
            Target::About
        ]
    );
    let lines: Vec<u64> = file.table.rows.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [1, 9, 22],
        "each card at the line its BEGIN stands on"
    );
    assert!(planned.problems.is_empty(), "{:?}", planned.problems);
    let people: Vec<&Customer> = planned.rows.iter().map(|r| &r.customer).collect();
    assert_eq!(people.len(), 3);
    assert_eq!(people[0].display_name(), "Amina Wanjiru");
    assert_eq!(people[0].phones, ["+254712345678", "+254201234567"]);
    assert_eq!(
        people[0].about, "Chai – extra ginger",
        "quoted-printable UTF-8"
    );
    let baraka = people[1];
    assert_eq!(baraka.emails, ["baraka@example.org"]);
    assert_eq!(baraka.address, "Moi Avenue 4, Nairobi, 00100, Kenya");
    assert_eq!(baraka.tags, ["regular", "vip"]);
    assert_eq!(
        baraka.about,
        "Prefers oat milk, no sugar.\nPays by M-Pesa. A long note that a phone folds onto the next line."
    );
    assert_eq!(
        baraka.birthday,
        Some(Birthday {
            month: 3,
            day: 9,
            year: Some(1990)
        })
    );
    let njeri = people[2];
    assert_eq!(njeri.display_name(), "Mama Njeri");
    assert_eq!(njeri.phones, ["+254733000222"]);
    assert_eq!(
        njeri.birthday.map(|b| (b.month, b.day, b.year)),
        Some((4, 15, None))
    );
}

#[test]
fn karibu_s_own_vcards_read_back_as_the_same_customers() {
    let mut amina = crate::store::contract::customer("c-1", "");
    amina.name = PersonName {
        given: "Amina".into(),
        family: "Wanjiru".into(),
        display: String::new(),
    };
    amina.phones = vec!["+254712345678".into(), "+254733000111".into()];
    amina.emails = vec!["amina@example.org".into()];
    amina.address = "Moi Avenue 4, Nairobi; gate B".into();
    amina.birthday = Some(Birthday {
        month: 12,
        day: 1,
        year: None,
    });
    amina.tags = vec!["regular".into(), "vip, gold".into()];
    amina.about = "Chai; extra ginger\nno sugar".into();
    let exported = customers_vcard([&amina]);
    assert!(
        exported.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"),
        "{exported}"
    );
    let (_, planned) = read(&exported).unwrap();
    assert!(planned.problems.is_empty(), "{:?}", planned.problems);
    let row = &planned.rows[0];
    assert_eq!(row.karibu_id.as_ref().map(|id| id.as_str()), Some("c-1"));
    let back = &row.customer;
    assert_eq!(back.name, amina.name);
    assert_eq!(back.phones, amina.phones);
    assert_eq!(back.emails, amina.emails);
    assert_eq!(back.address, amina.address);
    assert_eq!(back.birthday, amina.birthday);
    assert_eq!(back.about, amina.about);
    assert_eq!(
        back.tags,
        ["regular", "vip", "gold"],
        "a tag with a comma splits"
    );
}

#[test]
fn damaged_and_empty_vcard_files_give_a_report() {
    assert!(matches!(read("BEGIN:VCARD\r\n"), Ok((_, p)) if p.rows.is_empty()));
    // A card cut off, a card with no name, garbage between cards: rows and problems.
    let damaged = "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\nTEL:+254712345678\n\
                   BEGIN:VCARD\nVERSION:3.0\nTEL:+254700000001\nEND:VCARD\n\
                   \u{0}\u{1}garbage;;;:\nBEGIN:VCARD\nFN:Neema Mushi\nEND:VCARD\n";
    let (file, planned) = read(damaged).unwrap();
    assert_eq!(file.table.rows.len(), 3);
    let names: Vec<String> = planned
        .rows
        .iter()
        .map(|r| r.customer.display_name())
        .collect();
    assert_eq!(names, ["Cut Off", "Neema Mushi"], "{planned:?}");
    let lines: Vec<u64> = planned.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [5], "named by the line its card begins on");
}
