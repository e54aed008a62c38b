//! RFM's set-up, under the grid: the period it looks back over and which segment each
//! recency x frequency square is called, with the usual table a click away.

use super::insights::segment_msg;
use crate::analytics::rfm::{RfmSegment, RfmSettings, RfmTable, RFM_WINDOWS};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The set-up as stored, drawn afresh whenever the stored choice changes (a save here,
/// another tab, a restore), so the form never shows a choice that is not the book's.
/// Whether it is open and the last save's outcome live outside, so they survive that.
#[component]
pub fn RfmSetup() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = Memo::new(move |_| state.settings.with(|s| s.rfm.clone()));
    let open = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let details = NodeRef::<leptos::html::Details>::new();
    view! {
        <details class="rfm-setup" node_ref=details prop:open=move || open.get()
            on:toggle=move |_| open.set(details.get_untracked().is_some_and(|d| d.open()))>
            <summary>{tr(Msg::RfmSetupSummary)}</summary>
            {move || view! { <RfmForm stored=stored.get() said/> }}
            // Present before anything is said, so screen readers announce what is.
            <p class="notice" role="status" hidden=move || said.with(String::is_empty)>{move || said.get()}</p>
        </details>
    }
}

#[component]
fn RfmForm(stored: RfmSettings, said: RwSignal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let window = RwSignal::new(stored.window());
    let table = RwSignal::new(stored.table);
    let save = Action::new_local(move |rfm: &RfmSettings| {
        let rfm = rfm.clone();
        async move {
            let lang = state.lang.get_untracked();
            said.set(match state.save_rfm_settings(rfm).await {
                Ok(()) => lang.t(Msg::RfmSetupSaved),
                Err(e) => crate::i18n::book_error_text(lang, &e),
            });
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        said.set(String::new());
        save.dispatch(RfmSettings {
            window_months: window.get_untracked(),
            table: table.get_untracked(),
        });
    };
    let index_of = |segment: RfmSegment| {
        RfmSegment::ALL
            .iter()
            .position(|s| *s == segment)
            .unwrap_or_default()
            .to_string()
    };
    let square = move |r: u8, f: u8| {
        view! {
            <td>
                <select aria-label=move || state.lang.get().tf(Msg::RfmSquareSegment, &[("r", &r), ("f", &f)])
                    prop:value=move || table.with(|t| index_of(t.cell(r, f)))
                    on:change=move |ev| {
                        if let Some(s) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| RfmSegment::ALL.get(i)) {
                            table.update(|t| t.assign(r, f, *s));
                            said.set(String::new());
                        }
                    }>
                    {RfmSegment::ALL.iter().enumerate().map(|(i, s)| view! {
                        <option value=i.to_string()>{tr(segment_msg(*s))}</option>
                    }).collect_view()}
                </select>
            </td>
        }
    };
    view! {
        <form on:submit=on_submit novalidate>
            <label class="field">
                <span>{tr(Msg::RfmPeriod)}</span>
                <select prop:value=move || window.get().to_string()
                    on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse() {
                            window.set(m);
                            said.set(String::new());
                        }
                    }>
                    {RFM_WINDOWS.into_iter().map(|m| view! {
                        <option value=m.to_string()>
                            {move || state.lang.get().tf(Msg::RfmPeriodMonths, &[("months", &m)])}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <table class="rfm-table">
                <caption>{tr(Msg::RfmTableCaption)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {(1..=5u8).map(|f| view! {
                            <th scope="col">{move || state.lang.get().tf(Msg::RfmFrequencyScore, &[("f", &f)])}</th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {(1..=5u8).rev().map(|r| view! {
                        <tr>
                            <th scope="row">{move || state.lang.get().tf(Msg::RfmRecencyScore, &[("r", &r)])}</th>
                            {(1..=5u8).map(|f| square(r, f)).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    table.set(RfmTable::default());
                    said.set(String::new());
                }>{tr(Msg::RfmUsualTable)}</button>
                <button type="submit" class="primary">{tr(Msg::RfmSetupSave)}</button>
            </div>
        </form>
    }
}
