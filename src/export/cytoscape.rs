//! Cytoscape.js / Cytoscape desktop elements JSON (`.cyjs`):
//! `{"elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}}`.
//!
//! Every node's `data` has `id` and the shared fields ([`super::fields`]);
//! edges have `id`, `source`, `target` and the edge fields. Edge ids never
//! repeat a node id (Cytoscape drops such an edge). Classes name the kind,
//! QuadClass and modality for styling (`event quad-4 negated`). Partial
//! dates: `date` is the representative day, `timex`/`timex_mod` the
//! original.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::fields::{self, Fields};
use crate::graph::EventGraph;

fn data(id: &str, f: &Fields) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), json!(id));
    for (k, v) in f {
        m.insert((*k).into(), v.json());
    }
    m
}

/// The elements as JSON.
pub fn elements(g: &EventGraph) -> Value {
    let mut nodes = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    for (n, e) in g.events() {
        taken.insert(e.event.id.clone());
        let classes = format!("event quad-{} {}", e.event.cameo.quad_class, e.event.modality);
        nodes.push(json!({"data": data(&e.event.id, &fields::event_fields(g, n)), "classes": classes}));
    }
    for (_, a) in g.actors() {
        taken.insert(a.id.to_string());
        nodes.push(
            json!({"data": data(a.id, &fields::actor_fields(a)), "classes": format!("actor {}", a.kind())}),
        );
    }
    let mut edges = Vec::new();
    for (i, (s, t, e)) in g.edges().enumerate() {
        let mut id = format!("edge:{i}");
        while taken.contains(&id) {
            id = format!("edge:{id}");
        }
        taken.insert(id.clone());
        let mut d = data(&id, &fields::edge_fields(e));
        d.insert("source".into(), json!(g.graph[s].id()));
        d.insert("target".into(), json!(g.graph[t].id()));
        edges.push(json!({"data": d, "classes": e.kind.name()}));
    }
    json!({"format_version": "1.0", "generated_by": "linimasa", "elements": {"nodes": nodes, "edges": edges}})
}

/// The elements as pretty JSON.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&elements(g)).expect("JSON values serialize");
    out.push(b'\n');
    out
}
