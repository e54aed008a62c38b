//! Segments: saved rules that pick customers ("spent 5,000 or more in the last 90 days
//! and has not been in for 30"), counted live while edited and shown in the customer
//! list as filters. Pure: the rule types, the facts they look at and their evaluation.

pub mod draft;
mod evaluate;
pub mod facts;
pub mod rule;
#[cfg(test)]
mod tests;

pub use evaluate::{members, members_for, scores, Members, Sources};
pub use facts::{Facts, Scores, WindowTotal};
pub use rule::{Condition, Group, Item, Join, Needs, ScoreRule, Segment, Subject, Test, TestKind};
