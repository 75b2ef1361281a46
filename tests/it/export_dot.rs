//! The `dot` export loaded by Graphviz itself (`dot -Tsvg`): no warnings,
//! every event, actor and edge drawn, hostile strings shown as written.

use crate::export_support::*;

#[test]
fn graphviz_draws_every_event_actor_and_edge_of_the_seed_without_warnings() {
    need("dot");
    let t = seed();
    let (_dir, files) = export_files(&t, "dot", "", "dot");
    let v = checker("python3", "check_dot.py", &[&files[0]]);
    assert_eq!(v["warnings"], "", "dot warned");
    let c = counts(&t);
    assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (c.events, c.actors, c.edges));
    assert_eq!(v["legend"], true);
    let texts: Vec<&str> = v["texts"].as_array().unwrap().iter().filter_map(|x| x.as_str()).collect();
    // The axis shows partial dates as written, the negated event is marked.
    for needle in ["2022", "mid 2025-06", "2025-07-03", "2025-07-04", "undated", "(negated)", "(future)"] {
        assert!(texts.iter().any(|x| x.contains(needle)), "no text {needle:?} in the drawing");
    }
}

#[test]
fn hostile_names_survive_graphviz_intact() {
    need("dot");
    let t = nasty();
    let (_dir, files) = export_files(&t, "dot", "", "dot");
    let v = checker("python3", "check_dot.py", &[&files[0]]);
    assert_eq!(v["warnings"], "", "dot warned");
    let c = counts(&t);
    assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (c.events, c.actors, c.edges));
    let texts = v["texts"].to_string();
    assert!(texts.contains("<script>alert('x')</script>"), "markup not shown as text: {texts}");
    assert!(texts.contains("Путин 普京 بوتين"), "non-Latin scripts lost");
    assert!(texts.contains("back\\\\slash"), "backslash lost");
}

#[test]
fn an_empty_timeline_still_draws_without_warnings() {
    need("dot");
    let mut t = seed();
    t.events.clear();
    t.actors.clear();
    t.edges.clear();
    let (_dir, files) = export_files(&t, "dot", "", "dot");
    let v = checker("python3", "check_dot.py", &[&files[0]]);
    assert_eq!(v["warnings"], "");
    assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (0, 0, 0));
    assert_eq!(v["legend"], true);
}
