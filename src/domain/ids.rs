//! Identifiers. They are random, not counters, so two tabs (or a later import) can create
//! records at the same time without colliding, and they carry no personal data, so they
//! may be used as IndexedDB keys even when record contents are encrypted.

use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

const NOT_A_DIGIT: u8 = 255;
/// Each byte's value in `ALPHABET`, for packing a million ids quickly.
const DIGIT_OF: [u8; 256] = {
    let mut table = [NOT_A_DIGIT; 256];
    let mut i = 0;
    while i < 32 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// 16 characters of Crockford base32: a millisecond timestamp (so keys sort roughly by
/// creation, which keeps IndexedDB appends local) followed by 40 random bits.
fn new_id(now_ms: i64, rng: &mut impl RngCore) -> String {
    let time = (now_ms.max(0) as u64) & ((1 << 40) - 1);
    let random = rng.next_u64() & ((1 << 40) - 1);
    unpack((u128::from(time) << 40) | u128::from(random))
}

/// The 80 bits behind an id this module generated, so large tables can hold ids in 16
/// bytes instead of a heap string; `None` for any other text (e.g. an imported id).
pub fn pack(id: &str) -> Option<u128> {
    if id.len() != 16 {
        return None;
    }
    id.bytes()
        .try_fold(0u128, |acc, b| match DIGIT_OF[usize::from(b)] {
            NOT_A_DIGIT => None,
            digit => Some((acc << 5) | u128::from(digit)),
        })
}

pub fn unpack(bits: u128) -> String {
    (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// An id as it is stored in compact records: the 80 packed bits when it is one of ours
/// (no heap string), its text otherwise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CompactId {
    Packed(u128),
    Text(String),
}

impl CompactId {
    pub fn of(id: &str) -> Self {
        match pack(id) {
            Some(bits) => Self::Packed(bits),
            None => Self::Text(id.to_owned()),
        }
    }

    pub fn text(&self) -> String {
        match self {
            Self::Packed(bits) => unpack(*bits),
            Self::Text(t) => t.clone(),
        }
    }
}

/// The id of the `row`th row of an import started at `started_ms` with `nonce`: the
/// same every time that import runs, so a resumed import knows the rows already written
/// and a rollback finds every customer it created. Shaped like `new_id` (time, then 40
/// bits: 16 of the import's nonce, 24 of the row).
pub fn import_id(started_ms: i64, nonce: u16, row: u32) -> String {
    let time = (started_ms.max(0) as u64) & ((1 << 40) - 1);
    let low = (u64::from(nonce) << 24) | u64::from(row & ((1 << 24) - 1));
    unpack((u128::from(time) << 40) | u128::from(low))
}

macro_rules! id_type {
    ($name:ident) => {
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn generate(now_ms: i64, rng: &mut impl RngCore) -> Self {
                Self(new_id(now_ms, rng))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(CustomerId);
id_type!(InteractionId);
id_type!(PurchaseId);
id_type!(EntryId);

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::SmallRng, SeedableRng};

    #[test]
    fn ids_are_sixteen_chars_and_sort_by_time() {
        let mut rng = SmallRng::seed_from_u64(1);
        let a = CustomerId::generate(1_000, &mut rng);
        let b = CustomerId::generate(2_000, &mut rng);
        assert_eq!(a.as_str().len(), 16);
        assert!(a < b);
    }

    #[test]
    fn ids_pack_into_80_bits_and_back() {
        let mut rng = SmallRng::seed_from_u64(3);
        let id = PurchaseId::generate(1_795_000_000_000, &mut rng);
        let bits = pack(id.as_str()).unwrap();
        assert!(bits < 1 << 80);
        assert_eq!(unpack(bits), id.as_str());
        assert_eq!(pack("p1"), None);
        assert_eq!(pack("ILLEGAL-LETTERS!"), None);
        assert_eq!(CompactId::of(id.as_str()), CompactId::Packed(bits));
        assert_eq!(CompactId::of("p1").text(), "p1");
    }

    #[test]
    fn ids_made_in_the_same_millisecond_differ() {
        let mut rng = SmallRng::seed_from_u64(2);
        let ids: std::collections::HashSet<_> = (0..1000)
            .map(|_| CustomerId::generate(5, &mut rng))
            .collect();
        assert_eq!(ids.len(), 1000);
    }
}
