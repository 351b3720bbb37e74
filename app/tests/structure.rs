//! The shape of `app/src`, checked on every test run:
//! - no import cycle between its files;
//! - a feature (booking, queue, …) imports base modules only, never another feature, and a
//!   base module imports no feature (features react to one another through `hooks`);
//! - no form server function takes a pile of loose arguments (`too_many_arguments`), and no
//!   page writes a server function's address by hand;
//! - every redirect goes through `components::url::redirect` (a value a request carries,
//!   put in an address unescaped, would otherwise panic the handler).
//!
//! A file depends on another when it names it: in a `use` (groups and globs expanded), or in
//! a path anywhere in its code, macros included (`crate::queue::store::issue(…)`,
//! `super::model::Board`, `store::issue(…)` for a child module). A path leads to the
//! deepest module it names, so `crate::i18n::Locale` leads to `i18n/mod.rs` and
//! `crate::i18n::dates::clock` to `i18n/dates.rs`. Declaring a child (`mod store;`) is not
//! a dependency; test modules (`mod tests { … }`) are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules that are features; every other one is a base module.
const FEATURES: [&str; 11] = [
    "agents",
    "booking",
    "campaigns",
    "home",
    "interpretation",
    "queue",
    "requests",
    "residents",
    "procedures",
    "quality",
    "surveys",
];

/// Files that name features on purpose: the crate root declares them, the router shows
/// their pages.
const COMPOSITION: [&str; 2] = ["lib.rs", "app.rs"];

struct SourceFile {
    /// Relative to `src/`, e.g. `queue/desk/mod.rs`.
    path: String,
    /// `["queue", "desk"]`.
    module: Vec<String>,
    /// The code without comments, string literals and test modules.
    code: String,
    /// Child modules declared here (`mod store;`).
    children: BTreeSet<String>,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(relative: &str) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn load() -> Vec<SourceFile> {
    let root = src_dir();
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let path = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let code = without_tests(&strip(&std::fs::read_to_string(&p).unwrap()));
            let children = declared_children(&code);
            SourceFile {
                module: module_of(&path),
                path,
                code,
                children,
            }
        })
        .collect()
}

/// The code with comments, strings and character literals blanked out (lines kept).
fn strip(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && matches!(next, Some('"' | '#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // A raw string r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                out.push(blank(chars[j]));
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    out.push(blank(ch));
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{2068}') or a lifetime ('a, 'static).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Removes `mod tests { … }` blocks: tests may reach anything.
fn without_tests(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(start) = find_word(&out, "mod tests") {
        let Some(open) = out[start..].find('{').map(|o| start + o) else {
            break;
        };
        let mut depth = 0;
        let mut end = open;
        for (k, ch) in out[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(start..end, "");
    }
    out
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(needle).map(|p| p + from) {
        let before = haystack[..pos].chars().next_back();
        let after = haystack[pos + needle.len()..].chars().next();
        if !before.is_some_and(is_ident_char) && !after.is_some_and(is_ident_char) {
            return Some(pos);
        }
        from = pos + needle.len();
    }
    None
}

/// `mod x;` declarations (with any visibility and attributes before them).
fn declared_children(code: &str) -> BTreeSet<String> {
    code.split(';')
        .filter_map(|statement| {
            let words: Vec<&str> = statement.split_whitespace().collect();
            let n = words.len();
            (n >= 2 && words[n - 2] == "mod").then(|| words[n - 1].to_owned())
        })
        .filter(|name| name.chars().all(is_ident_char))
        .collect()
}

/// Every path a file names: `use` trees expanded, and `a::b::c` paths in the code.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(pos) = find_word(rest, "use") {
        let after = &rest[pos + 3..];
        let Some(end) = after.find(';') else { break };
        let tree = after[..end].trim();
        // `impl Trait + use<…>` is no import: a use tree starts with a name, `::` or `{`.
        if tree
            .chars()
            .next()
            .is_some_and(|c| is_ident_char(c) || c == ':' || c == '{')
        {
            expand(tree, &[], &mut paths);
        }
        rest = &after[end..];
    }
    // Paths in expressions, types, patterns and macros.
    let tokens: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < tokens.len() {
        if is_ident_char(tokens[i]) && (i == 0 || !is_ident_char(tokens[i - 1])) {
            let mut path = Vec::new();
            let mut j = i;
            loop {
                let start = j;
                while j < tokens.len() && is_ident_char(tokens[j]) {
                    j += 1;
                }
                path.push(tokens[start..j].iter().collect::<String>());
                if tokens.get(j) == Some(&':')
                    && tokens.get(j + 1) == Some(&':')
                    && tokens.get(j + 2).is_some_and(|c| is_ident_char(*c))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let preceded_by_colons = i >= 2 && tokens[i - 1] == ':' && tokens[i - 2] == ':';
            if path.len() > 1 && !preceded_by_colons {
                paths.push(path);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    paths
}

/// Expands a use tree (`crate::a::{b,c::{d,e}}`) into its paths.
fn expand(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tree = tree.trim().trim_start_matches("::");
    let segments = |text: &str| -> Vec<String> {
        text.split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "*" && *s != "self")
            .map(str::to_owned)
            .collect()
    };
    if let Some(open) = tree.find('{') {
        let mut base = prefix.to_vec();
        base.extend(segments(&tree[..open]));
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (k, ch) in inner.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&inner[start..k], &base, out);
                    start = k + 1;
                }
                _ => {}
            }
        }
        if start < inner.len() {
            expand(&inner[start..], &base, out);
        }
        out.push(base);
    } else {
        // `x as y` names x.
        let name = tree.split_whitespace().next().unwrap_or(tree);
        let mut path = prefix.to_vec();
        path.extend(segments(name));
        if !path.is_empty() {
            out.push(path);
        }
    }
}

/// The module a path names, as an absolute module path, if it is one of this crate's.
fn absolute(file: &SourceFile, path: &[String]) -> Option<Vec<String>> {
    let mut current = file.module.clone();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            current.clear();
            rest = &rest[1..];
        }
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                current.pop()?;
                rest = &rest[1..];
            }
        }
        Some("self") => rest = &rest[1..],
        Some(first) if file.children.contains(first) => {}
        _ => return None,
    }
    current.extend(rest.iter().cloned());
    Some(current)
}

