//! The customer directory held in memory: the compact rows the list shows, and the
//! indexes behind search-as-you-type. Search never asks IndexedDB: names, phones and
//! emails may be encrypted at rest, so they are indexed here, after decryption.

mod directory;
mod fuzzy;
mod normalize;

pub use directory::{Directory, DirectoryRow, ListQuery, SortKey};
pub use normalize::{fold, words};
