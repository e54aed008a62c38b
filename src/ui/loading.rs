//! Loading what a page shows, through a `LocalResource` (the store's futures are not
//! `Send`: IndexedDB lives on this thread), read via a memo that keeps the last answer.

use leptos::prelude::*;
use std::future::Future;

/// Loads with `fetch`, and again whenever a signal it reads changes: what `fetch`
/// tracks is what reloads it. Its future gives `None` for a failed read (having told the
/// owner, where they should be told).
///
/// `None` until the first load, then always the last answer that loaded: a reload
/// (another tab's change, say) never blanks the screen, a failed one keeps what was
/// shown, and an unchanged answer redraws nothing.
pub fn load<T, Fut>(fetch: impl Fn() -> Fut + 'static) -> Memo<Option<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    Fut: Future<Output = Option<T>> + 'static,
{
    let resource = LocalResource::new(fetch);
    Memo::new(move |last: Option<&Option<T>>| {
        resource.get().flatten().or_else(|| last.cloned().flatten())
    })
}
