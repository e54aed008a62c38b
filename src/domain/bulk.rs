//! One field set for many customers at once (bulk edit), checked as the customer form
//! checks it.

use super::custom_field::CustomValue;
use super::draft::{is_language_tag, Field, FieldError, Problem, Rules};
use super::Customer;

/// A field a bulk edit can set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BulkField {
    Language,
    /// A custom field, by key.
    Custom(String),
}

/// A checked value for a bulk edit (`None`/empty clears the field).
#[derive(Clone, Debug, PartialEq)]
pub enum BulkChange {
    Language(String),
    Custom(String, Option<CustomValue>),
}

/// What the owner typed for `field`, checked; an empty entry clears the field.
pub fn bulk_change(
    field: &BulkField,
    typed: &str,
    rules: &Rules,
) -> Result<BulkChange, FieldError> {
    let typed = typed.trim();
    match field {
        BulkField::Language if typed.is_empty() || is_language_tag(typed) => {
            Ok(BulkChange::Language(typed.to_owned()))
        }
        BulkField::Language => Err(FieldError {
            field: Field::Language,
            problem: Problem::LanguageShape,
        }),
        BulkField::Custom(key) => {
            let def = rules.custom_fields.iter().find(|d| &d.key == key);
            let Some(def) = def else {
                // The field was removed in another tab meanwhile: nothing to set.
                return Err(FieldError {
                    field: Field::Custom(key.clone()),
                    problem: Problem::Custom(super::custom_field::CustomFieldProblem::NotAChoice),
                });
            };
            def.kind
                .parse(typed)
                .map(|v| BulkChange::Custom(key.clone(), v))
                .map_err(|p| FieldError {
                    field: Field::Custom(key.clone()),
                    problem: Problem::Custom(p),
                })
        }
    }
}

impl BulkChange {
    /// Sets the field on `c`; whether anything changed.
    pub fn apply(&self, c: &mut Customer) -> bool {
        match self {
            BulkChange::Language(tag) if c.language != *tag => {
                c.language.clone_from(tag);
                true
            }
            BulkChange::Custom(key, Some(v)) if c.custom.get(key) != Some(v) => {
                c.custom.insert(key.clone(), v.clone());
                true
            }
            BulkChange::Custom(key, None) => c.custom.remove(key).is_some(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::custom_field::{CustomFieldDef, CustomFieldKind};

    #[test]
    fn values_are_checked_as_the_form_checks_them_and_empty_clears() {
        let fields = [CustomFieldDef {
            key: "visits".into(),
            label: "Visits".into(),
            kind: CustomFieldKind::Number,
        }];
        let rules = Rules {
            country: None,
            custom_fields: &fields,
            today: None,
        };
        let visits = BulkField::Custom("visits".into());
        assert_eq!(
            bulk_change(&visits, "12,5", &rules),
            Ok(BulkChange::Custom(
                "visits".into(),
                Some(CustomValue::Number(12.5))
            ))
        );
        assert!(bulk_change(&visits, "twelve", &rules).is_err());
        assert!(bulk_change(&BulkField::Language, "english please", &rules).is_err());
        let mut c = crate::store::contract::customer("c", "Amina");
        assert!(bulk_change(&BulkField::Language, "en", &rules)
            .unwrap()
            .apply(&mut c));
        assert_eq!(c.language, "en");
        assert!(
            !BulkChange::Language("en".into()).apply(&mut c),
            "nothing new"
        );
        let set = bulk_change(&visits, "3", &rules).unwrap();
        assert!(set.apply(&mut c));
        assert!(bulk_change(&visits, " ", &rules).unwrap().apply(&mut c));
        assert!(c.custom.is_empty());
    }
}
