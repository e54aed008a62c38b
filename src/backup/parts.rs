//! A backup's body: a run of parts, each `kind (1) | length (u32 LE) | bytes`. Parts
//! reuse the store's own encodings (JSON for customers, interactions and settings; the
//! compact binary forms for purchase chunks and ledgers), so a backup is about the size
//! of the book on disk and every form it holds is already tested and versioned.

use super::{BackupError, BookContent};
use crate::domain::{Customer, Interaction};
use crate::loyalty::stored::decode_ledger;
use crate::sales::PurchaseChunk;
use crate::store::codec::from_json;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PartKind {
    Settings = 1,
    Customers = 2,
    Interactions = 3,
    Purchases = 4,
    Ledger = 5,
}

impl PartKind {
    fn from_byte(b: u8) -> Option<Self> {
        Some(match b {
            1 => Self::Settings,
            2 => Self::Customers,
            3 => Self::Interactions,
            4 => Self::Purchases,
            5 => Self::Ledger,
            _ => return None,
        })
    }
}

const FRAME: usize = 1 + 4;

pub(super) fn push_part(out: &mut Vec<u8>, kind: PartKind, bytes: &[u8]) {
    let len = u32::try_from(bytes.len()).expect("a part is far below 4 GiB");
    out.push(kind as u8);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(bytes);
}

/// Customers or interactions per part.
pub(super) const PAGE: usize = 1_000;

/// Reads parts one at a time from `body`, starting at byte `at`. Returns the next
/// part's end, or `None` at the end of the body.
pub(super) fn read_part(
    body: &[u8],
    at: usize,
    content: &mut BookContent,
) -> Result<Option<usize>, BackupError> {
    if at == body.len() {
        return Ok(None);
    }
    let damaged = |what: &str| BackupError::Damaged(format!("{what} at byte {at}"));
    let frame = body
        .get(at..at + FRAME)
        .ok_or_else(|| damaged("a cut-off part"))?;
    let kind = PartKind::from_byte(frame[0]).ok_or_else(|| damaged("an unknown part"))?;
    // Exactly one settings part, and it comes first: a file without one would quietly
    // restore default settings.
    if (at == 0) != (kind == PartKind::Settings) {
        return Err(damaged("the settings part out of place"));
    }
    let len = u32::from_le_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
    let end = (at + FRAME)
        .checked_add(len)
        .filter(|end| *end <= body.len())
        .ok_or_else(|| damaged("a cut-off part"))?;
    add_part(content, kind, &body[at + FRAME..end])
        .map_err(|e| BackupError::Damaged(format!("{e} (part at byte {at})")))?;
    Ok(Some(end))
}

fn add_part(content: &mut BookContent, kind: PartKind, bytes: &[u8]) -> Result<(), String> {
    let text = |e: crate::store::StoreError| e.to_string();
    match kind {
        PartKind::Settings => content.settings = from_json(bytes).map_err(text)?,
        PartKind::Customers => content
            .customers
            .extend(from_json::<Vec<Customer>>(bytes).map_err(text)?),
        PartKind::Interactions => content
            .interactions
            .extend(from_json::<Vec<Interaction>>(bytes).map_err(text)?),
        PartKind::Purchases => content.purchases.push(PurchaseChunk::decode(bytes)?),
        PartKind::Ledger => content.ledgers.push(decode_ledger(bytes, None)?),
    }
    Ok(())
}
