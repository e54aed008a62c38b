//! An in-memory `Store` for native tests. It keeps values encoded exactly as IndexedDB
//! does, so the codec is exercised too, applies each call all-or-nothing (changes are
//! made on a copy that replaces the tables only when the call succeeds), and sets
//! damaged records aside as the real store does. `put_raw` lets tests damage records.

use super::appending::{
    anonymise_purchases, append_purchases, by_compact_id, entries_by_customer, extend_ledger,
    put_back_purchases,
};
use super::codec::{decode, due_text, encode, follow_up_key, tombstone_key};
use super::{
    CustomerRecord, Generations, RawRecord, SetAside, Settings, Store, StoreError, StoreResult,
    StoredKind, Touches, LOAD_PAGE,
};
use crate::domain::{CompactId, Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::loyalty::stored::{decode_ledger, encode_ledger};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default, Clone)]
struct Tables {
    customers: BTreeMap<String, Vec<u8>>,
    interactions: BTreeMap<(String, String), Vec<u8>>,
    follow_ups: BTreeSet<[String; 3]>,
    settings: Option<Vec<u8>>,
    purchase_chunks: Vec<Vec<u8>>,
    ledgers: BTreeMap<String, Vec<u8>>,
    /// Deleted customers by `tombstone_key`, with when they were deleted.
    tombstones: BTreeMap<String, i64>,
    set_aside: Vec<SetAside>,
    generations: Generations,
}

#[derive(Default)]
pub struct MemoryStore {
    tables: RefCell<Tables>,
    /// What `SetAside::at_ms` and tombstones record; tests set it.
    pub now_ms: Cell<i64>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Overwrites a stored record with `bytes`, as a damaged disk or a buggy release
    /// might: for fault-injection tests.
    pub fn put_raw(&self, record: RawRecord, bytes: Vec<u8>) {
        let mut t = self.tables.borrow_mut();
        match record {
            RawRecord::Customer(id) => {
                t.customers.insert(id.0, bytes);
            }
            RawRecord::Interaction(c, i) => {
                t.interactions.insert((c.0, i.0), bytes);
            }
            RawRecord::PurchaseChunk(n) => {
                if let Some(slot) = t.purchase_chunks.get_mut(n) {
                    *slot = bytes;
                }
            }
            RawRecord::Ledger(id) => {
                t.ledgers.insert(id.0, bytes);
            }
            RawRecord::Settings => t.settings = Some(bytes),
        }
    }

    /// Runs `change` on a copy of the tables, keeping it only if it succeeds, and moves
    /// the generation of what it touched on.
    fn write<T>(
        &self,
        touches: Touches,
        change: impl FnOnce(&mut Tables) -> StoreResult<T>,
    ) -> StoreResult<T> {
        let mut staged = self.tables.borrow().clone();
        let out = change(&mut staged)?;
        staged.generations.bump(touches);
        *self.tables.borrow_mut() = staged;
        Ok(out)
    }

    fn set_aside_record(
        &self,
        t: &mut Tables,
        kind: StoredKind,
        key: String,
        bytes: Vec<u8>,
        reason: String,
    ) {
        t.set_aside.push(SetAside {
            kind,
            key,
            reason,
            at_ms: self.now_ms.get(),
            bytes,
        });
    }

    fn is_deleted(t: &Tables, id: &CustomerId) -> bool {
        t.tombstones.contains_key(&tombstone_key(id))
    }

    fn put_interaction(t: &mut Tables, i: &Interaction) {
        let key = (i.customer_id.0.clone(), i.id.0.clone());
        // An unreadable old version has no follow-up we can name; the new one stands.
        if let Some(old) = t
            .interactions
            .get(&key)
            .and_then(|v| decode::<Interaction>(v).ok())
        {
            if let Some(k) = follow_up_key(&old) {
                t.follow_ups.remove(&k);
            }
        }
        if let Some(k) = follow_up_key(i) {
            t.follow_ups.insert(k);
        }
        t.interactions.insert(key, encode(i));
    }

    fn chunk(t: &Tables, i: usize) -> StoreResult<PurchaseChunk> {
        PurchaseChunk::decode(&t.purchase_chunks[i]).map_err(StoreError::Corrupt)
    }

