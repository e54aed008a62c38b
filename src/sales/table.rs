//! `PurchaseTable`: purchases as columns (time, amount, customer, void flag, id,
//! categories). Customer ids are interned to `u32`, purchase ids packed to 80 bits and
//! categories kept as a bit set, so a row costs about 41 bytes instead of a struct with
//! heap strings. Notes and void reasons, which few rows have, sit in a side map.

use super::chunk::{PurchaseChunk, PurchaseRow};
use crate::domain::ids::{pack, unpack};
use crate::domain::purchase::Void;
use crate::domain::time::Millis;
use crate::domain::{CompactId, CustomerId, Money, Purchase, PurchaseId};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// The customer column's value for a walk-in sale.
pub const WALK_IN: u32 = u32::MAX;
/// Categories beyond this many distinct names are kept in the side map.
const CATEGORY_BITS: usize = 32;

#[derive(Default)]
pub struct PurchaseTable {
    pub at_ms: Vec<Millis>,
    pub amount: Vec<i64>,
    pub customer: Vec<u32>,
    pub voided: Vec<bool>,
    /// Bit `i` set = the purchase is in `category_names[i]`.
    pub category_bits: Vec<u32>,
    category_names: Vec<String>,
    ids: Vec<u128>,
    /// Ids that do not pack (imported from elsewhere), by row.
    odd_ids: HashMap<u32, PurchaseId>,
    details: HashMap<u32, Details>,
    customers: Vec<CustomerId>,
    customer_index: FxHashMap<CompactId, u32>,
}

#[derive(Clone, Debug, Default)]
struct Details {
    note: String,
    void: Option<Void>,
    more_categories: Vec<String>,
}

impl PurchaseTable {
    pub fn len(&self) -> usize {
        self.at_ms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at_ms.is_empty()
    }

    /// Every customer that appears, indexed as in the `customer` column.
    pub fn customers(&self) -> &[CustomerId] {
        &self.customers
    }

    /// Every row's purchase id, packed (0 where it does not pack).
    pub fn packed_ids(&self) -> &[u128] {
        &self.ids
    }

    pub fn customer_index(&self, id: &CustomerId) -> Option<u32> {
        self.customer_index
            .get(&CompactId::of(id.as_str()))
            .copied()
    }

    pub fn push(&mut self, p: &Purchase) {
        let customer = p.customer.as_ref().map(|c| CompactId::of(c.as_str()));
        let id = CompactId::of(p.id.as_str());
        let names: Vec<&str> = p.categories.iter().map(String::as_str).collect();
        self.push_parts(
            id,
            customer.as_ref(),
            p.at_ms,
            p.amount.0,
            &names,
            &p.note,
            &p.void,
        );
    }

