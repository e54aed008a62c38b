//! RFM's set-up, under the grid: the period it looks back over and which segment each
//! recency x frequency square is called, with the usual table a click away.

use super::insights::segment_msg;
use crate::analytics::rfm::{RfmSegment, RfmSettings, RfmTable, RFM_WINDOWS};
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn RfmSetup() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = state.settings.with_untracked(|s| s.rfm.clone());
    let window = RwSignal::new(stored.window());
    let table = RwSignal::new(stored.table);
    let saved = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let save = Action::new_local(move |rfm: &RfmSettings| {
        let rfm = rfm.clone();
        async move {
            match state.save_rfm_settings(rfm).await {
                Ok(()) => saved.set(true),
                Err(e) => failure.set(Some(crate::i18n::book_error_text(
                    state.lang.get_untracked(),
                    &e,
                ))),
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        failure.set(None);
        save.dispatch(RfmSettings {
            window_months: window.get_untracked(),
            table: table.get_untracked(),
        });
    };
    let square = move |r: u8, f: u8| {
        let chosen = move || table.with(|t| t.cell(r, f));
        view! {
            <td>
                <select aria-label=move || state.lang.get().tf(Msg::RfmSquareSegment, &[("r", &r), ("f", &f)])
                    on:change=move |ev| {
                        if let Some(s) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| RfmSegment::ALL.get(i)) {
                            table.update(|t| t.assign(r, f, *s));
                            saved.set(false);
                        }
                    }>
                    {RfmSegment::ALL.iter().enumerate().map(|(i, s)| view! {
                        <option value=i.to_string() selected=move || chosen() == *s>{tr(segment_msg(*s))}</option>
                    }).collect_view()}
                </select>
            </td>
        }
    };
    view! {
        <details class="rfm-setup">
            <summary>{tr(Msg::RfmSetupSummary)}</summary>
            <form on:submit=on_submit novalidate>
                <label class="field">
                    <span>{tr(Msg::RfmPeriod)}</span>
                    <select on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse() {
                            window.set(m);
                            saved.set(false);
                        }
                    }>
                        {RFM_WINDOWS.into_iter().map(|m| view! {
                            <option value=m.to_string() selected=move || window.get() == m>
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
                {move || failure.get().map(|f| view! { <p class="banner error" role="alert">{f}</p> })}
                {move || saved.get().then(|| view! { <p class="notice" role="status">{tr(Msg::RfmSetupSaved)}</p> })}
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        table.set(RfmTable::default());
                        saved.set(false);
                    }>{tr(Msg::RfmUsualTable)}</button>
                    <button type="submit" class="primary">{tr(Msg::RfmSetupSave)}</button>
                </div>
            </form>
        </details>
    }
}
