//! Fields the owner adds in settings ("Favourite drink", "Allergies", "Member since").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldDef {
    /// Stable key; the label may be renamed without losing stored values.
    pub key: String,
    pub label: String,
    pub kind: CustomFieldKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "choices", rename_all = "snake_case")]
pub enum CustomFieldKind {
    Text,
    Number,
    Date,
    YesNo,
    Choice(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum CustomValue {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    YesNo(bool),
    Choice(String),
}

impl CustomValue {
    /// The value as a form shows it, so editing starts from what is stored.
    pub fn to_form_text(&self) -> String {
        match self {
            CustomValue::Text(s) | CustomValue::Choice(s) => s.clone(),
            CustomValue::Number(n) => n.to_string(),
            CustomValue::Date(d) => d.to_string(),
            CustomValue::YesNo(b) => if *b { "yes" } else { "no" }.to_owned(),
        }
    }
}

impl CustomFieldKind {
    /// Parses what was typed into a value of this kind; `Ok(None)` for an empty entry.
    pub fn parse(&self, input: &str) -> Result<Option<CustomValue>, CustomFieldProblem> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        let value = match self {
            CustomFieldKind::Text => CustomValue::Text(input.to_owned()),
            CustomFieldKind::Number => input
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(CustomValue::Number)
                .ok_or(CustomFieldProblem::NotANumber)?,
            CustomFieldKind::Date => NaiveDate::parse_from_str(input, "%Y-%m-%d")
                .map(CustomValue::Date)
                .map_err(|_| CustomFieldProblem::NotADate)?,
            CustomFieldKind::YesNo => match input.to_lowercase().as_str() {
                "yes" | "true" | "1" | "on" => CustomValue::YesNo(true),
                "no" | "false" | "0" | "off" => CustomValue::YesNo(false),
                _ => return Err(CustomFieldProblem::NotYesNo),
            },
            CustomFieldKind::Choice(choices) => choices
                .iter()
                .find(|c| c.eq_ignore_ascii_case(input))
                .map(|c| CustomValue::Choice(c.clone()))
                .ok_or(CustomFieldProblem::NotAChoice)?,
        };
        Ok(Some(value))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CustomFieldProblem {
    NotANumber,
    NotADate,
    NotYesNo,
    NotAChoice,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_parses_and_refuses() {
        assert_eq!(
            CustomFieldKind::Number.parse("2,5"),
            Ok(Some(CustomValue::Number(2.5)))
        );
        assert_eq!(
            CustomFieldKind::Number.parse("abc"),
            Err(CustomFieldProblem::NotANumber)
        );
        assert_eq!(
            CustomFieldKind::Date.parse("2026-02-30"),
            Err(CustomFieldProblem::NotADate)
        );
        assert_eq!(
            CustomFieldKind::YesNo.parse("Yes"),
            Ok(Some(CustomValue::YesNo(true)))
        );
        let size = CustomFieldKind::Choice(vec!["Small".into(), "Large".into()]);
        assert_eq!(
            size.parse("large"),
            Ok(Some(CustomValue::Choice("Large".into())))
        );
        assert_eq!(size.parse("medium"), Err(CustomFieldProblem::NotAChoice));
        assert_eq!(CustomFieldKind::Text.parse("  "), Ok(None));
    }
}
