//! One module per screen.

pub mod backup_settings;
pub mod counter;
pub mod customer;
pub mod customer_consent;
pub mod customer_form;
pub mod customer_privacy;
pub mod customer_sales;
pub mod customer_score;
pub mod customers;
pub mod erase;
pub mod insights;
pub mod insights_clusters;
pub mod insights_models;
pub mod insights_rfm_setup;
pub mod lock_settings;
pub mod loyalty;
pub mod loyalty_settings;
pub mod records;
pub mod requests;
pub mod retention_settings;
pub mod segment_builder;
pub mod segments;
pub mod settings;
pub mod timeline;
pub mod today;
pub mod unlock;
