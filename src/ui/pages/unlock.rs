//! The unlock screen: shown in place of every page while the book is locked.

use crate::i18n::{book_error_text, Msg};
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::lock_state::UnlockRefused;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn UnlockScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<UnlockRefused>);
    let unlock = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            match state.unlock(&typed).await {
                Ok(()) => problem.set(None),
                Err(refused) => {
                    passphrase.set(String::new());
                    problem.set(Some(refused));
                }
            }
        }
    });
    let error = Signal::derive(move || {
        let lang = state.lang.get();
        problem.get().map(|p| match p {
            UnlockRefused::Wait(n) => lang.tf(Msg::UnlockWait, &[("n", &n)]),
            UnlockRefused::Book(e) => book_error_text(lang, &e),
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !unlock.pending().get_untracked() {
            unlock.dispatch(passphrase.get_untracked());
        }
    };
    view! {
        <section class="unlock-page" aria-labelledby="unlock-heading">
            <h1 id="unlock-heading">{tr(Msg::UnlockTitle)}</h1>
            <p>{tr(Msg::UnlockIntro)}</p>
            <form class="unlock-form" on:submit=submit>
                <TextField id="unlock-passphrase".into() label=Signal::derive(tr(Msg::Passphrase))
                    value=passphrase error=error kind="password" autocomplete="current-password"/>
                <button type="submit" class="primary" disabled=move || unlock.pending().get()>
                    {tr(Msg::UnlockButton)}
                </button>
                <p role="status" class="hint">
                    {move || unlock.pending().get().then(tr(Msg::Unlocking))}
                </p>
            </form>
            <p class="hint">{tr(Msg::UnlockForgotten)}</p>
        </section>
    }
}
