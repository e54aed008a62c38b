//! Turning the app lock on or off in the memory store: every record rewritten the way
//! the tab's envelope says, keys included, in one all-or-nothing step (the IndexedDB
//! store does the same in resumable batches).

use super::{MemoryStore, Tables};
use crate::domain::{Customer, Interaction};
use crate::lock::Envelope;
use crate::store::codec::{
    decode, decode_ledger_record, encode, encode_ledger_record, follow_up_key, interaction_key,
    open, or_damaged,
};
use crate::store::{Converted, StoreResult, Touches};
use std::collections::{BTreeMap, BTreeSet};

impl MemoryStore {
    pub(super) fn convert_all(&self) -> StoreResult<Converted> {
        let mut total = 0;
        self.write(Touches::CustomersAndSales, |t, e| {
            total = t.customers.len()
                + t.interactions.len()
                + t.ledgers.len()
                + t.purchase_chunks.len()
                + usize::from(t.settings.is_some());
            convert_tables(t, e)
        })?;
        Ok(Converted {
            done: total,
            total,
            finished: true,
        })
    }
}

/// A record that cannot be opened stays as it is, to be set aside when next read.
fn convert_tables(t: &mut Tables, e: &Envelope) -> StoreResult<()> {
    let mut customers = BTreeMap::new();
    for (key, bytes) in std::mem::take(&mut t.customers) {
        match or_damaged(decode::<Customer>(e, &bytes))? {
            Ok(c) => customers.insert(e.key_of(c.id.as_str()).into_owned(), encode(e, &c)),
            Err(_) => customers.insert(key, bytes),
        };
    }
    t.customers = customers;

    let mut interactions = BTreeMap::new();
    let mut follow_ups = BTreeSet::new();
    for (key, bytes) in std::mem::take(&mut t.interactions) {
        match or_damaged(decode::<Interaction>(e, &bytes))? {
            Ok(i) => {
                follow_ups.extend(follow_up_key(e, &i));
                interactions.insert(interaction_key(e, &i), encode(e, &i));
            }
            Err(_) => {
                interactions.insert(key, bytes);
            }
        }
    }
    t.interactions = interactions;
    t.follow_ups = follow_ups;

    let mut ledgers = BTreeMap::new();
    for (key, bytes) in std::mem::take(&mut t.ledgers) {
        match or_damaged(decode_ledger_record(e, &bytes, &key))? {
            Ok((id, entries)) => {
                let sealed = encode_ledger_record(e, &id, &entries);
                ledgers.insert(e.key_of(id.as_str()).into_owned(), sealed);
            }
            Err(_) => {
                ledgers.insert(key, bytes);
            }
        }
    }
    t.ledgers = ledgers;

    for chunk in &mut t.purchase_chunks {
        if let Ok(plain) = open(e, chunk) {
            *chunk = e.seal(plain.into_owned());
        }
    }
    if let Some(settings) = &mut t.settings {
        if let Ok(plain) = open(e, settings) {
            *settings = e.seal(plain.into_owned());
        }
    }
    Ok(())
}
