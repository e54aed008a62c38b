//! A customer's timeline: add a note, call, visit, email, message or feedback, with an
//! optional follow-up date; mark follow-ups done.

use crate::book::BookError;
use crate::domain::{CustomerId, Interaction, InteractionDraft, InteractionKind, Score};
use crate::i18n::{interaction_problem, Msg};
use crate::ui::app::tr;
use crate::ui::components::date_picker::DatePicker;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

pub use crate::i18n::names::kind_msg;

/// Marks a follow-up done, from the timeline or from Today. The change moves the
/// directory's version on, and both lists reload on that.
pub fn mark_done_action() -> Action<Interaction, ()> {
    let state = expect_context::<AppState>();
    Action::new_local(move |i: &Interaction| {
        let i = i.clone();
        async move {
            if let Err(e) = state.complete_follow_up(i).await {
                state.tell_failure(&e);
            }
        }
    })
}

#[component]
pub fn Timeline(customer: CustomerId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let customer = StoredValue::new(customer);
    // An entry added or done (here or in another tab) moves the directory's version on.
    let entries = load(move || {
        state.directory_version.track();
        let id = customer.get_value();
        async move { state.told(state.timeline(&id).await) }
    });

    let kind = RwSignal::new(InteractionKind::Note);
    let text = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let when = RwSignal::new(String::new());
    let score = RwSignal::new(String::new());
    let nps = RwSignal::new(false);
    let problems = RwSignal::new(Vec::new());
    // A refusal that is not about the form (a full disk, a deleted customer).
    let failure = RwSignal::new(None::<String>);

    let add = Action::new_local(move |draft: &InteractionDraft| {
        let (id, draft) = (customer.get_value(), draft.clone());
        async move {
            match state.add_interaction(&id, &draft).await {
                Ok(_) => {
                    problems.set(Vec::new());
                    failure.set(None);
                    text.set(String::new());
                    due.set(String::new());
                    when.set(String::new());
                    score.set(String::new());
                }
                Err(BookError::Interaction(p)) => problems.set(p),
                Err(e) => failure.set(Some(crate::i18n::book_error_text(
                    state.lang.get_untracked(),
                    &e,
                ))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = InteractionDraft {
            kind: Some(kind.get_untracked()),
            text: text.get_untracked(),
            due: due.get_untracked(),
            score: score.get_untracked(),
            nps: nps.get_untracked(),
            when: when.get_untracked(),
            utc_offset_minutes: platform::utc_offset_minutes(),
            calendar: state.lang.get_untracked().calendar(),
        };
        add.dispatch(draft);
    };
    let mark_done = mark_done_action();

    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{tr(Msg::Timeline)}</h2>
            <form class="timeline-form" on:submit=submit>
                <div class="row">
                    <label class="inline-select">
                        <span>{tr(Msg::Kind)}</span>
                        <select on:change=move |ev| {
                            if let Some(k) = InteractionKind::from_key(&event_target_value(&ev)) {
                                kind.set(k);
                            }
                        }>
                            {InteractionKind::ALL.iter().map(|k| view! {
                                <option value=k.key()>{tr(kind_msg(*k))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="inline-select">
                        <span>{tr(Msg::When)}</span>
                        <input type=move || state.lang.get().moment_input() prop:value=move || when.get()
                            placeholder=move || { let l = state.lang.get(); let day = l.day_example(platform::today()); if day.is_empty() { day } else { format!("{day} {}", l.digits("14:30")) } }
                            on:input=move |ev| when.set(event_target_value(&ev))/>
                    </label>
                    <label class="inline-select">
                        <span>{tr(Msg::FollowUpOn)}</span>
                        <input type=move || state.lang.get().day_input() prop:value=move || due.get()
                            placeholder=move || state.lang.get().day_example(platform::today())
                            on:input=move |ev| due.set(event_target_value(&ev))/>
                    </label>
                    <Show when=move || !state.lang.get().browser_picks_dates()>
                        <DatePicker value=due/>
                    </Show>
                </div>
                <label for="what-happened">{tr(Msg::WhatHappened)}</label>
                <textarea id="what-happened" rows="2" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <Show when=move || kind.get() == InteractionKind::Feedback>
                    <div class="row">
                        <label class="inline-select">
                            <span>{tr(Msg::Score)}</span>
                            <input type="number" inputmode="numeric" min="0" max="10" prop:value=move || score.get()
                                on:input=move |ev| score.set(event_target_value(&ev))/>
                        </label>
                        <label class="check">
                            <input type="checkbox" prop:checked=move || nps.get()
                                on:change=move |ev| nps.set(event_target_checked(&ev))/>
                            <span>{tr(Msg::NpsScale)}</span>
                        </label>
                    </div>
                </Show>
                <ul class="errors" role="alert">
                    {move || problems.get().iter().map(|p| view! {
                        <li>{interaction_problem(state.lang.get(), p)}</li>
                    }).collect_view()}
                </ul>
                {move || failure.get().map(|f| view! { <p class="banner error" role="alert">{f}</p> })}
                <button type="submit" class="primary">{tr(Msg::AddToTimeline)}</button>
            </form>
            <Show when=move || entries.with(|e| e.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{tr(Msg::NothingYet)}</p>
            </Show>
            <ol class="entries">
                {move || entries.get().unwrap_or_default().into_iter().map(|i| {
                    let lang = state.lang.get();
                    let score = i.score.map(|s| {
                        let text = match s {
                            Score::Satisfaction(v) => format!("{}/{}", lang.number(v), lang.number(5)),
                            Score::Nps(v) => format!("{}/{}", lang.number(v), lang.number(10)),
                        };
                        lang.tf(Msg::ScoreOf, &[("score", &text)])
                    });
                    let follow_up = i.due.map(|d| {
                        let open = i.is_open_follow_up();
                        let entry = i.clone();
                        view! {
                            <p class="follow-up" class:done=!open>
                                {lang.tf(Msg::FollowUpDue, &[("date", &lang.date(d))])}
                                {if open {
                                    view! { <button type="button" on:click=move |_| { mark_done.dispatch(entry.clone()); }>{tr(Msg::MarkDone)}</button> }.into_any()
                                } else {
                                    view! { <span class="chip">{tr(Msg::Done)}</span> }.into_any()
                                }}
                            </p>
                        }
                    });
                    view! {
                        <li class=format!("entry kind-{}", i.kind.key())>
                            <p class="entry-head">
                                <span class="entry-kind">{lang.t(kind_msg(i.kind))}</span>
                                <time>{lang.date_time(i.at_ms)}</time>
                            </p>
                            {(!i.text.is_empty()).then(|| view! { <p class="entry-text">{i.text.clone()}</p> })}
                            {score.map(|s| view! { <p class="entry-score">{s}</p> })}
                            {follow_up}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
