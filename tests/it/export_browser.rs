//! Exports loaded by their real JavaScript clients in headless Chromium
//! (tools/clients/check_browser.mjs, one browser per test for the seed and
//! the hostile timeline): TimelineJS3, vis-timeline, Cytoscape.js, Mermaid and
//! the self-contained HTML page. Counts must match the graph, nothing may
//! reach the network or log an error, and hostile strings show as text.

use linimasa::timeline::Timeline;
use serde_json::Value;

use crate::export_support::*;

/// Exports the seed and the hostile timeline as `format` and loads both.
fn load(format: &str, ext: &str) -> (Value, Value, tempfile::TempDir, tempfile::TempDir) {
    need_node_modules();
    let (d1, seed_files) = export_files(&seed(), format, "", ext);
    let (d2, nasty_files) = export_files(&nasty(), format, "", ext);
    let v = checker(
        "node",
        "check_browser.mjs",
        &[std::path::Path::new(format), &seed_files[0], &nasty_files[0]],
    );
    let list = v.as_array().expect("a list of results");
    for r in list {
        assert!(r.get("failed").is_none(), "{format}: the client failed: {}", r["failed"]);
        assert_eq!(r["errors"], serde_json::json!([]), "{format}: console errors");
        assert_eq!(r["offline"], serde_json::json!([]), "{format}: requests left the machine");
        assert_eq!(r["dialogs"], serde_json::json!([]), "{format}: a script from the data ran");
    }
    (list[0].clone(), list[1].clone(), d1, d2)
}

fn shows_every_token(format: &str, r: &Value) {
    let texts: String =
        r["texts"].as_array().unwrap().iter().filter_map(|t| t.as_str()).collect::<Vec<_>>().join("\n");
    for token in NASTY_TOKENS {
        assert!(texts.contains(token), "{format}: {token:?} not shown as text in {texts}");
    }
}

fn dated(t: &Timeline) -> usize {
    counts(t).dated
}

#[test]
fn timelinejs_shows_a_slide_per_dated_event_and_the_title() {
    let (seed_r, nasty_r, _a, _b) = load("timelinejs", "json");
    for (r, t) in [(&seed_r, seed()), (&nasty_r, nasty())] {
        assert_eq!(n(r, "slides"), dated(&t) + 1, "title slide plus one per dated event");
        assert_eq!(n(r, "markers"), dated(&t));
    }
    shows_every_token("timelinejs", &nasty_r);
}

#[test]
fn vis_timeline_draws_an_item_per_actor_and_dated_event_in_each_actor_lane() {
    let (seed_r, nasty_r, _a, _b) = load("vis", "json");
    for (r, t) in [(&seed_r, seed()), (&nasty_r, nasty())] {
        let expected: usize =
            t.events.iter().filter(|e| e.when.is_some()).map(|e| e.actors.len() + e.recipients.len()).sum();
        assert_eq!(n(r, "items"), expected);
        assert_eq!(n(r, "drawn"), expected, "every item drawn after fit()");
        assert_eq!(n(r, "groups"), counts(&t).actors);
    }
    shows_every_token("vis", &nasty_r);
}

#[test]
fn cytoscape_keeps_every_node_and_edge() {
    let (seed_r, nasty_r, _a, _b) = load("cytoscape", "json");
    for (r, t) in [(&seed_r, seed()), (&nasty_r, nasty())] {
        let c = counts(&t);
        assert_eq!((n(r, "events"), n(r, "actors"), n(r, "edges")), (c.events, c.actors, c.edges));
        assert_eq!(n(r, "nodes"), c.events + c.actors);
    }
    shows_every_token("cytoscape", &nasty_r);
}

#[test]
fn mermaid_parses_and_renders_one_timeline_entry_per_event() {
    let (seed_r, nasty_r, _a, _b) = load("mermaid", "mmd");
    for (r, t) in [(&seed_r, seed()), (&nasty_r, nasty())] {
        assert_eq!(n(r, "events"), t.events.len());
        assert_eq!(n(r, "periods"), t.events.len());
    }
    // 2022, 2025 and the undated section.
    assert_eq!(n(&seed_r, "sections"), 3);
    shows_every_token("mermaid", &nasty_r);
}

#[test]
fn html_page_works_offline_shows_both_views_filters_and_evidence() {
    let (seed_r, nasty_r, dir, _b) = load("html", "html");
    for (r, t) in [(&seed_r, seed()), (&nasty_r, nasty())] {
        let c = counts(&t);
        assert_eq!((n(r, "events"), n(r, "actors")), (c.events, c.actors));
        assert_eq!(
            n(r, "future"),
            t.events.iter().filter(|e| e.modality == "future").count(),
            "modality filter"
        );
        assert!(n(r, "evidence") >= 1, "a click shows the evidence");
    }
    shows_every_token("html", &nasty_r);
    let shot = dir.path().join("out.html.png");
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "the screenshot shows a drawn page");
}
