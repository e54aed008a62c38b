//! How records become stored values and keys. Values are UTF-8 JSON bytes: tolerant of
//! fields added later (`serde(default)`), stored as a byte array (half the size of a
//! JS string, copied into wasm without transcoding), and one opaque blob that
//! encryption at rest can later wrap whole.

use super::StoreError;
use crate::domain::Interaction;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("domain types always serialise")
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Follow-up key parts: ISO dates sort as text, so a key range reads "due by then".
pub fn follow_up_key(i: &Interaction) -> Option<[String; 3]> {
    let due = i.due.filter(|_| !i.done)?;
    Some([due_text(due), i.customer_id.0.clone(), i.id.0.clone()])
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
