//! Sales held in memory: every purchase as one compact row, so a million purchases fit
//! in a few tens of MB and analytics are a pass over plain columns.

mod table;

pub use table::{PurchaseTable, WALK_IN};
