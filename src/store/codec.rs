//! How records become stored values and keys: the one seam every store passes.
//!
//! Values are UTF-8 JSON (tolerant of fields added later, `serde(default)`) or a compact
//! binary format (purchase chunks, ledgers), then passed through the book's
//! `Envelope`: kept as they are, or sealed when the app lock is on. Stored as a byte
//! array (half the size of a JS string, copied into wasm without transcoding). Keys
//! that name a customer or an interaction pass `Envelope::key_of`, so with the lock on
//! no key names anyone or links their records.

use super::StoreError;
use crate::domain::{CustomerId, Interaction};
use crate::lock::envelope::is_blinded_key;
use crate::lock::{Envelope, EnvelopeError};
use crate::loyalty::stored::{decode_ledger, encode_ledger};
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::borrow::Cow;

pub fn encode<T: Serialize>(envelope: &Envelope, value: &T) -> Vec<u8> {
    envelope.seal(serde_json::to_vec(value).expect("domain types always serialise"))
}

pub fn decode<T: DeserializeOwned>(envelope: &Envelope, stored: &[u8]) -> Result<T, StoreError> {
    from_json(&open(envelope, stored)?)
}

/// A stored purchase chunk (compact binary format), sealed or not.
pub fn encode_chunk(envelope: &Envelope, chunk: &PurchaseChunk) -> Vec<u8> {
    envelope.seal(chunk.encode())
}

pub fn decode_chunk(envelope: &Envelope, stored: &[u8]) -> Result<PurchaseChunk, StoreError> {
    chunk_from(&open(envelope, stored)?)
}

/// A purchase chunk from its opened (plain) bytes.
pub fn chunk_from(plain: &[u8]) -> Result<PurchaseChunk, StoreError> {
    PurchaseChunk::decode(plain).map_err(StoreError::Corrupt)
}

/// A stored ledger (compact binary format), sealed or not.
pub fn encode_ledger_record(
    envelope: &Envelope,
    customer: &CustomerId,
    entries: &[LedgerEntry],
) -> Vec<u8> {
    envelope.seal(encode_ledger(customer, entries))
}

/// A stored ledger and its customer. `key` is the record's key: a plain one names the
/// customer (which records from before the lock rely on), a blinded one leaves it to
/// the value.
pub fn decode_ledger_record(
    envelope: &Envelope,
    stored: &[u8],
    key: &str,
) -> Result<(CustomerId, Vec<LedgerEntry>), StoreError> {
    let owner = (!is_blinded_key(key)).then(|| CustomerId(key.to_owned()));
    decode_ledger(&open(envelope, stored)?, owner.as_ref()).map_err(StoreError::Corrupt)
}

/// Bookkeeping kept plain whatever the lock (generations, the lock record itself): no
/// personal data, and read before the book is unlocked.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("bookkeeping always serialises")
}

/// A value from opened (plain) JSON bytes.
pub fn from_json<T: DeserializeOwned>(plain: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(plain).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The plain bytes of a stored value. A value that fails its integrity check is
/// `Corrupt` (set aside like any damaged record); one sealed while this tab holds no
/// key is `Locked`.
pub fn open<'a>(envelope: &Envelope, stored: &'a [u8]) -> Result<Cow<'a, [u8]>, StoreError> {
    envelope.open(stored).map_err(|e| match e {
        EnvelopeError::Locked => StoreError::Locked,
        other => StoreError::Corrupt(other.to_string()),
    })
}

/// A stored value as the erasure scan reads it: opened if sealed, as it is if plain.
/// `false` when it is sealed and cannot be opened here (another key, damage): the
/// scan cannot vouch for it.
pub fn open_for_scan<'a>(envelope: &Envelope, stored: &'a [u8]) -> (Cow<'a, [u8]>, bool) {
    if !crate::lock::envelope::is_sealed_value(stored) {
        return (Cow::Borrowed(stored), true);
    }
    match envelope.open(stored) {
        Ok(plain) => (plain, true),
        Err(_) => (Cow::Borrowed(stored), false),
    }
}

/// A read as the damage handling of every store sees it: the value, or why its bytes
/// are damaged (to be set aside). `Locked` is not damage (this tab lacks the key), so
/// it stays an error and a locked record is never set aside.
pub fn or_damaged<T>(read: Result<T, StoreError>) -> Result<Result<T, String>, StoreError> {
    match read {
        Ok(value) => Ok(Ok(value)),
        Err(StoreError::Locked) => Err(StoreError::Locked),
        Err(e) => Ok(Err(e.to_string())),
    }
}

/// Where a sealed book keeps its follow-up keys: after every date, since their due
/// date is inside the sealed interaction, not in the key.
pub const SEALED_DUE: &str = "~";

/// Follow-up key parts. Plain: [due, customer, interaction], ISO dates sorting as text
/// so a key range reads "due by then". Sealed: [`SEALED_DUE`, blinded customer, blinded
/// interaction], read whole and filtered once opened.
pub fn follow_up_key(envelope: &Envelope, i: &Interaction) -> Option<[String; 3]> {
    let due = i.due.filter(|_| !i.done)?;
    let due = if envelope.is_sealed() {
        SEALED_DUE.to_owned()
    } else {
        due_text(due)
    };
    let (customer, id) = interaction_key(envelope, i);
    Some([due, customer, id])
}

/// An interaction's key parts: [customer, interaction], each through `key_of`.
pub fn interaction_key(envelope: &Envelope, i: &Interaction) -> (String, String) {
    (
        envelope.key_of(i.customer_id.as_str()).into_owned(),
        envelope.key_of(i.id.as_str()).into_owned(),
    )
}

pub fn due_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A deleted customer's tombstone key: a hash of their id, so the list of deletions
/// holds no id that a search for the person would find.
pub fn tombstone_key(id: &crate::domain::CustomerId) -> String {
    // FNV-1a: stable across builds and platforms, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id.as_str().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// How long a tombstone is kept: far longer than any tab stays asleep unseen.
pub const TOMBSTONE_DAYS: i64 = 90;
