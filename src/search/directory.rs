//! `Directory`: one compact row per customer plus the indexes that make listing,
//! filtering by tag and searching fast at 100,000 customers.
//!
//! Rows live in a `Vec` and are addressed by position (`u32`), which stays stable until
//! the directory is rebuilt; a deleted customer leaves a hole rather than shifting rows.

use super::fuzzy::{allowed_edits, prefix_distance};
use super::normalize::{fold, words};
use crate::domain::phone::{self, national_form};
use crate::domain::time::days_until_anniversary;
use crate::domain::{CustomValue, Customer, CustomerId};
use crate::gdpr::Standing;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

/// What the list shows for one customer: just enough to draw a row.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectoryRow {
    pub id: CustomerId,
    pub name: Box<str>,
    /// First phone, else first email: the line under the name.
    pub contact: Box<str>,
    pub tags: Box<[u16]>,
    pub created_ms: i64,
    pub updated_ms: i64,
    /// Month and day, for the Today view's birthday list.
    pub birthday: Option<(u8, u8)>,
    pub has_phone: bool,
    pub has_email: bool,
    /// Folded, for segment conditions ("address contains Westlands").
    address: Box<str>,
    /// Custom field values by key, for segment conditions.
    pub custom: Box<[(Box<str>, CustomValue)]>,
    /// Restriction, objection and the purposes with a basis, for segments and analytics.
    pub standing: Standing,
    /// Folded name: the sort key, and the source of the name words.
    folded_name: Box<str>,
    /// This row's segment in `Directory::contacts`.
    segment: u32,
}

impl DirectoryRow {
    pub fn folded_name(&self) -> &str {
        &self.folded_name
    }

    pub fn folded_address(&self) -> &str {
        &self.address
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    NameAsc,
    NameDesc,
    RecentlyUpdated,
    Newest,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListQuery {
    pub text: String,
    pub tag: Option<String>,
    pub sort: SortKey,
}

#[derive(Default)]
pub struct Directory {
    rows: Vec<Option<DirectoryRow>>,
    by_id: HashMap<CustomerId, u32>,
    /// Name and tag words -> rows holding them (sorted, for prefix ranges).
    words: BTreeMap<Box<str>, Vec<u32>>,
    tag_names: Vec<String>,
    tag_ids: HashMap<String, u16>,
    /// Live rows in name order, and each row's position in it; kept current on every
    /// change.
    name_order: Vec<u32>,
    name_rank: Vec<u32>,
    /// Every row's phones (all digit forms) and emails, folded, in one string, so a
    /// substring search is one fast pass instead of one per customer. Each row owns a
    /// segment; an edited row gets a new segment and its old one goes stale.
    contacts: String,
    /// (start offset in `contacts`, row), ascending by offset; row is `STALE` once
    /// superseded.
    segments: Vec<(u32, u32)>,
    stale_segments: usize,
}

const STALE: u32 = u32::MAX;

/// How well a row matched one query word; higher wins.
const EXACT: u8 = 3;
const CONTACT: u8 = 2;
const FUZZY: u8 = 1;

impl Directory {
    pub fn from_customers<'a>(customers: impl IntoIterator<Item = &'a Customer>) -> Self {
        let mut dir = Directory::default();
        for c in customers {
            dir.insert_row(c);
        }
        dir.rerank();
        dir
    }

    /// Adds the customers of one page as a bulk load streams in; call `finish_load`
    /// after the last page so name order is computed once, not per page.
    pub fn extend_unranked<'a>(&mut self, customers: impl IntoIterator<Item = &'a Customer>) {
        for c in customers {
            self.insert_row(c);
        }
    }

