//! The dashboard: how the shop is doing in a chosen period against the one before, as
//! exact figures for the owner's eyes, with the charts below (`dashboard_charts`).

use super::dashboard_charts::{CohortTable, ShareBars, StepCharts};
use super::insights::load_insights;
use crate::analytics::dashboard::{Calendar, Dashboard, Kpis, Period, Satisfaction};
use crate::analytics::rfm::RfmSegment;
use crate::book::backup::Progress;
use crate::domain::Money;
use crate::loyalty::stats::LoyaltyStats;
use crate::i18n::names::segment_msg;
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::state::AppState;
use chrono::Duration;
use leptos::prelude::*;

pub fn period_msg(period: Period) -> Msg {
    match period {
        Period::Week => Msg::PeriodWeek,
        Period::Month => Msg::PeriodMonth,
        Period::Quarter => Msg::PeriodQuarter,
        Period::Year => Msg::PeriodYear,
    }
}

/// A figure's value, shown the same way now and for the period before.
#[derive(Clone, Copy)]
enum Figure {
    Count(f64),
    Money(f64),
    Share(f64),
    Decimal(f64),
}

impl Figure {
    fn amount(self) -> f64 {
        match self {
            Figure::Count(v) | Figure::Money(v) | Figure::Share(v) | Figure::Decimal(v) => v,
        }
    }

    fn text(self, lang: Lang, currency: &crate::domain::Currency) -> String {
        match self {
            Figure::Count(v) => lang.number(v.round() as i64),
            Figure::Money(v) => lang.money(currency, Money(v.round() as i64)),
            Figure::Share(v) => lang.percent(v),
            Figure::Decimal(v) => lang.decimal((v * 10.0).round() / 10.0),
        }
    }
}

/// One card: its name, the figure now and the words comparing it with before.
fn kpi_card(
    lang: Lang,
    currency: &crate::domain::Currency,
    name: Msg,
    now: Option<Figure>,
    before: Option<Figure>,
    note: Option<String>,
) -> impl IntoView {
    let value = now.map_or_else(|| "—".to_owned(), |f| f.text(lang, currency));
    let value_class = match now {
        Some(Figure::Money(_)) => "value money",
        _ => "value",
    };
    let (class, change) = match (now, before) {
        (Some(n), Some(b)) => {
            let shown = b.text(lang, currency);
            if n.text(lang, currency) == shown {
                ("same", lang.t(Msg::KpiSame))
            } else if n.amount() > b.amount() {
                ("up", lang.tf(Msg::KpiUpFrom, &[("before", &shown)]))
            } else {
                ("down", lang.tf(Msg::KpiDownFrom, &[("before", &shown)]))
            }
        }
        _ => ("same", lang.t(Msg::KpiNoBefore)),
    };
    view! {
        <div class="kpi">
            <dt>{lang.t(name)}</dt>
            <dd class=value_class>{value}</dd>
            <dd class=format!("change {class}")>{change}</dd>
            {note.map(|n| view! { <dd class="note">{n}</dd> })}
        </div>
    }
}

fn kpi_cards(lang: Lang, currency: &crate::domain::Currency, now: &Kpis, before: &Kpis) -> impl IntoView {
    fn count(v: usize) -> Option<Figure> {
        Some(Figure::Count(v as f64))
    }
    type Read = fn(&Kpis) -> Option<Figure>;
    let rows: [(Msg, Read); 10] = [
        (Msg::KpiCustomers, |k| count(k.customers)),
        (Msg::KpiNew, |k| count(k.new)),
        (Msg::KpiActive, |k| count(k.active)),
        (Msg::KpiRepeatRate, |k| k.repeat_rate().map(Figure::Share)),
        (Msg::KpiRetention, |k| k.retention_rate().map(Figure::Share)),
        (Msg::KpiChurn, |k| k.churn_rate().map(Figure::Share)),
        (Msg::KpiAverageSpend, |k| k.average_spend().map(Figure::Money)),
        (Msg::KpiVisitsPerCustomer, |k| k.visits_per_customer().map(Figure::Decimal)),
        (Msg::KpiMemberRevenue, |k| Some(Figure::Money(k.member_revenue as f64))),
        (Msg::KpiWalkInRevenue, |k| Some(Figure::Money(k.walk_in_revenue() as f64))),
    ];
    rows.into_iter()
        .map(|(name, figure)| kpi_card(lang, currency, name, figure(now), figure(before), None))
        .collect_view()
}

