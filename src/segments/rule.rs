//! What a segment is: a name and a rule, a group of conditions joined by "all of" or
//! "any of", which may hold further groups. Stored in the settings, so rules travel
//! with a backup and pass the same value envelope as everything else.

use crate::analytics::rfm::RfmSegment;
use crate::gdpr::consent::Purpose;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// Random, so no key or link carries anything about the customers it selects.
    pub id: String,
    pub name: String,
    pub rule: Group,
    /// What the list is used for. Set, members are only those with a basis for it,
    /// never a restricted person, and for marketing never one who objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Join {
    #[default]
    All,
    Any,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub join: Join,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Condition(Condition),
    Group(Group),
}

/// One test on one thing known about a customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub on: Subject,
    pub test: Test,
}

/// What a condition looks at. Windows are in days back from today; 0 means all time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Tag,
    Name,
    Email,
    Phone,
    Address,
    Birthday,
    /// A custom field, by its stable key.
    Custom(String),
    /// Spend in the window, minor units.
    Spend {
        days: u32,
    },
    Visits {
        days: u32,
    },
    /// Whole days since the last purchase.
    DaysSinceVisit,
    /// Whole days since the customer was added.
    DaysSinceAdded,
    Points,
    Tier,
    Rfm,
    /// The chance the customer still buys, in percent.
    ChanceActive,
    /// Expected value over the insights' horizon, minor units.
    ExpectedValue,
    /// The customer score: the points of every score rule the customer matches.
    Score,
    /// Whether a lawful basis stands for the purpose (consent given and not withdrawn).
    Consent(Purpose),
}

/// One rule of the customer score: customers matching `condition` get `points`
/// (negative points take away).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreRule {
    pub condition: Condition,
    pub points: i32,
}

/// Points one score rule may give or take.
pub const MAX_RULE_POINTS: i32 = 1_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Test {
    /// Has a value (a tag: has any tag; a last visit: has bought).
    IsSet,
    IsEmpty,
    /// Equal, ignoring case and accents (a tag, a tier, a choice, an RFM segment).
    Is(String),
    IsNot(String),
    Contains(String),
    AtLeast(f64),
    AtMost(f64),
    Yes,
    No,
}

impl Subject {
    /// The tests that make sense for this subject, in the order a menu offers them.
    pub fn tests(&self) -> &'static [TestKind] {
        use TestKind::*;
        match self {
            Subject::Tag | Subject::Tier | Subject::Rfm => &[Is, IsNot, IsSet, IsEmpty],
            Subject::Name | Subject::Address => &[Contains, IsSet, IsEmpty],
            Subject::Email | Subject::Phone | Subject::Birthday => &[IsSet, IsEmpty, Contains],
            Subject::Custom(_) => &[
                IsSet, IsEmpty, Contains, Is, IsNot, AtLeast, AtMost, Yes, No,
            ],
            Subject::Spend { .. }
            | Subject::Visits { .. }
            | Subject::Points
            | Subject::DaysSinceAdded
            | Subject::ChanceActive
            | Subject::ExpectedValue
            | Subject::Score => &[AtLeast, AtMost],
            Subject::DaysSinceVisit => &[AtLeast, AtMost, IsEmpty],
            Subject::Consent(_) => &[Yes, No],
        }
    }

    pub fn needs_loyalty(&self) -> bool {
        matches!(self, Subject::Points | Subject::Tier)
    }

    pub fn needs_insights(&self) -> bool {
        matches!(
            self,
            Subject::Rfm | Subject::ChanceActive | Subject::ExpectedValue
        )
    }

    /// True for subjects whose figures are amounts of money.
    pub fn is_money(&self) -> bool {
        matches!(self, Subject::Spend { .. } | Subject::ExpectedValue)
    }
}

/// A test without its value, for menus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TestKind {
    IsSet,
    IsEmpty,
    Is,
    IsNot,
    Contains,
    AtLeast,
    AtMost,
    Yes,
    No,
}

