//! Exports loaded by their real Python clients: GEXF (xmllint with the GEXF
//! 1.3 schema, then networkx), GraphML (networkx), CSV (Python's csv), quads,
//! Turtle (rdflib + SPARQL) and Cypher (the Kùzu dialect run in Kùzu). Each
//! compares counts with the graph and feeds hostile strings through.

use std::path::PathBuf;

use linimasa::timeline::Timeline;

use crate::export_support::*;

fn gexf_schema() -> PathBuf {
    root().join("../shared/schemas/gexf-1.3/gexf.xsd")
}

fn check(t: &Timeline, format: &str, dialect: &str, ext: &str) -> serde_json::Value {
    let (_dir, files) = export_files(t, format, dialect, ext);
    let args: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let kind = if format == "cypher" { "cypher" } else { format };
    let mut full = vec![std::path::Path::new(kind)];
    full.extend(args);
    checker("python3", "check_graph.py", &full)
}

fn texts(v: &serde_json::Value) -> String {
    v["texts"].to_string()
}

/// The hostile name as it must come back: exact, or (in JSON-encoded list
/// attributes) with JSON escapes.
fn survives(all: &str) -> bool {
    let json = serde_json::to_string(NASTY).unwrap();
    all.contains(&json[1..json.len() - 1])
}

#[test]
fn gexf_validates_against_the_schema_and_networkx_reads_every_node_edge_and_spell() {
    need("xmllint");
    need_python("networkx");
    assert!(gexf_schema().exists(), "the GEXF schema is missing at {}", gexf_schema().display());
    for t in [seed(), nasty()] {
        let v = check(&t, "gexf", "", "gexf");
        let c = counts(&t);
        assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (c.events, c.actors, c.edges));
        assert_eq!(v["spells"].as_object().unwrap().len(), c.dated, "one spell per dated event");
        assert_eq!(
            n(&v, "edge_spells"),
            t.events
                .iter()
                .filter(|e| e.when.is_some())
                .map(|e| e.actors.len() + e.recipients.len())
                .sum::<usize>()
        );
    }
    let v = check(&seed(), "gexf", "", "gexf");
    // A month-partial date spans its month.
    assert_eq!(v["spells"]["e3"], serde_json::json!([["2025-06-01", "2025-06-30"]]));
    assert!(survives(&texts(&check(&nasty(), "gexf", "", "gexf"))));
}

#[test]
fn graphml_is_read_by_networkx_with_every_node_and_edge() {
    need_python("networkx");
    for t in [seed(), nasty()] {
        let v = check(&t, "graphml", "", "graphml");
        let c = counts(&t);
        assert_eq!((n(&v, "events"), n(&v, "actors"), n(&v, "edges")), (c.events, c.actors, c.edges));
    }
    let all = texts(&check(&nasty(), "graphml", "", "graphml"));
    assert!(survives(&all), "{all}");
    assert!(all.contains("MID"), "timex_mod kept");
}

#[test]
fn csv_round_trips_through_pythons_csv_module() {
    need("python3");
    for t in [seed(), nasty()] {
        let v = check(&t, "csv", "", "csv");
        let c = counts(&t);
        assert_eq!((n(&v, "events"), n(&v, "actors")), (c.events, c.actors));
    }
    let v = check(&nasty(), "csv", "", "csv");
    let rows = v["events_rows"].as_array().unwrap();
    let e6 = rows.iter().find(|r| r["id"] == "e6").unwrap();
    assert_eq!(e6["label"], NASTY, "a cell comes back exactly");
    assert_eq!(e6["evidence"], NASTY);
    let actors = v["actors_rows"].as_array().unwrap();
    assert!(actors.iter().any(|r| r["label"] == NASTY));
    let seed_rows = check(&seed(), "csv", "", "csv");
    let e3 = seed_rows["events_rows"].as_array().unwrap().iter().find(|r| r["id"] == "e3").unwrap().clone();
    assert_eq!(
        (e3["date"].as_str(), e3["timex"].as_str(), e3["timex_mod"].as_str()),
        (Some("2025-06-15"), Some("2025-06"), Some("MID"))
    );
}

