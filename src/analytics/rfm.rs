//! RFM: each customer who bought within a window scored 1-5 on recency, frequency and
//! monetary value, by fifths of the customers (recency reversed: the most recent score
//! 5), then named by a recency x frequency table.
//!
//! Ties are never split: a score is 1 + 5 x (the share of scored customers with a
//! strictly lower value), so customers with the same value always share a score, and
//! 5 means "in the top fifth". (SQL: `1 + floor(5 * (RANK() OVER (ORDER BY v) - 1) / n)`.
//! NTILE would cut a run of equal values at an arbitrary customer.) When most
//! customers tie at the bottom (one purchase each, say), the scores above them skip
//! ahead rather than pretend a difference that is not there.

use crate::domain::time::Millis;
use crate::sales::{PurchaseTable, WALK_IN};
use serde::{Deserialize, Serialize};

/// A customer's purchases within the window; voided ones never count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WindowActivity {
    pub last_ms: Option<Millis>,
    pub purchases: u32,
    /// Minor units, saturating.
    pub spend: i64,
}

/// Indexed like `table.customers()`; purchases at `from_ms` <= at < `to_ms`.
pub fn window_activity(
    table: &PurchaseTable,
    from_ms: Millis,
    to_ms: Millis,
) -> Vec<WindowActivity> {
    let mut out = vec![WindowActivity::default(); table.customers().len()];
    for row in 0..table.len() {
        let (c, at) = (table.customer[row], table.at_ms[row]);
        if c == WALK_IN || table.voided[row] || at < from_ms || at >= to_ms {
            continue;
        }
        let Some(a) = out.get_mut(c as usize) else {
            continue;
        };
        a.purchases = a.purchases.saturating_add(1);
        a.spend = a.spend.saturating_add(table.amount[row]);
        a.last_ms = Some(a.last_ms.map_or(at, |last| last.max(at)));
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RfmScore {
    pub recency: u8,
    pub frequency: u8,
    pub monetary: u8,
}

/// A score for everyone who bought in the window; `None` for the rest.
pub fn rfm_scores(activity: &[WindowActivity]) -> Vec<Option<RfmScore>> {
    let active: Vec<&WindowActivity> = activity.iter().filter(|a| a.purchases > 0).collect();
    let recency = Fifths::of(active.iter().filter_map(|a| a.last_ms).collect());
    let frequency = Fifths::of(active.iter().map(|a| i64::from(a.purchases)).collect());
    let monetary = Fifths::of(active.iter().map(|a| a.spend).collect());
    activity
        .iter()
        .map(|a| {
            Some(RfmScore {
                recency: recency.score(a.last_ms?),
                frequency: frequency.score(i64::from(a.purchases)),
                monetary: monetary.score(a.spend),
            })
            .filter(|_| a.purchases > 0)
        })
        .collect()
}

/// The sorted values scores are read against.
struct Fifths(Vec<i64>);

impl Fifths {
    fn of(mut values: Vec<i64>) -> Fifths {
        values.sort_unstable();
        Fifths(values)
    }

    fn score(&self, value: i64) -> u8 {
        let below = self.0.partition_point(|v| *v < value);
        // below < len for any value in the set, so this is 1..=5.
        (1 + 5 * below / self.0.len().max(1)).min(5) as u8
    }
}

/// The named segments of the default table (references.md, "RFM").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
}

impl RfmSegment {
    pub const ALL: [RfmSegment; 10] = [
        RfmSegment::Champions,
        RfmSegment::Loyal,
        RfmSegment::PotentialLoyalists,
        RfmSegment::New,
        RfmSegment::Promising,
        RfmSegment::NeedAttention,
        RfmSegment::AboutToSleep,
        RfmSegment::AtRisk,
        RfmSegment::CantLoseThem,
        RfmSegment::Hibernating,
    ];
}

/// The periods the owner may choose for RFM, in months up to today.
pub const RFM_WINDOWS: [u32; 5] = [3, 6, 12, 24, 36];

/// What the owner chose for RFM, kept in the settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RfmSettings {
    /// Purchases in this many months up to today count (one of `RFM_WINDOWS`).
    pub window_months: u32,
    pub table: RfmTable,
}

