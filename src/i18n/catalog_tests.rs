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

/// Where CLDR's "one" holds more than the number 1 (Persian: 0 too; Filipino: 2, 3,
/// 5…), a `[one]` variant that writes "one" as a word would say it of other counts: it
/// must show the count itself (those files say `[1]`, which is 1 alone).
#[test]
fn a_one_variant_shows_the_count_where_one_is_more_than_one_number() {
    use fluent_syntax::ast::VariantKey;
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let wide = [0.0, 2.0, 3.0, 5.0, 7.0]
            .iter()
            .any(|n| crate::i18n::catalog::plural_category(lang, *n) == "one");
        if !wide {
            continue;
        }
        let resource = parse(lang.info().messages).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(pattern) = &m.value else { continue };
            for element in &pattern.elements {
                let PatternElement::Placeable {
                    expression: Expression::Select { selector, variants },
                } = element
                else {
                    continue;
                };
                let InlineExpression::VariableReference { id } = selector else {
                    continue;
                };
                for v in variants {
                    if matches!(&v.key, VariantKey::Identifier { name } if *name == "one") {
                        let mut used = Placeholders::new();
                        variables_in(&v.value, &mut used);
                        if !used.contains(id.name) {
                            wrong.push(format!("{}.ftl {}", lang.code(), m.id.name));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "[one] must show the count: {wrong:#?}");
}

#[test]
fn one_is_said_of_one_alone() {
    for lang in [Lang::Fa, Lang::Fil] {
        let two = lang.tf(Msg::KpiResponses, &[("n", &2)]);
        let zero = lang.tf(Msg::KpiResponses, &[("n", &0)]);
        assert!(two.contains(&lang.number(2)), "{lang:?}: {two}");
        assert!(zero.contains(&lang.number(0)), "{lang:?}: {zero}");
        assert!(!lang
            .tf(Msg::KpiResponses, &[("n", &1)])
            .contains(&lang.number(1)));
    }
}
