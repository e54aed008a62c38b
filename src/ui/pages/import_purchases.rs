//! The purchases import page: choose a file, say where its columns go and how its
//! customers are found, check the rows, choose whether they earn points, then import
//! them with progress. An import cut short is offered to resume with the same file.

use super::import::{ChooseFile, ImportFlow};
use super::import_preview::ImportWorking;
use crate::book::import_purchases::{PurchaseImportOutcome, PurchaseImportPreview};
use crate::domain::phone::country_codes;
use crate::exchange::import::journal::ImportKind;
use crate::exchange::import::mapping::DateOrder;
use crate::exchange::import::purchases::SaleColumn;
use crate::i18n::import_names::{
    date_order_msg, sale_column_msg, sale_mapping_problem, sale_problem,
};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;
use std::rc::Rc;

const SAMPLE_ROWS: usize = 5;
const PROBLEMS_SHOWN: usize = 50;

#[component]
pub fn ImportPurchasesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = ImportFlow::new(
        state.settings.with_untracked(|s| s.country.clone()),
        ImportKind::Purchases,
    );
    provide_context(flow);
    view! {
        <section class="import-page" aria-labelledby="import-heading">
            <h1 id="import-heading">{tr(Msg::ImportPurchasesHeading)}</h1>
            <p>{tr(Msg::ImportPurchasesIntro)}</p>
            <p><A href=platform::app_href("/import")>{tr(Msg::ImportHeading)}</A></p>
            <Unfinished/>
            <ChooseFile/>
            <Show when=move || flow.ok_file().is_some()>
                <SaleColumns/>
            </Show>
            <Show when=move || flow.sale_preview.with(Option::is_some)>
                {move || flow.sale_preview.get().map(|p| view! { <SalePreview preview=p/> })}
            </Show>
            <ImportWorking/>
            {move || flow.sale_outcome.get().map(|o| view! { <Done outcome=o/> })}
        </section>
    }
}

/// Imports of purchases cut short: choosing the same file goes on where it stopped.
#[component]
fn Unfinished() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let unfinished = move || {
        if flow.progress.with(Option::is_none) {
            state.unfinished_purchase_imports()
        } else {
            Vec::new()
        }
    };
    view! {
        {move || unfinished().into_iter().map(|(record, written)| {
            let text = move || {
                state.lang.get().tf(Msg::ImportSalesInterrupted, &[
                    ("file", &record.file_name),
                    ("done", &written),
                    ("rows", &record.rows),
                ])
            };
            view! { <p class="notice unfinished-import">{text}</p> }
        }).collect_view()}
    }
}

fn date_key(order: DateOrder) -> &'static str {
    match order {
        DateOrder::MonthDayYear => "mdy",
        DateOrder::YearMonthDay => "ymd",
        DateOrder::DayMonthYear => "dmy",
    }
}

