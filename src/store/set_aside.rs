//! Damaged records are set aside, not fatal. A record that cannot be decoded is moved,
//! byte for byte, into a quarantine the owner can export, and what can still be read
//! around it is kept; the rest of the book opens. Both stores use these pieces.

use super::codec::from_json;
use crate::domain::Customer;
use serde::{Deserialize, Serialize};

/// Which kind of stored record was set aside. Stored, so it has stable keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredKind {
    CustomerPage,
    Customer,
    Interaction,
    PurchaseChunk,
    Ledger,
    Settings,
    Meta,
}

impl StoredKind {
    /// How a record of this kind lays out its bytes, for the erasure scan.
    pub fn format(self) -> crate::gdpr::scan::RecordFormat {
        use crate::gdpr::scan::RecordFormat;
        match self {
            StoredKind::PurchaseChunk => RecordFormat::PurchaseChunk,
            StoredKind::Ledger => RecordFormat::Ledger,
            _ => RecordFormat::Text,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            StoredKind::CustomerPage => "customer_page",
            StoredKind::Customer => "customer",
            StoredKind::Interaction => "interaction",
            StoredKind::PurchaseChunk => "purchase_chunk",
            StoredKind::Ledger => "ledger",
            StoredKind::Settings => "settings",
            StoredKind::Meta => "meta",
        }
    }
}

/// One record that could not be read, as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    pub kind: StoredKind,
    /// Where it was stored (page or chunk number, interaction key, ledger owner).
    pub key: String,
    /// Why it could not be read.
    pub reason: String,
    pub at_ms: i64,
    /// The stored bytes, untouched.
    pub bytes: Vec<u8>,
}

/// What could be saved from a damaged customer page.
#[derive(Debug, Default, PartialEq)]
pub struct SalvagedPage {
    pub customers: Vec<Customer>,
    /// The whole page when it is not even a list; otherwise each unreadable customer.
    pub set_aside: Vec<(StoredKind, Vec<u8>, String)>,
}

/// Reads a customer page (opened, plain JSON), keeping every customer that decodes. A page that is a JSON
/// list loses only its unreadable entries; anything else is set aside whole.
pub fn salvage_customer_page(bytes: &[u8]) -> SalvagedPage {
    if let Ok(customers) = from_json::<Vec<Customer>>(bytes) {
        return SalvagedPage {
            customers,
            set_aside: Vec::new(),
        };
    }
    let items: Vec<Box<serde_json::value::RawValue>> = match serde_json::from_slice(bytes) {
        Ok(items) => items,
        Err(e) => {
            return SalvagedPage {
                customers: Vec::new(),
                set_aside: vec![(StoredKind::CustomerPage, bytes.to_vec(), e.to_string())],
            }
        }
    };
    let mut out = SalvagedPage::default();
    for item in items {
        let raw = item.get().as_bytes();
        match from_json::<Customer>(raw) {
            Ok(c) => out.customers.push(c),
            Err(e) => out
                .set_aside
                .push((StoredKind::Customer, raw.to_vec(), e.to_string())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::Envelope;
    use crate::store::codec::encode as sealed;

    fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
        sealed(&Envelope::plain(), value)
    }
    use crate::store::contract::customer;

    #[test]
    fn a_readable_page_is_kept_whole() {
        let page = vec![customer("a", "Amina"), customer("b", "Baraka")];
        let salvaged = salvage_customer_page(&encode(&page));
        assert_eq!(salvaged.customers, page);
        assert!(salvaged.set_aside.is_empty());
    }

    #[test]
    fn one_bad_customer_costs_only_that_customer() {
        let good = String::from_utf8(encode(&customer("a", "Amina"))).unwrap();
        let bad = r#"{"id":"b","name":17}"#;
        let page = format!("[{good},{bad}]");
        let salvaged = salvage_customer_page(page.as_bytes());
        assert_eq!(salvaged.customers, vec![customer("a", "Amina")]);
        assert_eq!(salvaged.set_aside.len(), 1);
        assert_eq!(salvaged.set_aside[0].0, StoredKind::Customer);
        assert_eq!(salvaged.set_aside[0].1, bad.as_bytes());
    }

    #[test]
    fn garbage_is_set_aside_byte_for_byte() {
        let bytes = vec![0xff, 0x00, b'[', 0x13];
        let salvaged = salvage_customer_page(&bytes);
        assert!(salvaged.customers.is_empty());
        assert_eq!(salvaged.set_aside[0].0, StoredKind::CustomerPage);
        assert_eq!(salvaged.set_aside[0].1, bytes);
    }
}
