//! The groups k-means found among the customers, each described in words with its
//! size and what its customers usually do.

use crate::analytics::clusters::Level;
use crate::book::insights_clusters::{Cluster, MIN_CLUSTERED};
use crate::domain::Money;
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::insights_state::SharedInsights;
use crate::ui::state::AppState;
use leptos::prelude::*;

fn describe(lang: Lang, c: &Cluster) -> String {
    let frequency = lang.t(match c.frequency {
        Level::High => Msg::TraitFrequent,
        Level::Middle => Msg::TraitFrequencyMiddle,
        Level::Low => Msg::TraitOccasional,
    });
    let spend = lang.t(match c.spend {
        Level::High => Msg::TraitHighSpend,
        Level::Middle => Msg::TraitSpendMiddle,
        Level::Low => Msg::TraitLowSpend,
    });
    let recency = lang.t(match c.recency {
        Level::High => Msg::TraitRecent,
        Level::Middle => Msg::TraitRecencyMiddle,
        Level::Low => Msg::TraitLapsed,
    });
    lang.tf(
        Msg::ClusterDescription,
        &[
            ("frequency", &frequency),
            ("spend", &spend),
            ("recency", &recency),
        ],
    )
}

#[component]
pub fn CustomerGroups(insights: SharedInsights) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let currency = state
        .settings
        .with_untracked(|s| s.loyalty.currency.clone());
    let months = insights.options.window_months;
    let body = match &insights.clusters {
        None => {
            view! { <p class="empty">{lang.tf(Msg::ClustersTooFew, &[("n", &MIN_CLUSTERED)])}</p> }
                .into_any()
        }
        Some(groups) => {
            let explain = lang.tf(
                Msg::ClustersExplain,
                &[
                    ("months", &months),
                    ("k", &groups.clusters.len()),
                    (
                        "score",
                        &lang.decimal((groups.silhouette * 100.0).round() / 100.0),
                    ),
                ],
            );
            let rows = groups
                .clusters
                .iter()
                .map(|c| {
                    view! {
                        <tr>
                            <th scope="row">{describe(lang, c)}</th>
                            <td>{lang.number(c.customers)}</td>
                            <td>{lang.decimal((c.mean_visits * 10.0).round() / 10.0)}</td>
                            <td dir="ltr">{lang.money(&currency, Money(c.mean_spend.round() as i64))}</td>
                            <td>{lang.number(c.mean_days_since_visit.round() as i64)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p class="muted">{explain}</p>
                <div class="table-scroll" role="region" tabindex="0" aria-label=lang.t(Msg::ClustersHeading)>
                    <table class="simple clusters">
                        <caption class="visually-hidden">{lang.t(Msg::ClustersCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{lang.t(Msg::ColGroup)}</th>
                            <th scope="col">{lang.t(Msg::ColCustomers)}</th>
                            <th scope="col">{lang.t(Msg::ColMeanVisits)}</th>
                            <th scope="col">{lang.t(Msg::ColMeanSpend)}</th>
                            <th scope="col">{lang.t(Msg::ColMeanDaysSince)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <h2>{tr(Msg::ClustersHeading)}</h2>
        {body}
    }
}
