//! The directory on a handful of customers.
use super::*;
use crate::domain::PersonName;

fn customer(id: &str, given: &str, family: &str, phone: &str, tags: &[&str]) -> Customer {
    Customer {
        id: id.into(),
        name: PersonName {
            given: given.into(),
            family: family.into(),
            display: String::new(),
        },
        phones: vec![phone.into()],
        emails: vec![format!("{}@example.com", given.to_lowercase())],
        address: String::new(),
        birthday: None,
        language: String::new(),
        about: String::new(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        custom: Default::default(),
        consents: vec![],
        flags: vec![],
        created_ms: id.len() as i64,
        updated_ms: 0,
        revision: 0,
    }
}

fn sample() -> Directory {
    Directory::from_customers(&[
        customer("a", "Zoë", "Wanjiru", "+254712345678", &["regular"]),
        customer("b", "John", "Smith", "+447700900123", &["VIP"]),
        customer(
            "c",
            "Ayşe",
            "Çelik",
            "+905321234567",
            &["regular", "oat milk"],
        ),
        customer("d", "Mohammed", "Ali", "+923001234567", &[]),
    ])
}

fn names(dir: &Directory, q: &ListQuery) -> Vec<String> {
    dir.query(q)
        .iter()
        .map(|i| dir.row(*i).unwrap().name.to_string())
        .collect()
}

fn text(t: &str) -> ListQuery {
    ListQuery {
        text: t.into(),
        ..Default::default()
    }
}

#[test]
fn lists_everyone_by_name() {
    let d = sample();
    assert_eq!(
        names(&d, &text("")),
        ["Ayşe Çelik", "John Smith", "Mohammed Ali", "Zoë Wanjiru"]
    );
    let desc = ListQuery {
        sort: SortKey::NameDesc,
        ..Default::default()
    };
    assert_eq!(names(&d, &desc)[0], "Zoë Wanjiru");
}

#[test]
fn search_forgives_accents_case_and_typos() {
    let d = sample();
    assert_eq!(names(&d, &text("zoe")), ["Zoë Wanjiru"]);
    assert_eq!(names(&d, &text("CELIK")), ["Ayşe Çelik"]);
    assert_eq!(names(&d, &text("jonh")), ["John Smith"]);
    assert_eq!(names(&d, &text("mohamed")), ["Mohammed Ali"]);
}

#[test]
fn search_by_phone_email_and_tag_words() {
    let d = sample();
    assert_eq!(names(&d, &text("0712 345")), ["Zoë Wanjiru"]);
    assert_eq!(names(&d, &text("5678")), ["Zoë Wanjiru"]);
    assert_eq!(names(&d, &text("john@exa")), ["John Smith"]);
    assert_eq!(names(&d, &text("oat")), ["Ayşe Çelik"]);
    assert_eq!(names(&d, &text("ayse regular")), ["Ayşe Çelik"]);
}

#[test]
fn tag_filter_and_unknown_tag() {
    let d = sample();
    let q = ListQuery {
        tag: Some("Regular".into()),
        ..Default::default()
    };
    assert_eq!(names(&d, &q), ["Ayşe Çelik", "Zoë Wanjiru"]);
    let none = ListQuery {
        tag: Some("nobody".into()),
        ..Default::default()
    };
    assert!(d.query(&none).is_empty());
    assert_eq!(d.tags_in_use()[0], ("regular".to_string(), 2));
}

#[test]
fn birthdays_in_the_coming_week() {
    use crate::domain::Birthday;
    let mut a = customer("a", "Zoë", "Wanjiru", "+254712345678", &[]);
    a.birthday = Some(Birthday {
        month: 11,
        day: 25,
        year: None,
    });
    let mut b = customer("b", "John", "Smith", "+447700900123", &[]);
    b.birthday = Some(Birthday {
        month: 11,
        day: 23,
        year: Some(1990),
    });
    let mut c = customer("c", "Ayşe", "Çelik", "+905321234567", &[]);
    c.birthday = Some(Birthday {
        month: 12,
        day: 30,
        year: None,
    });
    let d = Directory::from_customers(&[a, b, c]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let found: Vec<_> = d
        .birthdays_within(today, 7)
        .into_iter()
        .map(|(i, days)| (d.row(i).unwrap().name.to_string(), days))
        .collect();
    assert_eq!(
        found,
        [
            ("John Smith".to_string(), 0),
            ("Zoë Wanjiru".to_string(), 2)
        ]
    );
}

#[test]
fn edits_and_removals_keep_indexes_right() {
    let mut d = sample();
    let mut renamed = customer("b", "Jane", "Smith", "+447700900123", &[]);
    renamed.updated_ms = 99;
    d.upsert(&renamed);
    assert!(names(&d, &text("john")).is_empty());
    assert_eq!(names(&d, &text("jane")), ["Jane Smith"]);
    let recent = ListQuery {
        sort: SortKey::RecentlyUpdated,
        ..Default::default()
    };
    assert_eq!(names(&d, &recent)[0], "Jane Smith");
    d.remove(&"a".into());
    assert_eq!(d.len(), 3);
    assert!(names(&d, &text("zoe")).is_empty());
    assert!(d.get(&"a".into()).is_none());
}
