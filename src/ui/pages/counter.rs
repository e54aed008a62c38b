//! At the counter: find the customer (name or phone, one field), type the amount, record
//! the sale. Points are earned there and then; the balance, tier and any reward now
//! available show beside it. Three interactions on a phone: type, tap, type + Enter.

use crate::domain::{CustomerId, PurchaseDraft};
use crate::i18n::{ltr, Msg};
use crate::search::{ListQuery, SortKey};
use crate::ui::app::tr;
use crate::ui::components::date_picker::DatePicker;
use crate::ui::components::loyalty_card::{load_loyalty, LoyaltyCard};
use crate::ui::platform;
use crate::ui::sales_state::sale_error_text;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Matches shown while typing: enough to pick from, few enough to fit a phone.
const MATCHES: usize = 6;

#[derive(Clone, Debug, PartialEq)]
struct Chosen {
    /// `None` for a walk-in sale.
    id: Option<CustomerId>,
    name: String,
}

#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    amount: String,
    earned: i64,
}

#[component]
pub fn CounterPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<Chosen>);
    // `/counter?customer=ID` (from a customer's page) starts with them chosen.
    let query_map = use_query_map();
    if let Some(id) = query_map.with_untracked(|q| q.get("customer")) {
        let id = CustomerId(id);
        let name = state.with_directory(|d| d.get(&id).map(|r| r.name.to_string()));
        if let Some(name) = name {
            chosen.set(Some(Chosen { id: Some(id), name }));
        }
    }
    let customer_id =
        Signal::derive(move || chosen.with(|c| c.as_ref().and_then(|c| c.id.clone())));
    let loyalty = load_loyalty(customer_id);
    let outcome = RwSignal::new(None::<Outcome>);
    let next_sale = move || {
        chosen.set(None);
        outcome.set(None);
    };

    view! {
        <section class="counter" aria-labelledby="counter-heading">
            <h1 id="counter-heading">{tr(Msg::CounterTitle)}</h1>
            {move || match chosen.get() {
                None => view! { <FindCustomer chosen=chosen/> }.into_any(),
                Some(c) => view! {
                    <div class="counter-customer">
                        <h2>{c.name.clone()}</h2>
                        <button type="button" class="link" on:click=move |_| next_sale()>{tr(Msg::ChangeCustomer)}</button>
                    </div>
                    {c.id.clone().map(|id| view! { <LoyaltyCard customer=id loyalty=loyalty/> })}
                    {move || match outcome.get() {
                        // Sales load just after the customer list; a sale waits for them so
                        // tiers by spend and the in-memory takings stay right.
                        None if !state.sales_ready.get() => view! {
                            <p class="loading" role="status">{tr(Msg::SalesLoading)}</p>
                        }
                        .into_any(),
                        None => view! { <SaleForm customer=c.id.clone() outcome=outcome/> }.into_any(),
                        Some(o) => {
                            let lang = state.lang.get();
                            view! {
                                <div class="outcome" role="status">
                                    <p>{lang.tf(Msg::SaleRecorded, &[("amount", &ltr(&o.amount))])}</p>
                                    {(o.earned > 0).then(|| view! {
                                        <p class="earned">{lang.tf(Msg::EarnedPoints, &[("n", &o.earned)])}</p>
                                    })}
                                    <button type="button" class="primary" on:click=move |_| next_sale()>{tr(Msg::NextSale)}</button>
                                </div>
                            }
                            .into_any()
                        }
                    }}
                }
                .into_any(),
            }}
        </section>
    }
}

/// Puts the cursor in `input` as soon as it is on screen: each step starts typing. An
/// Effect, as it acts on the DOM once the element exists.
fn focus_when_drawn(input: NodeRef<html::Input>) {
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
}

