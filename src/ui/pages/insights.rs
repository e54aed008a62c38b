//! The insights page: the RFM grid (each square opening its customers), the named
//! segments, the customers slipping away, and the forecasts with how far to trust them.

use super::insights_clusters::CustomerGroups;
use super::insights_models::ModelFacts;
use super::insights_rfm_setup::RfmSetup;
use crate::analytics::rfm::RfmSegment;
use crate::book::backup::Progress;
use crate::domain::{CustomerId, Money};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::insights_state::SharedInsights;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

/// At-risk customers listed.
const AT_RISK_SHOWN: usize = 20;
/// Customers listed under a chosen square.
const CELL_SHOWN: usize = 50;
const DAY_MS: f64 = 86_400_000.0;

pub use crate::i18n::names::segment_msg;

/// The insights, worked out when the page opens and again when sales change.
pub fn load_insights(done: RwSignal<Progress>) -> Memo<Option<SharedInsights>> {
    let state = expect_context::<AppState>();
    // RFM's period or table changed (here or in another tab): worked out again. (A
    // memo, so that other settings saves do not wake this.)
    let rfm = Memo::new(move |_| state.settings.with(|s| s.rfm.clone()));
    load(move || {
        state.sales_version.track();
        // A customer restricted or withdrawn from analytics: worked out again (other
        // saves find the cached insights still good).
        state.directory_version.track();
        // (Read, not just tracked: a memo never read would not follow its source.)
        rfm.with(|_| ());
        // Until every sale is in memory (a demo or a reread under way), wait: the
        // change that ends it bumps the sales version and this runs again.
        let ready = state.sales_ready.get() && state.book().is_some_and(|b| b.sales_settled());
        async move {
            if !ready {
                return None;
            }
            state.insights(move |p| done.set(p)).await
        }
    })
}

#[component]
pub fn InsightsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let done = RwSignal::new(Progress::default());
    let insights = load_insights(done);
    view! {
        <section class="insights-page" aria-labelledby="insights-heading">
            <h1 id="insights-heading">{tr(Msg::InsightsHeading)}</h1>
            // Above the figures, so it stays open while they are worked out again.
            <RfmSetup/>
            {move || match insights.get() {
                None => {
                    let p = done.get();
                    let share = p.done as f64 / p.total.max(1) as f64;
                    view! {
                        <p class="loading" role="status">{state.lang.get().tf(Msg::InsightsWorking, &[("percent", &state.lang.get().percent(share))])}</p>
                        <progress max="100" value=(share * 100.0).round()></progress>
                    }
                    .into_any()
                }
                Some(i) => view! {
                    <RfmGrid insights=i.clone()/>
                    <Segments insights=i.clone()/>
                    <AtRiskList insights=i.clone()/>
                    <CustomerGroups insights=i.clone()/>
                    <ModelFacts insights=i/>
                }
                .into_any(),
            }}
        </section>
    }
}

fn name_of(state: AppState, id: &CustomerId) -> String {
    state.with_directory(|d| d.get(id).map(|c| c.name.to_string()).unwrap_or_default())
}

fn currency(state: AppState) -> crate::domain::money::Currency {
    state
        .settings
        .with_untracked(|s| s.loyalty.currency.clone())
}

