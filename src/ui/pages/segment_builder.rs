//! The segment builder: a name, conditions joined by "all" or "any", groups of them,
//! and the live count of who matches. The draft and its checks live in the core
//! (`segments::draft`); this page draws rows and keeps each row's focus as others
//! change (rows are keyed).

use super::insights::segment_msg;
use crate::analytics::rfm::RfmSegment;
use crate::domain::custom_field::{CustomFieldDef, CustomFieldKind};
use crate::gdpr::Purpose;
use crate::i18n::names::purpose_name;
use crate::i18n::{segment_draft_problem, Lang, Msg};
use crate::segments::draft::{tests_for, SegmentDraft, WINDOWS};
use crate::segments::rule::rfm_key;
use crate::segments::{Join, Subject, TestKind};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::segments_state::FactsLoading;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The builder's select values for subjects ("custom:KEY" for a custom field).
fn subject_value(s: &Subject) -> String {
    match s {
        Subject::Tag => "tag".into(),
        Subject::Name => "name".into(),
        Subject::Email => "email".into(),
        Subject::Phone => "phone".into(),
        Subject::Address => "address".into(),
        Subject::Birthday => "birthday".into(),
        Subject::Custom(key) => format!("custom:{key}"),
        Subject::Spend { .. } => "spend".into(),
        Subject::Visits { .. } => "visits".into(),
        Subject::DaysSinceVisit => "days_since_visit".into(),
        Subject::DaysSinceAdded => "days_since_added".into(),
        Subject::Points => "points".into(),
        Subject::Tier => "tier".into(),
        Subject::Rfm => "rfm".into(),
        Subject::ChanceActive => "chance_active".into(),
        Subject::ExpectedValue => "expected_value".into(),
        Subject::Score => "score".into(),
        Subject::Consent(p) => format!("consent:{}", p.key()),
    }
}

fn subject_from(value: &str, days: u32) -> Option<Subject> {
    Some(match value {
        "tag" => Subject::Tag,
        "name" => Subject::Name,
        "email" => Subject::Email,
        "phone" => Subject::Phone,
        "address" => Subject::Address,
        "birthday" => Subject::Birthday,
        "spend" => Subject::Spend { days },
        "visits" => Subject::Visits { days },
        "days_since_visit" => Subject::DaysSinceVisit,
        "days_since_added" => Subject::DaysSinceAdded,
        "points" => Subject::Points,
        "tier" => Subject::Tier,
        "rfm" => Subject::Rfm,
        "chance_active" => Subject::ChanceActive,
        "expected_value" => Subject::ExpectedValue,
        "score" => Subject::Score,
        other => match other.strip_prefix("consent:") {
            Some(purpose) => Subject::Consent(Purpose::from_key(purpose)?),
            None => Subject::Custom(other.strip_prefix("custom:")?.to_owned()),
        },
    })
}

const SUBJECTS: [(Subject, Msg); 16] = [
    (Subject::Spend { days: 90 }, Msg::SubjectSpend),
    (Subject::Visits { days: 90 }, Msg::SubjectVisits),
    (Subject::DaysSinceVisit, Msg::SubjectDaysSinceVisit),
    (Subject::Tag, Msg::SubjectTag),
    (Subject::Points, Msg::SubjectPoints),
    (Subject::Tier, Msg::SubjectTier),
    (Subject::Rfm, Msg::SubjectRfm),
    (Subject::ChanceActive, Msg::SubjectChanceActive),
    (Subject::ExpectedValue, Msg::SubjectExpectedValue),
    (Subject::Score, Msg::SubjectScore),
    (Subject::Name, Msg::SubjectName),
    (Subject::Email, Msg::SubjectEmail),
    (Subject::Phone, Msg::SubjectPhone),
    (Subject::Address, Msg::SubjectAddress),
    (Subject::Birthday, Msg::SubjectBirthday),
    (Subject::DaysSinceAdded, Msg::SubjectDaysSinceAdded),
];

fn test_label(lang: Lang, subject: &Subject, test: TestKind) -> String {
    lang.t(match (subject, test) {
        (Subject::DaysSinceVisit, TestKind::IsEmpty) => Msg::TestNeverBought,
        (_, TestKind::IsSet) => Msg::TestIsSet,
        (_, TestKind::IsEmpty) => Msg::TestIsEmpty,
        (_, TestKind::Is) => Msg::TestIs,
        (_, TestKind::IsNot) => Msg::TestIsNot,
        (_, TestKind::Contains) => Msg::TestContains,
        (_, TestKind::AtLeast) => Msg::TestAtLeast,
        (_, TestKind::AtMost) => Msg::TestAtMost,
        (_, TestKind::Yes) => Msg::TestYes,
        (_, TestKind::No) => Msg::TestNo,
    })
}