    pub fn finish_load(&mut self) {
        self.rerank();
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Row slots, live or not: the length of anything indexed by slot.
    pub fn slots(&self) -> usize {
        self.rows.len()
    }

    /// The tag's number, if any customer has ever carried it.
    pub fn tag_id(&self, name: &str) -> Option<u16> {
        self.tag_ids.get(&fold(name)).copied()
    }

    /// The row's phones (digits) and emails, folded, space-separated.
    pub fn contacts_of(&self, row: &DirectoryRow) -> &str {
        let segment = row.segment as usize;
        let start = self.segments.get(segment).map_or(0, |s| s.0 as usize);
        let end = self
            .segments
            .get(segment + 1)
            .map_or(self.contacts.len(), |s| s.0 as usize);
        self.contacts.get(start..end).unwrap_or("")
    }

    pub fn row(&self, index: u32) -> Option<&DirectoryRow> {
        self.rows.get(index as usize).and_then(Option::as_ref)
    }

    /// The customer's row number, which segment memberships are indexed by.
    pub fn slot_of(&self, id: &CustomerId) -> Option<u32> {
        self.by_id
            .get(id)
            .copied()
            .filter(|i| self.row(*i).is_some())
    }

    pub fn get(&self, id: &CustomerId) -> Option<&DirectoryRow> {
        self.by_id.get(id).and_then(|i| self.row(*i))
    }

    pub fn tag_name(&self, tag: u16) -> &str {
        self.tag_names
            .get(usize::from(tag))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Every tag in use, with how many customers carry it, most used first.
    pub fn tags_in_use(&self) -> Vec<(String, usize)> {
        let mut counts = vec![0usize; self.tag_names.len()];
        for row in self.rows.iter().flatten() {
            for t in row.tags.iter() {
                counts[usize::from(*t)] += 1;
            }
        }
        let mut tags: Vec<_> = self
            .tag_names
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(t, n)| (t.clone(), n))
            .collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| fold(&a.0).cmp(&fold(&b.0))));
        tags
    }

    /// Customers whose birthday falls within `days` days from `today` (0 = today),
    /// soonest first, then by name.
    pub fn birthdays_within(&self, today: NaiveDate, days: i64) -> Vec<(u32, i64)> {
        let mut found: Vec<(u32, i64)> = self
            .by_id
            .values()
            .filter_map(|i| {
                let (m, d) = self.row(*i)?.birthday?;
                let until = days_until_anniversary(today, u32::from(m), u32::from(d));
                (until < days).then_some((*i, until))
            })
            .collect();
        found.sort_unstable_by_key(|(i, until)| (*until, self.name_rank[*i as usize]));
        found
    }

    /// Adds or replaces the row for `customer`.
    pub fn upsert(&mut self, customer: &Customer) {
        self.remove_row(&customer.id);
        self.insert_row(customer);
        self.rerank();
    }

    pub fn remove(&mut self, id: &CustomerId) {
        self.remove_row(id);
        self.rerank();
    }

    /// The rows to list, in order: filtered by tag, matched against the search text
    /// (every word must match), best matches first, then by the chosen sort.
    pub fn query(&self, q: &ListQuery) -> Vec<u32> {
        self.query_within(q, None)
    }

    /// As `query`, keeping only slots flagged in `within` (a segment's members).
    pub fn query_within(&self, q: &ListQuery, within: Option<&[bool]>) -> Vec<u32> {
        let tag = match &q.tag {
            Some(name) => match self.tag_ids.get(&fold(name)) {
                Some(t) => Some(*t),
                None => return Vec::new(),
            },
            None => None,
        };
        let kept = |i: u32| {
            within.is_none_or(|w| w.get(i as usize).copied().unwrap_or(false))
                && tag.is_none_or(|t| self.row(i).is_some_and(|r| r.tags.contains(&t)))
        };
        let folded = fold(&q.text);
        let query_words: Vec<&str> = words(&folded).collect();
        // A score per row slot; 0 = no match. A row must match every word, and its
        // weakest match ranks it.
        let scores: Option<Vec<u8>> = query_words.iter().fold(None, |acc, w| {
            let scores = self.match_word(w);
            Some(match acc {
                None => scores,
                Some(mut acc) => {
                    acc.iter_mut()
                        .zip(&scores)
                        .for_each(|(a, s)| *a = (*a).min(*s));
                    acc
                }
            })
        });
        let score = |i: u32| scores.as_ref().map_or(EXACT, |s| s[i as usize]);
        match q.sort {
            // Name order is kept ready, so one pass per score level lists the hits
            // sorted, with no sort per keystroke.
            SortKey::NameAsc | SortKey::NameDesc => {
                let mut out = Vec::new();
                for level in [EXACT, CONTACT, FUZZY] {
                    let pick = |i: &&u32| score(**i) == level && kept(**i);
                    if q.sort == SortKey::NameAsc {
                        out.extend(self.name_order.iter().filter(pick));
                    } else {
                        out.extend(self.name_order.iter().rev().filter(pick));
                    }
                }
                out
            }
            _ => {
                let mut hits: Vec<(u32, u8)> = self
                    .name_order
                    .iter()
                    .map(|i| (*i, score(*i)))
                    .filter(|(i, s)| *s > 0 && kept(*i))
                    .collect();
                self.sort_hits(&mut hits, q.sort);
                hits.into_iter().map(|(i, _)| i).collect()
            }
        }
    }

    fn sort_hits(&self, hits: &mut [(u32, u8)], sort: SortKey) {
        let row = |i: u32| self.rows[i as usize].as_ref().expect("hits are live rows");
        let rank = |i: u32| self.name_rank[i as usize];
        let newest_first = |i: u32| match sort {
            SortKey::Newest => std::cmp::Reverse(row(i).created_ms),
            _ => std::cmp::Reverse(row(i).updated_ms),
        };
        hits.sort_unstable_by_key(|(i, s)| (std::cmp::Reverse(*s), newest_first(*i), rank(*i)));
    }

    /// A score per row slot for one query word (0 = no match).
    fn match_word(&self, w: &str) -> Vec<u8> {
        let mut scores = vec![0u8; self.rows.len()];
        let mut raise = |rows: &[u32], s: u8| {
            for r in rows {
                let slot = &mut scores[*r as usize];
                *slot = (*slot).max(s);
            }
        };
        let mut exact_rows = 0usize;
        let from = (Bound::Included(w), Bound::Unbounded);
        for (_, rows) in self
            .words
            .range::<str, _>(from)
            .take_while(|(k, _)| k.starts_with(w))
        {
            exact_rows += rows.len();
            raise(rows, EXACT);
        }
        // Phones and emails: substring, so the last digits of a number also find it.
        if w.len() >= 3 {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            let needle = if digits.len() == w.len() {
                digits.as_str()
            } else {
                w
            };
            for at in memchr::memmem::find_iter(self.contacts.as_bytes(), needle.as_bytes()) {
                let seg = self
                    .segments
                    .partition_point(|(start, _)| *start as usize <= at)
                    - 1;
                let row = self.segments[seg].1;
                if row != STALE {
                    let slot = &mut scores[row as usize];
                    *slot = (*slot).max(CONTACT);
                }
            }
        }
        let max = allowed_edits(w.chars().count());
        if max > 0 && exact_rows < 50 {
            let q: Vec<char> = w.chars().collect();
            let mut buf = Vec::new();
            for (word, rows) in &self.words {
                buf.clear();
                buf.extend(word.chars());
                if prefix_distance(&q, &buf, max).is_some() {
                    for r in rows {
                        let slot = &mut scores[*r as usize];
                        *slot = (*slot).max(FUZZY);
                    }
                }
            }
        }
        scores
    }

    fn insert_row(&mut self, c: &Customer) {
        let index = self.rows.len() as u32;
        let name = c.display_name();
        let folded_name: Box<str> = fold(&name).into();
        let tags: Box<[u16]> = c.tags.iter().map(|t| self.intern_tag(t)).collect();
        let segment = self.segments.len() as u32;
        self.segments.push((self.contacts.len() as u32, index));
        for p in &c.phones {
            self.contacts.extend(p.chars().filter(char::is_ascii_digit));
            self.contacts.push(' ');
            if let Some(national) = national_form(p) {
                self.contacts.push_str(&national);
                self.contacts.push(' ');
            }
        }
        for e in &c.emails {
            self.contacts.push_str(&fold(e));
            self.contacts.push(' ');
        }
        self.contacts.push('\n');
        let row = DirectoryRow {
            id: c.id.clone(),
            name: name.into(),
            contact: match c.phones.first() {
                Some(p) => phone::display(p).into(),
                None => c.emails.first().cloned().unwrap_or_default().into(),
            },
            tags,
            created_ms: c.created_ms,
            updated_ms: c.updated_ms,
            birthday: c.birthday.map(|b| (b.month, b.day)),
            has_phone: !c.phones.is_empty(),
            has_email: !c.emails.is_empty(),
            address: fold(c.address.trim()).into(),
            custom: c
                .custom
                .iter()
                .map(|(k, v)| (k.as_str().into(), v.clone()))
                .collect(),
            standing: Standing::of(&c.consents, &c.flags),
            folded_name,
            segment,
        };
        self.for_each_word(&row, |words, w| match words.get_mut(w) {
            Some(postings) => {
                if postings.last() != Some(&index) {
                    postings.push(index);
                }
            }
            None => {
                words.insert(w.into(), vec![index]);
            }
        });
        self.rows.push(Some(row));
        self.by_id.insert(c.id.clone(), index);
    }

    fn remove_row(&mut self, id: &CustomerId) {
        let Some(index) = self.by_id.remove(id) else {
            return;
        };
        let Some(row) = self.rows[index as usize].take() else {
            return;
        };
        self.for_each_word(&row, |words, w| {
            if let Some(postings) = words.get_mut(w) {
                postings.retain(|r| *r != index);
                if postings.is_empty() {
                    words.remove(w);
                }
            }
        });
        self.segments[row.segment as usize].1 = STALE;
        self.stale_segments += 1;
        if self.stale_segments > 1_000 && self.stale_segments * 2 > self.segments.len() {
            self.compact_contacts();
        }
    }

    /// Calls `f` with the word index and each name and tag word of `row`.
    fn for_each_word(
        &mut self,
        row: &DirectoryRow,
        mut f: impl FnMut(&mut BTreeMap<Box<str>, Vec<u32>>, &str),
    ) {
        for w in words(&row.folded_name) {
            f(&mut self.words, w);
        }
        for t in row.tags.iter() {
            let folded = fold(&self.tag_names[usize::from(*t)]);
            for w in words(&folded) {
                f(&mut self.words, w);
            }
        }
    }

    /// Drops stale contact segments once they outnumber live ones.
    fn compact_contacts(&mut self) {
        let old = std::mem::take(&mut self.contacts);
        let old_segments = std::mem::take(&mut self.segments);
        for (i, (start, row)) in old_segments.iter().enumerate() {
            if *row == STALE {
                continue;
            }
            let end = old_segments.get(i + 1).map_or(old.len(), |s| s.0 as usize);
            if let Some(r) = self.rows[*row as usize].as_mut() {
                r.segment = self.segments.len() as u32;
            }
            self.segments.push((self.contacts.len() as u32, *row));
            self.contacts.push_str(&old[*start as usize..end]);
        }
        self.stale_segments = 0;
    }

    fn intern_tag(&mut self, tag: &str) -> u16 {
        let key = fold(tag);
        if let Some(id) = self.tag_ids.get(&key) {
            return *id;
        }
        let id = self.tag_names.len() as u16;
        self.tag_names.push(tag.to_owned());
        self.tag_ids.insert(key, id);
        id
    }

    fn rerank(&mut self) {
        let mut order: Vec<u32> = self.by_id.values().copied().collect();
        let key = |i: &u32| self.rows[*i as usize].as_ref().map(|r| &r.folded_name);
        order.sort_unstable_by(|a, b| key(a).cmp(&key(b)).then(a.cmp(b)));
        let mut rank = vec![u32::MAX; self.rows.len()];
        for (pos, i) in order.iter().enumerate() {
            rank[*i as usize] = pos as u32;
        }
        self.name_rank = rank;
        self.name_order = order;
    }
}

#[cfg(test)]
#[path = "directory_tests.rs"]
mod tests;
