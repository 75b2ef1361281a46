//! Embeds every file under `data/` into the binary, so that a language is
//! added by adding its data folder, with no Rust change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| !n.starts_with('.')) {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    collect(&data, &mut files);
    let mut code = String::from("/// Every file under `data/`, as (path relative to `data/`, contents).\npub static EMBEDDED: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&data).expect("under data").to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({rel:?}, include_str!({:?})),", f.display().to_string())
            .expect("write to string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("embedded_data.rs");
    std::fs::write(out, code).expect("write embedded_data.rs");
}
