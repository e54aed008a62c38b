//! The book's health at a glance: customers nobody can reach, emails and phones that
//! cannot be right, records nobody has touched for years, and fields rarely filled;
//! each finding names the customers concerned.

use crate::domain::draft::is_email_shaped;
use crate::domain::{Customer, CustomerId};

/// Untouched (no edit and no purchase) for this long: stale.
pub const STALE_AFTER_DAYS: i64 = 730;
/// A field filled for fewer than this share of customers is "rarely filled".
pub const RARELY_FILLED_BELOW: f64 = 0.2;

/// A field whose fill rate is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HealthField {
    Phone,
    Email,
    Address,
    Birthday,
    Language,
    Tags,
    /// A custom field, by key.
    Custom(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HealthReport {
    pub customers: usize,
    /// No phone and no email.
    pub unreachable: Vec<CustomerId>,
    /// An email that is not shaped like one (typed before checks, or restored).
    pub bad_emails: Vec<CustomerId>,
    /// A phone not in international form (`+` and 7 to 15 digits).
    pub bad_phones: Vec<CustomerId>,
    /// No edit and no purchase for `STALE_AFTER_DAYS`.
    pub stale: Vec<CustomerId>,
    /// Fields filled for fewer than `RARELY_FILLED_BELOW` of customers, with how many
    /// have them, and who lacks them.
    pub rarely_filled: Vec<(HealthField, usize, Vec<CustomerId>)>,
}

impl HealthReport {
    pub fn is_clean(&self) -> bool {
        self.unreachable.is_empty()
            && self.bad_emails.is_empty()
            && self.bad_phones.is_empty()
            && self.stale.is_empty()
            && self.rarely_filled.is_empty()
    }
}

fn phone_ok(p: &str) -> bool {
    let digits = p.strip_prefix('+').unwrap_or("");
    (7..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
}

fn filled(c: &Customer, field: &HealthField) -> bool {
    match field {
        HealthField::Phone => !c.phones.is_empty(),
        HealthField::Email => !c.emails.is_empty(),
        HealthField::Address => !c.address.trim().is_empty(),
        HealthField::Birthday => c.birthday.is_some(),
        HealthField::Language => !c.language.is_empty(),
        HealthField::Tags => !c.tags.is_empty(),
        HealthField::Custom(key) => c.custom.contains_key(key),
    }
}

/// The report for `customers` at `now`; `last_purchase` gives each one's latest
/// purchase time, if any.
pub fn health_report(
    customers: &[Customer],
    custom_keys: &[String],
    now: i64,
    last_purchase: impl Fn(&CustomerId) -> Option<i64>,
) -> HealthReport {
    let stale_before = now - STALE_AFTER_DAYS * 86_400_000;
    let mut report = HealthReport {
        customers: customers.len(),
        ..HealthReport::default()
    };
    for c in customers {
        if c.phones.is_empty() && c.emails.is_empty() {
            report.unreachable.push(c.id.clone());
        }
        if c.emails.iter().any(|e| !is_email_shaped(e)) {
            report.bad_emails.push(c.id.clone());
        }
        if c.phones.iter().any(|p| !phone_ok(p)) {
            report.bad_phones.push(c.id.clone());
        }
        let touched = c.updated_ms.max(last_purchase(&c.id).unwrap_or(i64::MIN));
        if touched < stale_before {
            report.stale.push(c.id.clone());
        }
    }
    let mut fields = vec![
        HealthField::Phone,
        HealthField::Email,
        HealthField::Address,
        HealthField::Birthday,
        HealthField::Language,
        HealthField::Tags,
    ];
    fields.extend(custom_keys.iter().cloned().map(HealthField::Custom));
    if customers.is_empty() {
        return report;
    }
    for field in fields {
        let (have, lack): (Vec<&Customer>, Vec<&Customer>) =
            customers.iter().partition(|c| filled(c, &field));
        if (have.len() as f64) < RARELY_FILLED_BELOW * customers.len() as f64 {
            let lacking = lack.into_iter().map(|c| c.id.clone()).collect();
            report.rarely_filled.push((field, have.len(), lacking));
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::contract::customer;

    #[test]
    fn each_finding_names_its_customers() {
        const NOW: i64 = 1_800_000_000_000;
        let mut reachable = customer("ok", "Amina");
        reachable.emails = vec!["amina@example.org".into()];
        reachable.address = "Moi Avenue".into();
        reachable.updated_ms = NOW;
        let mut silent = customer("silent", "Juma");
        silent.phones.clear();
        silent.updated_ms = NOW;
        let mut typo = customer("typo", "Neema");
        typo.emails = vec!["neema@example".into()];
        typo.phones = vec!["0712 345".into()];
        typo.updated_ms = NOW;
        let mut old = customer("old", "Baraka");
        old.updated_ms = NOW - 800 * 86_400_000;
        let mut old_but_buying = customer("buying", "Zawadi");
        old_but_buying.updated_ms = old.updated_ms;
        let book = [reachable, silent, typo, old, old_but_buying];
        let bought = |id: &CustomerId| (id.as_str() == "buying").then_some(NOW - 86_400_000);
        let r = health_report(&book, &["shoe_size".into()], NOW, bought);
        let ids = |v: &[CustomerId]| v.iter().map(|i| i.as_str().to_owned()).collect::<Vec<_>>();
        assert_eq!(r.customers, 5);
        assert_eq!(ids(&r.unreachable), ["silent"]);
        assert_eq!(ids(&r.bad_emails), ["typo"]);
        assert_eq!(ids(&r.bad_phones), ["typo"]);
        assert_eq!(ids(&r.stale), ["old"]);
        let rare: Vec<&HealthField> = r.rarely_filled.iter().map(|(f, _, _)| f).collect();
        assert_eq!(
            rare,
            [
                &HealthField::Birthday,
                &HealthField::Custom("shoe_size".into())
            ]
        );
        assert_eq!(r.rarely_filled[0].2.len(), 5, "who lacks it");
        assert!(!r.is_clean());
        assert!(health_report(&[], &[], NOW, |_| None).is_clean());
    }
}
