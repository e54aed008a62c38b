//! Reports that leave the device without leaking anyone: aggregates only, small groups
//! hidden, discrete Laplace noise under pure differential privacy, and a yearly privacy
//! budget that every release spends from.
//!
//! `spec` says what is asked, `cells` works out the true numbers, `release` hides and
//! noises them, `ledger` keeps the budget and the releases, `document` writes the files.

pub mod analyst;
pub mod cells;
pub mod document;
pub mod ledger;
pub mod noise;
pub mod release;
pub mod spec;

#[cfg(test)]
mod tests;

pub use cells::{true_cells, true_cells_with, CellLabel, ReportPerson, TrueCells};
pub use ledger::{Overspend, PrivacyLedger};
pub use noise::{Epsilon, LaplaceNoise};
pub use release::{release, Estimate, Release, ReleasedRow};
pub use spec::{Breakdown, Metric, ReportSpec, SpecProblem};
