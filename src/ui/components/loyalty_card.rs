//! A customer's points at a glance: balance, tier and the way to the next one, the
//! rewards they can have now (each a button) and the next one in reach. Used at the
//! counter and on the customer page; reloads whenever sales or ledgers change.

use crate::domain::CustomerId;
use crate::i18n::{Lang, Msg};
use crate::loyalty::counter::Standing;
use crate::loyalty::TierBasis;
use crate::ui::loading::load;
use crate::ui::sales_state::{sale_error_text, Loyalty};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Loads `customer`'s loyalty, again whenever sales or ledgers change.
pub fn load_loyalty(customer: Signal<Option<CustomerId>>) -> Signal<Option<Loyalty>> {
    let state = expect_context::<AppState>();
    let loaded = load(move || {
        state.sales_version.track();
        let customer = customer.get();
        async move {
            match customer {
                // A walk-in has no points: nothing to show.
                None => Some(None),
                Some(id) => state.told(state.loyalty_of(&id).await).map(Some),
            }
        }
    });
    Signal::derive(move || loaded.get().flatten())
}

fn tier_line(lang: Lang, s: &Standing, currency: &crate::domain::Currency) -> String {
    match &s.next_tier {
        Some((name, needed, _)) => {
            let needed = match s.tier_basis {
                TierBasis::PointsEarned12m => lang.tf(Msg::PointsN, &[("n", &needed)]),
                TierBasis::Spend12m => lang.money(currency, crate::domain::Money(*needed)),
            };
            lang.tf(Msg::ToNextTier, &[("needed", &needed), ("tier", name)])
        }
        None => lang.t(Msg::TopTier).to_owned(),
    }
}

#[component]
pub fn LoyaltyCard(customer: CustomerId, loyalty: Signal<Option<Loyalty>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let customer = StoredValue::new(customer);
    let redeem = Action::new_local(move |(reward, name): &(String, String)| {
        let (id, reward, name) = (customer.get_value(), reward.clone(), name.clone());
        async move {
            let lang = state.lang.get_untracked();
            match state.redeem(&id, &reward).await {
                Ok(()) => (true, lang.tf(Msg::Redeemed, &[("reward", &name)])),
                Err(e) => (false, sale_error_text(lang, &e)),
            }
        }
    });
    // What the last redemption came to: said under the card.
    let message = redeem.value();
    move || {
        let lang = state.lang.get();
        let currency = state.settings.with(|s| s.loyalty.currency.clone());
        let Some(l) = loyalty.get() else {
            return view! { <div class="loyalty-card" aria-busy="true"></div> }.into_any();
        };
        let s = l.standing;
        let pct = s.next_tier.as_ref().map_or(100, |(_, _, p)| *p);
        view! {
            <div class="loyalty-card">
                <p class="balance">
                    <span class="label">{lang.t(Msg::Balance)}</span>
                    <strong data-testid="balance">{lang.tf(Msg::PointsN, &[("n", &s.balance)])}</strong>
                </p>
                <p class="tier">
                    <span class="label">{lang.t(Msg::Tier)}</span>
                    <strong data-testid="tier">{s.tier.clone().unwrap_or_else(|| lang.t(Msg::NoTier).to_owned())}</strong>
                </p>
                <div class="progress" role="progressbar" aria-label=tier_line(lang, &s, &currency)
                    aria-valuemin="0" aria-valuemax="100" aria-valuenow=pct.to_string()>
                    <span style:inline-size=format!("{pct}%")></span>
                </div>
                <p class="muted">{tier_line(lang, &s, &currency)}</p>
                {(!s.rewards_now.is_empty()).then(|| view! {
                    <h3>{lang.t(Msg::RewardsAvailable)}</h3>
                    <ul class="rewards">
                        {s.rewards_now.iter().map(|r| {
                            let (id, name) = (r.id.clone(), r.name.clone());
                            let label = lang.tf(Msg::RedeemReward, &[("reward", &r.name), ("cost", &r.cost)]);
                            view! { <li><button type="button" class="reward" on:click=move |_| { redeem.dispatch((id.clone(), name.clone())); }>{label}</button></li> }
                        }).collect_view()}
                    </ul>
                })}
                {s.next_reward.as_ref().map(|(r, needed)| view! {
                    <p class="muted">{lang.tf(Msg::NextReward, &[("needed", &needed), ("reward", &r.name)])}</p>
                })}
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "error" } role="status">{text}</p>
                })}
            </div>
        }
        .into_any()
    }
}
