//! Settings: language, phone country, custom fields, storage persistence, demo data.
//! The loyalty programme has its own page (`loyalty_settings`).

use crate::domain::draft::parse_tags;
use crate::domain::phone::country_codes;
use crate::domain::{CustomFieldDef, CustomFieldKind};
use crate::i18n::{Lang, Msg};
use crate::store::Settings;
use crate::ui::app::tr;
use crate::ui::pages::backup_settings::BackupSettings;
use crate::ui::pages::lock_settings::AppLockSettings;
use crate::ui::pages::retention_settings::RetentionSettings;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;
use std::rc::Rc;

const FIELD_TYPES: [(&str, Msg); 5] = [
    ("text", Msg::TypeText),
    ("number", Msg::TypeNumber),
    ("date", Msg::TypeDate),
    ("yes_no", Msg::TypeYesNo),
    ("choice", Msg::TypeChoice),
];

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let save = settings_action(|| {});
    let update = move |change: Change| {
        save.dispatch_local(change);
    };
    let on_language = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        update(Rc::new(move |s| {
            s.language = (!v.is_empty()).then(|| v.clone())
        }));
    };
    let on_country = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        update(Rc::new(move |s| {
            s.country = (!v.is_empty()).then(|| v.clone())
        }));
    };
    let on_currency = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let Some((code, exponent)) = crate::domain::money::COMMON_CURRENCIES
            .iter()
            .find(|(c, _)| *c == code)
            .copied()
        else {
            return;
        };
        update(Rc::new(move |s| {
            // Amounts and points per amount are read in this currency: a rule change.
            s.loyalty.currency = crate::domain::Currency {
                code: code.to_owned(),
                exponent,
            };
            s.loyalty.version += 1;
        }));
    };
    let currency = move || state.settings.with(|s| s.loyalty.currency.code.clone());
    let language = move || {
        state
            .settings
            .with(|s| s.language.clone())
            .unwrap_or_default()
    };
    let country = move || {
        state
            .settings
            .with(|s| s.country.clone())
            .unwrap_or_default()
    };

    view! {
        <section class="settings-page" aria-labelledby="settings-heading">
            <h1 id="settings-heading">{tr(Msg::SettingsTitle)}</h1>
            <div class="field">
                <label for="language">{tr(Msg::Language)}</label>
                <select id="language" on:change=on_language>
                    <option value="" selected=move || language().is_empty()>{tr(Msg::FollowBrowser)}</option>
                    {Lang::ALL.iter().map(|l| view! {
                        <option value=l.code() lang=l.code() selected=move || language() == l.code()>{l.native_name()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="country">{tr(Msg::Country)}</label>
                <select id="country" on:change=on_country>
                    <option value="" selected=move || country().is_empty()>{tr(Msg::NoCountry)}</option>
                    {country_codes().map(|c| view! { <option value=c selected=move || country() == c>{c}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="currency">{tr(Msg::Currency)}</label>
                <select id="currency" aria-describedby="currency-hint" on:change=on_currency>
                    {crate::domain::money::COMMON_CURRENCIES.iter().map(|(c, _)| view! {
                        <option value=*c selected=move || currency() == *c>{*c}</option>
                    }).collect_view()}
                </select>
                <p class="hint" id="currency-hint">{tr(Msg::CurrencyHint)}</p>
            </div>
            <p><A href=platform::app_href("/settings/loyalty") attr:class="button">{tr(Msg::LoyaltySettingsLink)}</A></p>
            <p class="row-actions">
                <A href=platform::app_href("/requests") attr:class="button">{tr(Msg::RegisterHeading)}</A>
                <A href=platform::app_href("/records") attr:class="button">{tr(Msg::RecordsHeading)}</A>
            </p>
            <CustomFields/>
            <AppLockSettings/>
            <BackupSettings/>
            <RetentionSettings/>
            <StorageStatus/>
            <DemoData/>
        </section>
    }
}

/// A change to the settings, kept as the closure `AppState::update_settings` applies.
type Change = Rc<dyn Fn(&mut Settings)>;

/// Saves a change to the settings: a refusal is told, a success handed to `saved`.
fn settings_action(saved: impl Fn() + Copy + 'static) -> Action<Change, ()> {
    let state = expect_context::<AppState>();
    Action::new_local(move |change: &Change| {
        let change = change.clone();
        async move {
            match state.update_settings(move |s| change(s)).await {
                Ok(()) => saved(),
                Err(e) => state.tell_failure(&e),
            }
        }
    })
}

#[component]
fn CustomFields() -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = RwSignal::new(String::new());
    let kind = RwSignal::new("text".to_owned());
    let choices = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Msg>);
    let add_field = settings_action(move || {
        label.set(String::new());
        choices.set(String::new());
    });
    let remove_field = settings_action(|| {});
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = label.get_untracked().trim().to_owned();
        let options = parse_tags(&choices.get_untracked());
        let field_kind = match kind.get_untracked().as_str() {
            "number" => CustomFieldKind::Number,
            "date" => CustomFieldKind::Date,
            "yes_no" => CustomFieldKind::YesNo,
            "choice" => CustomFieldKind::Choice(options.clone()),
            _ => CustomFieldKind::Text,
        };
        if name.is_empty() {
            return problem.set(Some(Msg::FieldLabelRequired));
        }
        if matches!(field_kind, CustomFieldKind::Choice(_)) && options.is_empty() {
            return problem.set(Some(Msg::ChoicesRequired));
        }
        problem.set(None);
        let field = CustomFieldDef {
            key: format!("f{}", platform::now_ms()),
            label: name,
            kind: field_kind,
        };
        add_field.dispatch_local(Rc::new(move |s: &mut Settings| {
            s.custom_fields.push(field.clone())
        }));
    };
    let remove = move |key: String| {
        remove_field.dispatch_local(Rc::new(move |s: &mut Settings| {
            s.custom_fields.retain(|f| f.key != key)
        }));
    };
    view! {
        <h2>{tr(Msg::CustomFields)}</h2>
        <ul class="custom-fields">
            {move || state.settings.get().custom_fields.into_iter().map(|f| {
                let lang = state.lang.get();
                let aria = lang.tf(Msg::RemoveField, &[("label", &f.label)]);
                let key = f.key.clone();
                view! {
                    <li>
                        <span>{f.label.clone()}</span>
                        <button type="button" class="quiet" aria-label=aria on:click=move |_| remove(key.clone())>"×"</button>
                    </li>
                }
            }).collect_view()}
        </ul>
        <form class="custom-field-form" on:submit=add>
            <div class="field">
                <label for="field-label">{tr(Msg::FieldLabel)}</label>
                <input id="field-label" type="text" prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="field-type">{tr(Msg::FieldType)}</label>
                <select id="field-type" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {FIELD_TYPES.iter().map(|(v, m)| view! { <option value=*v>{tr(*m)}</option> }).collect_view()}
                </select>
            </div>
            <Show when=move || kind.get() == "choice">
                <div class="field">
                    <label for="field-choices">{tr(Msg::Choices)}</label>
                    <input id="field-choices" type="text" prop:value=move || choices.get() on:input=move |ev| choices.set(event_target_value(&ev))/>
                </div>
            </Show>
            {move || problem.get().map(|m| view! { <p class="error" role="alert">{tr(m)}</p> })}
            <button type="submit">{tr(Msg::AddField)}</button>
        </form>
    }
}

#[component]
fn StorageStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ask = Action::new_local(move |_: &()| async move {
        state
            .persisted
            .set(platform::persistent_storage(true).await)
    });
    view! {
        <h2>{tr(Msg::Storage)}</h2>
        <p role="status" class="storage-status">{move || tr(match state.persisted.get() {
            Some(true) => Msg::PersistGranted,
            Some(false) => Msg::PersistDenied,
            None => Msg::PersistUnknown,
        })()}</p>
        <Show when=move || state.persisted.get() != Some(true)>
            <button type="button" on:click=move |_| { ask.dispatch(()); }>{tr(Msg::AskPersist)}</button>
        </Show>
    }
}

#[component]
fn DemoData() -> impl IntoView {
    let state = expect_context::<AppState>();
    let how_many = RwSignal::new("1000".to_owned());
    let progress = RwSignal::new(None::<(usize, usize)>);
    let day_sales = RwSignal::new(None::<usize>);
    let add_day = Action::new_local(move |_: &()| async move {
        day_sales.set(Some(0));
        if let Ok(n) = state.add_demo_day(move |n| day_sales.set(Some(n))).await {
            day_sales.set(Some(n));
        }
    });
    let load_demo = Action::new_local(move |&total: &usize| async move {
        progress.set(Some((0, total)));
        let loaded = state.load_demo(total, move |done| progress.set(Some((done, total))));
        if let Err(e) = loaded.await {
            state.tell_failure(&e);
        }
    });
    let load = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let total = how_many
            .get_untracked()
            .trim()
            .parse::<usize>()
            .unwrap_or(0)
            .min(1_000_000);
        if total == 0 {
            return;
        }
        load_demo.dispatch(total);
    };
    view! {
        <h2>{tr(Msg::DemoData)}</h2>
        <form class="demo-form" on:submit=load>
            <div class="field">
                <label for="demo-count">{tr(Msg::DemoHowMany)}</label>
                <input id="demo-count" type="number" min="1" max="1000000" inputmode="numeric"
                    prop:value=move || how_many.get() on:input=move |ev| how_many.set(event_target_value(&ev))/>
            </div>
            <button type="submit">{tr(Msg::LoadDemo)}</button>
            {move || progress.get().map(|(done, total)| {
                let lang = state.lang.get();
                view! {
                    <progress max=total value=done></progress>
                    <p role="status">{lang.tf(Msg::DemoProgress, &[("done", &done), ("total", &total)])}</p>
                }
            })}
        </form>
        <button type="button" on:click=move |_| { add_day.dispatch(()); }>{tr(Msg::AddDaySales)}</button>
        {move || day_sales.get().map(|n| {
            let lang = state.lang.get();
            view! { <p role="status">{lang.tf(Msg::DaySalesDone, &[("n", &n)])}</p> }
        })}
    }
}
