//! The requests every part of the store makes, each one chain written once: read a
//! value, all values, keys or values in a range, a count, a commit; and the error
//! mapping, which tells a full disk and a closed (superseded) database by the DOM
//! exception's name, not by its wording.

use crate::store::{StoreError, StoreResult};
use indexed_db_futures::error::{Error, OpenDbError};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};

/// A DOM exception by its name: the form every browser agrees on.
pub(super) fn from_dom(name: &str, message: String) -> StoreError {
    match name {
        "QuotaExceededError" => StoreError::QuotaExceeded(message),
        // The connection was closed for a newer version (our versionchange handler).
        "InvalidStateError" | "VersionError" => StoreError::Superseded,
        _ => StoreError::Backend(format!("{name}: {message}")),
    }
}

pub(super) fn backend(e: Error) -> StoreError {
    match &e {
        Error::DomException(d) => {
            let d: &web_sys::DomException = d.as_sys();
            from_dom(&d.name(), d.message())
        }
        _ => StoreError::Backend(e.to_string()),
    }
}

pub(super) fn open_error(e: OpenDbError) -> StoreError {
    match e {
        OpenDbError::Base(e) => backend(e),
        other => StoreError::Backend(other.to_string()),
    }
}

/// Commits `tx`. A transaction the browser aborted (a full disk shows up this way in
/// Chromium, at commit) is reported with the reason the browser gave it.
pub(super) async fn commit(tx: Transaction<'_>) -> StoreResult<()> {
    let raw: web_sys::IdbTransaction = {
        let sys: &web_sys::IdbTransaction = tx.as_sys();
        sys.clone()
    };
    match tx.commit().await {
        Ok(()) => Ok(()),
        Err(e) => Err(match raw.error() {
            Some(d) => from_dom(&d.name(), d.message()),
            None => backend(e),
        }),
    }
}

pub(super) fn bytes_of(v: JsValue) -> StoreResult<Vec<u8>> {
    v.dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .map_err(|_| StoreError::Corrupt("a stored value is not a byte array".into()))
}

/// A stored value's bytes as they are, whatever it holds: what a damaged record is
/// kept as. Values that are not byte arrays (never written by Karibu) as JSON text.
pub(super) fn raw_bytes(v: &JsValue) -> Vec<u8> {
    match v.dyn_ref::<Uint8Array>() {
        Some(a) => a.to_vec(),
        None => js_sys::JSON::stringify(v)
            .map(|s| String::from(s).into_bytes())
            .unwrap_or_default(),
    }
}

pub(super) fn to_js(bytes: &[u8]) -> JsValue {
    Uint8Array::from(bytes).into()
}

/// The value stored under `key` in `store`, if any.
pub(super) async fn value_at(
    store: &ObjectStore<'_>,
    key: JsValue,
) -> StoreResult<Option<JsValue>> {
    store
        .get(key)
        .primitive()
        .map_err(backend)?
        .await
        .map_err(backend)
}

/// How many records `name` holds, counted inside `tx`.
pub(super) async fn count_in(tx: &Transaction<'_>, name: &str) -> StoreResult<u32> {
    let store = tx.object_store(name).map_err(backend)?;
    let n = store
        .count()
        .primitive()
        .map_err(backend)?
        .await
        .map_err(backend)?;
    Ok(n as u32)
}

/// Up to `limit` keys of `store` in `range`, in key order.
async fn keys_in(
    store: &ObjectStore<'_>,
    range: KeyRange<JsValue>,
    limit: u32,
) -> StoreResult<Vec<JsValue>> {
    store
        .get_all_keys::<JsValue>()
        .with_query::<JsValue, _>(range)
        .with_limit(limit)
        .primitive()
        .map_err(backend)?
        .await
        .map_err(backend)?
        .collect::<Result<_, _>>()
        .map_err(backend)
}

/// Up to `limit` values of `store` in `range`, in key order.
async fn values_in(
    store: &ObjectStore<'_>,
    range: KeyRange<JsValue>,
    limit: u32,
) -> StoreResult<Vec<JsValue>> {
    store
        .get_all::<JsValue>()
        .with_query::<JsValue, _>(range)
        .with_limit(limit)
        .primitive()
        .map_err(backend)?
        .await
        .map_err(backend)?
        .collect::<Result<_, _>>()
        .map_err(backend)
}

/// Up to `limit` records (key, value) of `store` in `range`, in key order: both read
/// in the same transaction, so they pair up.
pub(super) async fn records_in(
    store: &ObjectStore<'_>,
    range: KeyRange<JsValue>,
    limit: u32,
) -> StoreResult<Vec<(JsValue, JsValue)>> {
    let keys = keys_in(store, range.clone(), limit).await?;
    let values = values_in(store, range, limit).await?;
    Ok(keys.into_iter().zip(values).collect())
}

/// Every value in `store`, or in `range` of it, as IndexedDB hands them over.
pub(super) async fn all_values(
    store: &ObjectStore<'_>,
    range: Option<KeyRange<JsValue>>,
) -> StoreResult<Vec<JsValue>> {
    let request = store.get_all::<JsValue>();
    let values = match range {
        Some(range) => {
            request
                .with_query::<JsValue, _>(range)
                .primitive()
                .map_err(backend)?
                .await
        }
        None => request.primitive().map_err(backend)?.await,
    };
    values
        .map_err(backend)?
        .collect::<Result<_, _>>()
        .map_err(backend)
}
