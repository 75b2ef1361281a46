//! RDF Turtle with the Simple Event Model (SEM): events are `sem:Event`
//! with `sem:hasActor`, `sem:eventType`, `sem:hasPlace` and typed time
//! stamps; actors are `sem:Actor`.
//!
//! Partial dates use the XSD type that fits: a day is `xsd:date`, a month
//! `xsd:gYearMonth`, a year `xsd:gYear` (`sem:hasBeginTimeStamp`); other
//! periods give their first and last day as `sem:hasEarliestBeginTimeStamp`
//! and `sem:hasLatestEndTimeStamp`. `lm:date` is the representative day
//! (`xsd:date`, for sorting), `lm:timex` and `lm:timexMod` the original.
//! Resources are `urn:linimasa:` IRIs with every character outside
//! `A-Z a-z 0-9 - . _ ~` percent-encoded.

use std::fmt::Write;

use crate::graph::EventGraph;

const PREFIXES: &str = "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\
@prefix owl: <http://www.w3.org/2002/07/owl#> .\n\
@prefix lm: <urn:linimasa:vocab:> .\n\n";

/// A Turtle string literal.
///
/// ```
/// use linimasa::export::turtle::literal;
/// assert_eq!(literal("say \"hi\"\n\\"), r#""say \"hi\"\n\\""#);
/// ```
pub fn literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An IRI `<urn:linimasa:KIND:ID>` with the id percent-encoded.
pub fn iri(kind: &str, id: &str) -> String {
    let mut out = format!("<urn:linimasa:{kind}:");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out.push('>');
    out
}

/// The Turtle document.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = String::from(PREFIXES);
    for (_, a) in g.actors() {
        let _ = write!(
            out,
            "{} a sem:Actor ;\n    rdfs:label {} ;\n    lm:id {}",
            iri("actor", a.id),
            literal(a.name()),
            literal(a.id)
        );
        let _ = write!(out, " ;\n    lm:kind {}", literal(a.kind()));
        if let Some(r) = a.record {
            for alias in &r.aliases {
                let _ = write!(out, " ;\n    lm:alias {}", literal(alias));
            }
            if let Some(c) = &r.country {
                let _ = write!(out, " ;\n    lm:country {}", literal(c));
            }
            if let Some(q) =
                r.qid.as_deref().filter(|q| q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()))
            {
                let _ = write!(out, " ;\n    owl:sameAs <http://www.wikidata.org/entity/{q}>");
            }
        }
        out.push_str(" .\n\n");
    }
    for (n, e) in g.events() {
        let ev = e.event;
        let _ = write!(
            out,
            "{} a sem:Event ;\n    rdfs:label {} ;\n    lm:id {}",
            iri("event", &ev.id),
            literal(&ev.label),
            literal(&ev.id)
        );
        let _ = write!(out, " ;\n    sem:eventType {}", iri("plover", &ev.plover.event));
        for (a, recipient) in g.participants(n) {
            let Some(actor) = g.actor(a) else { continue };
            let _ = write!(out, " ;\n    sem:hasActor {}", iri("actor", actor.id));
            let _ = write!(
                out,
                " ;\n    {} {}",
                if recipient { "lm:recipient" } else { "lm:initiator" },
                iri("actor", actor.id)
            );
        }
        if let Some(span) = &e.span {
            let typed = match span.granularity.as_str() {
                _ if span.is_day() => Some(format!("\"{}\"^^xsd:date", span.start)),
                "month" if span.value.len() == 7 => Some(format!("\"{}\"^^xsd:gYearMonth", span.value)),
                "year" if span.value.len() == 4 => Some(format!("\"{}\"^^xsd:gYear", span.value)),
                _ => None,
            };
            if let Some(t) = typed {
                let _ = write!(out, " ;\n    sem:hasBeginTimeStamp {t}");
            }
            let _ = write!(out, " ;\n    sem:hasEarliestBeginTimeStamp \"{}\"^^xsd:date", span.start);
            let _ = write!(out, " ;\n    sem:hasLatestEndTimeStamp \"{}\"^^xsd:date", span.end);
            let _ = write!(
                out,
                " ;\n    lm:date \"{}\"^^xsd:date ;\n    lm:timex {}",
                span.day,
                literal(&span.value)
            );
            if let Some(m) = &span.modifier {
                let _ = write!(out, " ;\n    lm:timexMod {}", literal(m));
            }
        }
        if let Some(mode) = &ev.plover.mode {
            let _ = write!(out, " ;\n    lm:mode {}", literal(mode));
        }
        let _ = write!(
            out,
            " ;\n    lm:cameo {} ;\n    lm:goldstein \"{}\"^^xsd:double ;\n    lm:quadClass {} ;\n    lm:modality {}",
            literal(&ev.cameo.code),
            ev.cameo.goldstein,
            ev.cameo.quad_class,
            literal(&ev.modality)
        );
        for x in &ev.evidence {
            let _ = write!(out, " ;\n    lm:evidence {}", literal(&x.text));
        }
        if let Some(l) = &ev.location {
            let _ = write!(out, " ;\n    sem:hasPlace [ a sem:Place ; rdfs:label {} ]", literal(&l.name));
        }
        out.push_str(" .\n\n");
    }
    for (s, t, e) in g.edges() {
        match &e.kind {
            crate::graph::EdgeKind::Precedes => {
                let _ = writeln!(
                    out,
                    "{} lm:precedes {} .",
                    iri("event", g.graph[s].id()),
                    iri("event", g.graph[t].id())
                );
            }
            crate::graph::EdgeKind::Relative { .. } => {
                let _ = writeln!(
                    out,
                    "{} lm:relativeTo {} .",
                    iri("event", g.graph[s].id()),
                    iri("event", g.graph[t].id())
                );
            }
            crate::graph::EdgeKind::Role(role) => {
                let _ = writeln!(
                    out,
                    "{} lm:holdsRole [ lm:role {} ; lm:of {} ] .",
                    iri("actor", g.graph[s].id()),
                    literal(role),
                    iri("actor", g.graph[t].id())
                );
            }
            _ => {}
        }
    }
    out.into_bytes()
}
