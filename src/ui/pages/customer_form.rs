//! Adding and editing a customer. What was typed stays in the form until it is saved,
//! whatever the validation says.

use super::customer::{load_customer, use_customer_id};
use crate::domain::{CustomFieldKind, Customer, CustomerDraft, Field, FieldError};
use crate::i18n::{problem_text, store_error_text, Msg};
use crate::store::StoreError;
use crate::ui::app::tr;
use crate::ui::components::field::TextField;
use crate::ui::platform;
use crate::ui::state::{AppState, SaveError};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use std::collections::BTreeMap;

/// The form's fields as signals, so each input edits its own piece.
#[derive(Clone, Copy)]
struct FormFields {
    given: RwSignal<String>,
    family: RwSignal<String>,
    display: RwSignal<String>,
    phones: RwSignal<Vec<RwSignal<String>>>,
    emails: RwSignal<Vec<RwSignal<String>>>,
    address: RwSignal<String>,
    birthday: RwSignal<String>,
    language: RwSignal<String>,
    about: RwSignal<String>,
    tags: RwSignal<String>,
    custom: RwSignal<BTreeMap<String, RwSignal<String>>>,
    /// The form's owner. Signals for added phones, emails and custom fields are made
    /// under it, not under whichever effect happens to add them, so they live as long
    /// as the form rather than until that effect next runs.
    owner: StoredValue<Owner>,
}

impl FormFields {
    fn new() -> Self {
        let s = || RwSignal::new(String::new());
        Self {
            owner: StoredValue::new(Owner::current().expect("made inside a component")),
            given: s(),
            family: s(),
            display: s(),
            phones: RwSignal::new(vec![s()]),
            emails: RwSignal::new(vec![s()]),
            address: s(),
            birthday: s(),
            language: s(),
            about: s(),
            tags: s(),
            custom: RwSignal::new(BTreeMap::new()),
        }
    }

    fn fill(&self, d: &CustomerDraft) {
        self.given.set(d.given.clone());
        self.family.set(d.family.clone());
        self.display.set(d.display.clone());
        let list = |v: &[String]| {
            let mut l: Vec<_> = v.iter().map(|x| self.new_signal(x.clone())).collect();
            if l.is_empty() {
                l.push(self.new_signal(String::new()));
            }
            l
        };
        self.phones.set(list(&d.phones));
        self.emails.set(list(&d.emails));
        self.address.set(d.address.clone());
        self.birthday.set(d.birthday.clone());
        self.language.set(d.language.clone());
        self.about.set(d.about.clone());
        self.tags.set(d.tags.clone());
        self.custom.set(
            d.custom
                .iter()
                .map(|(k, v)| (k.clone(), self.new_signal(v.clone())))
                .collect(),
        );
    }

    fn new_signal(&self, value: String) -> RwSignal<String> {
        self.owner
            .with_value(|owner| owner.with(|| RwSignal::new(value)))
    }

    fn draft(&self) -> CustomerDraft {
        let list = |l: RwSignal<Vec<RwSignal<String>>>| {
            l.get_untracked()
                .iter()
                .map(|s| s.get_untracked())
                .collect()
        };
        CustomerDraft {
            calendar: Default::default(),
            given: self.given.get_untracked(),
            family: self.family.get_untracked(),
            display: self.display.get_untracked(),
            phones: list(self.phones),
            emails: list(self.emails),
            address: self.address.get_untracked(),
            birthday: self.birthday.get_untracked(),
            language: self.language.get_untracked(),
            about: self.about.get_untracked(),
            tags: self.tags.get_untracked(),
            custom: self
                .custom
                .get_untracked()
                .iter()
                .map(|(k, v)| (k.clone(), v.get_untracked()))
                .collect(),
        }
    }

    fn custom_field(&self, key: &str) -> RwSignal<String> {
        if let Some(s) = self.custom.with_untracked(|m| m.get(key).copied()) {
            return s;
        }
        let s = self.new_signal(String::new());
        self.custom.update_untracked(|m| {
            m.insert(key.to_owned(), s);
        });
        s
    }
}

#[component]
pub fn CustomerForm() -> impl IntoView {
    let id = use_customer_id();
    let editing = Memo::new(move |_| !id.with(|i| i.0.is_empty()));
    let existing = load_customer(id);
    let fields = FormFields::new();
    let state = expect_context::<AppState>();
    // The customer as it was when the form was filled: the save is based on its
    // revision, so a change made meanwhile in another tab is refused, not overwritten.
    let base = RwSignal::new(None::<Customer>);
    // Fill the form once, when the customer being edited arrives. An Effect, not a
    // view of the load: later reloads must not overwrite what is being typed.
    Effect::new(move |filled: Option<bool>| {
        if filled == Some(true) {
            return true;
        }
        match existing.get() {
            Some(Some(c)) => {
                fields.fill(&CustomerDraft::from_customer_in(
                    &c,
                    state.lang.get_untracked().calendar(),
                    platform::today(),
                ));
                base.set(Some(c));
                true
            }
            _ => false,
        }
    });
    view! {
        <section class="form-page" aria-labelledby="form-heading">
            <h1 id="form-heading">{move || tr(if editing.get() { Msg::EditCustomer } else { Msg::NewCustomer })()}</h1>
            <FormBody fields base/>
        </section>
    }
}

