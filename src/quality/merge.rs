//! Two or more records of one person made into one, the owner choosing field by field
//! where they disagree. Phones, emails and tags are kept together; consent and flag
//! history is kept whole, in time order (a withdrawal on one record still holds).

use crate::domain::custom_field::CustomValue;
use crate::domain::{Birthday, Customer, CustomerId, PersonName};
use std::collections::BTreeMap;

/// A field the members can disagree on.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MergeField {
    Name,
    Address,
    Birthday,
    Language,
    About,
    /// A custom field, by key.
    Custom(String),
}

/// A member's value for a field, for comparing and showing.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue<'c> {
    Name(&'c PersonName),
    Text(&'c str),
    Birthday(Birthday),
    Custom(&'c CustomValue),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MergePlan {
    /// The first keeps its id (and so its place in other tabs and links).
    members: Vec<Customer>,
    picks: BTreeMap<MergeField, usize>,
}

fn value_of<'c>(c: &'c Customer, field: &MergeField) -> Option<FieldValue<'c>> {
    let text = |s: &'c String| (!s.trim().is_empty()).then_some(FieldValue::Text(s));
    match field {
        MergeField::Name => (!c.name.is_empty()).then_some(FieldValue::Name(&c.name)),
        MergeField::Address => text(&c.address),
        MergeField::Birthday => c.birthday.map(FieldValue::Birthday),
        MergeField::Language => text(&c.language),
        MergeField::About => text(&c.about),
        MergeField::Custom(key) => c.custom.get(key).map(FieldValue::Custom),
    }
}

fn add_missing(kept: &mut Vec<String>, more: &[String]) {
    for m in more {
        if !kept.iter().any(|k| k.eq_ignore_ascii_case(m)) {
            kept.push(m.clone());
        }
    }
}

impl MergePlan {
    /// Each field starts from the first member that has it.
    pub fn new(members: Vec<Customer>) -> Self {
        let mut plan = MergePlan {
            members,
            picks: BTreeMap::new(),
        };
        for field in plan.all_fields() {
            let first = (0..plan.members.len())
                .find(|&m| plan.value(m, &field).is_some())
                .unwrap_or(0);
            plan.picks.insert(field, first);
        }
        plan
    }

    pub fn members(&self) -> &[Customer] {
        &self.members
    }

    fn all_fields(&self) -> Vec<MergeField> {
        let mut fields = vec![
            MergeField::Name,
            MergeField::Address,
            MergeField::Birthday,
            MergeField::Language,
            MergeField::About,
        ];
        let mut keys: Vec<&String> = self.members.iter().flat_map(|c| c.custom.keys()).collect();
        keys.sort();
        keys.dedup();
        fields.extend(keys.into_iter().map(|k| MergeField::Custom(k.clone())));
        fields
    }

