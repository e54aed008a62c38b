//! The unlock screen: shown in place of every page while the book is locked.

use crate::i18n::{book_error_text, Msg};
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::lock_state::UnlockRefused;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn UnlockScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let passphrase = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<crate::book::BookError>);
    // After several wrong passphrases: when the next may be tried, counted down.
    let wait_until = RwSignal::new(None::<i64>);
    let now = RwSignal::new(platform::now_ms());
    if let Ok(tick) =
        set_interval_with_handle(move || now.set(platform::now_ms()), Duration::from_secs(1))
    {
        on_cleanup(move || tick.clear());
    }
    let unlock = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            match state.unlock(&typed).await {
                Ok(()) => refused.set(None),
                Err(UnlockRefused::Wait(seconds)) => {
                    refused.set(None);
                    wait_until.set(Some(platform::now_ms() + seconds as i64 * 1000));
                    platform::focus_first_invalid();
                }
                Err(UnlockRefused::Book(e)) => {
                    passphrase.set(String::new());
                    refused.set(Some(e));
                    platform::focus_first_invalid();
                }
            }
        }
    });
    let error = Signal::derive(move || {
        let lang = state.lang.get();
        let left = wait_until
            .get()
            .map(|until| (until - now.get() + 999) / 1000)
            .filter(|&s| s > 0);
        match (left, refused.get()) {
            (Some(seconds), _) => Some(lang.tf(Msg::UnlockWait, &[("n", &seconds)])),
            (None, Some(e)) => Some(book_error_text(lang, &e)),
            (None, None) => None,
        }
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
                // Never disabled while pending: focus stays on the button.
                <button type="submit" class="primary">{tr(Msg::UnlockButton)}</button>
                <p role="status" class="hint">
                    {move || unlock.pending().get().then(tr(Msg::Unlocking))}
                </p>
            </form>
            <p class="hint">{tr(Msg::UnlockForgotten)}</p>
        </section>
    }
}
