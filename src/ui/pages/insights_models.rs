//! How far to trust the forecasts: what the models were fitted on, their parameters,
//! and the holdout check as a chart with its table beside it.

use crate::analytics::clv::{
    HoldoutGroup, ModelsError, HOLDOUT_TOP, MIN_CUSTOMERS, MIN_REPEAT_BUYERS,
};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::insights_state::SharedInsights;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ModelFacts(insights: SharedInsights) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let body = match &insights.models {
        Err(ModelsError::TooFew {
            customers,
            repeat_buyers,
        }) => view! {
            <p class="empty">{lang.tf(Msg::ModelsTooFew, &[
                ("customers", &MIN_CUSTOMERS), ("repeat", &MIN_REPEAT_BUYERS),
                ("have_customers", customers), ("have_repeat", repeat_buyers),
            ])}</p>
        }
        .into_any(),
        Err(ModelsError::DidNotConverge) => {
            view! { <p class="empty">{lang.t(Msg::ModelsNotSettled)}</p> }.into_any()
        }
        Ok(m) => {
            let b = m.bgnbd.model;
            let fitted = lang.tf(
                Msg::ModelsFitted,
                &[
                    ("customers", &m.customers),
                    ("repeat", &m.repeat_buyers),
                    ("date", &lang.date_time(insights.computed_at_ms)),
                ],
            );
            let spend = match m.gamma_gamma {
                Some(g) => format!(
                    "p = {}, q = {}, v = {}",
                    figure(lang, g.model.p),
                    figure(lang, g.model.q),
                    figure(lang, g.model.v)
                ),
                None => lang.t(Msg::SpendModelMissing),
            };
            view! {
                <p>{fitted}</p>
                <dl class="facts">
                    <dt>{lang.t(Msg::VisitsModel)}</dt>
                    <dd dir="ltr">{format!("r = {}, α = {}, a = {}, b = {}", figure(lang, b.r), figure(lang, b.alpha), figure(lang, b.a), figure(lang, b.b))}</dd>
                    <dt>{lang.t(Msg::LogLikelihood)}</dt>
                    <dd dir="ltr">{lang.decimal(m.bgnbd.log_likelihood)}</dd>
                    <dt>{lang.t(Msg::SpendModel)}</dt>
                    <dd dir="ltr">{spend}</dd>
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <h2>{tr(Msg::ModelsHeading)}</h2>
        {body}
        {insights.holdout.clone().map(|h| view! { <HoldoutCheck weeks=h.weeks groups=h.groups/> })}
    }
}

/// A parameter with three significant figures' worth of decimals.
fn figure(lang: Lang, value: f64) -> String {
    lang.decimal((value * 1000.0).round() / 1000.0)
}

/// Chart geometry, in the SVG's own units.
const BAR_STEP: f64 = 60.0;
const CHART_HEIGHT: f64 = 160.0;

#[component]
fn HoldoutCheck(weeks: u32, groups: Vec<HoldoutGroup>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let peak = groups
        .iter()
        .map(|g| g.predicted.max(g.actual))
        .fold(0.0, f64::max)
        .max(0.1);
    let height = |v: f64| (v / peak * CHART_HEIGHT).max(0.0);
    let label = |g: &HoldoutGroup| {
        if g.frequency == HOLDOUT_TOP {
            lang.tf(Msg::HoldoutOrMore, &[("n", &g.frequency)])
        } else {
            lang.number(g.frequency)
        }
    };
    let width = BAR_STEP * groups.len() as f64;
    view! {
        <h3>{lang.tf(Msg::HoldoutHeading, &[("weeks", &weeks)])}</h3>
        <p class="muted">{lang.tf(Msg::HoldoutExplain, &[("weeks", &weeks)])}</p>
        <figure class="holdout-chart">
            // The table below says the same: the picture is hidden from screen readers.
            <svg viewBox=format!("0 0 {width} {}", CHART_HEIGHT + 24.0) aria-hidden="true" focusable="false">
                {groups.iter().enumerate().map(|(i, g)| {
                    let x = i as f64 * BAR_STEP;
                    let (p, a) = (height(g.predicted), height(g.actual));
                    view! {
                        <rect class="predicted" x=x + 10.0 y=CHART_HEIGHT - p width="18" height=p></rect>
                        <rect class="actual" x=x + 30.0 y=CHART_HEIGHT - a width="18" height=a></rect>
                        <text x=x + 29.0 y=CHART_HEIGHT + 18.0 text-anchor="middle">{label(g)}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                <span class="key predicted"></span>{lang.t(Msg::HoldoutPredicted)}" "
                <span class="key actual"></span>{lang.t(Msg::HoldoutActual)}
            </figcaption>
        </figure>
        <table class="simple">
            <caption>{lang.t(Msg::HoldoutTableCaption)}</caption>
            <thead><tr>
                <th scope="col">{lang.t(Msg::HoldoutVisitsBefore)}</th>
                <th scope="col">{lang.t(Msg::ColCustomers)}</th>
                <th scope="col">{lang.t(Msg::HoldoutPredicted)}</th>
                <th scope="col">{lang.t(Msg::HoldoutActual)}</th>
            </tr></thead>
            <tbody>
                {groups.iter().map(|g| view! {
                    <tr>
                        <th scope="row">{label(g)}</th>
                        <td>{lang.number(g.customers)}</td>
                        <td>{lang.decimal(g.predicted)}</td>
                        <td>{lang.decimal(g.actual)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
