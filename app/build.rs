//! The interface texts compiled into the app are every `locales/<lang>/*.ftl` except the
//! phrasebook: the language panel fetches the phrasebook of one language at a time from
//! the server (see `src/interpretation/`), so residents' phones never download hundreds of
//! sentences they do not use. The browsers' wasm also leaves out the texts of the pages the
//! server alone renders (the administration, see `components/server_rendered.rs`): no
//! browser ever shows them. fluent-templates' `static_loader!` reads a folder, so this
//! keeps two copies of the locales (generated, ignored by git): `app/locales-ui/` for the
//! server and `app/locales-browser/` for the wasm.

use std::fs;
use std::path::Path;

/// Files of `locales/<lang>/` that stay out of the compiled interface texts.
const NOT_COMPILED: &[&str] = &["phrasebook.ftl"];

include!("src/i18n/server_only.rs");

fn main() {
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=src/i18n/server_only.rs");
    copy_locales(Path::new("locales-ui"), NOT_COMPILED);
    let browser: Vec<&str> = NOT_COMPILED
        .iter()
        .chain(SERVER_ONLY_FILES)
        .copied()
        .collect();
    copy_locales(Path::new("locales-browser"), &browser);
}

/// Copies `locales/<lang>/*.ftl` but `left_out` into `target/<lang>/`.
fn copy_locales(target: &Path, left_out: &[&str]) {
    let source = Path::new("../locales");
    let mut kept = Vec::new();
    for lang in fs::read_dir(source).expect("locales/ exists") {
        let lang = lang.expect("readable locales/").path();
        if !lang.is_dir() {
            continue;
        }
        let name = lang.file_name().expect("a folder name").to_owned();
        for file in fs::read_dir(&lang).expect("readable locale folder") {
            let file = file.expect("readable locale file").path();
            let file_name = file.file_name().expect("a file name").to_owned();
            let is_ftl = file.extension().is_some_and(|e| e == "ftl");
            if !is_ftl || left_out.iter().any(|n| file_name == *n) {
                continue;
            }
            let copy = target.join(&name).join(&file_name);
            write_if_changed(&copy, &fs::read(&file).expect("readable .ftl"));
            kept.push(copy);
        }
    }
    // A file removed (or newly excluded) from locales/ goes from the copy too.
    if let Ok(langs) = fs::read_dir(target) {
        for lang in langs.flatten() {
            for file in fs::read_dir(lang.path()).into_iter().flatten().flatten() {
                if !kept.contains(&file.path()) {
                    let _ = fs::remove_file(file.path());
                }
            }
        }
    }
}

/// Writes only when the content differs, through a rename, so that the server and wasm
/// builds, which may run this at the same time, never see a half-written file.
fn write_if_changed(path: &Path, content: &[u8]) {
    if fs::read(path).is_ok_and(|c| c == content) {
        return;
    }
    let dir = path.parent().expect("a parent folder");
    fs::create_dir_all(dir).expect("the copy's folder can be made");
    let temporary = dir.join(format!(
        ".{}.{}",
        path.file_name().expect("a file name").to_string_lossy(),
        std::process::id()
    ));
    fs::write(&temporary, content).expect("the copy can be written");
    fs::rename(&temporary, path).expect("the copy can be renamed");
}
