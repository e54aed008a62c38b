//! The import's second half: what the rows will become (a sample, the rows with
//! problems, the rows that match someone, each with its answer), then the import
//! itself with progress, rate and time left.

use super::import::ImportFlow;
use crate::book::import::{ImportPreview, ImportStage};
use crate::domain::phone;
use crate::exchange::import::duplicates::DuplicateChoice;
use crate::i18n::import_names::{choice_msg, reason_msg, row_problem, stage_msg, time_left};
use crate::i18n::{Lang, Msg};
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::rc::Rc;

/// Rows shown as a sample, problems and matches listed (the rest are counted).
const SAMPLE_ROWS: usize = 5;
const PROBLEMS_SHOWN: usize = 50;
const MATCHES_SHOWN: usize = 50;

const CHOICES: [DuplicateChoice; 3] = [
    DuplicateChoice::Update,
    DuplicateChoice::Skip,
    DuplicateChoice::Create,
];

fn choice_key(choice: DuplicateChoice) -> &'static str {
    match choice {
        DuplicateChoice::Update => "update",
        DuplicateChoice::Skip => "skip",
        DuplicateChoice::Create => "create",
    }
}

fn choice_of(key: &str) -> DuplicateChoice {
    CHOICES
        .into_iter()
        .find(|c| choice_key(*c) == key)
        .unwrap_or_default()
}

#[component]
pub fn Preview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let preview = move || flow.preview.get();
    let run = Action::new_local(move |_: &()| async move {
        let (Some(file), Some(preview)) = (flow.ok_file(), flow.preview.get_untracked()) else {
            return;
        };
        let choices = flow.choices.get_untracked();
        flow.running.set(true);
        let result = state
            .run_import(&file, &preview, &choices, move |p| flow.report(p))
            .await;
        flow.progress.try_set(None);
        flow.running.try_set(false);
        match result {
            Ok(outcome) => {
                flow.start_again();
                flow.outcome.try_set(Some(outcome));
                request_animation_frame(|| platform::focus_element("import-done"));
            }
            Err(e) => {
                // Batches before the failure are in: the journal offers to resume.
                flow.forget_preview();
                state.tell_failure(&e);
                request_animation_frame(|| platform::focus_element("import-file"));
            }
        }
    });
    let summary = move || {
        let lang = state.lang.get();
        preview().map(|p| {
            let mut lines = vec![lang.tf(Msg::ImportReady, &[("n", &p.rows.len())])];
            if p.already > 0 {
                lines.push(lang.tf(Msg::ImportAlready, &[("n", &p.already)]));
            }
            if !p.new_fields.is_empty() {
                let names: Vec<&str> = p.new_fields.iter().map(|f| f.label.as_str()).collect();
                lines.push(lang.tf(Msg::ImportNewFields, &[("names", &names.join(", "))]));
            }
            lines
                .into_iter()
                .map(|l| view! { <p>{l}</p> })
                .collect_view()
        })
    };
    let resuming = move || {
        flow.preview
            .with(|p| p.as_ref().is_some_and(|p| p.already > 0))
    };
    let nothing = move || {
        flow.preview
            .with(|p| p.as_ref().is_some_and(|p| p.rows.is_empty()))
    };
    view! {
        <section class="import-preview" aria-labelledby="import-preview-heading">
            <h2 id="import-preview-heading" tabindex="-1">{tr(Msg::ImportPreviewHeading)}</h2>
            <Show when=resuming><p class="notice">{tr(Msg::ImportResuming)}</p></Show>
            {summary}
            {move || preview().map(|p| view! { <Sample preview=p.clone()/> <Problems preview=p.clone()/> <Matches preview=p/> })}
            <Show when=nothing><p class="empty">{tr(Msg::ImportNothingToDo)}</p></Show>
            <div class="actions">
                <button type="button" class="primary" hidden=nothing
                    on:click=move |_| { if !run.pending().get_untracked() && !flow.busy() { run.dispatch(()); } }>
                    {tr(Msg::ImportRun)}
                </button>
                <button type="button" on:click=move |_| flow.start_again()>{tr(Msg::ImportStartAgain)}</button>
            </div>
        </section>
    }
}

