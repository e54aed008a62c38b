//! A segment as the builder edits it: conditions with the value as typed, some inside
//! one level of groups. `build` turns it into a rule, naming each condition whose value
//! cannot be read; the live count uses the conditions that can.

use super::rule::{
    Condition, Group, Item, Join, ScoreRule, Segment, Subject, Test, TestKind, MAX_RULE_POINTS,
};
use crate::domain::custom_field::{CustomFieldDef, CustomFieldKind};
use crate::domain::digits::ascii_digits;
use crate::domain::money::{Currency, MoneyProblem};
use crate::domain::Money;
use crate::gdpr::consent::Purpose;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct SegmentDraft {
    pub id: String,
    pub name: String,
    /// What the list is used for (see `Segment::purpose`).
    pub purpose: Option<Purpose>,
    pub join: Join,
    pub groups: Vec<GroupDraft>,
    pub conditions: Vec<ConditionDraft>,
    /// Groups inside groups left out of the draft (the builder shows one level; deeper
    /// ones only come from damaged or hand-edited settings, and match no one).
    pub left_out: usize,
    next_key: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupDraft {
    pub key: u32,
    pub join: Join,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConditionDraft {
    /// Stable while the builder is open, so a row keeps its focus as others change.
    pub key: u32,
    /// The group it sits in; `None` for the top level.
    pub group: Option<u32>,
    pub subject: Subject,
    pub test: TestKind,
    pub value: String,
}

/// Why a condition's value cannot be used; `position` counts conditions from 1 in
/// the order the builder shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftProblem {
    pub position: usize,
    pub problem: ValueProblem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ValueProblem {
    Missing,
    NotANumber,
    /// A percentage outside 0-100.
    NotAPercent,
    /// A score rule's points: not a whole number from -MAX to MAX other than 0.
    Points,
    Amount(MoneyProblem),
}

/// Windows the builder offers for spend and visits, in days (0: all time).
pub const WINDOWS: [u32; 5] = [30, 90, 180, 365, 0];

impl Default for SegmentDraft {
    fn default() -> Self {
        SegmentDraft {
            id: String::new(),
            name: String::new(),
            purpose: None,
            join: Join::All,
            groups: Vec::new(),
            conditions: Vec::new(),
            left_out: 0,
            next_key: 1,
        }
    }
}

/// The tests a subject offers, narrowed by a custom field's kind.
pub fn tests_for(subject: &Subject, fields: &[CustomFieldDef]) -> Vec<TestKind> {
    use TestKind::*;
    let Subject::Custom(key) = subject else {
        return subject.tests().to_vec();
    };
    match fields.iter().find(|f| &f.key == key).map(|f| &f.kind) {
        Some(CustomFieldKind::Number) => vec![AtLeast, AtMost, IsSet, IsEmpty],
        Some(CustomFieldKind::YesNo) => vec![Yes, No, IsEmpty],
        Some(CustomFieldKind::Choice(_)) => vec![Is, IsNot, IsSet, IsEmpty],
        Some(CustomFieldKind::Date) => vec![IsSet, IsEmpty],
        Some(CustomFieldKind::Text) | None => vec![Contains, Is, IsSet, IsEmpty],
    }
}

impl SegmentDraft {
    pub fn from_segment(segment: &Segment, currency: &Currency) -> Self {
        let mut draft = SegmentDraft {
            id: segment.id.clone(),
            name: segment.name.clone(),
            purpose: segment.purpose.clone(),
            join: segment.rule.join,
            ..SegmentDraft::default()
        };
        for item in &segment.rule.items {
            match item {
                Item::Condition(c) => draft.push_condition(None, c, currency),
                Item::Group(g) => {
                    let key = draft.add_group();
                    if let Some(group) = draft.groups.iter_mut().find(|x| x.key == key) {
                        group.join = g.join;
                    }
                    for inner in &g.items {
                        match inner {
                            Item::Condition(c) => draft.push_condition(Some(key), c, currency),
                            Item::Group(_) => draft.left_out += 1,
                        }
                    }
                }
            }
        }
        draft
    }

    fn push_condition(&mut self, group: Option<u32>, c: &Condition, currency: &Currency) {
        let value = match &c.test {
            Test::Is(t) | Test::IsNot(t) | Test::Contains(t) => t.clone(),
            Test::AtLeast(x) | Test::AtMost(x) if c.on.is_money() => {
                currency.form_number(Money(*x as i64))
            }
            Test::AtLeast(x) | Test::AtMost(x) => x.to_string(),
            _ => String::new(),
        };
        let key = self.take_key();
        self.conditions.push(ConditionDraft {
            key,
            group,
            subject: c.on.clone(),
            test: c.test.kind(),
            value,
        });
    }

    fn take_key(&mut self) -> u32 {
        let key = self.next_key;
        self.next_key += 1;
        key
    }

    /// Adds a condition (spend in the last 90 days, at least ...) and returns its key.
    pub fn add_condition(&mut self, group: Option<u32>) -> u32 {
        let key = self.take_key();
        self.conditions.push(ConditionDraft {
            key,
            group,
            subject: Subject::Spend { days: 90 },
            test: TestKind::AtLeast,
            value: String::new(),
        });
        key
    }

    /// Adds a group of "any of" with one condition in it; returns the group's key.
    pub fn add_group(&mut self) -> u32 {
        let key = self.take_key();
        self.groups.push(GroupDraft {
            key,
            join: Join::Any,
        });
        key
    }

    pub fn remove_condition(&mut self, key: u32) {
        self.conditions.retain(|c| c.key != key);
    }

    pub fn remove_group(&mut self, key: u32) {
        self.groups.retain(|g| g.key != key);
        self.conditions.retain(|c| c.group != Some(key));
    }

    pub fn condition(&self, key: u32) -> Option<&ConditionDraft> {
        self.conditions.iter().find(|c| c.key == key)
    }

    pub fn condition_mut(&mut self, key: u32) -> Option<&mut ConditionDraft> {
        self.conditions.iter_mut().find(|c| c.key == key)
    }

    /// A new subject starts with its first test and an empty value.
    pub fn set_subject(&mut self, key: u32, subject: Subject, fields: &[CustomFieldDef]) {
        if let Some(c) = self.condition_mut(key) {
            if c.subject != subject {
                // A window change keeps the test and value; a subject that does not offer
                // the test (another kind of custom field too) starts afresh.
                let same_kind = std::mem::discriminant(&c.subject)
                    == std::mem::discriminant(&subject)
                    && tests_for(&subject, fields).contains(&c.test);
                if !same_kind {
                    c.test = tests_for(&subject, fields)
                        .first()
                        .copied()
                        .unwrap_or(TestKind::IsSet);
                    c.value.clear();
                }
                c.subject = subject;
            }
        }
    }

    /// Conditions' keys in the order the builder shows them: the top level, then each
    /// group's.
    pub fn shown_order(&self) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .conditions
            .iter()
            .filter(|c| c.group.is_none())
            .map(|c| c.key)
            .collect();
        for g in &self.groups {
            out.extend(
                self.conditions
                    .iter()
                    .filter(|c| c.group == Some(g.key))
                    .map(|c| c.key),
            );
        }
        out
    }

    /// The condition's number as the builder shows it (from 1).
    pub fn position(&self, key: u32) -> usize {
        self.shown_order()
            .iter()
            .position(|k| *k == key)
            .map_or(0, |p| p + 1)
    }

    /// The rule from the conditions that can be read, and what is wrong with the rest.
    pub fn build(&self, currency: &Currency) -> (Group, Vec<DraftProblem>) {
        let mut problems = Vec::new();
        let mut read = |c: &ConditionDraft| match test_of(c, currency) {
            Ok(test) => Some(Item::Condition(Condition {
                on: c.subject.clone(),
                test,
            })),
            Err(problem) => {
                problems.push(DraftProblem {
                    position: self.position(c.key),
                    problem,
                });
                None
            }
        };
        let mut items: Vec<Item> = self
            .conditions
            .iter()
            .filter(|c| c.group.is_none())
            .filter_map(&mut read)
            .collect();
        for g in &self.groups {
            let inner: Vec<Item> = self
                .conditions
                .iter()
                .filter(|c| c.group == Some(g.key))
                .filter_map(&mut read)
                .collect();
            // An empty group says nothing: left out rather than matching all or none.
            if !inner.is_empty() {
                items.push(Item::Group(Group {
                    join: g.join,
                    items: inner,
                }));
            }
        }
        problems.sort_by_key(|p| p.position);
        (
            Group {
                join: self.join,
                items,
            },
            problems,
        )
    }

    /// The segment to save, or what stops it.
    pub fn to_segment(&self, currency: &Currency) -> Result<Segment, Vec<DraftProblem>> {
        let (rule, problems) = self.build(currency);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Segment {
            id: self.id.clone(),
            name: self.name.clone(),
            rule,
            purpose: self.purpose.clone(),
        })
    }
}

