//! An in-memory `Store` for native tests. It keeps values encoded exactly as IndexedDB
//! does, so the codec is exercised too, and applies each call all-or-nothing.

use super::codec::{decode, due_text, encode, follow_up_key};
use super::{CustomerRecord, Settings, Store, StoreError, StoreResult, LOAD_PAGE};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default, Clone)]
struct Tables {
    customers: BTreeMap<String, Vec<u8>>,
    interactions: BTreeMap<(String, String), Vec<u8>>,
    follow_ups: BTreeSet<[String; 3]>,
    settings: Option<Vec<u8>>,
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

    fn timeline_of(t: &Tables, id: &str) -> StoreResult<Vec<Interaction>> {
        let mut items = t
            .interactions
            .range((id.to_owned(), String::new())..)
            .take_while(|((c, _), _)| c == id)
            .map(|(_, v)| decode::<Interaction>(v))
            .collect::<StoreResult<Vec<_>>>()?;
        items.sort_by(|a, b| b.at_ms.cmp(&a.at_ms));
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
            removed.push(CustomerRecord { customer, timeline });
        }
        for r in &removed {
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
