//! The customer book's domain: plain data types and the rules that guard them.
//! Nothing here knows about the browser, the DOM or IndexedDB.

pub mod bulk;
pub mod calendar;
pub mod custom_field;
pub mod customer;
pub mod digits;
pub mod draft;
pub mod ids;
pub mod interaction;
pub mod money;
pub mod phone;
pub mod purchase;
pub mod time;

pub use custom_field::{CustomFieldDef, CustomFieldKind, CustomValue};
pub use customer::{Birthday, Customer, PersonName};
pub use draft::{CustomerDraft, Field, FieldError, Problem};
pub use ids::{CompactId, CustomerId, EntryId, InteractionId, PurchaseId};
pub use interaction::{Interaction, InteractionDraft, InteractionKind, Score};
pub use money::{Currency, Money};
pub use purchase::{Purchase, PurchaseDraft};