#[test]
fn quads_have_four_fields_one_row_per_dated_actor_pair() {
    need("python3");
    let t = seed();
    let v = check(&t, "quads", "", "tsv");
    let rows = v["rows"].as_array().unwrap();
    // Dated events: an initiator x recipient pair each, or both orders of a reciprocal pair.
    let expected: usize = t
        .events
        .iter()
        .filter(|e| e.when.is_some())
        .map(|e| {
            if e.recipients.is_empty() {
                e.actors.len() * (e.actors.len() - 1)
            } else {
                e.actors.len() * e.recipients.len()
            }
        })
        .sum();
    assert_eq!(rows.len(), expected);
    let call: Vec<&serde_json::Value> =
        rows.iter().filter(|r| r[3] == "2025-07-03" && r[1] == "CONSULT").collect();
    assert!(call.iter().any(|r| r[0] == "person:vladimir-putin" && r[2] == "person:donald-trump"));
    let nasty_rows = check(&nasty(), "quads", "", "tsv");
    assert_eq!(
        nasty_rows["rows"].as_array().unwrap().len(),
        expected,
        "a tab or newline in an id breaks no row"
    );
}

#[test]
fn turtle_parses_in_rdflib_and_sparql_returns_the_events_in_date_order() {
    need_python("rdflib");
    let t = seed();
    let v = check(&t, "turtle", "", "ttl");
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), t.events.len());
    assert_eq!(n(&v, "actors"), counts(&t).actors);
    assert_eq!(n(&v, "has_actor"), counts(&t).participants);
    let dated: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| !e["day"].is_null())
        .map(|e| (e["begin"].as_str().unwrap(), e["type"].as_str().unwrap().rsplit('#').next().unwrap()))
        .collect();
    assert_eq!(dated.first(), Some(&("2022", "gYear")));
    assert!(dated.contains(&("2025-06", "gYearMonth")));
    assert_eq!(dated.last(), Some(&("2025-07-04", "date")));
    let days: Vec<&str> = events.iter().filter_map(|e| e["day"].as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    let nasty_v = check(&nasty(), "turtle", "", "ttl");
    assert_eq!(nasty_v["events"].as_array().unwrap().len(), t.events.len());
    assert!(survives(&texts(&nasty_v)), "the literal comes back exactly");
}

#[test]
fn kuzu_runs_the_kuzu_dialect_and_finds_the_3_july_call() {
    need_python("kuzu");
    let t = seed();
    let v = check(&t, "cypher", "kuzu", "cypher");
    let c = counts(&t);
    assert_eq!(
        (n(&v, "events"), n(&v, "actors"), n(&v, "participates")),
        (c.events, c.actors, c.participants)
    );
    assert_eq!(n(&v, "precedes") + n(&v, "relative") + n(&v, "roles") + c.participants, c.edges);
    let calls = v["calls_2025_07_03"].as_array().unwrap();
    let putin_trump: Vec<&serde_json::Value> =
        calls.iter().filter(|r| r[1] == "Putin – Trump: phone call").collect();
    assert_eq!(putin_trump.len(), 2, "{calls:?}");
    assert_eq!(putin_trump[0][2], "2025-07-03");
    let nasty_v = check(&nasty(), "cypher", "kuzu", "cypher");
    assert_eq!(n(&nasty_v, "events"), c.events);
    assert!(nasty_v["texts"].as_array().unwrap().iter().any(|x| x == NASTY), "the name comes back exactly");
}

#[test]
fn an_unknown_cypher_dialect_is_refused() {
    let err = linimasa::export::export(&seed(), "cypher", "sparksql").unwrap_err();
    assert!(err.to_string().contains("neo4j"), "{err}");
}
