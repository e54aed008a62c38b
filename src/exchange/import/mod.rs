//! Reading other programs' files into the book: bytes to text (`decode`), text to a
//! table (`table`), columns to fields (`mapping`), rows to checked customers (`rows`),
//! and rows that are people already in the book (`duplicates`). Nothing here touches
//! the store: `book::import` writes what the owner accepts.

pub mod decode;
pub mod duplicates;
pub mod file;
pub mod journal;
pub mod mapping;
pub mod purchases;
#[cfg(test)]
mod purchases_tests;
pub mod rows;
pub mod table;
#[cfg(test)]
mod tests;
