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
/// Digits a written number may carry before the national one: "0", "+254", "00254".
const MAX_PREFIX_DIGITS: usize = 5;

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
    /// False for a sealed value this tab could not open: nothing can be said of it.
    pub opened: bool,
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
    /// Sealed records that could not be opened, so not checked.
    pub unreadable: usize,
    /// Names also worn by other customers, so left out of the search (their own
    /// records would match): the id, emails and phones still prove the erasure.
    pub shared_names: usize,
}

impl ScanReport {
    pub fn is_clean(&self) -> bool {
        self.hits.is_empty() && self.unreadable == 0
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
                .map(|p| national_digits(p))
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
                    for name in chunk.category_names() {
                        found.extend(self.in_text(name.as_bytes()));
                    }
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

    pub fn shared_names(&self) -> usize {
        self.shared_names
    }

    /// Where free `text` names the person (byte ranges, overlaps merged, in order).
    pub fn spans_in(&self, text: &str) -> Vec<(usize, usize)> {
        let folded = text.as_bytes().to_ascii_lowercase();
        let mut spans: Vec<(usize, usize)> = self
            .texts
            .iter()
            .filter(|(k, _)| *k != IdentifierKind::Id)
            .flat_map(|(kind, needle)| find_all(&folded, needle, *kind))
            .collect();
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (start, end) in spans {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
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
    if !record.opened {
        report.unreadable += 1;
    }
    report
        .hits
        .extend(ids.found_in(record).into_iter().map(|kind| Hit {
            store: record.store.to_owned(),
            kind,
        }));
}

/// A stored phone's national number without its leading 0 ("+254712345678" ->
/// "712345678"), which every way of writing it ends with; all its digits when the
/// country is not known.
fn national_digits(phone: &str) -> String {
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
    match crate::domain::phone::national_form(phone) {
        Some(national) => digits(national.trim_start_matches('0')),
        None => digits(phone),
    }
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

/// Where `needle` occurs in `haystack` (byte ranges): as a whole word (names), as the
/// end of a run of digits however spaced ("0712 345 678", "+254-712-345678": phones,
/// whose needle is the national number without its leading 0) or anywhere (ids,
/// emails).
pub(crate) fn find_all(
    haystack: &[u8],
    needle: &[u8],
    kind: IdentifierKind,
) -> Vec<(usize, usize)> {
    match kind {
        IdentifierKind::Phone => digit_runs(haystack)
            .into_iter()
            .filter(|(_, _, digits)| {
                digits.ends_with(needle) && digits.len() <= needle.len() + MAX_PREFIX_DIGITS
            })
            .map(|(start, end, _)| (start, end))
            .collect(),
        IdentifierKind::Name => memmem::find_iter(haystack, needle)
            .filter(|at| {
                !letter_before(haystack, *at) && !letter_after(haystack, at + needle.len())
            })
            .map(|at| (at, at + needle.len()))
            .collect(),
        IdentifierKind::Id | IdentifierKind::Email => memmem::find_iter(haystack, needle)
            .map(|at| (at, at + needle.len()))
            .collect(),
    }
}

fn contains(haystack: &[u8], needle: &[u8], kind: IdentifierKind) -> bool {
    !find_all(haystack, needle, kind).is_empty()
}

/// Runs of digits with at most one separator between them (space, dash, dot,
/// brackets, slash): (start, end, the digits).
fn digit_runs(text: &[u8]) -> Vec<(usize, usize, Vec<u8>)> {
    let is_separator = |b: u8| matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/');
    let mut runs = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if !text[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = Vec::new();
        let mut end = i;
        while i < text.len() {
            if text[i].is_ascii_digit() {
                digits.push(text[i]);
                i += 1;
                end = i;
            } else if is_separator(text[i]) && text.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
            } else {
                break;
            }
        }
        runs.push((start, end, digits));
    }
    runs
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
