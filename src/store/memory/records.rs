//! A customer with everything that goes with them, taken out (a delete), put back (its
//! undo), and moved into another customer (a merge, and its undo).

use super::{MemoryStore, Tables};
use crate::domain::Purchase;
use crate::domain::{CompactId, Customer, CustomerId, Interaction};
use crate::lock::Envelope;
use crate::store::appending::{anonymise_purchases, by_compact_id, put_back_purchases};
use crate::store::codec::{
    decode, encode, encode_chunk, encode_ledger_record, follow_up_key, interaction_key,
    tombstone_key,
};
use crate::store::merging::{
    changed_since, joined_ledger, ledger_without, moved_to, others, purchases_as_moved,
    taken_as_read,
};
use crate::store::{CustomerRecord, StoreError, StoreResult, Touches};

impl MemoryStore {
    /// Saves edits and new customers, each made from its revision.
    pub(super) fn save_checked(
        t: &mut Tables,
        e: &Envelope,
        customers: &[Customer],
    ) -> StoreResult<Vec<Customer>> {
        let mut saved = Vec::with_capacity(customers.len());
        for customer in customers {
            let stored = match t.customers.get(e.key_of(&customer.id.0).as_ref()) {
                Some(v) => Some(decode::<Customer>(e, v)?.revision),
                None => None,
            };
            match stored {
                Some(stored) if stored != customer.revision => {
                    return Err(StoreError::Conflict {
                        stored,
                        expected: customer.revision,
                    })
                }
                // Gone: an edit of a deleted customer, or a new one under their id.
                None if customer.revision > 0 || Self::is_deleted(t, &customer.id) => {
                    return Err(StoreError::Deleted)
                }
                _ => {}
            }
            let mut c = customer.clone();
            c.revision = stored.map_or(0, |s| s + 1);
            t.customers
                .insert(e.key_of(&c.id.0).into_owned(), encode(e, &c));
            saved.push(c);
        }
        Ok(saved)
    }

    /// Takes customers out with their timelines (read beforehand), follow-ups and
    /// ledgers, leaving tombstones; their purchases become anonymous takings. Returns
    /// them as they were.
    pub(super) fn take_customers(
        t: &mut Tables,
        e: &Envelope,
        ids: &[CustomerId],
        timelines: Vec<Vec<Interaction>>,
        now: i64,
    ) -> StoreResult<Vec<CustomerRecord>> {
        let mut removed = Vec::new();
        for (id, timeline) in ids.iter().zip(timelines) {
            let Some(v) = t.customers.get(e.key_of(&id.0).as_ref()) else {
                continue;
            };
            removed.push(CustomerRecord {
                customer: decode(e, v)?,
                timeline,
                ledger: Self::ledger_of(e, t, id)?,
                purchases: Vec::new(),
            });
        }
        let gone: Vec<CompactId> = removed
            .iter()
            .map(|r| CompactId::of(r.customer.id.as_str()))
            .collect();
        for i in 0..t.purchase_chunks.len() {
            let mut chunk = Self::chunk(e, t, i)?;
            let theirs = anonymise_purchases(&mut chunk, &gone);
            if !theirs.is_empty() {
                t.purchase_chunks[i] = encode_chunk(e, &chunk);
                CustomerRecord::note_forgotten(&mut removed, theirs);
            }
        }
        for r in &removed {
            let id = &r.customer.id;
            let key = e.key_of(&id.0);
            t.ledgers.remove(key.as_ref());
            t.customers.remove(key.as_ref());
            t.tombstones.insert(tombstone_key(id), now);
            t.interactions.retain(|(c, _), _| c != key.as_ref());
            t.follow_ups.retain(|k| k[1] != key.as_ref());
        }
        Ok(removed)
    }

