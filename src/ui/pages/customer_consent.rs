//! Consent and lawful basis per purpose, and restriction and objection, on a customer's
//! page. Giving consent takes a form (how it was given must be kept); withdrawing is
//! one button, as Art. 7(3) asks. Every change adds to the history shown below.

use super::customer::Loaded;
use crate::domain::{Customer, CustomerId};
use crate::gdpr::consent::{current, purposes_in, ConsentDraft, OwnPurpose};
use crate::gdpr::{Flag, LawfulBasis, Purpose};
use crate::i18n::names::{basis_msg, consent_how, flag_msg, purpose_name};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The purposes to show: built-in, the owner's, and any other the history names.
fn shown_purposes(customer: &Customer, own: &[OwnPurpose]) -> Vec<Purpose> {
    let mut all = Purpose::all(own);
    for p in purposes_in(&customer.consents) {
        if !all.contains(&p) {
            all.push(p);
        }
    }
    all
}

fn standing_text(lang: Lang, customer: &Customer, purpose: &Purpose) -> String {
    match current(&customer.consents, purpose) {
        None => lang.t(Msg::ConsentNothing),
        Some(e) if e.given => lang.tf(
            Msg::ConsentGivenOn,
            &[
                ("basis", &lang.t(basis_msg(e.basis))),
                ("date", &lang.date_time(e.at_ms)),
            ],
        ),
        Some(e) => lang.tf(
            Msg::ConsentWithdrawnOn,
            &[("date", &lang.date_time(e.at_ms))],
        ),
    }
}

/// Consent and flag entries, newest first: (when, what).
fn history(lang: Lang, customer: &Customer, own: &[OwnPurpose]) -> Vec<(String, String)> {
    let mut rows: Vec<(i64, String)> = customer
        .consents
        .iter()
        .map(|e| {
            let text = format!(
                "{} · {}",
                purpose_name(lang, &e.purpose, own),
                consent_how(lang, e)
            );
            (e.at_ms, text)
        })
        .chain(customer.flags.iter().map(|f| {
            let mut text = lang.t(flag_msg(f.flag, f.on));
            if !f.note.is_empty() {
                text = format!("{text} · {}", f.note);
            }
            (f.at_ms, text)
        }))
        .collect();
    rows.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    rows.into_iter()
        .map(|(at, text)| (lang.date_time(at), text))
        .collect()
}

#[component]
pub fn CustomerConsent(customer: CustomerId, loaded: Loaded) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(customer);
    let person = Memo::new(move |_| loaded.get().flatten());
    let own = Memo::new(move |_| state.settings.with(|s| s.purposes.clone()));
    let problem = RwSignal::new(String::new());
    let form = ConsentForm {
        purpose: RwSignal::new(Purpose::EmailMarketing),
        basis: RwSignal::new(LawfulBasis::Consent),
        source: RwSignal::new(String::new()),
        wording: RwSignal::new(String::new()),
    };
    let record = Action::new_local(move |draft: &ConsentDraft| {
        let draft = draft.clone();
        async move {
            let result = state.record_consent(&id.get_value(), &draft).await;
            let done = if draft.given {
                Msg::ConsentRecorded
            } else {
                Msg::ConsentWithdrawnDone
            };
            match result {
                Ok(()) => {
                    problem.set(String::new());
                    if draft.given {
                        form.source.set(String::new());
                        form.wording.set(String::new());
                    } else {
                        // The button pressed is gone with what it withdrew.
                        crate::ui::platform::focus_element("consent-heading");
                    }
                    state.say(done);
                }
                Err(e) => {
                    problem.set(crate::i18n::book_error_text(state.lang.get_untracked(), &e));
                }
            }
        }
    });
    let rows = move || {
        let lang = state.lang.get();
        let (Some(c), own) = (person.get(), own.get()) else {
            return Vec::new();
        };
        shown_purposes(&c, &own)
            .into_iter()
            .map(|p| {
                let name = purpose_name(lang, &p, &own);
                let given = current(&c.consents, &p).filter(|e| e.given).cloned();
                let standing = standing_text(lang, &c, &p);
                (p, name, standing, given)
            })
            .collect::<Vec<_>>()
    };
    let withdraw = move |purpose: Purpose, basis: LawfulBasis| {
        record.dispatch(ConsentDraft {
            purpose,
            basis,
            given: false,
            source: String::new(),
            wording: String::new(),
        });
    };
    view! {
        <h3 id="consent-heading" tabindex="-1">{tr(Msg::ConsentHeading)}</h3>
        <table class="consent-table" aria-labelledby="consent-heading">
            <thead><tr>
                <th scope="col">{tr(Msg::ConsentPurpose)}</th>
                <th scope="col">{tr(Msg::ConsentNow)}</th>
                <th scope="col"><span class="visually-hidden">{tr(Msg::ConsentWithdraw)}</span></th>
            </tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(purpose, name, standing, given)| {
                    let label = state.lang.get().tf(Msg::ConsentWithdrawFor, &[("purpose", &name)]);
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td>{standing}</td>
                            <td>{given.map(|e| view! {
                                <button type="button" class="quiet" aria-label=label
                                    on:click=move |_| if !record.pending().get_untracked() { withdraw(purpose.clone(), e.basis) }>{tr(Msg::ConsentWithdraw)}</button>
                            })}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <GiveConsent form record problem own/>
        <Flags customer=id person/>
        <details class="consent-history">
            <summary>{move || state.lang.get().tf(Msg::ConsentHistory, &[("n", &person.with(|c| c.as_ref().map_or(0, |c| c.consents.len() + c.flags.len())))])}</summary>
            <ul>
                {move || person.get().map(|c| history(state.lang.get(), &c, &own.get()).into_iter().map(|(when, what)| view! {
                    <li><span class="muted">{when}</span>" "{what}</li>
                }).collect_view())}
            </ul>
        </details>
    }
}

