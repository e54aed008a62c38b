//! Identifiers. They are random, not counters, so two tabs (or a later import) can create
//! records at the same time without colliding, and they carry no personal data, so they
//! may be used as IndexedDB keys even when record contents are encrypted.

use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// 16 characters of Crockford base32: a millisecond timestamp (so keys sort roughly by
/// creation, which keeps IndexedDB appends local) followed by 40 random bits.
fn new_id(now_ms: i64, rng: &mut impl RngCore) -> String {
    let time = (now_ms.max(0) as u64) & ((1 << 40) - 1);
    let random = rng.next_u64() & ((1 << 40) - 1);
    let bits = (u128::from(time) << 40) | u128::from(random);
    (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect()
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
    fn ids_made_in_the_same_millisecond_differ() {
        let mut rng = SmallRng::seed_from_u64(2);
        let ids: std::collections::HashSet<_> = (0..1000)
            .map(|_| CustomerId::generate(5, &mut rng))
            .collect();
        assert_eq!(ids.len(), 1000);
    }
}
