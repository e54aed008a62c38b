//! The Leptos user interface: thin components over `state` and the pure core.

mod app;
mod backup_state;
mod components;
mod consent_state;
mod dashboard_state;
mod demo_state;
mod import_state;
mod insights_state;
mod loading;
mod lock_state;
mod lock_watch;
mod pages;
mod platform;
mod privacy_state;
mod quality_state;
mod reports_state;
mod retention_state;
mod sales_state;
mod segments_state;
mod state;

pub use app::App;
