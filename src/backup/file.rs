//! The backup file:
//!
//! ```text
//! "KARIBU-BACKUP\n" | header length (u32 LE) | header (JSON) | body
//! ```
//!
//! The header says the format, when the backup was made, what it holds, the body's
//! length and SHA-256, and, for a protected backup, the wrapped key (a `LockRecord`).
//! A plain body is the parts (`parts`). A protected body is a run of segments, each
//! `length (u32 LE) | sealed value` (the app lock's envelope), whose plain bytes are
//! `index (u32 LE) | last (1 byte) | up to a mebibyte of the parts`.
//!
//! Writing and reading go a step (about a mebibyte) at a time, so the caller can show
//! progress and let the page breathe between steps.

use super::parts::{push_part, read_part, PartKind, PAGE};
use super::{BackupCounts, BackupError, BookContent};
use crate::domain::{Customer, CustomerId, Interaction};
use crate::lock::passphrase::MIN_PASSPHRASE_CHARS;
use crate::lock::{DataKey, Envelope, KdfParams, LockError, LockRecord};
use crate::loyalty::stored::encode_ledger;
use crate::loyalty::LedgerEntry;
use crate::sales::PurchaseChunk;
use crate::store::codec::{from_json, to_json};
use crate::store::Settings;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt::Write;
use std::rc::Rc;

const MAGIC: &[u8] = b"KARIBU-BACKUP\n";
const FORMAT: u32 = 1;
/// Bytes of parts per sealed segment, and per step.
const STEP: usize = 1 << 20;
/// The longest header a reader accepts: a header is a few hundred bytes.
const MAX_HEADER: usize = 64 * 1024;
/// What backups are saved as.
pub const FILE_EXTENSION: &str = "karibu";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BackupHeader {
    pub format: u32,
    pub made_at_ms: i64,
    pub counts: BackupCounts,
    pub body_bytes: u64,
    pub body_sha256: String,
    /// The key a protected backup is sealed under, wrapped by its passphrase.
    #[serde(default)]
    pub lock: Option<LockRecord>,
}

/// Gathers a book's records into a backup body, then seals and frames it.
#[derive(Default)]
pub struct BackupWriter {
    parts: Vec<u8>,
    counts: BackupCounts,
}

impl BackupWriter {
    pub fn new(settings: &Settings) -> Self {
        let mut writer = Self::default();
        push_part(&mut writer.parts, PartKind::Settings, &to_json(settings));
        writer
    }

    pub fn with_content(content: &BookContent) -> Self {
        let mut writer = Self::new(&content.settings);
        writer.add_customers(&content.customers);
        writer.add_interactions(&content.interactions);
        content
            .purchases
            .iter()
            .for_each(|c| writer.add_purchases(c));
        writer.add_ledgers(&content.ledgers);
        writer
    }

    pub fn add_customers(&mut self, customers: &[Customer]) {
        for page in customers.chunks(PAGE) {
            push_part(&mut self.parts, PartKind::Customers, &to_json(&page));
        }
        self.counts.customers += customers.len();
    }

    pub fn add_interactions(&mut self, interactions: &[Interaction]) {
        for page in interactions.chunks(PAGE) {
            push_part(&mut self.parts, PartKind::Interactions, &to_json(&page));
        }
        self.counts.interactions += interactions.len();
    }

    pub fn add_purchases(&mut self, chunk: &PurchaseChunk) {
        if !chunk.is_empty() {
            push_part(&mut self.parts, PartKind::Purchases, &chunk.encode());
            self.counts.purchases += chunk.len();
        }
    }

    pub fn add_ledgers(&mut self, ledgers: &[(CustomerId, Vec<LedgerEntry>)]) {
        for (customer, entries) in ledgers {
            push_part(
                &mut self.parts,
                PartKind::Ledger,
                &encode_ledger(customer, entries),
            );
        }
        self.counts.ledgers += ledgers.len();
    }

