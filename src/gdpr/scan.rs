//! Erasure's proof: a person's identifiers (id, names, emails, phones) looked for in
//! every stored record, opened (a sealed book is scanned as it reads, not as ciphertext)
//! and decoded where the format is binary (purchase chunks keep ids as packed bits, which
//! no text search would find).

use crate::domain::{CompactId, Customer, CustomerId};
use crate::loyalty::stored::decode_ledger;
use crate::sales::PurchaseChunk;
use memchr::memmem;

/// Shorter names are left to the id, emails and phones: two letters would match
/// everywhere.
const MIN_NAME_CHARS: usize = 3;
/// Fewer digits than this are not a phone number worth looking for.
const MIN_PHONE_DIGITS: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdentifierKind {
    Id,
    Name,
    Email,
    Phone,
}

/// How a stored record's plain bytes are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordFormat {
    /// UTF-8 JSON, or text kept as it was found (damaged records set aside).
    Text,
    PurchaseChunk,
    Ledger,
}

/// One stored record as a store hands it to the scan.
pub struct ScannedRecord<'a> {
    /// The object store (IndexedDB) or table it lives in.
    pub store: &'a str,
    /// Its key as text (parts joined by `/`).
    pub key: &'a str,
    pub format: RecordFormat,
    /// Its value, opened if it was sealed and could be.
    pub plain: &'a [u8],
}

/// A place where an identifier was found: the store and which kind (never the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub store: String,
    pub kind: IdentifierKind,
}

/// What a scan found over the whole book.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanReport {
    pub records: usize,
    pub hits: Vec<Hit>,
    /// Names also worn by other customers, so left out of the search (their own
    /// records would match): the id, emails and phones still prove the erasure.
    pub shared_names: usize,
}

impl ScanReport {
    pub fn is_clean(&self) -> bool {
        self.hits.is_empty()
    }
}

/// What to look for, lower-cased, and the keys the person's records were stored under.
#[derive(Clone, Debug)]
pub struct Identifiers {
    id: CustomerId,
    compact: CompactId,
    /// The id as keys carry it: plain, and blinded when the book is locked.
    keys: Vec<String>,
    texts: Vec<(IdentifierKind, Vec<u8>)>,
    shared_names: usize,
}

