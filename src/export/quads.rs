//! ICEWS-style quadruples for temporal knowledge-graph research:
//! `subject<TAB>relation<TAB>object<TAB>date`, one line per pair of actors
//! in an event, no header.
//!
//! Subject and object are actor ids; the relation is the PLOVER event type.
//! An event with recipients gives one quad per initiator and recipient; a
//! reciprocal event (no recipients) one per ordered pair of its initiators.
//! The date is the representative day (see [`crate::graph::dates`]);
//! undated events and events with a single participant give no quad.
//! Backslashes, tabs and line breaks in ids are written `\\`, `\t`, `\n`,
//! `\r`.

use crate::graph::EventGraph;

/// A field with its backslash, tab and line breaks escaped.
///
/// ```
/// use linimasa::export::quads::field;
/// assert_eq!(field("a\tb\\c\n"), "a\\tb\\\\c\\n");
/// ```
pub fn field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// (subject, relation, object, date) for every quad, in time order.
pub fn quads<'g>(g: &'g EventGraph) -> Vec<(&'g str, &'g str, &'g str, String)> {
    let mut out = Vec::new();
    for (n, e) in g.events() {
        let Some(span) = &e.span else { continue };
        let ids = |recipient: bool| g.participant_ids(n, recipient);
        let (initiators, recipients) = (ids(false), ids(true));
        let relation = e.event.plover.event.as_str();
        if recipients.is_empty() {
            for &a in &initiators {
                for &b in &initiators {
                    if a != b {
                        out.push((a, relation, b, span.day.to_string()));
                    }
                }
            }
        } else {
            for &a in &initiators {
                for &b in &recipients {
                    out.push((a, relation, b, span.day.to_string()));
                }
            }
        }
    }
    out
}

/// The quads as text.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = String::new();
    for (s, r, o, d) in quads(g) {
        out.push_str(&format!("{}\t{}\t{}\t{d}\n", field(s), field(r), field(o)));
    }
    out.into_bytes()
}
