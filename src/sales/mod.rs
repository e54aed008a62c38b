//! Sales: how purchases are stored (`chunk`, compact records of a few thousand) and how
//! they are held in memory (`table`, one compact row each), so a million purchases fit
//! in a few tens of MB and analytics are a pass over plain columns.

pub mod chunk;
mod table;

pub use chunk::{PurchaseChunk, CHUNK_ROWS};
pub use table::{PurchaseTable, WALK_IN};
