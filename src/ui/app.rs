//! The shell: header and navigation, banners, the router, and start-up.

use super::components::toast::ToastBar;
use super::pages::duplicates::DuplicatesPage;
use super::pages::health::HealthPage;
use super::pages::import::ImportPage;
use super::pages::import_purchases::ImportPurchasesPage;
use super::pages::insights::InsightsPage;
use super::pages::reports::ReportsPage;
use super::pages::{
    counter::CounterPage, dashboard::DashboardPage, loyalty::LoyaltyPage, unlock::UnlockScreen,
};
use super::pages::{customer::CustomerPage, customer_form::CustomerForm, customers::CustomerList};
use super::pages::{
    customer_score::CustomerScorePage, segment_builder::SegmentBuilderPage, segments::SegmentsPage,
};
use super::pages::{erase::ErasePage, records::RecordsPage, requests::RequestsPage};
use super::pages::{
    loyalty_settings::LoyaltySettingsPage, settings::SettingsPage, today::TodayPage,
};
use super::platform;
use super::state::{AppState, Phase};
use crate::i18n::{store_error_text, Msg};
use crate::lock::LockState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The translated text of `msg` in the current language, as a reactive closure.
pub fn tr(msg: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = expect_context::<AppState>().lang;
    move || lang.get().t(msg)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let update_ready = UpdateReady(RwSignal::new(false));
    provide_context(update_ready);
    platform::register_service_worker(move || update_ready.0.set(true));
    // Effects, as they write outside the view: the document's lang and dir follow the
    // language chosen...
    Effect::new(move |_| {
        let lang = state.lang.get();
        platform::set_document_language(lang.code(), lang.dir());
    });
    // ...and the choice is kept on the device too, for the next first paint.
    Effect::new(move |_| {
        if state.phase.with(|p| *p == Phase::Ready) {
            state
                .settings
                .with(|s| platform::remember_language(s.language.as_deref()));
        }
    });
    // Opening the book runs for the whole session (tab listeners, loading, demo data):
    // a task, not an action anything waits on.
    spawn_local(state.start());

    view! {
        <Router base=platform::base_path()>
            <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
            <header class="top-bar">
                <span class="brand" aria-hidden="true">"K"</span>
                <span class="app-name">{tr(Msg::AppName)}</span>
                <nav aria-label=tr(Msg::MainNavigation)>
                    <A href=platform::app_href("/counter")>{tr(Msg::NavCounter)}</A>
                    <A href=platform::app_href("/") exact=true>{tr(Msg::NavCustomers)}</A>
                    <A href=platform::app_href("/today")>{tr(Msg::NavToday)}</A>
                    <A href=platform::app_href("/dashboard")>{tr(Msg::NavDashboard)}</A>
                    <A href=platform::app_href("/loyalty")>{tr(Msg::NavLoyalty)}</A>
                    <A href=platform::app_href("/insights")>{tr(Msg::NavInsights)}</A>
                    <A href=platform::app_href("/reports")>{tr(Msg::NavReports)}</A>
                    <A href=platform::app_href("/settings")>{tr(Msg::NavSettings)}</A>
                </nav>
            </header>
            <Banners/>
            <main id="main" tabindex="-1">
                <Show when=move || state.phase.get() == Phase::Ready fallback=StartupStatus>
                    <Routes fallback=|| view! { <CustomerList/> }>
                        <Route path=path!("/") view=CustomerList/>
                        <Route path=path!("/customers/new") view=|| view! { <CustomerForm/> }/>
                        <Route path=path!("/customers/:id") view=CustomerPage/>
                        <Route path=path!("/customers/:id/edit") view=|| view! { <CustomerForm/> }/>
                        <Route path=path!("/customers/:id/erase") view=ErasePage/>
                        <Route path=path!("/import") view=ImportPage/>
                        <Route path=path!("/import/purchases") view=ImportPurchasesPage/>
                        <Route path=path!("/duplicates") view=DuplicatesPage/>
                        <Route path=path!("/health") view=HealthPage/>
                        <Route path=path!("/reports") view=ReportsPage/>
                        <Route path=path!("/requests") view=RequestsPage/>
                        <Route path=path!("/records") view=RecordsPage/>
                        <Route path=path!("/today") view=TodayPage/>
                        <Route path=path!("/counter") view=CounterPage/>
                        <Route path=path!("/dashboard") view=DashboardPage/>
                        <Route path=path!("/loyalty") view=LoyaltyPage/>
                        <Route path=path!("/insights") view=InsightsPage/>
                        <Route path=path!("/segments") view=SegmentsPage/>
                        <Route path=path!("/segments/new") view=SegmentBuilderPage/>
                        <Route path=path!("/segments/score") view=CustomerScorePage/>
                        <Route path=path!("/segments/:id") view=SegmentBuilderPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                        <Route path=path!("/settings/loyalty") view=LoyaltySettingsPage/>
                    </Routes>
                </Show>
            </main>
            <ToastBar/>
        </Router>
    }
}

