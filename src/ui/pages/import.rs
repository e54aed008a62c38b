//! The import page: choose a file, say where its columns go, check the rows, then
//! import them with progress. Imports cut short are offered to resume or roll back.

use super::import_flow::Chosen;
pub use super::import_flow::ImportFlow;
use super::import_preview::{ImportWorking, Preview};
use crate::book::import::ImportOutcome;
use crate::domain::phone::country_codes;
use crate::exchange::import::decode::TextEncoding;
use crate::exchange::import::duplicates::DuplicateChoice;
use crate::exchange::import::journal::ImportKind;
use crate::exchange::import::journal::ImportRecord;
use crate::exchange::import::mapping::{DateOrder, Target};
use crate::exchange::import::table::DELIMITERS;
use crate::i18n::import_names::{
    date_order_msg, encoding_name, mapping_problem, separator_msg, table_problem, target_name,
};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::rc::Rc;

#[component]
pub fn ImportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = ImportFlow::new(
        state.settings.with_untracked(|s| s.country.clone()),
        ImportKind::Customers,
    );
    provide_context(flow);
    view! {
        <section class="import-page" aria-labelledby="import-heading">
            <h1 id="import-heading">{tr(Msg::ImportHeading)}</h1>
            <p>{tr(Msg::ImportIntro)}</p>
            <p><A href=platform::app_href("/import/purchases")>{tr(Msg::ImportPurchasesLink)}</A></p>
            <Unfinished/>
            <ChooseFile/>
            <Show when=move || flow.ok_file().is_some()>
                <Columns/>
            </Show>
            <Show when=move || flow.preview.with(Option::is_some)>
                <Preview/>
            </Show>
            <ImportWorking/>
            {move || flow.outcome.get().map(|o| view! { <Done outcome=o/> })}
        </section>
    }
}

/// Imports cut short: each can be resumed (by choosing its file) or rolled back.
#[component]
fn Unfinished() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let done_text = RwSignal::new(None::<String>);
    let roll_back = Action::new_local(move |record: &ImportRecord| {
        let record = record.clone();
        async move {
            let lang = state.lang.get_untracked();
            let result = state
                .roll_back_import(&record, move |p| flow.report(p))
                .await;
            flow.progress.try_set(None);
            // A preview resuming this import would bring half of it back.
            flow.forget_preview();
            match result {
                Ok(n) => {
                    done_text.try_set(Some(lang.tf(Msg::ImportRolledBack, &[("n", &n)])));
                }
                Err(e) => state.tell_failure(&e),
            }
            // The pressed button is gone with its notice.
            request_animation_frame(|| platform::focus_element("import-file"));
        }
    });
    let ask = move |record: ImportRecord| {
        let lang = state.lang.get_untracked();
        let question = lang.tf(Msg::ImportRollBackConfirm, &[("file", &record.file_name)]);
        if !roll_back.pending().get_untracked() && !flow.busy() && platform::confirm(&question) {
            roll_back.dispatch(record);
        }
    };
    // While this tab imports, its own import is running, not cut short.
    let unfinished = move || {
        if flow.progress.with(Option::is_none) {
            state.unfinished_imports()
        } else {
            Vec::new()
        }
    };
    view! {
        <p role="status" class="notice" hidden=move || done_text.with(Option::is_none)>{move || done_text.get()}</p>
        {move || unfinished().into_iter().map(|(record, written)| {
            let text = {
                let record = record.clone();
                move || {
                    let lang = state.lang.get();
                    lang.tf(Msg::ImportInterrupted, &[
                        ("file", &record.file_name),
                        ("done", &written),
                        ("rows", &record.rows),
                    ])
                }
            };
            let about = format!("unfinished-{}-{}", record.started_ms, record.nonce);
            view! {
                <div class="notice unfinished-import">
                    <p id=about.clone()>{text}</p>
                    <button type="button" aria-describedby=about on:click=move |_| ask(record.clone())>{tr(Msg::ImportRollBack)}</button>
                </div>
            }
        }).collect_view()}
    }
}

