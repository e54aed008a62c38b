//! The register of data-subject requests (GDPR Art. 12-22): what was asked, when it is
//! due, and what was done. Art. 12(3): answer within one month of receipt, extendable by
//! two further months with a reason recorded.

use crate::domain::time::Millis;
use crate::domain::CustomerId;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Requests due within this many days show on Today beside the overdue ones.
pub const SOON_DAYS: i64 = 7;
/// Art. 12(3): the longest extension, in months.
pub const MAX_EXTENSION_MONTHS: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Portability,
    Objection,
}

impl RequestKind {
    pub const ALL: [RequestKind; 6] = [
        RequestKind::Access,
        RequestKind::Rectification,
        RequestKind::Erasure,
        RequestKind::Restriction,
        RequestKind::Portability,
        RequestKind::Objection,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RequestKind::Access => "access",
            RequestKind::Rectification => "rectification",
            RequestKind::Erasure => "erasure",
            RequestKind::Restriction => "restriction",
            RequestKind::Portability => "portability",
            RequestKind::Objection => "objection",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Answered by handing over the person's data bundle.
    pub fn answered_by_bundle(self) -> bool {
        matches!(self, RequestKind::Access | RequestKind::Portability)
    }
}

/// Who asked. While they are a customer, their id; once erased, only a keyed pseudonym
/// (HMAC under a key kept with the book), so the register names no one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Customer(CustomerId),
    Pseudonym(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Open,
    Done,
    Refused,
}

/// What happened to a request, in order; the register's history is never rewritten.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RequestEvent {
    Received,
    Extended {
        months: u32,
        reason: String,
    },
    BundleGiven,
    /// Erased, and the scan over every stored record found this many identifiers left.
    Erased {
        records_scanned: usize,
        hits: usize,
    },
    Closed {
        status: RequestStatus,
        note: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Logged {
    pub at_ms: Millis,
    pub event: RequestEvent,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataRequest {
    pub id: String,
    pub kind: RequestKind,
    pub subject: Subject,
    pub received: NaiveDate,
    #[serde(default)]
    pub extended_months: u32,
    pub status: RequestStatus,
    #[serde(default)]
    pub history: Vec<Logged>,
}

/// Where a request stands against its deadline on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Closed,
    Overdue { days: i64 },
    DueSoon { days: i64 },
    OnTime { days: i64 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestProblem {
    /// Received after today.
    ReceivedInFuture,
    /// The extension would go past three months in all, or none was asked.
    ExtensionTooLong,
    /// Art. 12(3): the person must be told of an extension within the first month.
    ExtensionTooLate,
    /// An extension needs its reason recorded (Art. 12(3)).
    ReasonMissing,
    /// Already done or refused.
    AlreadyClosed,
    /// No request with this id (another tab removed it).
    Gone,
}

impl DataRequest {
    pub fn new(
        id: String,
        kind: RequestKind,
        subject: Subject,
        received: NaiveDate,
        today: NaiveDate,
        now_ms: Millis,
    ) -> Result<Self, RequestProblem> {
        if received > today {
            return Err(RequestProblem::ReceivedInFuture);
        }
        Ok(Self {
            id,
            kind,
            subject,
            received,
            extended_months: 0,
            status: RequestStatus::Open,
            history: vec![Logged {
                at_ms: now_ms,
                event: RequestEvent::Received,
            }],
        })
    }

    /// One month after receipt, plus any extension. A month from 31 January is the
    /// last day of February (chrono clamps to the month's end).
    pub fn due(&self) -> NaiveDate {
        let months = Months::new(1 + self.extended_months);
        self.received
            .checked_add_months(months)
            .unwrap_or(NaiveDate::MAX)
    }

    pub fn is_open(&self) -> bool {
        self.status == RequestStatus::Open
    }

    pub fn urgency(&self, today: NaiveDate) -> Urgency {
        if !self.is_open() {
            return Urgency::Closed;
        }
        let days = (self.due() - today).num_days();
        match days {
            d if d < 0 => Urgency::Overdue { days: -d },
            d if d <= SOON_DAYS => Urgency::DueSoon { days: d },
            d => Urgency::OnTime { days: d },
        }
    }

    /// More time, decided (and told to the person) within the first month.
    pub fn extend(
        &mut self,
        months: u32,
        reason: &str,
        today: NaiveDate,
        now_ms: Millis,
    ) -> Result<(), RequestProblem> {
        if !self.is_open() {
            return Err(RequestProblem::AlreadyClosed);
        }
        let first_month = self.received.checked_add_months(Months::new(1));
        if first_month.is_some_and(|end| today > end) {
            return Err(RequestProblem::ExtensionTooLate);
        }
        if months == 0 || self.extended_months + months > MAX_EXTENSION_MONTHS {
            return Err(RequestProblem::ExtensionTooLong);
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(RequestProblem::ReasonMissing);
        }
        self.extended_months += months;
        self.log(
            now_ms,
            RequestEvent::Extended {
                months,
                reason: reason.to_owned(),
            },
        );
        Ok(())
    }

    pub fn close(
        &mut self,
        status: RequestStatus,
        note: &str,
        now_ms: Millis,
    ) -> Result<(), RequestProblem> {
        if !self.is_open() {
            return Err(RequestProblem::AlreadyClosed);
        }
        self.status = status;
        self.log(
            now_ms,
            RequestEvent::Closed {
                status,
                note: note.trim().to_owned(),
            },
        );
        Ok(())
    }

    pub fn log(&mut self, at_ms: Millis, event: RequestEvent) {
        self.history.push(Logged { at_ms, event });
    }

    /// Rewrites the free text the owner wrote into the history (reasons, notes).
    pub fn rewrite_notes(&mut self, rewrite: impl Fn(&str) -> String) {
        for logged in &mut self.history {
            match &mut logged.event {
                RequestEvent::Extended { reason: text, .. }
                | RequestEvent::Closed { note: text, .. } => *text = rewrite(text),
                _ => {}
            }
        }
    }

    pub fn is_about(&self, customer: &CustomerId) -> bool {
        self.subject == Subject::Customer(customer.clone())
    }

    /// When it was closed, from its history.
    pub fn closed_at(&self) -> Option<Millis> {
        self.history
            .iter()
            .rev()
            .find(|l| matches!(l.event, RequestEvent::Closed { .. }))
            .map(|l| l.at_ms)
    }
}

/// The register's order on screen: open ones soonest due first, then closed ones,
/// latest received first.
pub fn in_register_order(requests: &mut [DataRequest]) {
    requests.sort_by(|a, b| {
        b.is_open()
            .cmp(&a.is_open())
            .then_with(|| match a.is_open() {
                true => a.due().cmp(&b.due()),
                false => b.received.cmp(&a.received),
            })
            .then_with(|| a.id.cmp(&b.id))
    });
}
