//! The shapes of the import journal and remembered mappings (see `formats`), pinned
//! with the rest.

use crate::exchange::import::journal::{ImportKind, ImportRecord, ImportSettings, ImportState};
use crate::exchange::import::mapping::{DateOrder, Mapping, Target};

pub fn import_shapes(s: &ImportSettings) -> Vec<&'static str> {
    // Each pattern names every field and variant, so a new one does not compile here.
    let settings = |s: &ImportSettings| {
        let ImportSettings {
            records: _,
            mappings: _,
        } = s;
        "ImportSettings: records mappings"
    };
    let record = |r: &ImportRecord| {
        let ImportRecord {
            kind: _,
            started_ms: _,
            nonce: _,
            file_name: _,
            fingerprint: _,
            rows: _,
            created: _,
            updated: _,
            skipped: _,
            state: _,
        } = r;
        "ImportRecord: kind started_ms nonce file_name fingerprint rows created updated skipped state"
    };
    let state = |s: &ImportState| match s {
        ImportState::Running | ImportState::Finished | ImportState::RolledBack => {
            "ImportState: Running Finished RolledBack"
        }
    };
    let kind = |k: &ImportKind| match k {
        ImportKind::Customers | ImportKind::Purchases => "ImportKind: Customers Purchases",
    };
    let mapping = |m: &Mapping| {
        let Mapping {
            columns: _,
            dates: _,
        } = m;
        "Mapping: columns dates"
    };
    let target = |t: &Target| {
        match t {
        Target::Skip
        | Target::KaribuId
        | Target::FullName
        | Target::GivenName
        | Target::FamilyName
        | Target::DisplayName
        | Target::Phone
        | Target::Email
        | Target::Address
        | Target::Birthday
        | Target::Language
        | Target::Tags
        | Target::About
        | Target::Custom(_)
        | Target::NewField => {
            "Target: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField"
        }
    }
    };
    let dates = |d: &DateOrder| match d {
        DateOrder::DayMonthYear | DateOrder::MonthDayYear | DateOrder::YearMonthDay => {
            "DateOrder: DayMonthYear MonthDayYear YearMonthDay"
        }
    };
    vec![
        settings(s),
        record(&ImportRecord::default()),
        state(&ImportState::Running),
        kind(&ImportKind::Customers),
        mapping(&Mapping::default()),
        target(&Target::Skip),
        dates(&DateOrder::default()),
    ]
}
