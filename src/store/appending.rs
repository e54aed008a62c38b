//! What both stores do the same way with purchases and ledger entries: which chunks
//! new purchases land in; each customer's ledger with new entries added, refused if a
//! balance would go below zero; a deleted customer's purchases made anonymous, and put
//! back by an undo.

use super::{StoreError, StoreResult};
use crate::domain::{CompactId, CustomerId, Purchase};
use crate::loyalty::{Account, LedgerEntry};
use crate::sales::PurchaseChunk;
use std::collections::{BTreeMap, HashMap};

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

/// Inside a delete: the purchases of `gone` customers in `chunk` become anonymous
/// takings (amount, time, categories; no link, no note, no void reason, since those
/// can name the person). Returns them as they were, for an undo.
pub fn anonymise_purchases(chunk: &mut PurchaseChunk, gone: &[CompactId]) -> Vec<Purchase> {
    let theirs: Vec<Purchase> = chunk
        .rows()
        .iter()
        .filter(|r| r.customer.as_ref().is_some_and(|c| gone.contains(c)))
        .map(|r| chunk.purchase(r))
        .collect();
    for p in &theirs {
        let mut takings = p.clone();
        takings.customer = None;
        takings.note.clear();
        if let Some(void) = &mut takings.void {
            void.reason.clear();
        }
        chunk.replace(&takings);
    }
    theirs
}

/// Inside an undo: puts back every purchase of `originals` that `chunk` holds. Returns
/// how many it put back.
pub fn put_back_purchases(
    chunk: &mut PurchaseChunk,
    originals: &HashMap<CompactId, &Purchase>,
) -> usize {
    let here: Vec<&Purchase> = chunk
        .rows()
        .iter()
        .filter_map(|r| originals.get(&r.id).copied())
        .collect();
    here.iter().filter(|p| chunk.replace(p)).count()
}

/// The purchases an undo puts back, by their compact id.
pub fn by_compact_id(purchases: &[Purchase]) -> HashMap<CompactId, &Purchase> {
    purchases
        .iter()
        .map(|p| (CompactId::of(p.id.as_str()), p))
        .collect()
}
