//! A chosen file, read: its text as a table (CSV, or one row per vCard), how it was decoded, and a fingerprint
//! that finds an interrupted import of the same file again.

use super::decode::{decode, TextEncoding};
use super::table::{Table, TableProblem, TableReader};
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

/// Bytes fingerprinted per step.
const HASH_STEP: usize = 4 << 20;
/// CSV records read per step: a few tens of milliseconds in the browser.
const RECORD_STEP: usize = 20_000;

/// Reading a file a step at a time (fingerprint, decode, then the table some records
/// at a time), so the page can paint and answer between steps.
pub struct FileReading<'a> {
    name: &'a str,
    bytes: &'a [u8],
    encoding: Option<TextEncoding>,
    delimiter: Option<u8>,
    hasher: Sha256,
    hashed: usize,
    table: Option<(TableReader, TextEncoding, bool)>,
}

impl<'a> FileReading<'a> {
    pub fn new(
        name: &'a str,
        bytes: &'a [u8],
        encoding: Option<TextEncoding>,
        delimiter: Option<u8>,
    ) -> Self {
        Self {
            name,
            bytes,
            encoding,
            delimiter,
            hasher: Sha256::new(),
            hashed: 0,
            table: None,
        }
    }

    /// One more step: the file once it is read whole, `None` while there is more.
    pub fn step(&mut self) -> Result<Option<ImportFile>, TableProblem> {
        if self.hashed < self.bytes.len() {
            let end = (self.hashed + HASH_STEP).min(self.bytes.len());
            self.hasher.update(&self.bytes[self.hashed..end]);
            self.hashed = end;
            return Ok(None);
        }
        let Some((reader, encoding, damaged)) = &mut self.table else {
            let decoded = decode(self.bytes, self.encoding);
            if crate::exchange::vcard::is_vcard(&decoded.text) {
                let table = crate::exchange::vcard::read_vcards(&decoded.text)?;
                return Ok(Some(self.file(table, decoded.encoding, decoded.damaged)));
            }
            let reader = TableReader::new(&decoded.text, self.delimiter)?;
            self.table = Some((reader, decoded.encoding, decoded.damaged));
            return Ok(None);
        };
        if !reader.step(RECORD_STEP)? {
            return Ok(None);
        }
        let (encoding, damaged) = (*encoding, *damaged);
        let Some((reader, ..)) = self.table.take() else {
            return Ok(None);
        };
        let table = reader.finish()?;
        Ok(Some(self.file(table, encoding, damaged)))
    }

    /// How far it has got, from 0 to 1.
    pub fn share(&self) -> f64 {
        let total = self.bytes.len().max(1) as f64;
        let parsed = self.table.as_ref().map_or(0.0, |(r, ..)| {
            let (done, all) = r.progress();
            done as f64 / all.max(1) as f64
        });
        // Fingerprinting is quick beside parsing: a tenth of the way.
        0.1 * (self.hashed as f64 / total) + 0.9 * parsed
    }

    fn file(&self, table: Table, encoding: TextEncoding, damaged: bool) -> ImportFile {
        let digest = self.hasher.clone().finalize();
        ImportFile {
            name: self.name.chars().take(200).collect(),
            encoding,
            damaged,
            table,
            fingerprint: digest[..12].iter().map(|b| format!("{b:02x}")).collect(),
        }
    }
}

impl ImportFile {
    /// Reads `bytes` with the encoding and separator chosen, or detected when `None`,
    /// in one go.
    pub fn read(
        name: &str,
        bytes: &[u8],
        encoding: Option<TextEncoding>,
        delimiter: Option<u8>,
    ) -> Result<ImportFile, TableProblem> {
        let mut reading = FileReading::new(name, bytes, encoding, delimiter);
        loop {
            if let Some(file) = reading.step()? {
                return Ok(file);
            }
        }
    }
}
