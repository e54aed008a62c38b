//! The privacy budget: each year's purchases may be released about only so much; every
//! release spends from its year and is kept, numbers and all, so downloading it again
//! costs nothing and shows the same numbers.

use super::noise::Epsilon;
use super::release::Release;
use serde::{Deserialize, Serialize};

/// ε a year unless the owner sets another.
pub const DEFAULT_YEARLY_BUDGET: Epsilon = Epsilon(3000);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivacyLedger {
    /// How much privacy loss one year's data may bear in all.
    pub yearly_budget: Epsilon,
    /// Every release made, oldest first.
    pub releases: Vec<Release>,
}

impl Default for PrivacyLedger {
    fn default() -> Self {
        PrivacyLedger {
            yearly_budget: DEFAULT_YEARLY_BUDGET,
            releases: Vec::new(),
        }
    }
}

/// A release refused: it would spend `asked` where only `left` remains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overspend {
    pub year: i32,
    pub asked: Epsilon,
    pub left: Epsilon,
}

impl PrivacyLedger {
    pub fn is_default(&self) -> bool {
        *self == PrivacyLedger::default()
    }

    /// Pure DP: the losses of releases about the same data add up.
    pub fn spent(&self, year: i32) -> Epsilon {
        self.releases
            .iter()
            .filter(|r| r.spec.year == year)
            .fold(Epsilon(0), |sum, r| sum.saturating_add(r.epsilon()))
    }

    pub fn left(&self, year: i32) -> Epsilon {
        self.yearly_budget.saturating_sub(self.spent(year))
    }

    pub fn allows(&self, year: i32, asked: Epsilon) -> Result<(), Overspend> {
        let left = self.left(year);
        if asked > left {
            Err(Overspend { year, asked, left })
        } else {
            Ok(())
        }
    }

    pub fn next_number(&self) -> u32 {
        self.releases.iter().map(|r| r.number).max().unwrap_or(0) + 1
    }

    /// Keeps `release`, unless it would overspend its year.
    pub fn record(&mut self, release: Release) -> Result<(), Overspend> {
        self.allows(release.spec.year, release.epsilon())?;
        self.releases.push(release);
        Ok(())
    }

    pub fn get(&self, number: u32) -> Option<&Release> {
        self.releases.iter().find(|r| r.number == number)
    }
}
