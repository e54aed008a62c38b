//! The settings page's app lock section: turning the lock on (after a plain warning
//! that a forgotten passphrase cannot be recovered), the idle time, locking now,
//! changing the passphrase and turning the lock off.

use crate::book::BookError;
use crate::i18n::{book_error_text, lock_error_text, Msg};
use crate::lock::idle::IDLE_CHOICES;
use crate::lock::passphrase::{check_new_passphrase, MIN_PASSPHRASE_CHARS};
use crate::lock::LockError;
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn AppLockSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Switches only when the lock comes or goes, so typing survives an idle-time change.
    let on = Memo::new(move |_| state.lock.with(Option::is_some));
    view! {
        <section class="lock-settings" aria-labelledby="lock-heading">
            <h2 id="lock-heading">{tr(Msg::AppLock)}</h2>
            <p>{tr(Msg::AppLockIntro)}</p>
            {move || if on.get() { view! { <LockIsOn/> }.into_any() } else { view! { <TurnLockOn/> }.into_any() }}
        </section>
    }
}

/// The error to show beside a passphrase field, if any.
type FieldProblem = RwSignal<Option<String>>;

/// The hint under every new passphrase: its shortest length.
fn new_passphrase_hint() -> Signal<String> {
    let lang = expect_context::<AppState>().lang;
    Signal::derive(move || {
        lang.get()
            .tf(Msg::PassphraseHint, &[("n", &MIN_PASSPHRASE_CHARS)])
    })
}

/// Checks a new passphrase typed twice; each problem goes beside its field.
fn new_passphrase_fits(
    lang: crate::i18n::Lang,
    new: &str,
    again: &str,
    new_problem: FieldProblem,
    again_problem: FieldProblem,
) -> bool {
    new_problem.set(
        check_new_passphrase(new)
            .err()
            .map(|e| lock_error_text(lang, &e)),
    );
    again_problem.set((new != again).then(|| lang.t(Msg::PassphrasesDiffer)));
    new_problem.with_untracked(Option::is_none) && again_problem.with_untracked(Option::is_none)
}

/// A refusal from the book: a wrong passphrase beside the field that was wrong, a
/// too-short one beside the new one, anything else in a toast. (`state` is passed in:
/// this runs after an await, when the form may be gone.)
fn show_refusal(
    state: AppState,
    e: BookError,
    current: Option<FieldProblem>,
    new: Option<FieldProblem>,
) {
    let lang = state.lang.get_untracked();
    match (&e, current, new) {
        (BookError::Lock(LockError::WrongPassphrase), Some(field), _)
        | (BookError::Lock(LockError::TooShort), _, Some(field)) => {
            field.set(Some(book_error_text(lang, &e)));
            platform::focus_first_invalid();
        }
        _ => state.tell_failure(&e),
    }
}