    /// Starts turning the body into a file, protected by `passphrase` if one is given
    /// (its key derived with `kdf`).
    pub fn finish(
        self,
        made_at_ms: i64,
        passphrase: Option<(&str, KdfParams)>,
    ) -> Result<Finishing, BackupError> {
        let (lock, sealer) = match passphrase {
            Some((passphrase, kdf)) => {
                let (record, key) = LockRecord::create(passphrase, kdf).map_err(lock_error)?;
                let sealer = Envelope::sealed(&key, record.key_id);
                (Some(record), Some(sealer))
            }
            None => (None, None),
        };
        Ok(Finishing {
            header: BackupHeader {
                format: FORMAT,
                made_at_ms,
                counts: self.counts,
                body_bytes: 0,
                body_sha256: String::new(),
                lock,
            },
            body: if sealer.is_some() {
                Vec::with_capacity(self.parts.len() + self.parts.len() / 1000 + 64)
            } else {
                Vec::new()
            },
            parts_len: self.parts.len(),
            parts: self.parts,
            sealer,
            at: 0,
            hasher: Sha256::new(),
        })
    }
}

/// A backup being sealed and checksummed, a step at a time.
pub struct Finishing {
    header: BackupHeader,
    /// Freed once sealed (a protected backup's file is `body`).
    parts: Vec<u8>,
    parts_len: usize,
    /// The sealed segments; empty for a plain backup (whose body is `parts`).
    body: Vec<u8>,
    sealer: Option<Envelope>,
    at: usize,
    hasher: Sha256,
}

impl Finishing {
    /// Does the next step; false once the file is ready.
    pub fn step(&mut self) -> bool {
        // Never empty: the settings part comes first.
        if self.at >= self.parts_len {
            return false;
        }
        let end = (self.at + STEP).min(self.parts_len);
        match &self.sealer {
            Some(sealer) => {
                let index = (self.at / STEP) as u32;
                let last = end == self.parts_len;
                let mut plain = Vec::with_capacity(5 + end - self.at);
                plain.extend_from_slice(&index.to_le_bytes());
                plain.push(u8::from(last));
                plain.extend_from_slice(&self.parts[self.at..end]);
                let sealed = sealer.seal(plain);
                let len = sealed.len() as u32;
                self.hasher.update(len.to_le_bytes());
                self.hasher.update(&sealed);
                self.body.extend_from_slice(&len.to_le_bytes());
                self.body.extend_from_slice(&sealed);
                self.at = end;
                if last {
                    self.parts = Vec::new();
                }
            }
            None => {
                self.hasher.update(&self.parts[self.at..end]);
                self.at = end;
            }
        }
        true
    }

    /// Bytes of the body done, and in all.
    pub fn progress(&self) -> (u64, u64) {
        let total = self.parts_len as u64;
        ((self.at as u64).min(total), total)
    }

    /// The file, as two pieces to save one after the other (its header, its body), so
    /// a large book is not copied once more to join them. Finishes any steps not yet done.
    pub fn into_parts(mut self) -> [Vec<u8>; 2] {
        while self.step() {}
        let body = if self.sealer.is_some() {
            self.body
        } else {
            self.parts
        };
        self.header.body_bytes = body.len() as u64;
        self.header.body_sha256 = hex(&self.hasher.finalize());
        let header = to_json(&self.header);
        let mut head = Vec::with_capacity(MAGIC.len() + 4 + header.len());
        head.extend_from_slice(MAGIC);
        head.extend_from_slice(&(header.len() as u32).to_le_bytes());
        head.extend_from_slice(&header);
        [head, body]
    }

    /// The file in one piece.
    pub fn into_bytes(self) -> Vec<u8> {
        self.into_parts().concat()
    }
}

enum Stage {
    Hashing {
        at: usize,
        hasher: Box<Sha256>,
    },
    /// Waiting for `unlock` (protected backups only).
    Locked,
    Opening {
        at: usize,
        index: u32,
    },
    Decoding {
        at: usize,
    },
    Done,
}