/// What the consent form holds; a recorded consent clears how and wording.
#[derive(Clone, Copy)]
struct ConsentForm {
    purpose: RwSignal<Purpose>,
    basis: RwSignal<LawfulBasis>,
    source: RwSignal<String>,
    wording: RwSignal<String>,
}

/// The form that records consent given (or another basis): purpose, basis, how, wording.
#[component]
fn GiveConsent(
    form: ConsentForm,
    record: Action<ConsentDraft, ()>,
    problem: RwSignal<String>,
    own: Memo<Vec<OwnPurpose>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ConsentForm {
        purpose,
        basis,
        source,
        wording,
    } = form;
    let purpose_options = move || {
        let lang = state.lang.get();
        let own = own.get();
        Purpose::all(&own)
            .into_iter()
            .map(|p| {
                let selected = purpose.get() == p;
                view! { <option value=p.key() selected=selected>{purpose_name(lang, &p, &own)}</option> }
            })
            .collect_view()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if record.pending().get_untracked() {
            return;
        }
        record.dispatch(ConsentDraft {
            purpose: purpose.get_untracked(),
            basis: basis.get_untracked(),
            given: true,
            source: source.get_untracked(),
            wording: wording.get_untracked(),
        });
    };
    view! {
        <form class="record-consent" on:submit=submit novalidate>
            <div class="row">
                <div class="inline-select">
                    <label for="consent-purpose">{tr(Msg::ConsentPurpose)}</label>
                    <select id="consent-purpose" on:change=move |ev| {
                        if let Some(p) = Purpose::from_key(&event_target_value(&ev)) { purpose.set(p); }
                    }>{purpose_options}</select>
                </div>
                <div class="inline-select">
                    <label for="consent-basis">{tr(Msg::ConsentBasis)}</label>
                    <select id="consent-basis" on:change=move |ev| {
                        if let Some(b) = LawfulBasis::from_key(&event_target_value(&ev)) { basis.set(b); }
                    }>
                        {LawfulBasis::ALL.into_iter().map(|b| view! {
                            <option value=b.key() selected=move || basis.get() == b>{tr(basis_msg(b))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="inline-select">
                    <label for="consent-source">{tr(Msg::ConsentSource)}</label>
                    <input id="consent-source" type="text" autocomplete="off" prop:value=move || source.get()
                        placeholder=move || state.lang.get().t(Msg::ConsentSourceExample)
                        on:input=move |ev| source.set(event_target_value(&ev))/>
                </div>
                <div class="inline-select">
                    <label for="consent-wording">{tr(Msg::ConsentWording)}</label>
                    <input id="consent-wording" type="text" autocomplete="off" prop:value=move || wording.get()
                        on:input=move |ev| wording.set(event_target_value(&ev))/>
                </div>
                <button type="submit" aria-busy=move || record.pending().get().to_string()>{tr(Msg::RecordConsent)}</button>
            </div>
            <p class="error" role="alert" hidden=move || problem.with(String::is_empty)>{move || problem.get()}</p>
        </form>
    }
}

/// Restriction (Art. 18) and objection to marketing (Art. 21): what stands, and the
/// button that turns each on or off, with an optional reason.
#[component]
fn Flags(customer: StoredValue<CustomerId>, person: Memo<Option<Customer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let note = RwSignal::new(String::new());
    let on = move |flag: Flag| {
        person.with(|c| {
            c.as_ref()
                .is_some_and(|c| crate::gdpr::consent::flag_on(&c.flags, flag))
        })
    };
    let toggle = Action::new_local(move |flag: &Flag| {
        let flag = *flag;
        async move {
            let turn_on = !on(flag);
            let result = state
                .set_flag(&customer.get_value(), flag, turn_on, &note.get_untracked())
                .await;
            match result {
                Ok(()) => {
                    note.set(String::new());
                    state.say(Msg::Saved);
                }
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let button = move |flag: Flag, set: Msg, clear: Msg| {
        view! {
            // Not disabled while saving: a disabled button drops the focus to the page.
            <button type="button" aria-busy=move || toggle.pending().get().to_string()
                on:click=move |_| if !toggle.pending().get_untracked() { toggle.dispatch(flag); }>
                {move || state.lang.get().t(if on(flag) { clear } else { set })}
            </button>
        }
    };
    view! {
        <h3>{tr(Msg::RestrictionHeading)}</h3>
        <p class=move || if on(Flag::Restriction) { "banner warning" } else { "" }>
            {move || state.lang.get().t(if on(Flag::Restriction) { Msg::RestrictedNow } else { Msg::NotRestricted })}
        </p>
        <p>{move || state.lang.get().t(if on(Flag::Objection) { Msg::ObjectsNow } else { Msg::NoObjection })}</p>
        <div class="row">
            <div class="inline-select">
                <label for="flag-note">{tr(Msg::FlagNote)}</label>
                <input id="flag-note" type="text" autocomplete="off" prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))/>
            </div>
            {button(Flag::Restriction, Msg::Restrict, Msg::LiftRestriction)}
            {button(Flag::Objection, Msg::RecordObjection, Msg::WithdrawObjection)}
        </div>
    }
}
