//! Settings: retention rules. Each rule shows what it would remove before it is
//! applied; the automatic ones run once a day when the app opens; every run is logged.

use crate::gdpr::retention::{KeptRule, RetentionRule, MONTHS_RANGE, YEARS_RANGE};
use crate::i18n::names::retention_rule_text;
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn RetentionSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = Memo::new(move |_| state.settings.with(|s| s.retention.rules.clone()));
    let log = move || {
        let lang = state.lang.get();
        state.settings.with(|s| {
            s.retention
                .log
                .iter()
                .rev()
                .take(20)
                .map(|r| {
                    let mut text = lang.tf(
                        Msg::RetentionLogEntry,
                        &[
                            ("date", &lang.date_time(r.at_ms)),
                            ("rule", &retention_rule_text(lang, r.rule)),
                            ("n", &r.affected),
                        ],
                    );
                    if r.automatic {
                        text = format!("{text} {}", lang.t(Msg::RetentionByItself));
                    }
                    text
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="retention-settings" aria-labelledby="retention-heading">
            <h2 id="retention-heading">{tr(Msg::RetentionHeading)}</h2>
            <p>{tr(Msg::RetentionIntro)}</p>
            <Show when=move || rules.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::RetentionNoRules)}</p>
            </Show>
            <ul class="cards">
                <For each=move || rules.get() key=|k| k.id.clone() let:kept>
                    <RuleCard kept/>
                </For>
            </ul>
            <AddRule/>
            <Show when=move || state.settings.with(|s| !s.retention.log.is_empty())>
                <h3>{tr(Msg::RetentionLogHeading)}</h3>
                <ul class="retention-log">{move || log().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </Show>
        </section>
    }
}

/// One rule: preview what it would remove, apply it now, or remove the rule.
#[component]
fn RuleCard(kept: KeptRule) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rule = kept.rule;
    let status = RwSignal::new(String::new());
    let named = move |msg: Msg| {
        let lang = state.lang.get();
        lang.tf(msg, &[("rule", &retention_rule_text(lang, rule))])
    };
    let preview = Action::new_local(move |_: &()| async move {
        status.set(state.lang.get_untracked().t(Msg::RetentionChecking));
        let lang = state.lang.get_untracked();
        match state.retention_preview(rule, |_| {}).await {
            Ok(p) => status.set(lang.tf(Msg::RetentionAffects, &[("n", &p.affected())])),
            Err(e) => status.set(crate::i18n::book_error_text(lang, &e)),
        }
    });
    let apply = Action::new_local(move |_: &()| async move {
        let lang = state.lang.get_untracked();
        let question = lang.tf(
            Msg::RetentionConfirm,
            &[("rule", &retention_rule_text(lang, rule))],
        );
        if !platform::confirm(&question) {
            return;
        }
        let working = |p: crate::book::backup::Progress| {
            let share = p.done as f64 / p.total.max(1) as f64;
            status.set(lang.tf(Msg::RetentionWorking, &[("percent", &lang.percent(share))]));
        };
        working(Default::default());
        match state.apply_retention(rule, working).await {
            Ok(n) => status.set(lang.tf(Msg::RetentionApplied, &[("n", &n)])),
            Err(e) => status.set(crate::i18n::book_error_text(lang, &e)),
        }
    });
    let id = kept.id.clone();
    let remove = Action::new_local(move |_: &()| {
        let id = id.clone();
        async move {
            if let Err(e) = state.remove_retention_rule(&id).await {
                state.tell_failure(&e);
            }
        }
    });
    let busy = move || preview.pending().get_untracked() || apply.pending().get_untracked();
    view! {
        <li class="card retention-rule">
            <p><strong>{move || retention_rule_text(state.lang.get(), rule)}</strong></p>
            {kept.automatic.then(|| view! { <p class="muted">{tr(Msg::RetentionAutomaticNote)}</p> })}
            <div class="row">
                <button type="button" aria-label=move || named(Msg::RetentionPreviewFor)
                    on:click=move |_| if !busy() { preview.dispatch(()); }>{tr(Msg::RetentionPreview)}</button>
                <button type="button" class="danger" aria-label=move || named(Msg::RetentionApplyFor)
                    on:click=move |_| if !busy() { apply.dispatch(()); }>{tr(Msg::RetentionApply)}</button>
                <button type="button" class="quiet" aria-label=move || named(Msg::RetentionRemoveRuleFor)
                    on:click=move |_| if !busy() { remove.dispatch(()); }>{tr(Msg::RetentionRemoveRule)}</button>
            </div>
            <p role="status">{move || status.get()}</p>
        </li>
    }
}

/// The form adding a rule: which kind, how long, and whether it runs by itself.
#[component]
fn AddRule() -> impl IntoView {
    let state = expect_context::<AppState>();
    let inactive = RwSignal::new(true);
    let amount = RwSignal::new(String::from("36"));
    let automatic = RwSignal::new(false);
    let problem = RwSignal::new(String::new());
    let add = Action::new_local(move |_: &()| async move {
        let lang = state.lang.get_untracked();
        let typed = amount.get_untracked();
        let typed = crate::domain::digits::ascii_digits(typed.trim());
        let n: u32 = typed.parse().unwrap_or(0);
        let rule = if inactive.get_untracked() {
            RetentionRule::RemoveInactive { months: n }
        } else {
            RetentionRule::DeleteOldEntries { years: n }
        };
        match state
            .add_retention_rule(rule, automatic.get_untracked())
            .await
        {
            Ok(()) => problem.set(String::new()),
            Err(e) => problem.set(crate::i18n::book_error_text(lang, &e)),
        }
    });
    let on_kind = move |ev: leptos::ev::Event| {
        let to_inactive = event_target_value(&ev) == "inactive";
        inactive.set(to_inactive);
        let start = if to_inactive {
            *MONTHS_RANGE.start() * 6
        } else {
            *YEARS_RANGE.start() * 5
        };
        amount.set(start.to_string());
    };
    view! {
        <form class="add-retention row" novalidate on:submit=move |ev| {
            ev.prevent_default();
            if !add.pending().get_untracked() { add.dispatch(()); }
        }>
            <div class="inline-select">
                <label for="retention-kind">{tr(Msg::RetentionKind)}</label>
                <select id="retention-kind" on:change=on_kind>
                    <option value="inactive" selected=move || inactive.get()>{tr(Msg::RetentionKindInactive)}</option>
                    <option value="entries" selected=move || !inactive.get()>{tr(Msg::RetentionKindOldEntries)}</option>
                </select>
            </div>
            <div class="inline-select">
                <label for="retention-amount">{move || state.lang.get().t(if inactive.get() { Msg::RetentionMonths } else { Msg::RetentionYears })}</label>
                <input id="retention-amount" type="text" inputmode="numeric" autocomplete="off" size="5"
                    prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev))/>
            </div>
            <div class="field check">
                <input id="retention-automatic" type="checkbox" prop:checked=move || automatic.get()
                    on:change=move |ev| automatic.set(event_target_checked(&ev))/>
                <label for="retention-automatic">{tr(Msg::RetentionAutomatic)}</label>
            </div>
            <button type="submit">{tr(Msg::AddRetentionRule)}</button>
        </form>
        <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
    }
}
