//! Opening large sealed values with the browser's own AES-GCM (WebCrypto). It runs in
//! native code, tens of times faster than the cipher compiled to wasm, which is what
//! keeps a locked book's cold load close to an unlocked one's. It is asynchronous, so it
//! only serves reads whose transaction has ended (loading the book, one customer's
//! page); a write seals inside its transaction with the wasm cipher. Both read and
//! write the same envelope format, so either opens what the other sealed.
//!
//! Where WebCrypto is missing (a page served over plain http from another machine is
//! not a secure context) or refuses the key, every value opens the wasm way.

use crate::lock::envelope::Opening;
use crate::lock::Envelope;
use crate::store::codec::open;
use crate::store::{StoreError, StoreResult};
use js_sys::{Array, ArrayBuffer, Object, Promise, Uint8Array};
use std::borrow::Cow;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, SubtleCrypto};

/// Below this many bytes the wasm cipher is quicker than a round trip through a promise.
const WEB_CRYPTO_FROM: usize = 4 * 1024;

thread_local! {
    static OPENED_BY_WEB_CRYPTO: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many values WebCrypto has opened in this page: for tests that the fast path is
/// the one taken.
pub fn opened_by_web_crypto() -> u64 {
    OPENED_BY_WEB_CRYPTO.with(std::cell::Cell::get)
}

/// The record key imported into WebCrypto (not extractable, decrypt only).
#[derive(Clone)]
pub struct WebKey {
    key_id: u32,
    subtle: SubtleCrypto,
    /// Resolves to the `CryptoKey`; awaited at each use, since importing is asynchronous
    /// and choosing an envelope is not.
    key: Promise,
}

impl WebKey {
    /// Starts importing `envelope`'s record key; `None` without a key or without WebCrypto.
    pub fn import(envelope: &Envelope) -> Option<Self> {
        let (key_id, bytes) = envelope.record_key()?;
        let subtle = subtle_crypto()?;
        let algorithm = Object::new();
        js_sys::Reflect::set(&algorithm, &"name".into(), &"AES-GCM".into()).ok()?;
        let usages = Array::of1(&"decrypt".into());
        let raw = Uint8Array::from(&bytes[..]);
        let key = subtle.import_key_with_object("raw", &raw, &algorithm, false, &usages);
        // importKey has copied the bytes: none stay in JS memory.
        raw.fill(0, 0, raw.length());
        let key = key.ok()?;
        Some(Self {
            key_id,
            subtle,
            key,
        })
    }

    async fn crypto_key(&self) -> Option<CryptoKey> {
        JsFuture::from(self.key.clone()).await.ok()?.dyn_into().ok()
    }
}

fn subtle_crypto() -> Option<SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    subtle.dyn_into().ok()
}

/// The plain bytes of each stored value, in order: large sealed ones opened together by
/// WebCrypto, the rest (and all of them without it) by `codec::open`. Each result is
/// what `codec::open` would give: `Corrupt` for a tampered or damaged value, `Locked`
/// without the key.
pub async fn open_all<'a, B: AsRef<[u8]>>(
    envelope: &Envelope,
    web_key: Option<&WebKey>,
    stored: &'a [B],
) -> Vec<StoreResult<Cow<'a, [u8]>>> {
    let key = match web_key {
        Some(w) if envelope.key_id() == Some(w.key_id) => w.crypto_key().await.map(|k| (w, k)),
        _ => None,
    };
    let mut out = Vec::with_capacity(stored.len());
    let mut pending = Vec::new();
    for (i, bytes) in stored.iter().map(AsRef::as_ref).enumerate() {
        let started = match (&key, envelope.take_apart(bytes)) {
            (
                Some((w, k)),
                Ok(Opening::Sealed {
                    header,
                    nonce,
                    ciphertext_and_tag,
                }),
            ) if bytes.len() >= WEB_CRYPTO_FROM => {
                decrypt(&w.subtle, k, header, nonce, ciphertext_and_tag)
            }
            _ => None,
        };
        match started {
            Some(promise) => {
                pending.push((i, JsFuture::from(promise)));
                out.push(Err(StoreError::Locked)); // replaced below
            }
            None => out.push(open(envelope, bytes)),
        }
    }
    // Every decryption is under way already; awaiting them in turn only collects them.
    for (i, decrypted) in pending {
        out[i] = match decrypted.await {
            Ok(buffer) => match buffer.dyn_into::<ArrayBuffer>() {
                Ok(buffer) => {
                    OPENED_BY_WEB_CRYPTO.with(|n| n.set(n.get() + 1));
                    Ok(Cow::Owned(Uint8Array::new(&buffer).to_vec()))
                }
                Err(_) => open(envelope, stored[i].as_ref()),
            },
            // Refused (a tag that does not match, or WebCrypto's own trouble): only the
            // wasm cipher may call a value damaged, so it looks again.
            Err(_) => open(envelope, stored[i].as_ref()),
        };
    }
    out
}

fn decrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    header: &[u8],
    nonce: &[u8],
    ciphertext_and_tag: &[u8],
) -> Option<Promise> {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(nonce));
    params.set_additional_data_u8_array(&Uint8Array::from(header));
    params.set_tag_length(128);
    subtle
        .decrypt_with_object_and_u8_array(&params, key, ciphertext_and_tag)
        .ok()
}