    pub fn value(&self, member: usize, field: &MergeField) -> Option<FieldValue<'_>> {
        value_of(self.members.get(member)?, field)
    }

    /// The fields where members hold two or more different values: the owner chooses.
    pub fn disputed(&self) -> Vec<MergeField> {
        self.all_fields()
            .into_iter()
            .filter(|f| !self.choices(f).is_empty())
            .collect()
    }

    /// The members whose values differ for `field`, one per distinct value (empty when
    /// they agree or only one has a value).
    pub fn choices(&self, field: &MergeField) -> Vec<usize> {
        let mut distinct: Vec<(usize, FieldValue<'_>)> = Vec::new();
        for m in 0..self.members.len() {
            if let Some(v) = self.value(m, field) {
                if !distinct.iter().any(|(_, seen)| *seen == v) {
                    distinct.push((m, v));
                }
            }
        }
        if distinct.len() < 2 {
            return Vec::new();
        }
        distinct.into_iter().map(|(m, _)| m).collect()
    }

    pub fn picked(&self, field: &MergeField) -> usize {
        self.picks.get(field).copied().unwrap_or(0)
    }

    /// Takes `field` from the member with this id (if they are in the plan).
    pub fn pick_member(&mut self, field: MergeField, id: &CustomerId) {
        if let Some(m) = self.members.iter().position(|c| &c.id == id) {
            self.picks.insert(field, m);
        }
    }

    /// The plan for the members marked in `keep` (in order), with the choices made
    /// among them kept.
    pub fn only(&self, keep: &[bool]) -> MergePlan {
        let members: Vec<Customer> = self
            .members
            .iter()
            .zip(keep.iter().chain(std::iter::repeat(&true)))
            .filter(|(_, k)| **k)
            .map(|(c, _)| c.clone())
            .collect();
        let mut plan = MergePlan::new(members);
        for (field, m) in &self.picks {
            if keep.get(*m).copied().unwrap_or(true) {
                plan.pick_member(field.clone(), &self.members[*m].id);
            }
        }
        plan
    }

    pub fn pick(&mut self, field: MergeField, member: usize) {
        if member < self.members.len() {
            self.picks.insert(field, member);
        }
    }

    /// The one record: the first member's id and revision (the store checks it), each
    /// chosen field from its member, every phone, email and tag, the whole consent and
    /// flag history, and the earliest creation.
    pub fn merged(&self, now: i64) -> Customer {
        let mut one = self.members[0].clone();
        let from = |f: &MergeField| &self.members[self.picked(f)];
        one.name = from(&MergeField::Name).name.clone();
        one.address = from(&MergeField::Address).address.clone();
        one.birthday = from(&MergeField::Birthday).birthday;
        one.language = from(&MergeField::Language).language.clone();
        one.about = from(&MergeField::About).about.clone();
        one.custom = self
            .all_fields()
            .into_iter()
            .filter_map(|f| match &f {
                MergeField::Custom(key) => {
                    from(&f).custom.get(key).map(|v| (key.clone(), v.clone()))
                }
                _ => None,
            })
            .collect();
        for other in &self.members[1..] {
            add_missing(&mut one.phones, &other.phones);
            add_missing(&mut one.emails, &other.emails);
            add_missing(&mut one.tags, &other.tags);
            one.consents.extend(other.consents.iter().cloned());
            one.flags.extend(other.flags.iter().cloned());
            one.created_ms = one.created_ms.min(other.created_ms);
        }
        one.consents.sort_by_key(|e| e.at_ms);
        one.flags.sort_by_key(|e| e.at_ms);
        one.updated_ms = now;
        one
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gdpr::consent::{Flag, FlagEntry};
    use crate::store::contract::customer;

    #[test]
    fn the_owner_chooses_where_they_disagree_and_the_rest_is_kept_together() {
        let mut a = customer("a", "Amina W.");
        a.emails = vec!["amina@example.org".into()];
        a.created_ms = 50;
        let mut b = customer("b", "Amina Wanjiru");
        b.phones = vec!["+254733000111".into()];
        b.address = "Moi Avenue 4".into();
        b.tags = vec!["REGULAR".into(), "vip".into()];
        b.custom
            .insert("milk".into(), CustomValue::Text("oat".into()));
        b.created_ms = 10;
        b.flags = vec![FlagEntry {
            at_ms: 20,
            flag: Flag::Objection,
            on: true,
            note: String::new(),
        }];
        let mut c = customer("c", "Amina W.");
        c.about = String::new();

        let mut plan = MergePlan::new(vec![a, b, c]);
        assert_eq!(plan.disputed(), [MergeField::Name]);
        assert_eq!(plan.choices(&MergeField::Name), [0, 1], "one per value");
        assert_eq!(plan.picked(&MergeField::Address), 1, "the one that has it");
        plan.pick(MergeField::Name, 1);
        plan.pick(MergeField::Name, 7);

        let one = plan.merged(99);
        assert_eq!(one.id.as_str(), "a");
        assert_eq!(one.display_name(), "Amina Wanjiru");
        assert_eq!(one.address, "Moi Avenue 4");
        assert_eq!(one.phones, ["+254712345678", "+254733000111"]);
        assert_eq!(one.emails, ["amina@example.org"]);
        assert_eq!(one.tags, ["regular", "vip"]);
        assert_eq!(one.custom["milk"], CustomValue::Text("oat".into()));
        assert_eq!(one.flags.len(), 1, "an objection on any record holds");
        assert_eq!((one.created_ms, one.updated_ms), (10, 99));

        let without_first = plan.only(&[false, true, true]);
        assert_eq!(
            without_first.members()[0].id.as_str(),
            "b",
            "the next is kept"
        );
        assert_eq!(
            without_first.picked(&MergeField::Name),
            0,
            "the choice stays"
        );
        assert_eq!(without_first.disputed(), [MergeField::Name]);
        let mut by_id = without_first.clone();
        by_id.pick_member(MergeField::Name, &"c".into());
        assert_eq!(by_id.merged(1).display_name(), "Amina W.");
    }
}
