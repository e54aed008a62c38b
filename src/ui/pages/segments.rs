//! Saved segments: each with how many customers it holds now, a link that opens them in
//! the customer list, and edit and delete.

use crate::i18n::Msg;
use crate::segments::{Needs, Segment};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::segments_state::FactsLoading;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SegmentsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let segments = Memo::new(move |_| state.settings.with(|s| s.segments.clone()));
    let loading = RwSignal::new(FactsLoading::Nothing);
    // One set of facts for every saved segment's needs; counts follow each change.
    let counts = load(move || {
        state.directory_version.track();
        state.sales_version.track();
        let segments = segments.get();
        // Worked out here, tracked: a score rule changed changes what is needed.
        let mut needs = Needs::default();
        for s in &segments {
            needs.add(state.needs_of(&s.rule));
        }
        state.settings.track();
        async move {
            let facts = state.segment_facts(needs, move |l| loading.set(l)).await?;
            Some(
                segments
                    .iter()
                    .map(|s| {
                        (
                            s.id.clone(),
                            state
                                .segment_members(&s.rule, s.purpose.as_ref(), &facts)
                                .map_or(0, |m| m.count()),
                        )
                    })
                    .collect::<Vec<_>>(),
            )
        }
    });
    let count_of = move |id: &str| {
        counts.with(|c| {
            c.as_ref()
                .and_then(|c| c.iter().find(|(i, _)| i == id).map(|(_, n)| *n))
        })
    };
    let delete = Action::new_local(move |id: &String| {
        let id = id.clone();
        async move {
            if let Err(e) = state.delete_segment(id).await {
                state.tell_failure(&e);
            }
        }
    });
    let row = move |s: Segment| {
        let id = s.id.clone();
        let name = s.name.clone();
        let count = {
            let id = id.clone();
            move || {
                let lang = state.lang.get();
                match count_of(&id) {
                    Some(n) => lang.tf(Msg::CustomerCount, &[("n", &n)]),
                    None => lang.t(Msg::SegmentCounting),
                }
            }
        };
        // A text naming the segment, in the language of the moment.
        let naming = |msg: Msg| {
            let name = name.clone();
            move || state.lang.get().tf(msg, &[("name", &name)])
        };
        let edit_label = naming(Msg::EditSegmentNamed);
        let delete_label = naming(Msg::DeleteSegmentNamed);
        let confirm_text = naming(Msg::ConfirmDeleteSegment);
        let on_delete = {
            let id = id.clone();
            move |_| {
                if platform::confirm(&confirm_text()) {
                    delete.dispatch(id.clone());
                }
            }
        };
        view! {
            <li class="segment-card">
                <h2>{name.clone()}</h2>
                <p class="segment-size">{count}</p>
                <p class="segment-actions">
                    <A href=platform::app_href(&format!("/?segment={id}")) attr:class="button primary">{tr(Msg::ShowInList)}</A>
                    <A href=platform::app_href(&format!("/segments/{id}")) attr:class="button" attr:aria-label=edit_label>{tr(Msg::Edit)}</A>
                    <button type="button" class="quiet danger" aria-label=delete_label on:click=on_delete>{tr(Msg::Delete)}</button>
                </p>
            </li>
        }
    };
    view! {
        <section class="segments-page" aria-labelledby="segments-heading">
            <div class="page-head">
                <h1 id="segments-heading">{tr(Msg::SavedSegments)}</h1>
                <div class="head-actions">
                    <A href=platform::app_href("/segments/score") attr:class="button">{tr(Msg::CustomerScore)}</A>
                    <A href=platform::app_href("/segments/new") attr:class="button primary">{tr(Msg::NewSegment)}</A>
                </div>
            </div>
            <p class="muted">{tr(Msg::SegmentsIntro)}</p>
            {move || {
                let lang = state.lang.get();
                match loading.get() {
                    FactsLoading::Points(n) => Some(view! { <p class="loading" role="status">{lang.tf(Msg::SegmentReadingPoints, &[("n", &n)])}</p> }),
                    FactsLoading::Insights(p) => Some(view! { <p class="loading" role="status">{lang.tf(Msg::InsightsWorking, &[("percent", &lang.percent(p as f64 / 100.0))])}</p> }),
                    FactsLoading::Nothing => None,
                }
            }}
            <Show when=move || segments.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::NoSegmentsYet)}</p>
            </Show>
            <ul class="segment-list">
                <For each=move || segments.get() key=|s| (s.id.clone(), s.name.clone()) children=row/>
            </ul>
        </section>
    }
}