#[component]
fn TurnLockOn() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let (new_problem, again_problem, understood_problem) = (
        RwSignal::new(None),
        RwSignal::new(None),
        RwSignal::new(None::<String>),
    );
    let turn_on = Action::new_local(move |passphrase: &String| {
        let passphrase = passphrase.clone();
        async move {
            // The conversion carries on in the background; its end is told.
            if let Err(e) = state.turn_lock_on(passphrase).await {
                show_refusal(state, e, None, Some(new_problem));
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (typed, twice) = (new.get_untracked(), again.get_untracked());
        let lang = state.lang.get_untracked();
        let fits = new_passphrase_fits(lang, &typed, &twice, new_problem, again_problem);
        understood_problem
            .set((!understood.get_untracked()).then(|| lang.t(Msg::ConfirmUnrecoverable)));
        if !fits || !understood.get_untracked() {
            return platform::focus_first_invalid();
        }
        if !turn_on.pending().get_untracked() {
            turn_on.dispatch(typed);
        }
    };
    view! {
        <p class="lock-warning"><strong>{tr(Msg::AppLockWarning)}</strong></p>
        <p><a href="#backup" on:click=|ev: leptos::ev::MouseEvent| {
            // The router would take "#backup" for the app's root: move focus instead.
            ev.prevent_default();
            platform::focus_element("backup-heading");
        }>{tr(Msg::BackupBeforeLock)}</a></p>
        <form class="lock-form" aria-labelledby="lock-heading" on:submit=submit>
            <TextField id="lock-new".into() label=Signal::derive(tr(Msg::NewPassphrase)) value=new
                error=new_problem hint=new_passphrase_hint() kind="password" autocomplete="new-password"/>
            <TextField id="lock-again".into() label=Signal::derive(tr(Msg::RepeatPassphrase)) value=again
                error=again_problem kind="password" autocomplete="new-password"/>
            <div class="field check" class:has-error=move || understood_problem.with(Option::is_some)>
                <label>
                    <input type="checkbox" aria-describedby="lock-understood-error"
                        aria-invalid=move || understood_problem.with(Option::is_some).then_some("true")
                        prop:checked=move || understood.get()
                        on:change=move |ev| understood.set(event_target_checked(&ev))/>
                    " "{tr(Msg::UnderstandUnrecoverable)}
                </label>
                <p class="error" id="lock-understood-error" hidden=move || understood_problem.with(Option::is_none)>
                    {move || understood_problem.get()}
                </p>
            </div>
            <button type="submit" class="primary">{tr(Msg::TurnLockOn)}</button>
        </form>
    }
}

#[component]
fn LockIsOn() -> impl IntoView {
    let state = expect_context::<AppState>();
    let idle = Memo::new(move |_| {
        state
            .lock
            .with(|l| l.as_ref().map_or(0, |r| r.idle_minutes))
    });
    let set_idle = Action::new_local(move |&minutes: &u32| async move {
        if let Err(e) = state.set_idle_minutes(minutes).await {
            state.tell_failure(&e);
        }
    });
    let on_idle = move |ev: leptos::ev::Event| {
        if let Ok(minutes) = event_target_value(&ev).parse::<u32>() {
            set_idle.dispatch(minutes);
        }
    };
    view! {
        <p class="lock-status">{tr(Msg::LockIsOn)}</p>
        <div class="field">
            <label for="idle-minutes">{tr(Msg::LockAfter)}</label>
            <select id="idle-minutes" on:change=on_idle>
                {IDLE_CHOICES.iter().map(|&n| {
                    let text = move || {
                        let lang = state.lang.get();
                        if n == 0 { lang.t(Msg::IdleNever) } else { lang.tf(Msg::IdleMinutes, &[("n", &n)]) }
                    };
                    view! { <option value=n.to_string() selected=move || idle.get() == n>{text}</option> }
                }).collect_view()}
            </select>
        </div>
        <p><button type="button" on:click=move |_| state.lock_now()>{tr(Msg::LockNow)}</button></p>
        <ChangePassphrase/>
        <TurnLockOff/>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let (current_problem, new_problem, again_problem) = (
        RwSignal::new(None),
        RwSignal::new(None),
        RwSignal::new(None),
    );
    let change = Action::new_local(move |(old, fresh): &(String, String)| {
        let (old, fresh) = (old.clone(), fresh.clone());
        async move {
            match state.change_passphrase(&old, &fresh).await {
                Ok(()) => {
                    [current, new, again]
                        .iter()
                        .for_each(|s| s.set(String::new()));
                    state.say(Msg::PassphraseChanged);
                }
                Err(e) => show_refusal(state, e, Some(current_problem), Some(new_problem)),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        current_problem.set(None);
        let (typed, twice) = (new.get_untracked(), again.get_untracked());
        let lang = state.lang.get_untracked();
        if !new_passphrase_fits(lang, &typed, &twice, new_problem, again_problem) {
            return platform::focus_first_invalid();
        }
        if !change.pending().get_untracked() {
            change.dispatch((current.get_untracked(), typed));
        }
    };
    view! {
        <h3 id="change-passphrase-heading">{tr(Msg::ChangePassphrase)}</h3>
        <form class="lock-form" aria-labelledby="change-passphrase-heading" on:submit=submit>
            <TextField id="change-current".into() label=Signal::derive(tr(Msg::CurrentPassphrase)) value=current
                error=current_problem kind="password" autocomplete="current-password"/>
            <TextField id="change-new".into() label=Signal::derive(tr(Msg::NewPassphrase)) value=new
                error=new_problem hint=new_passphrase_hint() kind="password" autocomplete="new-password"/>
            <TextField id="change-again".into() label=Signal::derive(tr(Msg::RepeatPassphrase)) value=again
                error=again_problem kind="password" autocomplete="new-password"/>
            <button type="submit">{tr(Msg::ChangePassphrase)}</button>
        </form>
    }
}

#[component]
fn TurnLockOff() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = RwSignal::new(String::new());
    let problem = RwSignal::new(None);
    let turn_off = Action::new_local(move |passphrase: &String| {
        let passphrase = passphrase.clone();
        async move {
            if let Err(e) = state.turn_lock_off(passphrase).await {
                show_refusal(state, e, Some(problem), None);
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        if !turn_off.pending().get_untracked() {
            turn_off.dispatch(current.get_untracked());
        }
    };
    view! {
        <h3 id="lock-off-heading">{tr(Msg::TurnLockOff)}</h3>
        <p class="hint">{tr(Msg::TurnLockOffHint)}</p>
        <form class="lock-form" aria-labelledby="lock-off-heading" on:submit=submit>
            <TextField id="lock-off-current".into() label=Signal::derive(tr(Msg::CurrentPassphrase)) value=current
                error=problem kind="password" autocomplete="current-password"/>
            <button type="submit">{tr(Msg::TurnLockOff)}</button>
        </form>
    }
}
