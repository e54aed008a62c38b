//! How one customer's ledger is stored: all their entries in one compact record
//! (postcard; ids packed, times as differences). The counter, the customer page and an
//! erasure each touch one customer, so one record per customer is one read or write; a
//! year of a regular's visits is a few kilobytes.
//!
//! Format 2 names its customer inside the record: with the app lock on, the record's
//! key is a blinded hash, so the owner must be readable from the sealed value (to turn
//! the lock off, and to load every ledger). Format 1 (before the lock) took it from the key.

use super::account::{EntryKind, LedgerEntry};
use crate::domain::{CompactId, CustomerId, EntryId, PurchaseId};
use crate::sales::chunk::canonical_id;
use serde::{Deserialize, Serialize};

const FORMAT_KEYED: u8 = 1;
const FORMAT: u8 = 2;

#[derive(Serialize, Deserialize)]
struct WireEntry {
    id: CompactId,
    at_delta: i64,
    points: i64,
    programme_version: u32,
    kind: WireKind,
}

/// `EntryKind` without serde's internal tagging, which postcard cannot read.
#[derive(Serialize, Deserialize)]
enum WireKind {
    Earn(CompactId),
    Redeem { reward: String, name: String },
    Expire,
    Adjust(String),
    Reverse(CompactId, String),
}

pub fn encode_ledger(customer: &CustomerId, entries: &[LedgerEntry]) -> Vec<u8> {
    let mut previous: i64 = 0;
    let wire: Vec<WireEntry> = entries
        .iter()
        .map(|e| {
            // Wrapping, like `decode_ledger`'s sum: differences taken and added back
            // modulo 2^64 give every time back exactly, so no time can overflow here or
            // fail to read back (ordinary times never wrap, so the bytes are unchanged).
            let at_delta = e.at_ms.wrapping_sub(previous);
            previous = e.at_ms;
            WireEntry {
                id: CompactId::of(e.id.as_str()),
                at_delta,
                points: e.points,
                programme_version: e.programme_version,
                kind: match &e.kind {
                    EntryKind::Earn { purchase } => {
                        WireKind::Earn(CompactId::of(purchase.as_str()))
                    }
                    EntryKind::Redeem { reward, name } => WireKind::Redeem {
                        reward: reward.clone(),
                        name: name.clone(),
                    },
                    EntryKind::Expire => WireKind::Expire,
                    EntryKind::Adjust { reason } => WireKind::Adjust(reason.clone()),
                    EntryKind::Reverse { purchase, reason } => {
                        WireKind::Reverse(CompactId::of(purchase.as_str()), reason.clone())
                    }
                },
            }
        })
        .collect();
    let mut out = vec![FORMAT];
    // Cannot fail: every field has a known length and postcard writes into a Vec.
    let record = (CompactId::of(customer.as_str()), wire);
    out.extend(postcard::to_allocvec(&record).expect("ledger entries always serialise"));
    out
}

/// A stored ledger: its customer and their entries. `key_owner` is the customer named by
/// the record's key when that key is plain, which a format-1 record needs.
pub fn decode_ledger(
    bytes: &[u8],
    key_owner: Option<&CustomerId>,
) -> Result<(CustomerId, Vec<LedgerEntry>), String> {
    let (format, body) = bytes.split_first().ok_or("an empty ledger record")?;
    let (customer, wire): (CustomerId, Vec<WireEntry>) = match *format {
        FORMAT => {
            let (owner, wire): (CompactId, Vec<WireEntry>) =
                postcard::from_bytes(body).map_err(|e| e.to_string())?;
            let owner = canonical_id(owner).map_err(|p| format!("the ledger's customer {p}"))?;
            (CustomerId(owner.text()), wire)
        }
        FORMAT_KEYED => {
            let owner = key_owner.ok_or("a ledger without its customer under a blinded key")?;
            (
                owner.clone(),
                postcard::from_bytes(body).map_err(|e| e.to_string())?,
            )
        }
        other => return Err(format!("ledger record format {other} is not known")),
    };
    let entries = entries_of(&customer, wire)?;
    Ok((customer, entries))
}

