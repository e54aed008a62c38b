//! What a person typed into the customer form, and the checks that turn it into a
//! `Customer`. A draft keeps every character typed, so a validation error never loses
//! input: the form shows the errors next to the fields and the draft stays as it was.

use super::calendar::Calendar;
use super::custom_field::{CustomFieldDef, CustomFieldProblem, CustomValue};
use super::customer::{Birthday, Customer, PersonName};
use super::ids::CustomerId;
use super::phone::{self, PhoneProblem};
use super::time::Millis;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerDraft {
    pub given: String,
    pub family: String,
    pub display: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub address: String,
    /// `YYYY-MM-DD`, or `MM-DD` when the year is not known, in `calendar`.
    pub birthday: String,
    /// The calendar the birthday is typed in: the one the owner's language shows.
    pub calendar: Calendar,
    pub language: String,
    pub about: String,
    /// Comma-separated, as typed.
    pub tags: String,
    pub custom: BTreeMap<String, String>,
}

/// Where a problem is, so the form can put the message next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Phone(usize),
    Email(usize),
    Birthday,
    Language,
    Custom(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NameRequired,
    TooLong { max: usize },
    EmailShape,
    Phone(PhoneProblem),
    DateShape,
    DateInFuture,
    LanguageShape,
    Custom(CustomFieldProblem),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// The business settings validation depends on.
#[derive(Clone, Debug, Default)]
pub struct Rules<'a> {
    /// ISO country for phone numbers typed without `+`.
    pub country: Option<&'a str>,
    pub custom_fields: &'a [CustomFieldDef],
    pub today: Option<NaiveDate>,
}

const MAX_TEXT: usize = 2_000;
const MAX_NAME: usize = 200;

struct Valid {
    name: PersonName,
    phones: Vec<String>,
    emails: Vec<String>,
    birthday: Option<Birthday>,
    tags: Vec<String>,
    custom: BTreeMap<String, CustomValue>,
}

impl CustomerDraft {
    pub fn from_customer(c: &Customer) -> Self {
        Self::from_customer_in(c, Calendar::Gregorian, NaiveDate::default())
    }

    /// The form for `c`, its birthday written in `calendar` (a year-less one as the day
    /// it falls on in the year of `today`).
    pub fn from_customer_in(c: &Customer, calendar: Calendar, today: NaiveDate) -> Self {
        Self {
            calendar,
            given: c.name.given.clone(),
            family: c.name.family.clone(),
            display: c.name.display.clone(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            address: c.address.clone(),
            birthday: c
                .birthday
                .map(|b| birthday_text_in(b, calendar, today))
                .unwrap_or_default(),
            language: c.language.clone(),
            about: c.about.clone(),
            tags: c.tags.join(", "),
            custom: c
                .custom
                .iter()
                .map(|(k, v)| (k.clone(), v.to_form_text()))
                .collect(),
        }
    }

    /// A new customer, or every problem found (not just the first).
    pub fn to_new_customer(
        &self,
        rules: &Rules,
        id: CustomerId,
        now: Millis,
    ) -> Result<Customer, Vec<FieldError>> {
        let v = self.validate(rules)?;
        Ok(Customer {
            id,
            name: v.name,
            phones: v.phones,
            emails: v.emails,
            address: self.address.trim().to_owned(),
            birthday: v.birthday,
            language: self.language.trim().to_owned(),
            about: self.about.trim().to_owned(),
            tags: v.tags,
            custom: v.custom,
            consents: Vec::new(),
            flags: Vec::new(),
            created_ms: now,
            updated_ms: now,
            revision: 0,
        })
    }

    /// `existing` with this draft's values; identity, creation time and revision kept.
    pub fn apply_to(
        &self,
        existing: &Customer,
        rules: &Rules,
        now: Millis,
    ) -> Result<Customer, Vec<FieldError>> {
        let mut updated = self.to_new_customer(rules, existing.id.clone(), now)?;
        updated.created_ms = existing.created_ms;
        updated.revision = existing.revision;
        // The form does not show the consent history: an edit keeps it whole.
        updated.consents = existing.consents.clone();
        updated.flags = existing.flags.clone();
        // Values of custom fields since removed from settings are kept, not dropped.
        for (k, v) in &existing.custom {
            if !rules.custom_fields.iter().any(|d| &d.key == k) {
                updated.custom.insert(k.clone(), v.clone());
            }
        }
        Ok(updated)
    }

    fn validate(&self, rules: &Rules) -> Result<Valid, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field: Field, problem: Problem| errors.push(FieldError { field, problem });

        let name = PersonName {
            given: self.given.trim().to_owned(),
            family: self.family.trim().to_owned(),
            display: self.display.trim().to_owned(),
        };
        if name.is_empty() {
            fail(Field::Name, Problem::NameRequired);
        } else if name.shown().chars().count() > MAX_NAME {
            fail(Field::Name, Problem::TooLong { max: MAX_NAME });
        }

        let mut phones = Vec::new();
        for (i, p) in self
            .phones
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.trim().is_empty())
        {
            match phone::normalise(p, rules.country) {
                Ok(n) if !phones.contains(&n) => phones.push(n),
                Ok(_) => {}
                Err(e) => fail(Field::Phone(i), Problem::Phone(e)),
            }
        }

