//! The Leptos user interface: thin components over `state` and the pure core.

mod app;
mod components;
mod pages;
mod platform;
mod state;

pub use app::App;
