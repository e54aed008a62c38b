//! The shell: header and navigation, banners, the router, and start-up.

use super::components::toast::ToastBar;
use super::pages::{counter::CounterPage, loyalty::LoyaltyPage};
use super::pages::{customer::CustomerPage, customer_form::CustomerForm, customers::CustomerList};
use super::pages::{
    loyalty_settings::LoyaltySettingsPage, settings::SettingsPage, today::TodayPage,
};
use super::platform;
use super::state::{AppState, Phase};
use crate::i18n::{store_error_text, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The translated text of `msg` in the current language, as a reactive closure.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<AppState>().lang;
    move || lang.get().t(msg)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    platform::register_service_worker();
    Effect::new(move |_| {
        let lang = state.lang.get();
        platform::set_document_language(lang.code(), lang.dir());
    });
    spawn_local(state.start());

    view! {
        <Router>
            <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
            <header class="top-bar">
                <span class="brand" aria-hidden="true">"K"</span>
                <span class="app-name">{tr(Msg::AppName)}</span>
                <nav aria-label=tr(Msg::MainNavigation)>
                    <A href="/counter">{tr(Msg::NavCounter)}</A>
                    <A href="/" exact=true>{tr(Msg::NavCustomers)}</A>
                    <A href="/today">{tr(Msg::NavToday)}</A>
                    <A href="/loyalty">{tr(Msg::NavLoyalty)}</A>
                    <A href="/settings">{tr(Msg::NavSettings)}</A>
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
                        <Route path=path!("/today") view=TodayPage/>
                        <Route path=path!("/counter") view=CounterPage/>
                        <Route path=path!("/loyalty") view=LoyaltyPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                        <Route path=path!("/settings/loyalty") view=LoyaltySettingsPage/>
                    </Routes>
                </Show>
            </main>
            <ToastBar/>
        </Router>
    }
}

#[component]
fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || !state.online.get()>
            <p class="banner offline" role="status">{tr(Msg::Offline)}</p>
        </Show>
        <Show when=move || state.phase.get() == Phase::Superseded>
            <p class="banner warning" role="alert">
                {tr(Msg::OtherTabChanged)}" "
                <button type="button" on:click=|_| platform::reload()>{tr(Msg::Reload)}</button>
            </p>
        </Show>
    }
}

#[component]
fn StartupStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
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
                <p class="loading" role="status">{lang.tf(Msg::Loading, &[("n", &lang.number(n))])}</p>
            }
            .into_any(),
            _ => view! { <p class="loading" role="status">{lang.tf(Msg::Loading, &[("n", "")])}</p> }.into_any(),
        }
    }
}
