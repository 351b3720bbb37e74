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

/// Code that only the server renders, and so may use the texts the browsers' wasm leaves
/// out (`app::i18n::SERVER_ONLY_FILES`): the administration pages' folders and files, and
/// the administration index's list of pages (in `app.rs`, which composes the features, and
/// its groups in `staff/model.rs`).
const SERVER_RENDERED_CODE: &[&str] = &[
    "agents/",
    "booking/admin/",
    "campaigns/",
    "booking/settings/",
    "notifications/templates.rs",
    "notifications/views/templates.rs",
    "notifications/wording.rs",
    "procedures/",
    "quality/",
    "surveys/",
    "requests/",
    "residents/",
    "staff/views/admin.rs",
    "staff/model.rs",
    "app.rs",
];

/// Every `.rs` file under `dir`, with its path relative to `root`.
fn sources(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// `(file, id)` for each use of a server-only message id outside server-rendered code.
fn browser_uses_of_server_only_texts(files: &[(String, String)]) -> (Vec<String>, usize) {
    let mut ids = BTreeSet::new();
    for file in app::i18n::SERVER_ONLY_FILES {
        let source = std::fs::read_to_string(locales_dir().join("fr").join(file)).unwrap();
        let resource = parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    let mut problems = Vec::new();
    let mut allowed_uses = 0;
    for (path, code) in files {
        let allowed = SERVER_RENDERED_CODE
            .iter()
            .any(|p| path == p || (p.ends_with('/') && path.starts_with(p)));
        for id in &ids {
            let used = code.contains(&format!("\"{id}\"")) || code.contains(&format!("\"{id}."));
            match (used, allowed) {
                (true, true) => allowed_uses += 1,
                (true, false) => problems.push(format!("{path}: \"{id}\"")),
                _ => {}
            }
        }
    }
    (problems, allowed_uses)
}

#[test]
fn texts_left_out_of_the_wasm_are_used_by_server_rendered_pages_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    let (problems, allowed_uses) = browser_uses_of_server_only_texts(&files);
    assert!(
        problems.is_empty(),
        "a page the browser renders would show the id of a text its wasm does not have \
         (move the text out of a SERVER_ONLY_FILES file, or render the page on the server \
         alone):\n{}",
        problems.join("\n")
    );
    // The scan is not empty-handed: the administration pages do use these texts.
    assert!(allowed_uses > 50, "only {allowed_uses} uses found");
    // And it notices a planted use in a page the browser renders.
    files.push((
        "booking/wizard/views.rs".into(),
        "t(\"agents-title\")".into(),
    ));
    let (problems, _) = browser_uses_of_server_only_texts(&files);
    assert_eq!(problems, ["booking/wizard/views.rs: \"agents-title\""]);
}
