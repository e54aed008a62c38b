//! An in-memory `Store` for native tests. It keeps values encoded exactly as IndexedDB
//! does, so the codec is exercised too, applies each call all-or-nothing (changes are
//! made on a copy that replaces the tables only when the call succeeds), and sets
//! damaged records aside as the real store does. `put_raw` lets tests damage records.

mod convert;
mod records;
mod scan;
mod whole_book;

use super::appending::{append_purchases, entries_by_customer, extend_ledger};
use super::codec::{
    decode, decode_chunk, decode_ledger_record, due_text, encode, encode_chunk,
    encode_ledger_record, follow_up_key, interaction_key, or_damaged, tombstone_key, SEALED_DUE,
};
use super::{
    Converted, CustomerRecord, Generations, RawRecord, SetAside, Settings, Store, StoreError,
    StoreResult, StoredKind, Touches, LOAD_PAGE,
};
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase};
use crate::lock::{Envelope, LockRecord};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// Keys are as IndexedDB's: ids through `Envelope::key_of` (blinded when sealed).
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
    lock: Option<LockRecord>,
}

#[derive(Default)]
pub struct MemoryStore {
    tables: RefCell<Tables>,
    /// What `SetAside::at_ms` and tombstones record; tests set it.
    pub now_ms: Cell<i64>,
    envelope: RefCell<Rc<Envelope>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Overwrites a stored record with `bytes`, as a damaged disk or a buggy release
    /// might: for fault-injection tests.
    pub fn put_raw(&self, record: RawRecord, bytes: Vec<u8>) {
        let e = self.env();
        let mut t = self.tables.borrow_mut();
        match record {
            RawRecord::Customer(id) => {
                t.customers.insert(e.key_of(&id.0).into_owned(), bytes);
            }
            RawRecord::Interaction(c, i) => {
                let key = (e.key_of(&c.0).into_owned(), e.key_of(&i.0).into_owned());
                t.interactions.insert(key, bytes);
            }
            RawRecord::PurchaseChunk(n) => {
                if let Some(slot) = t.purchase_chunks.get_mut(n) {
                    *slot = bytes;
                }
            }
            RawRecord::Ledger(id) => {
                t.ledgers.insert(e.key_of(&id.0).into_owned(), bytes);
            }
            RawRecord::Settings => t.settings = Some(bytes),
        }
    }

    /// Every stored key and value, byte for byte, as someone reading the disk would
    /// see them: for tests that no personal data is readable with the lock on.
    pub fn raw_dump(&self) -> Vec<u8> {
        let t = self.tables.borrow();
        let mut out = Vec::new();
        for (k, v) in t.customers.iter().chain(&t.ledgers) {
            out.extend(k.as_bytes());
            out.extend(v);
        }
        for ((c, i), v) in &t.interactions {
            out.extend(c.as_bytes());
            out.extend(i.as_bytes());
            out.extend(v);
        }
        for k in &t.follow_ups {
            k.iter().for_each(|part| out.extend(part.as_bytes()));
        }
        for k in t.tombstones.keys() {
            out.extend(k.as_bytes());
        }
        t.purchase_chunks.iter().for_each(|c| out.extend(c));
        t.settings.iter().for_each(|s| out.extend(s));
        out
    }

    /// `Locked` while the book has a lock and this tab does not hold its key: nothing
    /// is read (and nothing that fails to open is mistaken for damage).
    fn readable(&self) -> StoreResult<()> {
        if self.tables.borrow().lock.is_some() && self.env().key_id().is_none() {
            return Err(StoreError::Locked);
        }
        Ok(())
    }

    /// How values are sealed and keys formed, as this tab holds it.
    fn env(&self) -> Rc<Envelope> {
        self.envelope.borrow().clone()
    }

