//! The ledger and one customer's account derived from it.

use super::programme::Expiry;
use crate::domain::time::{date_of, start_of_day_ms, Millis};
use crate::domain::{CustomerId, EntryId, PurchaseId};
use chrono::Months;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// One line of the append-only ledger. `points` is signed: earning adds, everything
/// else takes away (or adds, for an upward adjustment).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub id: EntryId,
    pub customer: CustomerId,
    pub at_ms: Millis,
    pub points: i64,
    pub kind: EntryKind,
    /// The programme version in force when the entry was written.
    pub programme_version: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EntryKind {
    Earn {
        purchase: PurchaseId,
    },
    Redeem {
        reward: String,
        name: String,
    },
    Expire,
    Adjust {
        reason: String,
    },
    /// Points taken back because their purchase was voided.
    Reverse {
        purchase: PurchaseId,
        reason: String,
    },
}

/// A customer's ledger entries in time order, with the balance kept as they are added.
/// The balance is checked against the sum of the entries in tests; it is never
/// negative because `push` refuses any entry that would make it so.
///
/// Sums here saturate instead of overflowing: a stored ledger is read as it is, and one
/// whose points add up past an i64 (only possible from damaged or crafted bytes) must
/// neither panic nor wrap round to a small or negative balance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Account {
    entries: Vec<LedgerEntry>,
    balance: i64,
}

impl Account {
    pub fn from_entries(mut entries: Vec<LedgerEntry>) -> Self {
        entries.sort_by(|a, b| a.at_ms.cmp(&b.at_ms).then_with(|| a.id.cmp(&b.id)));
        let balance = saturating_sum(entries.iter().map(|e| e.points));
        Self { entries, balance }
    }

    pub fn balance(&self) -> i64 {
        self.balance
    }

    pub fn entries(&self) -> &[LedgerEntry] {
        &self.entries
    }

    pub fn into_entries(self) -> Vec<LedgerEntry> {
        self.entries
    }

    /// Points the balance can still take before it would overflow.
    pub fn headroom(&self) -> i64 {
        i64::MAX - self.balance.max(0)
    }

    /// Appends an entry, refusing one that would take the balance below zero (or past
    /// what an i64 holds; `earn` and `adjust` never produce one).
    pub fn push(&mut self, entry: LedgerEntry) -> Result<(), i64> {
        let after = match self.balance.checked_add(entry.points) {
            Some(after) if after >= 0 => after,
            _ => return Err(self.balance),
        };
        self.balance = after;
        let at = self.entries.partition_point(|e| e.at_ms <= entry.at_ms);
        self.entries.insert(at, entry);
        Ok(())
    }

    /// Points a purchase earned, less what was already taken back for it.
    pub fn net_for_purchase(&self, purchase: &PurchaseId) -> i64 {
        saturating_sum(self.entries.iter().map(|e| match &e.kind {
            EntryKind::Earn { purchase: p } | EntryKind::Reverse { purchase: p, .. }
                if p == purchase =>
            {
                e.points
            }
            _ => 0,
        }))
    }

    /// Points earned (net of reversals) from `since` on: the tier basis.
    pub fn earned_since(&self, since: Millis) -> i64 {
        saturating_sum(
            self.entries
                .iter()
                .filter(|e| e.at_ms >= since)
                .filter(|e| matches!(e.kind, EntryKind::Earn { .. } | EntryKind::Reverse { .. }))
                .map(|e| e.points),
        )
        .max(0)
    }

    pub fn issued(&self) -> i64 {
        saturating_sum(self.entries.iter().map(|e| e.points.max(0)))
    }

    pub fn redeemed(&self) -> i64 {
        saturating_sum(
            self.entries
                .iter()
                .filter(|e| matches!(e.kind, EntryKind::Redeem { .. }))
                .map(|e| e.points.saturating_neg()),
        )
    }

    /// Points that have lapsed by `now` under `expiry` and are not yet written off.
    pub fn expirable(&self, expiry: Expiry, now: Millis) -> i64 {
        match expiry {
            Expiry::Never => 0,
            Expiry::AfterInactiveMonths(months) => {
                let last = self
                    .entries
                    .iter()
                    .rev()
                    .find(|e| matches!(e.kind, EntryKind::Earn { .. } | EntryKind::Redeem { .. }))
                    .map(|e| e.at_ms);
                match last {
                    Some(last) if add_months(last, months) <= now => self.balance,
                    _ => 0,
                }
            }
            Expiry::ValidForMonths(months) => {
                // Oldest points are used first: replay the ledger as lots.
                let mut lots: VecDeque<(Millis, i64)> = VecDeque::new();
                for e in &self.entries {
                    if e.points > 0 {
                        lots.push_back((e.at_ms, e.points));
                        continue;
                    }
                    let mut take = e.points.saturating_neg();
                    while take > 0 {
                        let Some(front) = lots.front_mut() else { break };
                        let used = take.min(front.1);
                        front.1 -= used;
                        take -= used;
                        if front.1 == 0 {
                            lots.pop_front();
                        }
                    }
                }
                saturating_sum(
                    lots.iter()
                        .filter(|(at, _)| add_months(*at, months) <= now)
                        .map(|(_, left)| *left),
                )
                .min(self.balance)
            }
        }
    }
}

/// Adds up points exactly in an i128 (no number of i64s that fits in memory overflows
/// it), then clamps to an i64: past either end it stays at that end, never wraps.
pub fn saturating_sum(points: impl IntoIterator<Item = i64>) -> i64 {
    clamp_points(points.into_iter().map(i128::from).sum())
}

/// `total` if it fits an i64, else the nearer end.
pub fn clamp_points(total: i128) -> i64 {
    i64::try_from(total).unwrap_or(if total < 0 { i64::MIN } else { i64::MAX })
}

/// The start of the day `months` calendar months after `at` (end-of-month days clamp).
pub fn add_months(at: Millis, months: u32) -> Millis {
    date_of(at)
        .checked_add_months(Months::new(months))
        .map(start_of_day_ms)
        .unwrap_or(Millis::MAX)
}
