//! The app lock: the customer book encrypted at rest (pure; no browser code).
//!
//! - `envelope`: the one seam every stored value passes: plain, or sealed with
//!   AES-256-GCM under the book's data key; and record keys, blinded with HMAC-SHA-256
//!   when sealed so no key names a customer or links their records.
//! - `passphrase`: the data key wrapped under a key derived from the owner's passphrase
//!   (Argon2id); changing the passphrase re-wraps it and touches no record.
//! - `attempts`: the wait imposed after repeated wrong passphrases.
//! - `idle`: when the app locks itself.
//!
//! Keys: one random 256-bit data key per locked book. From it (HKDF-SHA-256) come the
//! record key and the key-blinding key, so a passphrase change keeps both.

pub mod attempts;
pub mod envelope;
pub mod idle;
pub mod passphrase;

pub use envelope::{Envelope, EnvelopeError};
pub use passphrase::{DataKey, KdfParams, LockError, LockRecord, LockState};

/// Whether a tab sealing as `envelope` may write to a book whose lock is `record`: a
/// tab that missed the lock being turned on, off or resumed elsewhere must not write
/// plain values into a sealed book (or sealed ones into a plain one).
pub fn envelope_fits(record: Option<&LockRecord>, envelope: &Envelope) -> bool {
    match record {
        None => !envelope.is_sealed(),
        Some(r) if r.state == LockState::TurningOff => {
            !envelope.is_sealed() && envelope.key_id() == Some(r.key_id)
        }
        Some(r) => envelope.is_sealed() && envelope.key_id() == Some(r.key_id),
    }
}