impl Identifiers {
    /// `other_names` are every other customer's shown name, for leaving out shared ones.
    pub fn of<'a>(
        customer: &Customer,
        blinded_id: Option<String>,
        other_names: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut names = name_forms(customer);
        let before = names.len();
        let others: std::collections::HashSet<String> =
            other_names.into_iter().map(lower).collect();
        names.retain(|n| !others.contains(n));
        let shared_names = before - names.len();
        let mut texts: Vec<(IdentifierKind, Vec<u8>)> =
            vec![(IdentifierKind::Id, lower(customer.id.as_str()).into_bytes())];
        texts.extend(
            names
                .into_iter()
                .map(|n| (IdentifierKind::Name, n.into_bytes())),
        );
        texts.extend(
            customer
                .emails
                .iter()
                .map(|e| lower(e.trim()))
                .filter(|e| !e.is_empty())
                .map(|e| (IdentifierKind::Email, e.into_bytes())),
        );
        texts.extend(
            customer
                .phones
                .iter()
                .map(|p| p.chars().filter(char::is_ascii_digit).collect::<String>())
                .filter(|d| d.len() >= MIN_PHONE_DIGITS)
                .map(|d| (IdentifierKind::Phone, d.into_bytes())),
        );
        let mut keys = vec![customer.id.0.clone()];
        keys.extend(blinded_id);
        Self {
            compact: CompactId::of(customer.id.as_str()),
            id: customer.id.clone(),
            keys,
            texts,
            shared_names,
        }
    }

    pub fn id(&self) -> &CustomerId {
        &self.id
    }

    /// The name forms looked for (lower-cased), for finding mentions in free text.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.texts
            .iter()
            .filter(|(k, _)| *k == IdentifierKind::Name)
            .filter_map(|(_, t)| std::str::from_utf8(t).ok())
    }

    /// Which identifiers `record` holds (each kind once).
    pub fn found_in(&self, record: &ScannedRecord) -> Vec<IdentifierKind> {
        let mut found = Vec::new();
        let key_parts = record.key.split('/');
        if key_parts
            .into_iter()
            .any(|part| self.keys.iter().any(|k| k == part))
        {
            found.push(IdentifierKind::Id);
        }
        match record.format {
            RecordFormat::PurchaseChunk => match PurchaseChunk::decode(record.plain) {
                Ok(chunk) => {
                    for row in chunk.rows() {
                        if row.customer.as_ref() == Some(&self.compact) {
                            found.push(IdentifierKind::Id);
                        }
                        found.extend(self.in_text(row.note.as_bytes()));
                        if let Some(v) = &row.void {
                            found.extend(self.in_text(v.reason.as_bytes()));
                        }
                    }
                }
                Err(_) => found.extend(self.in_text(record.plain)),
            },
            RecordFormat::Ledger => {
                let owner = CustomerId(record.key.to_owned());
                if let Ok((customer, _)) = decode_ledger(record.plain, Some(&owner)) {
                    if customer == self.id {
                        found.push(IdentifierKind::Id);
                    }
                }
                found.extend(self.in_text(record.plain));
            }
            RecordFormat::Text => found.extend(self.in_text(record.plain)),
        }
        found.sort();
        found.dedup();
        found
    }

    fn in_text(&self, bytes: &[u8]) -> Vec<IdentifierKind> {
        if bytes.is_empty() {
            return Vec::new();
        }
        let haystack = bytes.to_ascii_lowercase();
        self.texts
            .iter()
            .filter(|(kind, needle)| contains(&haystack, needle, *kind))
            .map(|(kind, _)| *kind)
            .collect()
    }

    /// Names, emails and phones as free text would carry them (lower-cased ASCII).
    pub fn free_text_forms(&self) -> impl Iterator<Item = &str> {
        self.texts
            .iter()
            .filter(|(k, _)| *k != IdentifierKind::Id)
            .filter_map(|(_, t)| std::str::from_utf8(t).ok())
    }

    pub fn shared_names(&self) -> usize {
        self.shared_names
    }

    /// Whether free `text` names the person (a name form, an email or a phone).
    pub fn mentioned_in(&self, text: &str) -> bool {
        self.in_text(text.as_bytes())
            .iter()
            .any(|k| *k != IdentifierKind::Id)
    }
}

/// Adds `record`'s hits to `report`.
pub fn tally(ids: &Identifiers, record: &ScannedRecord, report: &mut ScanReport) {
    report.records += 1;
    report
        .hits
        .extend(ids.found_in(record).into_iter().map(|kind| Hit {
            store: record.store.to_owned(),
            kind,
        }));
}

/// ASCII case only, as the haystack is folded: other scripts' text is matched as typed.
fn lower(text: &str) -> String {
    text.trim().to_ascii_lowercase()
}

/// The ways the person's name is written: as shown, and "given family" when a display
/// name overrides it.
fn name_forms(c: &Customer) -> Vec<String> {
    let mut forms = vec![lower(&c.name.shown())];
    let full = lower(&format!("{} {}", c.name.given, c.name.family));
    forms.push(full);
    forms.retain(|n| n.chars().count() >= MIN_NAME_CHARS);
    forms.sort();
    forms.dedup();
    forms
}

/// Whether `needle` occurs in `haystack` as a whole word (names), a whole number
/// (phones) or anywhere (ids, emails).
fn contains(haystack: &[u8], needle: &[u8], kind: IdentifierKind) -> bool {
    memmem::find_iter(haystack, needle).any(|at| match kind {
        IdentifierKind::Name => {
            !letter_before(haystack, at) && !letter_after(haystack, at + needle.len())
        }
        IdentifierKind::Phone => {
            !haystack[..at].last().is_some_and(u8::is_ascii_digit)
                && !haystack
                    .get(at + needle.len())
                    .is_some_and(u8::is_ascii_digit)
        }
        IdentifierKind::Id | IdentifierKind::Email => true,
    })
}

fn letter_before(text: &[u8], at: usize) -> bool {
    let start = at.saturating_sub(4);
    (start..at)
        .find_map(|s| std::str::from_utf8(&text[s..at]).ok())
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

fn letter_after(text: &[u8], at: usize) -> bool {
    let end = (at + 4).min(text.len());
    (at..=end)
        .rev()
        .find_map(|e| std::str::from_utf8(&text[at..e]).ok())
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}