/// The first rows as they will be stored.
#[component]
fn Sample(preview: Rc<ImportPreview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    if preview.rows.is_empty() {
        return None;
    }
    // Views may be redrawn from any reactive context: hold the preview in the arena.
    let preview = StoredValue::new_local(preview);
    let rows = move || {
        let lang = state.lang.get();
        preview.with_value(|preview| {
            preview
                .rows
                .iter()
                .take(SAMPLE_ROWS)
                .map(|r| {
                    let c = &r.customer;
                    let phones: Vec<String> = c.phones.iter().map(|p| phone::display(p)).collect();
                    view! {
                        <tr>
                            <td dir="auto">{c.display_name()}</td>
                            <td dir="ltr">{phones.join(", ")}</td>
                            <td dir="ltr">{c.emails.join(", ")}</td>
                            <td>{c.birthday.map(|b| lang.birthday(b)).unwrap_or_default()}</td>
                            <td dir="auto">{c.tags.join(", ")}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    Some(view! {
        <h3>{tr(Msg::ImportSample)}</h3>
        <div class="table-scroll">
            <table class="import-sample">
                <thead><tr>
                    <th scope="col">{tr(Msg::ImportName)}</th>
                    <th scope="col">{tr(Msg::Phone)}</th>
                    <th scope="col">{tr(Msg::Email)}</th>
                    <th scope="col">{tr(Msg::Birthday)}</th>
                    <th scope="col">{tr(Msg::Tags)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

#[component]
fn Problems(preview: Rc<ImportPreview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    if preview.problems.is_empty() {
        return None;
    }
    let lines = preview
        .problems
        .iter()
        .map(|p| p.line)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let heading = move || {
        let lang = state.lang.get();
        lang.tf(Msg::ImportProblemsHeading, &[("n", &lines)])
    };
    let more = preview.problems.len().saturating_sub(PROBLEMS_SHOWN);
    let preview = StoredValue::new_local(preview);
    let list = move || {
        let lang = state.lang.get();
        preview.with_value(|preview| {
            preview
                .problems
                .iter()
                .take(PROBLEMS_SHOWN)
                .map(|p| view! { <li>{row_problem(lang, p)}</li> })
                .collect_view()
        })
    };
    let more_text = move || {
        let lang = state.lang.get();
        lang.tf(Msg::ImportMoreProblems, &[("n", &more)])
    };
    Some(view! {
        <section class="import-problems" aria-labelledby="import-problems-heading">
            <h3 id="import-problems-heading">{heading}</h3>
            <p>{tr(Msg::ImportProblemsIntro)}</p>
            <ul class="errors">{list}</ul>
            <Show when=move || { more > 0 }><p>{more_text}</p></Show>
        </section>
    })
}

/// Rows that match someone: the answer for all, and each one's own.
#[component]
fn Matches(preview: Rc<ImportPreview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    if preview.duplicates.is_empty() {
        return None;
    }
    let count = preview.duplicates.len();
    let heading = move || {
        let lang = state.lang.get();
        lang.tf(Msg::ImportDuplicatesHeading, &[("n", &count)])
    };
    let for_all = RwSignal::new(DuplicateChoice::default());
    let apply_all = move |_| flow.choices.set(vec![for_all.get_untracked(); count]);
    let items = preview
        .duplicates
        .iter()
        .take(MATCHES_SHOWN)
        .enumerate()
        .map(|(n, (row, m))| {
            let line = preview.rows[*row].line;
            let name = preview.rows[*row].customer.display_name();
            let existing = state
                .book()
                .and_then(|b| b.directory().get(&m.existing).map(|r| r.name.to_string()))
                .unwrap_or_else(|| {
                    preview
                        .rows
                        .iter()
                        .find(|r| r.customer.id == m.existing)
                        .map(|r| r.customer.display_name())
                        .unwrap_or_default()
                });
            let reason = m.reason;
            let text = move || {
                let lang = state.lang.get();
                lang.tf(
                    Msg::ImportDuplicate,
                    &[
                        ("line", &lang.digits(&line.to_string())),
                        ("name", &name),
                        ("existing", &existing),
                        ("reason", &lang.t(reason_msg(reason))),
                    ],
                )
            };
            let label = move || {
                let lang = state.lang.get();
                lang.tf(Msg::ImportChoiceLabel, &[("line", &lang.digits(&line.to_string()))])
            };
            let id = format!("import-choice-{n}");
            let chosen = move || flow.choices.with(|c| c.get(n).copied().unwrap_or_default());
            let on_change = move |ev: leptos::ev::Event| {
                let choice = choice_of(&event_target_value(&ev));
                flow.choices.update(|c| {
                    if let Some(slot) = c.get_mut(n) {
                        *slot = choice;
                    }
                });
            };
            view! {
                <li class="import-match">
                    <p dir="auto">{text}</p>
                    <label for=id.clone() class="visually-hidden">{label}</label>
                    <select id=id on:change=on_change prop:value=move || choice_key(chosen())>
                        {CHOICES.into_iter().map(|c| view! {
                            <option value=choice_key(c) selected=move || chosen() == c>{tr(choice_msg(c))}</option>
                        }).collect_view()}
                    </select>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="import-matches" aria-labelledby="import-matches-heading">
            <h3 id="import-matches-heading">{heading}</h3>
            <div class="row import-for-all">
                <div class="field">
                    <label for="import-choice-all">{tr(Msg::ImportChoiceAll)}</label>
                    <select id="import-choice-all" on:change=move |ev| for_all.set(choice_of(&event_target_value(&ev)))
                        prop:value=move || choice_key(for_all.get())>
                        {CHOICES.into_iter().map(|c| view! {
                            <option value=choice_key(c) selected=move || for_all.get() == c>{tr(choice_msg(c))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" on:click=apply_all>{tr(Msg::ImportApplyAll)}</button>
            </div>
            <ul class="import-match-list">{items}</ul>
        </section>
    })
}

fn rate_text(lang: Lang, done: usize, total: usize, elapsed_ms: f64) -> String {
    let rate = if elapsed_ms > 0.0 {
        (done as f64 * 1000.0 / elapsed_ms).round() as i64
    } else {
        0
    };
    lang.tf(
        Msg::ImportRate,
        &[
            ("done", &done),
            ("total", &total),
            ("rate", &rate),
            (
                "left",
                &time_left(lang, done, total, elapsed_ms).unwrap_or_default(),
            ),
        ],
    )
}

/// The bar while checking, importing or rolling back.
#[component]
pub fn ImportWorking() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let label = move || {
        flow.progress
            .get()
            .map(|(p, _)| state.lang.get().t(stage_msg(p.stage)))
            .unwrap_or_default()
    };
    let detail = move || {
        let lang = state.lang.get();
        flow.progress.get().and_then(|(p, started)| {
            (p.stage != ImportStage::Checking)
                .then(|| rate_text(lang, p.done, p.total, platform::performance_now() - started))
        })
    };
    view! {
        <Show when=move || flow.progress.with(Option::is_some)>
            <div class="working" role="status">
                <p>{label}</p>
                <progress aria-label=label
                    max=move || flow.progress.with(|p| p.map_or(1, |(p, _)| p.total.max(1)))
                    value=move || flow.progress.with(|p| p.map_or(0, |(p, _)| p.done))></progress>
                <p class="muted">{detail}</p>
            </div>
        </Show>
    }
}
