//! A month grid to pick a day in the calendar the language shows, for languages whose
//! calendar the browser's own date picker cannot show (Persian's Solar Hijri). It
//! writes the day into the text field beside it, as the owner would have typed it.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::calendar::Calendar;
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::platform;
use crate::ui::state::AppState;

#[component]
pub fn DatePicker(
    /// The field's text: the picked day replaces its date, and keeps a time after it.
    value: RwSignal<String>,
    /// A moment field: a picked day gets the time now when none is typed yet.
    #[prop(optional)]
    with_time: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let today = platform::today();
    let calendar = move || state.lang.get().calendar();
    // The month shown: the typed day's, else today's.
    let month = RwSignal::new(None::<(i32, u32)>);
    let shown = move || {
        month.get().unwrap_or_else(|| {
            let typed = value.with(|v| calendar().parse_date(v.split(' ').next().unwrap_or("")));
            calendar().month_of(typed.unwrap_or(today))
        })
    };
    let pick = move |day: NaiveDate| {
        let lang = state.lang.get_untracked();
        let date = lang.digits(&lang.calendar().date_text(day));
        value.update(|v| {
            let time = v.split_once(' ').map(|(_, t)| t.to_owned()).or_else(|| {
                with_time.then(|| {
                    let now = platform::now_ms();
                    let typed =
                        Calendar::Gregorian.minute_text(now, platform::utc_offset_minutes());
                    lang.digits(typed.split_once('T').map_or("", |(_, t)| t))
                })
            });
            *v = match time {
                Some(t) => format!("{date} {t}"),
                None => date,
            };
        });
        open.set(false);
    };
    let step = move |by: i32| month.set(Some(Calendar::step_month(shown(), by)));
    let grid = move || {
        let lang = state.lang.get();
        let days = calendar().days_of_month(shown());
        let Some(first) = days.first().copied() else {
            return ().into_any();
        };
        // Weeks start on Saturday in the Solar Hijri calendar, Monday elsewhere.
        let week_start = if calendar() == Calendar::Persian {
            5
        } else {
            0
        };
        let lead = (first.weekday().num_days_from_monday() + 7 - week_start) % 7;
        let heads: Vec<String> = (0..7)
            .map(|i| lang.weekday(first + chrono::Duration::days(i64::from(i) - i64::from(lead))))
            .collect();
        let mut cells: Vec<Option<NaiveDate>> = vec![None; lead as usize];
        cells.extend(days.into_iter().map(Some));
        let weeks: Vec<Vec<Option<NaiveDate>>> = cells.chunks(7).map(<[_]>::to_vec).collect();
        // The arrows point the way the months run in the reading direction.
        let (back, on) = if lang.dir() == "rtl" {
            ("›", "‹")
        } else {
            ("‹", "›")
        };
        view! {
            <div class="picker-head">
                <button type="button" class="quiet" aria-label=tr(Msg::PreviousMonth) on:click=move |_| step(-1)>{back}</button>
                <strong aria-live="polite">{lang.calendar_month(first)}</strong>
                <button type="button" class="quiet" aria-label=tr(Msg::NextMonth) on:click=move |_| step(1)>{on}</button>
            </div>
            <table class="picker-grid" role="presentation">
                <thead><tr>{heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {weeks.into_iter().map(|week| view! {
                        <tr>{week.into_iter().map(|cell| match cell {
                            Some(day) => view! {
                                <td>
                                    <button type="button" class:today=day == today aria-label=lang.date(day)
                                        on:click=move |_| pick(day)>{lang.number(calendar().from_gregorian(day).2)}</button>
                                </td>
                            }.into_any(),
                            None => view! { <td></td> }.into_any(),
                        }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <span class="date-picker">
            <button type="button" class="quiet" aria-expanded=move || open.get().to_string()
                on:click=move |_| { month.set(None); open.update(|o| *o = !*o) }>{tr(Msg::PickDate)}</button>
            <Show when=move || open.get()>
                <div class="picker" role="group" aria-label=tr(Msg::PickDate)
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { open.set(false) }>
                    {grid}
                </div>
            </Show>
        </span>
    }
}
