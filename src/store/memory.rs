//! An in-memory `Store` for native tests. It keeps values encoded exactly as IndexedDB
//! does, so the codec is exercised too, and applies each call all-or-nothing.

use super::appending::{append_purchases, entries_by_customer, extend_ledger};
use super::codec::{decode, due_text, encode, follow_up_key};
use super::{CustomerRecord, Settings, Store, StoreError, StoreResult, LOAD_PAGE};
use crate::domain::{CompactId, Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::loyalty::stored::{decode_ledger, encode_ledger};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default, Clone)]
struct Tables {
    customers: BTreeMap<String, Vec<u8>>,
    interactions: BTreeMap<(String, String), Vec<u8>>,
    follow_ups: BTreeSet<[String; 3]>,
    settings: Option<Vec<u8>>,
    purchase_chunks: Vec<Vec<u8>>,
    ledgers: BTreeMap<String, Vec<u8>>,
}

#[derive(Default)]
pub struct MemoryStore {
    tables: RefCell<Tables>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn put_interaction(t: &mut Tables, i: &Interaction) {
        let key = (i.customer_id.0.clone(), i.id.0.clone());
        if let Some(old) = t.interactions.get(&key) {
            let old: Interaction = decode(old).expect("stored by this store");
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
            let all = extend_ledger(Self::ledger_of(t, customer)?, &new)?;
            updated.push((customer.0.clone(), encode_ledger(&all)));
        }
        t.ledgers.extend(updated);
        Ok(())
    }

    fn timeline_of(t: &Tables, id: &str) -> StoreResult<Vec<Interaction>> {
        let mut items = t
            .interactions
            .range((id.to_owned(), String::new())..)
            .take_while(|((c, _), _)| c == id)
            .map(|(_, v)| decode::<Interaction>(v))
            .collect::<StoreResult<Vec<_>>>()?;
        items.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
        Ok(items)
    }
}

