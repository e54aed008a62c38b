//! Reports to share: the form that asks for one, the year's privacy budget, and every
//! report made, each with its numbers, their ranges in plain words, and its files.

use crate::book::reports::ReportFile;
use crate::i18n::Msg;
use crate::reports::document::{breakdown_msg, metric_msg, Words};
use crate::reports::{Breakdown, Epsilon, Metric, Release, ReportSpec};
use crate::ui::app::tr;
use crate::ui::pages::reports_analyst::AnalystFile;
use crate::ui::platform;
use crate::ui::state::AppState;
use chrono::Datelike;
use leptos::prelude::*;

/// "0,5" or "۰٫۵" typed in the owner's way, as thousandths of ε.
fn read_epsilon(state: AppState, typed: &str) -> Option<Epsilon> {
    let value: f64 = state
        .lang
        .get_untracked()
        .read_number(typed.trim())
        .parse()
        .ok()?;
    (value.is_finite() && value > 0.0 && value <= 100.0)
        .then(|| Epsilon((value * 1000.0).round() as u32))
        .filter(|e| e.0 > 0)
}

fn read_whole(typed: &str) -> Option<u32> {
    crate::domain::digits::ascii_digits(typed.trim())
        .parse()
        .ok()
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let releases = Memo::new(move |_| state.settings.with(|s| s.privacy_reports.releases.clone()));
    view! {
        <section class="reports-page" aria-labelledby="reports-heading">
            <h1 id="reports-heading">{tr(Msg::ReportsHeading)}</h1>
            <p class="muted">{tr(Msg::ReportsIntro)}</p>
            <ReportForm/>
            <Budget/>
            <AnalystFile/>
            <h2>{tr(Msg::ReportsMade)}</h2>
            <Show when=move || releases.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::ReportsNone)}</p>
            </Show>
            <ul class="cards reports">
                <For each=move || releases.get().into_iter().rev() key=|r| r.number let:release>
                    <ReleaseCard release/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ReportForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let this_year = platform::today().year();
    let metric = RwSignal::new(Metric::Customers);
    let breakdown = RwSignal::new(Breakdown::Month);
    let lang = state.lang.get_untracked();
    let year = RwSignal::new(lang.digits(&this_year.to_string()));
    let first = RwSignal::new(1u32);
    let last = RwSignal::new(12u32);
    let epsilon = RwSignal::new(lang.number(1));
    let smallest = RwSignal::new(lang.number(crate::reports::spec::DEFAULT_SMALLEST_GROUP));
    let max_visits = RwSignal::new(lang.number(10));
    let max_spend = RwSignal::new(String::new());
    let confidence = RwSignal::new(95u8);
    let problem = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let currency = move || state.settings.with(|s| s.loyalty.currency.clone());
    let year_number = move || read_whole(&year.get()).map_or(this_year, |y| y as i32);

    let make = Action::new_local(move |_: &()| async move {
        let lang = state.lang.get_untracked();
        problem.set(String::new());
        let mut spec = ReportSpec::new(
            metric.get_untracked(),
            breakdown.get_untracked(),
            year_number(),
        );
        spec.first_month = first.get_untracked();
        spec.last_month = last.get_untracked();
        spec.confidence = confidence.get_untracked();
        spec.epsilon = read_epsilon(state, &epsilon.get_untracked()).unwrap_or(Epsilon(0));
        spec.smallest_group = read_whole(&smallest.get_untracked()).unwrap_or(0);
        spec.max_visits = read_whole(&max_visits.get_untracked()).unwrap_or(0);
        let typed_spend = max_spend.get_untracked();
        if !typed_spend.trim().is_empty() {
            spec.max_spend = currency()
                .parse(&lang.read_number(&typed_spend))
                .map_or(0, |m| m.0);
        }
        status.set(lang.t(Msg::ReportMaking));
        let made = state.make_report(spec, |_| {}).await;
        match made {
            Ok(r) => status.set(lang.tf(Msg::ReportMade, &[("n", &lang.number(r.number))])),
            Err(e) => {
                status.set(String::new());
                problem.set(crate::i18n::book_error_text(lang, &e));
            }
        }
    });

    let left = move || {
        let lang = state.lang.get();
        let y = year_number();
        state.settings.with(|s| {
            let ledger = &s.privacy_reports;
            lang.tf(
                Msg::ReportBudgetLeft,
                &[
                    ("year", &lang.digits(&y.to_string())),
                    ("left", &lang.decimal(ledger.left(y).as_f64())),
                    ("budget", &lang.decimal(ledger.yearly_budget.as_f64())),
                ],
            )
        })
    };
    let month_options = move |chosen: RwSignal<u32>| {
        let lang = state.lang.get();
        let y = year_number();
        (1..=12u32)
            .map(|m| view! { <option value=m.to_string() selected=move || chosen.get() == m>{lang.month(y, m)}</option> })
            .collect_view()
    };
    let money_cap = move || metric.get().is_money();
    view! {
        <form class="report-form card" novalidate on:submit=move |ev| {
            ev.prevent_default();
            if !make.pending().get_untracked() { make.dispatch(()); }
        }>
            <p class="budget-left" role="status">{left}</p>
            <div class="report-grid">
                <div class="field">
                    <label for="report-metric">{tr(Msg::ReportMetric)}</label>
                    <select id="report-metric" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        metric.set(Metric::ALL.get(i).copied().unwrap_or(Metric::Customers));
                    }>
                        {Metric::ALL.iter().enumerate().map(|(i, m)| view! {
                            <option value=i.to_string() selected=move || metric.get() == *m>{tr(metric_msg(*m))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="report-breakdown">{tr(Msg::ReportBreakdown)}</label>
                    <select id="report-breakdown" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        breakdown.set(Breakdown::ALL.get(i).copied().unwrap_or(Breakdown::Month));
                    }>
                        {Breakdown::ALL.iter().enumerate().map(|(i, b)| view! {
                            <option value=i.to_string() selected=move || breakdown.get() == *b>{tr(breakdown_msg(*b))}</option>
                        }).collect_view()}
                    </select>
                    <Show when=move || breakdown.get() == Breakdown::Segment>
                        <p class="hint">{tr(Msg::ReportSegmentHint)}</p>
                    </Show>
                </div>
                <div class="field">
                    <label for="report-year">{tr(Msg::ReportYear)}</label>
                    <input id="report-year" type="text" inputmode="numeric" autocomplete="off" size="6"
                        prop:value=move || year.get() on:input=move |ev| year.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="report-first">{tr(Msg::ReportFirstMonth)}</label>
                    <select id="report-first" on:change=move |ev| first.set(event_target_value(&ev).parse().unwrap_or(1))>
                        {move || month_options(first)}
                    </select>
                </div>
                <div class="field">
                    <label for="report-last">{tr(Msg::ReportLastMonth)}</label>
                    <select id="report-last" on:change=move |ev| last.set(event_target_value(&ev).parse().unwrap_or(12))>
                        {move || month_options(last)}
                    </select>
                </div>
                <div class="field">
                    <label for="report-epsilon">{tr(Msg::ReportEpsilon)}</label>
                    <input id="report-epsilon" type="text" inputmode="decimal" autocomplete="off" size="6"
                        aria-describedby="report-epsilon-hint"
                        prop:value=move || epsilon.get() on:input=move |ev| epsilon.set(event_target_value(&ev))/>
                    <p class="hint" id="report-epsilon-hint">{tr(Msg::ReportEpsilonHint)}</p>
                </div>
                <div class="field">
                    <label for="report-k">{tr(Msg::ReportSmallestGroup)}</label>
                    <input id="report-k" type="text" inputmode="numeric" autocomplete="off" size="6"
                        prop:value=move || smallest.get() on:input=move |ev| smallest.set(event_target_value(&ev))/>
                </div>
                <Show when=move || metric.get() == Metric::Visits>
                    <div class="field">
                        <label for="report-max-visits">{tr(Msg::ReportMaxVisits)}</label>
                        <input id="report-max-visits" type="text" inputmode="numeric" autocomplete="off" size="6"
                            prop:value=move || max_visits.get() on:input=move |ev| max_visits.set(event_target_value(&ev))/>
                    </div>
                </Show>
                <Show when=money_cap>
                    <div class="field">
                        <label for="report-max-spend">{tr(Msg::ReportMaxSpend)}</label>
                        <input id="report-max-spend" type="text" inputmode="decimal" autocomplete="off" size="10"
                            aria-describedby="report-max-spend-hint"
                            placeholder=move || state.lang.get().money_figure(&currency(), crate::domain::money::Money(ReportSpec::new(Metric::Revenue, Breakdown::Month, 0).max_spend))
                            prop:value=move || max_spend.get() on:input=move |ev| max_spend.set(event_target_value(&ev))/>
                        <p class="hint" id="report-max-spend-hint">{tr(Msg::ReportCapHint)}</p>
                    </div>
                </Show>
                <div class="field">
                    <label for="report-confidence">{tr(Msg::ReportConfidence)}</label>
                    <select id="report-confidence" on:change=move |ev| confidence.set(event_target_value(&ev).parse().unwrap_or(95))>
                        {[90u8, 95, 99].into_iter().map(|c| view! {
                            <option value=c.to_string() selected=move || confidence.get() == c>
                                {move || { let lang = state.lang.get(); lang.tf(Msg::ReportConfidenceChoice, &[("percent", &lang.percent(f64::from(c) / 100.0))]) }}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <button type="submit">{tr(Msg::ReportMake)}</button>
            <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
            <p role="status">{move || status.get()}</p>
        </form>
    }
}

#[component]
fn Budget() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let typed = RwSignal::new(
        lang.decimal(
            state
                .settings
                .with_untracked(|s| s.privacy_reports.yearly_budget.as_f64()),
        ),
    );
    let problem = RwSignal::new(String::new());
    let save = Action::new_local(move |_: &()| async move {
        let lang = state.lang.get_untracked();
        let Some(budget) = read_epsilon(state, &typed.get_untracked()) else {
            problem.set(lang.t(Msg::ReportNeedsEpsilon));
            return;
        };
        problem.set(String::new());
        match state.set_privacy_budget(budget).await {
            Ok(()) => state.say(Msg::ReportBudgetSaved),
            Err(e) => problem.set(crate::i18n::book_error_text(lang, &e)),
        }
    });
    view! {
        <form class="row budget-form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            if !save.pending().get_untracked() { save.dispatch(()); }
        }>
            <div class="field">
                <label for="report-budget">{tr(Msg::ReportYearlyBudget)}</label>
                <input id="report-budget" type="text" inputmode="decimal" autocomplete="off" size="6"
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="quiet">{tr(Msg::ReportSaveBudget)}</button>
        </form>
        <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
    }
}

#[component]
fn ReleaseCard(release: Release) -> impl IntoView {
    let state = expect_context::<AppState>();
    let number = release.number;
    let body = move || {
        let lang = state.lang.get();
        let currency = state.settings.with(|s| s.loyalty.currency.clone());
        let words = Words {
            lang,
            currency: &currency,
        };
        let r = &release;
        let metric = r.spec.metric;
        let heading_id = format!("report-{}", r.number);
        let hidden = lang.tf(
            Msg::ReportHidden,
            &[("k", &lang.number(r.spec.smallest_group))],
        );
        let row = |label: String, estimate: Option<crate::reports::Estimate>| {
            match estimate {
            Some(e) => view! {
                <tr><th scope="row">{label}</th><td>{words.amount(metric, e.value)}</td>
                    <td>{words.range(metric, &e)}</td><td>{words.amount(metric, e.plus_minus())}</td></tr>
            }.into_any(),
            None => view! {
                <tr><th scope="row">{label}</th><td colspan="3" class="muted">{hidden.clone()}</td></tr>
            }.into_any(),
        }
        };
        let rows = r
            .rows
            .iter()
            .map(|x| row(words.label(r.spec.year, &x.label), x.estimate))
            .chain(std::iter::once(row(lang.t(Msg::ReportTotal), r.total)))
            .collect_view();
        let unnamed = (r.unnamed_hidden > 0).then(|| view! {
            <p class="muted">{lang.tf(Msg::ReportUnnamedHidden, &[("n", &r.unnamed_hidden)])}</p>
        });
        let spent = lang.tf(Msg::ReportColSpent, &[]);
        view! {
            <h3 id=heading_id.clone()>{words.title(r)}</h3>
            <p class="muted">{words.period(r)}" · "{spent}" ε "{words.epsilon(r.spec.epsilon)}" · "{lang.date_time(r.made_ms)}</p>
            {words.noise_explained(r).map(|t| view! { <p>{t}</p> })}
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=heading_id>
                <table>
                    <thead><tr>
                        <th scope="col">{lang.t(Msg::ReportColGroup)}</th>
                        <th scope="col">{lang.t(Msg::ReportColValue)}</th>
                        <th scope="col">{lang.t(Msg::ReportColRange)}</th>
                        <th scope="col">{lang.t(Msg::ReportColOffBy)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {unnamed}
        }
    };
    let named = move |msg: Msg| {
        let lang = state.lang.get();
        lang.tf(msg, &[("n", &lang.number(number))])
    };
    view! {
        <li class="card report">
            {body}
            <div class="row">
                <button type="button" on:click=move |_| state.download_report(number, ReportFile::Csv)>
                    {move || named(Msg::ReportDownloadCsv)}
                </button>
                <button type="button" class="quiet" on:click=move |_| state.download_report(number, ReportFile::Printable)>
                    {move || named(Msg::ReportOpenPrintable)}
                </button>
            </div>
        </li>
    }
}
