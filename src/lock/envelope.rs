//! The value envelope. A stored value is either plain (the bytes the codec made, as
//! every release before the lock wrote them) or sealed:
//!
//! ```text
//! 0xFF 'K' | version (1) | key id (u32 LE) | nonce (12) | ciphertext | tag (16)
//! ```
//!
//! A plain value never starts with 0xFF (JSON starts with ASCII, the compact formats
//! with a small format number), so the two are told apart by the first byte and a book
//! half-way through being locked or unlocked reads whole. The header is authenticated
//! as associated data: a sealed value moved to another key id, or altered in any bit,
//! is refused, never misread.
//!
//! Nonces are random (96 bits from the platform's secure generator): a book writes far
//! fewer than the 2^32 values per key after which random nonces would need care.

use super::passphrase::DataKey;
use aes_gcm::aead::{AeadInPlace, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Nonce, Tag};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::borrow::Cow;
use std::fmt::Write;
use zeroize::Zeroizing;

const MAGIC: [u8; 2] = [0xFF, b'K'];
const VERSION: u8 = 1;
const NONCE_AT: usize = MAGIC.len() + 1 + 4;
const HEADER: usize = NONCE_AT + 12;
const TAG: usize = 16;
/// Blinded record keys start with this; generated ids never contain it, and it sorts
/// after every id character, so plain and blinded keys form two separate key ranges.
pub const BLINDED_PREFIX: char = '~';
/// Bytes of HMAC kept in a blinded key: 128 bits, as hex.
const BLINDED_BYTES: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// A sealed value, but the book is not unlocked in this tab.
    #[error("the customer book is locked")]
    Locked,
    #[error("sealed under another key (id {0:08x})")]
    OtherKey(u32),
    #[error("sealed value format {0} is not known")]
    UnknownVersion(u8),
    /// A plain value in a wholly sealed book: not written by Karibu with the key.
    #[error("an unsealed value in a locked book")]
    Unsealed,
    /// Too short, or the tag does not match: damaged or tampered with.
    #[error("a sealed value failed its integrity check")]
    Damaged,
}

struct Sealer {
    key_id: u32,
    cipher: Aes256Gcm,
    record_key: Zeroizing<[u8; 32]>,
    blinding: Hmac<Sha256>,
}

/// A stored value taken apart (see `Envelope::take_apart`).
pub enum Opening<'a> {
    Plain(&'a [u8]),
    Sealed {
        /// Authenticated as associated data: magic, version and key id.
        header: &'a [u8],
        nonce: &'a [u8],
        /// The ciphertext with its 16-byte tag after it, as WebCrypto takes it.
        ciphertext_and_tag: &'a [u8],
    },
}

/// How this tab stores values: plain, or sealed under the book's data key.
pub struct Envelope {
    sealer: Option<Sealer>,
    /// False while the lock is being turned off: sealed values still open, but
    /// everything is written (and keyed) plain.
    seals_writes: bool,
    /// False once a book is wholly sealed: a plain value there was put by someone
    /// without the key, and is refused rather than believed.
    accepts_plain: bool,
}

impl Default for Envelope {
    fn default() -> Self {
        Self::plain()
    }
}

impl Envelope {
    pub fn plain() -> Self {
        Self {
            sealer: None,
            seals_writes: false,
            accepts_plain: true,
        }
    }

    /// For a wholly sealed book: seals every write, blinds every key under `key`, and
    /// refuses plain values.
    pub fn sealed(key: &DataKey, key_id: u32) -> Self {
        Self {
            sealer: Some(Sealer::new(key, key_id)),
            seals_writes: true,
            accepts_plain: false,
        }
    }

    /// For turning the lock on: seals and blinds like `sealed`, and still reads the
    /// plain values not converted yet.
    pub fn sealing(key: &DataKey, key_id: u32) -> Self {
        Self {
            accepts_plain: true,
            ..Self::sealed(key, key_id)
        }
    }

    /// Opens values sealed under `key` but writes plain: for turning the lock off.
    pub fn opening(key: &DataKey, key_id: u32) -> Self {
        Self {
            sealer: Some(Sealer::new(key, key_id)),
            seals_writes: false,
            accepts_plain: true,
        }
    }

    /// Whether writes are sealed and keys blinded.
    pub fn is_sealed(&self) -> bool {
        self.seals_writes
    }

    /// The data key's id, when this tab holds it.
    pub fn key_id(&self) -> Option<u32> {
        self.sealer.as_ref().map(|s| s.key_id)
    }

