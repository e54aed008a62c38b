//! A chosen file, read: its text as a table (CSV, or one row per vCard), how it was decoded, and a fingerprint
//! that finds an interrupted import of the same file again.

use super::decode::{decode, TextEncoding};
use super::table::{read_table, Table, TableProblem};
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    pub name: String,
    pub encoding: TextEncoding,
    /// Bytes that were not valid in `encoding` (shown: another encoding may read it).
    pub damaged: bool,
    pub table: Table,
    pub fingerprint: String,
}

impl ImportFile {
    /// Reads `bytes` with the encoding and separator chosen, or detected when `None`.
    pub fn read(
        name: &str,
        bytes: &[u8],
        encoding: Option<TextEncoding>,
        delimiter: Option<u8>,
    ) -> Result<ImportFile, TableProblem> {
        let decoded = decode(bytes, encoding);
        let table = if crate::exchange::vcard::is_vcard(&decoded.text) {
            crate::exchange::vcard::read_vcards(&decoded.text)?
        } else {
            read_table(&decoded.text, delimiter)?
        };
        let digest = Sha256::digest(bytes);
        Ok(ImportFile {
            name: name.chars().take(200).collect(),
            encoding: decoded.encoding,
            damaged: decoded.damaged,
            table,
            fingerprint: digest[..12].iter().map(|b| format!("{b:02x}")).collect(),
        })
    }
}
