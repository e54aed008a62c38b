//! Every language has every message, with the same placeholders; plurals follow CLDR.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

use super::{Lang, Msg};

type Placeholders = BTreeSet<String>;

fn variables_of_inline(e: &InlineExpression<&str>, out: &mut Placeholders) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_of(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        _ => {}
    }
}

fn variables_of(e: &Expression<&str>, out: &mut Placeholders) {
    match e {
        Expression::Inline(inline) => variables_of_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
    }
}

fn variables_in(p: &Pattern<&str>, out: &mut Placeholders) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of(expression, out);
        }
    }
}

/// Each message of a language's file with the placeholders it uses; duplicate keys and
/// syntax errors fail the test.
fn messages_of(lang: Lang) -> BTreeMap<String, Placeholders> {
    let source = lang.info().messages;
    let resource = parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = Placeholders::new();
            match &m.value {
                Some(p) => variables_in(p, &mut vars),
                None => panic!("{} has no text in {}.ftl", m.id.name, lang.code()),
            }
            let previous = found.insert(m.id.name.to_owned(), vars);
            assert!(
                previous.is_none(),
                "{} twice in {}.ftl",
                m.id.name,
                lang.code()
            );
        }
    }
    found
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let keys: BTreeSet<String> = Msg::ALL.iter().map(|m| m.key().to_owned()).collect();
    let english = messages_of(Lang::En);
    assert_eq!(
        english.keys().cloned().collect::<BTreeSet<_>>(),
        keys,
        "en.ftl and the keys in messages.rs differ"
    );
    for lang in Lang::ALL {
        let theirs = messages_of(lang);
        let code = lang.code();
        for (key, vars) in &english {
            let Some(their_vars) = theirs.get(key) else {
                panic!("{key} is missing from {code}.ftl");
            };
            assert_eq!(
                their_vars, vars,
                "{key} in {code}.ftl has other placeholders"
            );
        }
        for key in theirs.keys() {
            assert!(
                english.contains_key(key),
                "{key} in {code}.ftl is not a message"
            );
        }
        assert_eq!(
            crate::i18n::catalog::parse(lang).1,
            0,
            "{code}.ftl has errors"
        );
    }
}

#[test]
fn every_file_says_who_checked_it() {
    for lang in Lang::ALL {
        let head = lang.info().messages.lines().next().unwrap_or("");
        assert!(
            head.starts_with('#') && head.contains("Checked by:"),
            "{}.ftl must start with who checked it (or \"unreviewed\")",
            lang.code()
        );
    }
}

#[test]
fn every_message_has_text_in_every_language() {
    for m in Msg::ALL {
        for l in Lang::ALL {
            let text = l.tf(*m, &[]);
            assert!(!text.trim().is_empty(), "{m:?} is empty in {l:?}");
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(Lang::En.tf(Msg::CustomerCount, &[("n", &1)]), "1 customer");
    assert_eq!(Lang::En.tf(Msg::CustomerCount, &[("n", &0)]), "0 customers");
    assert_eq!(
        Lang::En.tf(Msg::CustomerCount, &[("n", &12_500)]),
        "12,500 customers"
    );
    assert_eq!(Lang::En.tf(Msg::PointsN, &[("n", &-1i64)]), "−1 point");
    // Counts come out in the language's digits.
    assert!(Lang::Fa
        .tf(Msg::CustomerCount, &[("n", &12)])
        .contains("۱۲"));
    assert!(Lang::Ur
        .tf(Msg::CustomerCount, &[("n", &2026)])
        .contains("۲٬۰۲۶"));
    // Text arguments are left alone.
    assert_eq!(
        Lang::En.tf(Msg::SelectCustomer, &[("name", &"Wanjiru")]),
        "Select Wanjiru"
    );
}