fn test_of(c: &ConditionDraft, currency: &Currency) -> Result<Test, ValueProblem> {
    let text = c.value.trim();
    let text_value = || {
        if text.is_empty() {
            Err(ValueProblem::Missing)
        } else {
            Ok(text.to_owned())
        }
    };
    let number = || -> Result<f64, ValueProblem> {
        if text.is_empty() {
            return Err(ValueProblem::Missing);
        }
        if c.subject.is_money() {
            return currency
                .parse(text)
                .map(|m| m.0 as f64)
                .map_err(ValueProblem::Amount);
        }
        let n = parse_number(text).ok_or(ValueProblem::NotANumber)?;
        if c.subject == Subject::ChanceActive && !(0.0..=100.0).contains(&n) {
            return Err(ValueProblem::NotAPercent);
        }
        Ok(n)
    };
    Ok(match c.test {
        TestKind::IsSet => Test::IsSet,
        TestKind::IsEmpty => Test::IsEmpty,
        TestKind::Yes => Test::Yes,
        TestKind::No => Test::No,
        TestKind::Is => Test::Is(text_value()?),
        TestKind::IsNot => Test::IsNot(text_value()?),
        TestKind::Contains => Test::Contains(text_value()?),
        TestKind::AtLeast => Test::AtLeast(number()?),
        TestKind::AtMost => Test::AtMost(number()?),
    })
}

