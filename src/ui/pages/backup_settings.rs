//! The settings page's backup section: download the whole book as one file (protected
//! by a passphrase if the owner wishes), and restore one after a plain warning.

use crate::backup::{BackupError, BackupReader, FILE_EXTENSION};
use crate::book::backup::Progress;
use crate::book::BookError;
use crate::i18n::{backup_error_text, lock_error_text, Msg};
use crate::lock::passphrase::{check_new_passphrase, MIN_PASSPHRASE_CHARS};
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn BackupSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Today's reminder links here: the router does not scroll to a fragment itself.
    // (The router's location: the address bar may not have changed yet.)
    if leptos_router::hooks::use_location().hash.get_untracked() == "#backup" {
        request_animation_frame(|| platform::focus_element("backup-heading"));
    }
    let last = move || {
        let lang = state.lang.get();
        match state.last_backup.get() {
            Some(at) => lang.tf(Msg::BackupLastOn, &[("date", &lang.date_time(at))]),
            None => lang.t(Msg::BackupNeverOnDevice),
        }
    };
    view! {
        <section class="backup-settings" id="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading" tabindex="-1">{tr(Msg::BackupHeading)}</h2>
            <p>{tr(Msg::BackupIntro)}</p>
            <p class="muted">{last}</p>
            <DownloadBackup/>
            <RestoreBackup/>
        </section>
    }
}

/// A progress bar with its words, while `progress` is set.
#[component]
fn Working(progress: RwSignal<Option<Progress>>, label: Msg) -> impl IntoView {
    view! {
        <Show when=move || progress.with(Option::is_some)>
            <div class="working" role="status">
                <p>{tr(label)}</p>
                <progress aria-label=tr(label)
                    max=move || progress.with(|p| p.map_or(1, |p| p.total.max(1)))
                    value=move || progress.with(|p| p.map_or(0, |p| p.done))></progress>
            </div>
        </Show>
    }
}

