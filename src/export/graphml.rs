//! GraphML for yEd, networkx and igraph: every node and edge of the
//! [`EventGraph`] with typed `<data>` keys.
//!
//! Node ids are the timeline's ids; edge ids are `edge:N`. List attributes
//! (`actors`, `aliases` ...) are JSON arrays as text. Partial dates: `date` is
//! the representative day, `date_start`/`date_end` the period, `timex` and
//! `timex_mod` the original value and modifier.

use std::fmt::Write;

use super::fields::{self, xml_escape, Fields};
use crate::graph::EventGraph;

fn data(out: &mut String, prefix: &str, f: &Fields) {
    for (k, v) in f {
        let _ = writeln!(out, "      <data key=\"{prefix}_{k}\">{}</data>", xml_escape(&v.xml_text()));
    }
}

/// The GraphML document.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    // Event and actor keys share one node namespace: prefix them so the
    // same name (`kind`, `label`) is declared once per prefix.
    for (prefix, list) in [("event", fields::EVENT_FIELDS), ("actor", fields::ACTOR_FIELDS)] {
        for (k, t) in list {
            let _ = writeln!(
                out,
                "  <key id=\"{prefix}_{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{}\"/>",
                t.xml_type()
            );
        }
    }
    for (k, t) in fields::EDGE_FIELDS {
        let _ = writeln!(
            out,
            "  <key id=\"edge_{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{}\"/>",
            t.xml_type()
        );
    }
    out.push_str("  <graph id=\"linimasa\" edgedefault=\"directed\">\n");
    for (n, e) in g.events() {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&e.event.id));
        data(&mut out, "event", &fields::event_fields(g, n));
        out.push_str("    </node>\n");
    }
    for (_, a) in g.actors() {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(a.id));
        data(&mut out, "actor", &fields::actor_fields(a));
        out.push_str("    </node>\n");
    }
    for (i, (s, t, e)) in g.edges().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"edge:{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(g.graph[s].id()),
            xml_escape(g.graph[t].id())
        );
        data(&mut out, "edge", &fields::edge_fields(e));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out.into_bytes()
}
