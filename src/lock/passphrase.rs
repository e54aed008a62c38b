//! The data key and the passphrase that guards it. The data key is random and never
//! stored as it is: the lock record keeps it wrapped (AES-256-GCM) under a key derived
//! from the passphrase with Argon2id, beside the derivation's parameters and salt. A
//! wrong passphrase fails the wrap's integrity check, so it is refused without reading
//! or changing anything else; a new passphrase re-wraps the same data key.

use aes_gcm::aead::{Aead, KeyInit, OsRng, Payload};
use aes_gcm::{AeadCore, Aes256Gcm, Nonce};
use argon2::{Algorithm, Argon2, Params, Version};
use hkdf::Hkdf;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
const WRAP_LABEL: &[u8] = b"karibu data key v1";

/// The book's data key. Wiped from memory when dropped.
#[derive(Clone)]
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(bytes.as_mut());
        Self(bytes)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A value that identifies the key without revealing it (its own HKDF output).
    pub fn check_value(&self) -> String {
        let mut check = [0u8; 16];
        Hkdf::<Sha256>::new(None, self.0.as_ref())
            .expand(b"karibu key check v1", &mut check)
            .expect("16 bytes is a valid HKDF length");
        hex(&check)
    }

    /// The key as hex, to hand to another tab of this book in memory (never stored).
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex(self.0.as_ref()))
    }

    /// A key handed over by `to_hex`; `None` if the text is not 32 bytes of hex.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = Zeroizing::new(unhex(text)?);
        let array: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Self::from_bytes(array))
    }

    /// The record key and the key-blinding key, each its own HKDF-SHA-256 output, so
    /// neither use can weaken the other.
    pub(super) fn subkeys(&self) -> (Zeroizing<[u8; 32]>, Zeroizing<[u8; 32]>) {
        let hk = Hkdf::<Sha256>::new(None, self.0.as_ref());
        let mut records = Zeroizing::new([0u8; 32]);
        let mut blinding = Zeroizing::new([0u8; 32]);
        hk.expand(b"karibu records v1", records.as_mut())
            .expect("32 bytes is a valid HKDF length");
        hk.expand(b"karibu record keys v1", blinding.as_mut())
            .expect("32 bytes is a valid HKDF length");
        (records, blinding)
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

/// Argon2id's cost, stored with each wrap so stronger settings can come later and
/// older books still open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub algorithm: String,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// 16 random bytes, hex.
    pub salt: String,
}

/// The largest Argon2id costs a stored record may ask for: four times the memory and
/// several times the passes Karibu uses today, room for stronger settings later.
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_ITERATIONS: u32 = 16;
const MAX_PARALLELISM: u32 = 4;

impl KdfParams {
    /// RFC 9106's second recommended setting (64 MiB, 3 passes) with one lane, since
    /// wasm runs single-threaded: about a quarter of a second in Chromium on a 2-core
    /// laptop, which is what each guess costs an attacker too.
    pub fn recommended() -> Self {
        Self::with_cost(64 * 1024, 3)
    }

    /// A cheaper setting for tests that derive many keys; never used by the app.
    pub fn with_cost(memory_kib: u32, iterations: u32) -> Self {
        let mut salt = [0u8; 16];
        OsRng.fill_bytes(&mut salt);
        Self {
            algorithm: "argon2id".into(),
            memory_kib,
            iterations,
            parallelism: 1,
            salt: hex(&salt),
        }
    }

    fn derive(&self, passphrase: &str) -> Result<Zeroizing<[u8; 32]>, LockError> {
        if self.algorithm != "argon2id" {
            return Err(LockError::Unsupported(self.algorithm.clone()));
        }
        // Costs come from stored bytes (a lock record, a backup's header): ones far
        // beyond any Karibu writes would exhaust memory or hang the page, so they are
        // refused, never tried.
        if self.memory_kib > MAX_MEMORY_KIB
            || self.iterations > MAX_ITERATIONS
            || self.parallelism > MAX_PARALLELISM
        {
            return Err(LockError::Unsupported(format!(
                "argon2id m={} t={} p={}",
                self.memory_kib, self.iterations, self.parallelism
            )));
        }
        let bad = |e: argon2::Error| LockError::Unsupported(e.to_string());
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(bad)?;
        let salt = unhex(&self.salt).ok_or(LockError::Damaged)?;
        let mut out = Zeroizing::new([0u8; 32]);
        // NFC, so the same passphrase typed on another keyboard (composed or decomposed
        // letters) derives the same key.
        let normalised = Zeroizing::new(passphrase.nfc().collect::<String>());
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(normalised.as_bytes(), &salt, out.as_mut())
            .map_err(bad)?;
        Ok(out)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockState {
    /// Every record is sealed.
    On,
    /// Being sealed: some records may still be plain until the conversion finishes.
    TurningOn,
    /// Being opened: some records may still be sealed until the conversion finishes.
    TurningOff,
}

/// What the book keeps, unencrypted, about its lock: nothing personal, nothing that
/// opens the book without the passphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub kdf: KdfParams,
    /// Names the data key in every sealed value's header.
    pub key_id: u32,
    /// Nonce then AES-256-GCM of the data key under the passphrase key, hex.
    pub wrapped_key: String,
    /// A one-way check value of the data key (HKDF output, hex), so a key handed over
    /// by another tab is proven right before anything is read or written with it.
    /// Empty in locks made before it existed: those take only the passphrase.
    #[serde(default)]
    pub key_check: String,
    pub state: LockState,
    /// Lock again after this many minutes without use; 0 never.
    pub idle_minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("that passphrase does not open this book")]
    WrongPassphrase,
    #[error("a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
    #[error("key derivation {0} is not supported")]
    Unsupported(String),
    #[error("the lock record is damaged")]
    Damaged,
    #[error("the app lock is already on")]
    AlreadyOn,
    #[error("the app lock is not on")]
    NotOn,
    #[error("the book has not been unlocked in this tab")]
    NotUnlocked,
    #[error("the lock is being turned on or off")]
    Converting,
}

