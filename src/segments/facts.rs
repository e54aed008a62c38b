//! What segment conditions look at beyond the customer record, worked out once per
//! change to the book and reused while the owner edits a rule: purchase totals per
//! window (one pass over the sales per window, kept), loyalty standing and the
//! insights' scores. Everything is indexed by directory slot.

use crate::analytics::rfm::RfmSegment;
use crate::domain::time::Millis;
use crate::domain::CustomerId;
use crate::sales::{PurchaseTable, WALK_IN};
use crate::search::{fold, Directory};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

pub const DAY_MS: i64 = 86_400_000;
/// No purchase-table index: the customer never bought.
const NO_SALES: u32 = u32::MAX;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WindowTotal {
    /// Minor units, voided sales left out.
    pub spend: i64,
    pub visits: u32,
}

/// A customer's loyalty standing as segments see it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Standing {
    pub points: i64,
    /// Folded tier name; empty for no tier.
    pub tier: Box<str>,
}

/// A customer's scores from the insights.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub rfm: Option<RfmSegment>,
    pub chance_active: Option<f64>,
    /// Minor units.
    pub expected_value: Option<f64>,
}

pub struct Facts {
    pub now_ms: Millis,
    /// Per slot: the customer's index in the purchase table's customer column.
    sales_index: Vec<u32>,
    /// Shareable between the views that count (hence a lock, never contended).
    windows: Mutex<BTreeMap<u32, Arc<[WindowTotal]>>>,
    last_visit: Vec<Option<Millis>>,
    loyalty: OnceLock<Vec<Standing>>,
    scores: OnceLock<Vec<Scores>>,
}

impl Facts {
    /// Links each directory slot to its purchases; `last_visit` is indexed like the
    /// table's customers (the sales summaries' last purchase).
    pub fn new(
        directory: &Directory,
        table: &PurchaseTable,
        last_visit_by_customer: impl Fn(u32) -> Option<Millis>,
        now_ms: Millis,
    ) -> Self {
        let sales_index: Vec<u32> = (0..directory.slots() as u32)
            .map(|slot| {
                directory
                    .row(slot)
                    .and_then(|r| table.customer_index(&r.id))
                    .unwrap_or(NO_SALES)
            })
            .collect();
        let last_visit = sales_index
            .iter()
            .map(|i| {
                (*i != NO_SALES)
                    .then(|| last_visit_by_customer(*i))
                    .flatten()
            })
            .collect();
        Facts {
            now_ms,
            sales_index,
            windows: Mutex::default(),
            last_visit,
            loyalty: OnceLock::new(),
            scores: OnceLock::new(),
        }
    }

    pub fn slots(&self) -> usize {
        self.sales_index.len()
    }

    pub fn last_visit(&self, slot: usize) -> Option<Millis> {
        self.last_visit.get(slot).copied().flatten()
    }

    /// Spend and visits in the last `days` (0: all time), worked out on first use.
    pub fn window(&self, days: u32, table: &PurchaseTable) -> Arc<[WindowTotal]> {
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = windows.get(&days) {
            return w.clone();
        }
        let since = if days == 0 {
            Millis::MIN
        } else {
            self.now_ms.saturating_sub(i64::from(days) * DAY_MS)
        };
        let mut by_customer = vec![WindowTotal::default(); table.customers().len()];
        for row in 0..table.len() {
            let c = table.customer[row];
            if c == WALK_IN || table.voided[row] || table.at_ms[row] < since {
                continue;
            }
            if let Some(t) = by_customer.get_mut(c as usize) {
                t.spend = t.spend.saturating_add(table.amount[row]);
                t.visits = t.visits.saturating_add(1);
            }
        }
        let by_slot: Arc<[WindowTotal]> = self
            .sales_index
            .iter()
            .map(|i| by_customer.get(*i as usize).copied().unwrap_or_default())
            .collect();
        windows.insert(days, by_slot.clone());
        by_slot
    }

    /// Attaches loyalty standing (once: later calls are ignored).
    pub fn set_loyalty(&self, directory: &Directory, by_id: &HashMap<CustomerId, (i64, String)>) {
        let _ = self.loyalty.set(self.by_slot(directory, |id| {
            by_id
                .get(id)
                .map(|(points, tier)| Standing {
                    points: *points,
                    tier: fold(tier).into(),
                })
                .unwrap_or_default()
        }));
    }

    pub fn has_loyalty(&self) -> bool {
        self.loyalty.get().is_some()
    }

    pub fn standing(&self, slot: usize) -> Option<&Standing> {
        self.loyalty.get()?.get(slot)
    }

    /// Attaches insight scores (once: later calls are ignored).
    pub fn set_scores(&self, directory: &Directory, by_id: &HashMap<CustomerId, Scores>) {
        let _ = self
            .scores
            .set(self.by_slot(directory, |id| by_id.get(id).copied().unwrap_or_default()));
    }

    pub fn has_scores(&self) -> bool {
        self.scores.get().is_some()
    }

    pub fn scores(&self, slot: usize) -> Option<&Scores> {
        self.scores.get()?.get(slot)
    }

    fn by_slot<T: Default>(&self, directory: &Directory, of: impl Fn(&CustomerId) -> T) -> Vec<T> {
        (0..self.slots() as u32)
            .map(|slot| directory.row(slot).map(|r| of(&r.id)).unwrap_or_default())
            .collect()
    }
}
