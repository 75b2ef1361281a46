//! The attributes every graph format carries for events, actors and edges,
//! in one place so the formats agree on names, types and partial dates.

use petgraph::graph::NodeIndex;

use crate::graph::{ActorNode, DatedEdge, EventGraph};

/// The type of an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Text.
    Text,
    /// A whole number.
    Int,
    /// A real number.
    Float,
    /// A list of texts.
    List,
}

/// An attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// Text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A real number.
    Float(f64),
    /// A list of texts.
    List(Vec<String>),
}

impl FieldType {
    /// The XML attribute type GEXF and GraphML declare for it (lists are JSON text).
    pub fn xml_type(self) -> &'static str {
        match self {
            FieldType::Int => "long",
            FieldType::Float => "double",
            FieldType::Text | FieldType::List => "string",
        }
    }
}

impl FieldValue {
    /// The value as one XML attribute text: lists as a JSON array, so that
    /// graph tools can split them back.
    pub fn xml_text(&self) -> String {
        match self {
            FieldValue::List(_) => self.json().to_string(),
            other => other.text(),
        }
    }

    /// The value as one text: lists joined with `"; "`.
    pub fn text(&self) -> String {
        match self {
            FieldValue::Text(s) => s.clone(),
            FieldValue::Int(i) => i.to_string(),
            FieldValue::Float(f) => f.to_string(),
            FieldValue::List(l) => l.join("; "),
        }
    }

    /// The value as JSON.
    pub fn json(&self) -> serde_json::Value {
        match self {
            FieldValue::Text(s) => serde_json::Value::from(s.as_str()),
            FieldValue::Int(i) => serde_json::Value::from(*i),
            FieldValue::Float(f) => serde_json::Value::from(*f),
            FieldValue::List(l) => serde_json::Value::from(l.clone()),
        }
    }
}

/// Event attributes, in output order, with their types. `date` is the
/// representative day of a partial date; `date_start`/`date_end` the period
/// it covers; `timex`/`timex_mod` the original value and modifier.
pub const EVENT_FIELDS: &[(&str, FieldType)] = &[
    ("kind", FieldType::Text),
    ("label", FieldType::Text),
    ("date", FieldType::Text),
    ("date_start", FieldType::Text),
    ("date_end", FieldType::Text),
    ("timex", FieldType::Text),
    ("timex_mod", FieldType::Text),
    ("granularity", FieldType::Text),
    ("plover", FieldType::Text),
    ("mode", FieldType::Text),
    ("context", FieldType::List),
    ("cameo", FieldType::Text),
    ("cameo_name", FieldType::Text),
    ("goldstein", FieldType::Float),
    ("quad_class", FieldType::Int),
    ("modality", FieldType::Text),
    ("actors", FieldType::List),
    ("recipients", FieldType::List),
    ("location", FieldType::Text),
    ("location_country", FieldType::Text),
    ("trigger", FieldType::Text),
    ("evidence_count", FieldType::Int),
    ("evidence", FieldType::Text),
    ("evidence_doc", FieldType::Text),
    ("evidence_start", FieldType::Int),
    ("evidence_end", FieldType::Int),
];

/// Actor attributes, in output order.
pub const ACTOR_FIELDS: &[(&str, FieldType)] = &[
    ("kind", FieldType::Text),
    ("label", FieldType::Text),
    ("actor_kind", FieldType::Text),
    ("country", FieldType::Text),
    ("aliases", FieldType::List),
    ("qid", FieldType::Text),
];

/// Edge attributes, in output order.
pub const EDGE_FIELDS: &[(&str, FieldType)] = &[
    ("kind", FieldType::Text),
    ("role", FieldType::Text),
    ("date", FieldType::Text),
    ("days", FieldType::Int),
];

