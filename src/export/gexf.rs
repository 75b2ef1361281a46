//! GEXF 1.3 for Gephi, with time spells so Gephi's timeline slider works.
//!
//! The graph is `mode="dynamic"` with `timeformat="date"`. A dated event, and
//! each edge to it, has one spell covering the period its TIMEX3 value names
//! (`2025-06` is 2025-06-01..2025-06-30); undated events, actors and their
//! roles have no spell, so they show at every time. `date` (the
//! representative day), `timex` and `timex_mod` are kept as attributes. List
//! attributes are JSON arrays as text.

use std::fmt::Write;

use super::fields::{self, xml_escape, Fields};
use crate::graph::EventGraph;

fn attvalues(out: &mut String, prefix: &str, f: &Fields) {
    out.push_str("        <attvalues>\n");
    for (k, v) in f {
        let _ = writeln!(
            out,
            "          <attvalue for=\"{prefix}_{k}\" value=\"{}\"/>",
            xml_escape(&v.xml_text())
        );
    }
    out.push_str("        </attvalues>\n");
}

fn spell(out: &mut String, span: Option<&crate::graph::dates::DateSpan>) {
    if let Some(s) = span {
        let _ = writeln!(out, "        <spells><spell start=\"{}\" end=\"{}\"/></spells>", s.start, s.end);
    }
}

/// The GEXF document.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n  \
         <meta>\n    <creator>linimasa</creator>\n    <description>event timeline graph</description>\n  </meta>\n  \
         <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n",
    );
    out.push_str("    <attributes class=\"node\" mode=\"static\">\n");
    for (prefix, list) in [("event", fields::EVENT_FIELDS), ("actor", fields::ACTOR_FIELDS)] {
        for (k, t) in list {
            let _ = writeln!(
                out,
                "      <attribute id=\"{prefix}_{k}\" title=\"{k}\" type=\"{}\"/>",
                t.xml_type()
            );
        }
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
    for (k, t) in fields::EDGE_FIELDS {
        let _ = writeln!(out, "      <attribute id=\"edge_{k}\" title=\"{k}\" type=\"{}\"/>", t.xml_type());
    }
    out.push_str("    </attributes>\n");
    let _ = writeln!(out, "    <nodes count=\"{}\">", g.graph.node_count());
    for (n, e) in g.events() {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            xml_escape(&e.event.id),
            xml_escape(&e.event.label)
        );
        attvalues(&mut out, "event", &fields::event_fields(g, n));
        spell(&mut out, e.span.as_ref());
        out.push_str("      </node>\n");
    }
    for (_, a) in g.actors() {
        let _ = writeln!(out, "      <node id=\"{}\" label=\"{}\">", xml_escape(a.id), xml_escape(a.name()));
        attvalues(&mut out, "actor", &fields::actor_fields(a));
        out.push_str("      </node>\n");
    }
    let _ = writeln!(out, "    </nodes>\n    <edges count=\"{}\">", g.graph.edge_count());
    for (i, (s, t, e)) in g.edges().enumerate() {
        let _ = writeln!(
            out,
            "      <edge id=\"edge:{i}\" source=\"{}\" target=\"{}\" label=\"{}\">",
            xml_escape(g.graph[s].id()),
            xml_escape(g.graph[t].id()),
            e.kind.name()
        );
        attvalues(&mut out, "edge", &fields::edge_fields(e));
        // A participant edge lives as long as its event.
        if matches!(e.kind, crate::graph::EdgeKind::Actor | crate::graph::EdgeKind::Recipient) {
            spell(&mut out, g.event(t).and_then(|x| x.span.as_ref()));
        }
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out.into_bytes()
}
