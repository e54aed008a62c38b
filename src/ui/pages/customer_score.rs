//! The customer score: rules that give or take points ("spent 5,000 in 90 days: +30",
//! "not in for 60 days: -20"); each customer's score is the sum of the rules they match,
//! and segments can pick customers by it.

use super::segment_builder::ConditionRow;
use crate::i18n::{segment_draft_problem, Msg};
use crate::segments::draft::ScoreDraft;
use crate::segments::{Group, Item, Join, Needs};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::segments_state::FactsLoading;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CustomerScorePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency = state.programme().currency;
    let stored = state.settings.with_untracked(|s| s.score_rules.clone());
    let start = ScoreDraft::from_rules(&stored, &currency);
    let rules = RwSignal::new(start.rules);
    let points = RwSignal::new(start.points);
    let draft = move || ScoreDraft {
        rules: rules.get(),
        points: points.get(),
    };
    let built = {
        let currency = currency.clone();
        Memo::new(move |_| draft().build(&currency))
    };
    let readable = {
        let currency = currency.clone();
        Memo::new(move |_| draft().read(&currency).0)
    };
    // What the rules being edited need, to show the scores they would give.
    let needs = Memo::new(move |_| {
        let conditions: Vec<Item> = rules.with(|d| {
            d.conditions
                .iter()
                .map(|c| {
                    Item::Condition(crate::segments::Condition {
                        on: c.subject.clone(),
                        test: crate::segments::Test::IsSet,
                    })
                })
                .collect()
        });
        let n = Group {
            join: Join::All,
            items: conditions,
        }
        .needs();
        Needs { score: false, ..n }
    });
    let loading = RwSignal::new(FactsLoading::Nothing);
    let facts = load(move || {
        state.directory_version.track();
        state.sales_version.track();
        state.settings.track();
        let needs = needs.get();
        async move { state.segment_facts(needs, move |l| loading.set(l)).await }
    });
    let summary = move || {
        let lang = state.lang.get();
        let facts = facts.get()?;
        let scores = readable.with(|rules| state.customer_scores(&facts, rules));
        if scores.is_empty() {
            return Some(lang.t(Msg::NoCustomersYet));
        }
        let (low, high) = (*scores.first()?, *scores.last()?);
        let median = scores[scores.len() / 2];
        Some(lang.tf(
            Msg::ScoreSummary,
            &[
                ("low", &lang.number(low)),
                ("median", &lang.number(median)),
                ("high", &lang.number(high)),
            ],
        ))
    };
    let tried = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let save = Action::new_local(move |rules: &Vec<crate::segments::ScoreRule>| {
        let rules = rules.clone();
        async move {
            match state.save_score_rules(rules).await {
                Ok(()) => saved.set(true),
                Err(e) => failure.set(Some(crate::i18n::book_error_text(
                    state.lang.get_untracked(),
                    &e,
                ))),
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        saved.set(false);
        failure.set(None);
        if let Ok(rules) = built.get_untracked() {
            save.dispatch(rules);
        }
    };
    let problems = move || {
        let lang = state.lang.get();
        built.with(|b| match b {
            Err(p) => p
                .iter()
                .map(|p| segment_draft_problem(lang, p))
                .collect::<Vec<_>>(),
            Ok(_) => Vec::new(),
        })
    };
    let keys = move || rules.with(|d| d.conditions.iter().map(|c| c.key).collect::<Vec<_>>());
    view! {
        <section class="segment-builder score-page" aria-labelledby="score-heading">
            <p class="back"><A href=platform::app_href("/segments")>{tr(Msg::AllSegments)}</A></p>
            <h1 id="score-heading">{tr(Msg::CustomerScore)}</h1>
            <p class="muted">{tr(Msg::CustomerScoreIntro)}</p>
            <form on:submit=on_submit novalidate>
                <ul class="conditions">
                    <For each=keys key=|k| *k let:key>
                        <ConditionRow draft=rules key points/>
                    </For>
                </ul>
                <div class="row-actions">
                    <button type="button" on:click=move |_| {
                        let mut d = ScoreDraft { rules: rules.get_untracked(), points: points.get_untracked() };
                        d.add_rule();
                        rules.set(d.rules);
                        points.set(d.points);
                    }>{tr(Msg::AddScoreRule)}</button>
                </div>
                <p class="segment-count" role="status" aria-live="polite">{move || summary().unwrap_or_else(|| state.lang.get().t(Msg::SegmentCounting))}</p>
                <ul class="problems" hidden=move || !tried.get() || built.with(Result::is_ok)>
                    {move || problems().into_iter().map(|p| view! { <li class="error">{p}</li> }).collect_view()}
                </ul>
                {move || failure.get().map(|f| view! { <p class="banner error" role="alert">{f}</p> })}
                {move || saved.get().then(|| view! { <p class="notice" role="status">{tr(Msg::ScoreRulesSaved)}</p> })}
                <div class="actions">
                    <button type="submit" class="primary">{tr(Msg::SaveScoreRules)}</button>
                </div>
            </form>
        </section>
    }
}
