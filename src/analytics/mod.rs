//! Analytics over the sales table: per-customer summaries (what every customer page and
//! RFM scoring start from), revenue by month, and the churn and lifetime-value models.

pub mod clusters;
pub mod clv;
pub mod dashboard;
#[cfg(test)]
mod dashboard_tests;
mod digest;
pub mod rfm;
mod summary;

pub use digest::{answer_digest, AnswerDigest};

pub use summary::{add_rows, customer_summaries, month_of, revenue_by_month, CustomerSummary};