    /// Runs `change` on a copy of the tables, keeping it only if it succeeds, and moves
    /// the generation of what it touched on. Refused if the lock changed since this
    /// tab took its envelope (see `lock::envelope_fits`).
    fn write<T>(
        &self,
        touches: Touches,
        change: impl FnOnce(&mut Tables, &Envelope) -> StoreResult<T>,
    ) -> StoreResult<T> {
        let e = self.env();
        let mut staged = self.tables.borrow().clone();
        if !crate::lock::envelope_fits(staged.lock.as_ref(), &e) {
            return Err(StoreError::LockChanged);
        }
        let out = change(&mut staged, &e)?;
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

    /// Takes an unreadable interaction (and its follow-up) out and sets it aside.
    fn set_aside_interaction(
        &self,
        t: &mut Tables,
        key: (String, String),
        bytes: Vec<u8>,
        reason: String,
    ) {
        t.interactions.remove(&key);
        t.follow_ups.retain(|f| f[1] != key.0 || f[2] != key.1);
        let where_ = format!("{}/{}", key.0, key.1);
        self.set_aside_record(t, StoredKind::Interaction, where_, bytes, reason);
    }

    fn put_interaction(e: &Envelope, t: &mut Tables, i: &Interaction) {
        let key = interaction_key(e, i);
        // An unreadable old version has no follow-up we can name; the new one stands.
        if let Some(old) = t
            .interactions
            .get(&key)
            .and_then(|v| decode::<Interaction>(e, v).ok())
        {
            if let Some(k) = follow_up_key(e, &old) {
                t.follow_ups.remove(&k);
            }
        }
        if let Some(k) = follow_up_key(e, i) {
            t.follow_ups.insert(k);
        }
        t.interactions.insert(key, encode(e, i));
    }

    fn chunk(e: &Envelope, t: &Tables, i: usize) -> StoreResult<PurchaseChunk> {
        decode_chunk(e, &t.purchase_chunks[i])
    }

    fn ledger_of(e: &Envelope, t: &Tables, id: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        let key = e.key_of(&id.0);
        match t.ledgers.get(key.as_ref()) {
            Some(v) => decode_ledger_record(e, v, &key).map(|(_, entries)| entries),
            None => Ok(Vec::new()),
        }
    }

    /// Checks every ledger change first, so a refusal leaves everything as it was.
    fn append_entries(e: &Envelope, t: &mut Tables, entries: &[LedgerEntry]) -> StoreResult<()> {
        let mut updated = Vec::new();
        for (customer, new) in entries_by_customer(entries) {
            if Self::is_deleted(t, customer) {
                return Err(StoreError::Deleted);
            }
            let all = extend_ledger(Self::ledger_of(e, t, customer)?, &new)?;
            let key = e.key_of(&customer.0).into_owned();
            updated.push((key, encode_ledger_record(e, customer, &all)));
        }
        t.ledgers.extend(updated);
        Ok(())
    }

    /// Decodes one customer's timeline, setting aside entries that cannot be read.
    fn timeline_of(&self, id: &str) -> Vec<Interaction> {
        let key = self.env().key_of(id).into_owned();
        self.timeline_by_key(&key)
    }

    /// One customer's timeline by their key (`Envelope::key_of` of their id).
    fn timeline_by_key(&self, id: &str) -> Vec<Interaction> {
        let e = self.env();
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
            match decode::<Interaction>(&e, &bytes) {
                Ok(i) => items.push(i),
                Err(e) => self.set_aside_interaction(&mut t, key, bytes, e.to_string()),
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
        self.readable()?;
        let mut all = Vec::new();
        {
            let e = self.env();
            let mut t = self.tables.borrow_mut();
            let mut damaged = Vec::new();
            for (key, bytes) in &t.customers {
                match or_damaged(decode::<Customer>(&e, bytes))? {
                    Ok(c) => all.push(c),
                    Err(e) => damaged.push((key.clone(), bytes.clone(), e)),
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
        self.readable()?;
        let e = self.env();
        self.tables
            .borrow()
            .customers
            .get(e.key_of(&id.0).as_ref())
            .map(|v| decode(&e, v))
            .transpose()
    }

    async fn save_customers(&self, customers: &[Customer]) -> StoreResult<Vec<Customer>> {
        self.write(Touches::Customers, |t, e| {
            Self::save_checked(t, e, customers)
        })
    }

    async fn put_batch(
        &self,
        customers: &[Customer],
        interactions: &[Interaction],
    ) -> StoreResult<()> {
        self.write(Touches::Customers, |t, e| {
            for c in customers {
                t.customers
                    .insert(e.key_of(&c.id.0).into_owned(), encode(e, c));
            }
            for i in interactions {
                Self::put_interaction(e, t, i);
            }
            Ok(())
        })
    }

    async fn delete_customers(&self, ids: &[CustomerId]) -> StoreResult<Vec<CustomerRecord>> {
        self.readable()?;
        let timelines: Vec<Vec<Interaction>> =
            ids.iter().map(|id| self.timeline_of(&id.0)).collect();
        let now = self.now_ms.get();
        self.write(Touches::CustomersAndSales, |t, e| {
            Self::take_customers(t, e, ids, timelines, now)
        })
    }

    async fn restore(&self, records: &[CustomerRecord]) -> StoreResult<()> {
        self.write(Touches::CustomersAndSales, |t, e| {
            Self::put_back(t, e, records)
        })
    }

    async fn merge_customers(
        &self,
        survivor: &Customer,
        absorbed: &[Customer],
    ) -> StoreResult<(Customer, Vec<CustomerRecord>)> {
        self.merge_into(survivor, absorbed)
    }

    async fn unmerge(&self, survivor: &Customer, records: &[CustomerRecord]) -> StoreResult<()> {
        self.unmerge_from(survivor, records)
    }

    async fn timeline(&self, id: &CustomerId) -> StoreResult<Vec<Interaction>> {
        self.readable()?;
        Ok(self.timeline_of(&id.0))
    }

    async fn save_interaction(&self, interaction: &Interaction) -> StoreResult<Interaction> {
        self.write(Touches::Customers, |t, e| {
            if Self::is_deleted(t, &interaction.customer_id) {
                return Err(StoreError::Deleted);
            }
            let key = interaction_key(e, interaction);
            let stored = match t.interactions.get(&key) {
                Some(v) => Some(decode::<Interaction>(e, v)?.revision),
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
            Self::put_interaction(e, t, &saved);
            Ok(saved)
        })
    }

    async fn delete_interaction(
        &self,
        customer: &CustomerId,
        id: &InteractionId,
    ) -> StoreResult<()> {
        self.write(Touches::Customers, |t, e| {
            let key = (
                e.key_of(&customer.0).into_owned(),
                e.key_of(&id.0).into_owned(),
            );
            if let Some(v) = t.interactions.remove(&key) {
                if let Some(k) = decode(e, &v).ok().and_then(|i| follow_up_key(e, &i)) {
                    t.follow_ups.remove(&k);
                }
            }
            Ok(())
        })
    }

    async fn follow_ups_until(&self, until: NaiveDate) -> StoreResult<Vec<Interaction>> {
        self.readable()?;
        let last = due_text(until);
        let keys: Vec<[String; 3]> = self
            .tables
            .borrow()
            .follow_ups
            .iter()
            .filter(|k| k[0] <= last || k[0] == SEALED_DUE)
            .cloned()
            .collect();
        let e = self.env();
        let mut out = Vec::new();
        for k in keys {
            // Read through the timeline, so a damaged entry is set aside, not fatal.
            let found = self.timeline_by_key(&k[1]).into_iter().find(|i| {
                let (_, id) = interaction_key(&e, i);
                id == k[2]
            });
            out.extend(found);
        }
        // A sealed key holds no date: the due date is checked once opened.
        out.retain(|i| i.due.is_some_and(|d| d <= until));
        out.sort_by_key(|i| i.due);
        Ok(out)
    }

    async fn load_purchases(&self, on_chunk: &mut dyn FnMut(PurchaseChunk)) -> StoreResult<usize> {
        self.readable()?;
        let mut chunks = Vec::new();
        {
            let e = self.env();
            let mut t = self.tables.borrow_mut();
            for i in 0..t.purchase_chunks.len() {
                match or_damaged(Self::chunk(&e, &t, i))? {
                    Ok(chunk) => chunks.push(chunk),
                    Err(err) => {
                        // Kept whole in the quarantine; an empty chunk keeps numbers dense.
                        let bytes = std::mem::replace(
                            &mut t.purchase_chunks[i],
                            encode_chunk(&e, &PurchaseChunk::default()),
                        );
                        let e = err;
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
        self.write(Touches::Sales, |t, e| {
            if purchases
                .iter()
                .filter_map(|p| p.customer.as_ref())
                .any(|c| Self::is_deleted(t, c))
            {
                return Err(StoreError::Deleted);
            }
            Self::append_entries(e, t, entries)?;
            let count = t.purchase_chunks.len() as u32;
            let last = match count {
                0 => None,
                n => Some(Self::chunk(e, t, n as usize - 1)?),
            };
            for (number, chunk) in append_purchases(count, last, purchases) {
                let bytes = encode_chunk(e, &chunk);
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
        self.write(Touches::Sales, |t, e| {
            let mut found = false;
            for i in (0..t.purchase_chunks.len()).rev() {
                let mut chunk = Self::chunk(e, t, i)?;
                if chunk.replace(purchase) {
                    t.purchase_chunks[i] = encode_chunk(e, &chunk);
                    found = true;
                    break;
                }
            }
            if !found {
                return Err(StoreError::NotFound);
            }
            Self::append_entries(e, t, entries)
        })
    }

    async fn ledger(&self, customer: &CustomerId) -> StoreResult<Vec<LedgerEntry>> {
        self.readable()?;
        let env = self.env();
        let mut t = self.tables.borrow_mut();
        match or_damaged(Self::ledger_of(&env, &t, customer))? {
            Ok(ledger) => Ok(ledger),
            Err(e) => {
                let key = env.key_of(&customer.0);
                let bytes = t.ledgers.remove(key.as_ref()).unwrap_or_default();
                self.set_aside_record(&mut t, StoredKind::Ledger, customer.0.clone(), bytes, e);
                Ok(Vec::new())
            }
        }
    }

    async fn load_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        self.all_interactions(on_page)
    }

    async fn replace_book(&self, content: &crate::backup::BookContent) -> StoreResult<()> {
        self.replace_all(content)
    }

    async fn load_ledgers(
        &self,
        on_page: &mut dyn FnMut(Vec<(CustomerId, Vec<LedgerEntry>)>),
    ) -> StoreResult<usize> {
        self.readable()?;
        let e = self.env();
        let mut all = Vec::new();
        {
            let mut t = self.tables.borrow_mut();
            let mut damaged = Vec::new();
            for (key, bytes) in &t.ledgers {
                match or_damaged(decode_ledger_record(&e, bytes, key))? {
                    Ok((id, ledger)) if !ledger.is_empty() => all.push((id, ledger)),
                    Ok(_) => {}
                    Err(err) => damaged.push((key.clone(), bytes.clone(), err)),
                }
            }
            for (key, bytes, reason) in damaged {
                t.ledgers.remove(&key);
                self.set_aside_record(&mut t, StoredKind::Ledger, key, bytes, reason);
            }
        }
        let n = all.len();
        for page in all.chunks(LOAD_PAGE) {
            on_page(page.to_vec());
        }
        Ok(n)
    }

    async fn load_settings(&self) -> StoreResult<Settings> {
        self.readable()?;
        let e = self.env();
        let mut t = self.tables.borrow_mut();
        let Some(bytes) = t.settings.clone() else {
            return Ok(Settings::default());
        };
        match or_damaged(decode(&e, &bytes))? {
            Ok(s) => Ok(s),
            Err(e) => {
                t.settings = None;
                self.set_aside_record(&mut t, StoredKind::Settings, "settings".into(), bytes, e);
                Ok(Settings::default())
            }
        }
    }

    async fn save_settings(&self, settings: &Settings) -> StoreResult<Settings> {
        self.write(Touches::Settings, |t, e| {
            let stored = match &t.settings {
                Some(v) => decode::<Settings>(e, v)?.revision,
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
            t.settings = Some(encode(e, &saved));
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

    async fn lock_record(&self) -> StoreResult<Option<LockRecord>> {
        Ok(self.tables.borrow().lock.clone())
    }

    async fn save_lock_record(
        &self,
        expected: Option<&LockRecord>,
        record: Option<&LockRecord>,
    ) -> StoreResult<()> {
        let mut tables = self.tables.borrow_mut();
        if tables.lock.as_ref() != expected {
            return Err(StoreError::LockChanged);
        }
        tables.lock = record.cloned();
        Ok(())
    }

    fn use_envelope(&self, envelope: Envelope) {
        *self.envelope.borrow_mut() = Rc::new(envelope);
    }

    async fn convert_step(&self) -> StoreResult<Converted> {
        self.convert_all()
    }

    async fn scan(
        &self,
        on_record: &mut dyn FnMut(&crate::gdpr::scan::ScannedRecord<'_>),
    ) -> StoreResult<usize> {
        self.scan_tables(on_record)
    }

    fn key_form(&self, id: &str) -> String {
        self.env().key_of(id).into_owned()
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

    /// A store whose lock is on, unlocked in this tab: every value sealed.
    fn locked() -> MemoryStore {
        use crate::lock::{KdfParams, LockState};
        let store = MemoryStore::new();
        let (mut record, key) =
            LockRecord::create("test passphrase", KdfParams::with_cost(64, 1)).unwrap();
        record.state = LockState::On;
        store.tables.borrow_mut().lock = Some(record.clone());
        store.use_envelope(Envelope::sealed(&key, record.key_id));
        store
    }

    #[test]
    fn a_locked_memory_store_keeps_the_contract_and_survives_the_faults() {
        pollster::block_on(crate::store::contract::run_all(&locked()));
        pollster::block_on(crate::store::contract_faults::run_all(&locked()));
    }
}