#[component]
fn DownloadBackup() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Protected by default: a file that leaves the device (and the one the lock's
    // warning offers before the lock goes on) should not hold the book in the clear.
    let protect = RwSignal::new(true);
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let (problem, again_problem) = (RwSignal::new(None), RwSignal::new(None));
    let progress = RwSignal::new(None::<Progress>);
    let (typed, typed_again) = (passphrase, again);
    let download = Action::new_local(move |passphrase: &Option<String>| {
        let passphrase = passphrase.clone();
        async move {
            match state.download_backup(passphrase, progress).await {
                // The page may have been left meanwhile: then there is nothing to clear.
                Ok(()) => [typed, typed_again].iter().for_each(|s| {
                    s.try_set(String::new());
                }),
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if download.pending().get_untracked() {
            return;
        }
        if !protect.get_untracked() {
            download.dispatch(None);
            return;
        }
        let lang = state.lang.get_untracked();
        let (typed, twice) = (passphrase.get_untracked(), again.get_untracked());
        problem.set(
            check_new_passphrase(&typed)
                .err()
                .map(|e| lock_error_text(lang, &e)),
        );
        again_problem.set((typed != twice).then(|| lang.t(Msg::BackupPassphrasesDiffer)));
        if problem.with_untracked(Option::is_some) || again_problem.with_untracked(Option::is_some)
        {
            return platform::focus_first_invalid();
        }
        download.dispatch(Some(typed));
    };
    let hint = Signal::derive(move || {
        state
            .lang
            .get()
            .tf(Msg::PassphraseHint, &[("n", &MIN_PASSPHRASE_CHARS)])
    });
    view! {
        <form class="backup-form" aria-labelledby="backup-heading" on:submit=submit>
            <div class="field check">
                <label>
                    <input type="checkbox" aria-describedby="backup-protect-hint"
                        prop:checked=move || protect.get()
                        on:change=move |ev| protect.set(event_target_checked(&ev))/>
                    " "{tr(Msg::BackupProtect)}
                </label>
                <p class="hint" id="backup-protect-hint">{tr(Msg::BackupProtectHint)}</p>
            </div>
            <Show when=move || protect.get()>
                <TextField id="backup-passphrase".into() label=Signal::derive(tr(Msg::BackupPassphrase))
                    value=passphrase error=problem hint=hint kind="password" autocomplete="new-password"/>
                <TextField id="backup-again".into() label=Signal::derive(tr(Msg::BackupPassphraseAgain))
                    value=again error=again_problem kind="password" autocomplete="new-password"/>
            </Show>
            <button type="submit" class="primary">{tr(Msg::BackupDownload)}</button>
            <Working progress=progress label=Msg::BackupWriting/>
        </form>
    }
}

/// A chosen backup file: its bytes (kept to restore from) and what its header says.
#[derive(Clone)]
struct Chosen {
    bytes: std::rc::Rc<Vec<u8>>,
    header: crate::backup::BackupHeader,
}

#[component]
fn RestoreBackup() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new_local(None::<Chosen>);
    let file_problem = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let passphrase_problem = RwSignal::new(None::<String>);
    let progress = RwSignal::new(None::<Progress>);
    let restore = Action::new_local(move |_: &()| {
        // Read now: after an await the section may be gone with its signals.
        let picked = chosen.get_untracked();
        let typed = passphrase.get_untracked();
        let lang = state.lang.get_untracked();
        async move {
            let Some(picked) = picked else { return };
            passphrase_problem.set(None);
            let refused = |e: BackupError| match e {
                BackupError::WrongPassphrase | BackupError::NeedsPassphrase => {
                    passphrase_problem.try_set(Some(backup_error_text(lang, &e)));
                    platform::focus_first_invalid();
                }
                other => {
                    file_problem.try_set(Some(backup_error_text(lang, &other)));
                    platform::focus_first_invalid();
                }
            };
            let mut reader = match BackupReader::new(picked.bytes) {
                Ok(reader) => reader,
                Err(e) => return refused(e),
            };
            if reader.is_protected() {
                progress.set(Some(Progress::default()));
                platform::yield_to_browser().await;
                let unlocked = reader.unlock(&typed);
                progress.try_set(None);
                if let Err(e) = unlocked {
                    return refused(e);
                }
            }
            match state.restore_backup(reader, progress).await {
                Ok(()) => {
                    passphrase.try_set(String::new());
                    chosen.try_set(None);
                }
                Err(BookError::Backup(e)) => refused(e),
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    // Pressing Restore while a large file is still being read waits for the reading.
    let queued = RwSignal::new(false);
    let ask_and_restore = move || {
        let lang = state.lang.get_untracked();
        if !restore.pending().get_untracked() && platform::confirm(&lang.t(Msg::RestoreConfirm)) {
            restore.dispatch(());
        }
    };
    let choose = Action::new_local(move |_: &()| async move {
        chosen.set(None);
        file_problem.set(None);
        let Some((_, bytes)) = platform::chosen_file("restore-file").await else {
            return;
        };
        let bytes = std::rc::Rc::new(bytes);
        match BackupReader::new(bytes.clone()) {
            Ok(reader) => {
                chosen.set(Some(Chosen {
                    header: reader.header().clone(),
                    bytes,
                }));
                // Restore was pressed while the file was still being read: go on now.
                if queued.get_untracked() {
                    queued.set(false);
                    ask_and_restore();
                }
            }
            Err(e) => {
                queued.set(false);
                file_problem.set(Some(backup_error_text(state.lang.get_untracked(), &e)));
                platform::focus_first_invalid();
            }
        }
    });
    let reading = choose.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if reading.get_untracked() {
            queued.set(true);
            return;
        }
        if chosen.with_untracked(Option::is_none) {
            let lang = state.lang.get_untracked();
            file_problem.set(Some(lang.t(Msg::RestoreChooseFile)));
            return platform::focus_first_invalid();
        }
        ask_and_restore();
    };
    let protected = move || chosen.with(|c| c.as_ref().is_some_and(|c| c.header.lock.is_some()));
    view! {
        <h3 id="restore-heading">{tr(Msg::RestoreHeading)}</h3>
        <p>{tr(Msg::RestoreIntro)}</p>
        <form class="restore-form" aria-labelledby="restore-heading" on:submit=submit>
            <div class="field" class:has-error=move || file_problem.with(Option::is_some)>
                <label for="restore-file">{tr(Msg::RestoreFile)}</label>
                <input id="restore-file" type="file" accept=format!(".{FILE_EXTENSION}")
                    aria-describedby="restore-file-error"
                    aria-invalid=move || file_problem.with(Option::is_some).then_some("true")
                    on:change=move |_| { choose.dispatch(()); }/>
                <p class="error" id="restore-file-error" hidden=move || file_problem.with(Option::is_none)>
                    {move || file_problem.get()}
                </p>
            </div>
            {move || chosen.get().map(|c| view! { <BackupSummary header=c.header/> })}
            <Show when=protected>
                <TextField id="restore-passphrase".into() label=Signal::derive(tr(Msg::RestorePassphrase))
                    value=passphrase error=passphrase_problem kind="password" autocomplete="off"/>
            </Show>
            <button type="submit">{tr(Msg::RestoreButton)}</button>
            <Show when=move || reading.get()>
                <p class="loading" role="status">{tr(Msg::RestoreReadingFile)}</p>
            </Show>
            <Working progress=progress label=Msg::RestoreChecking/>
        </form>
    }
}

#[component]
fn BackupSummary(header: crate::backup::BackupHeader) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let counts = header.counts;
    view! {
        <dl class="backup-summary">
            <dt>{tr(Msg::RestoreMadeAt)}</dt>
            <dd>{move || lang().date_time(header.made_at_ms)}</dd>
            <dt>{tr(Msg::RestoreCustomers)}</dt>
            <dd>{move || lang().number(counts.customers as i64)}</dd>
            <dt>{tr(Msg::RestoreNotes)}</dt>
            <dd>{move || lang().number(counts.interactions as i64)}</dd>
            <dt>{tr(Msg::RestorePurchases)}</dt>
            <dd>{move || lang().number(counts.purchases as i64)}</dd>
        </dl>
    }
}