fn satisfaction_cards(lang: Lang, currency: &crate::domain::Currency, s: &[Satisfaction; 2]) -> impl IntoView {
    let [now, before] = s;
    let responses = |n: usize| lang.tf(Msg::KpiResponses, &[("n", &n)]);
    let csat_note = lang.tf(Msg::KpiSatisfactionNote, &[("responses", &responses(now.csat_responses))]);
    let nps_note = lang.tf(Msg::KpiNpsNote, &[("responses", &responses(now.nps_responses()))]);
    view! {
        {kpi_card(lang, currency, Msg::KpiSatisfaction, now.csat_average().map(Figure::Decimal), before.csat_average().map(Figure::Decimal), Some(csat_note))}
        {kpi_card(lang, currency, Msg::KpiNps, now.nps().map(Figure::Decimal), before.nps().map(Figure::Decimal), Some(nps_note))}
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let period = RwSignal::new(Period::default());
    let done = RwSignal::new(Progress::default());
    let dashboard = load(move || {
        state.sales_version.track();
        state.directory_version.track();
        let chosen = period.get();
        let ready = state.sales_ready.get() && state.book().is_some_and(|b| b.sales_settled());
        async move {
            if !ready {
                return None;
            }
            state.dashboard(chosen, move |p| done.set(p)).await
        }
    });
    let currency = move || state.settings.with(|s| s.loyalty.currency.clone());
    let span = |lang: Lang, d: &Dashboard| {
        let c = &d.calendar;
        let range = |from, to| {
            lang.tf(Msg::ReportPeriod, &[("from", &lang.date(from)), ("to", &lang.date(to))])
        };
        lang.tf(
            Msg::DashboardSpan,
            &[
                ("now", &range(c.firsts[2], c.today)),
                ("before", &range(c.firsts[1], c.firsts[2] - Duration::days(1))),
            ],
        )
    };
    // Every ledger, read once for the points owed and the members by tier.
    let accounts = RwSignal::new(0usize);
    let stats = load(move || {
        state.sales_version.track();
        async move { state.loyalty_stats(move |n| accounts.set(n)).await.ok() }
    });
    view! {
        <section class="dashboard-page" aria-labelledby="dashboard-heading">
            <h1 id="dashboard-heading">{tr(Msg::DashboardHeading)}</h1>
            <div class="field period-choice">
                <label for="dashboard-period">{tr(Msg::DashboardPeriod)}</label>
                <select id="dashboard-period" on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(1);
                    period.set(Period::ALL.get(i).copied().unwrap_or_default());
                }>
                    {Period::ALL.iter().enumerate().map(|(i, p)| view! {
                        <option value=i.to_string() selected=move || period.get() == *p>{tr(period_msg(*p))}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || {
                let lang = state.lang.get();
                match dashboard.get() {
                    None => {
                        let p = done.get();
                        let share = p.done as f64 / p.total.max(1) as f64;
                        view! {
                            <p class="loading" role="status">{lang.tf(Msg::DashboardCounting, &[("percent", &lang.percent(share))])}</p>
                            <progress max="100" value=(share * 100.0).round()></progress>
                        }
                        .into_any()
                    }
                    Some(d) => {
                        let currency = currency();
                        view! {
                            <p class="muted dashboard-span">{span(lang, &d)}</p>
                            <dl class="kpis">
                                {kpi_cards(lang, &currency, &d.current, &d.previous)}
                            </dl>
                            <SlowFigures calendar=d.calendar.clone() stats=stats accounts=accounts/>
                            <h2>{lang.t(Msg::DashboardChartsHeading)}</h2>
                            <StepCharts dashboard=d.clone()/>
                            <CohortTable dashboard=d/>
                        }
                        .into_any()
                    }
                }
            }}
            <TierChart stats=stats/>
            <ModelFigures/>
        </section>
    }
}

/// The figures that need more than the sales in memory: feedback from every timeline
/// and points owed from every ledger. Each shows when read; the rest is there already.
#[component]
fn SlowFigures(
    calendar: Calendar,
    stats: Memo<Option<LoyaltyStats>>,
    accounts: RwSignal<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let read = RwSignal::new(0usize);
    let feedback = load(move || {
        state.directory_version.track();
        let calendar = calendar.clone();
        async move { state.satisfaction(&calendar, move |n| read.set(n)).await.ok() }
    });
    let reading = |name: Msg, text: String| view! {
        <div class="kpi">
            <dt>{tr(name)}</dt>
            <dd class="loading" role="status">{text}</dd>
        </div>
    };
    view! {
        <dl class="kpis">
            {move || {
                let lang = state.lang.get();
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                match feedback.get() {
                    None => reading(Msg::KpiSatisfaction, lang.tf(Msg::DashboardReadingFeedback, &[("n", &read.get())])).into_any(),
                    Some(s) => satisfaction_cards(lang, &currency, &s).into_any(),
                }
            }}
            {move || {
                let lang = state.lang.get();
                match stats.get() {
                    None => reading(Msg::KpiLiability, lang.tf(Msg::ReadingAccounts, &[("n", &accounts.get())])).into_any(),
                    Some(s) => view! {
                        <div class="kpi">
                            <dt>{lang.t(Msg::KpiLiability)}</dt>
                            <dd class="value">{lang.number(s.outstanding)}</dd>
                            <dd class="note">{lang.t(Msg::KpiLiabilityNote)}</dd>
                        </div>
                    }.into_any(),
                }
            }}
        </dl>
    }
}

/// Members by tier, from the same reading of the ledgers as the points owed.
#[component]
fn TierChart(stats: Memo<Option<LoyaltyStats>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let s = stats.get()?;
        let tiers = state.settings.with(|p| p.loyalty.tiers.clone());
        let rows: Vec<(String, usize)> = s
            .members_in_tier_order(&tiers)
            .into_iter()
            .map(|(tier, n)| (if tier.is_empty() { lang.t(Msg::NoTier) } else { tier }, n))
            .collect();
        Some(view! { <ShareBars title=Msg::MembersByTier rows=rows/> })
    }
}

/// Average lifetime value and segment sizes, from the insights (worked out if this tab
/// has not yet).
#[component]
fn ModelFigures() -> impl IntoView {
    let state = expect_context::<AppState>();
    let done = RwSignal::new(Progress::default());
    let insights = load_insights(done);
    let average = load(move || {
        let current = insights.get();
        async move {
            let i = current?;
            Some(state.average_value(&i).await)
        }
    });
    view! {
        <h2>{tr(Msg::DashboardModelsHeading)}</h2>
        {move || {
            let lang = state.lang.get();
            let currency = state.settings.with(|s| s.loyalty.currency.clone());
            let Some(i) = insights.get() else {
                let p = done.get();
                let share = p.done as f64 / p.total.max(1) as f64;
                return view! {
                    <p class="loading" role="status">{lang.tf(Msg::InsightsWorking, &[("percent", &lang.percent(share))])}</p>
                }.into_any();
            };
            let value = match average.get() {
                None => lang.t(Msg::KpiWorking),
                Some(None) => lang.t(Msg::KpiNoModel),
                Some(Some(v)) => lang.tf(
                    Msg::KpiAverageValueIs,
                    &[
                        ("value", &lang.money(&currency, Money(v.value.round() as i64))),
                        ("months", &i.options.horizon.months),
                        ("n", &v.customers),
                    ],
                ),
            };
            let sizes = i.segment_sizes();
            let rows: Vec<(String, usize)> = RfmSegment::ALL
                .iter()
                .zip(sizes)
                .map(|(s, n)| (lang.t(segment_msg(*s)), n))
                .collect();
            view! {
                <p class="average-value">{value}</p>
                <ShareBars title=Msg::ChartSegments rows=rows/>
            }.into_any()
        }}
    }
}
