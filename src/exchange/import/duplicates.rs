//! Rows that are someone already in the book (or earlier in the same file): the same
//! Karibu id, email or phone, or a close name with the same birthday or address.
//! Looked up by blocking keys (hash maps on the normalised values, names by family
//! name), never by comparing every row with every customer.

use crate::domain::{Birthday, Customer, CustomerId};
use crate::search::fold;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchReason {
    SameId,
    SameEmail,
    SamePhone,
    /// The name differs by a letter or two, and the birthday or address is the same.
    CloseName,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub existing: CustomerId,
    pub reason: MatchReason,
}

struct NameEntry {
    id: CustomerId,
    given: String,
    birthday: Option<Birthday>,
    address: String,
}

#[derive(Default)]
pub struct Matcher {
    ids: HashMap<CustomerId, ()>,
    emails: HashMap<String, CustomerId>,
    phones: HashMap<String, CustomerId>,
    /// Folded family name (or whole name, when there is no family name) -> people.
    names: HashMap<String, Vec<NameEntry>>,
}

fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

fn name_keys(c: &Customer) -> (String, String) {
    let family = fold(c.name.family.trim());
    let given = fold(c.name.given.trim());
    if family.is_empty() {
        (given, String::new())
    } else {
        (family, given)
    }
}

fn close(a: &str, b: &str) -> bool {
    let allowed = match a.chars().count().min(b.chars().count()) {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    };
    strsim::levenshtein(a, b) <= allowed
}

impl Matcher {
    pub fn new<'a>(customers: impl IntoIterator<Item = &'a Customer>) -> Self {
        let mut matcher = Matcher::default();
        for c in customers {
            matcher.add(c);
        }
        matcher
    }

    /// Makes `c` findable (first come keeps an email or phone).
    pub fn add(&mut self, c: &Customer) {
        self.ids.insert(c.id.clone(), ());
        for e in &c.emails {
            self.emails
                .entry(email_key(e))
                .or_insert_with(|| c.id.clone());
        }
        for p in &c.phones {
            self.phones.entry(p.clone()).or_insert_with(|| c.id.clone());
        }
        let (block, given) = name_keys(c);
        if !block.is_empty() {
            self.names.entry(block).or_default().push(NameEntry {
                id: c.id.clone(),
                given,
                birthday: c.birthday,
                address: fold(c.address.trim()),
            });
        }
    }

    /// The person `c` most surely is, if any: id first, then email, phone, close name.
    pub fn find(&self, c: &Customer, karibu_id: Option<&CustomerId>) -> Option<Match> {
        let found = |existing: &CustomerId, reason| {
            Some(Match {
                existing: existing.clone(),
                reason,
            })
        };
        if let Some(id) = karibu_id.filter(|id| self.ids.contains_key(*id)) {
            return found(id, MatchReason::SameId);
        }
        if let Some(id) = c.emails.iter().find_map(|e| self.emails.get(&email_key(e))) {
            return found(id, MatchReason::SameEmail);
        }
        if let Some(id) = c.phones.iter().find_map(|p| self.phones.get(p)) {
            return found(id, MatchReason::SamePhone);
        }
        let (block, given) = name_keys(c);
        let address = fold(c.address.trim());
        self.names.get(&block)?.iter().find_map(|e| {
            let same_birthday = c.birthday.is_some() && e.birthday == c.birthday;
            let same_address = !address.is_empty() && e.address == address;
            (close(&e.given, &given) && (same_birthday || same_address))
                .then(|| e.id.clone())
                .and_then(|id| found(&id, MatchReason::CloseName))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PersonName;
    use crate::store::contract::customer;

    fn person(id: &str, given: &str, family: &str) -> Customer {
        let mut c = customer(id, given);
        c.name = PersonName {
            given: given.into(),
            family: family.into(),
            display: String::new(),
        };
        c.phones.clear();
        c
    }

    #[test]
    fn matches_by_id_email_phone_then_close_name_with_a_second_field() {
        let mut amina = person("c1", "Amina", "Wanjiru");
        amina.emails = vec!["Amina@Example.org".into()];
        amina.phones = vec!["+254712345678".into()];
        amina.birthday = Some(Birthday {
            month: 3,
            day: 9,
            year: Some(1990),
        });
        let matcher = Matcher::new([&amina]);

        let reason = |c: &Customer, id: Option<&str>| {
            matcher
                .find(c, id.map(CustomerId::from).as_ref())
                .map(|m| m.reason)
        };
        let stranger = person("x", "Juma", "Otieno");
        assert_eq!(reason(&stranger, Some("c1")), Some(MatchReason::SameId));
        assert_eq!(reason(&stranger, Some("nobody")), None);

        let mut by_email = stranger.clone();
        by_email.emails = vec!["amina@example.ORG ".into()];
        assert_eq!(reason(&by_email, None), Some(MatchReason::SameEmail));

        let mut by_phone = stranger.clone();
        by_phone.phones = vec!["+254712345678".into()];
        assert_eq!(reason(&by_phone, None), Some(MatchReason::SamePhone));

        let mut misspelt = person("x", "Aminah", "Wanjiru");
        assert_eq!(
            reason(&misspelt, None),
            None,
            "a close name alone is not enough"
        );
        misspelt.birthday = amina.birthday;
        assert_eq!(reason(&misspelt, None), Some(MatchReason::CloseName));
        let mut other = person("x", "Zawadi", "Wanjiru");
        other.birthday = amina.birthday;
        assert_eq!(reason(&other, None), None, "same family, another person");
    }
}