#[component]
fn SaleColumns() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let problem = RwSignal::new(None::<String>);
    let check = Action::new_local(move |_: &()| async move {
        let Some(file) = flow.ok_file() else { return };
        let lang = state.lang.get_untracked();
        let mapping = flow.sale_mapping.get_untracked();
        flow.forget_preview();
        problem.set(None);
        let result = state
            .preview_purchase_import(&file, &mapping, flow.country.get_untracked(), move |p| {
                flow.report(p)
            })
            .await;
        flow.progress.try_set(None);
        // The file or the choices changed meanwhile: this answer is for old ones.
        if flow.sale_mapping.try_get_untracked().as_ref() != Some(&mapping)
            || flow.ok_file().is_none()
        {
            return;
        }
        match result {
            Ok(preview) => {
                flow.sale_preview.try_set(Some(Rc::new(preview)));
                request_animation_frame(|| platform::focus_element("import-preview-heading"));
            }
            Err(crate::book::BookError::ImportPurchases(p)) => {
                problem.try_set(Some(sale_mapping_problem(lang, &p, &mapping.columns)));
                platform::focus_element("import-check");
            }
            Err(e) => state.tell_failure(&e),
        }
    });
    let changed = move || {
        flow.forget_preview();
        problem.set(None);
    };
    let rows = move || {
        let file = flow.ok_file()?;
        Some(
            file.table
                .header
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let example: String = file
                        .table
                        .rows
                        .iter()
                        .take(5)
                        .map(|r| r.cell(i))
                        .find(|c| !c.is_empty())
                        .unwrap_or("")
                        .chars()
                        .take(60)
                        .collect();
                    view! { <ColumnRow index=i header=h.clone() example on_change=changed/> }
                })
                .collect_view(),
        )
    };
    let fields = move || state.settings.with(|s| s.custom_fields.clone());
    let match_by = move || {
        flow.sale_mapping
            .with(|m| m.match_by.clone().unwrap_or_default())
    };
    let on_match_by = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        flow.sale_mapping
            .update(|m| m.match_by = (!v.is_empty()).then_some(v));
        changed();
    };
    let dates = move || flow.sale_mapping.with(|m| m.dates);
    let on_dates = move |ev: leptos::ev::Event| {
        let order = match event_target_value(&ev).as_str() {
            "mdy" => DateOrder::MonthDayYear,
            "ymd" => DateOrder::YearMonthDay,
            _ => DateOrder::DayMonthYear,
        };
        flow.sale_mapping.update(|m| m.dates = order);
        changed();
    };
    let comma = move || flow.sale_mapping.with(|m| m.decimal_comma);
    let on_amounts = move |ev: leptos::ev::Event| {
        let comma = event_target_value(&ev) == "comma";
        flow.sale_mapping.update(|m| m.decimal_comma = comma);
        changed();
    };
    let country = move || flow.country.get().unwrap_or_default();
    let on_country = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        flow.country.set((!v.is_empty()).then_some(v));
        changed();
    };
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
                    <label for="import-match-by">{tr(Msg::ImportMatchBy)}</label>
                    <select id="import-match-by" on:change=on_match_by prop:value=match_by>
                        <option value="" selected=move || match_by().is_empty()>{tr(Msg::ImportMatchByUsual)}</option>
                        {move || fields().into_iter().map(|f| {
                            let key = f.key.clone();
                            view! { <option value=f.key selected=move || match_by() == key>{f.label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="import-dates">{tr(Msg::ImportDates)}</label>
                    <select id="import-dates" on:change=on_dates prop:value=move || date_key(dates())>
                        {[DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay].into_iter().map(|o| view! {
                            <option value=date_key(o) selected=move || dates() == o>{tr(date_order_msg(o))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="import-amounts">{tr(Msg::ImportAmounts)}</label>
                    <select id="import-amounts" on:change=on_amounts prop:value=move || if comma() { "comma" } else { "point" }>
                        <option value="point" selected=move || !comma()>{tr(Msg::AmountsDecimalPoint)}</option>
                        <option value="comma" selected=comma>{tr(Msg::AmountsDecimalComma)}</option>
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
            <p class="error" role="alert" hidden=move || problem.with(Option::is_none)>{move || problem.get()}</p>
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
fn ColumnRow(
    index: usize,
    header: String,
    example: String,
    on_change: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let flow = expect_context::<ImportFlow>();
    let id = format!("import-column-{index}");
    let current = move || {
        flow.sale_mapping
            .with(|m| m.columns.get(index).copied().unwrap_or(SaleColumn::Skip))
    };
    let picked = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev).parse::<usize>().ok();
        if let Some(column) = chosen.and_then(|n| SaleColumn::ALL.get(n).copied()) {
            flow.sale_mapping.update(|m| {
                if let Some(slot) = m.columns.get_mut(index) {
                    *slot = column;
                }
            });
            on_change();
        }
    };
    view! {
        <tr>
            <th scope="row"><label for=id.clone()>{header}</label></th>
            <td class="example" dir="auto">{example}</td>
            <td>
                <select id=id on:change=picked>
                    {SaleColumn::ALL.into_iter().enumerate().map(|(n, c)| view! {
                        <option value=n.to_string() selected=move || current() == c>{tr(sale_column_msg(c))}</option>
                    }).collect_view()}
                </select>
            </td>
        </tr>
    }
}

#[component]
fn SalePreview(preview: Rc<PurchaseImportPreview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let flow = expect_context::<ImportFlow>();
    let earn = RwSignal::new(false);
    let run = Action::new_local(move |_: &()| async move {
        let Some(preview) = flow.sale_preview.get_untracked() else {
            return;
        };
        flow.running.set(true);
        let result = state
            .run_purchase_import(&preview, earn.get_untracked(), move |p| flow.report(p))
            .await;
        flow.progress.try_set(None);
        flow.running.try_set(false);
        match result {
            Ok(outcome) => {
                flow.start_again();
                flow.sale_outcome.try_set(Some(outcome));
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
    let p = StoredValue::new_local(preview.clone());
    let summary = move || {
        let lang = state.lang.get();
        p.with_value(|p| {
            let currency = state.settings.with(|s| s.loyalty.currency.clone());
            let mut lines = vec![lang.tf(
                Msg::ImportSalesReady,
                &[
                    ("n", &p.rows.len()),
                    ("total", &lang.money(&currency, p.total)),
                ],
            )];
            if p.customers > 0 {
                lines.push(lang.tf(Msg::ImportSalesCustomers, &[("n", &p.customers)]));
            }
            if p.walk_ins > 0 {
                lines.push(lang.tf(Msg::ImportSalesWalkIns, &[("n", &p.walk_ins)]));
            }
            if p.already > 0 {
                lines.push(lang.tf(Msg::ImportAlready, &[("n", &p.already)]));
            }
            lines
                .into_iter()
                .map(|l| view! { <p>{l}</p> })
                .collect_view()
        })
    };
    let before = move || {
        let lang = state.lang.get();
        p.with_value(|p| p.imported_before)
            .map(|at| lang.tf(Msg::ImportSalesBefore, &[("date", &lang.date_time(at))]))
    };
    let nothing = preview.rows.is_empty();
    view! {
        <section class="import-preview" aria-labelledby="import-preview-heading">
            <h2 id="import-preview-heading" tabindex="-1">{tr(Msg::ImportPreviewHeading)}</h2>
            <p class="notice" role="alert" hidden=move || before().is_none()>{before}</p>
            {summary}
            <Sample preview=preview.clone()/>
            <Problems preview=preview.clone()/>
            <Show when=move || !nothing fallback=|| view! { <p class="empty">{tr(Msg::ImportNothingToDo)}</p> }>
                <fieldset class="import-points">
                    <legend>{tr(Msg::ImportPointsLegend)}</legend>
                    <label class="check">
                        <input type="radio" name="import-points" prop:checked=move || !earn.get() on:change=move |_| earn.set(false)/>
                        {tr(Msg::ImportPointsNone)}
                    </label>
                    <label class="check">
                        <input type="radio" name="import-points" prop:checked=move || earn.get() on:change=move |_| earn.set(true)/>
                        {tr(Msg::ImportPointsEarn)}
                    </label>
                </fieldset>
            </Show>
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

/// The first purchases as they will be stored.
#[component]
fn Sample(preview: Rc<PurchaseImportPreview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    if preview.rows.is_empty() {
        return None;
    }
    let preview = StoredValue::new_local(preview);
    let rows = move || {
        let lang = state.lang.get();
        let currency = state.settings.with(|s| s.loyalty.currency.clone());
        let book = state.book();
        preview.with_value(|preview| {
            preview
                .rows
                .iter()
                .take(SAMPLE_ROWS)
                .map(|r| {
                    let p = &r.purchase;
                    let who = match &p.customer {
                        Some(id) => book
                            .as_ref()
                            .and_then(|b| b.directory().get(id).map(|row| row.name.to_string()))
                            .unwrap_or_default(),
                        None => lang.t(Msg::WalkInName),
                    };
                    view! {
                        <tr>
                            <td>{lang.digits(&r.line.to_string())}</td>
                            <td>{lang.date_time(p.at_ms)}</td>
                            <td dir="auto">{who}</td>
                            <td class="amount">{lang.money(&currency, p.amount)}</td>
                            <td dir="auto">{p.categories.join(", ")}</td>
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
                    <th scope="col">{tr(Msg::ImportLine)}</th>
                    <th scope="col">{tr(Msg::SaleColumnDate)}</th>
                    <th scope="col">{tr(Msg::SaleColumnCustomer)}</th>
                    <th scope="col">{tr(Msg::SaleColumnAmount)}</th>
                    <th scope="col">{tr(Msg::SaleColumnCategories)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

#[component]
fn Problems(preview: Rc<PurchaseImportPreview>) -> impl IntoView {
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
    let more = preview.problems.len().saturating_sub(PROBLEMS_SHOWN);
    let field = preview.mapping.match_by.clone();
    let preview = StoredValue::new_local(preview);
    let list = move || {
        let lang = state.lang.get();
        let label = field.as_ref().and_then(|key| {
            state.settings.with(|s| {
                s.custom_fields
                    .iter()
                    .find(|f| f.key == *key)
                    .map(|f| f.label.clone())
            })
        });
        preview.with_value(|preview| {
            preview
                .problems
                .iter()
                .take(PROBLEMS_SHOWN)
                .map(|p| view! { <li>{sale_problem(lang, p, label.as_deref())}</li> })
                .collect_view()
        })
    };
    Some(view! {
        <section class="import-problems" aria-labelledby="import-problems-heading">
            <h3 id="import-problems-heading">
                {move || state.lang.get().tf(Msg::ImportProblemsHeading, &[("n", &lines)])}
            </h3>
            <p>{tr(Msg::ImportProblemsIntro)}</p>
            <ul class="errors">{list}</ul>
            <Show when=move || { more > 0 }>
                <p>{move || state.lang.get().tf(Msg::ImportMoreProblems, &[("n", &more)])}</p>
            </Show>
        </section>
    })
}

#[component]
fn Done(outcome: PurchaseImportOutcome) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        state.lang.get().tf(
            Msg::ImportSalesDone,
            &[("n", &outcome.recorded), ("points", &outcome.points)],
        )
    };
    view! {
        <div class="notice import-done">
            <p role="status" id="import-done" tabindex="-1">{text}</p>
            <A href=platform::app_href("/loyalty") attr:class="button primary">{tr(Msg::ImportSeeSales)}</A>
        </div>
    }
}