/// Set when a newer build of Karibu waits behind the one running in this tab.
#[derive(Clone, Copy)]
struct UpdateReady(RwSignal<bool>);

#[component]
fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let update_ready = expect_context::<UpdateReady>().0;
    let export = Action::new_local(move |_: &()| async move {
        if let Err(e) = state.export_set_aside().await {
            state.tell_failure(&e);
        }
    });
    let discard = Action::new_local(move |_: &()| async move {
        if let Err(e) = state.discard_set_aside().await {
            state.tell_failure(&e);
        }
    });
    view! {
        <Show when=move || !state.online.get()>
            <p class="banner offline" role="status">{tr(Msg::Offline)}</p>
        </Show>
        <Show when=move || state.phase.get() == Phase::Superseded>
            <p class="banner warning" role="alert">
                <span>{tr(Msg::NewerVersionOpen)}</span>
                <button type="button" on:click=|_| platform::reload()>{tr(Msg::Reload)}</button>
            </p>
        </Show>
        <Show when=move || { state.set_aside.get() > 0 }>
            <p class="banner warning" role="alert">
                <span>{move || {
                    let lang = state.lang.get();
                    lang.tf(Msg::SetAsideBanner, &[("n", &state.set_aside.get())])
                }}</span>
                <button type="button" on:click=move |_| { export.dispatch(()); }>{tr(Msg::ExportSetAside)}</button>
                <button type="button" class="quiet" on:click=move |_| {
                    let lang = state.lang.get_untracked();
                    if platform::confirm(&lang.t(Msg::ConfirmDiscardSetAside)) {
                        discard.dispatch(());
                    }
                }>{tr(Msg::DiscardSetAside)}</button>
            </p>
        </Show>
        <ConversionBanner/>
        <Show when=move || update_ready.get()>
            <p class="banner update" role="status">
                {tr(Msg::UpdateReady)}" "
                <button type="button" on:click=|_| platform::apply_update()>{tr(Msg::Reload)}</button>
            </p>
        </Show>
    }
}

/// Turning the lock on or off: one status line announced once (not every batch),
/// and the count beside it.
#[component]
fn ConversionBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let direction = Memo::new(move |_| state.converting.with(|c| c.map(|(d, _)| d)));
    let step = move || {
        state
            .converting
            .with(|c| c.map(|(_, s)| s).unwrap_or_default())
    };
    view! {
        <Show when=move || direction.get().is_some()>
            <div class="banner converting">
                <span role="status">{move || tr(if direction.get() == Some(LockState::TurningOff) {
                    Msg::UnlockingBook
                } else {
                    Msg::LockingBook
                })()}</span>
                <progress aria-hidden="true" max=move || step().total.max(step().done).max(1) value=move || step().done></progress>
                <span>{move || {
                    let s = step();
                    state.lang.get().tf(Msg::RecordsDone, &[("done", &s.done), ("total", &s.total.max(s.done))])
                }}</span>
            </div>
        </Show>
    }
}

#[component]
fn StartupStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The unlock screen is built once while locked, so what is typed survives a
    // language change or a refused key.
    let locked = Memo::new(move |_| state.phase.with(|p| *p == Phase::Locked));
    let status = move || {
        let lang = state.lang.get();
        match state.phase.get() {
            Phase::Failed(error) => view! {
                <p class="banner error" role="alert">{lang.tf(Msg::StoreFailed, &[("error", &store_error_text(lang, &error))])}</p>
            }
            .into_any(),
            Phase::Blocked => view! {
                <p class="banner warning" role="alert">{lang.t(Msg::UpgradeBlocked)}</p>
            }
            .into_any(),
            Phase::Loading(n) => view! {
                <p class="loading" role="status">{lang.tf(Msg::Loading, &[("n", &n)])}</p>
            }
            .into_any(),
            _ => view! { <p class="loading" role="status">{lang.tf(Msg::Loading, &[("n", &"")])}</p> }.into_any(),
        }
    };
    view! { <Show when=move || locked.get() fallback=status><UnlockScreen/></Show> }
}
