//! One module per screen.

pub mod customer;
pub mod customer_form;
pub mod customers;
pub mod settings;
pub mod timeline;
pub mod today;
