//! Getting data out of the book in other programs' formats (and, later, in).

pub mod customers_csv;
