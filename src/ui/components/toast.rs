//! The message bar at the bottom: "2 deleted · Undo", "2 records merged · Undo".

use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::state::{AppState, Undo};
use leptos::prelude::*;

#[component]
pub fn ToastBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let restore = Action::new_local(move |undo: &Undo| {
        let undo = undo.clone();
        async move { state.undo(undo).await }
    });
    // The live region stays in the page while toasts come and go inside it: a region
    // that appears together with its text is often not read out at all.
    let toast = move || {
        state.toast.get().map(|toast| {
            let undo = toast.undo.clone().map(|undo| {
                let undo = StoredValue::new(undo);
                view! {
                    <button type="button" on:click=move |_| {
                        restore.dispatch(undo.get_value());
                    }>{tr(Msg::Undo)}</button>
                }
            });
            view! {
                <div class="toast">
                    <span>{toast.text.clone()}</span>
                    {undo}
                    <button type="button" class="quiet" on:click=move |_| state.toast.set(None)>
                        {tr(Msg::Dismiss)}
                    </button>
                </div>
            }
        })
    };
    view! { <div role="status" aria-live="polite">{toast}</div> }
}
