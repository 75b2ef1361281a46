//! Shared by the export, render and query tests: the seed fixture, a
//! timeline full of hostile strings, and running the real-client checkers in
//! tools/clients/ (a missing client fails the test with the command that
//! installs it).

// Not every test module uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use linimasa::graph::{EdgeKind, EventGraph};
use linimasa::timeline::Timeline;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The hand-written seed timeline (tests/fixtures/seed-timeline.json).
pub fn seed() -> Timeline {
    linimasa::export::json::read(&root().join("tests/fixtures/seed-timeline.json"))
        .expect("the seed fixture reads")
}

/// Quotes, a newline, a tab, backslashes, markup, braces, template and
/// format syntax and three non-Latin scripts.
pub const NASTY: &str = "Say \"hi\" it's \\ back\\slash\nnew line\ttab <script>alert('x')</script> {braces} }{ ${x} {{m}} %s & ; -- Путин 普京 بوتين";

/// The seed with Putin's id, name and aliases, one event's label, trigger and
/// evidence, and a role replaced by hostile strings.
pub fn nasty() -> Timeline {
    let mut t = seed();
    let old = "person:vladimir-putin";
    let new = "person:\"put\\in\"{<script>}\n'x' Путин";
    for a in &mut t.actors {
        if a.id == old {
            a.id = new.into();
            a.name = NASTY.into();
            a.aliases = vec![NASTY.into(), "Пу́тин".into()];
        }
    }
    for e in &mut t.events {
        for list in [&mut e.actors, &mut e.recipients] {
            for a in list.iter_mut() {
                if a == old {
                    *a = new.into();
                }
            }
        }
    }
    for e in &mut t.edges {
        for end in [&mut e.source, &mut e.target] {
            if end == old {
                *end = new.into();
            }
        }
        if e.kind == "role" && e.source == new {
            e.role = Some(NASTY.into());
        }
    }
    let e = &mut t.events[5];
    e.label = NASTY.into();
    e.trigger = NASTY.into();
    e.evidence[0].text = NASTY.into();
    e.plover.mode = Some("phone \"x\" {y}".into());
    t
}

/// What the graph holds, as the checkers count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Event nodes.
    pub events: usize,
    /// Actor nodes.
    pub actors: usize,
    /// Every edge.
    pub edges: usize,
    /// Participant edges.
    pub participants: usize,
    /// Dated events.
    pub dated: usize,
}

/// Counts of the graph built from `t`.
pub fn counts(t: &Timeline) -> Counts {
    let g = EventGraph::build(t);
    Counts {
        events: g.events().count(),
        actors: g.actors().count(),
        edges: g.graph.edge_count(),
        participants: g
            .edges()
            .filter(|(_, _, e)| matches!(e.kind, EdgeKind::Actor | EdgeKind::Recipient))
            .count(),
        dated: g.events().filter(|(_, e)| e.span.is_some()).count(),
    }
}

/// Fails the test, naming the install script, when `program` is not on PATH.
pub fn need(program: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{program}` is not installed, so this export cannot be checked by its real client; \
         run `bash .ci/install-clients.sh` (CI does)"
    );
}

/// Fails the test when a Python module is missing.
pub fn need_python(module: &str) {
    need("python3");
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(
        ok,
        "the Python package `{module}` is not installed; run `bash .ci/install-clients.sh` (CI does)"
    );
}

/// Fails the test when tools/clients/node_modules is missing.
pub fn need_node_modules() {
    need("node");
    assert!(
        root().join("tools/clients/node_modules/playwright-core").is_dir(),
        "tools/clients/node_modules is missing; run `bash .ci/install-clients.sh` (CI does)"
    );
    assert!(
        Path::new("/usr/bin/chromium").exists(),
        "/usr/bin/chromium is missing; run `bash .ci/install-clients.sh` (CI does)"
    );
}

/// Runs `program tools/clients/SCRIPT ARGS...` and parses its standard output as JSON.
pub fn checker(program: &str, script: &str, args: &[&Path]) -> serde_json::Value {
    let out = Command::new(program)
        .arg(root().join("tools/clients").join(script))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {program} {script}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{script} failed ({}):\nstdout: {stdout}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{script} printed no JSON ({e}): {stdout}"))
}

/// Exports `t` as `format` into a fresh folder; returns the folder and the
/// written paths (main file named `out.EXT`).
pub fn export_files(
    t: &Timeline,
    format: &str,
    dialect: &str,
    ext: &str,
) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let files =
        linimasa::export::export(t, format, dialect).unwrap_or_else(|e| panic!("export {format}: {e}"));
    let mut paths = Vec::new();
    for f in files {
        let name = if f.name.is_empty() { format!("out.{ext}") } else { f.name.clone() };
        let p = dir.path().join(name);
        std::fs::write(&p, &f.bytes).unwrap();
        paths.push(p);
    }
    (dir, paths)
}

/// A count from a checker's JSON answer.
pub fn n(v: &serde_json::Value, key: &str) -> usize {
    v[key].as_u64().unwrap_or_else(|| panic!("no count `{key}` in {v}")) as usize
}

/// Pieces of [`NASTY`] without spaces, which a client that re-flows text
/// (line wrapping, whitespace collapsing) must still show.
pub const NASTY_TOKENS: &[&str] = &[
    "\"hi\"",
    "it's",
    "back\\slash",
    "<script>alert('x')</script>",
    "{braces}",
    "}{",
    "${x}",
    "{{m}}",
    "%s",
    "Путин",
    "普京",
    "بوتين",
];