    /// Stored purchases replaced by these versions of them (matched by id).
    fn replace_purchases(t: &mut Tables, e: &Envelope, purchases: &[Purchase]) -> StoreResult<()> {
        let by_id = by_compact_id(purchases);
        for i in 0..t.purchase_chunks.len() {
            let mut chunk = Self::chunk(e, t, i)?;
            if put_back_purchases(&mut chunk, &by_id) > 0 {
                t.purchase_chunks[i] = encode_chunk(e, &chunk);
            }
        }
        Ok(())
    }

    /// Puts customers back as they were, lifting their tombstones.
    pub(super) fn put_back(
        t: &mut Tables,
        e: &Envelope,
        records: &[CustomerRecord],
    ) -> StoreResult<()> {
        Self::replace_purchases(t, e, &CustomerRecord::purchases_to_restore(records))?;
        for r in records {
            let id = &r.customer.id;
            let key = e.key_of(&id.0).into_owned();
            t.tombstones.remove(&tombstone_key(id));
            t.customers.insert(key.clone(), encode(e, &r.customer));
            r.timeline
                .iter()
                .for_each(|i| Self::put_interaction(e, t, i));
            if !r.ledger.is_empty() {
                t.ledgers
                    .insert(key, encode_ledger_record(e, id, &r.ledger));
            }
        }
        Ok(())
    }

    fn write_ledger(
        t: &mut Tables,
        e: &Envelope,
        id: &CustomerId,
        entries: &[crate::loyalty::LedgerEntry],
    ) {
        let key = e.key_of(&id.0).into_owned();
        if entries.is_empty() {
            t.ledgers.remove(&key);
        } else {
            t.ledgers.insert(key, encode_ledger_record(e, id, entries));
        }
    }

    pub(super) fn merge_into(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        self.readable()?;
        let absorbed = others(survivor, absorbed);
        let ids: Vec<CustomerId> = absorbed.iter().map(|c| c.id.clone()).collect();
        let timelines: Vec<Vec<Interaction>> =
            ids.iter().map(|id| self.timeline_of(&id.0)).collect();
        let now = self.now_ms.get();
        self.write(Touches::CustomersAndSales, |t, e| {
            let saved = Self::save_checked(t, e, std::slice::from_ref(survivor))?;
            let removed = Self::take_customers(t, e, &ids, timelines, now)?;
            taken_as_read(&removed, &absorbed)?;
            let moved = moved_to(&removed, &survivor.id);
            moved
                .interactions
                .iter()
                .for_each(|i| Self::put_interaction(e, t, i));
            let ledger = joined_ledger(Self::ledger_of(e, t, &survivor.id)?, &moved.entries);
            Self::write_ledger(t, e, &survivor.id, &ledger);
            Self::replace_purchases(t, e, &moved.purchases)?;
            let survivor = saved.into_iter().next().ok_or(StoreError::NotFound)?;
            Ok((survivor, removed))
        })
    }

    pub(super) fn unmerge_from(
        &self,
        survivor: &Customer,
        records: &[CustomerRecord],
    ) -> StoreResult<()> {
        self.readable()?;
        self.write(Touches::CustomersAndSales, |t, e| {
            Self::save_checked(t, e, std::slice::from_ref(survivor))?;
            let moved = moved_to(records, &survivor.id);
            let by_id = by_compact_id(&moved.purchases);
            for n in 0..t.purchase_chunks.len() {
                if !purchases_as_moved(&Self::chunk(e, t, n)?, &by_id) {
                    return Err(changed_since());
                }
            }
            for i in &moved.interactions {
                let key = interaction_key(e, i);
                let stored = t
                    .interactions
                    .get(&key)
                    .map(|v| decode::<Interaction>(e, v));
                if !matches!(stored, Some(Ok(ref s)) if s == i) {
                    return Err(changed_since());
                }
                t.interactions.remove(&key);
                if let Some(k) = follow_up_key(e, i) {
                    t.follow_ups.remove(&k);
                }
            }
            let ledger = ledger_without(Self::ledger_of(e, t, &survivor.id)?, records)?;
            Self::write_ledger(t, e, &survivor.id, &ledger);
            Self::put_back(t, e, records)
        })
    }
}