/// A backup file being checked and read, a step at a time. Nothing it reads is used
/// until every step has passed.
pub struct BackupReader {
    /// Shared, so a screen can keep the chosen file (to try another passphrase)
    /// without a copy of a large book.
    bytes: Rc<Vec<u8>>,
    body_at: usize,
    header: BackupHeader,
    opener: Option<Envelope>,
    /// A protected backup's opened parts.
    plain: Vec<u8>,
    content: BookContent,
    stage: Stage,
}

impl BackupReader {
    /// Reads the header and checks the file's length; the body is checked by `step`.
    pub fn new(bytes: impl Into<Rc<Vec<u8>>>) -> Result<Self, BackupError> {
        let bytes = bytes.into();
        if !bytes.starts_with(MAGIC) {
            return Err(BackupError::NotABackup);
        }
        let len_at = MAGIC.len();
        let cut = |found: usize| BackupError::Truncated {
            found: found as u64,
            expected: (len_at + 4) as u64,
        };
        let len = bytes.get(len_at..len_at + 4).ok_or(cut(bytes.len()))?;
        let header_len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
        if header_len > MAX_HEADER {
            return Err(BackupError::Damaged("the header is too long".into()));
        }
        let body_at = len_at + 4 + header_len;
        let header_bytes = bytes
            .get(len_at + 4..body_at)
            .ok_or(BackupError::Truncated {
                found: bytes.len() as u64,
                expected: body_at as u64,
            })?;
        let format = from_json::<serde_json::Value>(header_bytes)
            .ok()
            .and_then(|v| v.get("format")?.as_u64())
            .ok_or_else(|| BackupError::Damaged("the header cannot be read".into()))?;
        if format > u64::from(FORMAT) {
            return Err(BackupError::NewerFormat(format as u32));
        }
        let header: BackupHeader = from_json(header_bytes)
            .map_err(|e| BackupError::Damaged(format!("the header cannot be read: {e}")))?;
        let expected = (body_at as u64)
            .checked_add(header.body_bytes)
            .ok_or_else(|| BackupError::Damaged("the body's length is impossible".into()))?;
        if (bytes.len() as u64) < expected {
            return Err(BackupError::Truncated {
                found: bytes.len() as u64,
                expected,
            });
        }
        if bytes.len() as u64 > expected {
            return Err(BackupError::Damaged(
                "bytes after the end of the backup".into(),
            ));
        }
        Ok(Self {
            bytes,
            body_at,
            header,
            opener: None,
            plain: Vec::new(),
            content: BookContent::default(),
            stage: Stage::Hashing {
                at: 0,
                hasher: Box::default(),
            },
        })
    }

    pub fn header(&self) -> &BackupHeader {
        &self.header
    }

    pub fn is_protected(&self) -> bool {
        self.header.lock.is_some()
    }

    /// Opens a protected backup's key with its passphrase (Argon2id: a fraction of a
    /// second). Needed before `step` goes past the checksum.
    pub fn unlock(&mut self, passphrase: &str) -> Result<(), BackupError> {
        let Some(record) = &self.header.lock else {
            return Ok(());
        };
        let key: DataKey = record.unwrap_key(passphrase).map_err(lock_error)?;
        self.opener = Some(Envelope::sealed(&key, record.key_id));
        if matches!(self.stage, Stage::Locked) {
            self.stage = Stage::Opening { at: 0, index: 0 };
        }
        Ok(())
    }

    pub(super) fn body(&self) -> &[u8] {
        &self.bytes[self.body_at..]
    }