impl Default for RfmSettings {
    fn default() -> Self {
        RfmSettings {
            window_months: 12,
            table: RfmTable::default(),
        }
    }
}

impl RfmSettings {
    /// The window as used: a stored value outside the choices (another version's, or
    /// damaged) falls back to the nearest choice.
    pub fn window(&self) -> u32 {
        RFM_WINDOWS
            .into_iter()
            .min_by_key(|w| w.abs_diff(self.window_months))
            .unwrap_or(12)
    }
}

/// Which segment each recency x frequency cell belongs to; the owner may reassign cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RfmTable {
    /// `cells[recency - 1][frequency - 1]`.
    cells: [[RfmSegment; 5]; 5],
}

impl Default for RfmTable {
    /// The widely used R-F grid: 5[4-5] Champions; [3-4][4-5] Loyal; [4-5][2-3]
    /// Potential loyalists; 51 New; 41 Promising; 33 Need attention; 3[1-2] About to
    /// sleep; [1-2][3-4] At risk; [1-2]5 Can't lose them; [1-2][1-2] Hibernating.
    fn default() -> Self {
        use RfmSegment::*;
        let low = [Hibernating, Hibernating, AtRisk, AtRisk, CantLoseThem];
        RfmTable {
            cells: [
                low,
                low,
                [AboutToSleep, AboutToSleep, NeedAttention, Loyal, Loyal],
                [
                    Promising,
                    PotentialLoyalists,
                    PotentialLoyalists,
                    Loyal,
                    Loyal,
                ],
                [
                    New,
                    PotentialLoyalists,
                    PotentialLoyalists,
                    Champions,
                    Champions,
                ],
            ],
        }
    }
}

impl RfmTable {
    pub fn segment_of(&self, score: RfmScore) -> RfmSegment {
        self.cell(score.recency, score.frequency)
    }

    /// The segment of a recency x frequency square (scores outside 1-5 taken as the nearest).
    pub fn cell(&self, recency: u8, frequency: u8) -> RfmSegment {
        let (r, f) = (recency.clamp(1, 5), frequency.clamp(1, 5));
        self.cells[usize::from(r - 1)][usize::from(f - 1)]
    }

    /// Its stored shape, pinned in `store::formats` (naming every field, so a new one
    /// does not compile there unnoticed).
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn pinned_shape(&self) -> &'static str {
        let RfmTable { cells: _ } = self;
        "RfmTable: cells"
    }

    pub fn assign(&mut self, recency: u8, frequency: u8, segment: RfmSegment) {
        if (1..=5).contains(&recency) && (1..=5).contains(&frequency) {
            self.cells[usize::from(recency - 1)][usize::from(frequency - 1)] = segment;
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GridCell {
    pub customers: u32,
    /// Minor units, saturating.
    pub revenue: i64,
}

/// Customers and their window's revenue by recency (rows) and frequency (columns).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RfmGrid {
    /// `cells[recency - 1][frequency - 1]`.
    pub cells: [[GridCell; 5]; 5],
}

pub fn rfm_grid(scores: &[Option<RfmScore>], activity: &[WindowActivity]) -> RfmGrid {
    let mut grid = RfmGrid::default();
    for (score, a) in scores.iter().zip(activity) {
        if let Some(s) = score {
            let cell = &mut grid.cells[usize::from(s.recency - 1)][usize::from(s.frequency - 1)];
            cell.customers += 1;
            cell.revenue = cell.revenue.saturating_add(a.spend);
        }
    }
    grid
}

#[cfg(test)]
#[path = "rfm_tests.rs"]
mod tests;
