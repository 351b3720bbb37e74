//! The app's built files in `pkg/` (its script, its wasm, the stylesheet) and the tags that
//! load them. cargo-leptos writes a hash of each file's content into its name
//! (`hash-files` in `Cargo.toml`: `guichet.<22 characters>.css`), so the server lets
//! browsers keep them for a year without asking again, and a new build has new names.
//! The names are read from the `pkg/` directory the server serves, not from cargo-leptos's
//! `hash.txt` beside the binary: two checkouts sharing one build cache would otherwise mix
//! one's names with the other's files.

use leptos::prelude::*;

/// Where the page finds the app's files: paths from the site's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    pub js: String,
    pub wasm: String,
    pub css: String,
}

impl Assets {
    /// The files named `files` (newest first) in `pkg`: `output.<hash>.ext` when there is
    /// one, otherwise `output.ext` (a build without hashes).
    pub fn pick(pkg: &str, output: &str, files: &[String]) -> Self {
        let find = |ext: &str| {
            let name = files
                .iter()
                .find(|f| {
                    f.strip_prefix(output)
                        .and_then(|rest| rest.strip_prefix('.'))
                        .and_then(|rest| rest.strip_suffix(ext))
                        .and_then(|rest| rest.strip_suffix('.'))
                        .is_some_and(is_hash)
                })
                .cloned()
                .unwrap_or_else(|| format!("{output}.{ext}"));
            format!("/{pkg}/{name}")
        };
        Assets {
            js: find("js"),
            wasm: find("wasm"),
            css: find("css"),
        }
    }

    /// [`Assets::pick`] among the files of `site_root/pkg`, newest first.
    #[cfg(feature = "ssr")]
    pub fn find(site_root: &str, pkg: &str, output: &str) -> Self {
        let dir = std::path::Path::new(site_root).join(pkg);
        let mut files: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let modified = entry.metadata().and_then(|m| m.modified()).ok()?;
                Some((modified, entry.file_name().into_string().ok()?))
            })
            .collect();
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        let names: Vec<String> = files.into_iter().map(|(_, name)| name).collect();
        Self::pick(pkg, output, &names)
    }
}

/// A content hash as cargo-leptos writes it: an MD5 in unpadded URL-safe base64.
fn is_hash(s: &str) -> bool {
    s.len() == 22
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether a file name carries its content's hash (`name.<hash>.ext`): such a file never
/// changes under its name.
pub fn is_content_hashed(file_name: &str) -> bool {
    let mut parts = file_name.rsplitn(3, '.');
    let (_ext, hash, stem) = (parts.next(), parts.next(), parts.next());
    stem.is_some_and(|s| !s.is_empty()) && hash.is_some_and(is_hash)
}

/// The stylesheet, for every page.
#[component]
pub fn AppStylesheet(assets: Assets) -> impl IntoView {
    view! { <link rel="stylesheet" id="leptos" href=assets.css/> }
}

/// The app's script and wasm, fetched early and started once both are there (the pages
/// the server renders alone have none). Inline scripts carry the page's nonce: the
/// server's Content-Security-Policy allows no other.
#[component]
pub fn AppScripts(assets: Assets) -> impl IntoView {
    let start = start_script(&assets);
    view! {
        <link rel="modulepreload" href=assets.js.clone()/>
        <link rel="preload" href=assets.wasm.clone() r#as="fetch" r#type="application/wasm" crossorigin=""/>
        <script type="module" nonce=leptos::nonce::use_nonce() inner_html=start></script>
    }
}

fn start_script(assets: &Assets) -> String {
    // Paths are JSON strings (JavaScript strings too); the names come from our own files.
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    format!(
        "import({js}).then(function(m){{m.default({{module_or_path:{wasm}}}).then(function(){{m.hydrate();}});}});",
        js = quoted(&assets.js),
        wasm = quoted(&assets.wasm),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "Xy3_-abcdefghijklmnopq";

    #[test]
    fn hashed_names_are_chosen_over_plain_ones_and_the_newest_first() {
        let files = [
            format!("guichet.{HASH}.css"),
            "guichet.css".into(),
            format!("guichet.{HASH}.js"),
            "guichet.AAAAAAAAAAAAAAAAAAAAAA.js".into(),
            "guichet.wasm".into(),
            format!("other.{HASH}.wasm"),
        ];
        let assets = Assets::pick("pkg", "guichet", &files);
        assert_eq!(assets.css, format!("/pkg/guichet.{HASH}.css"));
        assert_eq!(assets.js, format!("/pkg/guichet.{HASH}.js"));
        assert_eq!(assets.wasm, "/pkg/guichet.wasm");
        assert_eq!(
            Assets::pick("pkg", "guichet", &[]),
            Assets {
                js: "/pkg/guichet.js".into(),
                wasm: "/pkg/guichet.wasm".into(),
                css: "/pkg/guichet.css".into(),
            }
        );
    }

    #[test]
    fn only_names_with_a_hash_are_kept_forever() {
        assert!(is_content_hashed(&format!("guichet.{HASH}.wasm")));
        assert!(!is_content_hashed("guichet.wasm"));
        assert!(!is_content_hashed("guichet.css"));
        assert!(!is_content_hashed(&format!(".{HASH}.js")));
        assert!(!is_content_hashed("guichet.short.js"));
        assert!(!is_content_hashed("guichet.Xy3_-abcdefghijklmnop!.js"));
        assert!(!is_content_hashed("favicon.svg"));
    }

    #[test]
    fn the_start_script_loads_the_named_files() {
        let assets = Assets::pick("pkg", "guichet", &[format!("guichet.{HASH}.js")]);
        let script = start_script(&assets);
        assert!(
            script.starts_with(&format!("import(\"/pkg/guichet.{HASH}.js\")")),
            "{script}"
        );
        assert!(
            script.contains("module_or_path:\"/pkg/guichet.wasm\""),
            "{script}"
        );
        assert!(script.contains("m.hydrate()"), "{script}");
    }
}
