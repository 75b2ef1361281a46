//! vis-timeline items and groups: `{"groups": [...], "items": [...]}`, one
//! group per actor and one item per actor and dated event, so each actor's
//! lane shows its events.
//!
//! Partial dates: an event dated to a day is a `point`; a period (`2025-06`,
//! `2022`) is a `range` from its first day to the day after its last
//! (vis-timeline ends are exclusive). `timex`/`timex_mod` keep the original.
//! Undated events cannot be placed and are listed under `undated` instead.
//! `content` and `title` are HTML in vis-timeline, so text is escaped.

use serde_json::{json, Value};

use super::dot::html_text;
use crate::graph::EventGraph;

/// The items and groups.
pub fn data(g: &EventGraph) -> Value {
    let groups: Vec<Value> = g
        .actors()
        .map(|(_, a)| json!({"id": a.id, "content": html_text(a.name()), "title": html_text(a.id)}))
        .collect();
    let mut items = Vec::new();
    let mut undated = Vec::new();
    for (n, e) in g.events() {
        let ev = e.event;
        let Some(span) = &e.span else {
            undated.push(json!({"id": ev.id, "content": html_text(&ev.label)}));
            continue;
        };
        for (a, recipient) in g.participants(n) {
            let Some(actor) = g.actor(a) else { continue };
            let mut item = json!({
                "id": format!("{}@{}", ev.id, actor.id),
                "event": ev.id,
                "group": actor.id,
                "content": html_text(&format!("{} {}", ev.plover.event, ev.label)),
                "title": html_text(&format!("{}: {}", span.display(), ev.evidence.first().map(|x| x.text.as_str()).unwrap_or(""))),
                "start": span.start.to_string(),
                "className": format!("quad-{} {} {}", ev.cameo.quad_class, ev.modality, if recipient { "recipient" } else { "actor" }),
                "timex": span.value,
                "timex_mod": span.modifier,
            });
            if span.is_day() {
                item["type"] = json!("point");
            } else {
                item["type"] = json!("range");
                item["end"] = json!(span.end.succ_opt().unwrap_or(span.end).to_string());
            }
            items.push(item);
        }
    }
    json!({"groups": groups, "items": items, "undated": undated})
}

/// The items and groups as pretty JSON.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&data(g)).expect("JSON values serialize");
    out.push(b'\n');
    out
}
