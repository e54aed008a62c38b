//! Messages between Karibu tabs of the same book: a typed, versioned enum, sent as
//! JSON over a BroadcastChannel by the UI. A message this version cannot read (from a
//! newer Karibu, or damaged) is `Unknown`: the receiver then catches up in full.

use super::{Book, BookResult, Changed};
use crate::domain::CustomerId;
use crate::store::Store;
use serde::{Deserialize, Serialize};

/// Moves on whenever a message's meaning changes.
pub const TAB_PROTOCOL: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TabMessage {
    /// A tab is opening the book at this schema version (older tabs let go).
    Opening {
        schema: u32,
    },
    /// Customers were saved, restored or tagged.
    CustomersChanged {
        ids: Vec<CustomerId>,
    },
    CustomersDeleted {
        ids: Vec<CustomerId>,
    },
    /// Purchases or ledgers changed.
    SalesChanged,
    SettingsChanged,
    /// A tab that opened locked asks an unlocked one for the data key.
    KeyWanted,
    /// The data key (hex), in answer to `KeyWanted` or after an unlock, so tabs unlock
    /// together. BroadcastChannel keeps it in this browser's memory, same origin only.
    KeyShared {
        key_id: u32,
        key: String,
    },
    /// The owner locked the app (or it locked itself when idle): every tab forgets the key.
    LockNow,
    /// The lock was turned on or off or its passphrase changed: reread it.
    LockChanged,
    /// Too much changed to name (a backup restored, demo data loaded): reread what the
    /// store's generations say moved on.
    BookReplaced,
    /// Something this version does not understand.
    #[serde(skip)]
    Unknown,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    message: serde_json::Value,
}

impl TabMessage {
    pub fn encode(&self) -> String {
        let message = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        serde_json::to_string(&Envelope {
            v: TAB_PROTOCOL,
            message,
        })
        .unwrap_or_default()
    }

    pub fn decode(text: &str) -> TabMessage {
        match serde_json::from_str::<Envelope>(text) {
            Ok(e) if e.v == TAB_PROTOCOL => {
                serde_json::from_value(e.message).unwrap_or(TabMessage::Unknown)
            }
            // A newer tab's `Opening` must still be understood, whatever else changed.
            Ok(e) => match e.message.get("schema").and_then(|s| s.as_u64()) {
                Some(schema)
                    if e.message.get("kind").and_then(|k| k.as_str()) == Some("opening") =>
                {
                    TabMessage::Opening {
                        schema: schema as u32,
                    }
                }
                _ => TabMessage::Unknown,
            },
            Err(_) => TabMessage::Unknown,
        }
    }
}

impl Changed {
    /// What to tell other tabs about this change.
    pub fn tab_messages(&self) -> Vec<TabMessage> {
        let mut out = Vec::new();
        if !self.customers.is_empty() {
            out.push(TabMessage::CustomersChanged {
                ids: self.customers.clone(),
            });
        }
        if !self.removed.is_empty() {
            out.push(TabMessage::CustomersDeleted {
                ids: self.removed.clone(),
            });
        }
        if self.sales {
            out.push(TabMessage::SalesChanged);
        }
        if self.settings {
            out.push(TabMessage::SettingsChanged);
        }
        if self.everything {
            out.push(TabMessage::BookReplaced);
        }
        out
    }
}

impl<S: Store> Book<S> {
    /// Brings this tab up to date with what another tab said it changed.
    pub async fn on_tab_message(&self, message: &TabMessage) -> BookResult<Changed> {
        let changed = match message {
            TabMessage::CustomersChanged { ids } => self.refresh_customers(ids).await?,
            TabMessage::CustomersDeleted { ids } => self.forget_customers(ids),
            TabMessage::SalesChanged => self.load_sales().await?,
            TabMessage::SettingsChanged => {
                *self.settings.borrow_mut() = self.store.load_settings().await?;
                Changed {
                    settings: true,
                    ..Changed::default()
                }
            }
            // The lock's messages are the UI's to act on (unlock, reload).
            TabMessage::Opening { .. }
            | TabMessage::KeyWanted
            | TabMessage::KeyShared { .. }
            | TabMessage::LockNow
            | TabMessage::LockChanged => Changed::default(),
            TabMessage::Unknown => return self.catch_up().await,
            TabMessage::BookReplaced => {
                let mut changed = self.catch_up().await?;
                changed.everything = true;
                return Ok(changed);
            }
        };
        // What was just reread is what the store now holds.
        let mut seen = self.seen.get();
        let now = self.store.generations().await?;
        if !changed.customers.is_empty() || !changed.removed.is_empty() || changed.everything {
            seen.customers = now.customers;
        }
        if changed.sales {
            seen.sales = now.sales;
        }
        if changed.settings {
            seen.settings = now.settings;
        }
        self.seen.set(seen);
        Ok(changed)
    }
}
