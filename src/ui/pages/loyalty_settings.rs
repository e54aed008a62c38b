//! The loyalty programme's settings: earn rules, expiry, tiers and the reward catalogue.
//! The form keeps text as typed; `ProgrammeDraft` in the core checks it and names each
//! bad field, shown beside it. Saving moves the programme's version on; entries already
//! in ledgers keep the version they were written under.

use crate::i18n::{programme_problem, Msg};
use crate::loyalty::draft::{
    ProgrammeDraft, ProgrammeErrors, ProgrammeField as F, RewardDraft, TierDraft,
};
use crate::loyalty::Programme;
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One editable row of a list (a tier or a reward). `key` stays put while rows around it
/// come and go, so typing never redraws the list.
#[derive(Clone, Copy)]
struct Row {
    key: u32,
    name: RwSignal<String>,
    number: RwSignal<String>,
    extra: RwSignal<String>,
    active: RwSignal<bool>,
}

impl Row {
    fn new(key: u32, name: &str, number: &str, extra: &str, active: bool) -> Self {
        Self {
            key,
            name: RwSignal::new(name.to_owned()),
            number: RwSignal::new(number.to_owned()),
            extra: RwSignal::new(extra.to_owned()),
            active: RwSignal::new(active),
        }
    }
}

#[component]
pub fn LoyaltySettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let programme = state.programme();
    let d = ProgrammeDraft::from_programme(&programme);
    let text = |s: &str| RwSignal::new(s.to_owned());
    let (points, per_amount, per_visit) =
        (text(&d.points), text(&d.per_amount), text(&d.per_visit));
    let (birthday, bonus) = (text(&d.birthday_pct), text(&d.category_bonus));
    let (expiry, months, basis) = (text(&d.expiry), text(&d.expiry_months), text(&d.tier_basis));
    let next_key = StoredValue::new(1000u32);
    let tiers = RwSignal::new(
        d.tiers
            .iter()
            .enumerate()
            .map(|(i, t)| Row::new(i as u32, &t.name, &t.threshold, &t.multiplier_pct, true))
            .collect::<Vec<_>>(),
    );
    let rewards = RwSignal::new(
        d.rewards
            .iter()
            .enumerate()
            .map(|(i, r)| Row::new(i as u32, &r.name, &r.cost, &r.id, r.active))
            .collect::<Vec<_>>(),
    );
    let errors = RwSignal::new(ProgrammeErrors::new());
    let saved = RwSignal::new(None::<u32>);
    let error_of = move |field: F| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| programme_problem(state.lang.get(), p))
            })
        })
    };
    let label = move |msg: Msg| Signal::derive(move || state.lang.get().t(msg).to_owned());
    let currency = programme.currency.code.clone();

    // Saves a programme checked below, worked out from the one at version `based_on`.
    let store = Action::new_local(move |(new, based_on): &(Programme, u32)| {
        let (new, based_on) = (new.clone(), *based_on);
        async move {
            let version = new.version;
            match state.save_programme(new, based_on).await {
                Ok(()) => saved.set(Some(version)),
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ProgrammeDraft {
            points: points.get_untracked(),
            per_amount: state
                .lang
                .get_untracked()
                .read_number(&per_amount.get_untracked()),
            per_visit: per_visit.get_untracked(),
            birthday_pct: birthday.get_untracked(),
            category_bonus: bonus.get_untracked(),
            expiry: expiry.get_untracked(),
            expiry_months: months.get_untracked(),
            tier_basis: basis.get_untracked(),
            tiers: tiers.with_untracked(|rows| {
                rows.iter()
                    .map(|r| TierDraft {
                        name: r.name.get_untracked(),
                        threshold: state
                            .lang
                            .get_untracked()
                            .read_number(&r.number.get_untracked()),
                        multiplier_pct: r.extra.get_untracked(),
                    })
                    .collect()
            }),
            rewards: rewards.with_untracked(|rows| {
                rows.iter()
                    .map(|r| RewardDraft {
                        id: r.extra.get_untracked(),
                        name: r.name.get_untracked(),
                        cost: r.number.get_untracked(),
                        active: r.active.get_untracked(),
                    })
                    .collect()
            }),
        };
        let old = state.programme();
        match draft.to_programme(&old) {
            Err(e) => {
                errors.set(e);
                saved.set(None);
                platform::focus_first_invalid();
            }
            Ok(new) => {
                errors.set(Vec::new());
                store.dispatch((new, old.version));
            }
        }
    };
    let add_row = move |list: RwSignal<Vec<Row>>, number: &'static str, extra: &'static str| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        list.update(|rows| rows.push(Row::new(key, "", number, extra, true)));
    };
    let position = move |list: RwSignal<Vec<Row>>, key: u32| {
        list.with(|rows| rows.iter().position(|r| r.key == key).unwrap_or(0))
    };

    view! {
        <section class="settings-page loyalty-settings" aria-labelledby="loyalty-settings-heading">
            <h1 id="loyalty-settings-heading">{tr(Msg::LoyaltySettings)}</h1>
            <form on:submit=save novalidate>
                <fieldset>
                    <legend>{tr(Msg::EarnPoints)}</legend>
                    <div class="pair">
                        <TextField id="earn-points".into() label=label(Msg::EarnPoints) value=points error=error_of(F::Points)/>
                        <TextField id="earn-per".into() label=Signal::derive(move || state.lang.get().tf(Msg::PerAmount, &[("currency", &currency)]))
                            value=per_amount error=error_of(F::PerAmount)/>
                    </div>
                    <TextField id="earn-visit".into() label=label(Msg::PerVisit) value=per_visit error=error_of(F::PerVisit)/>
                    <TextField id="earn-birthday".into() label=label(Msg::BirthdayPct) value=birthday error=error_of(F::BirthdayPct)/>
                    <TextField id="earn-bonus".into() label=label(Msg::CategoryBonus) value=bonus error=error_of(F::CategoryBonus)/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::Expiry)}</legend>
                    {[("never", Msg::ExpiryNever), ("inactive", Msg::ExpiryInactive), ("valid", Msg::ExpiryValid)].into_iter().map(|(v, msg)| view! {
                        <label class="check">
                            <input type="radio" name="expiry" value=v prop:checked=move || expiry.get() == v
                                on:change=move |_| expiry.set(v.to_owned())/>
                            <span>{tr(msg)}</span>
                        </label>
                    }).collect_view()}
                    <Show when=move || expiry.get() != "never">
                        <TextField id="expiry-months".into() label=label(Msg::ExpiryMonths) value=months error=error_of(F::ExpiryMonths)/>
                    </Show>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::Tiers)}</legend>
                    <p class="muted">{tr(Msg::TiersHint)}</p>
                    <div class="field">
                        <label for="tier-basis">{tr(Msg::TierBasis)}</label>
                        <select id="tier-basis" on:change=move |ev| basis.set(event_target_value(&ev))>
                            <option value="points" selected=move || basis.get() == "points">{tr(Msg::BasisPoints)}</option>
                            <option value="spend" selected=move || basis.get() == "spend">{tr(Msg::BasisSpend)}</option>
                        </select>
                    </div>
                    <For each=move || tiers.get() key=|r| r.key let:row>
                        {
                            let i = move || position(tiers, row.key);
                            let n = move || state.lang.get().number(i() + 1);
                            view! {
                                <div class="list-row">
                                    <TextField id=format!("tier-name-{}", row.key) label=label(Msg::TierName) value=row.name error=Signal::derive(move || error_of(F::TierName(i())).get())/>
                                    <TextField id=format!("tier-threshold-{}", row.key) label=label(Msg::Threshold) value=row.number error=Signal::derive(move || error_of(F::TierThreshold(i())).get())/>
                                    <TextField id=format!("tier-multiplier-{}", row.key) label=label(Msg::Multiplier) value=row.extra error=Signal::derive(move || error_of(F::TierMultiplier(i())).get())/>
                                    <button type="button" class="link" aria-label=move || state.lang.get().tf(Msg::RemoveTier, &[("n", &n())])
                                        on:click=move |_| tiers.update(|rows| rows.retain(|r| r.key != row.key))>"×"</button>
                                </div>
                            }
                        }
                    </For>
                    <button type="button" on:click=move |_| add_row(tiers, "", "100")>{tr(Msg::AddTier)}</button>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::Rewards)}</legend>
                    <For each=move || rewards.get() key=|r| r.key let:row>
                        {
                            let i = move || position(rewards, row.key);
                            let n = move || state.lang.get().number(i() + 1);
                            view! {
                                <div class="list-row">
                                    <TextField id=format!("reward-name-{}", row.key) label=label(Msg::RewardName) value=row.name error=Signal::derive(move || error_of(F::RewardName(i())).get())/>
                                    <TextField id=format!("reward-cost-{}", row.key) label=label(Msg::RewardCost) value=row.number error=Signal::derive(move || error_of(F::RewardCost(i())).get())/>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=move || row.active.get() on:change=move |ev| row.active.set(event_target_checked(&ev))/>
                                        <span>{tr(Msg::RewardActive)}</span>
                                    </label>
                                    <button type="button" class="link" aria-label=move || state.lang.get().tf(Msg::RemoveReward, &[("n", &n())])
                                        on:click=move |_| rewards.update(|rows| rows.retain(|r| r.key != row.key))>"×"</button>
                                </div>
                            }
                        }
                    </For>
                    <button type="button" on:click=move |_| add_row(rewards, "100", "")>{tr(Msg::AddReward)}</button>
                </fieldset>
                <Show when=move || !errors.with(Vec::is_empty)>
                    <p class="error" role="alert">{tr(Msg::FixProblems)}</p>
                </Show>
                {move || saved.get().map(|v| view! {
                    <p class="notice" role="status">{state.lang.get().tf(Msg::ProgrammeSaved, &[("v", &v)])}</p>
                })}
                <button type="submit" class="primary">{tr(Msg::SaveProgramme)}</button>
            </form>
        </section>
    }
}