#[component]
fn FindCustomer(chosen: RwSignal<Option<Chosen>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let input = NodeRef::<html::Input>::new();
    focus_when_drawn(input);
    let matches = Memo::new(move |_| {
        state.directory_version.track();
        let q = text.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        state.with_directory(|d| {
            let query = ListQuery {
                text: q,
                tag: None,
                sort: SortKey::NameAsc,
            };
            d.query(&query)
                .into_iter()
                .take(MATCHES)
                .filter_map(|i| {
                    d.row(i)
                        .map(|r| (r.id.clone(), r.name.to_string(), r.contact.to_string()))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="find-customer">
            <label for="counter-find">{tr(Msg::FindCustomer)}</label>
            <input id="counter-find" type="search" node_ref=input autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))/>
            <ul class="matches" aria-label=tr(Msg::Matches)>
                {move || matches.get().into_iter().map(|(id, name, contact)| {
                    let pick = Chosen { id: Some(id), name: name.clone() };
                    view! {
                        <li>
                            <button type="button" on:click=move |_| chosen.set(Some(pick.clone()))>
                                <span class="name">{name}</span>
                                <span class="contact" dir="ltr">{crate::domain::phone::display(&contact)}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || !text.with(|t| t.trim().is_empty()) && matches.with(Vec::is_empty)>
                <p class="empty">{move || state.lang.get().tf(Msg::NoMatch, &[("q", &text.get())])}</p>
            </Show>
            <button type="button" class="walk-in" on:click=move |_| {
                let name = state.lang.get_untracked().t(Msg::WalkInName).to_owned();
                chosen.set(Some(Chosen { id: None, name }));
            }>{tr(Msg::WalkIn)}</button>
        </div>
    }
}

#[component]
fn SaleForm(customer: Option<CustomerId>, outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let customer = StoredValue::new(customer);
    let amount = RwSignal::new(String::new());
    let categories = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let when = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let input = NodeRef::<html::Input>::new();
    focus_when_drawn(input);
    let currency = state
        .settings
        .with_untracked(|s| s.loyalty.currency.clone());
    let amount_label = {
        let code = currency.code.clone();
        move || state.lang.get().tf(Msg::Amount, &[("currency", &code)])
    };
    let record = Action::new_local(move |draft: &PurchaseDraft| {
        let (customer, draft, currency) = (customer.get_value(), draft.clone(), currency.clone());
        async move {
            let result = state.record_sale(customer, &draft).await;
            let lang = state.lang.get_untracked();
            match result {
                Ok(sale) => outcome.set(Some(Outcome {
                    amount: lang.money(&currency, sale.purchase.amount),
                    earned: sale.earned,
                })),
                Err(e) => {
                    problem.set(Some(sale_error_text(lang, &e)));
                    platform::focus_first_invalid();
                }
            }
        }
    });
    // A second Enter while the sale is being written must not ring it up twice.
    let busy = record.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        record.dispatch(PurchaseDraft {
            amount: state
                .lang
                .get_untracked()
                .read_number(&amount.get_untracked()),
            categories: categories.get_untracked(),
            note: note.get_untracked(),
            when: when.get_untracked(),
            utc_offset_minutes: platform::utc_offset_minutes(),
            calendar: state.lang.get_untracked().calendar(),
        });
    };
    view! {
        <form class="sale-form" on:submit=submit novalidate>
            <div class="field" class:has-error=move || problem.with(Option::is_some)>
                <label for="sale-amount">{amount_label}</label>
                <input id="sale-amount" type="text" inputmode="decimal" dir="ltr" node_ref=input autocomplete="off"
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    aria-describedby="sale-amount-error"
                    prop:value=move || amount.get()
                    on:input=move |ev| amount.set(event_target_value(&ev))/>
                <p class="error" id="sale-amount-error" hidden=move || problem.with(Option::is_none)>{move || problem.get()}</p>
            </div>
            <details>
                <summary>{tr(Msg::MoreDetails)}</summary>
                <label for="sale-categories">{tr(Msg::PurchaseCategories)}</label>
                <input id="sale-categories" type="text" prop:value=move || categories.get()
                    on:input=move |ev| categories.set(event_target_value(&ev))/>
                <label for="sale-note">{tr(Msg::PurchaseNote)}</label>
                <input id="sale-note" type="text" prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))/>
                <label for="sale-when">{tr(Msg::PurchaseWhen)}</label>
                <input id="sale-when" type=move || state.lang.get().moment_input() prop:value=move || when.get()
                    on:input=move |ev| when.set(event_target_value(&ev))/>
                <Show when=move || !state.lang.get().browser_picks_dates()>
                    <DatePicker value=when with_time=true/>
                </Show>
            </details>
            <button type="submit" class="primary big" disabled=move || busy.get()>{tr(Msg::RecordSale)}</button>
        </form>
    }
}