/// The file of the deepest module a path names.
fn target<'a>(modules: &'a BTreeMap<Vec<String>, String>, path: &[String]) -> Option<&'a String> {
    (0..=path.len()).rev().find_map(|n| modules.get(&path[..n]))
}

fn edges(files: &[SourceFile]) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeMap<Vec<String>, String> = files
        .iter()
        .map(|f| (f.module.clone(), f.path.clone()))
        .collect();
    files
        .iter()
        .map(|f| {
            let to: BTreeSet<String> = named_paths(&f.code)
                .iter()
                .filter_map(|p| absolute(f, p))
                .filter_map(|p| target(&modules, &p).cloned())
                .filter(|t| *t != f.path)
                .collect();
            (f.path.clone(), to)
        })
        .collect()
}

/// Groups of files that reach one another (Tarjan's strongly connected components).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

fn top_module(path: &str) -> &str {
    path.split('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".rs")
}

#[test]
fn no_file_of_app_src_imports_itself_back() {
    let graph = edges(&load());
    let report: Vec<String> = cycles(&graph)
        .into_iter()
        .map(|group| {
            let inside: Vec<String> = group
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|to| group.contains(to))
                        .map(move |to| format!("    {from} -> {to}"))
                })
                .collect();
            format!("  {}:\n{}", group.join(", "), inside.join("\n"))
        })
        .collect();
    assert!(
        report.is_empty(),
        "import cycles between files of app/src:\n{}",
        report.join("\n")
    );
}

#[test]
fn features_import_base_modules_only() {
    let graph = edges(&load());
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        if COMPOSITION.contains(&from.as_str()) {
            continue;
        }
        let own = top_module(from);
        for to in targets {
            let theirs = top_module(to);
            if FEATURES.contains(&theirs) && theirs != own {
                let rule = if FEATURES.contains(&own) {
                    "a feature imports another feature"
                } else {
                    "a base module imports a feature"
                };
                wrong.push(format!("  {from} -> {to} ({rule})"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "features must meet through app/src/hooks.rs, not imports:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn form_server_functions_take_one_struct_and_forms_post_to_their_path() {
    let mut wrong = Vec::new();
    for file in load() {
        let raw = std::fs::read_to_string(src_dir().join(&file.path)).unwrap();
        if raw.contains("too_many_arguments") {
            wrong.push(format!("  {}: allows too_many_arguments", file.path));
        }
        for (n, line) in raw.lines().enumerate() {
            let line = line.trim();
            if line.contains("action=\"/api/") {
                wrong.push(format!(
                    "  {}:{}: a form writes its address by hand",
                    file.path,
                    n + 1
                ));
            }
            if line.contains("_URL: &str = \"/api/") {
                wrong.push(format!(
                    "  {}:{}: a constant repeats a server function's PATH",
                    file.path,
                    n + 1
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn pages_redirect_through_the_escaping_helper_only() {
    let wrong: Vec<String> = load()
        .into_iter()
        .filter(|file| file.path != "components/url.rs")
        .filter(|file| {
            let raw = std::fs::read_to_string(src_dir().join(&file.path)).unwrap();
            raw.contains("leptos_axum::redirect") || raw.contains("Redirect::to(")
        })
        .map(|file| {
            format!(
                "  {}: redirects without components::url::redirect",
                file.path
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_uses_paths_and_cycles() {
    let code = strip(
        "use crate::{a::{b, c as d}, e::*};\n// crate::hidden::x\nfn f() { super::g::h(); \"crate::s::t\"; store::issue(); 'x'; }",
    );
    let file = SourceFile {
        path: "q/mod.rs".into(),
        module: vec!["q".into()],
        children: BTreeSet::from(["store".to_owned()]),
        code,
    };
    let named: BTreeSet<Vec<String>> = named_paths(&file.code)
        .iter()
        .filter_map(|p| absolute(&file, p))
        .collect();
    let expect = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(named.contains(&expect(&["a", "b"])));
    assert!(named.contains(&expect(&["a", "c"])));
    assert!(named.contains(&expect(&["e"])));
    assert!(named.contains(&expect(&["g", "h"])));
    assert!(named.contains(&expect(&["q", "store", "issue"])));
    assert!(!named.iter().any(|p| p.contains(&"hidden".to_owned())));
    assert!(!named.iter().any(|p| p.contains(&"s".to_owned())));
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(cycles(&graph), vec![vec!["a", "b", "c"]]);
}
