//! A customer record as stored.

use super::custom_field::CustomValue;
use super::ids::CustomerId;
use super::time::Millis;
use crate::gdpr::consent::{ConsentEntry, FlagEntry};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub given: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub family: String,
    /// Used alone when a person goes by one name ("Mama Njeri"), or to override
    /// "given family".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub display: String,
}

impl PersonName {
    pub fn shown(&self) -> String {
        if !self.display.is_empty() {
            return self.display.clone();
        }
        match (self.given.is_empty(), self.family.is_empty()) {
            (false, false) => format!("{} {}", self.given, self.family),
            (false, true) => self.given.clone(),
            (true, false) => self.family.clone(),
            (true, true) => String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.given.is_empty() && self.family.is_empty() && self.display.is_empty()
    }
}

/// Month and day, with the year when known (many people share only the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Birthday {
    pub month: u8,
    pub day: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    pub name: PersonName,
    /// E.164 where the number could be normalised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<Birthday>,
    /// BCP 47 tag, e.g. "en", "ur", "sw".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Free text the counter should know: "oat flat white, no sugar".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub about: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, CustomValue>,
    /// Consent and lawful basis per purpose, as history (see `gdpr::consent`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<ConsentEntry>,
    /// Restriction and objection, as history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagEntry>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
    /// Bumped on every save; a save based on an older revision is refused so two tabs
    /// cannot silently overwrite each other.
    #[serde(default)]
    pub revision: u32,
}

impl Customer {
    pub fn display_name(&self) -> String {
        self.name.shown()
    }

    /// Initials for the avatar circle in lists.
    pub fn initials(&self) -> String {
        initials_of(&self.display_name())
    }
}

pub fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_show_as_people_expect() {
        let mut n = PersonName {
            given: "Amina".into(),
            family: "Odhiambo".into(),
            display: String::new(),
        };
        assert_eq!(n.shown(), "Amina Odhiambo");
        n.display = "Mama Amina".into();
        assert_eq!(n.shown(), "Mama Amina");
        assert_eq!(initials_of("amina odhiambo"), "AO");
        assert_eq!(initials_of("Ümit"), "Ü");
    }
}