    /// Does the next step of checking and reading; `Ok(false)` once all is read.
    /// `NeedsPassphrase` if a protected backup's turn to be opened has come before
    /// `unlock`.
    pub fn step(&mut self) -> Result<bool, BackupError> {
        match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Hashing { at, mut hasher } => {
                let end = (at + STEP).min(self.body().len());
                hasher.update(&self.body()[at..end]);
                self.stage = if end < self.body().len() {
                    Stage::Hashing { at: end, hasher }
                } else if hex(&hasher.finalize()) != self.header.body_sha256 {
                    return Err(BackupError::Damaged("its checksum does not match".into()));
                } else if self.opener.is_some() {
                    Stage::Opening { at: 0, index: 0 }
                } else if self.is_protected() {
                    Stage::Locked
                } else {
                    Stage::Decoding { at: 0 }
                };
            }
            Stage::Locked => {
                self.stage = Stage::Locked;
                return Err(BackupError::NeedsPassphrase);
            }
            Stage::Opening { at, index } => self.stage = self.open_segment(at, index)?,
            Stage::Decoding { at } => self.stage = self.decode_parts(at)?,
            Stage::Done => return Ok(false),
        }
        Ok(!matches!(self.stage, Stage::Done))
    }

    fn open_segment(&mut self, at: usize, index: u32) -> Result<Stage, BackupError> {
        let damaged = |what: &str| BackupError::Damaged(format!("segment {index}: {what}"));
        let opener = self.opener.as_ref().ok_or(BackupError::NeedsPassphrase)?;
        let body = &self.bytes[self.body_at..];
        let len = body.get(at..at + 4).ok_or_else(|| damaged("missing"))?;
        let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
        let end = (at + 4)
            .checked_add(len)
            .filter(|end| *end <= body.len())
            .ok_or_else(|| damaged("cut off"))?;
        let plain = opener
            .open(&body[at + 4..end])
            .map_err(|e| damaged(&e.to_string()))?;
        if plain.len() < 5 || plain[..4] != index.to_le_bytes() {
            return Err(damaged("out of place"));
        }
        let last = plain[4] == 1;
        self.plain.extend_from_slice(&plain[5..]);
        match (last, end == body.len()) {
            (true, true) => Ok(Stage::Decoding { at: 0 }),
            (false, false) => Ok(Stage::Opening {
                at: end,
                index: index + 1,
            }),
            _ => Err(damaged("the last segment is not at the end")),
        }
    }

    fn decode_parts(&mut self, mut at: usize) -> Result<Stage, BackupError> {
        let parts = if self.is_protected() {
            &self.plain
        } else {
            &self.bytes[self.body_at..]
        };
        let stop = at + STEP;
        while at < stop {
            match read_part(parts, at, &mut self.content)? {
                Some(next) => at = next,
                None => return Ok(Stage::Done),
            }
        }
        Ok(Stage::Decoding { at })
    }

    /// Bytes checked and read so far, and in all: the body is hashed, opened (if
    /// protected) and decoded, each counted. In u64: on wasm a usize product of two
    /// sizes would overflow.
    pub fn progress(&self) -> (u64, u64) {
        let body = self.body().len() as u64;
        let passes: u64 = if self.is_protected() { 3 } else { 2 };
        let done = match &self.stage {
            Stage::Hashing { at, .. } => *at as u64,
            Stage::Locked => body,
            Stage::Opening { at, .. } => body + *at as u64,
            Stage::Decoding { at } => {
                let parts = if self.is_protected() {
                    self.plain.len() as u64
                } else {
                    body
                };
                (passes - 1) * body + (*at as u64) * body / parts.max(1)
            }
            Stage::Done => passes * body,
        };
        (done.min(passes * body), passes * body)
    }

    /// What the backup holds, once every step has passed; its counts must be those of
    /// the header.
    pub fn into_content(mut self) -> Result<BookContent, BackupError> {
        while self.step()? {}
        if let Some(problem) = self.content.repeated_or_reserved_id() {
            return Err(BackupError::Damaged(problem));
        }
        let counts = self.content.counts();
        if counts != self.header.counts {
            return Err(BackupError::Damaged(format!(
                "it holds {counts:?}, its header says {:?}",
                self.header.counts
            )));
        }
        Ok(self.content)
    }
}

fn lock_error(e: LockError) -> BackupError {
    match e {
        LockError::WrongPassphrase => BackupError::WrongPassphrase,
        LockError::TooShort => BackupError::PassphraseTooShort(MIN_PASSPHRASE_CHARS),
        other => BackupError::Damaged(other.to_string()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