    fn ledger_of(t: &Tables, id: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        match t.ledgers.get(&id.0) {
            Some(v) => decode_ledger(id, v).map_err(StoreError::Corrupt),
            None => Ok(Vec::new()),
        }
    }

    /// Checks every ledger change first, so a refusal leaves everything as it was.
    fn append_entries(t: &mut Tables, entries: &[LedgerEntry]) -> StoreResult<()> {
        let mut updated = Vec::new();
        for (customer, new) in entries_by_customer(entries) {
            if Self::is_deleted(t, customer) {
                return Err(StoreError::Deleted);
            }
            let all = extend_ledger(Self::ledger_of(t, customer)?, &new)?;
            updated.push((customer.0.clone(), encode_ledger(&all)));
        }
        t.ledgers.extend(updated);
        Ok(())
    }

    /// Decodes one customer's timeline, setting aside entries that cannot be read.
    fn timeline_of(&self, id: &str) -> Vec<Interaction> {
        let mut t = self.tables.borrow_mut();
        let keys: Vec<(String, String)> = t
            .interactions
            .range((id.to_owned(), String::new())..)
            .take_while(|((c, _), _)| c == id)
            .map(|(k, _)| k.clone())
            .collect();
        let mut items = Vec::new();
        for key in keys {
            let Some(bytes) = t.interactions.get(&key).cloned() else {
                continue;
            };
            match decode::<Interaction>(&bytes) {
                Ok(i) => items.push(i),
                Err(e) => {
                    t.interactions.remove(&key);
                    t.follow_ups.retain(|f| f[1] != key.0 || f[2] != key.1);
                    let where_ = format!("{}/{}", key.0, key.1);
                    self.set_aside_record(
                        &mut t,
                        StoredKind::Interaction,
                        where_,
                        bytes,
                        e.to_string(),
                    );
                }
            }
        }
        items.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
        items
    }
}

impl super::contract_faults::Damage for MemoryStore {
    async fn put_raw(&self, record: RawRecord, bytes: Vec<u8>) {
        MemoryStore::put_raw(self, record, bytes)
    }
}

impl Store for MemoryStore {
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize> {
        let mut all = Vec::new();
        {
            let mut t = self.tables.borrow_mut();
            let mut damaged = Vec::new();
            for (key, bytes) in &t.customers {
                match decode::<Customer>(bytes) {
                    Ok(c) => all.push(c),
                    Err(e) => damaged.push((key.clone(), bytes.clone(), e.to_string())),
                }
            }
            for (key, bytes, reason) in damaged {
                t.customers.remove(&key);
                self.set_aside_record(&mut t, StoredKind::Customer, key, bytes, reason);
            }
        }
        let n = all.len();
        for page in all.chunks(LOAD_PAGE) {
            on_page(page.to_vec());
        }
        Ok(n)
    }

