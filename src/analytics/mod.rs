//! Analytics over the sales table: per-customer summaries (what every customer page and
//! RFM scoring start from) and revenue by month.

mod summary;

pub use summary::{add_rows, customer_summaries, revenue_by_month, CustomerSummary};
