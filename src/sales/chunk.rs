//! How purchases are stored: up to `CHUNK_ROWS` of them in one record, in a compact
//! binary form (postcard: varints, no field names). Ids are kept as their 80 packed bits,
//! times as the difference from the row before, categories as indexes into the chunk's
//! own list. A purchase costs about 35 bytes instead of ~150 as JSON, and a million of
//! them are a few hundred records, which is what IndexedDB reads quickly.

use crate::domain::purchase::Void;
use crate::domain::{CompactId, CustomerId, Money, Purchase, PurchaseId};
use serde::{Deserialize, Serialize};

/// Rows per chunk: about 140 KB, so appending a sale rewrites a small record and a
/// million purchases are ~250 records.
pub const CHUNK_ROWS: usize = 4096;

/// The first byte of every stored chunk, so the format can change later.
const FORMAT: u8 = 1;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PurchaseChunk {
    categories: Vec<String>,
    rows: Vec<PurchaseRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PurchaseRow {
    pub id: CompactId,
    pub customer: Option<CompactId>,
    pub at_ms: i64,
    pub amount: i64,
    /// Indexes into the chunk's category list.
    categories: Vec<u16>,
    pub note: String,
    pub void: Option<Void>,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    categories: Vec<String>,
    rows: Vec<WireRow>,
}

#[derive(Serialize, Deserialize)]
struct WireRow {
    id: CompactId,
    customer: Option<CompactId>,
    /// Milliseconds after the previous row (after 0 for the first).
    at_delta: i64,
    amount: i64,
    categories: Vec<u16>,
    note: String,
    void: Option<Void>,
}

impl PurchaseChunk {
    pub fn from_purchases(purchases: &[Purchase]) -> Self {
        let mut chunk = Self::default();
        purchases.iter().for_each(|p| chunk.push(p));
        chunk
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.rows.len() >= CHUNK_ROWS
    }

    pub fn rows(&self) -> &[PurchaseRow] {
        &self.rows
    }

    /// The category names of a row.
    pub fn categories_of<'a>(&'a self, row: &'a PurchaseRow) -> impl Iterator<Item = &'a str> {
        row.categories
            .iter()
            .map(|i| self.categories[usize::from(*i)].as_str())
    }

    pub fn push(&mut self, p: &Purchase) {
        let row = self.row_of(p);
        self.rows.push(row);
    }

    fn row_of(&mut self, p: &Purchase) -> PurchaseRow {
        let categories = p
            .categories
            .iter()
            .map(|name| self.category_index(name))
            .collect();
        PurchaseRow {
            id: CompactId::of(p.id.as_str()),
            customer: p.customer.as_ref().map(|c| CompactId::of(c.as_str())),
            at_ms: p.at_ms,
            amount: p.amount.0,
            categories,
            note: p.note.clone(),
            void: p.void.clone(),
        }
    }

    fn category_index(&mut self, name: &str) -> u16 {
        match self.categories.iter().position(|c| c == name) {
            Some(i) => i as u16,
            None => {
                self.categories.push(name.to_owned());
                (self.categories.len() - 1) as u16
            }
        }
    }

    pub fn purchase(&self, row: &PurchaseRow) -> Purchase {
        Purchase {
            id: PurchaseId(row.id.text()),
            customer: row.customer.as_ref().map(|c| CustomerId(c.text())),
            at_ms: row.at_ms,
            amount: Money(row.amount),
            categories: self.categories_of(row).map(str::to_owned).collect(),
            note: row.note.clone(),
            void: row.void.clone(),
        }
    }

    pub fn position(&self, id: &PurchaseId) -> Option<usize> {
        let id = CompactId::of(id.as_str());
        self.rows.iter().position(|r| r.id == id)
    }

    /// Replaces the purchase with the same id; false if it is not in this chunk.
    pub fn replace(&mut self, p: &Purchase) -> bool {
        match self.position(&p.id) {
            Some(i) => {
                self.rows[i] = self.row_of(p);
                true
            }
            None => false,
        }
    }

    /// Makes the customers' purchases walk-in sales (they still count in the shop's
    /// figures but no longer point at anyone). Returns the ids changed.
    pub fn forget_customers(&mut self, customers: &[CompactId]) -> Vec<(PurchaseId, CustomerId)> {
        let mut changed = Vec::new();
        for row in &mut self.rows {
            if let Some(c) = row.customer.as_ref().filter(|c| customers.contains(c)) {
                changed.push((PurchaseId(row.id.text()), CustomerId(c.text())));
                row.customer = None;
            }
        }
        changed
    }

    /// Links walk-in rows back to a customer (undoing `forget_customers`).
    pub fn relink(&mut self, links: &[(PurchaseId, CustomerId)]) -> usize {
        let mut n = 0;
        for (purchase, customer) in links {
            if let Some(i) = self.position(purchase) {
                self.rows[i].customer = Some(CompactId::of(customer.as_str()));
                n += 1;
            }
        }
        n
    }

    /// The smallest and largest purchase id here, as text (ours sort as text in the
    /// order they were made), for finding which chunk holds a purchase.
    pub fn id_range(&self) -> Option<(String, String)> {
        let mut ids = self.rows.iter().map(|r| r.id.text());
        let first = ids.next()?;
        Some(ids.fold((first.clone(), first), |(lo, hi), id| {
            (lo.min(id.clone()), hi.max(id))
        }))
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut previous = 0;
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let at_delta = r.at_ms - previous;
                previous = r.at_ms;
                WireRow {
                    id: r.id.clone(),
                    customer: r.customer.clone(),
                    at_delta,
                    amount: r.amount,
                    categories: r.categories.clone(),
                    note: r.note.clone(),
                    void: r.void.clone(),
                }
            })
            .collect();
        let wire = Wire {
            categories: self.categories.clone(),
            rows,
        };
        let mut out = vec![FORMAT];
        out.extend(postcard::to_allocvec(&wire).expect("purchases always serialise"));
        out
    }

    /// Whether stored `bytes` may hold a purchase by any of `customers`, without decoding
    /// them: a row by a customer carries that customer's encoding byte for byte, so a
    /// chunk without it cannot hold one (a chance match elsewhere only costs a decode).
    pub fn may_hold_customers(bytes: &[u8], customers: &[CompactId]) -> bool {
        customers.iter().any(|c| {
            let needle = postcard::to_allocvec(&Some(c)).expect("ids always serialise");
            memchr::memmem::find(bytes, &needle).is_some()
        })
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        let (format, body) = bytes.split_first().ok_or("an empty purchase record")?;
        if *format != FORMAT {
            return Err(format!("purchase record format {format} is not known"));
        }
        let wire: Wire = postcard::from_bytes(body).map_err(|e| e.to_string())?;
        let mut at_ms = 0;
        let rows = wire
            .rows
            .into_iter()
            .map(|r| {
                at_ms += r.at_delta;
                PurchaseRow {
                    id: r.id,
                    customer: r.customer,
                    at_ms,
                    amount: r.amount,
                    categories: r.categories,
                    note: r.note,
                    void: r.void,
                }
            })
            .collect();
        Ok(Self {
            categories: wire.categories,
            rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::DemoGenerator;

    fn sample() -> Vec<Purchase> {
        let mut g = DemoGenerator::new(4, 1_800_000_000_000);
        let ids: Vec<_> = g.batch(50).customers.into_iter().map(|c| c.id).collect();
        let mut sales = g.purchases(&ids, 500);
        sales[3].note = "paid in coins".into();
        sales[4].void = Some(Void {
            at_ms: sales[4].at_ms + 5,
            reason: "rang up twice".into(),
        });
        sales[5].id = PurchaseId::from("imported-77");
        sales[6].categories = vec!["coffee".into(), "cake".into()];
        sales
    }

    #[test]
    fn chunks_round_trip_every_field_compactly() {
        let sales = sample();
        let chunk = PurchaseChunk::from_purchases(&sales);
        let bytes = chunk.encode();
        let back = PurchaseChunk::decode(&bytes).unwrap();
        let again: Vec<_> = back.rows().iter().map(|r| back.purchase(r)).collect();
        assert_eq!(again, sales);
        let per_row = bytes.len() / sales.len();
        assert!(per_row < 45, "{per_row} bytes a purchase");
    }

    #[test]
    fn bad_bytes_are_refused_not_misread() {
        assert!(PurchaseChunk::decode(&[]).is_err());
        assert!(PurchaseChunk::decode(&[9, 0, 0]).is_err());
        let mut bytes = PurchaseChunk::from_purchases(&sample()).encode();
        bytes.truncate(bytes.len() / 2);
        assert!(PurchaseChunk::decode(&bytes).is_err());
    }

    #[test]
    fn voids_replace_in_place_and_erasure_makes_walk_ins_that_undo_can_relink() {
        let sales = sample();
        let mut chunk = PurchaseChunk::from_purchases(&sales);
        let mut voided = sales[10].clone();
        voided.void = Some(Void {
            at_ms: 1,
            reason: "wrong till".into(),
        });
        assert!(chunk.replace(&voided));
        assert_eq!(chunk.purchase(&chunk.rows()[10]), voided);
        assert!(!chunk.replace(&Purchase {
            id: "nowhere".into(),
            ..voided.clone()
        }));

        let who = sales.iter().find_map(|p| p.customer.clone()).unwrap();
        let theirs = sales
            .iter()
            .filter(|p| p.customer == Some(who.clone()))
            .count();
        let forgotten = chunk.forget_customers(&[CompactId::of(who.as_str())]);
        assert_eq!(forgotten.len(), theirs);
        assert!(chunk
            .rows()
            .iter()
            .all(|r| r.customer != Some(CompactId::of(who.as_str()))));
        assert_eq!(chunk.len(), sales.len(), "sales still count, as walk-ins");
        assert_eq!(chunk.relink(&forgotten), theirs);
        let mut expected = sales.clone();
        expected[10] = voided;
        let back: Vec<_> = chunk.rows().iter().map(|r| chunk.purchase(r)).collect();
        assert_eq!(back, expected);
    }

    #[test]
    fn the_byte_check_never_misses_a_customer() {
        let sales = sample();
        let bytes = PurchaseChunk::from_purchases(&sales).encode();
        for p in &sales {
            if let Some(c) = &p.customer {
                assert!(PurchaseChunk::may_hold_customers(
                    &bytes,
                    &[CompactId::of(c.as_str())]
                ));
            }
        }
        let stranger = CompactId::of("0123456789abcdef");
        assert!(!PurchaseChunk::may_hold_customers(&bytes, &[stranger]));
        assert!(!PurchaseChunk::may_hold_customers(
            &bytes,
            &[CompactId::Text("zoe".into())]
        ));
    }

    #[test]
    fn id_range_spans_the_chunk() {
        let sales = sample();
        let (lo, hi) = PurchaseChunk::from_purchases(&sales).id_range().unwrap();
        assert!(sales
            .iter()
            .all(|p| lo.as_str() <= p.id.as_str() && p.id.as_str() <= hi.as_str()));
        assert_eq!(PurchaseChunk::default().id_range(), None);
    }
}