fn test_value(t: TestKind) -> &'static str {
    match t {
        TestKind::IsSet => "set",
        TestKind::IsEmpty => "empty",
        TestKind::Is => "is",
        TestKind::IsNot => "is_not",
        TestKind::Contains => "contains",
        TestKind::AtLeast => "at_least",
        TestKind::AtMost => "at_most",
        TestKind::Yes => "yes",
        TestKind::No => "no",
    }
}

const TESTS: [TestKind; 9] = [
    TestKind::IsSet,
    TestKind::IsEmpty,
    TestKind::Is,
    TestKind::IsNot,
    TestKind::Contains,
    TestKind::AtLeast,
    TestKind::AtMost,
    TestKind::Yes,
    TestKind::No,
];

fn window_label(lang: Lang, days: u32) -> String {
    if days == 0 {
        lang.t(Msg::WindowAllTime)
    } else {
        lang.tf(Msg::WindowDays, &[("n", &days)])
    }
}

/// Choices offered for a value chosen from a list (tags, tiers, RFM groups, a custom
/// field's choices): (stored value, shown label). `None`: typed instead.
fn value_choices(
    state: AppState,
    subject: &Subject,
    fields: &[CustomFieldDef],
) -> Option<Vec<(String, String)>> {
    let lang = state.lang.get();
    match subject {
        Subject::Tag => Some(
            state
                .with_directory(|d| d.tags_in_use())
                .into_iter()
                .map(|(t, _)| (t.clone(), t))
                .collect(),
        ),
        Subject::Tier => Some(state.settings.with(|s| {
            s.loyalty
                .tiers
                .iter()
                .map(|t| (t.name.clone(), t.name.clone()))
                .collect()
        })),
        Subject::Rfm => Some(
            RfmSegment::ALL
                .iter()
                .map(|s| (rfm_key(*s).to_owned(), lang.t(segment_msg(*s))))
                .collect(),
        ),
        Subject::Custom(key) => match fields.iter().find(|f| &f.key == key).map(|f| &f.kind) {
            Some(CustomFieldKind::Choice(choices)) => {
                Some(choices.iter().map(|c| (c.clone(), c.clone())).collect())
            }
            _ => None,
        },
        _ => None,
    }
}