/// Named values (absent ones left out).
pub type Fields = Vec<(&'static str, FieldValue)>;

fn text(s: impl Into<String>) -> FieldValue {
    FieldValue::Text(s.into())
}

/// The attributes of the event at `n`.
pub fn event_fields(g: &EventGraph, n: NodeIndex) -> Fields {
    let Some(e) = g.event(n) else { return vec![] };
    let ev = e.event;
    let ids = |recipient: bool| -> Vec<String> {
        g.participant_ids(n, recipient).into_iter().map(str::to_string).collect()
    };
    let mut f: Fields = vec![("kind", text("event")), ("label", text(&ev.label))];
    if let Some(s) = &e.span {
        f.push(("date", text(s.day.to_string())));
        f.push(("date_start", text(s.start.to_string())));
        f.push(("date_end", text(s.end.to_string())));
    }
    if let Some(w) = &ev.when {
        f.push(("timex", text(&w.value)));
        if let Some(m) = &w.modifier {
            f.push(("timex_mod", text(m)));
        }
        f.push(("granularity", text(&w.granularity)));
    }
    f.push(("plover", text(&ev.plover.event)));
    if let Some(m) = &ev.plover.mode {
        f.push(("mode", text(m)));
    }
    f.push(("context", FieldValue::List(ev.plover.context.clone())));
    f.push(("cameo", text(&ev.cameo.code)));
    f.push(("cameo_name", text(&ev.cameo.name)));
    f.push(("goldstein", FieldValue::Float(ev.cameo.goldstein)));
    f.push(("quad_class", FieldValue::Int(ev.cameo.quad_class.into())));
    f.push(("modality", text(&ev.modality)));
    f.push(("actors", FieldValue::List(ids(false))));
    f.push(("recipients", FieldValue::List(ids(true))));
    if let Some(l) = &ev.location {
        f.push(("location", text(&l.name)));
        if let Some(c) = &l.country {
            f.push(("location_country", text(c)));
        }
    }
    f.push(("trigger", text(&ev.trigger)));
    f.push(("evidence_count", FieldValue::Int(ev.evidence.len() as i64)));
    if let Some(x) = ev.evidence.first() {
        f.push(("evidence", text(&x.text)));
        f.push(("evidence_doc", text(&x.doc)));
        f.push(("evidence_start", FieldValue::Int(x.start as i64)));
        f.push(("evidence_end", FieldValue::Int(x.end as i64)));
    }
    f
}

/// The attributes of an actor.
pub fn actor_fields(a: &ActorNode) -> Fields {
    let mut f: Fields =
        vec![("kind", text("actor")), ("label", text(a.name())), ("actor_kind", text(a.kind()))];
    if let Some(r) = a.record {
        if let Some(c) = &r.country {
            f.push(("country", text(c)));
        }
        f.push(("aliases", FieldValue::List(r.aliases.clone())));
        if let Some(q) = &r.qid {
            f.push(("qid", text(q)));
        }
    }
    f
}

/// The attributes of an edge.
pub fn edge_fields(e: &DatedEdge) -> Fields {
    let mut f: Fields = vec![("kind", text(e.kind.name()))];
    if let Some(r) = e.kind.role() {
        f.push(("role", text(r)));
    }
    if let Some(d) = &e.date {
        f.push(("date", text(d)));
    }
    if let crate::graph::EdgeKind::Relative { days: Some(d) } = e.kind {
        f.push(("days", FieldValue::Int(d)));
    }
    f
}

/// Looks a field up by name.
pub fn get<'f>(fields: &'f Fields, name: &str) -> Option<&'f FieldValue> {
    fields.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// Text for XML element content or a double-quoted attribute: markup
/// characters as entities, tabs and line breaks as character references (so
/// attribute values keep them), other control characters (not allowed in
/// XML 1.0) dropped.
///
/// ```
/// use linimasa::export::fields::xml_escape;
/// assert_eq!(xml_escape("a<b> & \"c\"\n"), "a&lt;b&gt; &amp; &quot;c&quot;&#10;");
/// ```
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
