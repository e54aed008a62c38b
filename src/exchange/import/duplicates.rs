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

pub(crate) fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The block a person's name falls in (the family name, or the whole name when there
/// is none) and the rest of it.
pub(crate) fn name_keys(c: &Customer) -> (String, String) {
    let family = fold(c.name.family.trim());
    let given = fold(c.name.given.trim());
    if family.is_empty() {
        let whole = if given.is_empty() {
            fold(c.name.display.trim())
        } else {
            given
        };
        (whole, String::new())
    } else {
        (family, given)
    }
}

/// The same name but for a letter or two (none in a short name).
pub(crate) fn close(a: &str, b: &str) -> bool {
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

/// What the owner does with a row that matches someone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DuplicateChoice {
    /// Fill the customer in from the row (the usual answer: a file is newer news).
    #[default]
    Update,
    Skip,
    /// A different person after all: a new customer.
    Create,
}

/// `existing` updated from an imported row: what the row has replaces what the book
/// has (a blank cell changes nothing); phones, emails and tags are added to, never
/// taken away; consent history, creation time and revision stay.
pub fn merge_row(existing: &Customer, row: &Customer, now: i64) -> Customer {
    let mut merged = existing.clone();
    let replace = |kept: &mut String, new: &String| {
        if !new.is_empty() {
            kept.clone_from(new);
        }
    };
    replace(&mut merged.name.given, &row.name.given);
    replace(&mut merged.name.family, &row.name.family);
    replace(&mut merged.name.display, &row.name.display);
    replace(&mut merged.address, &row.address);
    replace(&mut merged.language, &row.language);
    replace(&mut merged.about, &row.about);
    match (row.birthday, existing.birthday) {
        // The same day without its year: the year the book knows stays.
        (Some(new), Some(old))
            if new.year.is_none() && (new.month, new.day) == (old.month, old.day) => {}
        (Some(new), _) => merged.birthday = Some(new),
        (None, _) => {}
    }
    for p in &row.phones {
        if !merged.phones.contains(p) {
            merged.phones.push(p.clone());
        }
    }
    for e in &row.emails {
        if !merged.emails.iter().any(|m| m.eq_ignore_ascii_case(e)) {
            merged.emails.push(e.clone());
        }
    }
    for t in &row.tags {
        if !merged.tags.iter().any(|m| m.eq_ignore_ascii_case(t)) {
            merged.tags.push(t.clone());
        }
    }
    for (k, v) in &row.custom {
        merged.custom.insert(k.clone(), v.clone());
    }
    if merged != *existing {
        merged.updated_ms = now;
    }
    merged
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

    #[test]
    fn an_update_fills_in_and_adds_but_never_takes_away() {
        let mut amina = person("c1", "Amina", "Wanjiru");
        amina.phones = vec!["+254712345678".into()];
        amina.address = "Moi Avenue".into();
        amina.tags = vec!["regular".into()];
        let mut row = person("", "Amina", "");
        row.phones = vec!["+254733000111".into(), "+254712345678".into()];
        row.emails = vec!["amina@example.org".into()];
        row.tags = vec!["REGULAR".into(), "vip".into()];
        let merged = merge_row(&amina, &row, 99);
        assert_eq!(
            merged.name.family, "Wanjiru",
            "a blank cell changes nothing"
        );
        assert_eq!(merged.address, "Moi Avenue");
        assert_eq!(merged.phones, ["+254712345678", "+254733000111"]);
        assert_eq!(merged.emails, ["amina@example.org"]);
        assert_eq!(merged.tags, ["regular", "vip"]);
        assert_eq!((merged.id.as_str(), merged.updated_ms), ("c1", 99));
        assert_eq!(merge_row(&merged, &row, 100).updated_ms, 99, "nothing new");
        let mut born = amina.clone();
        born.birthday = Some(Birthday {
            month: 3,
            day: 9,
            year: Some(1990),
        });
        let mut yearless = row.clone();
        yearless.birthday = Some(Birthday {
            month: 3,
            day: 9,
            year: None,
        });
        assert_eq!(merge_row(&born, &yearless, 1).birthday, born.birthday);
    }
}
