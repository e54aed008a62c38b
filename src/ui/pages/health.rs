//! The data-health panel: who cannot be reached, emails and phones that cannot be
//! right, stale records and rarely filled fields, each opening the customers concerned.

use crate::domain::CustomerId;
use crate::i18n::Msg;
use crate::quality::health::{HealthField, HealthReport, STALE_AFTER_DAYS};
use crate::ui::app::tr;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Customers listed under a finding; the count says how many there are in all.
const LISTED: usize = 100;

#[component]
pub fn HealthPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let read = RwSignal::new(0usize);
    let report = load(move || {
        state.directory_version.track();
        async move {
            let found = state.health_report(move |n| read.set(n)).await;
            state.told(found)
        }
    });
    let body = move || {
        let lang = state.lang.get();
        match report.get() {
            None => view! {
                <p class="loading" role="status">
                    {lang.tf(Msg::DuplicatesReading, &[("n", &lang.number(read.get()))])}
                </p>
            }
            .into_any(),
            Some(r) if r.is_clean() => {
                view! { <p role="status">{lang.t(Msg::HealthClean)}</p> }.into_any()
            }
            Some(r) => findings(state, r).into_any(),
        }
    };
    view! {
        <section class="health-page" aria-labelledby="health-heading">
            <h1 id="health-heading">{tr(Msg::HealthHeading)}</h1>
            <p class="muted">{tr(Msg::HealthIntro)}</p>
            {body}
        </section>
    }
}

fn field_name(state: AppState, field: &HealthField) -> String {
    let lang = state.lang.get();
    match field {
        HealthField::Phone => lang.t(Msg::Phone),
        HealthField::Email => lang.t(Msg::Email),
        HealthField::Address => lang.t(Msg::Address),
        HealthField::Birthday => lang.t(Msg::Birthday),
        HealthField::Language => lang.t(Msg::Language),
        HealthField::Tags => lang.t(Msg::Tags),
        HealthField::Custom(key) => state.custom_field_label(key),
    }
}

fn findings(state: AppState, r: HealthReport) -> impl IntoView {
    let lang = state.lang.get();
    let years = STALE_AFTER_DAYS / 365;
    let mut rows: Vec<(String, Vec<CustomerId>)> = vec![
        (
            lang.tf(Msg::HealthUnreachable, &[("n", &r.unreachable.len())]),
            r.unreachable,
        ),
        (
            lang.tf(Msg::HealthBadEmails, &[("n", &r.bad_emails.len())]),
            r.bad_emails,
        ),
        (
            lang.tf(Msg::HealthBadPhones, &[("n", &r.bad_phones.len())]),
            r.bad_phones,
        ),
        (
            lang.tf(
                Msg::HealthStale,
                &[("n", &r.stale.len()), ("years", &years)],
            ),
            r.stale,
        ),
    ];
    let total = r.customers;
    rows.extend(r.rarely_filled.into_iter().map(|(field, have, lacking)| {
        let text = lang.tf(
            Msg::HealthRarelyFilled,
            &[
                ("field", &field_name(state, &field)),
                ("have", &have),
                ("total", &total),
            ],
        );
        (text, lacking)
    }));
    view! {
        <ul class="health-findings">
            {rows.into_iter().filter(|(_, ids)| !ids.is_empty()).map(|(text, ids)| view! {
                <li><Finding text ids/></li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Finding(text: String, ids: Vec<CustomerId>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let more = ids.len().saturating_sub(LISTED);
    let people: Vec<(CustomerId, String)> = state.with_directory(|d| {
        ids.iter()
            .take(LISTED)
            .map(|id| {
                let name = d.get(id).map(|r| r.name.to_string()).unwrap_or_default();
                (id.clone(), name)
            })
            .collect()
    });
    view! {
        <details>
            <summary>{text}</summary>
            <ul class="health-people">
                {people.into_iter().map(|(id, name)| view! {
                    <li><a href=platform::app_href(&format!("/customers/{}", id.as_str()))>{name}</a></li>
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! {
                <p class="muted">{move || state.lang.get().tf(Msg::HealthMore, &[("n", &more)])}</p>
            })}
        </details>
    }
}
