pub mod field;
pub mod toast;
pub mod virtual_list;
