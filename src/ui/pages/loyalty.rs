//! The programme's figures for the owner: points issued and redeemed, what is still
//! owed, the redemption rate, members by tier; with sales by month and the best
//! customers by spend beside them.

use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

/// Months of sales shown, newest last.
const MONTHS_SHOWN: usize = 12;
const TOP_CUSTOMERS: usize = 10;

#[component]
pub fn LoyaltyPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Accounts read so far, for the words shown while the figures load.
    let read = RwSignal::new(0usize);
    let stats = load(move || {
        state.sales_version.track();
        async move { state.loyalty_stats(move |n| read.set(n)).await.ok() }
    });
    let months = Memo::new(move |_| {
        state.sales_version.track();
        state.with_sales(|s| {
            let all = &s.revenue;
            let skip = all.len().saturating_sub(MONTHS_SHOWN);
            all.iter()
                .skip(skip)
                .map(|(k, v)| (*k, *v))
                .collect::<Vec<_>>()
        })
    });
    let top = Memo::new(move |_| {
        state.sales_version.track();
        let mut ranked: Vec<(usize, i64, u32)> = state.with_sales(|s| {
            s.summaries
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.spend, s.purchases))
                .collect()
        });
        ranked.sort_by_key(|(_, spend, _)| std::cmp::Reverse(*spend));
        ranked.truncate(TOP_CUSTOMERS);
        state.with_sales(|s| {
            let t = &s.table;
            state.with_directory(|d| {
                ranked
                    .into_iter()
                    .filter_map(|(i, spend, n)| {
                        let id = t.customers().get(i)?.clone();
                        let name = d.get(&id)?.name.to_string();
                        Some((id, name, spend, n))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    view! {
        <section class="loyalty-page" aria-labelledby="loyalty-page-heading">
            <h1 id="loyalty-page-heading">{tr(Msg::ProgrammeFigures)}</h1>
            {move || {
                let lang = state.lang.get();
                match stats.get() {
                    None => view! {
                        <p class="loading" role="status">{lang.tf(Msg::ReadingAccounts, &[("n", &read.get())])}</p>
                    }
                    .into_any(),
                    Some(s) => view! {
                        <dl class="figures">
                            <div><dt>{lang.t(Msg::PointsIssued)}</dt><dd>{lang.number(s.issued)}</dd></div>
                            <div><dt>{lang.t(Msg::PointsRedeemed)}</dt><dd>{lang.number(s.redeemed)}</dd></div>
                            <div><dt>{lang.t(Msg::Outstanding)}</dt><dd>{lang.number(s.outstanding)}</dd></div>
                            <div><dt>{lang.t(Msg::RedemptionRate)}</dt><dd>{lang.percent(s.redemption_rate_pct / 100.0)}</dd></div>
                        </dl>
                        <h2>{lang.t(Msg::MembersByTier)}</h2>
                        <table class="simple">
                            <tbody>
                                {s.members_in_tier_order(&state.settings.with(|p| p.loyalty.tiers.clone())).into_iter().map(|(tier, n)| view! {
                                    <tr>
                                        <th scope="row">{if tier.is_empty() { lang.t(Msg::NoTier).to_owned() } else { tier }}</th>
                                        <td>{lang.number(n)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                }
            }}
            <h2>{tr(Msg::RevenueByMonth)}</h2>
            {move || {
                let lang = state.lang.get();
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                let list = months.get();
                let peak = list.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1);
                view! {
                    <table class="simple months">
                        <thead><tr><th scope="col">{lang.t(Msg::Month)}</th><th scope="col">{lang.t(Msg::Sales)}</th></tr></thead>
                        <tbody>
                            {list.into_iter().map(|((y, m), v)| view! {
                                <tr>
                                    <th scope="row">{lang.month(y, m)}</th>
                                    <td>
                                        <span class="bar-track"><span class="bar" style:inline-size=format!("{}%", v * 100 / peak)></span></span>
                                        <span dir="ltr">{lang.money(&currency, crate::domain::Money(v))}</span>
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }}
            <h2>{tr(Msg::TopCustomers)}</h2>
            <ol class="top-customers">
                {move || {
                    let lang = state.lang.get();
                    let currency = state.settings.with(|s| s.loyalty.currency.clone());
                    top.get().into_iter().map(|(id, name, spend, n)| view! {
                        <li>
                            <A href=crate::ui::platform::app_href(&format!("/customers/{id}"))>{name}</A>
                            " "
                            <span class="muted">{lang.tf(Msg::SpentSummary, &[("count", &n), ("total", &lang.money(&currency, crate::domain::Money(spend)))])}</span>
                        </li>
                    }).collect_view()
                }}
            </ol>
        </section>
    }
}