fn entries_of(customer: &CustomerId, wire: Vec<WireEntry>) -> Result<Vec<LedgerEntry>, String> {
    let mut at_ms: i64 = 0;
    wire.into_iter()
        .enumerate()
        .map(|(i, w)| {
            at_ms = at_ms.wrapping_add(w.at_delta);
            let id = |what: &str, id: CompactId| {
                canonical_id(id)
                    .map_err(|problem| format!("ledger entry {i}: its {what} {problem}"))
            };
            // Points are taken as they are: the account's sums cannot overflow on any.
            Ok(LedgerEntry {
                id: EntryId(id("id", w.id)?.text()),
                customer: customer.clone(),
                at_ms,
                points: w.points,
                programme_version: w.programme_version,
                kind: match w.kind {
                    WireKind::Earn(p) => EntryKind::Earn {
                        purchase: PurchaseId(id("purchase", p)?.text()),
                    },
                    WireKind::Redeem { reward, name } => EntryKind::Redeem { reward, name },
                    WireKind::Expire => EntryKind::Expire,
                    WireKind::Adjust(reason) => EntryKind::Adjust { reason },
                    WireKind::Reverse(p, reason) => EntryKind::Reverse {
                        purchase: PurchaseId(id("purchase", p)?.text()),
                        reason,
                    },
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::SmallRng, SeedableRng};

    #[test]
    fn ledgers_round_trip_every_kind_of_entry() {
        let mut rng = SmallRng::seed_from_u64(9);
        let who = CustomerId::generate(1_700_000_000_000, &mut rng);
        let purchase = PurchaseId::generate(1_700_000_001_000, &mut rng);
        let kinds = [
            EntryKind::Earn {
                purchase: purchase.clone(),
            },
            EntryKind::Redeem {
                reward: "coffee".into(),
                name: "Free coffee".into(),
            },
            EntryKind::Expire,
            EntryKind::Adjust {
                reason: "goodwill".into(),
            },
            EntryKind::Reverse {
                purchase,
                reason: "rang up twice".into(),
            },
        ];
        let entries: Vec<_> = kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| LedgerEntry {
                id: if i == 3 {
                    "imported".into()
                } else {
                    EntryId::generate(1_700_000_002_000, &mut rng)
                },
                customer: who.clone(),
                at_ms: 1_700_000_002_000 + i as i64 * 1000,
                points: 50 - i as i64 * 20,
                kind,
                programme_version: 1 + i as u32,
            })
            .collect();
        let bytes = encode_ledger(&who, &entries);
        assert_eq!(
            decode_ledger(&bytes, None).unwrap(),
            (who.clone(), entries.clone())
        );
        assert!(decode_ledger(&bytes[..bytes.len() - 3], None).is_err());
        assert!(decode_ledger(&[], None).is_err());
        // Format 1, as books before the lock stored it: the owner comes from the key.
        let mut old = vec![FORMAT_KEYED];
        old.extend_from_slice(
            &bytes[1 + postcard::to_allocvec(&CompactId::of(who.as_str()))
                .unwrap()
                .len()..],
        );
        assert_eq!(
            decode_ledger(&old, Some(&who)).unwrap(),
            (who.clone(), entries)
        );
        assert!(decode_ledger(&old, None).is_err());
    }

    #[test]
    fn any_time_round_trips_and_odd_ids_are_refused() {
        let who = CustomerId::from("c1");
        let entry = |at_ms, points| LedgerEntry {
            id: "e".into(),
            customer: who.clone(),
            at_ms,
            points,
            kind: EntryKind::Expire,
            programme_version: 1,
        };
        let entries = vec![
            entry(i64::MAX, i64::MIN),
            entry(i64::MIN, i64::MAX),
            entry(0, 0),
        ];
        let bytes = encode_ledger(&who, &entries);
        assert_eq!(decode_ledger(&bytes, None).unwrap().1, entries);
        let wide = WireEntry {
            id: CompactId::Packed(u128::MAX),
            at_delta: 0,
            points: 1,
            programme_version: 1,
            kind: WireKind::Expire,
        };
        let mut bytes = vec![FORMAT_KEYED];
        bytes.extend(postcard::to_allocvec(&vec![wide]).unwrap());
        assert_eq!(
            decode_ledger(&bytes, Some(&who)).map(|(_, e)| e),
            Err("ledger entry 0: its id has more than 80 bits".into())
        );
    }
}
