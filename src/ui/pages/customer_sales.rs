//! The loyalty and purchases part of a customer's page: points card, a link to ring up
//! a sale, manual adjustment with a reason, purchases (void with a reason) and the
//! points history.

use crate::domain::{CustomerId, Purchase, PurchaseDraft};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::components::loyalty_card::LoyaltyCard;
use crate::ui::platform;
use crate::ui::sales_state::{sale_error_text, Loyalty};
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::names::entry_text;

#[component]
pub fn CustomerSales(customer: CustomerId, loyalty: Signal<Option<Loyalty>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(customer.clone());
    let purchases = Memo::new(move |_| {
        state.sales_version.track();
        id.try_get_value()
            .map(|id| state.purchases_of(&id))
            .unwrap_or_default()
    });
    // A regular's history runs to hundreds of rows: the newest first, a page at a time.
    let purchases_shown = RwSignal::new(HISTORY_PAGE);
    let entries_shown = RwSignal::new(HISTORY_PAGE);
    view! {
        <section class="customer-loyalty" aria-labelledby="loyalty-heading">
            <div class="section-head">
                <h2 id="loyalty-heading">{tr(Msg::LoyaltyHeading)}</h2>
                <A href=platform::app_href(&format!("/counter?customer={customer}")) attr:class="button primary">{tr(Msg::RecordSale)}</A>
            </div>
            <LoyaltyCard customer=customer.clone() loyalty=loyalty/>
            <AdjustPoints customer=customer/>
        </section>
        <section class="purchases" aria-labelledby="purchases-heading">
            <h2 id="purchases-heading">{tr(Msg::PurchasesHeading)}</h2>
            {move || {
                let lang = state.lang.get();
                let list = purchases.get();
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                if list.is_empty() {
                    return view! { <p class="empty">{lang.t(Msg::NoPurchases)}</p> }.into_any();
                }
                let counted: Vec<_> = list.iter().filter(|p| p.counts()).collect();
                let total = crate::domain::Money(counted.iter().map(|p| p.amount.0).sum());
                view! {
                    <p class="muted">{lang.tf(Msg::SpentSummary, &[("count", &counted.len()), ("total", &lang.money(&currency, total))])}</p>
                    <ol class="purchase-list">
                        {list.iter().take(purchases_shown.get()).cloned().map(|p| view! { <PurchaseRow purchase=p/> }).collect_view()}
                    </ol>
                    {show_older(lang, list.len(), purchases_shown)}
                }
                .into_any()
            }}
        </section>
        <section class="ledger" aria-labelledby="ledger-heading">
            <h2 id="ledger-heading">{tr(Msg::LedgerHeading)}</h2>
            {move || {
                let lang = state.lang.get();
                let entries = loyalty.with(|l| l.as_ref().map(|l| l.account.entries().to_vec()).unwrap_or_default());
                if entries.is_empty() {
                    return view! { <p class="empty">{lang.t(Msg::NoEntries)}</p> }.into_any();
                }
                view! {
                    <table class="ledger-table">
                        <tbody>
                            {entries.iter().rev().take(entries_shown.get()).map(|e| view! {
                                <tr>
                                    <td><time>{lang.date_time(e.at_ms)}</time></td>
                                    <td>{entry_text(lang, &e.kind)}</td>
                                    <td class="points" class:negative=e.points < 0 dir="ltr">
                                        {lang.change(e.points)}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {show_older(lang, entries.len(), entries_shown)}
                }
                .into_any()
            }}
        </section>
    }
}

/// Rows of a history shown at first, and added by each "Show older".
const HISTORY_PAGE: usize = 20;

/// The "Show older (N more)" button under a history with rows still hidden.
fn show_older(lang: Lang, total: usize, shown: RwSignal<usize>) -> impl IntoView {
    let hidden = total.saturating_sub(shown.get());
    (hidden > 0).then(|| {
        view! {
            <button type="button" class="link" on:click=move |_| shown.update(|n| *n += HISTORY_PAGE)>
                {lang.tf(Msg::ShowOlder, &[("n", &hidden)])}
            </button>
        }
    })
}

#[derive(Clone, Copy, PartialEq)]
enum RowMode {
    Showing,
    Voiding,
    Editing,
}

#[component]
fn PurchaseRow(purchase: Purchase) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let currency = state
        .settings
        .with_untracked(|s| s.loyalty.currency.clone());
    let amount = lang.money(&currency, purchase.amount);
    let mode = RwSignal::new(RowMode::Showing);
    let problem = RwSignal::new(None::<String>);
    let stored = StoredValue::new(purchase.clone());
    // The offset the purchase was made at: editing it after a change to or from
    // daylight saving keeps its time.
    let offset = platform::utc_offset_minutes_at(purchase.at_ms);
    let draft = RwSignal::new(PurchaseDraft {
        amount: lang.money_figure(&currency, purchase.amount),
        categories: purchase.categories.join(", "),
        note: purchase.note.clone(),
        when: lang.calendar().minute_text(purchase.at_ms, offset),
        utc_offset_minutes: offset,
        calendar: lang.calendar(),
    });
    let reason = RwSignal::new(String::new());
    let key = purchase.id.to_string();
    let finish = move |result: Result<(), crate::ui::sales_state::SaleError>| match result {
        Ok(()) => {
            let _ = mode.try_set(RowMode::Showing);
        }
        Err(e) => {
            let _ = problem.try_set(Some(sale_error_text(state.lang.get_untracked(), &e)));
        }
    };
    let void = Action::new_local(move |reason: &String| {
        let (purchase, reason) = (stored.get_value(), reason.clone());
        async move { finish(state.void_purchase(&purchase, &reason).await) }
    });
    let edit = Action::new_local(move |draft: &PurchaseDraft| {
        let (purchase, draft) = (stored.get_value(), draft.clone());
        async move { finish(state.edit_purchase(&purchase, &draft).await) }
    });
    let submit_void = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        void.dispatch(reason.get_untracked());
    };
    let submit_edit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        edit.dispatch(draft.with_untracked(|d| PurchaseDraft {
            amount: lang.read_number(&d.amount),
            ..d.clone()
        }));
    };
    let field = move |id: String,
                      label: Msg,
                      get: fn(&PurchaseDraft) -> &String,
                      set: fn(&mut PurchaseDraft, String),
                      kind: &'static str| {
        view! {
            <label for=id.clone()>{tr(label)}</label>
            <input id=id type=kind prop:value=move || draft.with(|d| get(d).clone())
                on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
        }
    };
    let error = move || view! { <p class="error" role="alert" hidden=move || problem.with(Option::is_none)>{move || problem.get()}</p> };
    let (void_label, edit_label) = (
        lang.tf(Msg::VoidPurchase, &[("amount", &amount)]),
        lang.tf(Msg::EditPurchase, &[("amount", &amount)]),
    );
    view! {
        <li class="purchase" class:voided=purchase.void.is_some()>
            <p class="purchase-head">
                <time>{lang.date_time(purchase.at_ms)}</time>
                <strong dir="ltr">{amount.clone()}</strong>
            </p>
            {(!purchase.categories.is_empty()).then(|| view! {
                <p>{purchase.categories.iter().map(|c| view! { <span class="chip">{c.clone()}</span> }).collect_view()}</p>
            })}
            {(!purchase.note.is_empty()).then(|| view! { <p>{purchase.note.clone()}</p> })}
            {match &purchase.void {
                Some(v) => view! { <p class="void-reason">{lang.tf(Msg::Voided, &[("reason", &v.reason)])}</p> }.into_any(),
                None => (move || match mode.get() {
                    RowMode::Showing => view! {
                        <p class="purchase-actions">
                            <button type="button" class="link" aria-label=edit_label.clone()
                                on:click=move |_| mode.set(RowMode::Editing)>{tr(Msg::Edit)}</button>
                            <button type="button" class="link" aria-label=void_label.clone()
                                on:click=move |_| mode.set(RowMode::Voiding)>{tr(Msg::Void)}</button>
                        </p>
                    }
                    .into_any(),
                    RowMode::Voiding => view! {
                        <form class="void-form" on:submit=submit_void>
                            <label for=format!("void-{key}")>{tr(Msg::VoidReason)}</label>
                            <input id=format!("void-{key}") type="text" prop:value=move || reason.get()
                                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                                on:input=move |ev| reason.set(event_target_value(&ev))/>
                            {error()}
                            <button type="submit" class="danger">{tr(Msg::Void)}</button>
                            <button type="button" on:click=move |_| mode.set(RowMode::Showing)>{tr(Msg::Cancel)}</button>
                        </form>
                    }
                    .into_any(),
                    RowMode::Editing => view! {
                        <form class="edit-purchase" on:submit=submit_edit>
                            {field(format!("edit-amount-{key}"), Msg::AmountPlain, |d| &d.amount, |d, v| d.amount = v, "text")}
                            {field(format!("edit-when-{key}"), Msg::PurchaseWhen, |d| &d.when, |d, v| d.when = v, lang.moment_input())}
                            {field(format!("edit-categories-{key}"), Msg::PurchaseCategories, |d| &d.categories, |d, v| d.categories = v, "text")}
                            {field(format!("edit-note-{key}"), Msg::PurchaseNote, |d| &d.note, |d, v| d.note = v, "text")}
                            {error()}
                            <p class="actions">
                                <button type="submit" class="primary">{tr(Msg::Save)}</button>
                                <button type="button" on:click=move |_| mode.set(RowMode::Showing)>{tr(Msg::Cancel)}</button>
                            </p>
                        </form>
                    }
                    .into_any(),
                })
                .into_any(),
            }}
        </li>
    }
}

