//! Getting data out of the book in other programs' formats, and in from them.

pub mod activity_csv;
pub mod customers_csv;
pub mod import;
pub mod vcard;
#[cfg(test)]
mod vcard_tests;
