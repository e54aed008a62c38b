//! Which column of a file goes to which field. Guessed from the headers in any of the
//! app's languages (and the names other tools export under), chosen by the owner in
//! the mapping step, and remembered for the next file with the same headers.

use crate::domain::custom_field::CustomFieldDef;
use crate::search::fold;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    Skip,
    /// Karibu's own id (an export read back): matches the customer it names.
    KaribuId,
    /// "Amina Wanjiru" or "Wanjiru, Amina": split into given and family names.
    FullName,
    GivenName,
    FamilyName,
    DisplayName,
    Phone,
    Email,
    Address,
    Birthday,
    Language,
    Tags,
    About,
    /// An existing custom field, by key.
    Custom(String),
    /// A new text field named after the column's header.
    NewField,
}

impl Target {
    /// Fields one column at most may fill (phones, emails and tags may come from many).
    pub fn is_single(&self) -> bool {
        !matches!(
            self,
            Target::Skip | Target::Phone | Target::Email | Target::Tags | Target::NewField
        )
    }
}

impl Target {
    /// Every destination a column may have, in the order the mapping step lists them.
    pub fn choices(fields: &[CustomFieldDef]) -> Vec<Target> {
        let mut all = vec![
            Target::Skip,
            Target::FullName,
            Target::GivenName,
            Target::FamilyName,
            Target::DisplayName,
            Target::Phone,
            Target::Email,
            Target::Address,
            Target::Birthday,
            Target::Language,
            Target::Tags,
            Target::About,
            Target::KaribuId,
        ];
        all.extend(fields.iter().map(|f| Target::Custom(f.key.clone())));
        all.push(Target::NewField);
        all
    }
}

/// How a date's numbers are ordered when it is not written year first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateOrder {
    #[default]
    DayMonthYear,
    MonthDayYear,
    YearMonthDay,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    pub columns: Vec<Target>,
    pub dates: DateOrder,
}

/// Header words per field: English and the names other tools export under, then
/// Swahili, Filipino, Georgian, Urdu and Persian. Compared folded, with separators
/// and anything in brackets ignored.
const HEADER_WORDS: &[(Target, &[&str])] = &[
    // What the book keeps by itself (Karibu's export writes it for spreadsheets).
    (
        Target::Skip,
        &[
            "created",
            "created at",
            "date added",
            "updated",
            "last modified",
        ],
    ),
    (Target::KaribuId, &["id", "karibu id"]),
    (
        Target::FullName,
        &[
            "name",
            "full name",
            "fullname",
            "customer",
            "customer name",
            "contact",
            "contact name",
            "client",
            "jina",
            "jina kamili",
            "jina la mteja",
            "pangalan",
            "buong pangalan",
            "pangalan ng customer",
            "სახელი და გვარი",
            "სრული სახელი",
            "مکمل نام",
            "نام گاہک",
            "نام کامل",
            "نام مشتری",
            "نام و نام خانوادگی",
        ],
    ),
    (
        Target::GivenName,
        &[
            "given name",
            "first name",
            "firstname",
            "forename",
            "jina la kwanza",
            "unang pangalan",
            "სახელი",
            "پہلا نام",
            "نام",
        ],
    ),
    (
        Target::FamilyName,
        &[
            "family name",
            "last name",
            "lastname",
            "surname",
            "jina la ukoo",
            "apelyido",
            "გვარი",
            "خاندانی نام",
            "نام خانوادگی",
        ],
    ),
    (
        Target::DisplayName,
        &[
            "display name",
            "nickname",
            "known as",
            "jina analoitwa",
            "palayaw",
            "tawag",
        ],
    ),
    (
        Target::Phone,
        &[
            "phone",
            "phones",
            "mobile",
            "mobile phone",
            "cell",
            "cell phone",
            "telephone",
            "tel",
            "phone number",
            "mobile number",
            "whatsapp",
            "simu",
            "namba ya simu",
            "nambari ya simu",
            "telepono",
            "numero ng telepono",
            "ტელეფონი",
            "მობილური",
            "فون",
            "موبائل",
            "فون نمبر",
            "تلفن",
            "موبایل",
            "شماره تلفن",
            "شماره موبایل",
        ],
    ),
    (
        Target::Email,
        &[
            "email",
            "emails",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "barua pepe",
            "ელფოსტა",
            "ელ ფოსტა",
            "ای میل",
            "ایمیل",
            "پست الکترونیک",
        ],
    ),
    (
        Target::Address,
        &[
            "address",
            "street",
            "street address",
            "anwani",
            "tirahan",
            "მისამართი",
            "پتہ",
            "نشانی",
            "آدرس",
        ],
    ),
    (
        Target::Birthday,
        &[
            "birthday",
            "birth date",
            "birthdate",
            "date of birth",
            "dob",
            "born",
            "siku ya kuzaliwa",
            "tarehe ya kuzaliwa",
            "kaarawan",
            "petsa ng kapanganakan",
            "დაბადების დღე",
            "დაბადების თარიღი",
            "سالگرہ",
            "تاریخ پیدائش",
            "تاریخ تولد",
            "تولد",
        ],
    ),
    (
        Target::Language,
        &[
            "language",
            "preferred language",
            "lugha",
            "lugha anayopendelea",
            "wika",
            "gustong wika",
            "ენა",
            "სასურველი ენა",
            "زبان",
            "پسندیدہ زبان",
            "زبان مشتری",
        ],
    ),
    (
        Target::Tags,
        &[
            "tags",
            "tag",
            "labels",
            "groups",
            "lebo",
            "mga tag",
            "თეგები",
            "ٹیگ",
            "برچسب ها",
            "برچسب‌ها",
        ],
    ),
    (
        Target::About,
        &[
            "about",
            "notes",
            "note",
            "comments",
            "remarks",
            "maelezo",
            "tala",
            "tungkol sa kanya",
            "მის შესახებ",
            "შენიშვნა",
            "تفصیل",
            "نوٹ",
            "توضیحات",
            "یادداشت",
        ],
    ),
];

