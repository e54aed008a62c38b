//! Purchases: what was bought, by whom (or a walk-in), for how much. A voided purchase
//! is kept, with its reason, and no longer counts.

use super::ids::{CustomerId, PurchaseId};
use super::money::{Currency, Money, MoneyProblem};
use super::time::Millis;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Purchase {
    pub id: PurchaseId,
    /// `None` for a walk-in sale: it counts in sales, not in anyone's loyalty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<CustomerId>,
    pub at_ms: Millis,
    pub amount: Money,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void: Option<Void>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Void {
    pub at_ms: Millis,
    pub reason: String,
}

impl Purchase {
    pub fn counts(&self) -> bool {
        self.void.is_none()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PurchaseDraft {
    pub amount: String,
    /// Comma-separated categories.
    pub categories: String,
    pub note: String,
    /// When, as a `datetime-local` value in the device's time, or typed in `calendar`
    /// ("1405-09-02 14:30"); empty = now.
    pub when: String,
    /// The device's offset from UTC in minutes (east positive), to read `when`.
    pub utc_offset_minutes: i32,
    /// The calendar `when` is written in.
    pub calendar: super::calendar::Calendar,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PurchaseProblem {
    Amount(MoneyProblem),
    ZeroAmount,
    InFuture,
    /// `when` is not a date and time.
    WhenShape,
    VoidReasonRequired,
    AlreadyVoid,
}

impl PurchaseDraft {
    /// The purchase this draft describes; its amount is at most `money::MAX_AMOUNT`.
    pub fn to_purchase(
        &self,
        id: PurchaseId,
        customer: Option<CustomerId>,
        currency: &Currency,
        now: Millis,
    ) -> Result<Purchase, PurchaseProblem> {
        let amount = currency
            .parse(&self.amount)
            .map_err(PurchaseProblem::Amount)?;
        if amount.0 == 0 {
            return Err(PurchaseProblem::ZeroAmount);
        }
        let at_ms = match self.when.trim() {
            "" => now,
            text => self
                .calendar
                .parse_minute(text, self.utc_offset_minutes)
                .ok_or(PurchaseProblem::WhenShape)?,
        };
        // A minute's grace: "now" typed by hand is not "the future".
        if at_ms > now.saturating_add(60_000) {
            return Err(PurchaseProblem::InFuture);
        }
        Ok(Purchase {
            id,
            customer,
            at_ms,
            amount,
            categories: super::draft::parse_tags(&self.categories),
            note: self.note.trim().to_owned(),
            void: None,
        })
    }
}

/// Voids `purchase` with a reason; the purchase stays, marked.
pub fn void(purchase: &Purchase, reason: &str, now: Millis) -> Result<Purchase, PurchaseProblem> {
    if purchase.void.is_some() {
        return Err(PurchaseProblem::AlreadyVoid);
    }
    if reason.trim().is_empty() {
        return Err(PurchaseProblem::VoidReasonRequired);
    }
    let mut voided = purchase.clone();
    voided.void = Some(Void {
        at_ms: now,
        reason: reason.trim().to_owned(),
    });
    Ok(voided)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_become_purchases_or_say_why_not() {
        let kes = Currency::default();
        let draft = PurchaseDraft {
            amount: "350.50".into(),
            categories: "coffee, pastry".into(),
            ..Default::default()
        };
        let p = draft
            .to_purchase("p1".into(), Some("c1".into()), &kes, 1_000)
            .unwrap();
        assert_eq!(p.amount, Money(35050));
        assert_eq!(p.categories, ["coffee", "pastry"]);
        let neg = PurchaseDraft {
            amount: "-3".into(),
            ..Default::default()
        };
        assert_eq!(
            neg.to_purchase("p".into(), None, &kes, 0),
            Err(PurchaseProblem::Amount(MoneyProblem::Negative))
        );
        let zero = PurchaseDraft {
            amount: "0.00".into(),
            ..Default::default()
        };
        assert_eq!(
            zero.to_purchase("p".into(), None, &kes, 0),
            Err(PurchaseProblem::ZeroAmount)
        );
        let later = PurchaseDraft {
            amount: "5".into(),
            when: "2026-11-23T10:00".into(),
            utc_offset_minutes: 180,
            ..Default::default()
        };
        // 10:00 in Nairobi (UTC+3) is 07:00 UTC.
        let eat_07_00_utc = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(7, 0, 0))
            .unwrap()
            .and_utc()
            .timestamp_millis();
        assert_eq!(
            later
                .to_purchase("p".into(), None, &kes, eat_07_00_utc)
                .unwrap()
                .at_ms,
            eat_07_00_utc
        );
        assert_eq!(
            later.to_purchase("p".into(), None, &kes, eat_07_00_utc - 3_600_000),
            Err(PurchaseProblem::InFuture)
        );
        let garbled = PurchaseDraft {
            when: "tuesday".into(),
            ..later
        };
        assert_eq!(
            garbled.to_purchase("p".into(), None, &kes, 0),
            Err(PurchaseProblem::WhenShape)
        );
    }

    #[test]
    fn amounts_past_the_maximum_are_refused_not_wrapped() {
        let kes = Currency::default();
        for amount in ["99999999999999999", "92233720368547758.07", "1e30"] {
            let draft = PurchaseDraft {
                amount: amount.into(),
                ..Default::default()
            };
            let refused = draft.to_purchase("p".into(), None, &kes, 0).unwrap_err();
            assert!(
                matches!(
                    refused,
                    PurchaseProblem::Amount(
                        MoneyProblem::TooLarge { .. } | MoneyProblem::NotANumber
                    )
                ),
                "{amount}: {refused:?}"
            );
        }
        let most = PurchaseDraft {
            amount: "100,000,000,000".into(),
            ..Default::default()
        };
        assert_eq!(
            most.to_purchase("p".into(), None, &kes, i64::MAX)
                .unwrap()
                .amount,
            crate::domain::money::MAX_AMOUNT
        );
    }

    #[test]
    fn voids_keep_the_purchase_and_need_a_reason() {
        let kes = Currency::default();
        let p = PurchaseDraft {
            amount: "10".into(),
            ..Default::default()
        }
        .to_purchase("p".into(), None, &kes, 0)
        .unwrap();
        assert_eq!(void(&p, "  ", 5), Err(PurchaseProblem::VoidReasonRequired));
        let v = void(&p, "rang up twice", 5).unwrap();
        assert!(!v.counts());
        assert_eq!(v.amount, p.amount);
        assert_eq!(void(&v, "again", 6), Err(PurchaseProblem::AlreadyVoid));
    }
}