#[component]
pub fn SegmentBuilderPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    // An id no segment has (deleted in another tab, an old link) opens a new one.
    let editing = params.with_untracked(|p| p.get("id")).filter(|id| {
        state
            .settings
            .with_untracked(|s| s.segments.iter().any(|x| &x.id == id))
    });
    let currency = state.programme().currency;
    let draft = RwSignal::new(
        editing
            .as_deref()
            .and_then(|id| {
                state
                    .settings
                    .with_untracked(|s| s.segments.iter().find(|x| x.id == id).cloned())
            })
            .map(|s| SegmentDraft::from_segment(&s, &currency))
            .unwrap_or_else(|| {
                let mut d = SegmentDraft::default();
                d.add_condition(None);
                d
            }),
    );
    let built = {
        let currency = currency.clone();
        Memo::new(move |_| draft.with(|d| d.build(&currency)))
    };
    let needs = Memo::new(move |_| built.with(|(rule, _)| state.needs_of(rule)));
    let loading = RwSignal::new(FactsLoading::Nothing);
    let facts = load(move || {
        state.directory_version.track();
        state.sales_version.track();
        let needs = needs.get();
        async move { state.segment_facts(needs, move |l| loading.set(l)).await }
    });
    let count = Memo::new(move |_| {
        // Score rules live in the settings: a change to them changes the count.
        state.settings.track();
        let facts = facts.get()?;
        let complete = needs.with(|n| {
            (!n.loyalty || facts.0.has_loyalty()) && (!n.insights || facts.0.has_scores())
        });
        if !complete {
            return None;
        }
        built
            .with(|(rule, _)| {
                let purpose = draft.with(|d| d.purpose.clone());
                state.segment_members(rule, purpose.as_ref(), &facts)
            })
            .map(|m| m.count())
    });
    let tried = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let save = Action::new_local(move |segment: &crate::segments::Segment| {
        let segment = segment.clone();
        let navigate = navigate.clone();
        async move {
            match state.save_segment(segment).await {
                Ok(_) => navigate(&platform::app_href("/segments"), Default::default()),
                Err(e) => failure.set(Some(crate::i18n::book_error_text(
                    state.lang.get_untracked(),
                    &e,
                ))),
            }
        }
    });
    let on_submit = {
        let currency = currency.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            tried.set(true);
            failure.set(None);
            if let Ok(segment) = draft.with_untracked(|d| d.to_segment(&currency)) {
                save.dispatch(segment);
            }
        }
    };
    let problems = move || {
        let lang = state.lang.get();
        built.with(|(_, p)| {
            p.iter()
                .map(|p| segment_draft_problem(lang, p))
                .collect::<Vec<_>>()
        })
    };
    let status = move || {
        let lang = state.lang.get();
        match (count.get(), loading.get()) {
            (Some(n), _) => lang.tf(Msg::SegmentMatches, &[("n", &n)]),
            (None, FactsLoading::Points(n)) => lang.tf(Msg::SegmentReadingPoints, &[("n", &n)]),
            (None, FactsLoading::Insights(p)) => lang.tf(
                Msg::InsightsWorking,
                &[("percent", &lang.percent(p as f64 / 100.0))],
            ),
            (None, FactsLoading::Nothing) => lang.t(Msg::SegmentCounting),
        }
    };
    let root_keys = move || {
        draft.with(|d| {
            d.conditions
                .iter()
                .filter(|c| c.group.is_none())
                .map(|c| c.key)
                .collect::<Vec<_>>()
        })
    };
    let group_keys = move || draft.with(|d| d.groups.iter().map(|g| g.key).collect::<Vec<_>>());
    let heading = if editing.is_some() {
        Msg::EditSegment
    } else {
        Msg::NewSegment
    };

    view! {
        <section class="segment-builder" aria-labelledby="segment-heading">
            <p class="back"><A href=platform::app_href("/segments")>{tr(Msg::AllSegments)}</A></p>
            <h1 id="segment-heading">{tr(heading)}</h1>
            <form on:submit=on_submit novalidate>
                {move || (draft.with(|d| d.left_out) > 0).then(|| view! {
                    <p class="banner warning" role="status">{tr(Msg::SegmentPartLeftOut)}</p>
                })}
                <div class="field">
                    <label for="segment-name">{tr(Msg::SegmentName)}</label>
                    <input id="segment-name" type="text" autocomplete="off" prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev))/>
                </div>
                <PurposeSelect draft/>
                <JoinSelect id="segment-join".into() value=Signal::derive(move || draft.with(|d| d.join))
                    on_change=Callback::new(move |j| draft.update(|d| d.join = j))/>
                <ul class="conditions">
                    <For each=root_keys key=|k| *k let:key>
                        <ConditionRow draft key/>
                    </For>
                </ul>
                <For each=group_keys key=|k| *k let:group>
                    <fieldset class="condition-group">
                        <legend>{move || state.lang.get().tf(Msg::GroupN, &[("n", &(draft.with(|d| d.groups.iter().position(|g| g.key == group)).unwrap_or(0) + 1))])}</legend>
                        <JoinSelect id=format!("group-join-{group}") value=Signal::derive(move || draft.with(|d| d.groups.iter().find(|g| g.key == group).map_or(Join::Any, |g| g.join)))
                            on_change=Callback::new(move |j| draft.update(|d| if let Some(g) = d.groups.iter_mut().find(|g| g.key == group) { g.join = j }))/>
                        <ul class="conditions">
                            <For each=move || draft.with(|d| d.conditions.iter().filter(|c| c.group == Some(group)).map(|c| c.key).collect::<Vec<_>>()) key=|k| *k let:key>
                                <ConditionRow draft key/>
                            </For>
                        </ul>
                        <div class="row-actions">
                            <button type="button" on:click=move |_| draft.update(|d| { d.add_condition(Some(group)); })>{tr(Msg::AddConditionToGroup)}</button>
                            <button type="button" class="quiet" on:click=move |_| draft.update(|d| d.remove_group(group))>{tr(Msg::RemoveGroup)}</button>
                        </div>
                    </fieldset>
                </For>
                <div class="row-actions">
                    <button type="button" on:click=move |_| draft.update(|d| { d.add_condition(None); })>{tr(Msg::AddCondition)}</button>
                    <button type="button" on:click=move |_| draft.update(|d| { let g = d.add_group(); d.add_condition(Some(g)); })>{tr(Msg::AddGroup)}</button>
                </div>
                <p class="segment-count" role="status" aria-live="polite">{status}</p>
                <ul class="problems" hidden=move || built.with(|(_, p)| p.is_empty() || !tried.get())>
                    {move || problems().into_iter().map(|p| view! { <li class="error">{p}</li> }).collect_view()}
                </ul>
                {move || failure.get().map(|f| view! { <p class="banner error" role="alert">{f}</p> })}
                <div class="actions">
                    <button type="submit" class="primary">{tr(Msg::SaveSegment)}</button>
                    <A href=platform::app_href("/segments") attr:class="button quiet">{tr(Msg::Cancel)}</A>
                </div>
            </form>
        </section>
    }
}

