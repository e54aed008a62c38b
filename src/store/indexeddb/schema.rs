//! The IndexedDB schema and its history. Each version's step creates what that version
//! added; opening at version N runs the steps after the stored version, so a database
//! from any earlier release upgrades in order. Data rewrites that a step needs run after
//! opening, in ordinary transactions (see `mod.rs`), recorded in `meta.data_version`.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

pub const DB_NAME: &str = "karibu";
pub use crate::store::SCHEMA_VERSION;

/// Versions 1 and 2 kept one record per customer here; from version 3 it stays empty
/// (its records move to `CUSTOMER_PAGES`) and exists only so older data can migrate.
pub const CUSTOMERS: &str = "customers";
pub const CUSTOMER_PAGES: &str = "customer_pages";
pub const INTERACTIONS: &str = "interactions";
pub const FOLLOW_UPS: &str = "follow_ups";
pub const META: &str = "meta";
pub const PURCHASE_CHUNKS: &str = "purchase_chunks";
pub const PURCHASE_CHUNK_IDS: &str = "purchase_chunk_ids";
pub const LEDGERS: &str = "ledgers";
/// Deleted customers, keyed by a hash of their id (`codec::tombstone_key`).
pub const TOMBSTONES: &str = "tombstones";
/// Records that could not be read, kept byte for byte; numbered keys.
pub const SET_ASIDE: &str = "set_aside";

/// Creates the object stores for every version after `old` up to `new`.
pub fn upgrade(db: &Database, old: u32, new: u32) -> indexed_db_futures::Result<()> {
    for version in (old + 1)..=new {
        match version {
            // v1: customers by id, timelines by [customer, interaction], settings.
            1 => {
                db.create_object_store(CUSTOMERS).build()?;
                db.create_object_store(INTERACTIONS).build()?;
                db.create_object_store(META).build()?;
            }
            // v2: open follow-ups by [due, customer, interaction] for the Today view;
            // filled from existing timelines by the v2 data migration.
            2 => {
                db.create_object_store(FOLLOW_UPS).build()?;
            }
            // v3: customers kept 500 to a record, because IndexedDB's cost is per record:
            // reading 100,000 single records takes about a second on its own.
            3 => {
                db.create_object_store(CUSTOMER_PAGES).build()?;
            }
            // v4: purchases a few thousand to a record with each chunk's id range beside
            // it, and each customer's loyalty ledger in one record. New stores only.
            4 => {
                db.create_object_store(PURCHASE_CHUNKS).build()?;
                db.create_object_store(PURCHASE_CHUNK_IDS).build()?;
                db.create_object_store(LEDGERS).build()?;
            }
            // v5: tombstones so a stale tab cannot bring a deleted customer back, and
            // a quarantine for damaged records. Interactions and settings gain a
            // revision (read as 0 when absent), so no data moves.
            5 => {
                db.create_object_store(TOMBSTONES).build()?;
                db.create_object_store(SET_ASIDE)
                    .with_auto_increment(true)
                    .build()?;
            }
            // v6: ledgers name their customer inside the record (format 2) and the app
            // lock may seal values and blind keys. No store changes: the bump keeps
            // older tabs, which cannot read either, from touching the book.
            // v7: the lock record carries a check value of its key, so a key handed
            // between tabs is proven first. No store changes; the bump keeps a v6 tab
            // from rewriting the record without it.
            // v8: settings hold saved segments. No store changes; the bump keeps a v7
            // tab from saving settings without them.
            // v9: settings hold the customer score's rules. No store changes.
            // v10: settings hold RFM's period and segment table. No store changes.
            // v11: settings hold the register of data-subject requests. No store changes.
            // v12: customers hold their consent, restriction and objection history;
            // settings the owner's own purposes; segments what they are used for. No
            // store changes.
            // v13: settings hold retention rules and their log. No store changes.
            // v14: settings hold the owner's entries in the records of processing.
            // v15: settings hold the import journal and remembered column mappings.
            // v16: settings hold the privacy-safe reports released and their budget.
            // v17: the reports' ledger holds the key of the analyst file's customer codes.
            // v18: reports can be grouped by saved segment and by loyalty tier.
            // v19: the analyst file's codes are keyed afresh for each file: no key kept.
            // v20: the import journal says whether an import brought customers or purchases.
            _ => {}
        }
    }
    Ok(())
}
