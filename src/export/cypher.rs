//! Cypher scripts: Neo4j (`MERGE` nodes, dated relationships, constraints
//! first) and, with the `kuzu` dialect, Kùzu (node and relationship tables
//! declared first, then `CREATE`).
//!
//! Nodes: `(:Event)` and `(:Actor)` keyed by `id`. Relationships:
//! `PARTICIPATES {role, date}` actor -> event, `PRECEDES`, `RELATIVE_TO
//! {days}` and `HOLDS_ROLE {role}`. Partial dates: `date` is the
//! representative day as a `date(...)`, `date_start`/`date_end` the period,
//! `timex`/`timex_mod` the original value and modifier. Strings are
//! single-quoted with `\\` and `\'` escaped; for Neo4j line breaks and tabs
//! are written `\n`, `\r`, `\t`, while Kùzu, which reads no such escapes,
//! gets them as they are inside the quotes.

use std::fmt::Write;

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, EventGraph};

/// A single-quoted Cypher string for Neo4j.
///
/// ```
/// use linimasa::export::cypher::string;
/// assert_eq!(string("it's \\ \n"), r"'it\'s \\ \n'");
/// ```
pub fn string(s: &str) -> String {
    quote(s, false)
}

/// A single-quoted string; `raw_breaks` keeps line breaks and tabs as they are.
fn quote(s: &str, raw_breaks: bool) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' if raw_breaks => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The script for `dialect` (`neo4j` or `kuzu`).
pub fn to_bytes(g: &EventGraph, dialect: &str) -> Result<Vec<u8>> {
    let kuzu = match dialect {
        "neo4j" | "" => false,
        "kuzu" => true,
        other => return Err(Error::Usage(format!("--dialect {other:?}: expected `neo4j` or `kuzu`"))),
    };
    let mut out = String::from("// linimasa event graph\n");
    if kuzu {
        out.push_str(
            "CREATE NODE TABLE Event(id STRING, label STRING, date DATE, date_start DATE, date_end DATE, \
             timex STRING, timex_mod STRING, plover STRING, mode STRING, cameo STRING, cameo_name STRING, \
             goldstein DOUBLE, quad_class INT64, modality STRING, trigger STRING, evidence STRING, \
             evidence_count INT64, PRIMARY KEY(id));\n\
             CREATE NODE TABLE Actor(id STRING, name STRING, kind STRING, country STRING, aliases STRING[], \
             PRIMARY KEY(id));\n\
             CREATE REL TABLE PARTICIPATES(FROM Actor TO Event, role STRING, date STRING);\n\
             CREATE REL TABLE PRECEDES(FROM Event TO Event);\n\
             CREATE REL TABLE RELATIVE_TO(FROM Event TO Event, days INT64);\n\
             CREATE REL TABLE HOLDS_ROLE(FROM Actor TO Actor, role STRING);\n",
        );
    } else {
        out.push_str(
            "CREATE CONSTRAINT linimasa_event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;\n\
             CREATE CONSTRAINT linimasa_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n",
        );
    }
    let verb = if kuzu { "CREATE" } else { "MERGE" };
    let string = |s: &str| quote(s, kuzu);
    let list = |items: &[String]| {
        format!("[{}]", items.iter().map(|s| quote(s, kuzu)).collect::<Vec<_>>().join(", "))
    };
    for (_, a) in g.actors() {
        let mut props = vec![format!("name: {}", string(a.name())), format!("kind: {}", string(a.kind()))];
        if let Some(r) = a.record {
            if let Some(c) = &r.country {
                props.push(format!("country: {}", string(c)));
            }
            props.push(format!("aliases: {}", list(&r.aliases)));
        }
        if kuzu {
            let _ = writeln!(out, "CREATE (:Actor {{id: {}, {}}});", string(a.id), props.join(", "));
        } else {
            let _ =
                writeln!(out, "MERGE (a:Actor {{id: {}}}) SET a += {{{}}};", string(a.id), props.join(", "));
        }
    }
    for (_, e) in g.events() {
        let ev = e.event;
        let mut props = vec![format!("label: {}", string(&ev.label))];
        if let Some(s) = &e.span {
            props.push(format!("date: date('{}')", s.day));
            props.push(format!("date_start: date('{}')", s.start));
            props.push(format!("date_end: date('{}')", s.end));
            props.push(format!("timex: {}", string(&s.value)));
            if let Some(m) = &s.modifier {
                props.push(format!("timex_mod: {}", string(m)));
            }
        }
        props.push(format!("plover: {}", string(&ev.plover.event)));
        if let Some(m) = &ev.plover.mode {
            props.push(format!("mode: {}", string(m)));
        }
        props.push(format!("cameo: {}", string(&ev.cameo.code)));
        props.push(format!("cameo_name: {}", string(&ev.cameo.name)));
        let goldstein = if ev.cameo.goldstein.is_finite() { ev.cameo.goldstein } else { 0.0 };
        props.push(format!("goldstein: {goldstein:?}"));
        props.push(format!("quad_class: {}", ev.cameo.quad_class));
        props.push(format!("modality: {}", string(&ev.modality)));
        props.push(format!("trigger: {}", string(&ev.trigger)));
        if let Some(x) = ev.evidence.first() {
            props.push(format!("evidence: {}", string(&x.text)));
        }
        props.push(format!("evidence_count: {}", ev.evidence.len()));
        if kuzu {
            let _ = writeln!(out, "CREATE (:Event {{id: {}, {}}});", string(&ev.id), props.join(", "));
        } else {
            let _ = writeln!(
                out,
                "MERGE (e:Event {{id: {}}}) SET e += {{{}}};",
                string(&ev.id),
                props.join(", ")
            );
        }
    }
    for (s, t, e) in g.edges() {
        let (sid, tid) = (string(g.graph[s].id()), string(g.graph[t].id()));
        let (from_label, to_label, rel) = match &e.kind {
            EdgeKind::Actor | EdgeKind::Recipient => {
                let mut props = vec![format!("role: {}", string(e.kind.role().unwrap_or("")))];
                if let Some(d) = &e.date {
                    props.push(format!("date: {}", string(d)));
                }
                ("Actor", "Event", format!("PARTICIPATES {{{}}}", props.join(", ")))
            }
            EdgeKind::Precedes => ("Event", "Event", "PRECEDES".to_string()),
            EdgeKind::Relative { days } => (
                "Event",
                "Event",
                match days {
                    Some(d) => format!("RELATIVE_TO {{days: {d}}}"),
                    None => "RELATIVE_TO".to_string(),
                },
            ),
            EdgeKind::Role(role) => ("Actor", "Actor", format!("HOLDS_ROLE {{role: {}}}", string(role))),
        };
        let _ = writeln!(
            out,
            "MATCH (s:{from_label} {{id: {sid}}}), (t:{to_label} {{id: {tid}}}) {verb} (s)-[:{rel}]->(t);"
        );
    }
    Ok(out.into_bytes())
}