#[component]
fn AdjustPoints(customer: CustomerId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let customer = StoredValue::new(customer);
    let points = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let adjust = Action::new_local(move |(change, why): &(String, String)| {
        let (id, change, why) = (customer.get_value(), change.clone(), why.clone());
        async move {
            match state.adjust_points(&id, &change, &why).await {
                Ok(()) => {
                    points.set(String::new());
                    reason.set(String::new());
                    problem.set(None);
                }
                Err(e) => problem.set(Some(sale_error_text(state.lang.get_untracked(), &e))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        adjust.dispatch((points.get_untracked(), reason.get_untracked()));
    };
    view! {
        <details class="adjust">
            <summary>{tr(Msg::AdjustPoints)}</summary>
            <form class="row" on:submit=submit>
                <label class="inline-select">
                    <span>{tr(Msg::PointsChange)}</span>
                    <input type="text" inputmode="numeric" dir="ltr" prop:value=move || points.get()
                        on:input=move |ev| points.set(event_target_value(&ev))/>
                </label>
                <label class="inline-select grow">
                    <span>{tr(Msg::Reason)}</span>
                    <input type="text" prop:value=move || reason.get()
                        on:input=move |ev| reason.set(event_target_value(&ev))/>
                </label>
                <button type="submit">{tr(Msg::Apply)}</button>
            </form>
            <p class="error" role="alert" hidden=move || problem.with(Option::is_none)>{move || problem.get()}</p>
        </details>
    }
}