/// A plain number typed in any of the app's digits, with "." or "," as the decimal
/// point ("12,5" in Georgian); a percent sign is allowed after it.
pub fn parse_number(text: &str) -> Option<f64> {
    let ascii = ascii_digits(text);
    let cleaned: String = ascii
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The customer score's rules as the score page edits them: each a condition (the
/// draft's top level) with its points as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScoreDraft {
    pub rules: SegmentDraft,
    pub points: BTreeMap<u32, String>,
}

impl ScoreDraft {
    pub fn from_rules(rules: &[ScoreRule], currency: &Currency) -> Self {
        let mut draft = ScoreDraft::default();
        for r in rules {
            draft.rules.push_condition(None, &r.condition, currency);
            if let Some(c) = draft.rules.conditions.last() {
                draft.points.insert(c.key, r.points.to_string());
            }
        }
        draft
    }

    /// Adds a rule worth 10 points; returns its key.
    pub fn add_rule(&mut self) -> u32 {
        let key = self.rules.add_condition(None);
        self.points.insert(key, "10".into());
        key
    }

    pub fn remove_rule(&mut self, key: u32) {
        self.rules.remove_condition(key);
        self.points.remove(&key);
    }

    /// The rules, or what is wrong with each one that cannot be read.
    pub fn build(&self, currency: &Currency) -> Result<Vec<ScoreRule>, Vec<DraftProblem>> {
        let (rules, problems) = self.read(currency);
        if problems.is_empty() {
            Ok(rules)
        } else {
            Err(problems)
        }
    }

    /// The rules that can be read (what the scores shown while editing follow), and
    /// what is wrong with the rest.
    pub fn read(&self, currency: &Currency) -> (Vec<ScoreRule>, Vec<DraftProblem>) {
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        for (i, c) in self.rules.conditions.iter().enumerate() {
            let position = i + 1;
            let points = self
                .points
                .get(&c.key)
                .and_then(|p| parse_number(p))
                .filter(|p| p.fract() == 0.0 && *p != 0.0 && p.abs() <= f64::from(MAX_RULE_POINTS))
                .map(|p| p as i32);
            match (test_of(c, currency), points) {
                (Ok(test), Some(points)) => rules.push(ScoreRule {
                    condition: Condition {
                        on: c.subject.clone(),
                        test,
                    },
                    points,
                }),
                (Err(problem), _) => problems.push(DraftProblem { position, problem }),
                (_, None) => problems.push(DraftProblem {
                    position,
                    problem: ValueProblem::Points,
                }),
            }
        }
        (rules, problems)
    }
}
