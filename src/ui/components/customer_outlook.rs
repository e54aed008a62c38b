//! On a customer's page: their RFM segment and what the models expect of them, in one
//! explained line each.

use crate::book::backup::Progress;
use crate::domain::{CustomerId, Money};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::pages::insights::{load_insights, segment_msg};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn CustomerOutlook(customer: CustomerId, name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let done = RwSignal::new(Progress::default());
    let insights = load_insights(done);
    view! {
        <section class="outlook" aria-labelledby="outlook-heading">
            <h2 id="outlook-heading">{tr(Msg::OutlookHeading)}</h2>
            {move || {
                let lang = state.lang.get();
                let Some(insights) = insights.get() else {
                    return view! { <p class="loading" role="status">{lang.t(Msg::OutlookWorking)}</p> }.into_any();
                };
                let one = insights.of(&customer);
                let months = insights.options.horizon.months;
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                let segment = one.segment.map(|s| view! {
                    <dt>{lang.t(Msg::OutlookSegment)}</dt>
                    <dd>{lang.t(segment_msg(s))}</dd>
                });
                let forecast = one.outlook.map(|o| view! {
                    <dt>{lang.t(Msg::OutlookStillCustomer)}</dt>
                    <dd>{lang.percent(o.p_alive)}</dd>
                    <dt>{lang.tf(Msg::OutlookVisits, &[("months", &months)])}</dt>
                    <dd>{lang.decimal(o.expected_visits)}</dd>
                    {o.value.map(|v| view! {
                        <dt>{lang.tf(Msg::OutlookValue, &[("months", &months)])}</dt>
                        <dd dir="ltr">{lang.money(&currency, Money(v.round() as i64))}</dd>
                    })}
                });
                let note = if one.outlook.is_some() {
                    lang.tf(Msg::OutlookExplain, &[("name", &name)])
                } else {
                    lang.t(Msg::OutlookNoModel)
                };
                view! {
                    <dl class="facts">{segment}{forecast}</dl>
                    <p class="muted">{note}</p>
                }
                .into_any()
            }}
        </section>
    }
}
