//! Shared helpers: running the binary, finding the samples and the shared folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared`, handed to every developer and to CI.
pub fn shared() -> PathBuf {
    root().join("..").join("shared")
}

/// Runs `linimasa` with `args`.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linimasa"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run linimasa")
}

/// Runs `linimasa` and returns stdout, failing the test on a non-zero exit.
pub fn run_ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(out.status.success(), "linimasa {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Every sample article that has a gold file: (article, gold).
pub fn samples_with_gold() -> Vec<(PathBuf, PathBuf)> {
    let dir = root().join("samples");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).expect("samples/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            let gold = dir.join("gold").join(format!("{}.json", p.file_stem().unwrap().to_string_lossy()));
            if gold.exists() {
                out.push((p, gold));
            }
        }
    }
    out.sort();
    out
}

/// The `published` date of a gold file.
pub fn published(gold: &Path) -> String {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(gold).unwrap()).unwrap();
    v["published"].as_str().expect("gold has published").to_string()
}
