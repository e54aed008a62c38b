//! From true numbers to numbers that may leave the device: small groups hidden (and a
//! second one with them, so the total cannot give a hidden one away), then discrete
//! Laplace noise on everything shown, each number with the range it is likely within.

use super::cells::{CellLabel, TrueCells};
use super::noise::{Epsilon, LaplaceNoise};
use super::spec::{Metric, ReportSpec};
use crate::domain::time::Millis;
use serde::{Deserialize, Serialize};

/// A released number and the range the true one lies in with the report's confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub value: i64,
    pub low: i64,
    pub high: i64,
}

impl Estimate {
    /// "may be off by about ± this much": the wider side, as a range cut at zero (or a
    /// ratio's) is not symmetric.
    pub fn plus_minus(&self) -> i64 {
        (self.high.saturating_sub(self.value))
            .max(self.value.saturating_sub(self.low))
            .max(0)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReleasedRow {
    pub label: CellLabel,
    /// `None`: hidden, too few customers (or hidden with one that was).
    pub estimate: Option<Estimate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Release {
    /// 1, 2, 3… in the order they were made.
    pub number: u32,
    pub made_ms: Millis,
    pub spec: ReportSpec,
    pub rows: Vec<ReleasedRow>,
    pub total: Option<Estimate>,
    /// Small groups named in the customers' own words, left out by name.
    pub unnamed_hidden: u32,
}

impl Release {
    pub fn epsilon(&self) -> Epsilon {
        self.spec.epsilon
    }
}

/// Which rows to hide: those of fewer than k customers, and, when only one is, the
/// next smallest too (a lone hidden row would be the total minus the others). When the
/// whole is below k, everything is hidden.
pub fn hidden_rows(people: &[u64], total: u64, k: u32) -> Vec<bool> {
    let k = u64::from(k);
    if total < k {
        return vec![true; people.len()];
    }
    let mut hidden: Vec<bool> = people.iter().map(|n| *n < k).collect();
    if hidden.iter().filter(|h| **h).count() == 1 && people.len() > 1 {
        let partner = (0..people.len())
            .filter(|i| !hidden[*i])
            .min_by_key(|i| (people[*i], *i));
        if let Some(i) = partner {
            hidden[i] = true;
        }
    }
    hidden
}

/// One noisy query: the rows and the total of one measure.
struct Noised {
    rows: Vec<Estimate>,
    total: Estimate,
}

fn noised<R: rand10::Rng + ?Sized>(
    values: &[u64],
    total: u64,
    noise: Option<LaplaceNoise>,
    alpha: f64,
    rng: &mut R,
) -> Noised {
    let mut one = |truth: u64| {
        let truth = i64::try_from(truth).unwrap_or(i64::MAX);
        let Some(noise) = noise else {
            return Estimate {
                value: 0,
                low: 0,
                high: 0,
            };
        };
        let width = i64::try_from(noise.half_width(alpha)).unwrap_or(i64::MAX);
        // Nothing true is below zero, so neither is what is shown (post-processing:
        // it costs no privacy and keeps the range honest).
        let value = truth.saturating_add(noise.draw(rng)).max(0);
        Estimate {
            value,
            low: value.saturating_sub(width).max(0),
            high: value.saturating_add(width),
        }
    };
    let rows = values.iter().map(|v| one(*v)).collect();
    Noised {
        rows,
        total: one(total),
    }
}

/// Spending per customer from a noisy spend and a noisy head count, each with half the
/// confidence's risk, so the range holds when both of theirs do. No one counts for more
/// than `most`, so neither can the average (a public bound: capping costs no privacy).
fn ratio(spend: &Estimate, people: &Estimate, most: i64) -> Estimate {
    let per = |s: i64, p: i64| (s / p.max(1)).min(most);
    Estimate {
        value: per(spend.value, people.value),
        low: per(spend.low, people.high),
        high: per(spend.high, people.low),
    }
}

/// The report as it may leave the device. `rng` must be cryptographic outside tests.
pub fn release<R: rand10::Rng + ?Sized>(
    spec: &ReportSpec,
    cells: &TrueCells,
    number: u32,
    made_ms: Millis,
    rng: &mut R,
) -> Release {
    let hidden = hidden_rows(&cells.people, cells.total_people, spec.smallest_group);
    let alpha = spec.alpha();
    let (values, total) = match spec.metric {
        Metric::Customers => (cells.people.clone(), cells.total_people),
        Metric::Visits => (cells.visits.clone(), cells.total_visits),
        Metric::Revenue | Metric::AverageSpend => (cells.spend.clone(), cells.total_spend),
    };
    let (rows, total) = if spec.metric == Metric::AverageSpend {
        let half = spec.epsilon.half();
        let most = spec.bound(Metric::Revenue) as i64;
        let most_in_all = most.saturating_mul(spec.total_rows_per_person(Metric::Revenue) as i64);
        let people = noised(
            &cells.people,
            cells.total_people,
            LaplaceNoise::new(spec.sensitivity(Metric::Customers), half),
            alpha / 2.0,
            rng,
        );
        let spend = noised(
            &values,
            total,
            LaplaceNoise::new(spec.sensitivity(Metric::Revenue), half),
            alpha / 2.0,
            rng,
        );
        let rows = spend
            .rows
            .iter()
            .zip(&people.rows)
            .map(|(s, p)| ratio(s, p, most));
        (
            rows.collect(),
            ratio(&spend.total, &people.total, most_in_all),
        )
    } else {
        let n = noised(
            &values,
            total,
            LaplaceNoise::new(spec.sensitivity(spec.metric), spec.epsilon),
            alpha,
            rng,
        );
        (n.rows, n.total)
    };

    let free_text = spec.breakdown.labels_are_free_text();
    let mut out = Release {
        number,
        made_ms,
        spec: spec.clone(),
        rows: Vec::new(),
        total: (cells.total_people >= u64::from(spec.smallest_group)).then_some(total),
        unnamed_hidden: 0,
    };
    for ((label, estimate), hide) in cells.labels.iter().zip(rows).zip(hidden) {
        match (hide, free_text) {
            (true, true) => out.unnamed_hidden += 1,
            (true, false) => out.rows.push(ReleasedRow {
                label: label.clone(),
                estimate: None,
            }),
            (false, _) => out.rows.push(ReleasedRow {
                label: label.clone(),
                estimate: Some(estimate),
            }),
        }
    }
    out
}
