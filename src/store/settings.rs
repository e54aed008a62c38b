use crate::analytics::rfm::RfmSettings;
use crate::domain::CustomFieldDef;
use crate::exchange::import::journal::ImportSettings;
use crate::gdpr::consent::OwnPurpose;
use crate::gdpr::records::OwnerEntries;
use crate::gdpr::retention::RetentionSettings;
use crate::gdpr::DataRequest;
use crate::loyalty::Programme;
use crate::reports::PrivacyLedger;
use crate::segments::{ScoreRule, Segment};
use serde::{Deserialize, Serialize};

/// The business's settings, stored with the data so they travel with a backup.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// `None` follows the browser's language.
    #[serde(default)]
    pub language: Option<String>,
    /// ISO country for phone numbers typed without `+`.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub custom_fields: Vec<CustomFieldDef>,
    /// The loyalty programme's rules (its currency is the business's currency).
    #[serde(default)]
    pub loyalty: Programme,
    /// Saved segments, shown in the customer list as filters.
    #[serde(default)]
    pub segments: Vec<Segment>,
    /// The customer score's rules (segments may look at the score).
    #[serde(default)]
    pub score_rules: Vec<ScoreRule>,
    /// RFM's period and the table naming its segments.
    #[serde(default)]
    pub rfm: RfmSettings,
    /// The register of data-subject requests (GDPR), oldest first.
    #[serde(default)]
    pub requests: Vec<DataRequest>,
    /// Purposes the owner asks consent for beyond the built-in ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<OwnPurpose>,
    /// What the owner writes into the records of processing (Art. 30).
    #[serde(default)]
    pub records: OwnerEntries,
    /// Retention rules and the log of their runs.
    #[serde(default)]
    pub retention: RetentionSettings,
    /// The key for the register's pseudonyms of erased people (hex; made on first need).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pseudonym_key: String,
    /// Imports under way and done, and the column mappings the owner chose.
    #[serde(default, skip_serializing_if = "ImportSettings::is_empty")]
    pub imports: ImportSettings,
    /// Reports released with differential privacy, and the yearly budget they spend.
    #[serde(default, skip_serializing_if = "PrivacyLedger::is_default")]
    pub privacy_reports: PrivacyLedger,
    /// Moves on with every save, so a tab holding old settings cannot overwrite newer
    /// ones (`StoreError::Conflict`).
    #[serde(default)]
    pub revision: u32,
}
