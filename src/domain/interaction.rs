//! The timeline: what happened with a customer, and follow-ups still to do.

use super::ids::{CustomerId, InteractionId};
use super::time::Millis;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    Note,
    Call,
    Visit,
    Email,
    Message,
    Feedback,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 6] = [
        InteractionKind::Note,
        InteractionKind::Call,
        InteractionKind::Visit,
        InteractionKind::Email,
        InteractionKind::Message,
        InteractionKind::Feedback,
    ];

    pub fn key(self) -> &'static str {
        match self {
            InteractionKind::Note => "note",
            InteractionKind::Call => "call",
            InteractionKind::Visit => "visit",
            InteractionKind::Email => "email",
            InteractionKind::Message => "message",
            InteractionKind::Feedback => "feedback",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Feedback scores: a 1-5 satisfaction rating or a 0-10 Net Promoter answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "scale", content = "value", rename_all = "snake_case")]
pub enum Score {
    Satisfaction(u8),
    Nps(u8),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: InteractionId,
    pub customer_id: CustomerId,
    pub kind: InteractionKind,
    pub at_ms: Millis,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// A follow-up date turns the entry into a to-do shown on the Today view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// Moves on with every save, so a tab working from an old copy cannot overwrite a
    /// newer one (marking done twice, or over an edit).
    #[serde(default)]
    pub revision: u32,
}

impl Interaction {
    pub fn is_open_follow_up(&self) -> bool {
        self.due.is_some() && !self.done
    }
}

/// The timeline form's input, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InteractionDraft {
    pub kind: Option<InteractionKind>,
    pub text: String,
    /// `YYYY-MM-DD`, empty for none.
    pub due: String,
    /// The score as typed; its scale depends on `nps`.
    pub score: String,
    pub nps: bool,
    /// When it happened, `YYYY-MM-DDTHH:MM` in the device's time; empty means now.
    pub when: String,
    /// The device's offset from UTC in minutes (east positive), to read `when`.
    pub utc_offset_minutes: i32,
    /// The calendar `due` and `when` are written in ("1405-09-02" for Persian).
    pub calendar: super::calendar::Calendar,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InteractionProblem {
    TextRequired,
    DueShape,
    DueInPast,
    ScoreRange { min: u8, max: u8 },
    WhenShape,
    WhenInFuture,
}

impl InteractionDraft {
    pub fn to_interaction(
        &self,
        id: InteractionId,
        customer_id: CustomerId,
        now: Millis,
        today: NaiveDate,
    ) -> Result<Interaction, Vec<InteractionProblem>> {
        let kind = self.kind.unwrap_or(InteractionKind::Note);
        let mut problems = Vec::new();
        let at_ms = match self.when.trim() {
            "" => now,
            text => match self.calendar.parse_minute(text, self.utc_offset_minutes) {
                Some(at) => {
                    // A minute's grace: "now" typed by hand is not "the future".
                    if at > now + 60_000 {
                        problems.push(InteractionProblem::WhenInFuture);
                    }
                    at
                }
                None => {
                    problems.push(InteractionProblem::WhenShape);
                    now
                }
            },
        };
        let text = self.text.trim();
        if text.is_empty() && kind != InteractionKind::Feedback {
            problems.push(InteractionProblem::TextRequired);
        }
        let due = match self.due.trim() {
            "" => None,
            s => match self.calendar.parse_date(s) {
                Some(d) if d < today => {
                    problems.push(InteractionProblem::DueInPast);
                    None
                }
                Some(d) => Some(d),
                None => {
                    problems.push(InteractionProblem::DueShape);
                    None
                }
            },
        };
        let score = if kind == InteractionKind::Feedback {
            let (min, max) = if self.nps { (0, 10) } else { (1, 5) };
            match self.score.trim().parse::<u8>() {
                Ok(v) if (min..=max).contains(&v) => Some(if self.nps {
                    Score::Nps(v)
                } else {
                    Score::Satisfaction(v)
                }),
                _ => {
                    problems.push(InteractionProblem::ScoreRange { min, max });
                    None
                }
            }
        } else {
            None
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Interaction {
            id,
            customer_id,
            kind,
            at_ms,
            text: text.to_owned(),
            score,
            due,
            done: false,
            revision: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_note_with_a_follow_up() {
        let draft = InteractionDraft {
            text: "Wants the new single-origin beans".into(),
            due: "2026-11-25".into(),
            ..Default::default()
        };
        let i = draft
            .to_interaction("i1".into(), "c1".into(), 5, today())
            .unwrap();
        assert_eq!(i.kind, InteractionKind::Note);
        assert!(i.is_open_follow_up());
    }

    #[test]
    fn feedback_scores_are_checked_on_their_scale() {
        let mut draft = InteractionDraft {
            kind: Some(InteractionKind::Feedback),
            score: "9".into(),
            ..Default::default()
        };
        assert_eq!(
            draft
                .to_interaction("i".into(), "c".into(), 0, today())
                .unwrap_err(),
            vec![InteractionProblem::ScoreRange { min: 1, max: 5 }]
        );
        draft.nps = true;
        let i = draft
            .to_interaction("i".into(), "c".into(), 0, today())
            .unwrap();
        assert_eq!(i.score, Some(Score::Nps(9)));
    }

    #[test]
    fn when_it_happened_is_read_in_local_time() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis();
        let draft = InteractionDraft {
            text: "Called back".into(),
            when: "2026-11-22T09:30".into(),
            utc_offset_minutes: 180,
            ..Default::default()
        };
        let i = draft
            .to_interaction("i".into(), "c".into(), now, today())
            .unwrap();
        // 09:30 at UTC+3 is 06:30 UTC, 29.5 hours before noon UTC the next day.
        assert_eq!(now - i.at_ms, 29 * 3_600_000 + 1_800_000);
        let future = InteractionDraft {
            when: "2026-11-24T09:30".into(),
            ..draft.clone()
        };
        assert_eq!(
            future
                .to_interaction("i".into(), "c".into(), now, today())
                .unwrap_err(),
            vec![InteractionProblem::WhenInFuture]
        );
        let garbled = InteractionDraft {
            when: "yesterday".into(),
            ..draft
        };
        assert_eq!(
            garbled
                .to_interaction("i".into(), "c".into(), now, today())
                .unwrap_err(),
            vec![InteractionProblem::WhenShape]
        );
    }

    #[test]
    fn empty_text_and_past_due_dates_are_refused() {
        let draft = InteractionDraft {
            due: "2026-11-01".into(),
            ..Default::default()
        };
        assert_eq!(
            draft
                .to_interaction("i".into(), "c".into(), 0, today())
                .unwrap_err(),
            vec![
                InteractionProblem::TextRequired,
                InteractionProblem::DueInPast
            ]
        );
    }
}