impl LockRecord {
    /// A new lock over a new data key, which it returns for sealing the book.
    pub fn create(passphrase: &str, kdf: KdfParams) -> Result<(Self, DataKey), LockError> {
        check_new_passphrase(passphrase)?;
        let key = DataKey::generate();
        let key_id = OsRng.next_u32();
        let wrapped_key = wrap(&key, key_id, passphrase, &kdf)?;
        let record = Self {
            kdf,
            key_id,
            wrapped_key,
            key_check: key.check_value(),
            state: LockState::TurningOn,
            idle_minutes: 5,
        };
        Ok((record, key))
    }

    /// Whether `key` (handed over by another tab) is this lock's data key.
    pub fn key_fits(&self, key: &DataKey, key_id: u32) -> bool {
        key_id == self.key_id && !self.key_check.is_empty() && key.check_value() == self.key_check
    }

    /// The data key, if `passphrase` is the right one.
    pub fn unwrap_key(&self, passphrase: &str) -> Result<DataKey, LockError> {
        let wrapped = unhex(&self.wrapped_key).ok_or(LockError::Damaged)?;
        if wrapped.len() < 12 {
            return Err(LockError::Damaged);
        }
        let (nonce, sealed) = wrapped.split_at(12);
        let kek = self.kdf.derive(passphrase)?;
        let cipher = Aes256Gcm::new(&(*kek).into());
        let aad = wrap_aad(self.key_id);
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    Nonce::from_slice(nonce),
                    Payload {
                        msg: sealed,
                        aad: &aad,
                    },
                )
                .map_err(|_| LockError::WrongPassphrase)?,
        );
        let bytes: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| LockError::Damaged)?;
        Ok(DataKey::from_bytes(bytes))
    }

    /// The same data key under a new passphrase (fresh salt): no record is re-sealed.
    pub fn rewrap(
        &self,
        key: &DataKey,
        new_passphrase: &str,
        kdf: KdfParams,
    ) -> Result<Self, LockError> {
        check_new_passphrase(new_passphrase)?;
        Ok(Self {
            wrapped_key: wrap(key, self.key_id, new_passphrase, &kdf)?,
            key_check: key.check_value(),
            kdf,
            ..self.clone()
        })
    }
}

pub fn check_new_passphrase(passphrase: &str) -> Result<(), LockError> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(LockError::TooShort);
    }
    Ok(())
}

fn wrap(
    key: &DataKey,
    key_id: u32,
    passphrase: &str,
    kdf: &KdfParams,
) -> Result<String, LockError> {
    let kek = kdf.derive(passphrase)?;
    let cipher = Aes256Gcm::new(&(*kek).into());
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let aad = wrap_aad(key_id);
    let sealed = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: key.as_bytes(),
                aad: &aad,
            },
        )
        .expect("AES-GCM seals 32 bytes");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    Ok(hex(&out))
}

fn wrap_aad(key_id: u32) -> Vec<u8> {
    let mut aad = WRAP_LABEL.to_vec();
    aad.extend_from_slice(&key_id.to_le_bytes());
    aad
}

