//! The whole book at once in memory, for a backup and its restore.

use super::{MemoryStore, Tables};
use crate::backup::BookContent;
use crate::domain::Interaction;
use crate::lock::Envelope;
use crate::store::codec::{decode, encode, encode_chunk, encode_ledger_record, or_damaged};
use crate::store::{StoreResult, Touches, LOAD_PAGE};

impl MemoryStore {
    pub(super) fn all_interactions(
        &self,
        on_page: &mut dyn FnMut(Vec<Interaction>),
    ) -> StoreResult<usize> {
        self.readable()?;
        let e = self.env();
        let mut all = Vec::new();
        {
            let mut t = self.tables.borrow_mut();
            let mut damaged = Vec::new();
            for (key, bytes) in &t.interactions {
                match or_damaged(decode::<Interaction>(&e, bytes))? {
                    Ok(i) => all.push(i),
                    Err(reason) => damaged.push((key.clone(), bytes.clone(), reason)),
                }
            }
            for (key, bytes, reason) in damaged {
                self.set_aside_interaction(&mut t, key, bytes, reason);
            }
        }
        let n = all.len();
        for page in all.chunks(LOAD_PAGE) {
            on_page(page.to_vec());
        }
        Ok(n)
    }

    pub(super) fn replace_all(&self, content: &BookContent) -> StoreResult<()> {
        self.readable()?;
        self.write(Touches::Everything, |t, e| {
            let revision = match &t.settings {
                Some(v) => decode::<crate::store::Settings>(e, v).map_or(0, |s| s.revision),
                None => 0,
            };
            *t = Tables {
                lock: t.lock.take(),
                set_aside: std::mem::take(&mut t.set_aside),
                generations: t.generations,
                ..Tables::default()
            };
            fill(t, e, content, revision + 1);
            Ok(())
        })
    }
}

fn fill(t: &mut Tables, e: &Envelope, content: &BookContent, settings_revision: u32) {
    for c in &content.customers {
        t.customers
            .insert(e.key_of(&c.id.0).into_owned(), encode(e, c));
    }
    for i in &content.interactions {
        MemoryStore::put_interaction(e, t, i);
    }
    t.purchase_chunks = content
        .purchases
        .iter()
        .map(|chunk| encode_chunk(e, chunk))
        .collect();
    for (customer, entries) in content.ledgers.iter().filter(|(_, l)| !l.is_empty()) {
        let key = e.key_of(&customer.0).into_owned();
        t.ledgers
            .insert(key, encode_ledger_record(e, customer, entries));
    }
    let mut settings = content.settings.clone();
    settings.revision = settings_revision;
    t.settings = Some(encode(e, &settings));
}
