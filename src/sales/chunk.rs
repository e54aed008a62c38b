//! How purchases are stored: up to `CHUNK_ROWS` of them in one record, in a compact
//! binary form (postcard: varints, no field names). Ids are kept as their 80 packed bits,
//! times as the difference from the row before, categories as indexes into the chunk's
//! own list. A purchase costs about 35 bytes instead of ~150 as JSON, and a million of
//! them are a few hundred records, which is what IndexedDB reads quickly.

use crate::domain::ids::pack;
use crate::domain::purchase::Void;
use crate::domain::{CompactId, CustomerId, Money, Purchase, PurchaseId};
use serde::{Deserialize, Serialize};

/// Rows per chunk: about 35 KB, so a sale rewrites (and, with the lock on, opens and
/// seals again) a small record, and a million purchases are ~1,000 records.
pub const CHUNK_ROWS: usize = 1024;

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

    /// The category names the rows point into.
    pub fn category_names(&self) -> &[String] {
        &self.categories
    }

    pub fn rows(&self) -> &[PurchaseRow] {
        &self.rows
    }

    /// The category names of a row. `decode` refuses an index past the list and `push`
    /// never makes one, so none is skipped; `get` only keeps this from ever panicking.
    pub fn categories_of<'a>(&'a self, row: &'a PurchaseRow) -> impl Iterator<Item = &'a str> {
        row.categories
            .iter()
            .filter_map(|i| self.categories.get(usize::from(*i)))
            .map(String::as_str)
    }

    pub fn push(&mut self, p: &Purchase) {
        let row = self.row_of(p);
        self.rows.push(row);
    }

    fn row_of(&mut self, p: &Purchase) -> PurchaseRow {
        let categories = p
            .categories
            .iter()
            .filter_map(|name| self.category_index(name))
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

    /// The index of `name` in this chunk's list, added if new. `None` once the list
    /// holds as many names as a u16 can index (65,536 distinct categories among 1,024
    /// sales): the name is left off that row rather than wrapping to another's index.
    fn category_index(&mut self, name: &str) -> Option<u16> {
        match self.categories.iter().position(|c| c == name) {
            Some(i) => u16::try_from(i).ok(),
            None => {
                let i = u16::try_from(self.categories.len()).ok()?;
                self.categories.push(name.to_owned());
                Some(i)
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
        let mut previous: i64 = 0;
        let rows = self
            .rows
            .iter()
            .map(|r| {
                // Wrapping, like `decode`'s sum: differences taken and added back modulo
                // 2^64 give every time back exactly, so no time can overflow here or fail
                // to read back (ordinary times never wrap, so the bytes are unchanged).
                let at_delta = r.at_ms.wrapping_sub(previous);
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
        // Cannot fail: every field has a known length and postcard writes into a Vec.
        out.extend(postcard::to_allocvec(&wire).expect("purchases always serialise"));
        out
    }

    /// Whether stored `bytes` may hold a purchase by any of `customers`, without decoding
    /// them: a row by a customer carries that customer's encoding byte for byte, so a
    /// chunk without it cannot hold one (a chance match elsewhere only costs a decode).
    pub fn may_hold_customers(bytes: &[u8], customers: &[CompactId]) -> bool {
        customers.iter().any(|c| {
            // Serialising an id into a Vec cannot fail; if it somehow did, "may hold"
            // only costs a decode.
            postcard::to_allocvec(&Some(c)).map_or(true, |needle| {
                memchr::memmem::find(bytes, &needle).is_some()
            })
        })
    }

    /// Reads a stored chunk, or says what is wrong with it; never panics, whatever the
    /// bytes. Besides the shape, it checks what later steps rely on: every category
    /// index names one in the chunk's list, and ids are in the one form their encoder
    /// writes. Amounts are taken as they are (older books may hold ones above today's
    /// maximum); everything that adds them up saturates instead of overflowing.
    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        let (format, body) = bytes.split_first().ok_or("an empty purchase record")?;
        if *format != FORMAT {
            return Err(format!("purchase record format {format} is not known"));
        }
        let wire: Wire = postcard::from_bytes(body).map_err(|e| e.to_string())?;
        let listed = wire.categories.len();
        let mut at_ms: i64 = 0;
        let rows = wire
            .rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                at_ms = at_ms.wrapping_add(r.at_delta);
                if let Some(bad) = r.categories.iter().find(|c| usize::from(**c) >= listed) {
                    return Err(format!(
                        "purchase row {i} names category {bad}, but the record lists {listed}"
                    ));
                }
                let id = |what: &str, id: CompactId| {
                    canonical_id(id)
                        .map_err(|problem| format!("purchase row {i}: its {what} {problem}"))
                };
                Ok(PurchaseRow {
                    id: id("id", r.id)?,
                    customer: r.customer.map(|c| id("customer", c)).transpose()?,
                    at_ms,
                    amount: r.amount,
                    categories: r.categories,
                    note: r.note,
                    void: r.void,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Self {
            categories: wire.categories,
            rows,
        })
    }
}

/// `id` if it is in the one form `CompactId::of` gives its text (the only form an
/// encoder writes), else what is wrong with it. Any other form reads back as text that
/// `CompactId::of` makes into a different id, so finding the row (a void, an undo) and
/// the erasure's byte check (`may_hold_customers`) would miss it.
pub fn canonical_id(id: CompactId) -> Result<CompactId, &'static str> {
    match &id {
        CompactId::Packed(bits) if *bits >= 1 << 80 => Err("has more than 80 bits"),
        CompactId::Text(text) if pack(text).is_some() => Err("is a generated id kept as text"),
        _ => Ok(id),
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

    fn wire_bytes(categories: &[&str], rows: Vec<WireRow>) -> Vec<u8> {
        let wire = Wire {
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            rows,
        };
        let mut out = vec![FORMAT];
        out.extend(postcard::to_allocvec(&wire).unwrap());
        out
    }

    fn wire_row(id: CompactId, categories: Vec<u16>) -> WireRow {
        WireRow {
            id,
            customer: None,
            at_delta: 1_800_000_000_000,
            amount: 500,
            categories,
            note: String::new(),
            void: None,
        }
    }

    #[test]
    fn inconsistent_rows_are_refused_with_what_is_wrong() {
        let ok = wire_bytes(&["coffee"], vec![wire_row(CompactId::Packed(7), vec![0])]);
        assert!(PurchaseChunk::decode(&ok).is_ok());
        let past_the_list = wire_bytes(&["coffee"], vec![wire_row(CompactId::Packed(7), vec![1])]);
        assert_eq!(
            PurchaseChunk::decode(&past_the_list),
            Err("purchase row 0 names category 1, but the record lists 1".into())
        );
        let no_list = wire_bytes(&[], vec![wire_row(CompactId::Packed(7), vec![u16::MAX])]);
        assert!(PurchaseChunk::decode(&no_list).is_err());
        let wide = wire_bytes(&[], vec![wire_row(CompactId::Packed(1 << 80), vec![])]);
        assert_eq!(
            PurchaseChunk::decode(&wide),
            Err("purchase row 0: its id has more than 80 bits".into())
        );
        let mut by_text = wire_row(CompactId::Packed(7), vec![]);
        by_text.customer = Some(CompactId::Text("0123456789abcdef".into()));
        assert!(PurchaseChunk::decode(&wire_bytes(&[], vec![by_text]))
            .unwrap_err()
            .contains("its customer is a generated id kept as text"));
    }

    #[test]
    fn any_time_round_trips_and_deltas_never_overflow() {
        let mut sales = sample();
        for (p, at) in sales
            .iter_mut()
            .zip([i64::MIN, i64::MAX, 0, i64::MIN, -1, i64::MAX])
        {
            p.at_ms = at;
        }
        let bytes = PurchaseChunk::from_purchases(&sales).encode();
        let back = PurchaseChunk::decode(&bytes).unwrap();
        let again: Vec<_> = back.rows().iter().map(|r| back.purchase(r)).collect();
        assert_eq!(again, sales);
        // Deltas that run past an i64 wrap back, as they were written: no panic.
        let rows = vec![
            WireRow {
                at_delta: i64::MAX,
                ..wire_row(CompactId::Packed(1), vec![])
            },
            WireRow {
                at_delta: i64::MAX,
                ..wire_row(CompactId::Packed(2), vec![])
            },
        ];
        let chunk = PurchaseChunk::decode(&wire_bytes(&[], rows)).unwrap();
        assert_eq!(chunk.rows()[1].at_ms, -2);
    }
}
