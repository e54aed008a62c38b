//! Who matches a rule: each condition is one pass over the directory's slots into a
//! yes/no column, and groups combine the columns. At 100,000 customers a condition
//! costs well under a millisecond, so the count follows every edit.

use super::facts::{Facts, DAY_MS};
use super::rule::{rfm_key, Condition, Group, Item, Join, ScoreRule, Subject, Test, MAX_DEPTH};
use crate::domain::CustomValue;
use crate::gdpr::consent::Purpose;
use crate::sales::PurchaseTable;
use crate::search::{fold, Directory, DirectoryRow};

/// What a rule is evaluated against.
pub struct Sources<'a> {
    pub directory: &'a Directory,
    pub table: &'a PurchaseTable,
    pub facts: &'a Facts,
    /// The customer score's rules, for conditions on the score.
    pub score_rules: &'a [ScoreRule],
}

/// One flag per directory slot.
#[derive(Clone, Debug, PartialEq)]
pub struct Members(Vec<bool>);

impl Members {
    pub fn contains(&self, slot: u32) -> bool {
        self.0.get(slot as usize).copied().unwrap_or(false)
    }

    pub fn count(&self) -> usize {
        self.0.iter().filter(|m| **m).count()
    }

    pub fn slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, m)| **m)
            .map(|(i, _)| i as u32)
    }

    pub fn as_flags(&self) -> &[bool] {
        &self.0
    }
}

/// The live customers `rule` selects. An empty "all of" group selects everyone, an
/// empty "any of" group no one, as in logic. A restricted person (Art. 18) is in no
/// segment.
pub fn members(rule: &Group, sources: &Sources) -> Members {
    members_for(rule, None, sources)
}

/// As `members`, for a list used for `purpose`: only those with a basis for it, and
/// for marketing none who object.
pub fn members_for(rule: &Group, purpose: Option<&Purpose>, sources: &Sources) -> Members {
    let mut flags = group(rule, sources, 0);
    let d = sources.directory;
    for (slot, flag) in flags.iter_mut().enumerate() {
        *flag &= d.row(slot as u32).is_some_and(|r| match purpose {
            Some(p) => r.standing.may_use_for(p),
            None => !r.standing.restricted,
        });
    }
    Members(flags)
}

fn group(g: &Group, s: &Sources, depth: usize) -> Vec<bool> {
    let slots = s.directory.slots();
    if depth >= MAX_DEPTH {
        return vec![false; slots];
    }
    let start = g.join == Join::All;
    let mut acc = vec![start; slots];
    for item in &g.items {
        let flags = match item {
            Item::Condition(c) => condition(c, s),
            Item::Group(inner) => group(inner, s, depth + 1),
        };
        for (a, f) in acc.iter_mut().zip(flags) {
            *a = if start { *a && f } else { *a || f };
        }
    }
    acc
}

fn condition(c: &Condition, s: &Sources) -> Vec<bool> {
    let d = s.directory;
    let facts = s.facts;
    let now = facts.now_ms;
    let each = |test: &dyn Fn(usize, &DirectoryRow) -> bool| -> Vec<bool> {
        (0..d.slots())
            .map(|slot| d.row(slot as u32).is_some_and(|r| test(slot, r)))
            .collect()
    };
    // The text compared is folded once here, not once per customer.
    let folded = match &c.test {
        Test::Is(t) => Test::Is(fold(t.trim())),
        Test::IsNot(t) => Test::IsNot(fold(t.trim())),
        Test::Contains(t) => Test::Contains(fold(t.trim())),
        other => other.clone(),
    };
    let test = &folded;
    match &c.on {
        Subject::Tag => {
            let tag = match test {
                Test::Is(t) | Test::IsNot(t) => Some(d.tag_id(t)),
                _ => None,
            };
            each(&|_, r| match (test, tag) {
                (Test::Is(_), Some(t)) => t.is_some_and(|t| r.tags.contains(&t)),
                (Test::IsNot(_), Some(t)) => t.is_none_or(|t| !r.tags.contains(&t)),
                (Test::IsSet, _) => !r.tags.is_empty(),
                (Test::IsEmpty, _) => r.tags.is_empty(),
                _ => false,
            })
        }
        Subject::Name => each(&|_, r| text_test(test, r.folded_name())),
        Subject::Address => each(&|_, r| text_test(test, r.folded_address())),
        Subject::Email => {
            each(&|_, r| presence_or_contains(test, r.has_email, d.contacts_of(r), Contact::Email))
        }
        Subject::Phone => {
            // Contacts hold phone digits only: look for the digits typed.
            let digits = match test {
                Test::Contains(t) => Test::Contains(
                    crate::domain::digits::ascii_digits(t)
                        .chars()
                        .filter(char::is_ascii_digit)
                        .collect(),
                ),
                other => other.clone(),
            };
            each(&|_, r| {
                presence_or_contains(&digits, r.has_phone, d.contacts_of(r), Contact::Phone)
            })
        }
        Subject::Birthday => each(&|_, r| presence(test, r.birthday.is_some())),
        Subject::Custom(key) => each(&|_, r| {
            let value = r
                .custom
                .iter()
                .find(|(k, _)| &**k == key.as_str())
                .map(|(_, v)| v);
            custom_test(test, value)
        }),
        Subject::Spend { days } => {
            let totals = facts.window(*days, s.table);
            // Facts built before the directory grew (a save meanwhile) have fewer slots:
            // the newcomers count as nothing bought until the facts are rebuilt.
            each(&|slot, _| number_test(test, totals.get(slot).map_or(0, |t| t.spend) as f64))
        }
        Subject::Visits { days } => {
            let totals = facts.window(*days, s.table);
            each(&|slot, _| number_test(test, f64::from(totals.get(slot).map_or(0, |t| t.visits))))
        }
        Subject::DaysSinceVisit => each(&|slot, _| match facts.last_visit(slot) {
            Some(at) => number_test(test, whole_days(now, at)),
            None => matches!(test, Test::IsEmpty),
        }),
        Subject::DaysSinceAdded => each(&|_, r| number_test(test, whole_days(now, r.created_ms))),
        Subject::Points => each(&|slot, _| {
            facts
                .standing(slot)
                .is_some_and(|st| number_test(test, st.points as f64))
        }),
        Subject::Tier => each(&|slot, _| {
            facts
                .standing(slot)
                .is_some_and(|st| choice_test(test, (!st.tier.is_empty()).then_some(&*st.tier)))
        }),
        Subject::Rfm => each(&|slot, _| {
            facts
                .scores(slot)
                .is_some_and(|sc| choice_test(test, sc.rfm.map(rfm_key)))
        }),
        Subject::ChanceActive => each(&|slot, _| {
            facts
                .scores(slot)
                .and_then(|sc| sc.chance_active)
                .is_some_and(|p| number_test(test, p * 100.0))
        }),
        Subject::ExpectedValue => each(&|slot, _| {
            facts
                .scores(slot)
                .and_then(|sc| sc.expected_value)
                .is_some_and(|v| number_test(test, v))
        }),
        Subject::Score => {
            let score = scores(s);
            each(&|slot, _| number_test(test, score.get(slot).copied().unwrap_or(0) as f64))
        }
        Subject::Consent(purpose) => each(&|_, r| match test {
            Test::Yes => r.standing.has_basis(purpose),
            Test::No => !r.standing.has_basis(purpose),
            _ => false,
        }),
    }
}

