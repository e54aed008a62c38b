//! The Duplicates page: groups of records that are likely one person, each opening a
//! merge where the owner chooses field by field; the toast offers an undo.

use crate::domain::CustomerId;
use crate::exchange::import::duplicates::MatchReason;
use crate::i18n::import_names::reason_msg;
use crate::i18n::{Lang, Msg};
use crate::quality::duplicate_groups::{Confidence, DuplicateGroup};
use crate::quality::merge::{FieldValue, MergeField, MergePlan};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Groups shown at once: a book that needs more is cleaned a screenful at a time.
const GROUPS_SHOWN: usize = 200;

#[component]
pub fn DuplicatesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let read = RwSignal::new(0usize);
    let again = RwSignal::new(0u32);
    let groups = load(move || {
        again.track();
        state.directory_version.track();
        async move {
            let found = state.duplicate_groups(move |n| read.set(n)).await;
            state.told(found)
        }
    });
    let open = RwSignal::new(None::<Vec<CustomerId>>);
    let list = move || {
        let lang = state.lang.get();
        match groups.get() {
            None => view! {
                <p class="loading" role="status">
                    {lang.tf(Msg::DuplicatesReading, &[("n", &lang.number(read.get()))])}
                </p>
            }
            .into_any(),
            Some(found) if found.is_empty() => {
                view! { <p role="status">{lang.t(Msg::DuplicatesNone)}</p> }.into_any()
            }
            Some(found) => view! {
                <p role="status">{lang.tf(Msg::DuplicatesFound, &[("n", &found.len())])}</p>
                <ul class="duplicate-groups">
                    {found.into_iter().take(GROUPS_SHOWN).map(|g| view! { <Group group=g open/> }).collect_view()}
                </ul>
            }
            .into_any(),
        }
    };
    view! {
        <section class="duplicates-page" aria-labelledby="duplicates-heading">
            <div class="page-head">
                <h1 id="duplicates-heading" tabindex="-1">{tr(Msg::DuplicatesHeading)}</h1>
                <div class="head-actions">
                    <button type="button" class="button" on:click=move |_| again.update(|n| *n += 1)>
                        {tr(Msg::DuplicatesLookAgain)}
                    </button>
                </div>
            </div>
            <p class="muted">{tr(Msg::DuplicatesIntro)}</p>
            {list}
        </section>
    }
}

