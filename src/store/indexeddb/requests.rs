//! The requests every part of the store makes, each one chain written once: read a
//! value, all values, keys or values in a range, a count; and the error mapping.

use crate::store::{StoreError, StoreResult};
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use indexed_db_futures::KeyRange;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};

pub(super) fn backend(e: impl std::fmt::Display) -> StoreError {
    let text = e.to_string();
    if text.contains("QuotaExceeded") {
        StoreError::QuotaExceeded(text)
    } else {
        StoreError::Backend(text)
    }
}

pub(super) fn bytes_of(v: JsValue) -> StoreResult<Vec<u8>> {
    v.dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .map_err(|_| StoreError::Corrupt("a stored value is not a byte array".into()))
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
pub(super) async fn keys_in(
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
pub(super) async fn values_in(
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
