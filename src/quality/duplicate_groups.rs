//! Likely duplicates within the book: people who share an email or a phone, or whose
//! names differ by a letter or two and who share a birthday or an address. Found by
//! blocking keys (one hash map per kind of key; names compared only within the same
//! family name and birthday, or family name and address), so 100,000 customers take a
//! fraction of a second, never a comparison of everyone with everyone.

use crate::domain::{Customer, CustomerId};
use crate::exchange::import::duplicates::{close, email_key, name_keys, MatchReason};
use crate::search::fold;
use std::collections::HashMap;

/// How sure the book is that a group is one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// A shared phone or email but different names (a family sharing a phone), or a
    /// close name with one other field in common.
    Likely,
    /// A shared email or phone and the same name, near enough.
    High,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateGroup {
    /// Oldest first: the first is who a merge keeps by default.
    pub members: Vec<CustomerId>,
    /// Every reason that links the group, strongest first.
    pub reasons: Vec<MatchReason>,
    pub confidence: Confidence,
}

/// A sub-block larger than this (a whole street sharing an address, a shop's own number
/// typed for walk-ins) is left alone: it would cost more than it could find, and would
/// chain strangers into one group.
const MOST_COMPARED: usize = 64;

struct Links {
    parent: Vec<usize>,
    reasons: HashMap<usize, Vec<MatchReason>>,
}

impl Links {
    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize, reason: MatchReason) {
        let (ra, rb) = (self.root(a), self.root(b));
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        let mut reasons = self.reasons.remove(&keep).unwrap_or_default();
        if keep != gone {
            self.parent[gone] = keep;
            reasons.extend(self.reasons.remove(&gone).unwrap_or_default());
        }
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
        self.reasons.insert(keep, reasons);
    }
}

fn rank(reason: &MatchReason) -> u8 {
    match reason {
        MatchReason::SameId => 0,
        MatchReason::SameEmail => 1,
        MatchReason::SamePhone => 2,
        MatchReason::CloseName => 3,
    }
}