#[component]
pub fn ChooseFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let choose = Action::new_local(move |_: &()| async move {
        if flow.busy() {
            return;
        }
        flow.outcome.set(None);
        flow.sale_outcome.set(None);
        let Some((name, bytes)) = platform::chosen_file("import-file").await else {
            return;
        };
        flow.encoding.set(None);
        flow.separator.set(None);
        flow.chosen.set(Some(Rc::new(Chosen { name, bytes })));
        flow.read(state).await;
    });
    let problem = move || {
        let lang = state.lang.get();
        flow.file.with(|f| match f {
            Some(Err(p)) => Some(table_problem(lang, p)),
            _ => None,
        })
    };
    let summary = move || {
        let lang = state.lang.get();
        flow.ok_file().map(|f| {
            lang.tf(
                Msg::ImportFileSummary,
                &[("file", &f.name), ("rows", &f.table.rows.len())],
            )
        })
    };
    let damaged = move || {
        let lang = state.lang.get();
        flow.ok_file().filter(|f| f.damaged).map(|f| {
            lang.tf(
                Msg::ImportDamaged,
                &[("encoding", &encoding_name(f.encoding))],
            )
        })
    };
    let shown_encoding = move || flow.ok_file().map(|f| f.encoding).or(flow.encoding.get());
    let shown_separator = move || {
        flow.ok_file()
            .map(|f| f.table.delimiter)
            .or(flow.separator.get())
    };
    let on_encoding = move |ev: leptos::ev::Event| {
        flow.encoding
            .set(TextEncoding::from_key(&event_target_value(&ev)));
        spawn_local(flow.read(state));
    };
    let on_separator = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        flow.separator.set(
            DELIMITERS
                .into_iter()
                .find(|d| char::from(*d).to_string() == v),
        );
        spawn_local(flow.read(state));
    };
    view! {
        <div class="field import-file" class:has-error=move || problem().is_some()>
            <label for="import-file">{tr(match flow.kind {
                ImportKind::Customers => Msg::ImportFile,
                ImportKind::Purchases => Msg::ImportPurchasesFile,
            })}</label>
            <input id="import-file" type="file" accept=match flow.kind {
                    ImportKind::Customers => ".csv,.tsv,.txt,.vcf,text/csv,text/vcard",
                    ImportKind::Purchases => ".csv,.tsv,.txt,text/csv",
                }
                aria-describedby="import-file-error"
                aria-invalid=move || problem().is_some().then_some("true")
                on:change=move |_| { choose.dispatch(()); }/>
            <p class="error" id="import-file-error" hidden=move || problem().is_none()>{problem}</p>
        </div>
        <Show when=move || choose.pending().get() || flow.reading.with(Option::is_some)>
            <div class="working" role="status">
                <p>{tr(Msg::ImportReading)}</p>
                <progress aria-label=move || state.lang.get().t(Msg::ImportReading) max="1000"
                    value=move || flow.reading.get().map_or(0, |s| (s * 1000.0) as u32)></progress>
            </div>
        </Show>
        <Show when=move || flow.chosen.with(Option::is_some)>
            <p class="file-summary">{summary}</p>
            <p class="notice" role="status" hidden=move || damaged().is_none()>{damaged}</p>
            <div class="row import-reading">
                <div class="field">
                    <label for="import-encoding">{tr(Msg::ImportEncoding)}</label>
                    <select id="import-encoding" on:change=on_encoding>
                        {TextEncoding::ALL.into_iter().map(|e| view! {
                            <option value=e.key() selected=move || shown_encoding() == Some(e)>{encoding_name(e)}</option>
                        }).collect_view()}
                    </select>
                </div>
                // A vCard has no separator to choose.
                <Show when=move || shown_separator() != Some(0)>
                    <div class="field">
                        <label for="import-separator">{tr(Msg::ImportSeparator)}</label>
                        <select id="import-separator" on:change=on_separator>
                            {DELIMITERS.into_iter().map(|d| view! {
                                <option value=char::from(d).to_string() selected=move || shown_separator() == Some(d)>
                                    {tr(separator_msg(d))}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

#[component]
fn Columns() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let check = Action::new_local(move |_: &()| async move {
        let Some(file) = flow.ok_file() else { return };
        let lang = state.lang.get_untracked();
        let mapping = flow.mapping.get_untracked();
        flow.forget_preview();
        let generation = flow.generation.get_value();
        let result = state
            .preview_import(&file, &mapping, flow.country.get_untracked(), move |p| {
                flow.report(p)
            })
            .await;
        flow.progress.try_set(None);
        // The file or the choices changed meanwhile: this answer is for old ones.
        if flow.generation.try_get_value() != Some(generation) {
            return;
        }
        match result {
            Ok(preview) => {
                let n = preview.duplicates.len();
                flow.choices.try_set(vec![DuplicateChoice::default(); n]);
                flow.preview.try_set(Some(Rc::new(preview)));
                request_animation_frame(|| platform::focus_element("import-preview-heading"));
            }
            Err(crate::book::BookError::Import(p)) => {
                let fields = state.settings.with_untracked(|s| s.custom_fields.clone());
                flow.mapping_problem.try_set(Some(mapping_problem(
                    lang,
                    &p,
                    &mapping.columns,
                    &fields,
                )));
                platform::focus_element("import-check");
            }
            Err(e) => state.tell_failure(&e),
        }
    });
    let rows = move || {
        let file = flow.ok_file()?;
        let header = file.table.header.clone();
        Some(
            header
                .into_iter()
                .enumerate()
                .map(|(i, h)| {
                    let example = file
                        .table
                        .rows
                        .iter()
                        .take(5)
                        .map(|r| r.cell(i))
                        .find(|c| !c.is_empty())
                        .unwrap_or("")
                        .chars()
                        .take(60)
                        .collect::<String>();
                    view! { <ColumnRow index=i header=h example/> }
                })
                .collect_view(),
        )
    };
    let on_dates = move |ev: leptos::ev::Event| {
        let order = match event_target_value(&ev).as_str() {
            "mdy" => DateOrder::MonthDayYear,
            "ymd" => DateOrder::YearMonthDay,
            _ => DateOrder::DayMonthYear,
        };
        flow.mapping.update(|m| m.dates = order);
        flow.forget_preview();
    };
    let on_country = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        flow.country.set((!v.is_empty()).then_some(v));
        flow.forget_preview();
    };
    let dates = move || flow.mapping.with(|m| m.dates);
    let date_option = move |order: DateOrder, value: &'static str| {
        view! {
            <option value=value selected=move || dates() == order>{tr(date_order_msg(order))}</option>
        }
    };
    let country = move || flow.country.get().unwrap_or_default();
    view! {
        <section class="import-columns" aria-labelledby="import-columns-heading">
            <h2 id="import-columns-heading">{tr(Msg::ImportColumnsHeading)}</h2>
            <p>{tr(Msg::ImportColumnsIntro)}</p>
            <div class="table-scroll">
                <table class="import-map">
                    <thead><tr>
                        <th scope="col">{tr(Msg::ImportColumn)}</th>
                        <th scope="col">{tr(Msg::ImportExample)}</th>
                        <th scope="col">{tr(Msg::ImportGoesTo)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="row import-options">
                <div class="field">
                    <label for="import-dates">{tr(Msg::ImportDates)}</label>
                    <select id="import-dates" on:change=on_dates prop:value=move || match dates() {
                        DateOrder::MonthDayYear => "mdy",
                        DateOrder::YearMonthDay => "ymd",
                        DateOrder::DayMonthYear => "dmy",
                    }>
                        {date_option(DateOrder::DayMonthYear, "dmy")}
                        {date_option(DateOrder::MonthDayYear, "mdy")}
                        {date_option(DateOrder::YearMonthDay, "ymd")}
                    </select>
                </div>
                <div class="field">
                    <label for="import-country">{tr(Msg::ImportCountry)}</label>
                    <select id="import-country" on:change=on_country>
                        <option value="" selected=move || country().is_empty()>{tr(Msg::ImportNoCountry)}</option>
                        {country_codes().map(|c| view! { <option value=c selected=move || country() == c>{c}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="error" role="alert" hidden=move || flow.mapping_problem.with(Option::is_none)>
                {move || flow.mapping_problem.get()}
            </p>
            <div class="actions">
                <button type="button" id="import-check" class="primary"
                    on:click=move |_| { if !check.pending().get_untracked() && !flow.busy() { check.dispatch(()); } }>
                    {tr(Msg::ImportCheck)}
                </button>
            </div>
        </section>
    }
}

#[component]
fn ColumnRow(index: usize, header: String, example: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let id = format!("import-column-{index}");
    let current = move || {
        flow.mapping
            .with(|m| m.columns.get(index).cloned().unwrap_or(Target::Skip))
    };
    let options = {
        let header = header.clone();
        move || {
            let lang = state.lang.get();
            let fields = state.settings.with(|s| s.custom_fields.clone());
            let chosen = current();
            Target::choices(&fields)
                .into_iter()
                .enumerate()
                .map(|(n, t)| {
                    let name = target_name(lang, &t, &fields, &header);
                    let selected = t == chosen;
                    view! { <option value=n.to_string() selected=selected>{name}</option> }
                })
                .collect_view()
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let fields = state.settings.with_untracked(|s| s.custom_fields.clone());
        let picked = event_target_value(&ev).parse::<usize>().ok();
        if let Some(target) = picked.and_then(|n| Target::choices(&fields).into_iter().nth(n)) {
            flow.mapping.update(|m| {
                if let Some(slot) = m.columns.get_mut(index) {
                    *slot = target;
                }
            });
            flow.forget_preview();
        }
    };
    view! {
        <tr>
            <th scope="row"><label for=id.clone()>{header.clone()}</label></th>
            <td class="example" dir="auto">{example}</td>
            <td><select id=id on:change=on_change>{options}</select></td>
        </tr>
    }
}

#[component]
fn Done(outcome: ImportOutcome) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let lang = state.lang.get();
        lang.tf(
            Msg::ImportDone,
            &[
                ("created", &outcome.created),
                ("updated", &outcome.updated),
                ("skipped", &outcome.skipped),
            ],
        )
    };
    view! {
        <div class="notice import-done">
            <p role="status" id="import-done" tabindex="-1">{text}</p>
            <A href=platform::app_href("/") attr:class="button primary">{tr(Msg::ImportSeeCustomers)}</A>
        </div>
    }
}