/// A header folded for comparison: lower case, accents gone, "(hint)" dropped,
/// separators (and the zero-width non-joiner Persian writes) as single spaces.
pub fn header_key(header: &str) -> String {
    let before_hint = header.split(['(', '[']).next().unwrap_or("");
    let folded = fold(before_hint);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The field a header names, if any: a custom field by its label first (the shop's own
/// word beats a general one), then the built-in fields.
pub fn guess_column(header: &str, fields: &[CustomFieldDef]) -> Target {
    let key = header_key(header);
    if key.is_empty() {
        return Target::Skip;
    }
    if let Some(field) = fields.iter().find(|f| header_key(&f.label) == key) {
        return Target::Custom(field.key.clone());
    }
    HEADER_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| header_key(w) == key))
        .map(|(target, _)| target.clone())
        .unwrap_or(Target::NewField)
}

/// Every column guessed. A field that takes one column goes to the first column naming
/// it; a given-name column with no family-name column beside it holds whole names
/// (Persian "نام" is both "name" and "first name").
pub fn guess(header: &[String], fields: &[CustomFieldDef]) -> Vec<Target> {
    let mut columns: Vec<Target> = Vec::with_capacity(header.len());
    for h in header {
        let target = guess_column(h, fields);
        let taken = target.is_single() && columns.contains(&target);
        columns.push(if taken { Target::Skip } else { target });
    }
    if !columns.contains(&Target::FamilyName) && !columns.contains(&Target::FullName) {
        if let Some(given) = columns.iter_mut().find(|t| **t == Target::GivenName) {
            *given = Target::FullName;
        }
    }
    columns
}

/// The order the dates in `samples` must be in: year first if any starts with four
/// digits, day first if any first number passes 12, month first if any second one
/// does; otherwise `usual`.
pub fn detect_date_order<'a>(
    samples: impl IntoIterator<Item = &'a str>,
    usual: DateOrder,
) -> DateOrder {
    for sample in samples {
        let ascii = crate::domain::digits::ascii_digits(sample);
        let numbers: Vec<&str> = ascii
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        let value = |i: usize| numbers.get(i).and_then(|n| n.parse::<u32>().ok());
        match (numbers.first(), value(0), value(1)) {
            (Some(first), _, _) if first.len() == 4 => return DateOrder::YearMonthDay,
            (_, Some(a), _) if a > 12 && numbers.len() == 3 => return DateOrder::DayMonthYear,
            (_, _, Some(b)) if b > 12 && numbers.len() == 3 => return DateOrder::MonthDayYear,
            _ => {}
        }
    }
    usual
}