    async fn get_customer(&self, id: &CustomerId) -> StoreResult<Option<Customer>> {
        self.tables
            .borrow()
            .customers
            .get(&id.0)
            .map(|v| decode(v))
            .transpose()
    }

    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>> {
        self.write(Touches::Customers, |t| {
            let mut saved = Vec::with_capacity(customers.len());
            for customer in customers {
                let stored = match t.customers.get(&customer.id.0) {
                    Some(v) => Some(decode::<Customer>(v)?.revision),
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
                t.customers.insert(c.id.0.clone(), encode(&c));
                saved.push(c);
            }
            Ok(saved)
        })
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        self.write(Touches::Customers, |t| {
            for c in customers {
                t.customers.insert(c.id.0.clone(), encode(c));
            }
            for i in interactions {
                Self::put_interaction(t, i);
            }
            Ok(())
        })
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        let timelines: Vec<Vec<Interaction>> =
            ids.iter().map(|id| self.timeline_of(&id.0)).collect();
        let now = self.now_ms.get();
        self.write(Touches::CustomersAndSales, |t| {
            let mut removed = Vec::new();
            for (id, timeline) in ids.iter().zip(timelines) {
                let Some(v) = t.customers.get(&id.0) else {
                    continue;
                };
                removed.push(CustomerRecord {
                    customer: decode(v)?,
                    timeline,
                    ledger: Self::ledger_of(t, id)?,
                    purchases: Vec::new(),
                });
            }
            let gone: Vec<CompactId> = removed
                .iter()
                .map(|r| CompactId::of(r.customer.id.as_str()))
                .collect();
            for i in 0..t.purchase_chunks.len() {
                let mut chunk = Self::chunk(t, i)?;
                let theirs = anonymise_purchases(&mut chunk, &gone);
                if !theirs.is_empty() {
                    t.purchase_chunks[i] = chunk.encode();
                    CustomerRecord::note_forgotten(&mut removed, theirs);
                }
            }
            for r in &removed {
                let id = &r.customer.id;
                t.ledgers.remove(&id.0);
                t.customers.remove(&id.0);
                t.tombstones.insert(tombstone_key(id), now);
                t.interactions.retain(|(c, _), _| c != &id.0);
                t.follow_ups.retain(|k| k[1] != id.0);
            }
            Ok(removed)
        })
    }

    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        self.write(Touches::CustomersAndSales, |t| {
            let originals = CustomerRecord::purchases_to_restore(records);
            let by_id = by_compact_id(&originals);
            for i in 0..t.purchase_chunks.len() {
                let mut chunk = Self::chunk(t, i)?;
                if put_back_purchases(&mut chunk, &by_id) > 0 {
                    t.purchase_chunks[i] = chunk.encode();
                }
            }
            for r in records {
                let id = &r.customer.id;
                t.tombstones.remove(&tombstone_key(id));
                t.customers.insert(id.0.clone(), encode(&r.customer));
                r.timeline.iter().for_each(|i| Self::put_interaction(t, i));
                if !r.ledger.is_empty() {
                    t.ledgers.insert(id.0.clone(), encode_ledger(&r.ledger));
                }
            }
            Ok(())
        })
    }

    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        Ok(self.timeline_of(&id.0))
    }

    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction> {
        self.write(Touches::Customers, |t| {
            if Self::is_deleted(t, &interaction.customer_id) {
                return Err(StoreError::Deleted);
            }
            let key = (interaction.customer_id.0.clone(), interaction.id.0.clone());
            let stored = match t.interactions.get(&key) {
                Some(v) => Some(decode::<Interaction>(v)?.revision),
                None => None,
            };
            match stored {
                Some(s) if s != interaction.revision => {
                    return Err(StoreError::Conflict {
                        stored: s,
                        expected: interaction.revision,
                    })
                }
                None if interaction.revision > 0 => return Err(StoreError::NotFound),
                _ => {}
            }
            let mut saved = interaction.clone();
            saved.revision = stored.map_or(0, |s| s + 1);
            Self::put_interaction(t, &saved);
            Ok(saved)
        })
    }

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        self.write(Touches::Customers, |t| {
            if let Some(v) = t.interactions.remove(&(customer.0.clone(), id.0.clone())) {
                if let Some(k) = decode(&v).ok().and_then(|i| follow_up_key(&i)) {
                    t.follow_ups.remove(&k);
                }
            }
            Ok(())
        })
    }

    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        let last = due_text(until);
        let keys: Vec<[String; 3]> = self
            .tables
            .borrow()
            .follow_ups
            .iter()
            .take_while(|k| k[0] <= last)
            .cloned()
            .collect();
        let mut out = Vec::new();
        for k in keys {
            // Read through the timeline, so a damaged entry is set aside, not fatal.
            let customer = CustomerId(k[1].clone());
            let found = self
                .timeline_of(&customer.0)
                .into_iter()
                .find(|i| i.id.0 == k[2]);
            out.extend(found);
        }
        Ok(out)
    }

    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        let mut chunks = Vec::new();
        {
            let mut t = self.tables.borrow_mut();
            for i in 0..t.purchase_chunks.len() {
                match Self::chunk(&t, i) {
                    Ok(chunk) => chunks.push(chunk),
                    Err(e) => {
                        // Kept whole in the quarantine; an empty chunk keeps numbers dense.
                        let bytes = std::mem::replace(
                            &mut t.purchase_chunks[i],
                            PurchaseChunk::default().encode(),
                        );
                        let reason = e.to_string();
                        self.set_aside_record(
                            &mut t,
                            StoredKind::PurchaseChunk,
                            i.to_string(),
                            bytes,
                            reason,
                        );
                    }
                }
            }
        }
        let mut n = 0;
        for chunk in chunks {
            n += chunk.len();
            on_chunk(chunk);
        }
        Ok(n)
    }

    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()> {
        self.write(Touches::Sales, |t| {
            if purchases
                .iter()
                .filter_map(|p| p.customer.as_ref())
                .any(|c| Self::is_deleted(t, c))
            {
                return Err(StoreError::Deleted);
            }
            Self::append_entries(t, entries)?;
            let count = t.purchase_chunks.len() as u32;
            let last = match count {
                0 => None,
                n => Some(Self::chunk(t, n as usize - 1)?),
            };
            for (number, chunk) in append_purchases(count, last, purchases) {
                let bytes = chunk.encode();
                match t.purchase_chunks.get_mut(number as usize) {
                    Some(slot) => *slot = bytes,
                    None => t.purchase_chunks.push(bytes),
                }
            }
            Ok(())
        })
    }

    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        self.write(Touches::Sales, |t| {
            let mut found = false;
            for i in (0..t.purchase_chunks.len()).rev() {
                let mut chunk = Self::chunk(t, i)?;
                if chunk.replace(purchase) {
                    t.purchase_chunks[i] = chunk.encode();
                    found = true;
                    break;
                }
            }
            if !found {
                return Err(StoreError::NotFound);
            }
            Self::append_entries(t, entries)
        })
    }

    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        let mut t = self.tables.borrow_mut();
        match Self::ledger_of(&t, customer) {
            Ok(ledger) => Ok(ledger),
            Err(e) => {
                let bytes = t.ledgers.remove(&customer.0).unwrap_or_default();
                self.set_aside_record(
                    &mut t,
                    StoredKind::Ledger,
                    customer.0.clone(),
                    bytes,
                    e.to_string(),
                );
                Ok(Vec::new())
            }
        }
    }

    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        let ids: Vec<CustomerId> = self
            .tables
            .borrow()
            .ledgers
            .keys()
            .map(|k| CustomerId(k.clone()))
            .collect();
        let mut all = Vec::with_capacity(ids.len());
        for id in ids {
            let ledger = self.ledger(&id).await?;
            if !ledger.is_empty() {
                all.push((id, ledger));
            }
        }
        let n = all.len();
        for page in all.chunks(LOAD_PAGE) {
            on_page(page.to_vec());
        }
        Ok(n)
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        let mut t = self.tables.borrow_mut();
        let Some(bytes) = t.settings.clone() else {
            return Ok(Settings::default());
        };
        match decode(&bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                t.settings = None;
                self.set_aside_record(
                    &mut t,
                    StoredKind::Settings,
                    "settings".into(),
                    bytes,
                    e.to_string(),
                );
                Ok(Settings::default())
            }
        }
    }

    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings> {
        self.write(Touches::Settings, |t| {
            let stored = match &t.settings {
                Some(v) => decode::<Settings>(v)?.revision,
                None => 0,
            };
            if stored != settings.revision {
                return Err(StoreError::Conflict {
                    stored,
                    expected: settings.revision,
                });
            }
            let mut saved = settings.clone();
            saved.revision = stored + 1;
            t.settings = Some(encode(&saved));
            Ok(saved)
        })
    }

    async fn generations(&self) -> StoreResult<Generations> {
        Ok(self.tables.borrow().generations)
    }

    async fn set_aside(&self) -> StoreResult<Vec<SetAside>> {
        Ok(self.tables.borrow().set_aside.clone())
    }

    async fn clear_set_aside(&self) -> StoreResult<()> {
        self.tables.borrow_mut().set_aside.clear();
        Ok(())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn memory_store_keeps_the_contract() {
        pollster::block_on(crate::store::contract::run_all(&MemoryStore::new()));
    }

    #[test]
    fn memory_store_survives_the_faults() {
        pollster::block_on(crate::store::contract_faults::run_all(&MemoryStore::new()));
    }
}
