pub mod customer_outlook;
pub mod date_picker;
pub mod field;
pub mod loyalty_card;
pub mod toast;
pub mod virtual_list;
