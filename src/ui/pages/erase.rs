//! Erasing a person (Art. 17): what goes and what stays, the other records that name
//! them (each removed only if the owner ticks it), progress, and the check's verdict.

use super::customer::{load_customer, use_customer_id};
use crate::book::privacy::{Erasure, ErasureStep};
use crate::gdpr::erasure::Mention;
use crate::gdpr::scan::{Hit, IdentifierKind};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

fn step_text(lang: Lang, step: ErasureStep) -> String {
    match step {
        ErasureStep::Redacting => lang.t(Msg::ErasingMentions),
        ErasureStep::Removing => lang.t(Msg::ErasingPerson),
        ErasureStep::Scanning(n) => lang.tf(Msg::ErasingScanning, &[("n", &n)]),
    }
}

fn hit_text(lang: Lang, hit: &Hit) -> String {
    let what = lang.t(match hit.kind {
        IdentifierKind::Id => Msg::TraceId,
        IdentifierKind::Name => Msg::TraceName,
        IdentifierKind::Email => Msg::TraceEmail,
        IdentifierKind::Phone => Msg::TracePhone,
    });
    let place = lang.t(match hit.store.as_str() {
        "customers" | "customer_pages" => Msg::PlaceCustomers,
        "interactions" | "follow_ups" => Msg::PlaceNotes,
        "purchase_chunks" | "purchase_chunk_ids" => Msg::PlacePurchases,
        "ledgers" => Msg::PlacePoints,
        "set_aside" => Msg::PlaceSetAside,
        s if s.starts_with("memory") => Msg::PlaceMemory,
        _ => Msg::PlaceSettings,
    });
    lang.tf(Msg::TraceIn, &[("what", &what), ("where", &place)])
}

#[component]
pub fn ErasePage() -> impl IntoView {
    let id = use_customer_id();
    let customer = load_customer(id);
    let state = expect_context::<AppState>();
    let mentions = load(move || {
        let id = id.get();
        async move { state.told(state.mentions_of(id).await) }
    });
    let ticked = RwSignal::new(Vec::<usize>::new());
    let step = RwSignal::new(None::<ErasureStep>);
    let result = RwSignal::new(None::<Erasure>);
    let erase = Action::new_local(move |confirmed: &Vec<Mention>| {
        let confirmed = confirmed.clone();
        async move {
            match state
                .erase(id.get_untracked(), confirmed, move |s| step.set(Some(s)))
                .await
            {
                Ok(done) => {
                    result.set(Some(done));
                    // The form the focus was on is gone: the verdict's heading takes it.
                    request_animation_frame(|| platform::focus_element("erase-heading"));
                }
                Err(e) => state.tell_failure(&e),
            }
            step.set(None);
        }
    });
    let name = move || {
        customer.with(|c| {
            c.clone()
                .flatten()
                .map(|c| c.display_name())
                .unwrap_or_default()
        })
    };
    let ask = move |_| {
        let lang = state.lang.get_untracked();
        if platform::confirm(&lang.tf(Msg::ConfirmErase, &[("name", &name())])) {
            let all = mentions.get_untracked().unwrap_or_default();
            let chosen =
                ticked.with_untracked(|t| t.iter().filter_map(|i| all.get(*i).cloned()).collect());
            erase.dispatch(chosen);
        }
    };
    view! {
        <section class="erase-page" aria-labelledby="erase-heading">
            <Show when=move || result.with(Option::is_none) fallback=move || view! { <ErasureResult result=result/> }>
                <h1 id="erase-heading">{move || state.lang.get().tf(Msg::EraseHeading, &[("name", &name())])}</h1>
                <p>{move || state.lang.get().tf(Msg::EraseExplain, &[("name", &name())])}</p>
                <h2>{tr(Msg::MentionsHeading)}</h2>
                {move || match mentions.get() {
                    None => view! { <p class="loading" role="status">{tr(Msg::LookingForMentions)}</p> }.into_any(),
                    Some(found) => {
                        if found.is_empty() {
                            return view! { <p class="empty">{tr(Msg::NoMentions)}</p> }.into_any();
                        }
                        view! {
                            <p class="muted">{tr(Msg::MentionsExplain)}</p>
                            <ul class="cards">
                                {found.into_iter().enumerate().map(|(i, m)| {
                                    let owner = m.owner_name.clone();
                                    let owner = move || if owner.is_empty() { state.lang.get().t(Msg::WalkInName) } else { owner.clone() };
                                    view! {
                                        <li class="card">
                                            <label class="check">
                                                <input type="checkbox" aria-describedby=format!("mention-{i}") on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    ticked.update(|t| { t.retain(|x| *x != i); if on { t.push(i); } });
                                                }/>
                                                <span>{move || state.lang.get().tf(Msg::MentionRemove, &[("owner", &owner())])}</span>
                                            </label>
                                            <p class="muted" id=format!("mention-{i}")><bdi>{m.excerpt.clone()}</bdi></p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
                <div class="row">
                    <button type="button" class="danger" on:click=ask disabled=move || erase.pending().get() || mentions.with(Option::is_none)>{tr(Msg::EraseNow)}</button>
                    <A href=move || platform::app_href(&format!("/customers/{}", id.get()))>{tr(Msg::Cancel)}</A>
                </div>
                <p class="loading" role="status">{move || step.get().map(|s| step_text(state.lang.get(), s))}</p>
            </Show>
        </section>
    }
}

#[component]
fn ErasureResult(result: RwSignal<Option<Erasure>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let Some(done) = result.get() else {
            return ().into_any();
        };
        let report = done.report.clone();
        let records = lang.number(report.records);
        let verdict = if report.is_clean() {
            let closed = (done.requests_closed > 0).then(|| lang.t(Msg::ErasureRequestClosed));
            view! { <p class="verdict ok" role="status">{lang.tf(Msg::ErasureVerified, &[("n", &records)])}" "{closed}</p> }.into_any()
        } else {
            view! {
                <p class="verdict warning" role="alert">{lang.tf(Msg::ErasureNotVerified, &[("n", &report.hits.len())])}</p>
                <ul>{report.hits.iter().map(|h| view! { <li>{hit_text(lang, h)}</li> }).collect_view()}</ul>
                {(report.unreadable > 0).then(|| view! { <p>{lang.tf(Msg::ErasureUnreadable, &[("n", &report.unreadable)])}</p> })}
            }
            .into_any()
        };
        view! {
            <h1 id="erase-heading" tabindex="-1">{lang.t(Msg::ErasedHeading)}</h1>
            {verdict}
            {(report.shared_names > 0).then(|| view! { <p class="muted">{lang.t(Msg::ErasureSharedName)}</p> })}
            <p><A href=platform::app_href("/requests")>{lang.t(Msg::ToRegister)}</A>" · "<A href=platform::app_href("/")>{lang.t(Msg::BackToList)}</A></p>
        }
        .into_any()
    }
}
