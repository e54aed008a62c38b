//! The customer page: who they are, their points and purchases, and their timeline.

use super::customer_privacy::CustomerPrivacy;
use super::customer_sales::CustomerSales;
use super::timeline::Timeline;
use crate::domain::phone;
use crate::domain::{Customer, CustomerId};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::components::customer_outlook::CustomerOutlook;
use crate::ui::components::loyalty_card::load_loyalty;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// `None` while loading, `Some(None)` when there is no such customer.
pub type Loaded = Memo<Option<Option<Customer>>>;

pub fn use_customer_id() -> Memo<CustomerId> {
    let params = use_params_map();
    Memo::new(move |_| CustomerId(params.with(|p| p.get("id").unwrap_or_default())))
}

/// Loads the customer named in the route, again whenever the directory changes (an
/// edit here or in another tab). A failed read (the book closing, say) keeps what is
/// shown.
pub fn load_customer(id: Memo<CustomerId>) -> Loaded {
    let state = expect_context::<AppState>();
    load(move || {
        state.directory_version.track();
        let id = id.get();
        async move { state.customer(&id).await.ok() }
    })
}

#[component]
pub fn CustomerPage() -> impl IntoView {
    let id = use_customer_id();
    let customer = load_customer(id);
    // Drawn once per customer: a change to them (consent recorded, another tab's edit)
    // redraws what shows it, not the whole page, so the focus stays where it was.
    let shown =
        Memo::new(move |_| customer.with(|c| c.as_ref().map(|c| c.as_ref().map(|c| c.id.clone()))));
    move || match shown.get() {
        None => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        Some(None) => view! {
            <p class="empty">{tr(Msg::NotFound)}</p>
            <A href=platform::app_href("/")>{tr(Msg::BackToList)}</A>
        }
        .into_any(),
        Some(Some(_)) => view! { <CustomerDetails loaded=customer/> }.into_any(),
    }
}

#[component]
fn CustomerDetails(loaded: Loaded) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(customer) = loaded.get_untracked().flatten() else {
        return ().into_any();
    };
    let person = Memo::new(move |_| loaded.get().flatten());
    let navigate = use_navigate();
    let name = customer.display_name();
    let id = customer.id.clone();
    let loyalty = load_loyalty(Signal::stored(Some(id.clone())));
    // Deleting rewrites the purchase chunks that name them: it can take a moment.
    let delete = Action::new_local(move |id: &CustomerId| {
        let (id, navigate) = (id.clone(), navigate.clone());
        async move {
            match state.delete_customers(vec![id]).await {
                Ok(()) => {
                    // Resolved, "/" would become "/karibu": outside the service worker's "/karibu/".
                    let options = leptos_router::NavigateOptions {
                        resolve: false,
                        ..Default::default()
                    };
                    navigate(&platform::app_href("/"), options);
                }
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let deleting = delete.pending();
    let ask_delete = {
        let (name, id) = (name.clone(), id.clone());
        move |_| {
            let lang = state.lang.get_untracked();
            let balance = loyalty.with_untracked(|l| l.as_ref().map_or(0, |l| l.account.balance()));
            // A balance is owed to the customer: say it goes, with its history.
            let question = if balance > 0 {
                lang.tf(
                    Msg::ConfirmDeleteWithPoints,
                    &[("name", &name), ("points", &balance)],
                )
            } else {
                lang.tf(Msg::ConfirmDelete, &[("name", &name)])
            };
            if platform::confirm(&question) {
                delete.dispatch(id.clone());
            }
        }
    };
    let created_ms = customer.created_ms;
    let lang = move || state.lang.get();
    view! {
        <article class="customer-page" aria-labelledby="customer-name">
            <div class="page-head">
                <span class="avatar large" aria-hidden="true">{customer.initials()}</span>
                <div class="grow">
                    <h1 id="customer-name">{move || person.with(|c| c.as_ref().map(Customer::display_name))}</h1>
                    <p class="muted">{move || lang().tf(Msg::Created, &[("date", &lang().date_time(created_ms))])}</p>
                </div>
                <A href=platform::app_href(&format!("/customers/{}/edit", customer.id)) attr:class="button">{tr(Msg::Edit)}</A>
                <button type="button" class="danger" on:click=ask_delete disabled=move || deleting.get()>{tr(Msg::Delete)}</button>
                <Show when=move || deleting.get()>
                    <p class="loading" role="status">{tr(Msg::Deleting)}</p>
                </Show>
            </div>
            {move || person.get().map(|c| view! { <Facts customer=c/> })}
            // The timeline is what the counter reads most; sales and points follow it.
            <Timeline customer=id.clone()/>
            <CustomerSales customer=id.clone() loyalty=loyalty/>
            <CustomerOutlook customer=id.clone() name=name/>
            <CustomerPrivacy customer=id loaded/>
        </article>
    }
    .into_any()
}

/// What the book knows of the customer, as a list of facts.
#[component]
fn Facts(customer: Customer) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let custom_rows = state.settings.with_untracked(|s| {
        s.custom_fields
            .iter()
            .filter_map(|def| {
                customer
                    .custom
                    .get(&def.key)
                    .map(|v| (def.label.clone(), v.to_form_text()))
            })
            .collect::<Vec<_>>()
    });
    view! {
            <dl class="facts">
                {customer.phones.iter().map(|p| view! {
                    <dt>{tr(Msg::Phone)}</dt>
                    <dd><a href=format!("tel:{p}") dir="ltr">{phone::display(p)}</a></dd>
                }).collect_view()}
                {customer.emails.iter().map(|e| view! {
                    <dt>{tr(Msg::Email)}</dt>
                    <dd><a href=format!("mailto:{e}") dir="ltr">{e.clone()}</a></dd>
                }).collect_view()}
                {(!customer.address.is_empty()).then(|| view! { <dt>{tr(Msg::Address)}</dt><dd>{customer.address.clone()}</dd> })}
                {customer.birthday.map(|b| view! { <dt>{tr(Msg::Birthday)}</dt><dd>{move || lang().birthday(b)}</dd> })}
                {(!customer.language.is_empty()).then(|| view! { <dt>{tr(Msg::Language)}</dt><dd>{let code = customer.language.clone(); move || lang().language_name(&code)}</dd> })}
                {(!customer.about.is_empty()).then(|| view! { <dt>{tr(Msg::AboutShort)}</dt><dd>{customer.about.clone()}</dd> })}
                {(!customer.tags.is_empty()).then(|| view! {
                    <dt>{tr(Msg::Tags)}</dt>
                    <dd>{customer.tags.iter().map(|t| view! { <span class="chip">{t.clone()}</span> }).collect_view()}</dd>
                })}
                {custom_rows.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
    }
}
