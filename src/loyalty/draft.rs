//! The loyalty settings form's text, and turning it into a `Programme` or a list of
//! problems, each naming its field (tiers and rewards by row).

use super::programme::{
    EarnRules, Expiry, Programme, Reward, Tier, TierBasis, MAX_EXPIRY_MONTHS, MAX_PCT,
    MAX_PER_VISIT, MAX_POINTS_FIELD, MAX_RATE_POINTS,
};
use crate::domain::money::MoneyProblem;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgrammeDraft {
    pub points: String,
    pub per_amount: String,
    pub per_visit: String,
    pub birthday_pct: String,
    /// "coffee: 2, cake: 1": extra points per amount unit in those categories.
    pub category_bonus: String,
    /// "never", "inactive" or "valid".
    pub expiry: String,
    pub expiry_months: String,
    /// "points" or "spend".
    pub tier_basis: String,
    pub tiers: Vec<TierDraft>,
    pub rewards: Vec<RewardDraft>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TierDraft {
    pub name: String,
    pub threshold: String,
    pub multiplier_pct: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RewardDraft {
    pub id: String,
    pub name: String,
    pub cost: String,
    pub active: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgrammeField {
    Points,
    PerAmount,
    PerVisit,
    BirthdayPct,
    CategoryBonus,
    ExpiryMonths,
    TierName(usize),
    TierThreshold(usize),
    TierMultiplier(usize),
    RewardName(usize),
    RewardCost(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgrammeProblem {
    /// Not a whole number (or below the field's minimum).
    WholeNumber {
        min: i64,
    },
    /// A whole number, but above the field's maximum (see `programme`'s limits).
    TooLarge {
        max: i64,
    },
    Money(MoneyProblem),
    Required,
    /// A tier's threshold must be above the one before it.
    NotAscending,
    /// "name: points" pairs, separated by commas.
    BonusFormat,
}

pub type ProgrammeErrors = Vec<(ProgrammeField, ProgrammeProblem)>;

/// A whole number from `min` to `max`. Digits too many for an i64 are "too large",
/// not "not a number": that is what the person typed.
fn whole(text: &str, min: i64, max: i64) -> Result<i64, ProgrammeProblem> {
    // Typed with Persian, Urdu or Arabic-Indic digits, or a minus sign, all the same.
    let ascii = crate::domain::digits::ascii_digits(text);
    let text = ascii.trim();
    let digits = text.strip_prefix('+').unwrap_or(text);
    match text.parse::<i64>() {
        Ok(n) if n < min => Err(ProgrammeProblem::WholeNumber { min }),
        Ok(n) if n > max => Err(ProgrammeProblem::TooLarge { max }),
        Ok(n) => Ok(n),
        Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            Err(ProgrammeProblem::TooLarge { max })
        }
        Err(_) => Err(ProgrammeProblem::WholeNumber { min }),
    }
}

/// A checked field (0 ..= a limit far below `u32::MAX`) as the programme stores it.
fn small(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

impl ProgrammeDraft {
    pub fn from_programme(p: &Programme) -> Self {
        let (expiry, months) = match p.expiry {
            Expiry::Never => ("never", 12),
            Expiry::AfterInactiveMonths(m) => ("inactive", m),
            Expiry::ValidForMonths(m) => ("valid", m),
        };
        Self {
            points: p.earn.points.to_string(),
            per_amount: p.currency.form_number(p.earn.per_amount),
            per_visit: p.earn.per_visit.to_string(),
            birthday_pct: p.earn.birthday_month_pct.to_string(),
            category_bonus: p
                .earn
                .category_bonus
                .iter()
                .map(|(c, n)| format!("{c}: {n}"))
                .collect::<Vec<_>>()
                .join(", "),
            expiry: expiry.into(),
            expiry_months: months.to_string(),
            tier_basis: match p.tier_basis {
                TierBasis::PointsEarned12m => "points",
                TierBasis::Spend12m => "spend",
            }
            .into(),
            tiers: p
                .tiers
                .iter()
                .map(|t| TierDraft {
                    name: t.name.clone(),
                    threshold: match p.tier_basis {
                        TierBasis::PointsEarned12m => t.threshold.to_string(),
                        TierBasis::Spend12m => {
                            p.currency.form_number(crate::domain::Money(t.threshold))
                        }
                    },
                    multiplier_pct: t.multiplier_pct.to_string(),
                })
                .collect(),
            rewards: p
                .rewards
                .iter()
                .map(|r| RewardDraft {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    cost: r.cost.to_string(),
                    active: r.active,
                })
                .collect(),
        }
    }

    /// The programme this form describes, with `old`'s version moved on if anything
    /// changed (entries already written keep the version they were made under).
    pub fn to_programme(&self, old: &Programme) -> Result<Programme, ProgrammeErrors> {
        use ProgrammeField as F;
        let mut errors = Vec::new();
        let mut check = |field, r: Result<i64, ProgrammeProblem>| {
            r.map_err(|p| errors.push((field, p))).unwrap_or(0)
        };
        let points = check(F::Points, whole(&self.points, 0, MAX_RATE_POINTS));
        let per_visit = check(F::PerVisit, whole(&self.per_visit, 0, MAX_PER_VISIT));
        let birthday = check(F::BirthdayPct, whole(&self.birthday_pct, 0, MAX_PCT));
        let per_amount = check(
            F::PerAmount,
            old.currency
                .parse(&self.per_amount)
                .map(|m| m.0)
                .map_err(ProgrammeProblem::Money)
                .and_then(|m| {
                    if m > 0 {
                        Ok(m)
                    } else {
                        Err(ProgrammeProblem::WholeNumber { min: 1 })
                    }
                }),
        );
        let months = check(
            F::ExpiryMonths,
            whole(&self.expiry_months, 1, MAX_EXPIRY_MONTHS),
        );
        let basis = if self.tier_basis == "spend" {
            TierBasis::Spend12m
        } else {
            TierBasis::PointsEarned12m
        };
        let mut category_bonus = Vec::new();
        for pair in self
            .category_bonus
            .split(crate::domain::draft::LIST_SEPARATORS)
            .filter(|p| !p.trim().is_empty())
        {
            match pair
                .split_once(':')
                .map(|(c, n)| (c.trim(), whole(n, 0, MAX_RATE_POINTS)))
            {
                Some((c, Ok(n))) if !c.is_empty() => category_bonus.push((c.to_owned(), n)),
                Some((c, Err(too_large @ ProgrammeProblem::TooLarge { .. }))) if !c.is_empty() => {
                    check(F::CategoryBonus, Err(too_large));
                }
                _ => {
                    check(F::CategoryBonus, Err(ProgrammeProblem::BonusFormat));
                }
            };
        }
        let mut tiers: Vec<Tier> = Vec::new();
        for (i, t) in self.tiers.iter().enumerate() {
            if t.name.trim().is_empty() {
                check(F::TierName(i), Err(ProgrammeProblem::Required));
            }
            let threshold = match basis {
                TierBasis::PointsEarned12m => whole(&t.threshold, 0, MAX_POINTS_FIELD),
                TierBasis::Spend12m => old
                    .currency
                    .parse(&t.threshold)
                    .map(|m| m.0)
                    .map_err(ProgrammeProblem::Money),
            };
            // Order is only worth checking on a threshold that was read: one problem
            // a field.
            let ascending = |t: &i64| tiers.last().is_none_or(|prev: &Tier| *t > prev.threshold);
            let threshold = check(
                F::TierThreshold(i),
                threshold.and_then(|t| {
                    if ascending(&t) {
                        Ok(t)
                    } else {
                        Err(ProgrammeProblem::NotAscending)
                    }
                }),
            );
            let multiplier_pct = check(F::TierMultiplier(i), whole(&t.multiplier_pct, 0, MAX_PCT));
            tiers.push(Tier {
                name: t.name.trim().to_owned(),
                threshold,
                multiplier_pct: small(multiplier_pct),
            });
        }
        let mut rewards = Vec::new();
        for (i, r) in self.rewards.iter().enumerate() {
            if r.name.trim().is_empty() {
                check(F::RewardName(i), Err(ProgrammeProblem::Required));
            }
            let cost = check(F::RewardCost(i), whole(&r.cost, 1, MAX_POINTS_FIELD));
            let id = if r.id.is_empty() {
                // A new reward: the first free "reward-N", never an id already in use.
                (i + 1..)
                    .map(|n| format!("reward-{n}"))
                    .find(|id| !self.rewards.iter().any(|r| &r.id == id))
                    .unwrap_or_default()
            } else {
                r.id.clone()
            };
            rewards.push(Reward {
                id,
                name: r.name.trim().to_owned(),
                cost,
                active: r.active,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut new = Programme {
            version: old.version,
            currency: old.currency.clone(),
            earn: EarnRules {
                points,
                per_amount: crate::domain::Money(per_amount),
                per_visit,
                birthday_month_pct: small(birthday),
                category_bonus,
            },
            expiry: match self.expiry.as_str() {
                "inactive" => Expiry::AfterInactiveMonths(small(months)),
                "valid" => Expiry::ValidForMonths(small(months)),
                _ => Expiry::Never,
            },
            tier_basis: basis,
            tiers,
            rewards,
        };
        if new != *old {
            // Saturating: a stored version at the top stays there rather than panicking
            // or wrapping to a version older entries already carry.
            new.version = old.version.saturating_add(1);
        }
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProgrammeField as F;

    #[test]
    fn the_default_programme_round_trips_unchanged() {
        let p = Programme::default();
        let again = ProgrammeDraft::from_programme(&p).to_programme(&p).unwrap();
        assert_eq!(again, p, "same rules, same version");
    }

    #[test]
    fn a_change_moves_the_version_on() {
        let p = Programme::default();
        let mut d = ProgrammeDraft::from_programme(&p);
        d.per_visit = "10".into();
        d.category_bonus = "coffee: 2, cake:1".into();
        d.expiry = "inactive".into();
        d.expiry_months = "6".into();
        d.rewards.push(RewardDraft {
            name: "Free cake".into(),
            cost: "180".into(),
            active: true,
            ..Default::default()
        });
        let new = d.to_programme(&p).unwrap();
        assert_eq!(new.version, p.version + 1);
        assert_eq!(new.earn.per_visit, 10);
        assert_eq!(
            new.earn.category_bonus,
            [("coffee".into(), 2), ("cake".into(), 1)]
        );
        assert_eq!(new.expiry, Expiry::AfterInactiveMonths(6));
        assert_eq!(new.rewards[2].id, "reward-3");
    }

    #[test]
    fn every_bad_field_is_named() {
        let p = Programme::default();
        let mut d = ProgrammeDraft::from_programme(&p);
        d.points = "-1".into();
        d.per_amount = "1.234".into();
        d.category_bonus = "coffee 2".into();
        d.tiers[2].threshold = "400".into(); // below Silver's 500
        d.tiers[1].name = " ".into();
        d.rewards[0].cost = "0".into();
        let errors = d.to_programme(&p).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                F::Points,
                F::PerAmount,
                F::CategoryBonus,
                F::TierName(1),
                F::TierThreshold(2),
                F::RewardCost(0)
            ]
        );
        assert_eq!(errors[4].1, ProgrammeProblem::NotAscending);
    }

    #[test]
    fn absurd_rates_are_refused_with_the_field_and_its_limit() {
        use crate::loyalty::programme::{MAX_EARN, MAX_RATE_POINTS};
        let p = Programme::default();
        let mut d = ProgrammeDraft::from_programme(&p);
        d.points = "9223372036854775807".into();
        d.per_amount = "99999999999999999".into();
        d.per_visit = "99999999999999999999999".into();
        d.birthday_pct = "4294967296".into();
        d.category_bonus = "coffee: 1001".into();
        d.expiry_months = "4294967297".into();
        d.tiers[1].threshold = "1000000000001".into();
        d.tiers[2].multiplier_pct = "1001".into();
        d.rewards[0].cost = "9223372036854775807".into();
        let errors = d.to_programme(&p).unwrap_err();
        let large = |max| ProgrammeProblem::TooLarge { max };
        assert_eq!(
            errors,
            [
                (F::Points, large(MAX_RATE_POINTS)),
                (F::PerVisit, large(1_000_000)),
                (F::BirthdayPct, large(1_000)),
                (
                    F::PerAmount,
                    ProgrammeProblem::Money(MoneyProblem::TooLarge {
                        max: 100_000_000_000
                    })
                ),
                (F::ExpiryMonths, large(1_200)),
                (F::CategoryBonus, large(MAX_RATE_POINTS)),
                (F::TierThreshold(1), large(1_000_000_000_000)),
                (F::TierMultiplier(2), large(1_000)),
                (F::RewardCost(0), large(1_000_000_000_000)),
            ]
        );
        // "-5" is below the minimum, not too large; words are not numbers.
        d = ProgrammeDraft::from_programme(&p);
        d.points = "-99999999999999999999".into();
        d.per_visit = "lots".into();
        let errors = d.to_programme(&p).unwrap_err();
        assert_eq!(
            errors[0],
            (F::Points, ProgrammeProblem::WholeNumber { min: 0 })
        );
        assert_eq!(
            errors[1],
            (F::PerVisit, ProgrammeProblem::WholeNumber { min: 0 })
        );
        assert!(MAX_EARN < i128::from(i64::MAX));
    }

    #[test]
    fn the_most_generous_programme_allowed_cannot_overflow_a_sale() {
        use crate::domain::money::MAX_AMOUNT;
        use crate::domain::Purchase;
        use crate::loyalty::programme::MAX_EARN;
        let p = Programme::default();
        let mut d = ProgrammeDraft::from_programme(&p);
        d.points = "1000".into();
        d.per_amount = "0.01".into();
        d.per_visit = "1000000".into();
        d.birthday_pct = "1000".into();
        d.category_bonus = "gold: 1000".into();
        d.tiers[0].multiplier_pct = "1000".into();
        let generous = d.to_programme(&p).unwrap();
        let sale = Purchase {
            id: "p".into(),
            customer: Some("c".into()),
            at_ms: 0, // January
            amount: MAX_AMOUNT,
            categories: vec!["Gold".into()],
            note: String::new(),
            void: None,
        };
        let points =
            crate::loyalty::rules::points_for(&generous, &sale, true, generous.tiers.first());
        assert_eq!(i128::from(points), MAX_EARN);
    }

    #[test]
    fn a_version_at_the_top_stays_there() {
        let p = Programme {
            version: u32::MAX,
            ..Programme::default()
        };
        let mut d = ProgrammeDraft::from_programme(&p);
        d.per_visit = "6".into();
        assert_eq!(d.to_programme(&p).unwrap().version, u32::MAX);
    }
}
