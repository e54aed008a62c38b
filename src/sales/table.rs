//! `PurchaseTable`: purchases as columns (time, amount, customer, void flag, id).
//! Customer ids are interned to `u32` and purchase ids packed to 80 bits, so a row
//! costs about 37 bytes instead of a struct with two heap strings.

use crate::domain::ids::{pack, unpack};
use crate::domain::time::Millis;
use crate::domain::{CustomerId, Purchase, PurchaseId};
use std::collections::HashMap;

/// The customer column's value for a walk-in sale.
pub const WALK_IN: u32 = u32::MAX;

#[derive(Default)]
pub struct PurchaseTable {
    pub at_ms: Vec<Millis>,
    pub amount: Vec<i64>,
    pub customer: Vec<u32>,
    pub voided: Vec<bool>,
    ids: Vec<u128>,
    /// Ids that do not pack (imported from elsewhere), by row.
    odd_ids: HashMap<u32, PurchaseId>,
    customers: Vec<CustomerId>,
    customer_index: HashMap<CustomerId, u32>,
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

    pub fn customer_index(&self, id: &CustomerId) -> Option<u32> {
        self.customer_index.get(id).copied()
    }

    pub fn push(&mut self, p: &Purchase) {
        let row = self.len() as u32;
        let customer = match &p.customer {
            Some(id) => self.intern(id),
            None => WALK_IN,
        };
        self.at_ms.push(p.at_ms);
        self.amount.push(p.amount.0);
        self.customer.push(customer);
        self.voided.push(!p.counts());
        match pack(p.id.as_str()) {
            Some(bits) => self.ids.push(bits),
            None => {
                self.ids.push(u128::MAX);
                self.odd_ids.insert(row, p.id.clone());
            }
        }
    }

    pub fn id(&self, row: usize) -> PurchaseId {
        match self.odd_ids.get(&(row as u32)) {
            Some(id) => id.clone(),
            None => PurchaseId(unpack(self.ids[row])),
        }
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

    pub fn mark_void(&mut self, id: &PurchaseId) -> bool {
        match self.row_of(id) {
            Some(row) => {
                self.voided[row] = true;
                true
            }
            None => false,
        }
    }

    fn intern(&mut self, id: &CustomerId) -> u32 {
        if let Some(i) = self.customer_index.get(id) {
            return *i;
        }
        let i = self.customers.len() as u32;
        self.customers.push(id.clone());
        self.customer_index.insert(id.clone(), i);
        i
    }
}