    /// What to store for `plain`: itself, or sealed.
    pub fn seal(&self, plain: Vec<u8>) -> Vec<u8> {
        let Some(s) = self.sealer.as_ref().filter(|_| self.seals_writes) else {
            return plain;
        };
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let mut out = Vec::with_capacity(HEADER + plain.len() + TAG);
        out.extend_from_slice(&MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&s.key_id.to_le_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&plain);
        let (header, body) = out.split_at_mut(HEADER);
        let tag = s
            .cipher
            .encrypt_in_place_detached(&nonce, &header[..NONCE_AT], body)
            .expect("AES-GCM seals any value under 64 GiB");
        out.extend_from_slice(&tag);
        out
    }

    /// The plain bytes of a stored value, sealed or not. Never panics, whatever the bytes.
    pub fn open<'a>(&self, stored: &'a [u8]) -> Result<Cow<'a, [u8]>, EnvelopeError> {
        let (header, nonce, ciphertext_and_tag) = match self.take_apart(stored)? {
            Opening::Plain(plain) => return Ok(Cow::Borrowed(plain)),
            Opening::Sealed {
                header,
                nonce,
                ciphertext_and_tag,
            } => (header, nonce, ciphertext_and_tag),
        };
        let s = self.sealer.as_ref().ok_or(EnvelopeError::Locked)?;
        let (body, tag) = ciphertext_and_tag.split_at(ciphertext_and_tag.len() - TAG);
        let mut plain = body.to_vec();
        s.cipher
            .decrypt_in_place_detached(
                Nonce::from_slice(nonce),
                header,
                &mut plain,
                Tag::from_slice(tag),
            )
            .map_err(|_| EnvelopeError::Damaged)?;
        Ok(Cow::Owned(plain))
    }

    /// A stored value taken apart for opening, with every check but the tag's made:
    /// plain and acceptable, or sealed under this tab's key. `open` decrypts the parts
    /// here; the browser's own AES-GCM can decrypt them too (the same format).
    pub fn take_apart<'a>(&self, stored: &'a [u8]) -> Result<Opening<'a>, EnvelopeError> {
        if !is_sealed_value(stored) {
            return if self.accepts_plain {
                Ok(Opening::Plain(stored))
            } else {
                Err(EnvelopeError::Unsealed)
            };
        }
        if stored.len() < HEADER + TAG {
            return Err(EnvelopeError::Damaged);
        }
        if stored[2] != VERSION {
            return Err(EnvelopeError::UnknownVersion(stored[2]));
        }
        let key_id = u32::from_le_bytes([stored[3], stored[4], stored[5], stored[6]]);
        let s = self.sealer.as_ref().ok_or(EnvelopeError::Locked)?;
        if key_id != s.key_id {
            return Err(EnvelopeError::OtherKey(key_id));
        }
        Ok(Opening::Sealed {
            header: &stored[..NONCE_AT],
            nonce: &stored[NONCE_AT..HEADER],
            ciphertext_and_tag: &stored[HEADER..],
        })
    }

    /// The key values are sealed under, with its id, for the browser's AES-GCM (which
    /// opens large values many times faster than this crate compiled to wasm).
    pub fn record_key(&self) -> Option<(u32, &[u8; 32])> {
        self.sealer.as_ref().map(|s| (s.key_id, &*s.record_key))
    }

    /// The record-key form of an id: itself when plain; when sealed, a keyed hash that
    /// names no one, is the same for the same id (so key ranges still gather one
    /// customer's records) and cannot be linked to the id without the data key.
    pub fn key_of<'a>(&self, id: &'a str) -> Cow<'a, str> {
        let Some(s) = self.sealer.as_ref().filter(|_| self.seals_writes) else {
            return Cow::Borrowed(id);
        };
        let mut mac = s.blinding.clone();
        mac.update(id.as_bytes());
        let digest = mac.finalize().into_bytes();
        let mut out = String::with_capacity(1 + 2 * BLINDED_BYTES);
        out.push(BLINDED_PREFIX);
        // Written straight into one string: this runs for every key of a conversion.
        for b in &digest[..BLINDED_BYTES] {
            let _ = write!(out, "{b:02x}");
        }
        Cow::Owned(out)
    }
}

impl Sealer {
    fn new(key: &DataKey, key_id: u32) -> Self {
        let (record_key, blinding_key) = key.subkeys();
        Self {
            key_id,
            cipher: Aes256Gcm::new(&(*record_key).into()),
            record_key,
            blinding: <Hmac<Sha256> as Mac>::new_from_slice(blinding_key.as_ref())
                .expect("HMAC takes a key of any length"),
        }
    }
}