    /// Appends a stored chunk without building a `Purchase` per row.
    pub fn extend_from_chunk(&mut self, chunk: &PurchaseChunk) {
        for row in chunk.rows() {
            let PurchaseRow {
                id,
                customer,
                at_ms,
                amount,
                note,
                void,
                ..
            } = row;
            let names: Vec<&str> = chunk.categories_of(row).collect();
            self.push_parts(
                id.clone(),
                customer.as_ref(),
                *at_ms,
                *amount,
                &names,
                note,
                void,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_parts(
        &mut self,
        id: CompactId,
        customer: Option<&CompactId>,
        at_ms: Millis,
        amount: i64,
        categories: &[&str],
        note: &str,
        void: &Option<Void>,
    ) {
        let row = self.len() as u32;
        let customer = customer.map_or(WALK_IN, |c| self.intern(c));
        self.at_ms.push(at_ms);
        self.amount.push(amount);
        self.customer.push(customer);
        self.voided.push(void.is_some());
        match id {
            CompactId::Packed(bits) => self.ids.push(bits),
            CompactId::Text(text) => {
                self.ids.push(u128::MAX);
                self.odd_ids.insert(row, PurchaseId(text));
            }
        }
        let (bits, more) = self.category_set(categories.iter().copied());
        self.category_bits.push(bits);
        if !note.is_empty() || void.is_some() || !more.is_empty() {
            self.details.insert(
                row,
                Details {
                    note: note.to_owned(),
                    void: void.clone(),
                    more_categories: more,
                },
            );
        }
    }

    /// The bit set for `names`, and the names beyond the bits (kept in the side map).
    fn category_set<'a>(&mut self, names: impl Iterator<Item = &'a str>) -> (u32, Vec<String>) {
        let mut bits = 0;
        let mut more = Vec::new();
        for name in names {
            match self.category_bit(name) {
                Some(b) => bits |= 1 << b,
                None => more.push(name.to_owned()),
            }
        }
        (bits, more)
    }

    fn category_bit(&mut self, name: &str) -> Option<usize> {
        if let Some(i) = self.category_names.iter().position(|c| c == name) {
            return Some(i);
        }
        (self.category_names.len() < CATEGORY_BITS).then(|| {
            self.category_names.push(name.to_owned());
            self.category_names.len() - 1
        })
    }

    pub fn id(&self, row: usize) -> PurchaseId {
        match self.odd_ids.get(&(row as u32)) {
            Some(id) => id.clone(),
            None => PurchaseId(unpack(self.ids[row])),
        }
    }

    /// The whole purchase at `row` (below `len()`). Category bits and customer indexes
    /// are only ever set from this table's own lists; `get` keeps a stray one from
    /// panicking.
    pub fn purchase(&self, row: usize) -> Purchase {
        let details = self.details.get(&(row as u32)).cloned().unwrap_or_default();
        let bits = self.category_bits[row];
        let mut categories: Vec<String> = (0..CATEGORY_BITS)
            .filter(|b| bits & (1 << b) != 0)
            .filter_map(|b| self.category_names.get(b).cloned())
            .collect();
        categories.extend(details.more_categories);
        let customer = self.customer[row];
        Purchase {
            id: self.id(row),
            customer: (customer != WALK_IN)
                .then(|| self.customers.get(customer as usize).cloned())
                .flatten(),
            at_ms: self.at_ms[row],
            amount: Money(self.amount[row]),
            categories,
            note: details.note,
            void: details.void,
        }
    }

    /// Purchases with a note or a void reason: the only free text the sales hold.
    pub fn with_free_text(&self) -> Vec<Purchase> {
        let mut rows: Vec<usize> = self.details.keys().map(|r| *r as usize).collect();
        rows.sort_unstable();
        rows.into_iter()
            .filter(|r| *r < self.len())
            .map(|r| self.purchase(r))
            .collect()
    }

    /// One customer's purchases, newest first (voided ones included).
    pub fn purchases_of(&self, id: &CustomerId) -> Vec<Purchase> {
        let Some(c) = self.customer_index(id) else {
            return Vec::new();
        };
        let mut rows: Vec<usize> = (0..self.len()).filter(|r| self.customer[*r] == c).collect();
        rows.sort_by_key(|r| std::cmp::Reverse(self.at_ms[*r]));
        rows.into_iter().map(|r| self.purchase(r)).collect()
    }

    /// What a customer spent (voids excluded) from `since` on; saturating, since
    /// stored amounts are not bounded the way typed ones are.
    pub fn spend_since(&self, id: &CustomerId, since: Millis) -> Money {
        let Some(c) = self.customer_index(id) else {
            return Money(0);
        };
        Money(
            (0..self.len())
                .filter(|r| self.customer[*r] == c && !self.voided[*r] && self.at_ms[*r] >= since)
                .fold(0i64, |sum, r| sum.saturating_add(self.amount[r])),
        )
    }

    /// Searched newest first: the purchases looked up (to void or edit) are recent,
    /// and a scan of packed ids costs less than keeping a million-entry map.
    pub fn row_of(&self, id: &PurchaseId) -> Option<usize> {
        match pack(id.as_str()) {
            Some(bits) => self.ids.iter().rposition(|b| *b == bits),
            None => self
                .odd_ids
                .iter()
                .find(|(_, v)| *v == id)
                .map(|(r, _)| *r as usize),
        }
    }

    /// Replaces a purchase already in the table (a void or an edit) in place.
    pub fn replace(&mut self, p: &Purchase) -> bool {
        let Some(row) = self.row_of(&p.id) else {
            return false;
        };
        self.amount[row] = p.amount.0;
        self.at_ms[row] = p.at_ms;
        self.voided[row] = p.void.is_some();
        let (bits, more) = self.category_set(p.categories.iter().map(String::as_str));
        self.category_bits[row] = bits;
        let details = self.details.entry(row as u32).or_default();
        details.note = p.note.clone();
        details.void = p.void.clone();
        details.more_categories = more;
        true
    }

    /// Turns a customer's purchases into walk-in sales (after the customer is erased).
    /// Their purchases become anonymous takings, as the store keeps them after a
    /// delete: no link, no note, no void reason (those can name the person).
    pub fn forget_customer(&mut self, id: &CustomerId) {
        let Some(c) = self.customer_index(id) else {
            return;
        };
        for (row, x) in self.customer.iter_mut().enumerate() {
            if *x != c {
                continue;
            }
            *x = WALK_IN;
            if let Some(d) = self.details.get_mut(&(row as u32)) {
                d.note.clear();
                if let Some(v) = &mut d.void {
                    v.reason.clear();
                }
            }
        }
    }

    /// Every purchase of `from` becomes `to`'s (a merge of two records of one person).
    pub fn move_customer(&mut self, from: &CustomerId, to: &CustomerId) {
        let Some(old) = self.customer_index(from) else {
            return;
        };
        let new = self.intern(&CompactId::of(to.as_str()));
        self.customer
            .iter_mut()
            .filter(|x| **x == old)
            .for_each(|x| *x = new);
    }

    fn intern(&mut self, id: &CompactId) -> u32 {
        if let Some(i) = self.customer_index.get(id) {
            return *i;
        }
        let i = self.customers.len() as u32;
        self.customers.push(CustomerId(id.text()));
        self.customer_index.insert(id.clone(), i);
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::DemoGenerator;

    #[test]
    fn rows_read_back_as_the_purchases_put_in() {
        let mut g = DemoGenerator::new(5, 1_800_000_000_000);
        let ids: Vec<_> = g.batch(40).customers.into_iter().map(|c| c.id).collect();
        let mut sales = g.purchases(&ids, 400);
        sales[0].note = "for the office".into();
        sales[1].categories = (0..40).map(|i| format!("cat{i}")).collect();
        sales[2].id = "imported-1".into();
        let mut direct = PurchaseTable::default();
        sales.iter().for_each(|p| direct.push(p));
        let mut chunked = PurchaseTable::default();
        chunked.extend_from_chunk(&PurchaseChunk::from_purchases(&sales));
        for t in [&direct, &chunked] {
            let back: Vec<_> = (0..t.len()).map(|r| t.purchase(r)).collect();
            assert_eq!(back, sales);
        }
        let who = ids
            .iter()
            .find(|c| direct.customer_index(c).is_some())
            .unwrap();
        let theirs = direct.purchases_of(who);
        assert!(!theirs.is_empty());
        assert!(theirs.windows(2).all(|w| w[0].at_ms >= w[1].at_ms));
        let spent: i64 = theirs.iter().map(|p| p.amount.0).sum();
        assert_eq!(direct.spend_since(who, 0), Money(spent));
    }

    #[test]
    fn voids_stop_counting_and_forgotten_customers_become_walk_ins() {
        let p = |id: &str, c: &str, amount| Purchase {
            id: id.into(),
            customer: Some(c.into()),
            at_ms: 10,
            amount: Money(amount),
            categories: vec![],
            note: String::new(),
            void: None,
        };
        let mut t = PurchaseTable::default();
        t.push(&p("a", "amina", 500));
        t.push(&p("b", "amina", 300));
        let mut voided = p("b", "amina", 300);
        voided.void = Some(Void {
            at_ms: 11,
            reason: "twice".into(),
        });
        assert!(t.replace(&voided));
        assert_eq!(t.spend_since(&"amina".into(), 0), Money(500));
        let mut edited = p("a", "amina", 450);
        edited.categories = vec!["cake".into()];
        edited.note = "smaller cake".into();
        assert!(t.replace(&edited));
        assert_eq!(t.purchase(0), edited);
        assert_eq!(t.purchase(1).void.unwrap().reason, "twice");
        t.forget_customer(&"amina".into());
        assert!(t.purchases_of(&"amina".into()).is_empty());
        assert_eq!(t.len(), 2);
    }
}