/// Remembered mappings are found again by their headers, folded and joined.
pub fn headers_signature(header: &[String]) -> String {
    header
        .iter()
        .map(|h| header_key(h))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom_field::CustomFieldKind;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn karibus_own_export_maps_back_column_for_column() {
        let header = headers(&crate::exchange::customers_csv::COLUMNS);
        let columns = guess(&header, &[]);
        assert_eq!(
            columns,
            [
                Target::KaribuId,
                Target::GivenName,
                Target::FamilyName,
                Target::DisplayName,
                Target::Phone,
                Target::Email,
                Target::Address,
                Target::Birthday,
                Target::Language,
                Target::Tags,
                Target::About,
                Target::Skip,
            ]
        );
    }

    #[test]
    fn headers_in_each_language_and_other_tools_are_understood() {
        let cases: [(&[&str], &[Target]); 6] = [
            (
                &["First Name", "Last Name", "Mobile Phone", "E-mail Address"],
                &[
                    Target::GivenName,
                    Target::FamilyName,
                    Target::Phone,
                    Target::Email,
                ],
            ),
            (
                &["Jina", "Simu", "Barua pepe", "Siku ya kuzaliwa"],
                &[
                    Target::FullName,
                    Target::Phone,
                    Target::Email,
                    Target::Birthday,
                ],
            ),
            (
                &["Unang pangalan", "Apelyido", "Telepono"],
                &[Target::GivenName, Target::FamilyName, Target::Phone],
            ),
            (
                &["სახელი", "გვარი", "ტელეფონი", "ელ-ფოსტა"],
                &[
                    Target::GivenName,
                    Target::FamilyName,
                    Target::Phone,
                    Target::Email,
                ],
            ),
            (
                &["نام", "نام خانوادگی", "شماره موبایل", "تاریخ تولد"],
                &[
                    Target::GivenName,
                    Target::FamilyName,
                    Target::Phone,
                    Target::Birthday,
                ],
            ),
            (
                &["نام", "فون", "پتہ", "Loyalty card"],
                &[
                    Target::FullName,
                    Target::Phone,
                    Target::Address,
                    Target::NewField,
                ],
            ),
        ];
        for (header, expected) in cases {
            assert_eq!(guess(&headers(header), &[]), expected, "{header:?}");
        }
    }

    #[test]
    fn a_shops_own_field_wins_and_a_second_name_column_is_skipped() {
        let fields = [CustomFieldDef {
            key: "f1".into(),
            label: "Notes".into(),
            kind: CustomFieldKind::Text,
        }];
        let columns = guess(
            &headers(&["Name", "Customer name", "NOTES", "Phone", "Tel"]),
            &fields,
        );
        assert_eq!(
            columns,
            [
                Target::FullName,
                Target::Skip,
                Target::Custom("f1".into()),
                Target::Phone,
                Target::Phone,
            ]
        );
    }

    #[test]
    fn date_order_follows_the_first_telling_sample() {
        let usual = DateOrder::DayMonthYear;
        assert_eq!(
            detect_date_order(["1985-03-09"], usual),
            DateOrder::YearMonthDay
        );
        assert_eq!(
            detect_date_order(["03/09/1985", "12/25/1990"], usual),
            DateOrder::MonthDayYear
        );
        assert_eq!(
            detect_date_order(["03.09.1985", "25.12.1990"], usual),
            DateOrder::DayMonthYear
        );
        assert_eq!(
            detect_date_order(["03/09/1985"], DateOrder::MonthDayYear),
            DateOrder::MonthDayYear
        );
        assert_eq!(
            detect_date_order(["۱۹۸۵/۰۳/۰۹"], usual),
            DateOrder::YearMonthDay
        );
    }
}