        let mut emails = Vec::new();
        for (i, e) in self
            .emails
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.trim().is_empty())
        {
            let e = e.trim().to_owned();
            if !is_email_shaped(&e) {
                fail(Field::Email(i), Problem::EmailShape);
            } else if !emails.iter().any(|x: &String| x.eq_ignore_ascii_case(&e)) {
                emails.push(e);
            }
        }

        let birthday = match parse_birthday(&self.birthday, rules.today, self.calendar) {
            Ok(b) => b,
            Err(p) => {
                fail(Field::Birthday, p);
                None
            }
        };

        let lang = self.language.trim();
        if !lang.is_empty() && !is_language_tag(lang) {
            fail(Field::Language, Problem::LanguageShape);
        }

        let mut custom = BTreeMap::new();
        for def in rules.custom_fields {
            let typed = self.custom.get(&def.key).map(String::as_str).unwrap_or("");
            match def.kind.parse(typed) {
                Ok(Some(v)) => {
                    custom.insert(def.key.clone(), v);
                }
                Ok(None) => {}
                Err(p) => fail(Field::Custom(def.key.clone()), Problem::Custom(p)),
            }
        }

        if self.about.chars().count() > MAX_TEXT {
            fail(Field::Name, Problem::TooLong { max: MAX_TEXT });
        }

        if errors.is_empty() {
            Ok(Valid {
                name,
                phones,
                emails,
                birthday,
                tags: parse_tags(&self.tags),
                custom,
            })
        } else {
            Err(errors)
        }
    }
}

/// What separates the items of a typed list: the comma, and the Arabic comma (،) that
/// Urdu and Persian keyboards type.
pub const LIST_SEPARATORS: [char; 2] = [',', '\u{060C}'];

/// Tags are trimmed, de-duplicated ignoring case, and keep the first spelling typed.
pub fn parse_tags(input: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in input
        .split(LIST_SEPARATORS)
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !tags.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
            tags.push(t.to_owned());
        }
    }
    tags
}