/// Every slot's customer score: the points of each rule it matches. A rule on the
/// score itself would go round in circles: it counts for no one.
pub fn scores(s: &Sources) -> Vec<i64> {
    let mut total = vec![0i64; s.directory.slots()];
    for rule in s.score_rules {
        if rule.condition.on == Subject::Score {
            continue;
        }
        let points = i64::from(
            rule.points
                .clamp(-super::rule::MAX_RULE_POINTS, super::rule::MAX_RULE_POINTS),
        );
        for (t, hit) in total.iter_mut().zip(condition(&rule.condition, s)) {
            if hit {
                *t += points;
            }
        }
    }
    total
}

fn whole_days(now: i64, then: i64) -> f64 {
    (now.saturating_sub(then) / DAY_MS) as f64
}

fn presence(test: &Test, present: bool) -> bool {
    match test {
        Test::IsSet => present,
        Test::IsEmpty => !present,
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Contact {
    Phone,
    Email,
}

/// `contacts` holds a row's phone forms and emails, space-separated: only the kind
/// asked about is searched (emails are the words with an @).
fn presence_or_contains(test: &Test, present: bool, contacts: &str, kind: Contact) -> bool {
    match test {
        Test::Contains(needle) => {
            present
                && !needle.is_empty()
                && contacts
                    .split_whitespace()
                    .filter(|w| w.contains('@') == (kind == Contact::Email))
                    .any(|w| w.contains(needle.as_str()))
        }
        other => presence(other, present),
    }
}

/// Both `test`'s text and `folded` are already folded.
fn text_test(test: &Test, folded: &str) -> bool {
    match test {
        Test::Contains(needle) => !needle.is_empty() && folded.contains(needle.as_str()),
        Test::Is(t) => t == folded,
        Test::IsNot(t) => t != folded,
        other => presence(other, !folded.is_empty()),
    }
}

/// `test`'s text is folded; `value` is folded here (stored names may not be).
fn choice_test(test: &Test, value: Option<&str>) -> bool {
    match test {
        Test::Is(t) => value.is_some_and(|v| fold(v) == *t),
        Test::IsNot(t) => value.is_none_or(|v| fold(v) != *t),
        other => presence(other, value.is_some()),
    }
}

fn number_test(test: &Test, value: f64) -> bool {
    match test {
        Test::AtLeast(x) => value >= *x,
        Test::AtMost(x) => value <= *x,
        _ => false,
    }
}

fn custom_test(test: &Test, value: Option<&CustomValue>) -> bool {
    match (test, value) {
        (Test::IsSet, v) => v.is_some(),
        (Test::IsEmpty, v) => v.is_none(),
        (Test::Yes, Some(CustomValue::YesNo(b))) => *b,
        (Test::No, Some(CustomValue::YesNo(b))) => !*b,
        (Test::AtLeast(_) | Test::AtMost(_), Some(CustomValue::Number(n))) => number_test(test, *n),
        (Test::IsNot(_), None) => true,
        (_, Some(CustomValue::Text(t) | CustomValue::Choice(t))) => text_test(test, &fold(t)),
        (_, Some(CustomValue::Number(n))) => text_test(test, &n.to_string()),
        (_, Some(CustomValue::Date(d))) => text_test(test, &d.to_string()),
        _ => false,
    }
}
