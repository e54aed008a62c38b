//! Reports to share: the analyst's file. The groups are checked first and the smallest
//! shown; the file is offered only when it holds k.

use crate::i18n::Msg;
use crate::reports::analyst::AnalystTable;
use crate::reports::document::Words;
use crate::reports::spec::DEFAULT_SMALLEST_GROUP;
use crate::ui::app::tr;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn AnalystFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let k = RwSignal::new(lang.number(DEFAULT_SMALLEST_GROUP));
    let checked: RwSignal<Option<AnalystTable>> = RwSignal::new(None);
    let status = RwSignal::new(String::new());
    // Checking only looks; downloading works the rows out again, as the book is then.
    let check = Action::new_local(move |download: &bool| {
        let download = *download;
        async move {
            let lang = state.lang.get_untracked();
            let wanted = crate::domain::digits::ascii_digits(k.get_untracked().trim())
                .parse()
                .unwrap_or(DEFAULT_SMALLEST_GROUP);
            let progress = move |n: usize| status.set(lang.tf(Msg::AnalystChecking, &[("n", &n)]));
            progress(0);
            let made = match download {
                true => state.download_analyst_file(wanted, progress).await,
                false => state.analyst_table(wanted, progress).await,
            };
            match made {
                Ok(table) => {
                    status.set(String::new());
                    checked.set(Some(table));
                }
                Err(e) => {
                    checked.set(None);
                    status.set(crate::i18n::book_error_text(lang, &e));
                }
            }
        }
    });
    let verdict = move || {
        let lang = state.lang.get();
        checked.with(|t| {
            t.as_ref().map(|t| {
                let currency = state.settings.with(|s| s.loyalty.currency.clone());
                let words = Words {
                    lang,
                    currency: &currency,
                };
                let smallest = t.smallest_class;
                if t.is_safe() {
                    let text = lang.tf(
                        Msg::AnalystSmallest,
                        &[("n", &smallest), ("how", &words.generalised(t.level))],
                    );
                    view! {
                        <p role="status">{text}</p>
                        <button type="button" on:click=move |_| {
                            if !check.pending().get_untracked() { check.dispatch(true); }
                        }>
                            {tr(Msg::AnalystDownload)}
                        </button>
                    }
                    .into_any()
                } else {
                    let text = lang.tf(Msg::AnalystRefused, &[("n", &smallest), ("k", &t.k)]);
                    view! { <p class="error" role="alert">{text}</p> }.into_any()
                }
            })
        })
    };
    view! {
        <section class="analyst-file card" aria-labelledby="analyst-heading">
            <h2 id="analyst-heading">{tr(Msg::AnalystHeading)}</h2>
            <p class="muted">{tr(Msg::AnalystIntro)}</p>
            <form class="budget-form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                if !check.pending().get_untracked() { check.dispatch(false); }
            }>
                <div class="field">
                    <label for="analyst-k">{tr(Msg::AnalystK)}</label>
                    <input id="analyst-k" type="text" inputmode="numeric" autocomplete="off" size="6"
                        prop:value=move || k.get() on:input=move |ev| { k.set(event_target_value(&ev)); checked.set(None); }/>
                </div>
                <button type="submit" class="quiet">{tr(Msg::AnalystCheck)}</button>
            </form>
            <p role="status" hidden=move || status.with(String::is_empty)>{move || status.get()}</p>
            {verdict}
        </section>
    }
}