/// One `@`, something before it, a dotted domain after it, no spaces. Deliberately not
/// the full RFC 5322 grammar: the aim is catching typos at the counter.
pub fn is_email_shaped(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !e.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn parse_birthday(
    input: &str,
    today: Option<NaiveDate>,
    calendar: Calendar,
) -> Result<Option<Birthday>, Problem> {
    let input = super::digits::ascii_digits(input);
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    let numbers: Vec<&str> = input.trim_start_matches("--").split(['-', '/']).collect();
    let number = |s: &str| s.parse::<u32>().ok();
    let full_date = match numbers[..] {
        [y, m, d] if y.len() == 4 => match (y.parse::<i32>(), number(m), number(d)) {
            (Ok(y), Some(m), Some(d)) => {
                Some(calendar.to_gregorian(y, m, d).ok_or(Problem::DateShape)?)
            }
            _ => return Err(Problem::DateShape),
        },
        _ => None,
    };
    if let Some(date) = full_date {
        if today.is_some_and(|t| date > t) {
            return Err(Problem::DateInFuture);
        }
        return Ok(Some(Birthday {
            month: date.month() as u8,
            day: date.day() as u8,
            year: Some(date.year()),
        }));
    }
    // Month and day alone. Gregorian ones are checked against a leap year so 29
    // February is allowed; a Solar Hijri one becomes the Gregorian day it falls on
    // this year.
    let (month, day) = match numbers[..] {
        [m, d] => (number(m), number(d)),
        _ => (None, None),
    };
    let (Some(month), Some(day)) = (month, day) else {
        return Err(Problem::DateShape);
    };
    let gregorian = match calendar {
        Calendar::Gregorian => NaiveDate::from_ymd_opt(2000, month, day),
        Calendar::Persian => {
            let (year, _, _) = calendar.from_gregorian(today.unwrap_or_default());
            calendar.to_gregorian(year, month, day)
        }
    };
    match gregorian {
        Some(date) => Ok(Some(Birthday {
            month: date.month() as u8,
            day: date.day() as u8,
            year: None,
        })),
        None => Err(Problem::DateShape),
    }
}

/// A birthday as the form shows it, in `calendar`; a year-less one is written as the
/// day it falls on in the (Persian) year of `around`, the year `parse_birthday` reads
/// it back in, so saving the form untouched keeps it.
pub fn birthday_text_in(b: Birthday, calendar: Calendar, around: NaiveDate) -> String {
    let (month, day) = (u32::from(b.month), u32::from(b.day));
    if calendar == Calendar::Gregorian {
        return birthday_text(b);
    }
    if let Some(date) = b.year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
        let (y, m, d) = calendar.from_gregorian(date);
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let (year, _, _) = calendar.from_gregorian(around);
    let first = calendar.to_gregorian(year, 1, 1).unwrap_or(around).year();
    // The Persian year runs from March to March: the day is in one of two Gregorian years.
    [first, first + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .map(|date| calendar.from_gregorian(date))
        .find(|(y, _, _)| *y == year)
        .map(|(_, m, d)| format!("{m:02}-{d:02}"))
        // 29 February in a year without it: written as the Gregorian day.
        .unwrap_or_else(|| birthday_text(b))
}

pub fn birthday_text(b: Birthday) -> String {
    match b.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", b.month, b.day),
        None => format!("{:02}-{:02}", b.month, b.day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom_field::CustomFieldKind;

    fn rules() -> Rules<'static> {
        Rules {
            country: Some("KE"),
            custom_fields: &[],
            today: NaiveDate::from_ymd_opt(2026, 11, 23),
        }
    }

    fn draft() -> CustomerDraft {
        CustomerDraft {
            given: " Zoë ".into(),
            family: "Wanjiru".into(),
            phones: vec!["0712 345 678".into()],
            emails: vec!["zoe@example.com".into()],
            birthday: "1990-04-12".into(),
            tags: "regular, VIP, vip, ".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_draft_becomes_a_customer() {
        let c = draft().to_new_customer(&rules(), "c1".into(), 42).unwrap();
        assert_eq!(c.display_name(), "Zoë Wanjiru");
        assert_eq!(c.phones, vec!["+254712345678"]);
        assert_eq!(c.tags, vec!["regular", "VIP"]);
        assert_eq!(
            c.birthday,
            Some(Birthday {
                month: 4,
                day: 12,
                year: Some(1990)
            })
        );
        assert_eq!((c.created_ms, c.updated_ms), (42, 42));
    }

    #[test]
    fn birthdays_are_typed_in_the_calendar_shown() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23);
        let persian = |text: &str| parse_birthday(text, today, Calendar::Persian);
        // 21 Shahrivar 1369 is 12 September 1990; Persian digits as typed.
        let full = Birthday {
            month: 9,
            day: 12,
            year: Some(1990),
        };
        assert_eq!(persian("۱۳۶۹-۰۶-۲۱"), Ok(Some(full)));
        assert_eq!(persian("1369/6/21"), Ok(Some(full)));
        // Without the year: the Gregorian day it falls on this (Persian) year.
        let yearless = persian("01-01").unwrap().unwrap();
        assert_eq!((yearless.month, yearless.day, yearless.year), (3, 21, None));
        assert_eq!(persian("1369-13-01"), Err(Problem::DateShape));
        assert_eq!(persian("1406-01-01"), Err(Problem::DateInFuture));
        // And written back in it, for editing.
        let around = today.unwrap();
        assert_eq!(
            birthday_text_in(full, Calendar::Persian, around),
            "1369-06-21"
        );
        assert_eq!(
            birthday_text_in(full, Calendar::Gregorian, around),
            "1990-09-12"
        );
        // A year-less birthday, saved untouched, stays on its day all year round.
        for (month, day) in [(1, 5), (3, 20), (3, 21), (12, 31)] {
            let b = Birthday {
                month,
                day,
                year: None,
            };
            let text = birthday_text_in(b, Calendar::Persian, around);
            assert_eq!(persian(&text), Ok(Some(b)), "{month}-{day} written {text}");
        }
        // A Gregorian owner's birthdays are as before.
        let gregorian = parse_birthday("1990-09-12", today, Calendar::Gregorian);
        assert_eq!(gregorian, Ok(Some(full)));
        assert_eq!(
            parse_birthday("02-29", today, Calendar::Gregorian)
                .unwrap()
                .unwrap()
                .day,
            29
        );
    }

    #[test]
    fn tags_typed_on_an_urdu_or_persian_keyboard_are_split() {
        assert_eq!(
            parse_tags("مشتری ویژه، قهوه, VIP"),
            ["مشتری ویژه", "قهوه", "VIP"]
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let bad = CustomerDraft {
            phones: vec!["".into(), "12ab".into()],
            emails: vec!["zoe@".into()],
            birthday: "2030-01-01".into(),
            language: "english!".into(),
            ..Default::default()
        };
        let errors = bad.to_new_customer(&rules(), "c1".into(), 0).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.clone()).collect();
        assert_eq!(
            fields,
            vec![
                Field::Name,
                Field::Phone(1),
                Field::Email(0),
                Field::Birthday,
                Field::Language
            ]
        );
        assert_eq!(errors[3].problem, Problem::DateInFuture);
    }

    #[test]
    fn birthdays_without_a_year() {
        let mut d = draft();
        d.birthday = "02-29".into();
        let c = d.to_new_customer(&rules(), "c1".into(), 0).unwrap();
        assert_eq!(
            c.birthday,
            Some(Birthday {
                month: 2,
                day: 29,
                year: None
            })
        );
        d.birthday = "02-30".into();
        assert!(d.to_new_customer(&rules(), "c1".into(), 0).is_err());
    }

    #[test]
    fn editing_round_trips_and_keeps_identity() {
        let fields = [CustomFieldDef {
            key: "drink".into(),
            label: "Drink".into(),
            kind: CustomFieldKind::Text,
        }];
        let r = Rules {
            custom_fields: &fields,
            ..rules()
        };
        let mut d = draft();
        d.custom.insert("drink".into(), "flat white".into());
        let first = d.to_new_customer(&r, "c1".into(), 10).unwrap();
        let again = CustomerDraft::from_customer(&first);
        let edited = again.apply_to(&first, &r, 20).unwrap();
        assert_eq!(edited.created_ms, 10);
        assert_eq!(edited.updated_ms, 20);
        assert_eq!(edited.custom, first.custom);
        assert_eq!(edited.phones, first.phones);
    }

    #[test]
    fn email_shapes() {
        assert!(is_email_shaped("a@b.co"));
        assert!(!is_email_shaped("a@b"));
        assert!(!is_email_shaped("a b@c.com"));
        assert!(!is_email_shaped("@c.com"));
        assert!(!is_email_shaped("a@@c.com"));
    }
}