#[component]
fn RfmGrid(insights: SharedInsights) -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<(u8, u8)>);
    let lang = state.lang.get_untracked();
    let months = insights.options.window_months;
    let grid = insights.grid.clone();
    let cell_button = move |lang: Lang, r: u8, f: u8| {
        let cell = grid.cells[usize::from(r - 1)][usize::from(f - 1)];
        let money = lang.money(&currency(state), Money(cell.revenue));
        // The name is the visible figures, after the square's scores for screen readers.
        let scores = lang.tf(Msg::RfmCellScores, &[("r", &r), ("f", &f)]);
        let heat = match cell.customers {
            0 => "heat-0",
            n if u64::from(n) * 25 <= u64::from(grid_total(&grid)) => "heat-1",
            n if u64::from(n) * 25 <= 2 * u64::from(grid_total(&grid)) => "heat-2",
            _ => "heat-3",
        };
        view! {
            <td>
                <button type="button" class=format!("rfm-cell {heat}")
                    aria-pressed=move || (chosen.get() == Some((r, f))).to_string()
                    on:click=move |_| chosen.set(Some((r, f)))>
                    <span class="visually-hidden">{scores}" "</span>
                    <span class="figure">{lang.number(cell.customers)}</span>
                    <span class="visually-hidden">", "</span>
                    <span class="revenue" dir="ltr">{money.clone()}</span>
                </button>
            </td>
        }
    };
    let cells = insights.clone();
    view! {
        <h2>{tr(Msg::RfmHeading)}</h2>
        <p class="muted">{lang.tf(Msg::RfmExplain, &[("months", &months)])}</p>
        <table class="rfm-grid">
            <caption class="visually-hidden">{lang.t(Msg::RfmCaption)}</caption>
            <thead>
                <tr>
                    <td></td>
                    // The score alone is shown (a phone has no room for the word); readers hear both.
                    {(1..=5u8).map(|f| view! {
                        <th scope="col">
                            <span class="visually-hidden">{lang.tf(Msg::RfmFrequencyScore, &[("f", &f)])}</span>
                            <span aria-hidden="true">{lang.number(f)}</span>
                        </th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {(1..=5u8).rev().map(|r| view! {
                    <tr>
                        <th scope="row">
                            <span class="visually-hidden">{lang.tf(Msg::RfmRecencyScore, &[("r", &r)])}</span>
                            <span aria-hidden="true">{lang.number(r)}</span>
                        </th>
                        {(1..=5u8).map(|f| cell_button(lang, r, f)).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {move || chosen.get().map(|(r, f)| {
            let lang = state.lang.get();
            let ids = cells.in_cell(r, f);
            let more = ids.len().saturating_sub(CELL_SHOWN);
            view! {
                <h3 id="rfm-cell-heading" tabindex="-1">{lang.tf(Msg::RfmCellCustomers, &[("r", &r), ("f", &f), ("count", &ids.len())])}</h3>
                <ul class="plain-list">
                    {ids.into_iter().take(CELL_SHOWN).map(|id| view! {
                        <li><A href=platform::app_href(&format!("/customers/{id}"))>{name_of(state, &id)}</A></li>
                    }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p class="muted">{lang.tf(Msg::AndMore, &[("n", &more)])}</p> })}
            }
        })}
    }
}

fn grid_total(grid: &crate::analytics::rfm::RfmGrid) -> u32 {
    grid.cells
        .iter()
        .flatten()
        .map(|c| c.customers)
        .sum::<u32>()
        .max(1)
}

#[component]
fn Segments(insights: SharedInsights) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let rows: Vec<(RfmSegment, usize)> = RfmSegment::ALL
        .into_iter()
        .zip(insights.segment_sizes())
        .collect();
    view! {
        <h2>{tr(Msg::SegmentsHeading)}</h2>
        <table class="simple">
            <tbody>
                {rows.into_iter().map(|(s, n)| view! {
                    <tr><th scope="row">{lang.t(segment_msg(s))}</th><td>{lang.number(n)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn AtRiskList(insights: SharedInsights) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let now = platform::now_ms();
    let months = insights.options.horizon.months;
    let list: Vec<_> = insights
        .at_risk()
        .iter()
        .take(AT_RISK_SHOWN)
        .cloned()
        .collect();
    let total = insights.at_risk().len();
    view! {
        <h2>{tr(Msg::AtRiskHeading)}</h2>
        <p class="muted">{lang.tf(Msg::AtRiskExplain, &[("months", &months)])}</p>
        {if list.is_empty() {
            view! { <p class="empty">{lang.t(Msg::AtRiskNone)}</p> }.into_any()
        } else {
            view! {
                // Wider than a phone: it scrolls sideways within its own region.
                <div class="table-scroll" role="region" tabindex="0" aria-label=lang.t(Msg::AtRiskHeading)>
                <table class="simple at-risk">
                    <thead><tr>
                        <th scope="col">{lang.t(Msg::ColCustomer)}</th>
                        <th scope="col">{lang.t(Msg::ColWhy)}</th>
                        <th scope="col">{lang.t(Msg::ColStillCustomer)}</th>
                        <th scope="col">{lang.t(Msg::ColValueAtRisk)}</th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().map(|r| {
                            let days = ((now - r.last_purchase_ms) as f64 / DAY_MS).floor() as i64;
                            let why = lang.tf(Msg::AtRiskWhy, &[
                                ("last", &lang.days_from_today(-days)),
                                ("days", &lang.number(r.usual_interval_days.round() as i64)),
                            ]);
                            view! {
                                <tr>
                                    <th scope="row"><A href=platform::app_href(&format!("/customers/{}", r.id))>{name_of(state, &r.id)}</A></th>
                                    <td>{why}</td>
                                    <td>{lang.percent(r.p_alive)}</td>
                                    <td dir="ltr">{lang.money(&currency(state), Money(r.value_at_risk.round() as i64))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                {(total > AT_RISK_SHOWN).then(|| view! { <p class="muted">{lang.tf(Msg::AndMore, &[("n", &(total - AT_RISK_SHOWN))])}</p> })}
            }
            .into_any()
        }}
    }
}
