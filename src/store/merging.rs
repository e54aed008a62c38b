//! What both stores do the same way when records of one person are merged: the
//! absorbed customers' notes, ledger entries and purchases pointed at the survivor,
//! and an undo taking back exactly what came from them.

use super::{CustomerRecord, StoreError, StoreResult};
use crate::domain::{CustomerId, Interaction, InteractionId, Purchase};
use crate::loyalty::LedgerEntry;
use std::collections::HashSet;

/// Everything a merge moves to the survivor, pointing at them.
pub struct Moved {
    pub interactions: Vec<Interaction>,
    pub entries: Vec<LedgerEntry>,
    pub purchases: Vec<Purchase>,
}

pub fn moved_to(records: &[CustomerRecord], survivor: &CustomerId) -> Moved {
    let mut moved = Moved {
        interactions: Vec::new(),
        entries: Vec::new(),
        purchases: Vec::new(),
    };
    for r in records {
        moved
            .interactions
            .extend(r.timeline.iter().map(|i| Interaction {
                customer_id: survivor.clone(),
                ..i.clone()
            }));
        moved.entries.extend(r.ledger.iter().map(|e| LedgerEntry {
            customer: survivor.clone(),
            ..e.clone()
        }));
        moved.purchases.extend(r.purchases.iter().map(|p| Purchase {
            customer: Some(survivor.clone()),
            ..p.clone()
        }));
    }
    moved
}

/// The survivor's ledger with the moved entries, oldest first (each ledger had a
/// balance of zero or more, so their sum does too).
pub fn joined_ledger(own: Vec<LedgerEntry>, moved: &[LedgerEntry]) -> Vec<LedgerEntry> {
    let mut all = own;
    all.extend_from_slice(moved);
    all.sort_by_key(|e| e.at_ms);
    all
}

/// The survivor's ledger without what came from `records` (undoing a merge); refused
/// if the points that came with them have been spent since.
pub fn ledger_without(
    own: Vec<LedgerEntry>,
    records: &[CustomerRecord],
) -> StoreResult<Vec<LedgerEntry>> {
    let theirs: HashSet<_> = records
        .iter()
        .flat_map(|r| &r.ledger)
        .map(|e| &e.id)
        .collect();
    let left: Vec<LedgerEntry> = own
        .into_iter()
        .filter(|e| !theirs.contains(&e.id))
        .collect();
    let balance: i64 = left.iter().map(|e| e.points).sum();
    if balance < 0 {
        return Err(StoreError::NotEnoughPoints { balance });
    }
    Ok(left)
}

/// The timeline entries that came from `records`, by id.
pub fn interactions_from(records: &[CustomerRecord]) -> Vec<InteractionId> {
    records
        .iter()
        .flat_map(|r| r.timeline.iter().map(|i| i.id.clone()))
        .collect()
}
