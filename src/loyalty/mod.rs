//! The loyalty programme: how points are earned, redeemed and expire, and the
//! append-only ledger they are kept in. Balances and tiers are always derived from the
//! ledger; changing the programme's rules never rewrites an entry already written.

pub mod account;
pub mod counter;
pub mod draft;
pub mod programme;
pub mod rules;
pub mod stats;
pub mod stored;
#[cfg(test)]
mod tests;

pub use account::{Account, EntryKind, LedgerEntry};
pub use programme::{EarnRules, Expiry, Programme, Reward, StartingNames, Tier, TierBasis};
pub use rules::{LoyaltyError, TierStatus};
