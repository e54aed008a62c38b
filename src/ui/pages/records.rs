//! The records of processing (Art. 30): the app's facts, the owner's own entries, and a
//! download to keep or print. The text is `gdpr::records`'; this page only draws it.

use crate::gdpr::records::{html, sections, OwnerEntries};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn RecordsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let facts = load(move || {
        state.settings.track();
        state.directory_version.track();
        async move { state.book()?.processing_facts().await.ok() }
    });
    let owner = state.settings.with_untracked(|s| s.records.clone());
    let controller = RwSignal::new(owner.controller);
    let recipients = RwSignal::new(owner.recipients);
    let save = Action::new_local(move |_: &()| async move {
        let entries = OwnerEntries {
            controller: controller.get_untracked(),
            recipients: recipients.get_untracked(),
        };
        match state.save_owner_entries(entries).await {
            Ok(()) => state.say(Msg::RecordsSaved),
            Err(e) => state.tell_failure(&e),
        }
    });
    let download = move |_| {
        if let Some(f) = facts.get_untracked() {
            let page = html(state.lang.get_untracked(), &f);
            let name = platform::dated_file_name("records-of-processing", "html");
            platform::download(&name, "text/html;charset=utf-8", &page);
        }
    };
    let shown = move || {
        let lang = state.lang.get();
        facts.get().map(|f| {
            sections(lang, &f)
                .into_iter()
                .map(|s| {
                    view! {
                        <h2>{s.heading}</h2>
                        <ul>{s.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="records-page" aria-labelledby="records-heading">
            <h1 id="records-heading">{tr(Msg::RecordsHeading)}</h1>
            <p class="muted">{tr(Msg::RecordsIntro)}</p>
            <form class="records-form" on:submit=move |ev| { ev.prevent_default(); if !save.pending().get_untracked() { save.dispatch(()); } }>
                <div class="field">
                    <label for="records-controller">{tr(Msg::RecordsControllerLabel)}</label>
                    <textarea id="records-controller" rows="2" prop:value=move || controller.get()
                        on:input=move |ev| controller.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="records-recipients">{tr(Msg::RecordsRecipientsLabel)}</label>
                    <textarea id="records-recipients" rows="2" prop:value=move || recipients.get()
                        on:input=move |ev| recipients.set(event_target_value(&ev))></textarea>
                </div>
                <div class="actions">
                    <button type="submit" class="primary">{tr(Msg::Save)}</button>
                    <button type="button" on:click=download>{tr(Msg::RecordsDownload)}</button>
                </div>
            </form>
            <div class="records">{shown}</div>
        </section>
    }
}