/// What the list is used for: with a purpose, only people with a basis for it.
#[component]
fn PurposeSelect(draft: RwSignal<SegmentDraft>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = move || {
        let lang = state.lang.get();
        let own = state.settings.with(|s| s.purposes.clone());
        let current = draft.with(|d| d.purpose.clone());
        let none = view! { <option value="" selected=current.is_none()>{lang.t(Msg::SegmentUsedForNothing)}</option> };
        let each = Purpose::all(&own)
            .into_iter()
            .map(|p| {
                let selected = current.as_ref() == Some(&p);
                view! { <option value=p.key() selected=selected>{purpose_name(lang, &p, &own)}</option> }
            })
            .collect_view();
        view! { {none} {each} }
    };
    view! {
        <div class="field">
            <label for="segment-purpose">{tr(Msg::SegmentUsedFor)}</label>
            <select id="segment-purpose" aria-describedby="segment-purpose-note" on:change=move |ev| {
                let chosen = Purpose::from_key(&event_target_value(&ev));
                draft.update(|d| d.purpose = chosen);
            }>{options}</select>
            <p id="segment-purpose-note" class="hint">{tr(Msg::SegmentPurposeNote)}</p>
        </div>
    }
}

#[component]
fn JoinSelect(id: String, value: Signal<Join>, on_change: Callback<Join>) -> impl IntoView {
    view! {
        <div class="field inline-select">
            <label for=id.clone()>{tr(Msg::MatchJoin)}</label>
            <select id=id on:change=move |ev| on_change.run(if event_target_value(&ev) == "any" { Join::Any } else { Join::All })>
                <option value="all" selected=move || value.get() == Join::All>{tr(Msg::JoinAll)}</option>
                <option value="any" selected=move || value.get() == Join::Any>{tr(Msg::JoinAny)}</option>
            </select>
        </div>
    }
}