#[component]
fn FormBody(fields: FormFields, base: RwSignal<Option<Customer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<String>);
    let error_for = move |field: Field| {
        Signal::derive(move || {
            let lang = state.lang.get();
            errors.with(|e| {
                e.iter()
                    .find(|e| e.field == field)
                    .map(|e| problem_text(lang, &e.problem))
            })
        })
    };
    let label = |msg: Msg| Signal::derive(move || tr(msg)().to_owned());

    let save = Action::new_local(move |draft: &CustomerDraft| {
        let (draft, navigate, old) = (draft.clone(), navigate.clone(), base.get_untracked());
        async move {
            match state.save_customer(&draft, old.as_ref()).await {
                Ok(saved) => navigate(&format!("/customers/{}", saved.id), Default::default()),
                Err(SaveError::Invalid(list)) => {
                    failure.set(None);
                    errors.set(list);
                    platform::focus_first_invalid();
                }
                Err(SaveError::Store(e)) => {
                    errors.set(Vec::new());
                    let lang = state.lang.get_untracked();
                    failure.set(Some(match e {
                        StoreError::Conflict { .. } => lang.t(Msg::Conflict).to_owned(),
                        other => lang.tf(
                            Msg::SaveFailed,
                            &[("error", &store_error_text(lang, &other))],
                        ),
                    }));
                }
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut draft = fields.draft();
        draft.calendar = state.lang.get_untracked().calendar();
        save.dispatch(draft);
    };

    let list_fields = move |list: RwSignal<Vec<RwSignal<String>>>,
                            msg: Msg,
                            kind: &'static str,
                            make: fn(usize) -> Field| {
        move || {
            list.get()
                .into_iter()
                .enumerate()
                .map(|(i, value)| {
                    let lbl = Signal::derive(move || {
                        let base = tr(msg)();
                        if i == 0 { base } else { format!("{base} {}", state.lang.get().number(i + 1)) }
                    });
                    view! {
                        <TextField id=format!("{}-{i}", kind) label=lbl value kind error=error_for(make(i))
                            autocomplete=if kind == "tel" { "tel" } else { "email" }/>
                    }
                })
                .collect_view()
        }
    };

    let custom_inputs = move || {
        state
            .settings
            .get()
            .custom_fields
            .into_iter()
            .map(|def| {
                let value = fields.custom_field(&def.key);
                let id = format!("custom-{}", def.key);
                let error = error_for(Field::Custom(def.key.clone()));
                let lbl = Signal::derive({
                    let l = def.label.clone();
                    move || l.clone()
                });
                match def.kind {
                    CustomFieldKind::YesNo | CustomFieldKind::Choice(_) => {
                        let options: Vec<(String, String)> = match &def.kind {
                            CustomFieldKind::Choice(c) => {
                                c.iter().map(|c| (c.clone(), c.clone())).collect()
                            }
                            _ => vec![("yes".into(), tr(Msg::Yes)()), ("no".into(), tr(Msg::No)())],
                        };
                        view! {
                        <div class="field">
                            <label for=id.clone()>{def.label.clone()}</label>
                            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                                <option value="">"—"</option>
                                {options.into_iter().map(|(v, text)| {
                                    let selected = value.get_untracked() == v;
                                    view! { <option value=v selected=selected>{text}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }.into_any()
                    }
                    CustomFieldKind::Number => {
                        view! { <TextField id label=lbl value kind="number" error/> }.into_any()
                    }
                    CustomFieldKind::Date => {
                        view! { <TextField id label=lbl value kind="date" error/> }.into_any()
                    }
                    CustomFieldKind::Text => {
                        view! { <TextField id label=lbl value error/> }.into_any()
                    }
                }
            })
            .collect_view()
    };

    let back = move || match base.get() {
        Some(c) => platform::app_href(&format!("/customers/{}", c.id)),
        None => platform::app_href("/"),
    };

    view! {
        <form class="customer-form" on:submit=submit novalidate>
            <Show when=move || !errors.with(Vec::is_empty)>
                <p class="banner error" role="alert">{tr(Msg::FixProblems)}</p>
            </Show>
            {move || failure.get().map(|f| view! { <p class="banner error" role="alert">{f}</p> })}
            <fieldset>
                <div class="two-up">
                    <TextField id="given".into() label=label(Msg::GivenName) value=fields.given error=error_for(Field::Name) autocomplete="given-name"/>
                    <TextField id="family".into() label=label(Msg::FamilyName) value=fields.family autocomplete="family-name"/>
                </div>
                <TextField id="display".into() label=label(Msg::DisplayName) value=fields.display autocomplete="nickname"/>
                {list_fields(fields.phones, Msg::Phone, "tel", Field::Phone)}
                <button type="button" class="quiet" on:click=move |_| fields.phones.update(|l| l.push(fields.new_signal(String::new())))>
                    {tr(Msg::AddPhone)}
                </button>
                {list_fields(fields.emails, Msg::Email, "email", Field::Email)}
                <button type="button" class="quiet" on:click=move |_| fields.emails.update(|l| l.push(fields.new_signal(String::new())))>
                    {tr(Msg::AddEmail)}
                </button>
                <TextField id="address".into() label=label(Msg::Address) value=fields.address multiline=true autocomplete="street-address"/>
                <div class="two-up">
                    <TextField id="birthday".into() label=label(Msg::Birthday) value=fields.birthday
                        error=error_for(Field::Birthday) hint=label(Msg::BirthdayHint)/>
                    <TextField id="language".into() label=label(Msg::PreferredLanguage) value=fields.language
                        error=error_for(Field::Language)/>
                </div>
                <TextField id="about".into() label=label(Msg::About) value=fields.about multiline=true/>
                <TextField id="tags".into() label=label(Msg::Tags) value=fields.tags hint=label(Msg::TagsHint)/>
                {custom_inputs}
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary">{tr(Msg::Save)}</button>
                <A href=back attr:class="button quiet">{tr(Msg::Cancel)}</A>
            </div>
        </form>
    }
}
