//! Erasure's free-text part (Art. 17): other customers' notes that name the person,
//! offered one by one, and the redaction the owner confirms for each.

use super::scan::Identifiers;
use crate::domain::{Customer, CustomerId, Interaction, InteractionId};
use memchr::memmem;

/// What replaces the person's name, email or phone in a redacted text: no language's
/// word, so it reads the same to everyone.
pub const REDACTED: &str = "[…]";
/// Characters of context either side of a mention, for the owner to judge it.
const EXCERPT_CHARS: usize = 40;

/// Where another customer's record names the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentionPlace {
    Note(InteractionId),
    About,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub owner: CustomerId,
    pub owner_name: String,
    pub place: MentionPlace,
    /// The passage around the first mention.
    pub excerpt: String,
}

/// Notes and "about" texts of other customers that name the person.
pub fn mentions<'a>(
    ids: &Identifiers,
    others: impl IntoIterator<Item = &'a Customer>,
    notes: impl IntoIterator<Item = &'a Interaction>,
    name_of: impl Fn(&CustomerId) -> String,
) -> Vec<Mention> {
    let mut found: Vec<Mention> = others
        .into_iter()
        .filter(|c| &c.id != ids.id() && ids.mentioned_in(&c.about))
        .map(|c| Mention {
            owner: c.id.clone(),
            owner_name: c.display_name(),
            place: MentionPlace::About,
            excerpt: excerpt(ids, &c.about),
        })
        .collect();
    found.extend(
        notes
            .into_iter()
            .filter(|i| &i.customer_id != ids.id() && ids.mentioned_in(&i.text))
            .map(|i| Mention {
                owner: i.customer_id.clone(),
                owner_name: name_of(&i.customer_id),
                place: MentionPlace::Note(i.id.clone()),
                excerpt: excerpt(ids, &i.text),
            }),
    );
    found
}

/// `text` with every mention of the person replaced by `REDACTED`.
pub fn redact(ids: &Identifiers, text: &str) -> String {
    let mut out = text.to_owned();
    for needle in ids.free_text_forms() {
        loop {
            let folded = out.to_ascii_lowercase();
            let Some(at) = memmem::find(folded.as_bytes(), needle.as_bytes()) else {
                break;
            };
            out.replace_range(at..at + needle.len(), REDACTED);
        }
    }
    out
}

fn excerpt(ids: &Identifiers, text: &str) -> String {
    let folded = text.to_ascii_lowercase();
    let at = ids
        .free_text_forms()
        .filter_map(|n| folded.find(n))
        .min()
        .unwrap_or(0);
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(EXCERPT_CHARS)
        .map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(EXCERPT_CHARS * 2)
        .map_or(text.len(), |(i, _)| at + i);
    let mut shown = text[start..end].to_owned();
    if start > 0 {
        shown.insert(0, '…');
    }
    if end < text.len() {
        shown.push('…');
    }
    shown
}