/// Whether stored bytes are a sealed value (whether or not they open).
pub fn is_sealed_value(stored: &[u8]) -> bool {
    stored.starts_with(&MAGIC)
}

/// Whether a record key is in blinded form (see `Envelope::key_of`).
pub fn is_blinded_key(key: &str) -> bool {
    key.len() == 1 + 2 * BLINDED_BYTES
        && key.starts_with(BLINDED_PREFIX)
        && key[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(byte: u8, key_id: u32) -> Envelope {
        Envelope::sealed(&DataKey::from_bytes([byte; 32]), key_id)
    }

    #[test]
    fn sealed_values_round_trip_and_hide_their_contents() {
        let e = sealed(7, 42);
        let plain = br#"{"name":"Wanjiru Kamau","phone":"+254712345678"}"#.to_vec();
        let stored = e.seal(plain.clone());
        assert!(is_sealed_value(&stored));
        assert_eq!(stored.len(), plain.len() + HEADER + TAG);
        assert!(!stored.windows(7).any(|w| w == b"Wanjiru"));
        assert_eq!(e.open(&stored).unwrap().as_ref(), plain.as_slice());
        // A fresh nonce each time: the same value never seals to the same bytes.
        assert_ne!(e.seal(plain.clone()), stored);
        assert_eq!(e.open(&e.seal(Vec::new())).unwrap().as_ref(), b"");
    }

    #[test]
    fn plain_values_pass_through_either_way() {
        let plain = b"{\"a\":1}".to_vec();
        assert_eq!(Envelope::plain().seal(plain.clone()), plain);
        let key = DataKey::from_bytes([1; 32]);
        let sealing = Envelope::sealing(&key, 1);
        assert_eq!(sealing.open(&plain).unwrap().as_ref(), plain.as_slice());
        assert_eq!(sealed(1, 1).open(&plain), Err(EnvelopeError::Unsealed));
        assert_eq!(
            Envelope::plain().open(&[1, 2, 3]).unwrap().as_ref(),
            &[1, 2, 3]
        );
    }

    #[test]
    fn every_altered_bit_is_refused() {
        let e = sealed(7, 42);
        let stored = e.seal(b"loyal since 2019".to_vec());
        for i in 0..stored.len() {
            for bit in 0..8 {
                let mut bad = stored.clone();
                bad[i] ^= 1 << bit;
                assert!(e.open(&bad).is_err(), "byte {i} bit {bit} went unnoticed");
            }
        }
        for len in 0..stored.len() {
            let _ = e.open(&stored[..len]); // never panics
        }
    }

    #[test]
    fn the_wrong_key_or_no_key_is_refused() {
        let stored = sealed(7, 42).seal(b"secret".to_vec());
        assert_eq!(sealed(8, 42).open(&stored), Err(EnvelopeError::Damaged));
        assert_eq!(
            sealed(7, 43).open(&stored),
            Err(EnvelopeError::OtherKey(42))
        );
        assert_eq!(Envelope::plain().open(&stored), Err(EnvelopeError::Locked));
        let mut newer = stored.clone();
        newer[2] = 9;
        assert_eq!(
            sealed(7, 42).open(&newer),
            Err(EnvelopeError::UnknownVersion(9))
        );
    }

    #[test]
    fn turning_off_opens_sealed_values_and_writes_plain() {
        let key = DataKey::from_bytes([7; 32]);
        let stored = Envelope::sealed(&key, 42).seal(b"note".to_vec());
        let opening = Envelope::opening(&key, 42);
        assert_eq!(opening.open(&stored).unwrap().as_ref(), b"note");
        assert_eq!(opening.seal(b"note".to_vec()), b"note");
        assert_eq!(opening.key_of("abc"), "abc");
        assert!(!opening.is_sealed());
        assert_eq!(opening.key_id(), Some(42));
    }

    #[test]
    fn blinded_keys_are_stable_keyed_and_name_no_one() {
        let e = sealed(7, 42);
        let id = "01hq3k5v8m2n4p6r";
        let k = e.key_of(id);
        assert!(is_blinded_key(&k));
        assert!(!k.contains(id));
        assert_eq!(k, e.key_of(id));
        assert_ne!(k, e.key_of("01hq3k5v8m2n4p6s"));
        assert_ne!(k, sealed(8, 42).key_of(id));
        assert_eq!(Envelope::plain().key_of(id), id);
        assert!(!is_blinded_key(id));
        // Plain ids sort before blinded keys: the two forms are two key ranges.
        assert!(id < k.as_ref());
    }
}
