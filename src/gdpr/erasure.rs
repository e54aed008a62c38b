//! Erasure's free-text part (Art. 17): other customers' notes that name the person,
//! offered one by one, and the redaction the owner confirms for each.

use super::scan::Identifiers;
use crate::domain::{Customer, CustomerId, Interaction, InteractionId, Purchase, PurchaseId};

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
    /// A purchase's note or void reason.
    Purchase(PurchaseId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub owner: CustomerId,
    pub owner_name: String,
    pub place: MentionPlace,
    /// The passage around the first mention.
    pub excerpt: String,
}

/// Free text elsewhere that names the person: other customers' "about" texts,
/// timeline entries, and purchase notes (walk-in sales' too: their owner is left empty).
pub fn mentions<'a>(
    ids: &Identifiers,
    others: impl IntoIterator<Item = &'a Customer>,
    notes: impl IntoIterator<Item = &'a Interaction>,
    purchases: impl IntoIterator<Item = &'a Purchase>,
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
    found.extend(
        purchases
            .into_iter()
            .filter(|p| p.customer.as_ref() != Some(ids.id()))
            .filter_map(|p| {
                let reason = p.void.as_ref().map_or("", |v| v.reason.as_str());
                let text = [p.note.as_str(), reason].join(" ");
                ids.mentioned_in(&text).then(|| Mention {
                    owner: p.customer.clone().unwrap_or(CustomerId(String::new())),
                    owner_name: p.customer.as_ref().map(&name_of).unwrap_or_default(),
                    place: MentionPlace::Purchase(p.id.clone()),
                    excerpt: excerpt(ids, &text),
                })
            }),
    );
    found
}

/// `text` with every mention of the person replaced by `REDACTED`. (ASCII lower-casing
/// keeps byte offsets, so the spans found in the folded text fall on the original's
/// character boundaries.)
pub fn redact(ids: &Identifiers, text: &str) -> String {
    let mut out = text.to_owned();
    for (start, end) in ids.spans_in(text).into_iter().rev() {
        out.replace_range(start..end, REDACTED);
    }
    out
}

fn excerpt(ids: &Identifiers, text: &str) -> String {
    let at = ids.spans_in(text).first().map_or(0, |s| s.0);
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
