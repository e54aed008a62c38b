//! What both stores do the same way when records of one person are merged: the
//! absorbed customers' notes, ledger entries and purchases pointed at the survivor,
//! and an undo taking back exactly what came from them.

use super::{CustomerRecord, StoreError, StoreResult};
use crate::domain::{CompactId, Customer, CustomerId, Interaction, Purchase};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use std::collections::{HashMap, HashSet};

/// Refused because something changed since it was read: another tab's edit.
pub fn changed_since() -> StoreError {
    StoreError::Conflict {
        stored: 0,
        expected: 0,
    }
}

/// The records to absorb, once each and never the survivor.
pub fn others(survivor: &Customer, absorbed: &[Customer]) -> Vec<Customer> {
    let mut seen = HashSet::new();
    absorbed
        .iter()
        .filter(|c| c.id != survivor.id && seen.insert(c.id.clone()))
        .cloned()
        .collect()
}

/// Inside a merge: the records taken are the ones the owner saw (another tab's edit
/// meanwhile refuses the merge rather than being lost), and none is missing.
pub fn taken_as_read(taken: &[CustomerRecord], absorbed: &[Customer]) -> StoreResult<()> {
    if taken.len() != absorbed.len() {
        return Err(StoreError::Deleted);
    }
    let unchanged = taken.iter().all(|r| {
        absorbed
            .iter()
            .any(|a| a.id == r.customer.id && a.revision == r.customer.revision)
    });
    if unchanged {
        Ok(())
    } else {
        Err(changed_since())
    }
}

/// Inside an undo: every moved purchase in `chunk` is still as the merge left it (a
/// void or an edit since would otherwise be written over).
pub fn purchases_as_moved(chunk: &PurchaseChunk, moved: &HashMap<CompactId, &Purchase>) -> bool {
    chunk
        .rows()
        .iter()
        .all(|r| moved.get(&r.id).is_none_or(|p| chunk.purchase(r) == **p))
}

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
