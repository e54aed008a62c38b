//! Keeping the book clean: likely duplicates found by blocking keys, and merging a
//! person's records into one (pure).

pub mod duplicate_groups;
pub mod health;
pub mod merge;
