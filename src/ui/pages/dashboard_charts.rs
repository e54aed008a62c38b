//! The dashboard's charts, as plain SVG drawn here (no chart script, nothing inline for
//! the CSP to refuse: geometry in attributes, colours in the stylesheet). Each picture
//! is hidden from screen readers and has its table beside it: the figures over the
//! period under "Show as a table", the cohorts and the shares as tables themselves.

use crate::analytics::dashboard::{Dashboard, Step, StepFigures, COHORT_MONTHS};
use crate::domain::Money;
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Chart geometry, in the SVG's own units: drawn about as wide as shown, so its words
/// stay readable whatever the number of steps.
const CHART_WIDTH: f64 = 360.0;
const CHART_HEIGHT: f64 = 110.0;
const LABEL_ROOM: f64 = 18.0;

fn step_label(lang: Lang, step: Step, s: &StepFigures) -> String {
    use chrono::Datelike;
    match step {
        Step::Day => lang.date(s.first_day),
        Step::Week => lang.tf(Msg::ChartWeekOf, &[("date", &lang.date(s.first_day))]),
        Step::Month => lang.month(s.first_day.year(), s.first_day.month()),
    }
}

/// Bars, one a step, each one or two stacked values; the highest figure written above
/// and the first and last steps named below.
fn step_bars(
    stacks: &[(f64, f64)],
    classes: (&'static str, &'static str),
    peak_text: String,
    first: String,
    last: String,
) -> impl IntoView {
    let peak = stacks
        .iter()
        .map(|(a, b)| a + b)
        .fold(0.0, f64::max)
        .max(1.0);
    let height = |v: f64| (v / peak * CHART_HEIGHT).max(0.0);
    let width = CHART_WIDTH;
    let step = CHART_WIDTH / stacks.len().max(1) as f64;
    let gap = (step * 0.2).min(4.0);
    let bottom = LABEL_ROOM + CHART_HEIGHT;
    let bars = stacks
        .iter()
        .enumerate()
        .map(|(i, (low, high))| {
            let x = i as f64 * step + gap / 2.0;
            let (h1, h2) = (height(*low), height(*high));
            view! {
                <rect class=classes.0 x=x y=bottom - h1 width=step - gap height=h1></rect>
                <rect class=classes.1 x=x y=bottom - h1 - h2 width=step - gap height=h2></rect>
            }
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {width} {}", bottom + LABEL_ROOM) aria-hidden="true" focusable="false" dir="ltr">
            <line class="axis" x1="0" y1=bottom x2=width y2=bottom></line>
            <text x="2" y="12">{peak_text}</text>
            {bars}
            <text x="2" y=bottom + 14.0>{first}</text>
            <text x=width - 2.0 y=bottom + 14.0 text-anchor="end">{last}</text>
        </svg>
    }
}

#[component]
pub fn StepCharts(dashboard: Dashboard) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let currency = state
        .settings
        .with_untracked(|s| s.loyalty.currency.clone());
    let step = dashboard.calendar.period.step();
    let steps = dashboard.steps;
    let label = |i: usize| {
        steps
            .get(i)
            .map(|s| step_label(lang, step, s))
            .unwrap_or_default()
    };
    let (first, last) = (label(0), label(steps.len().saturating_sub(1)));
    let money = |v: i64| lang.money(&currency, Money(v));
    let peak = |values: Vec<f64>| values.into_iter().fold(0.0, f64::max);
    let revenue: Vec<(f64, f64)> = steps.iter().map(|s| (s.revenue as f64, 0.0)).collect();
    let visits: Vec<(f64, f64)> = steps.iter().map(|s| (s.visits as f64, 0.0)).collect();
    let people: Vec<(f64, f64)> = steps
        .iter()
        .map(|s| (s.returning as f64, s.new as f64))
        .collect();
    let top_revenue = money(peak(revenue.iter().map(|v| v.0).collect()).round() as i64);
    let top_visits = lang.number(peak(visits.iter().map(|v| v.0).collect()) as i64);
    let top_people = lang.number(peak(people.iter().map(|v| v.0 + v.1).collect()) as i64);
    let when = match step {
        Step::Day => Msg::ChartColDay,
        Step::Week => Msg::ChartColWeek,
        Step::Month => Msg::Month,
    };
    view! {
        <div class="charts">
            <figure class="chart">
                <figcaption>{lang.t(Msg::ChartTakings)}</figcaption>
                {step_bars(&revenue, ("takings", "takings"), top_revenue, first.clone(), last.clone())}
            </figure>
            <figure class="chart">
                <figcaption>{lang.t(Msg::ChartVisits)}</figcaption>
                {step_bars(&visits, ("visits", "visits"), top_visits, first.clone(), last.clone())}
            </figure>
            <figure class="chart">
                <figcaption>
                    {lang.t(Msg::ChartNewReturning)}" "
                    <span class="key returning"></span>{lang.t(Msg::ChartReturning)}" "
                    <span class="key new"></span>{lang.t(Msg::ChartNew)}
                </figcaption>
                {step_bars(&people, ("returning", "new"), top_people, first, last)}
            </figure>
        </div>
        <details class="chart-table">
            <summary>{lang.t(Msg::ChartAsTable)}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=lang.t(Msg::ChartStepsCaption)>
                <table class="simple">
                    <caption>{lang.t(Msg::ChartStepsCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{lang.t(when)}</th>
                        <th scope="col">{lang.t(Msg::ChartTakings)}</th>
                        <th scope="col">{lang.t(Msg::ChartVisits)}</th>
                        <th scope="col">{lang.t(Msg::ChartNew)}</th>
                        <th scope="col">{lang.t(Msg::ChartReturning)}</th>
                    </tr></thead>
                    <tbody>
                        {steps.iter().map(|s| view! {
                            <tr>
                                <th scope="row">{step_label(lang, step, s)}</th>
                                <td>{money(s.revenue)}</td>
                                <td>{lang.number(s.visits as i64)}</td>
                                <td>{lang.number(s.new)}</td>
                                <td>{lang.number(s.returning)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// The cohort heatmap is a table: each square's share is its text, its shade a class.
#[component]
pub fn CohortTable(dashboard: Dashboard) -> impl IntoView {
    use chrono::Datelike;
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let shade = |share: f64| format!("heat-{}", ((share * 5.0).ceil() as usize).min(5));
    view! {
        <h3>{lang.t(Msg::ChartCohorts)}</h3>
        <p class="muted">{lang.t(Msg::ChartCohortExplain)}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=lang.t(Msg::ChartCohorts)>
            <table class="cohorts">
                <thead><tr>
                    <th scope="col">{lang.t(Msg::ChartCohortFirst)}</th>
                    <th scope="col">{lang.t(Msg::ColCustomers)}</th>
                    {(1..COHORT_MONTHS).map(|n| view! {
                        <th scope="col">{lang.tf(Msg::ChartMonthsLater, &[("n", &n)])}</th>
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {dashboard.cohorts.iter().map(|c| {
                        let later = (1..COHORT_MONTHS).map(|k| match c.retention(k) {
                            Some(share) => view! { <td class=shade(share)>{lang.percent(share)}</td> }.into_any(),
                            None => view! { <td class="none"></td> }.into_any(),
                        }).collect_view();
                        view! {
                            <tr>
                                <th scope="row">{lang.month(c.first_day.year(), c.first_day.month())}</th>
                                <td>{lang.number(c.size())}</td>
                                {later}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Shares of a whole as a table with a bar in each row.
#[component]
pub fn ShareBars(title: Msg, rows: Vec<(String, usize)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let total: usize = rows.iter().map(|(_, n)| n).sum();
    let peak = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    view! {
        <h3>{tr(title)}</h3>
        <table class="share-bars">
            <caption class="visually-hidden">{tr(title)}</caption>
            <thead><tr>
                <th scope="col">{lang.t(Msg::ReportColGroup)}</th>
                <th scope="col">{lang.t(Msg::ColCustomers)}</th>
                <th scope="col">{lang.t(Msg::ChartShare)}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(name, n)| {
                    let share = if total == 0 { 0.0 } else { n as f64 / total as f64 };
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="figure">{lang.number(n)}</td>
                            <td class="bar-cell">
                                <div class="bar-line">
                                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                        <rect x="0" y="0" width={n as f64 * 100.0 / peak as f64} height="10"></rect>
                                    </svg>
                                    <span>{lang.percent(share)}</span>
                                </div>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
