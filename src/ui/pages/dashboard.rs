//! The dashboard: how the shop is doing in a chosen period against the one before, as
//! exact figures for the owner's eyes, with the charts below (`dashboard_charts`).

use super::dashboard_charts::{CohortTable, ShareBars, StepCharts};
use super::insights::load_insights;
use crate::analytics::dashboard::{Calendar, Kpis, Period, Satisfaction};
use crate::analytics::rfm::RfmSegment;
use crate::book::backup::Progress;
use crate::domain::{Currency, Money};
use crate::i18n::names::segment_msg;
use crate::i18n::{Lang, Msg};
use crate::loyalty::stats::LoyaltyStats;
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::state::AppState;
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

    fn text(self, lang: Lang, currency: &Currency) -> String {
        match self {
            Figure::Count(v) => lang.number(v.round() as i64),
            Figure::Money(v) => lang.money(currency, Money(v.round() as i64)),
            Figure::Share(v) => lang.percent(v),
            Figure::Decimal(v) => lang.decimal((v * 10.0).round() / 10.0),
        }
    }
}

/// One figure as a card: what it is, now, and before.
struct Card {
    name: Msg,
    now: Option<Figure>,
    before: Option<Figure>,
    /// False where a rise is bad news (churn): the arrow's colour says which.
    higher_is_better: bool,
    note: Option<String>,
}

fn kpi_card(lang: Lang, currency: &Currency, card: Card) -> impl IntoView {
    let value = match card.now {
        Some(f) => view! { <dd class=match f { Figure::Money(_) => "value money", _ => "value" }>{f.text(lang, currency)}</dd> }.into_any(),
        None => view! {
            <dd class="value"><span aria-hidden="true">"—"</span><span class="visually-hidden">{lang.t(Msg::KpiNoFigure)}</span></dd>
        }
        .into_any(),
    };
    let (class, change) = match (card.now, card.before) {
        (Some(n), Some(b)) => {
            let shown = b.text(lang, currency);
            let better = |up: bool| {
                if up == card.higher_is_better {
                    "better"
                } else {
                    "worse"
                }
            };
            if n.text(lang, currency) == shown {
                ("same".to_owned(), lang.t(Msg::KpiSame))
            } else if n.amount() > b.amount() {
                (
                    format!("up {}", better(true)),
                    lang.tf(Msg::KpiUpFrom, &[("before", &shown)]),
                )
            } else {
                (
                    format!("down {}", better(false)),
                    lang.tf(Msg::KpiDownFrom, &[("before", &shown)]),
                )
            }
        }
        _ => ("same".to_owned(), lang.t(Msg::KpiNoBefore)),
    };
    view! {
        <div class="kpi">
            <dt>{lang.t(card.name)}</dt>
            {value}
            <dd class=format!("change {class}")>{change}</dd>
            {card.note.map(|n| view! { <dd class="note">{n}</dd> })}
        </div>
    }
}

fn kpi_cards(lang: Lang, currency: &Currency, now: &Kpis, before: &Kpis) -> impl IntoView {
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
        (Msg::KpiAverageSpend, |k| {
            k.average_spend().map(Figure::Money)
        }),
        (Msg::KpiVisitsPerCustomer, |k| {
            k.visits_per_customer().map(Figure::Decimal)
        }),
        (Msg::KpiMemberRevenue, |k| {
            Some(Figure::Money(k.member_revenue as f64))
        }),
        (Msg::KpiWalkInRevenue, |k| {
            Some(Figure::Money(k.walk_in_revenue() as f64))
        }),
    ];
    rows.into_iter()
        .map(|(name, figure)| {
            let card = Card {
                name,
                now: figure(now),
                before: figure(before),
                higher_is_better: name != Msg::KpiChurn,
                note: None,
            };
            kpi_card(lang, currency, card)
        })
        .collect_view()
}

fn satisfaction_cards(lang: Lang, currency: &Currency, s: &[Satisfaction; 2]) -> impl IntoView {
    let [now, before] = s;
    let responses = |n: usize| lang.tf(Msg::KpiResponses, &[("n", &n)]);
    let csat = Card {
        name: Msg::KpiSatisfaction,
        now: now.csat_average().map(Figure::Decimal),
        before: before.csat_average().map(Figure::Decimal),
        higher_is_better: true,
        note: Some(lang.tf(
            Msg::KpiSatisfactionNote,
            &[("responses", &responses(now.csat_responses))],
        )),
    };
    let nps = Card {
        name: Msg::KpiNps,
        now: now.nps().map(Figure::Decimal),
        before: before.nps().map(Figure::Decimal),
        higher_is_better: true,
        note: Some(lang.tf(
            Msg::KpiNpsNote,
            &[("responses", &responses(now.nps_responses()))],
        )),
    };
    view! { {kpi_card(lang, currency, csat)} {kpi_card(lang, currency, nps)} }
}

