//! `linimasa render`: SVG/PNG/PDF through Graphviz, both views, atomic
//! writes that never overwrite without --force, a clear error without Graphviz.

use std::process::Command;

use crate::export_support::*;

fn linimasa() -> Command {
    Command::new(env!("CARGO_BIN_EXE_linimasa"))
}

fn fixture() -> std::path::PathBuf {
    root().join("tests/fixtures/seed-timeline.json")
}

#[test]
fn timeline_view_renders_every_event_to_svg_and_png() {
    need("dot");
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("t.svg");
    let st = linimasa().arg("render").arg(fixture()).arg("-o").arg(&svg).status().unwrap();
    assert!(st.success());
    let v = checker("python3", "check_dot.py", &[&svg]);
    let c = counts(&seed());
    assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (c.events, c.actors, c.edges));
    let png = dir.path().join("t.png");
    assert!(linimasa().arg("render").arg(fixture()).arg("-o").arg(&png).status().unwrap().success());
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let pdf = dir.path().join("t.pdf");
    assert!(linimasa().arg("render").arg(fixture()).arg("-o").arg(&pdf).status().unwrap().success());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn actors_view_has_one_edge_per_pair_of_actors_with_their_dates() {
    need("dot");
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("a.svg");
    let st =
        linimasa().arg("render").arg(fixture()).args(["--view", "actors", "-o"]).arg(&svg).status().unwrap();
    assert!(st.success());
    let v = checker("python3", "check_dot.py", &[&svg]);
    // Pairs in the seed: Putin-Trump, Trump-Ukraine, Zelenskyy-Trump,
    // Zelenskyy-EU, USA-Ukraine, USA-Iran, Russia-Ukraine, Russia-USA, Putin-USA.
    assert_eq!(n(&v, "relations"), 9);
    let texts = v["texts"].to_string();
    for line in
        ["mid 2025-06 CONSULT", "2025-07-03 CONSULT", "2025-07-03 AGREE", "2025-07-04 CONSULT (future)"]
    {
        assert!(texts.contains(line), "no {line:?} in {texts}");
    }
}

#[test]
fn an_existing_output_is_kept_without_force_and_replaced_with_it() {
    need("dot");
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("t.svg");
    std::fs::write(&svg, "keep me").unwrap();
    let out = linimasa().arg("render").arg(fixture()).arg("-o").arg(&svg).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&svg).unwrap(), "keep me");
    assert!(linimasa()
        .arg("render")
        .arg(fixture())
        .arg("-o")
        .arg(&svg)
        .arg("--force")
        .status()
        .unwrap()
        .success());
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
}

#[test]
fn missing_graphviz_is_reported_as_such_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("t.svg");
    let out =
        linimasa().env("PATH", dir.path()).arg("render").arg(fixture()).arg("-o").arg(&svg).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Graphviz is not installed") && err.contains("`dot`"), "{err}");
    assert!(!svg.exists());
}
