//! What both stores do the same way when purchases and ledger entries are appended:
//! which chunks the new purchases land in, and each customer's ledger with the new
//! entries added, refused if a balance would go below zero.

use super::{StoreError, StoreResult};
use crate::domain::{CustomerId, Purchase};
use crate::loyalty::{Account, LedgerEntry};
use crate::sales::PurchaseChunk;
use std::collections::BTreeMap;

/// Fills the last chunk (`last`, numbered `count - 1`) and then fresh ones. Returns every
/// chunk to write, with its number.
pub fn append_purchases(
    count: u32,
    last: Option<PurchaseChunk>,
    purchases: &[Purchase],
) -> Vec<(u32, PurchaseChunk)> {
    let (mut number, mut chunk) = match last {
        Some(chunk) if count > 0 => (count - 1, chunk),
        _ => (count, PurchaseChunk::default()),
    };
    let mut out = Vec::new();
    for p in purchases {
        if chunk.is_full() {
            out.push((number, std::mem::take(&mut chunk)));
            number += 1;
        }
        chunk.push(p);
    }
    if !chunk.is_empty() {
        out.push((number, chunk));
    }
    out
}

/// New entries by customer, in the order given.
pub fn entries_by_customer(entries: &[LedgerEntry]) -> BTreeMap<&CustomerId, Vec<&LedgerEntry>> {
    let mut by: BTreeMap<&CustomerId, Vec<&LedgerEntry>> = BTreeMap::new();
    for e in entries {
        by.entry(&e.customer).or_default().push(e);
    }
    by
}

/// `stored` with `new` appended, or `NotEnoughPoints` if the balance would go negative.
pub fn extend_ledger(
    stored: Vec<LedgerEntry>,
    new: &[&LedgerEntry],
) -> StoreResult<Vec<LedgerEntry>> {
    let mut account = Account::from_entries(stored);
    for e in new {
        account
            .push((*e).clone())
            .map_err(|balance| StoreError::NotEnoughPoints { balance })?;
    }
    Ok(account.into_entries())
}