/// Bytes as lower-case hex digits.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::Envelope;

    fn cheap() -> KdfParams {
        KdfParams::with_cost(64, 1)
    }

    #[test]
    fn the_right_passphrase_opens_and_a_wrong_one_is_refused() {
        let (record, key) = LockRecord::create("chai na mandazi", cheap()).unwrap();
        let opened = record.unwrap_key("chai na mandazi").unwrap();
        assert_eq!(opened.as_bytes(), key.as_bytes());
        assert_eq!(
            record.unwrap_key("chai na maandazi").err(),
            Some(LockError::WrongPassphrase)
        );
        assert_eq!(
            record.unwrap_key("").err(),
            Some(LockError::WrongPassphrase)
        );
        assert!(!record.wrapped_key.contains(&hex(key.as_bytes())));
    }

    #[test]
    fn a_key_handed_to_another_tab_comes_back_whole_and_nothing_else_passes() {
        let key = DataKey::generate();
        let back = DataKey::from_hex(&key.to_hex()).unwrap();
        assert_eq!(back.as_bytes(), key.as_bytes());
        assert!(DataKey::from_hex("").is_none());
        assert!(DataKey::from_hex(&"ab".repeat(31)).is_none());
        assert!(DataKey::from_hex(&"zz".repeat(32)).is_none());
        assert!(DataKey::from_hex(&"é".repeat(32)).is_none());
    }

    #[test]
    fn only_the_lock_s_own_key_fits_it() {
        let (record, key) = LockRecord::create("chai na mandazi", cheap()).unwrap();
        assert!(record.key_fits(&key, record.key_id));
        assert!(!record.key_fits(&DataKey::generate(), record.key_id));
        assert!(!record.key_fits(&key, record.key_id.wrapping_add(1)));
        let older = LockRecord {
            key_check: String::new(),
            ..record.clone()
        };
        assert!(!older.key_fits(&key, record.key_id));
        let rewrapped = record.rewrap(&key, "a new passphrase", cheap()).unwrap();
        assert!(rewrapped.key_fits(&key, record.key_id));
    }

    #[test]
    fn changing_the_passphrase_rewraps_the_same_key() {
        let (record, key) = LockRecord::create("first passphrase", cheap()).unwrap();
        let sealed = Envelope::sealed(&key, record.key_id).seal(b"a note".to_vec());
        let changed = record.rewrap(&key, "second passphrase", cheap()).unwrap();
        assert_ne!(changed.kdf.salt, record.kdf.salt);
        assert_eq!(changed.key_id, record.key_id);
        assert_eq!(
            changed.unwrap_key("first passphrase").err(),
            Some(LockError::WrongPassphrase)
        );
        let key = changed.unwrap_key("second passphrase").unwrap();
        // Records sealed before the change open as they are.
        let e = Envelope::sealed(&key, changed.key_id);
        assert_eq!(e.open(&sealed).unwrap().as_ref(), b"a note");
    }

    #[test]
    fn the_same_passphrase_composed_or_decomposed_opens() {
        let composed = "caf\u{e9} counter";
        let decomposed = "cafe\u{301} counter";
        let (record, _) = LockRecord::create(composed, cheap()).unwrap();
        assert!(record.unwrap_key(decomposed).is_ok());
    }

    #[test]
    fn short_passphrases_and_damaged_records_are_refused_plainly() {
        assert_eq!(
            LockRecord::create("short", cheap()).err(),
            Some(LockError::TooShort)
        );
        assert_eq!(
            LockRecord::create("        x", cheap()).err(),
            Some(LockError::TooShort)
        );
        let (good, _) = LockRecord::create("long enough", cheap()).unwrap();
        let mut record = good.clone();
        record.wrapped_key.truncate(10);
        assert_eq!(
            record.unwrap_key("long enough").err(),
            Some(LockError::Damaged)
        );
        record.wrapped_key = "zz".into();
        assert_eq!(
            record.unwrap_key("long enough").err(),
            Some(LockError::Damaged)
        );
        let mut record = good.clone();
        record.kdf.algorithm = "md5".into();
        assert!(matches!(
            record.unwrap_key("long enough"),
            Err(LockError::Unsupported(_))
        ));
        // Costs no Karibu writes (they would exhaust memory or hang the page) are
        // refused before any work.
        for (m, t, p) in [(u32::MAX, 3, 1), (65536, u32::MAX, 1), (65536, 3, 64)] {
            let mut record = good.clone();
            (
                record.kdf.memory_kib,
                record.kdf.iterations,
                record.kdf.parallelism,
            ) = (m, t, p);
            assert!(matches!(
                record.unwrap_key("long enough"),
                Err(LockError::Unsupported(_))
            ));
        }
    }

    #[test]
    fn the_recommended_setting_is_argon2id_at_64_mib() {
        let kdf = KdfParams::recommended();
        assert_eq!(
            (kdf.algorithm.as_str(), kdf.memory_kib, kdf.iterations),
            ("argon2id", 65536, 3)
        );
        let (record, key) = LockRecord::create("a real passphrase", kdf).unwrap();
        assert_eq!(
            record.unwrap_key("a real passphrase").unwrap().as_bytes(),
            key.as_bytes()
        );
    }
}
