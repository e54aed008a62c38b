//! The register of data-subject requests: what each person asked, when it is due, and
//! answering it (more time with a reason, done or refused with what was done).

use crate::gdpr::bundle::{request_kind_msg, request_status_msg};
use crate::gdpr::{DataRequest, Purpose, RequestStatus, Subject, Urgency};
use crate::i18n::names::purpose_name;
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

/// Open requests due within a week or overdue: what Today points at.
pub fn pressing(requests: &[DataRequest], today: chrono::NaiveDate) -> usize {
    requests
        .iter()
        .filter(|r| {
            matches!(
                r.urgency(today),
                Urgency::Overdue { .. } | Urgency::DueSoon { .. }
            )
        })
        .count()
}

/// Where a request stands, in words.
fn standing(lang: Lang, r: &DataRequest, today: chrono::NaiveDate) -> String {
    match r.urgency(today) {
        Urgency::Closed => lang.t(request_status_msg(r.status)),
        Urgency::Overdue { days } => lang.tf(
            Msg::RequestOverdue,
            &[("when", &lang.days_from_today(-days))],
        ),
        Urgency::DueSoon { days } | Urgency::OnTime { days } => {
            lang.tf(Msg::RequestDueIn, &[("when", &lang.days_from_today(days))])
        }
    }
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let requests = Memo::new(move |_| state.requests());
    view! {
        <section class="requests-page" aria-labelledby="requests-heading">
            <h1 id="requests-heading">{tr(Msg::RegisterHeading)}</h1>
            <p class="muted">{tr(Msg::RegisterIntro)}</p>
            <Show when=move || requests.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::NoRequests)}</p>
            </Show>
            <ul class="cards">
                <For each=move || requests.get() key=|r| (r.id.clone(), r.history.len(), r.subject.clone()) let:r>
                    <RequestCard request=r show_person=true/>
                </For>
            </ul>
            <Purposes/>
        </section>
    }
}

/// The purposes consent is asked for: the built-in ones and the owner's own, which
/// they may add to.
#[component]
fn Purposes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let add = Action::new_local(move |_: &()| async move {
        match state.add_purpose(&name.get_untracked()).await {
            Ok(()) => {
                name.set(String::new());
                problem.set(String::new());
                state.say(Msg::PurposeAdded);
            }
            Err(e) => problem.set(crate::i18n::book_error_text(state.lang.get_untracked(), &e)),
        }
    });
    let names = move || {
        let lang = state.lang.get();
        let own = state.settings.with(|s| s.purposes.clone());
        Purpose::all(&own)
            .into_iter()
            .map(|p| purpose_name(lang, &p, &own))
            .collect::<Vec<_>>()
    };
    view! {
        <h2 id="purposes-heading">{tr(Msg::OwnPurposesHeading)}</h2>
        <p class="muted">{tr(Msg::OwnPurposesHint)}</p>
        <ul aria-labelledby="purposes-heading">{move || names().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        <form class="row" on:submit=move |ev| { ev.prevent_default(); if !add.pending().get_untracked() { add.dispatch(()); } } novalidate>
            <div class="inline-select">
                <label for="purpose-name">{tr(Msg::PurposeName)}</label>
                <input id="purpose-name" type="text" autocomplete="off" maxlength="80" prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="submit">{tr(Msg::AddPurpose)}</button>
        </form>
        <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
    }
}

/// One request: what, who, when due; for an open one, the ways to answer it.
#[component]
pub fn RequestCard(request: DataRequest, show_person: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = platform::today();
    let person = match &request.subject {
        Subject::Customer(id) => {
            let name = state
                .with_directory(|d| d.get(id).map(|r| r.name.to_string()))
                .unwrap_or_default();
            if name.is_empty() {
                // Deleted (not erased) since: the id is all the register holds.
                view! { <span>{tr(Msg::RequestPersonGone)}</span> }.into_any()
            } else {
                let href = platform::app_href(&format!("/customers/{id}"));
                view! { <A href=href>{name}</A> }.into_any()
            }
        }
        Subject::Pseudonym(code) => {
            let code = code.clone();
            view! { <span>{move || state.lang.get().tf(Msg::ErasedPerson, &[("code", &code)])}</span> }.into_any()
        }
    };
    let r = StoredValue::new(request.clone());
    let overdue = matches!(request.urgency(today), Urgency::Overdue { .. });
    let heading = move || {
        let lang = state.lang.get();
        r.with_value(|r| lang.t(request_kind_msg(r.kind)))
    };
    let received = move || {
        let lang = state.lang.get();
        r.with_value(|r| lang.tf(Msg::RequestReceivedOn, &[("date", &lang.date(r.received))]))
    };
    view! {
        <li class="card request" class:overdue=overdue>
            <p><strong>{heading}</strong>{show_person.then(|| view! { " · " {person} })}</p>
            <p class="muted">{received}" · "{move || r.with_value(|r| standing(state.lang.get(), r, today))}</p>
            <Show when=move || r.with_value(DataRequest::is_open)>
                <AnswerRequest id=request.id.clone()/>
            </Show>
        </li>
    }
}

#[component]
fn AnswerRequest(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Labels point at their fields by id (a label around a field would add the field's
    // value to its name); ids unique per request, as several are open on one page.
    let field = {
        let id = id.clone();
        move |what: &str| format!("{what}-{id}")
    };
    let months = RwSignal::new(1u32);
    let reason = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let id = StoredValue::new(id);
    let outcome = move |done: Result<(), crate::book::BookError>| match done {
        Ok(()) => problem.set(String::new()),
        Err(e) => problem.set(crate::i18n::book_error_text(state.lang.get_untracked(), &e)),
    };
    let extend = Action::new_local(move |_: &()| async move {
        outcome(
            state
                .extend_request(
                    id.get_value(),
                    months.get_untracked(),
                    reason.get_untracked(),
                )
                .await,
        );
    });
    let close = Action::new_local(move |status: &RequestStatus| {
        let status = *status;
        async move {
            outcome(
                state
                    .close_request(id.get_value(), status, note.get_untracked())
                    .await,
            )
        }
    });
    // A second click while the first is saving would extend twice.
    let busy = move || extend.pending().get() || close.pending().get();
    view! {
        <details class="answer">
            <summary>{tr(Msg::AnswerRequest)}</summary>
            <div class="row">
                <div class="inline-select">
                    <label for=field("months")>{tr(Msg::ExtraMonths)}</label>
                    <select id=field("months") on:change=move |ev| months.set(event_target_value(&ev).parse().unwrap_or(1))>
                        <option value="1">{move || state.lang.get().number(1)}</option>
                        <option value="2">{move || state.lang.get().number(2)}</option>
                    </select>
                </div>
                <div class="inline-select grow">
                    <label for=field("reason")>{tr(Msg::ExtendReason)}</label>
                    <input id=field("reason") type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                </div>
                <button type="button" on:click=move |_| { extend.dispatch(()); } disabled=busy>{tr(Msg::ExtendRequest)}</button>
            </div>
            <div class="row">
                <div class="inline-select grow">
                    <label for=field("note")>{tr(Msg::WhatWasDone)}</label>
                    <input id=field("note") type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                </div>
                <button type="button" on:click=move |_| { close.dispatch(RequestStatus::Done); } disabled=busy>{tr(Msg::MarkRequestDone)}</button>
                <button type="button" class="quiet" on:click=move |_| { close.dispatch(RequestStatus::Refused); } disabled=busy>{tr(Msg::RefuseRequest)}</button>
            </div>
            <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
        </details>
    }
}
