//! Data-subject rights (GDPR), pure: consent, restriction and objection (`consent`), the register of requests and their deadlines
//! (`requests`), one person's access bundle (`bundle`), and erasure: other records'
//! mentions of the person (`erasure`) and the scan that proves they are gone (`scan`).

pub mod bundle;
pub mod consent;
pub mod erasure;
pub mod records;
pub mod requests;
pub mod retention;
pub mod scan;

pub use consent::{ConsentEntry, Flag, FlagEntry, LawfulBasis, Purpose, Standing};
pub use requests::{DataRequest, RequestKind, RequestProblem, RequestStatus, Subject, Urgency};
pub use scan::{Identifiers, ScanReport};
