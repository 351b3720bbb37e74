//! Every locale must carry every message, attribute and variable that French has, and
//! nothing French lacks: a missing text would show an id to a resident.

use app::interpretation::catalogue::pattern_vars as variables;
use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LOCALES: [&str; 11] = [
    "fr", "en", "ar", "fa", "es", "pt", "tr", "ro", "ru", "uk", "zh",
];

/// message id → (attribute names, variable names used anywhere in it)
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The shape of every `.ftl` file of one locale, merged.
fn shape(locale: &str) -> Shape {
    let dir = locales_dir().join(locale);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut shape = Shape::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:?}", file.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_owned());
                    variables(&a.value, &mut vars);
                }
                let previous = shape.insert(m.id.name.to_owned(), (attrs, vars));
                assert!(
                    previous.is_none(),
                    "{locale}: message {} defined twice",
                    m.id.name
                );
            }
        }
    }
    shape
}

/// Differences of `other` against French, one line each.
fn differences(reference: &Shape, locale: &str, other: &Shape) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, (attrs, vars)) in reference {
        match other.get(id) {
            None => problems.push(format!("{locale}: message '{id}' is missing")),
            Some((o_attrs, o_vars)) => {
                for a in attrs.difference(o_attrs) {
                    problems.push(format!("{locale}: '{id}' lacks attribute .{a}"));
                }
                for v in vars.difference(o_vars) {
                    problems.push(format!("{locale}: '{id}' lacks variable ${v}"));
                }
                for v in o_vars.difference(vars) {
                    problems.push(format!("{locale}: '{id}' uses ${v}, which French does not"));
                }
            }
        }
    }
    for id in other.keys().filter(|id| !reference.contains_key(*id)) {
        problems.push(format!("{locale}: message '{id}' does not exist in French"));
    }
    problems
}

#[test]
fn every_locale_has_what_french_has() {
    let french = shape("fr");
    assert!(french.len() > 50, "French file looks truncated");
    let problems: Vec<String> = LOCALES[1..]
        .iter()
        .flat_map(|l| differences(&french, l, &shape(l)))
        .collect();
    assert!(
        problems.is_empty(),
        "incomplete locales:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_notices_a_missing_message_attribute_or_variable() {
    let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
    let mut reference = Shape::new();
    reference.insert("greeting".into(), (set(&["title"]), set(&["name"])));
    reference.insert("bye".into(), (set(&[]), set(&[])));
    let mut other = Shape::new();
    other.insert("greeting".into(), (set(&[]), set(&["nom"])));
    let problems = differences(&reference, "xx", &other);
    assert!(
        problems.iter().any(|p| p.contains("'bye' is missing")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("lacks attribute .title")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("lacks variable $name")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("uses $nom")),
        "{problems:?}"
    );
    assert!(differences(&reference, "fr", &reference).is_empty());
}

#[test]
fn texts_render_in_each_language_with_their_variables() {
    use app::i18n::{Locale, args, text, text_with};
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(text(Locale::Fr, "home-title"), "Bienvenue à la mairie");
    for l in Locale::ALL {
        let title = text(l, "home-title");
        assert!(!title.is_empty() && title != "home-title", "{l}: {title}");
        if l != Locale::Fr {
            assert_ne!(title, text(Locale::Fr, "home-title"), "{l} shows French");
        }
        let hello = strip(text_with(
            l,
            "login-hello",
            &args([("name", "Camille".into())]),
        ));
        assert!(hello.contains("Camille"), "{l}: {hello}");
    }
}
