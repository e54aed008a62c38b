//! The data-protection part of a customer's page: their data in one download, their
//! requests, recording a new one, and the way to erase them.

use super::customer::Loaded;
use super::customer_consent::CustomerConsent;
use super::requests::RequestCard;
use crate::domain::CustomerId;
use crate::gdpr::bundle::request_kind_msg;
use crate::gdpr::RequestKind;
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::components::date_picker::DatePicker;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CustomerPrivacy(customer: CustomerId, loaded: Loaded) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(customer.clone());
    let theirs = Memo::new(move |_| {
        let all = state.requests();
        id.with_value(|id| {
            all.into_iter()
                .filter(|r| r.is_about(id))
                .collect::<Vec<_>>()
        })
    });
    let download = Action::new_local(move |_: &()| async move {
        if let Err(e) = state.download_bundle(id.get_value()).await {
            state.tell_failure(&e);
        }
    });
    let kind = RwSignal::new(RequestKind::Access);
    let received = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let record = Action::new_local(move |_: &()| async move {
        let lang = state.lang.get_untracked();
        let typed = received.get_untracked();
        let day = if typed.trim().is_empty() {
            Some(platform::today())
        } else {
            lang.calendar().parse_date(&typed)
        };
        let Some(day) = day else {
            let example = lang.day_example(platform::today());
            problem.set(lang.tf(Msg::RequestDateUnreadable, &[("example", &example)]));
            return;
        };
        match state
            .record_request(kind.get_untracked(), id.get_value(), day)
            .await
        {
            Ok(()) => {
                problem.set(String::new());
                received.set(String::new());
                state.say(Msg::RequestRecorded);
            }
            Err(e) => problem.set(crate::i18n::book_error_text(lang, &e)),
        }
    });
    let erase_href = platform::app_href(&format!("/customers/{customer}/erase"));
    view! {
        <section class="privacy" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{tr(Msg::PrivacyHeading)}</h2>
            <div class="row">
                <button type="button" on:click=move |_| { download.dispatch(()); } disabled=move || download.pending().get()>{tr(Msg::DownloadBundle)}</button>
                <A href=erase_href attr:class="button danger">{tr(Msg::ErasePerson)}</A>
            </div>
            <Show when=move || download.pending().get()>
                <p class="loading" role="status">{tr(Msg::PreparingBundle)}</p>
            </Show>
            <CustomerConsent customer=customer.clone() loaded/>
            <h3>{tr(Msg::TheirRequests)}</h3>
            <Show when=move || theirs.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::NoRequests)}</p>
            </Show>
            <ul class="cards">
                <For each=move || theirs.get() key=|r| (r.id.clone(), r.history.len()) let:r>
                    <RequestCard request=r show_person=false/>
                </For>
            </ul>
            <form class="record-request" on:submit=move |ev| { ev.prevent_default(); record.dispatch(()); }>
                <div class="row">
                    <div class="inline-select">
                        <label for="request-kind">{tr(Msg::RequestType)}</label>
                        <select id="request-kind" on:change=move |ev| {
                            if let Some(k) = RequestKind::from_key(&event_target_value(&ev)) { kind.set(k); }
                        }>
                            {RequestKind::ALL.iter().map(|k| view! {
                                <option value=k.key() selected=move || kind.get() == *k>{tr(request_kind_msg(*k))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="inline-select">
                        <label for="request-received">{tr(Msg::RequestReceived)}</label>
                        <input id="request-received" type=move || state.lang.get().day_input() prop:value=move || received.get()
                            placeholder=move || state.lang.get().day_example(platform::today())
                            on:input=move |ev| received.set(event_target_value(&ev))/>
                    </div>
                    <Show when=move || !state.lang.get().browser_picks_dates()>
                        <DatePicker value=received/>
                    </Show>
                    <button type="submit">{tr(Msg::RecordRequest)}</button>
                </div>
                <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
            </form>
        </section>
    }
}
