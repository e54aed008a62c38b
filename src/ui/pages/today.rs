//! Today: follow-ups due (and overdue), and birthdays in the coming week.

use super::requests::pressing;
use super::timeline::{kind_msg, mark_done_action};
use crate::backup::reminder::BackupReminder;
use crate::domain::Interaction;
use crate::i18n::Msg;
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = platform::today();
    // Follow-ups come and go with the timelines, which move the directory's version on.
    let due = load(move || {
        state.directory_version.track();
        async move { state.told(state.follow_ups_until(today).await) }
    });
    let mark_done = mark_done_action();
    let pressing_requests = Memo::new(move |_| pressing(&state.requests(), today));
    let backup_due = Memo::new(move |_| {
        state.directory_version.track();
        state.backup_reminder()
    });
    let birthdays = Memo::new(move |_| {
        state.directory_version.track();
        state.with_directory(|d| {
            d.birthdays_within(today, 7)
                .into_iter()
                .filter_map(|(i, days)| d.row(i).map(|r| (r, days)))
                // A restricted person's data is only kept, not used, even for greetings.
                .filter(|(r, _)| !r.standing.restricted)
                .map(|(r, days)| (r.id.clone(), r.name.to_string(), days))
                .collect::<Vec<_>>()
        })
    });
    let name_of = move |i: &Interaction| {
        state
            .with_directory(|d| d.get(&i.customer_id).map(|r| r.name.to_string()))
            .unwrap_or_default()
    };

    view! {
        <section class="today-page" aria-labelledby="today-heading">
            <h1 id="today-heading">{tr(Msg::NavToday)}</h1>
            <Show when=move || { pressing_requests.get() > 0 }>
                <p class="banner warning">
                    <span>{move || { let lang = state.lang.get(); lang.tf(Msg::RequestsPressing, &[("n", &pressing_requests.get())]) }}</span>
                    " "<A href=platform::app_href("/requests")>{tr(Msg::RegisterHeading)}</A>
                </p>
            </Show>
            {move || backup_due.get().map(|due| {
                let lang = state.lang.get();
                let text = match due {
                    BackupReminder::Never => lang.t(Msg::BackupReminderNever),
                    BackupReminder::DaysAgo(n) => lang.tf(Msg::BackupReminderOld, &[("n", &n)]),
                };
                view! {
                    <p class="banner warning">
                        <span>{text}</span>" "<A href=platform::app_href("/settings#backup")>{lang.t(Msg::BackupNowLink)}</A>
                    </p>
                }
            })}
            <h2>{tr(Msg::FollowUpsDue)}</h2>
            <Show when=move || due.with(|d| d.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{tr(Msg::NothingDue)}</p>
            </Show>
            <ul class="cards">
                {move || due.get().unwrap_or_default().into_iter().map(|i| {
                    let lang = state.lang.get();
                    let when = match i.due {
                        Some(d) if d < today => lang.tf(Msg::Overdue, &[("date", &lang.date(d))]),
                        _ => lang.t(Msg::IsToday).to_owned(),
                    };
                    let overdue = i.due.is_some_and(|d| d < today);
                    let entry = i.clone();
                    let name = name_of(&i);
                    view! {
                        <li class="card" class:overdue=overdue>
                            <A href=platform::app_href(&format!("/customers/{}", i.customer_id))>{name}</A>
                            <p class="muted">{lang.t(kind_msg(i.kind))}" · "{when}</p>
                            <p>{i.text.clone()}</p>
                            <button type="button" on:click=move |_| { mark_done.dispatch(entry.clone()); }>{tr(Msg::MarkDone)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>{tr(Msg::BirthdaysThisWeek)}</h2>
            <Show when=move || birthdays.with(Vec::is_empty)>
                <p class="empty">{tr(Msg::NoBirthdays)}</p>
            </Show>
            <ul class="cards">
                {move || birthdays.get().into_iter().map(|(id, name, days)| {
                    let lang = state.lang.get();
                    let when = if days == 0 {
                        lang.t(Msg::IsToday).to_owned()
                    } else {
                        lang.tf(Msg::InDays, &[("n", &days)])
                    };
                    view! {
                        <li class="card birthday">
                            <A href=platform::app_href(&format!("/customers/{id}"))>{name}</A>
                            <p class="muted">{when}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