/// The words saying how far the counting has come.
fn counting(lang: Lang, p: Progress) -> impl IntoView {
    let share = p.done as f64 / p.total.max(1) as f64;
    let text = lang.tf(Msg::DashboardCounting, &[("percent", &lang.percent(share))]);
    view! {
        <p class="loading" role="status">{text.clone()}</p>
        <progress max="100" value=(share * 100.0).round() aria-label=text></progress>
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
    // The slower parts start once the first figures are shown, so those come first.
    let shown = Memo::new(move |_| dashboard.with(Option::is_some));
    let calendar = Memo::new(move |_| dashboard.with(|d| d.as_ref().map(|d| d.calendar.clone())));
    // Every ledger, read once for the points owed and the members by tier.
    let accounts = RwSignal::new(0usize);
    let stats = load(move || {
        state.sales_version.track();
        async move { state.loyalty_stats(move |n| accounts.set(n)).await.ok() }
    });
    let currency = move || state.settings.with(|s| s.loyalty.currency.clone());
    let span = |lang: Lang, c: &Calendar| {
        let range = |from, to| {
            lang.tf(
                Msg::ReportPeriod,
                &[("from", &lang.date(from)), ("to", &lang.date(to))],
            )
        };
        lang.tf(
            Msg::DashboardSpan,
            &[
                ("now", &range(c.firsts[2], c.lasts[2])),
                ("before", &range(c.firsts[1], c.lasts[1])),
            ],
        )
    };
    let recounting = move || {
        dashboard.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.calendar.period != period.get())
        })
    };
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
            // Another period asked for: the figures shown stay until its own are counted.
            {move || recounting().then(|| counting(state.lang.get(), done.get()))}
            {move || {
                let lang = state.lang.get();
                match dashboard.get() {
                    None => counting(lang, done.get()).into_any(),
                    Some(d) => {
                        let currency = currency();
                        view! {
                            <p class="muted dashboard-span">{span(lang, &d.calendar)}</p>
                            <dl class="kpis">
                                {kpi_cards(lang, &currency, &d.current, &d.previous)}
                            </dl>
                        }
                        .into_any()
                    }
                }
            }}
            <Show when=move || shown.get()>
                <SlowFigures calendar=calendar stats=stats accounts=accounts/>
            </Show>
            {move || dashboard.get().map(|d| view! {
                <h2>{tr(Msg::DashboardChartsHeading)}</h2>
                <StepCharts dashboard=d.clone()/>
                <CohortTable dashboard=d/>
            })}
            <Show when=move || shown.get()>
                <TierChart stats=stats/>
                <ModelFigures/>
            </Show>
        </section>
    }
}

/// The figures that need more than the sales in memory: feedback from every timeline
/// and points owed from every ledger. Each shows when read; the rest is there already.
#[component]
fn SlowFigures(
    calendar: Memo<Option<Calendar>>,
    stats: Memo<Option<LoyaltyStats>>,
    accounts: RwSignal<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let read = RwSignal::new(0usize);
    let feedback = load(move || {
        state.directory_version.track();
        let calendar = calendar.get();
        async move {
            let calendar = calendar?;
            let lang = state.lang.get_untracked();
            Some(
                state
                    .satisfaction(&calendar, move |n| read.set(n))
                    .await
                    .map_err(|e| crate::i18n::book_error_text(lang, &e)),
            )
        }
    });
    let reading = |name: Msg, text: String| {
        view! {
            <div class="kpi">
                <dt>{tr(name)}</dt>
                <dd class="loading"><span role="status">{text}</span></dd>
            </div>
        }
    };
    view! {
        <dl class="kpis">
            {move || {
                let lang = state.lang.get();
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                match feedback.get() {
                    None => reading(Msg::KpiSatisfaction, lang.tf(Msg::DashboardReadingFeedback, &[("n", &read.get())])).into_any(),
                    Some(Err(text)) => reading(Msg::KpiSatisfaction, text).into_any(),
                    Some(Ok(s)) => satisfaction_cards(lang, &currency, &s).into_any(),
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
            .map(|(tier, n)| {
                (
                    if tier.is_empty() {
                        lang.t(Msg::NoTier)
                    } else {
                        tier
                    },
                    n,
                )
            })
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