impl Test {
    pub fn kind(&self) -> TestKind {
        match self {
            Test::IsSet => TestKind::IsSet,
            Test::IsEmpty => TestKind::IsEmpty,
            Test::Is(_) => TestKind::Is,
            Test::IsNot(_) => TestKind::IsNot,
            Test::Contains(_) => TestKind::Contains,
            Test::AtLeast(_) => TestKind::AtLeast,
            Test::AtMost(_) => TestKind::AtMost,
            Test::Yes => TestKind::Yes,
            Test::No => TestKind::No,
        }
    }
}

impl TestKind {
    /// Whether the test needs a value typed or chosen.
    pub fn takes_text(self) -> bool {
        matches!(self, TestKind::Is | TestKind::IsNot | TestKind::Contains)
    }

    pub fn takes_number(self) -> bool {
        matches!(self, TestKind::AtLeast | TestKind::AtMost)
    }
}

/// What a rule needs worked out before it can be counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// Purchase windows, in days (0: all time).
    pub windows: Vec<u32>,
    pub loyalty: bool,
    pub insights: bool,
    /// The rule looks at the customer score (whose rules have needs of their own).
    pub score: bool,
}

impl Needs {
    /// Adds what `other` needs (for one set of facts serving several rules).
    pub fn add(&mut self, other: Needs) {
        self.windows.extend(other.windows);
        self.windows.sort_unstable();
        self.windows.dedup();
        self.loyalty |= other.loyalty;
        self.insights |= other.insights;
        self.score |= other.score;
    }

    /// These needs, plus those of the score rules if the score is looked at.
    pub fn with_score_rules(mut self, rules: &[ScoreRule]) -> Needs {
        if self.score {
            for r in rules {
                let g = Group {
                    join: Join::All,
                    items: vec![Item::Condition(r.condition.clone())],
                };
                self.add(g.needs());
            }
        }
        self
    }
}

/// Levels of groups: a segment's own group, and groups of conditions inside it (as
/// the builder makes them). A group inside those (only damaged or hand-edited settings
/// hold one) matches no one rather than recursing without end, and is refused on save.
pub const MAX_DEPTH: usize = 2;

impl Group {
    pub fn needs(&self) -> Needs {
        let mut needs = Needs::default();
        self.collect_needs(&mut needs, 0);
        needs.windows.sort_unstable();
        needs.windows.dedup();
        needs
    }

    fn collect_needs(&self, needs: &mut Needs, depth: usize) {
        if depth >= MAX_DEPTH {
            return;
        }
        for item in &self.items {
            match item {
                Item::Group(g) => g.collect_needs(needs, depth + 1),
                Item::Condition(c) => {
                    if let Subject::Spend { days } | Subject::Visits { days } = c.on {
                        needs.windows.push(days);
                    }
                    needs.loyalty |= c.on.needs_loyalty();
                    needs.insights |= c.on.needs_insights();
                    needs.score |= c.on == Subject::Score;
                }
            }
        }
    }

    /// How many levels of groups this is: 1 for conditions alone.
    pub fn depth(&self) -> usize {
        // Iterative, so that no stored nesting can exhaust the stack.
        let mut deepest = 0;
        let mut open = vec![(self, 1usize)];
        while let Some((g, d)) = open.pop() {
            deepest = deepest.max(d);
            for item in &g.items {
                if let Item::Group(inner) = item {
                    open.push((inner, d + 1));
                }
            }
        }
        deepest
    }

    pub fn conditions(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i {
                Item::Condition(_) => 1,
                Item::Group(g) => g.conditions(),
            })
            .sum()
    }
}

/// An RFM segment's stored name, as conditions keep it.
pub fn rfm_key(segment: RfmSegment) -> &'static str {
    match segment {
        RfmSegment::Champions => "champions",
        RfmSegment::Loyal => "loyal",
        RfmSegment::PotentialLoyalists => "potential_loyalists",
        RfmSegment::New => "new",
        RfmSegment::Promising => "promising",
        RfmSegment::NeedAttention => "need_attention",
        RfmSegment::AboutToSleep => "about_to_sleep",
        RfmSegment::AtRisk => "at_risk",
        RfmSegment::CantLoseThem => "cant_lose_them",
        RfmSegment::Hibernating => "hibernating",
    }
}
