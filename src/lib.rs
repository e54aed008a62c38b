//! Karibu: a customer book for small businesses that runs entirely in the browser.
//!
//! - `domain`: customers, the timeline, validation (pure).
//! - `search`: the in-memory customer directory and search-as-you-type (pure).
//! - `i18n`: every user-facing string, in English and Urdu (pure).
//! - `demo`: the seeded demo-data generator (pure).
//! - `lock`: the app lock: sealed values, blinded keys, the passphrase (pure).
//! - `loyalty`: the points programme and its ledger (pure).
//! - `sales`, `analytics`: purchases as compact columns, and summaries over them (pure).
//! - `gdpr`: data-subject requests, the access bundle, erasure's scan (pure).
//! - `quality`: likely duplicates and merging them (pure).
//! - `book`: the application layer: every use case, generic over the store (pure).
//! - `store`: the storage trait, its in-memory version, and (in the browser) IndexedDB.
//! - `ui`: the Leptos components (browser only).

pub mod analytics;
pub mod backup;
pub mod book;
pub mod demo;
pub mod domain;
pub mod exchange;
pub mod gdpr;
pub mod i18n;
pub mod lock;
pub mod loyalty;
pub mod quality;
pub mod reports;
pub mod sales;
pub mod search;
pub mod segments;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
