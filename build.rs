//! Embeds every language under `locales/` in the binary: adding a language is adding a
//! folder of files (docs/languages.md), with no list in the code to keep up to date.
//! Writes `$OUT_DIR/locales.rs`, included by `src/i18n/sources.rs`.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    // A directory here makes Cargo rerun this script when anything inside it changes.
    println!("cargo:rerun-if-changed={}", root.display());

    let mut languages: Vec<_> = fs::read_dir(&root)
        .expect("locales/ is readable")
        .map(|entry| entry.expect("locales/ entry").path())
        .filter(|path| path.is_dir())
        .collect();
    languages.sort();

    let mut out = String::from("pub static LOCALES: &[LocaleSource] = &[\n");
    for dir in languages {
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 folder name");
        let mut files: Vec<_> = fs::read_dir(&dir)
            .expect("language folder is readable")
            .map(|entry| entry.expect("language folder entry").path())
            .collect();
        files.sort();
        let mut ftl = String::new();
        let mut phrases = String::from("None");
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("UTF-8 file name");
            let path = file.display().to_string();
            if name.ends_with(".ftl") {
                writeln!(ftl, "        ({name:?}, include_str!({path:?})),").expect("write");
            } else if name == "sensitive-phrases.txt" {
                phrases = format!("Some(include_str!({path:?}))");
            }
        }
        writeln!(
            out,
            "    LocaleSource {{\n        code: {code:?},\n        ftl: &[\n{ftl}        ],\n        phrases: {phrases},\n    }},"
        )
        .expect("write");
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(target, out).expect("write locales.rs");
}