/// One condition's controls. With `points` (the score page), its points beside it;
/// without `score` offered, so a score rule cannot look at the score.
#[component]
pub(super) fn ConditionRow(
    draft: RwSignal<SegmentDraft>,
    key: u32,
    #[prop(optional)] points: Option<RwSignal<std::collections::BTreeMap<u32, String>>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fields = move || state.settings.with(|s| s.custom_fields.clone());
    let condition = move || draft.with(|d| d.condition(key).cloned());
    let position = move || draft.with(|d| d.position(key));
    let named = move |msg: Msg| {
        let lang = state.lang.get();
        lang.tf(msg, &[("n", &position())])
    };
    let subject = move || condition().map(|c| c.subject);
    let on_subject = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let days = match subject() {
            Some(Subject::Spend { days } | Subject::Visits { days }) => days,
            _ => 90,
        };
        if let Some(s) = subject_from(&value, days) {
            let fields = fields();
            draft.update(|d| d.set_subject(key, s, &fields));
        }
    };
    let on_window = move |ev: leptos::ev::Event| {
        let days: u32 = event_target_value(&ev).parse().unwrap_or(90);
        let next = match subject() {
            Some(Subject::Spend { .. }) => Subject::Spend { days },
            Some(Subject::Visits { .. }) => Subject::Visits { days },
            _ => return,
        };
        let fields = fields();
        draft.update(|d| d.set_subject(key, next, &fields));
    };
    let on_test = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(t) = TESTS.iter().find(|t| test_value(**t) == value) {
            draft.update(|d| {
                if let Some(c) = d.condition_mut(key) {
                    c.test = *t;
                }
            });
        }
    };
    let set_value = move |v: String| {
        draft.update(|d| {
            if let Some(c) = d.condition_mut(key) {
                c.value = v;
            }
        })
    };
    let subject_options = move || {
        let lang = state.lang.get();
        let current = subject().map(|s| subject_value(&s)).unwrap_or_default();
        let mut options: Vec<(String, String)> = SUBJECTS
            .iter()
            .filter(|(s, _)| points.is_none() || *s != Subject::Score)
            .map(|(s, msg)| (subject_value(s), lang.t(*msg)))
            .collect();
        options.extend(
            fields()
                .into_iter()
                .map(|f| (format!("custom:{}", f.key), f.label)),
        );
        let own = state.settings.with(|s| s.purposes.clone());
        options.extend(Purpose::all(&own).into_iter().map(|p| {
            let name = purpose_name(lang, &p, &own);
            let label = lang.tf(Msg::SubjectConsent, &[("purpose", &name)]);
            (subject_value(&Subject::Consent(p)), label)
        }));
        options
            .into_iter()
            .map(|(value, label)| {
                let selected = value == current;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let test_options = move || {
        let lang = state.lang.get();
        let Some(c) = condition() else {
            return Vec::new();
        };
        tests_for(&c.subject, &fields())
            .into_iter()
            .map(|t| view! { <option value=test_value(t) selected=t == c.test>{test_label(lang, &c.subject, t)}</option> })
            .collect()
    };
    let window = move || match subject() {
        Some(Subject::Spend { days } | Subject::Visits { days }) => Some(view! {
            <select aria-label=move || named(Msg::ConditionWindowLabel) on:change=on_window>
                {WINDOWS.iter().map(|w| view! { <option value=w.to_string() selected=*w == days>{move || window_label(state.lang.get(), *w)}</option> }).collect_view()}
            </select>
        }),
        _ => None,
    };
    let value_input = move || {
        let c = condition()?;
        if !(c.test.takes_text() || c.test.takes_number()) {
            return None;
        }
        let label = move || named(Msg::ConditionValueLabel);
        let choices = if c.test.takes_text() {
            value_choices(state, &c.subject, &fields())
        } else {
            None
        };
        Some(match choices {
            Some(mut choices) => {
                if !c.value.is_empty() && !choices.iter().any(|(v, _)| *v == c.value) {
                    choices.insert(0, (c.value.clone(), c.value.clone()));
                }
                if c.value.is_empty() {
                    if let Some((first, _)) = choices.first() {
                        set_value(first.clone());
                    }
                }
                let current = c.value.clone();
                view! {
                    <select aria-label=label on:change=move |ev| set_value(event_target_value(&ev))>
                        {choices.into_iter().map(|(v, l)| { let selected = v == current; view! { <option value=v selected=selected>{l}</option> } }).collect_view()}
                    </select>
                }
                .into_any()
            }
            None => {
                let inputmode = if c.test.takes_number() {
                    "decimal"
                } else {
                    "text"
                };
                view! {
                    <input type="text" inputmode=inputmode autocomplete="off" aria-label=label
                        prop:value=move || condition().map(|c| c.value).unwrap_or_default()
                        on:input=move |ev| set_value(event_target_value(&ev))/>
                }
                .into_any()
            }
        })
    };
    // Redrawn only when what kind of value it takes changes, so typing keeps focus.
    let value_shape = Memo::new(move |_| condition().map(|c| (c.subject, c.test)));
    view! {
        <li class="condition">
            <select aria-label=move || named(Msg::ConditionSubjectLabel) on:change=on_subject>{subject_options}</select>
            {window}
            <select aria-label=move || named(Msg::ConditionTestLabel) on:change=on_test>{test_options}</select>
            {move || { value_shape.with(|_| ()); untrack(value_input) }}
            {points.map(|p| view! {
                <label class="points">
                    <span>{tr(Msg::ScorePoints)}</span>
                    <input type="text" inputmode="numeric" autocomplete="off" aria-label=move || named(Msg::ConditionPointsLabel)
                        prop:value=move || p.with(|m| m.get(&key).cloned().unwrap_or_default())
                        on:input=move |ev| p.update(|m| { m.insert(key, event_target_value(&ev)); })/>
                </label>
            })}
            <button type="button" class="quiet" aria-label=move || named(Msg::RemoveConditionN)
                on:click=move |_| draft.update(|d| d.remove_condition(key))>"×"</button>
        </li>
    }
}
