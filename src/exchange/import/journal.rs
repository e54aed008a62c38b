//! What the book remembers about imports: each import's record (so one interrupted by a
//! closed tab can be resumed with the same file, or rolled back), and the mappings the
//! owner chose, found again by a file's headers.

use super::mapping::{headers_signature, Mapping};
use serde::{Deserialize, Serialize};

/// Mappings remembered; the oldest is forgotten past this.
const MAPPINGS_KEPT: usize = 20;
/// Import records kept (finished ones are history; unfinished ones are always kept).
const RECORDS_KEPT: usize = 50;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportState {
    /// Started: some batches may be written, the rest not.
    #[default]
    Running,
    Finished,
    RolledBack,
}

/// What an import brings in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportKind {
    #[default]
    Customers,
    Purchases,
}

impl ImportKind {
    fn is_customers(&self) -> bool {
        *self == ImportKind::Customers
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportRecord {
    /// Records from before purchases could be imported read as customers.
    #[serde(default, skip_serializing_if = "ImportKind::is_customers")]
    pub kind: ImportKind,
    /// With `nonce`, what every customer this import creates is named by
    /// (`ids::import_id`): a resume skips them, a rollback finds them.
    pub started_ms: i64,
    pub nonce: u16,
    pub file_name: String,
    /// SHA-256 of the file's bytes (hex, shortened): the same file chosen again.
    pub fingerprint: String,
    /// Rows in the file (the ids' row numbers run below this).
    pub rows: u32,
    pub created: u32,
    pub updated: u32,
    pub skipped: u32,
    pub state: ImportState,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportSettings {
    #[serde(default)]
    pub records: Vec<ImportRecord>,
    /// (headers signature, mapping chosen), newest last.
    #[serde(default)]
    pub mappings: Vec<(String, Mapping)>,
}

impl ImportSettings {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.mappings.is_empty()
    }

    pub fn remembered(&self, header: &[String]) -> Option<&Mapping> {
        let signature = headers_signature(header);
        self.mappings
            .iter()
            .rev()
            .find(|(s, _)| *s == signature)
            .map(|(_, m)| m)
    }

    pub fn remember(&mut self, header: &[String], mapping: &Mapping) {
        let signature = headers_signature(header);
        self.mappings.retain(|(s, _)| *s != signature);
        self.mappings.push((signature, mapping.clone()));
        let excess = self.mappings.len().saturating_sub(MAPPINGS_KEPT);
        self.mappings.drain(..excess);
    }

    /// The unfinished import of this file as `kind`, if one was interrupted.
    pub fn interrupted(&self, fingerprint: &str, kind: ImportKind) -> Option<&ImportRecord> {
        self.unfinished()
            .filter(|r| r.fingerprint == fingerprint && r.kind == kind)
            .last()
    }

    /// The last finished import of this file as `kind`: importing purchases twice
    /// would count them twice.
    pub fn finished(&self, fingerprint: &str, kind: ImportKind) -> Option<&ImportRecord> {
        self.records
            .iter()
            .filter(|r| r.fingerprint == fingerprint && r.kind == kind)
            .rfind(|r| r.state == ImportState::Finished)
    }

    pub fn unfinished(&self) -> impl Iterator<Item = &ImportRecord> {
        self.records
            .iter()
            .filter(|r| r.state == ImportState::Running)
    }

    /// Adds or replaces (by start time and nonce) `record`.
    pub fn put(&mut self, record: ImportRecord) {
        match self
            .records
            .iter_mut()
            .find(|r| r.started_ms == record.started_ms && r.nonce == record.nonce)
        {
            Some(slot) => *slot = record,
            None => self.records.push(record),
        }
        while self.records.len() > RECORDS_KEPT {
            match self
                .records
                .iter()
                .position(|r| r.state != ImportState::Running)
            {
                Some(i) => {
                    self.records.remove(i);
                }
                None => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::import::mapping::Target;

    #[test]
    fn a_mapping_is_found_again_by_headers_however_they_are_spelt() {
        let mut settings = ImportSettings::default();
        let mapping = Mapping {
            columns: vec![Target::FullName, Target::Skip],
            ..Mapping::default()
        };
        settings.remember(&["Name".into(), "Secret".into()], &mapping);
        assert_eq!(
            settings.remembered(&["NAME ".into(), "secret".into()]),
            Some(&mapping)
        );
        assert_eq!(settings.remembered(&["Name".into()]), None);
        for i in 0..30 {
            settings.remember(&[format!("h{i}")], &mapping);
        }
        assert_eq!(settings.mappings.len(), MAPPINGS_KEPT);
    }

    #[test]
    fn unfinished_imports_are_never_forgotten() {
        let mut settings = ImportSettings::default();
        settings.put(ImportRecord {
            fingerprint: "f".into(),
            ..ImportRecord::default()
        });
        for i in 1..=60 {
            settings.put(ImportRecord {
                started_ms: i,
                state: ImportState::Finished,
                ..ImportRecord::default()
            });
        }
        assert_eq!(settings.records.len(), RECORDS_KEPT);
        assert!(settings.interrupted("f", ImportKind::Customers).is_some());
        assert!(settings.interrupted("f", ImportKind::Purchases).is_none());
    }
}
