//! Spreadsheets: `events.csv` (one row per event) and `actors.csv` (one row
//! per actor), RFC 4180 (comma-separated, double quotes doubled, CRLF-free
//! rows ending in `\n`).
//!
//! Columns are the shared fields ([`super::fields`]) with `id` first; list
//! cells (`actors`, `aliases` ...) are JSON arrays. Partial dates: `date` is
//! the representative day, `date_start`/`date_end` the period, `timex` and
//! `timex_mod` the original value and modifier; undated events leave them
//! empty.

use super::fields::{self, FieldValue, Fields};
use super::ExportFile;
use crate::graph::EventGraph;

/// One CSV cell, quoted when it holds a comma, a quote, a line break or
/// leading or trailing space.
///
/// ```
/// use linimasa::export::csv::cell;
/// assert_eq!(cell("plain"), "plain");
/// assert_eq!(cell("a \"b\", c"), "\"a \"\"b\"\", c\"");
/// ```
pub fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn value(v: &FieldValue) -> String {
    match v {
        FieldValue::List(l) => serde_json::to_string(l).expect("strings serialize"),
        other => other.text(),
    }
}

fn table(names: &[(&str, fields::FieldType)], rows: Vec<(String, Fields)>) -> Vec<u8> {
    let columns: Vec<&str> = names.iter().map(|(k, _)| *k).filter(|k| *k != "kind").collect();
    let mut out = String::from("id");
    for c in &columns {
        out.push(',');
        out.push_str(c);
    }
    out.push('\n');
    for (id, f) in rows {
        out.push_str(&cell(&id));
        for c in &columns {
            out.push(',');
            if let Some(v) = fields::get(&f, c) {
                out.push_str(&cell(&value(v)));
            }
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// `events.csv` and `actors.csv`.
pub fn files(g: &EventGraph) -> Vec<ExportFile> {
    let events = g.events().map(|(n, e)| (e.event.id.clone(), fields::event_fields(g, n))).collect();
    let actors = g.actors().map(|(_, a)| (a.id.to_string(), fields::actor_fields(a))).collect();
    vec![
        ExportFile { name: "events.csv".into(), bytes: table(fields::EVENT_FIELDS, events) },
        ExportFile { name: "actors.csv".into(), bytes: table(fields::ACTOR_FIELDS, actors) },
    ]
}