fn reasons_text(lang: Lang, reasons: &[MatchReason]) -> String {
    reasons
        .iter()
        .map(|r| lang.t(reason_msg(*r)))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[component]
fn Group(group: DuplicateGroup, open: RwSignal<Option<Vec<CustomerId>>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let members = group.members.clone();
    let names: Vec<(CustomerId, String, String)> = state.with_directory(|d| {
        members
            .iter()
            .filter_map(|id| {
                let row = d.get(id)?;
                Some((id.clone(), row.name.to_string(), row.contact.to_string()))
            })
            .collect()
    });
    let all_names = names
        .iter()
        .map(|(_, n, _)| n.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let confidence = match group.confidence {
        Confidence::High => Msg::ConfidenceHigh,
        Confidence::Likely => Msg::ConfidenceLikely,
    };
    let reasons = group.reasons.clone();
    let is_open = {
        let members = members.clone();
        Memo::new(move |_| open.with(|o| o.as_ref() == Some(&members)))
    };
    let toggle = {
        let members = members.clone();
        move |_| {
            open.update(|o| {
                *o = (o.as_ref() != Some(&members)).then(|| members.clone());
            })
        }
    };
    view! {
        <li class="duplicate-group">
            <p class="group-why">
                <strong>{move || lang().t(confidence)}</strong>
                " · "
                {move || reasons_text(lang(), &reasons)}
            </p>
            <ul class="group-members">
                {names.into_iter().map(|(id, name, contact)| view! {
                    <li>
                        <a href=platform::app_href(&format!("/customers/{}", id.as_str()))>{name}</a>
                        " "
                        <span class="muted" dir="ltr">{contact}</span>
                    </li>
                }).collect_view()}
            </ul>
            <button type="button" aria-expanded=move || is_open.get().to_string()
                aria-label=move || lang().tf(Msg::MergeReviewNamed, &[("names", &all_names)])
                on:click=toggle>
                {tr(Msg::MergeReview)}
            </button>
            {move || is_open.get().then(|| view! { <MergePanel members=members.clone() open/> })}
        </li>
    }
}

fn field_label(state: AppState, field: &MergeField) -> String {
    let lang = state.lang.get();
    match field {
        MergeField::Name => lang.t(Msg::MergeFieldName),
        MergeField::Address => lang.t(Msg::Address),
        MergeField::Birthday => lang.t(Msg::Birthday),
        MergeField::Language => lang.t(Msg::Language),
        MergeField::About => lang.t(Msg::AboutShort),
        MergeField::Custom(key) => state.custom_field_label(key),
    }
}

fn value_text(lang: Lang, field: &MergeField, value: FieldValue<'_>) -> String {
    match value {
        FieldValue::Name(n) => n.shown(),
        FieldValue::Text(code) if *field == MergeField::Language => lang.language_name(code),
        FieldValue::Text(t) => t.to_owned(),
        FieldValue::Birthday(b) => lang.birthday(b),
        FieldValue::Custom(v) => v.to_form_text(),
    }
}

/// Which records go in, and the choices made, by the id of the record chosen (so they
/// hold when a record is left out).
#[derive(Clone, Copy)]
struct Choices {
    full: Memo<Option<MergePlan>>,
    included: RwSignal<Vec<bool>>,
    picks: RwSignal<BTreeMap<MergeField, CustomerId>>,
}

impl Choices {
    fn plan(&self) -> Option<MergePlan> {
        let included = self.included.get();
        let picks = self.picks.get();
        self.full.with(|full| {
            full.as_ref().map(|full| {
                let mut plan = full.only(&included);
                for (field, id) in picks {
                    plan.pick_member(field, &id);
                }
                plan
            })
        })
    }
}

#[component]
fn MergePanel(members: Vec<CustomerId>, open: RwSignal<Option<Vec<CustomerId>>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let included = RwSignal::new(vec![true; members.len()]);
    // Read again after a refusal: another tab changed a record since it was read.
    let reread = RwSignal::new(0u32);
    // The records as stored now (another tab may have changed one since the search).
    let full = load(move || {
        reread.track();
        let members = members.clone();
        async move { state.told(state.merge_plan(&members).await) }
    });
    let choices = Choices {
        full,
        included,
        picks: RwSignal::new(BTreeMap::new()),
    };
    let merging = RwSignal::new(false);
    let merge = Action::new_local(move |plan: &MergePlan| {
        let plan = plan.clone();
        async move {
            merging.set(true);
            let merged = state.merge_customers(&plan).await;
            merging.set(false);
            match merged {
                Ok(()) => {
                    open.set(None);
                    request_animation_frame(|| platform::focus_element("duplicates-heading"));
                }
                Err(e) => {
                    state.tell_failure(&e);
                    reread.update(|n| *n += 1);
                }
            }
        }
    });
    let on_merge = move |_| {
        if merging.get_untracked() {
            return;
        }
        if let Some(plan) = choices.plan().filter(|p| p.members().len() >= 2) {
            merge.dispatch(plan);
        }
    };
    view! {
        <div class="merge-panel" role="group" aria-labelledby="merge-heading">
            <h2 id="merge-heading">{tr(Msg::MergeHeading)}</h2>
            <RecordsToMerge choices/>
            <ChosenFields choices/>
            <p class="muted">{tr(Msg::MergeKeptTogether)}</p>
            {move || choices.plan().is_some_and(|p| p.members().len() < 2).then(|| view! {
                <p class="problem" role="alert">{lang().t(Msg::MergeNeedsTwo)}</p>
            })}
            <div class="actions">
                <button type="button" class="primary" on:click=on_merge>
                    {move || if merging.get() { lang().t(Msg::MergeWorking) } else { lang().t(Msg::MergeButton) }}
                </button>
                <button type="button" class="quiet" on:click=move |_| open.set(None)>{tr(Msg::Cancel)}</button>
            </div>
        </div>
    }
}

#[component]
fn RecordsToMerge(choices: Choices) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let lang = state.lang.get();
        choices.full.with(|full| {
            let Some(full) = full else { return Vec::new() };
            full.members()
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let label = lang.tf(
                        Msg::MergeRecordAdded,
                        &[
                            ("name", &c.display_name()),
                            ("date", &lang.date_time(c.created_ms)),
                        ],
                    );
                    let id = format!("merge-include-{i}");
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || choices.included.with(|v| v.get(i).copied().unwrap_or(true))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    choices.included.update(|v| if let Some(x) = v.get_mut(i) { *x = on });
                                }/>
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset>
            <legend>{tr(Msg::MergeRecords)}</legend>
            {rows}
        </fieldset>
    }
}

#[component]
fn ChosenFields(choices: Choices) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Drawn from the records chosen, not from the picks: choosing redraws nothing,
    // so focus stays on the radio button (arrow keys move through a group).
    let fields = move || {
        let lang = state.lang.get();
        let included = choices.included.get();
        let Some(base) = choices.full.with(|f| f.as_ref().map(|f| f.only(&included))) else {
            return ().into_any();
        };
        let disputed = base.disputed();
        if disputed.is_empty() {
            return view! { <p>{lang.t(Msg::MergeAgree)}</p> }.into_any();
        }
        let groups = disputed
            .into_iter()
            .enumerate()
            .map(|(n, field)| {
                let options = base
                    .choices(&field)
                    .into_iter()
                    .filter_map(|m| {
                        let text = value_text(lang, &field, base.value(m, &field)?);
                        let member = base.members()[m].id.clone();
                        let id = format!("merge-field-{n}-{m}");
                        let field = field.clone();
                        let shown = field.clone();
                        Some(view! {
                            <div class="check">
                                <input type="radio" name=format!("merge-field-{n}") id=id.clone()
                                    prop:checked=move || choices.plan().is_some_and(|p| p.picked(&shown) == m)
                                    on:change=move |_| {
                                        choices.picks.update(|p| { p.insert(field.clone(), member.clone()); });
                                    }/>
                                <label for=id>{text}</label>
                            </div>
                        })
                    })
                    .collect_view();
                view! {
                    <fieldset>
                        <legend>{field_label(state, &field)}</legend>
                        {options}
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <h3>{lang.t(Msg::MergeChoose)}</h3>
            {groups}
        }
        .into_any()
    };
    view! { <div class="merge-fields">{fields}</div> }
}
