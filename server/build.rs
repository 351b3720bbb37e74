//! Builds the demo town's procedure sheets (`demo/sheets/<lang>/<slug>.toml`) into the
//! server, so that `GUICHET_DEMO_DATA=true` works wherever the binary runs: writes
//! `$OUT_DIR/demo_sheets.rs`, a list of (`<lang>/<slug>.toml`, its text).

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/sheets");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let mut languages: Vec<_> = std::fs::read_dir(&root)
        .expect("server/demo/sheets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    languages.sort();
    for dir in languages {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut sheets: Vec<_> = std::fs::read_dir(&dir)
            .expect("a language folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        sheets.sort();
        for sheet in sheets {
            let language = dir.file_name().unwrap_or_default().to_string_lossy();
            let file = sheet.file_name().unwrap_or_default().to_string_lossy();
            files.push(format!(
                "    ({:?}, include_str!({:?})),\n",
                format!("{language}/{file}"),
                sheet.display().to_string()
            ));
        }
    }
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("demo_sheets.rs");
    let code = format!(
        "pub const FILES: &[(&str, &str)] = &[\n{}];\n",
        files.concat()
    );
    std::fs::write(out, code).expect("writing demo_sheets.rs");
}