/// Every group of two or more customers that are likely one person: surest first, then
/// larger groups first.
pub fn duplicate_groups(customers: &[Customer]) -> Vec<DuplicateGroup> {
    let mut links = Links {
        parent: (0..customers.len()).collect(),
        reasons: HashMap::new(),
    };
    let mut sharing: HashMap<(u8, String), Vec<usize>> = HashMap::new();
    let mut blocks: HashMap<(String, String), Vec<(usize, String)>> = HashMap::new();
    for (i, c) in customers.iter().enumerate() {
        let emails = c.emails.iter().map(|e| (1, email_key(e)));
        for key in emails.chain(c.phones.iter().map(|p| (2, p.clone()))) {
            if !key.1.is_empty() {
                sharing.entry(key).or_default().push(i);
            }
        }
        let (block, given) = name_keys(c);
        if block.is_empty() {
            continue;
        }
        if let Some(b) = c.birthday {
            let when = format!("b{}-{}-{:?}", b.month, b.day, b.year);
            blocks
                .entry((block.clone(), when))
                .or_default()
                .push((i, given.clone()));
        }
        let address = fold(c.address.trim());
        if !address.is_empty() {
            blocks
                .entry((block, format!("a{address}")))
                .or_default()
                .push((i, given));
        }
    }
    // A number or address shared by many (the shop's own, an office's) says nothing.
    for ((kind, _), people) in &sharing {
        if people.len() > 1 && people.len() <= MOST_COMPARED {
            let reason = if *kind == 1 {
                MatchReason::SameEmail
            } else {
                MatchReason::SamePhone
            };
            for other in &people[1..] {
                if *other != people[0] {
                    links.join(people[0], *other, reason);
                }
            }
        }
    }
    for people in blocks.values().filter(|p| p.len() <= MOST_COMPARED) {
        for (n, (a, given_a)) in people.iter().enumerate() {
            for (b, given_b) in &people[n + 1..] {
                if close(given_a, given_b) {
                    links.join(*a, *b, MatchReason::CloseName);
                }
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..customers.len() {
        let root = links.root(i);
        if links.reasons.contains_key(&root) {
            members.entry(root).or_default().push(i);
        }
    }
    let mut groups: Vec<DuplicateGroup> = members
        .into_iter()
        .map(|(root, mut people)| {
            people.sort_by_key(|&i| (customers[i].created_ms, customers[i].id.clone()));
            let mut reasons = links.reasons.remove(&root).unwrap_or_default();
            reasons.sort_by_key(rank);
            DuplicateGroup {
                confidence: confidence(customers, &people, &reasons),
                members: people.iter().map(|&i| customers[i].id.clone()).collect(),
                reasons,
            }
        })
        .collect();
    groups.sort_by(|a, b| {
        (b.confidence, b.members.len(), &a.members[0]).cmp(&(
            a.confidence,
            a.members.len(),
            &b.members[0],
        ))
    });
    groups
}

fn confidence(customers: &[Customer], people: &[usize], reasons: &[MatchReason]) -> Confidence {
    let shares_contact = reasons.iter().any(|r| *r != MatchReason::CloseName);
    let (block, given) = name_keys(&customers[people[0]]);
    let one_name = people.iter().all(|&i| {
        let (b, g) = name_keys(&customers[i]);
        close(&b, &block) && close(&g, &given)
    });
    if shares_contact && one_name {
        Confidence::High
    } else {
        Confidence::Likely
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Birthday, PersonName};
    use crate::store::contract::customer;

    fn person(id: &str, given: &str, family: &str, created: i64) -> Customer {
        let mut c = customer(id, "");
        c.name = PersonName {
            given: given.into(),
            family: family.into(),
            display: String::new(),
        };
        c.phones.clear();
        c.created_ms = created;
        c
    }

    #[test]
    fn groups_by_contact_or_close_name_with_a_second_field() {
        let mut amina = person("a1", "Amina", "Wanjiru", 5);
        amina.phones = vec!["+254712345678".into()];
        let mut amina_again = person("a2", "Aminah", "Wanjiru", 1);
        amina_again.phones = vec!["+254712345678".into()];
        amina_again.emails = vec!["amina@example.org".into()];
        let mut amina_third = person("a3", "Amina", "Wanjiru", 9);
        amina_third.emails = vec!["AMINA@example.org ".into()];

        let born = Some(Birthday {
            month: 4,
            day: 2,
            year: None,
        });
        let mut juma = person("j1", "Juma", "Otieno", 1);
        juma.birthday = born;
        let mut jumaa = person("j2", "Jumaa", "Otieno", 2);
        jumaa.birthday = born;
        let mut zawadi = person("z1", "Zawadi", "Otieno", 3);
        zawadi.birthday = born;

        let mut mum = person("m1", "Neema", "Mushi", 1);
        mum.phones = vec!["+255700000001".into()];
        let mut son = person("m2", "Baraka", "Mushi", 2);
        son.phones = vec!["+255700000001".into()];

        let strangers = [
            person("s1", "Amina", "Wanjiru", 1),
            person("s2", "Juma", "Otieno", 1),
        ];
        let book: Vec<Customer> = [
            amina,
            amina_again,
            amina_third,
            juma,
            jumaa,
            zawadi,
            mum,
            son,
        ]
        .into_iter()
        .chain(strangers)
        .collect();
        let groups = duplicate_groups(&book);
        fn ids(g: &DuplicateGroup) -> Vec<&str> {
            g.members.iter().map(|m| m.as_str()).collect()
        }
        assert_eq!(groups.len(), 3, "{groups:?}");
        assert_eq!(ids(&groups[0]), ["a2", "a1", "a3"], "oldest first");
        assert_eq!(groups[0].confidence, Confidence::High);
        assert_eq!(
            groups[0].reasons,
            [MatchReason::SameEmail, MatchReason::SamePhone]
        );
        let juma_group = groups.iter().find(|g| ids(g) == ["j1", "j2"]).unwrap();
        assert_eq!(juma_group.reasons, [MatchReason::CloseName]);
        assert_eq!(juma_group.confidence, Confidence::Likely);
        let family = groups.iter().find(|g| ids(g) == ["m1", "m2"]).unwrap();
        assert_eq!(
            family.confidence,
            Confidence::Likely,
            "a shared family phone is not surely one person"
        );
    }

    #[test]
    fn the_shop_s_own_number_typed_for_everyone_links_nobody() {
        let book: Vec<Customer> = (0..100)
            .map(|i| {
                let mut c = person(&format!("w{i}"), &format!("Guest{i}"), "Walk-in", i);
                c.phones = vec!["+254700000000".into()];
                c
            })
            .collect();
        assert!(duplicate_groups(&book).is_empty());
    }

    #[test]
    fn a_demo_book_groups_everyone_at_most_once() {
        let book = crate::demo::DemoGenerator::new(7, 1_795_000_000_000)
            .batch(20_000)
            .customers;
        let groups = duplicate_groups(&book);
        assert!(groups.iter().all(|g| g.members.len() >= 2));
        let mut seen = std::collections::HashSet::new();
        assert!(
            groups
                .iter()
                .flat_map(|g| &g.members)
                .all(|m| seen.insert(m)),
            "nobody in two groups"
        );
    }
}