impl Store for MemoryStore {
    async fn load_customers(&self, on_page: &mut dyn FnMut(Vec<Customer>)) -> StoreResult<usize> {
        let all = self
            .tables
            .borrow()
            .customers
            .values()
            .map(|v| decode::<Customer>(v))
            .collect::<StoreResult<Vec<_>>>()?;
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

    async fn save_customer(&self, customer: &Customer) -> StoreResult<Customer> {
        let mut t = self.tables.borrow_mut();
        let stored = match t.customers.get(&customer.id.0) {
            Some(v) => Some(decode::<Customer>(v)?.revision),
            None => None,
        };
        if let Some(stored) = stored.filter(|s| *s != customer.revision) {
            return Err(StoreError::Conflict {
                stored,
                expected: customer.revision,
            });
        }
        let mut saved = customer.clone();
        saved.revision = stored.map_or(0, |s| s + 1);
        t.customers.insert(saved.id.0.clone(), encode(&saved));
        Ok(saved)
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        let mut t = self.tables.borrow_mut();
        for c in customers {
            t.customers.insert(c.id.0.clone(), encode(c));
        }
        for i in interactions {
            Self::put_interaction(&mut t, i);
        }
        Ok(())
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        let mut t = self.tables.borrow_mut();
        let mut removed = Vec::new();
        for id in ids {
            let Some(v) = t.customers.get(&id.0) else {
                continue;
            };
            let customer: Customer = decode(v)?;
            let timeline = Self::timeline_of(&t, &id.0)?;
            let ledger = Self::ledger_of(&t, id)?;
            removed.push(CustomerRecord {
                customer,
                timeline,
                ledger,
                purchases: Vec::new(),
            });
        }
        let gone: Vec<CompactId> = removed
            .iter()
            .map(|r| CompactId::of(r.customer.id.as_str()))
            .collect();
        for i in 0..t.purchase_chunks.len() {
            let mut chunk = Self::chunk(&t, i)?;
            let forgotten = chunk.forget_customers(&gone);
            if forgotten.is_empty() {
                continue;
            }
            t.purchase_chunks[i] = chunk.encode();
            CustomerRecord::note_forgotten(&mut removed, forgotten);
        }
        for r in &removed {
            t.ledgers.remove(&r.customer.id.0);
            t.customers.remove(&r.customer.id.0);
            for i in &r.timeline {
                t.interactions
                    .remove(&(i.customer_id.0.clone(), i.id.0.clone()));
                if let Some(k) = follow_up_key(i) {
                    t.follow_ups.remove(&k);
                }
            }
        }
        Ok(removed)
    }

    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        let mut t = self.tables.borrow_mut();
        let links = CustomerRecord::purchase_links(records);
        for i in 0..t.purchase_chunks.len() {
            let mut chunk = Self::chunk(&t, i)?;
            if chunk.relink(&links) > 0 {
                t.purchase_chunks[i] = chunk.encode();
            }
        }
        for r in records {
            t.customers
                .insert(r.customer.id.0.clone(), encode(&r.customer));
            r.timeline
                .iter()
                .for_each(|i| Self::put_interaction(&mut t, i));
            if !r.ledger.is_empty() {
                t.ledgers
                    .insert(r.customer.id.0.clone(), encode_ledger(&r.ledger));
            }
        }
        Ok(())
    }

    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        Self::timeline_of(&self.tables.borrow(), &id.0)
    }

    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<()> {
        Self::put_interaction(&mut self.tables.borrow_mut(), interaction);
        Ok(())
    }

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        let mut t = self.tables.borrow_mut();
        if let Some(v) = t.interactions.remove(&(customer.0.clone(), id.0.clone())) {
            if let Some(k) = follow_up_key(&decode(&v)?) {
                t.follow_ups.remove(&k);
            }
        }
        Ok(())
    }

    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        let t = self.tables.borrow();
        let last = due_text(until);
        t.follow_ups
            .iter()
            .take_while(|k| k[0] <= last)
            .filter_map(|k| t.interactions.get(&(k[1].clone(), k[2].clone())))
            .map(|v| decode(v))
            .collect()
    }

    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        let t = self.tables.borrow();
        let mut n = 0;
        for i in 0..t.purchase_chunks.len() {
            let chunk = Self::chunk(&t, i)?;
            n += chunk.len();
            on_chunk(chunk);
        }
        Ok(n)
    }

    async fn record(&self, purchases: &[Purchase], entries: &[LedgerEntry]) -> StoreResult<()> {
        let mut t = self.tables.borrow_mut();
        let mut staged = t.clone();
        Self::append_entries(&mut staged, entries)?;
        let count = staged.purchase_chunks.len() as u32;
        let last = match count {
            0 => None,
            n => Some(Self::chunk(&staged, n as usize - 1)?),
        };
        for (number, chunk) in append_purchases(count, last, purchases) {
            let bytes = chunk.encode();
            match staged.purchase_chunks.get_mut(number as usize) {
                Some(slot) => *slot = bytes,
                None => staged.purchase_chunks.push(bytes),
            }
        }
        *t = staged;
        Ok(())
    }

    async fn update_purchase(
        &self,
        purchase: &Purchase,
        entries: &[LedgerEntry],
    ) -> StoreResult<()> {
        let mut t = self.tables.borrow_mut();
        let mut staged = t.clone();
        let mut found = false;
        for i in (0..staged.purchase_chunks.len()).rev() {
            let mut chunk = Self::chunk(&staged, i)?;
            if chunk.replace(purchase) {
                staged.purchase_chunks[i] = chunk.encode();
                found = true;
                break;
            }
        }
        if !found {
            return Err(StoreError::NotFound);
        }
        Self::append_entries(&mut staged, entries)?;
        *t = staged;
        Ok(())
    }

    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        Self::ledger_of(&self.tables.borrow(), customer)
    }

    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        let t = self.tables.borrow();
        let all = t
            .ledgers
            .iter()
            .map(|(k, v)| {
                let id = CustomerId(k.clone());
                decode_ledger(&id, v)
                    .map(|l| (id, l))
                    .map_err(StoreError::Corrupt)
            })
            .collect::<StoreResult<Vec<_>>>()?;
        let n = all.len();
        for page in all.chunks(LOAD_PAGE) {
            on_page(page.to_vec());
        }
        Ok(n)
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        match &self.tables.borrow().settings {
            Some(v) => decode(v),
            None => Ok(Settings::default()),
        }
    }

    async fn save_settings(&self, settings: &Settings) -> StoreResult<()> {
        self.tables.borrow_mut().settings = Some(encode(settings));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_keeps_the_contract() {
        pollster::block_on(crate::store::contract::run_all(&MemoryStore::new()));
    }
}
