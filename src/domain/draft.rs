//! What a person typed into the customer form, and the checks that turn it into a
//! `Customer`. A draft keeps every character typed, so a validation error never loses
//! input: the form shows the errors next to the fields and the draft stays as it was.

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
    /// `YYYY-MM-DD`, or `MM-DD` when the year is not known.
    pub birthday: String,
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
        Self {
            given: c.name.given.clone(),
            family: c.name.family.clone(),
            display: c.name.display.clone(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            address: c.address.clone(),
            birthday: c.birthday.map(birthday_text).unwrap_or_default(),
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

        let birthday = match parse_birthday(&self.birthday, rules.today) {
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

/// Tags are trimmed, de-duplicated ignoring case, and keep the first spelling typed.
pub fn parse_tags(input: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
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

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn parse_birthday(input: &str, today: Option<NaiveDate>) -> Result<Option<Birthday>, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    if let Ok(date) = NaiveDate::parse_from_str(input, "%Y-%m-%d") {
        if today.is_some_and(|t| date > t) {
            return Err(Problem::DateInFuture);
        }
        return Ok(Some(Birthday {
            month: date.month() as u8,
            day: date.day() as u8,
            year: Some(date.year()),
        }));
    }
    // Month and day alone; checked against a leap year so 29 February is allowed.
    let (m, d) = input
        .trim_start_matches("--")
        .split_once('-')
        .ok_or(Problem::DateShape)?;
    let (month, day) = (m.parse::<u32>(), d.parse::<u32>());
    match (month, day) {
        (Ok(month), Ok(day)) if NaiveDate::from_ymd_opt(2000, month, day).is_some() => {
            Ok(Some(Birthday {
                month: month as u8,
                day: day as u8,
                year: None,
            }))
        }
        _ => Err(Problem::DateShape),
    }
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
