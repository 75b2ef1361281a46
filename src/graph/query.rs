//! Questions about actors and their relationships, answered on the
//! [`EventGraph`].
//!
//! | question          | answer                                                        |
//! |-------------------|---------------------------------------------------------------|
//! | `actor NAME`      | every event the actor initiated or received, in time order    |
//! | `between A B`     | the events both take part in, in time order                   |
//! | `neighbors NAME`  | the actors sharing events with NAME, most events first        |
//! | `path A B`        | the shortest chain of interactions (actor, event, actor ...)  |
//! | `stats`           | actors and event types by count, first and last date          |
//!
//! Names resolve through actor ids, names and aliases, ignoring case and
//! accents (`zelenskyy`, `ZELENSKY`, `Пу́тин` = `Путин`); when no name or
//! alias is equal, a name whose words include every word asked for is taken
//! (`Vladimir` finds Vladimir Putin). A name that fits several actors is an
//! error listing them.
//!
//! Filters keep an event when its date overlaps `--from`..`--to` (undated
//! events drop out once a window is set), its PLOVER type is `--type`, its
//! modality is `--modality` and it has at least `--min-evidence` evidence.
//!
//! ```
//! # let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-timeline.json")).unwrap();
//! # let timeline: linimasa::timeline::Timeline = serde_json::from_str(&json).unwrap();
//! use linimasa::graph::query::{run, QueryOptions};
//! let options = QueryOptions {
//!     question: vec!["between".into(), "putin".into(), "TRUMP".into()],
//!     min_evidence: 1,
//!     ..Default::default()
//! };
//! let table = run(&timeline, &options).unwrap();
//! assert!(table.contains("2025-07-03"));
//! ```

use std::collections::{BTreeMap, HashMap, VecDeque};

use chrono::NaiveDate;
use petgraph::graph::NodeIndex;
use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::graph::dates::DateSpan;
use crate::graph::{EventGraph, EventNode};
use crate::text::fold_name;
use crate::timeline::Timeline;

/// A query as the command line gives it.
#[derive(Debug, Clone, Default)]
pub struct QueryOptions {
    /// `actor NAME`, `between A B`, `neighbors NAME`, `path A B` or `stats`.
    pub question: Vec<String>,
    /// Only events on or after this date (YYYY-MM-DD).
    pub from: Option<String>,
    /// Only events on or before this date.
    pub to: Option<String>,
    /// Only this PLOVER type.
    pub event_type: Option<String>,
    /// Only this modality.
    pub modality: Option<String>,
    /// Only events with at least this many pieces of evidence.
    pub min_evidence: usize,
    /// JSON instead of a table.
    pub json: bool,
}

const MODALITIES: &[&str] = &["asserted", "negated", "future", "hypothetical"];

/// Which events a query looks at.
struct EventFilter {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    event_type: Option<String>,
    modality: Option<String>,
    min_evidence: usize,
}

impl EventFilter {
    fn new(o: &QueryOptions) -> Result<EventFilter> {
        let date = |flag: &str, v: &Option<String>, last: bool| -> Result<Option<NaiveDate>> {
            v.as_deref()
                .map(|s| {
                    DateSpan::parse(s.trim(), None).map(|d| if last { d.end } else { d.start }).ok_or_else(
                        || {
                            Error::Usage(format!(
                                "{flag} {s:?}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)"
                            ))
                        },
                    )
                })
                .transpose()
        };
        if let Some(m) = &o.modality {
            if !MODALITIES.contains(&m.to_lowercase().as_str()) {
                return Err(Error::Usage(format!(
                    "--modality {m:?}: expected one of {}",
                    MODALITIES.join(", ")
                )));
            }
        }
        Ok(EventFilter {
            from: date("--from", &o.from, false)?,
            to: date("--to", &o.to, true)?,
            event_type: o.event_type.as_ref().map(|t| t.to_uppercase()),
            modality: o.modality.as_ref().map(|m| m.to_lowercase()),
            min_evidence: o.min_evidence,
        })
    }

    fn keeps(&self, e: &EventNode) -> bool {
        let ev = e.event;
        if self.from.is_some() || self.to.is_some() {
            let Some(span) = &e.span else { return false };
            if self.from.is_some_and(|f| span.end < f) || self.to.is_some_and(|t| span.start > t) {
                return false;
            }
        }
        self.event_type.as_ref().is_none_or(|t| ev.plover.event.eq_ignore_ascii_case(t))
            && self.modality.as_ref().is_none_or(|m| ev.modality.eq_ignore_ascii_case(m))
            && ev.evidence.len() >= self.min_evidence
    }
}

/// Finds the one actor a name means.
fn resolve(g: &EventGraph, name: &str) -> Result<NodeIndex> {
    let wanted = fold_name(name);
    if wanted.is_empty() {
        return Err(Error::Usage("an empty actor name".into()));
    }
    let names_of = |n: NodeIndex| -> Vec<String> {
        let a = g.actor(n).expect("actor node");
        let mut names = vec![a.id.to_string(), a.name().to_string()];
        if let Some(r) = a.record {
            names.extend(r.aliases.iter().cloned());
        }
        names.iter().map(|s| fold_name(s)).collect()
    };
    let actors: Vec<NodeIndex> = g.actors().map(|(n, _)| n).collect();
    let exact: Vec<NodeIndex> = actors.iter().copied().filter(|&n| names_of(n).contains(&wanted)).collect();
    let found = if exact.is_empty() {
        let words: Vec<&str> = wanted.split(' ').collect();
        actors
            .iter()
            .copied()
            .filter(|&n| {
                names_of(n).iter().any(|name| {
                    let have: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
                    words.iter().all(|w| have.contains(w))
                })
            })
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Ok(*one),
        [] => {
            let known: Vec<&str> = g.actors().map(|(_, a)| a.name()).collect();
            Err(Error::Usage(format!("no actor is called {name:?}; actors: {}", known.join(", "))))
        }
        many => {
            let list: Vec<String> =
                many.iter().filter_map(|&n| g.actor(n)).map(|a| format!("{} ({})", a.name(), a.id)).collect();
            Err(Error::Usage(format!(
                "{name:?} is ambiguous; it could be: {}. Use a fuller name or the id.",
                list.join("; ")
            )))
        }
    }
}

/// Answers a query; the answer is the text to print (a table, or JSON with
/// `json`).
pub fn run(timeline: &Timeline, options: &QueryOptions) -> Result<String> {
    let g = EventGraph::build(timeline);
    let filter = EventFilter::new(options)?;
    let (verb, rest) = options
        .question
        .split_first()
        .ok_or_else(|| Error::Usage("no question; ask actor, between, neighbors, path or stats".into()))?;
    let two = |what: &str| -> Result<(NodeIndex, NodeIndex)> {
        match rest {
            [a, b] => Ok((resolve(&g, a)?, resolve(&g, b)?)),
            _ => Err(Error::Usage(format!(
                "{what} takes two names (quote a name with spaces: \"Vladimir Putin\")"
            ))),
        }
    };
    let one = |what: &str| -> Result<NodeIndex> {
        if rest.is_empty() {
            return Err(Error::Usage(format!("{what} takes a name")));
        }
        resolve(&g, &rest.join(" "))
    };
    let answer = match verb.to_lowercase().as_str() {
        "actor" => actor_events(&g, &filter, one("actor")?),
        "between" => {
            let (a, b) = two("between")?;
            between(&g, &filter, a, b)
        }
        "neighbors" | "neighbours" => neighbors(&g, &filter, one("neighbors")?),
        "path" => {
            let (a, b) = two("path")?;
            path(&g, &filter, a, b)
        }
        "stats" if rest.is_empty() => stats(&g, &filter),
        "stats" => return Err(Error::Usage("stats takes no argument".into())),
        other => {
            return Err(Error::Usage(format!(
                "unknown question {other:?}; ask actor NAME, between A B, neighbors NAME, path A B or stats"
            )))
        }
    };
    Ok(if options.json {
        let mut s = serde_json::to_string_pretty(&answer.json).expect("JSON values serialize");
        s.push('\n');
        s
    } else {
        answer.table
    })
}

/// An answer in both shapes.
struct Answer {
    json: Value,
    table: String,
}

fn date_of(e: &EventNode) -> String {
    e.span.as_ref().map(|s| s.display()).unwrap_or_else(|| "undated".into())
}

fn type_of(e: &EventNode) -> String {
    match &e.event.plover.mode {
        Some(m) => format!("{} ({m})", e.event.plover.event),
        None => e.event.plover.event.clone(),
    }
}

fn names(g: &EventGraph, ids: &[NodeIndex]) -> String {
    ids.iter().filter_map(|&n| g.actor(n)).map(|a| a.name().to_string()).collect::<Vec<_>>().join(", ")
}

/// "A, B → C" for an event's participants.
fn who(g: &EventGraph, n: NodeIndex) -> String {
    let parts = g.participants(n);
    let initiators: Vec<NodeIndex> = parts.iter().filter(|p| !p.1).map(|p| p.0).collect();
    let recipients: Vec<NodeIndex> = parts.iter().filter(|p| p.1).map(|p| p.0).collect();
    if recipients.is_empty() {
        names(g, &initiators)
    } else {
        format!("{} → {}", names(g, &initiators), names(g, &recipients))
    }
}

fn actor_json(g: &EventGraph, n: NodeIndex) -> Value {
    let a = g.actor(n).expect("actor node");
    json!({"id": a.id, "name": a.name()})
}

fn event_json(g: &EventGraph, n: NodeIndex) -> Value {
    let e = g.event(n).expect("event node");
    let ev = e.event;
    let ids = |recipient: bool| g.participant_ids(n, recipient);
    json!({
        "id": ev.id,
        "date": ev.when.as_ref().map(|w| w.value.clone()),
        "mod": ev.when.as_ref().and_then(|w| w.modifier.clone()),
        "day": e.span.as_ref().map(|s| s.day.to_string()),
        "type": ev.plover.event,
        "mode": ev.plover.mode,
        "cameo": ev.cameo.code,
        "quad_class": ev.cameo.quad_class,
        "modality": ev.modality,
        "actors": ids(false),
        "recipients": ids(true),
        "label": ev.label,
        "evidence": ev.evidence.len(),
    })
}

/// A plain-text table with a header row and columns padded to their widest cell.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(clean(c).chars().count());
        }
    }
    let line = |cells: Vec<String>| -> String {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(w - c.chars().count() + 2));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(header.iter().map(|h| h.to_string()).collect());
    out.push_str(&line(widths.iter().map(|w| "-".repeat(*w)).collect()));
    for r in rows {
        out.push_str(&line(r.iter().map(|c| clean(c)).collect()));
    }
    out
}

fn event_rows(g: &EventGraph, events: &[NodeIndex], role_of: Option<NodeIndex>) -> Vec<Vec<String>> {
    events
        .iter()
        .filter_map(|&n| g.event(n).map(|e| (n, e)))
        .map(|(n, e)| {
            let mut row = vec![date_of(e), e.event.id.clone(), type_of(e)];
            if let Some(a) = role_of {
                let recipient = g.participants(n).iter().any(|p| p.0 == a && p.1);
                row.push(if recipient { "recipient" } else { "actor" }.into());
            }
            row.push(who(g, n));
            row.push(e.event.modality.clone());
            row.push(e.event.label.clone());
            row
        })
        .collect()
}

fn kept(g: &EventGraph, filter: &EventFilter, events: Vec<NodeIndex>) -> Vec<NodeIndex> {
    events.into_iter().filter(|&n| g.event(n).is_some_and(|e| filter.keeps(e))).collect()
}

fn actor_events(g: &EventGraph, filter: &EventFilter, a: NodeIndex) -> Answer {
    let events = kept(g, filter, g.events_of(a));
    let json_events: Vec<Value> = events
        .iter()
        .map(|&n| {
            let mut v = event_json(g, n);
            let recipient = g.participants(n).iter().any(|p| p.0 == a && p.1);
            v["role"] = json!(if recipient { "recipient" } else { "actor" });
            v
        })
        .collect();
    let name = g.actor(a).map(|x| x.name()).unwrap_or_default();
    let mut text = format!("{name}: {} events\n\n", events.len());
    text.push_str(&table(
        &["DATE", "ID", "TYPE", "ROLE", "WHO", "MODALITY", "LABEL"],
        &event_rows(g, &events, Some(a)),
    ));
    Answer {
        json: json!({"question": "actor", "actor": actor_json(g, a), "events": json_events}),
        table: text,
    }
}

fn between(g: &EventGraph, filter: &EventFilter, a: NodeIndex, b: NodeIndex) -> Answer {
    let of_b = g.events_of(b);
    let events: Vec<NodeIndex> =
        kept(g, filter, g.events_of(a)).into_iter().filter(|n| of_b.contains(n)).collect();
    let (na, nb) =
        (g.actor(a).map(|x| x.name()).unwrap_or_default(), g.actor(b).map(|x| x.name()).unwrap_or_default());
    let mut text = format!("{na} and {nb}: {} events\n\n", events.len());
    text.push_str(&table(&["DATE", "ID", "TYPE", "WHO", "MODALITY", "LABEL"], &event_rows(g, &events, None)));
    Answer {
        json: json!({
            "question": "between",
            "actors": [actor_json(g, a), actor_json(g, b)],
            "events": events.iter().map(|&n| event_json(g, n)).collect::<Vec<_>>(),
        }),
        table: text,
    }
}

fn neighbors(g: &EventGraph, filter: &EventFilter, a: NodeIndex) -> Answer {
    // neighbour -> its shared events, in time order.
    let mut shared: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
    for n in kept(g, filter, g.events_of(a)) {
        for (p, _) in g.participants(n) {
            if p != a {
                let list = shared.entry(p).or_default();
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
    }
    let mut list: Vec<(NodeIndex, Vec<NodeIndex>)> = shared.into_iter().collect();
    let name = |n: NodeIndex| g.actor(n).map(|x| x.name().to_string()).unwrap_or_default();
    list.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then_with(|| name(x.0).cmp(&name(y.0))));
    let mut rows = Vec::new();
    let mut items = Vec::new();
    for (n, events) in &list {
        let dates: Vec<String> = events.iter().filter_map(|&e| g.event(e)).map(date_of).collect();
        let mut types: Vec<String> =
            events.iter().filter_map(|&e| g.event(e)).map(|e| e.event.plover.event.clone()).collect();
        types.dedup();
        rows.push(vec![
            name(*n),
            events.len().to_string(),
            dates.first().cloned().unwrap_or_default(),
            dates.last().cloned().unwrap_or_default(),
            types.join(", "),
        ]);
        let mut v = actor_json(g, *n);
        v["events"] = json!(events.iter().map(|&e| event_json(g, e)).collect::<Vec<_>>());
        items.push(v);
    }
    let mut text = format!("{}: {} neighbors\n\n", name(a), list.len());
    text.push_str(&table(&["NEIGHBOR", "EVENTS", "FIRST", "LAST", "TYPES"], &rows));
    Answer {
        json: json!({"question": "neighbors", "actor": actor_json(g, a), "neighbors": items}),
        table: text,
    }
}

fn path(g: &EventGraph, filter: &EventFilter, a: NodeIndex, b: NodeIndex) -> Answer {
    // Breadth-first over actor -> shared event -> actor; neighbours in time
    // order, so the answer is the same on every run.
    let mut came_from: HashMap<NodeIndex, (NodeIndex, NodeIndex)> = HashMap::new();
    let mut queue = VecDeque::from([a]);
    let mut seen = vec![a];
    while let Some(x) = queue.pop_front() {
        if x == b {
            break;
        }
        for e in kept(g, filter, g.events_of(x)) {
            for (y, _) in g.participants(e) {
                if !seen.contains(&y) {
                    seen.push(y);
                    came_from.insert(y, (x, e));
                    queue.push_back(y);
                }
            }
        }
    }
    let mut steps = Vec::new();
    let mut at = b;
    while at != a {
        let Some(&(prev, e)) = came_from.get(&at) else {
            steps.clear();
            break;
        };
        steps.push((prev, e, at));
        at = prev;
    }
    steps.reverse();
    let name = |n: NodeIndex| g.actor(n).map(|x| x.name().to_string()).unwrap_or_default();
    let found = a == b || !steps.is_empty();
    let mut text = if found {
        format!("{} to {}: {} steps\n\n", name(a), name(b), steps.len())
    } else {
        format!("no chain of interactions links {} to {}\n", name(a), name(b))
    };
    if !steps.is_empty() {
        let rows: Vec<Vec<String>> = steps
            .iter()
            .enumerate()
            .map(|(i, &(x, e, y))| {
                let ev = g.event(e).expect("event node");
                vec![
                    (i + 1).to_string(),
                    name(x),
                    format!("{} {} {}", ev.event.id, date_of(ev), type_of(ev)),
                    name(y),
                ]
            })
            .collect();
        text.push_str(&table(&["STEP", "FROM", "EVENT", "TO"], &rows));
    }
    let json_steps: Vec<Value> = steps
        .iter()
        .map(
            |&(x, e, y)| json!({"from": actor_json(g, x), "event": event_json(g, e), "to": actor_json(g, y)}),
        )
        .collect();
    Answer {
        json: json!({
            "question": "path",
            "actors": [actor_json(g, a), actor_json(g, b)],
            "found": found,
            "steps": json_steps,
        }),
        table: text,
    }
}

fn stats(g: &EventGraph, filter: &EventFilter) -> Answer {
    let events: Vec<NodeIndex> = g.events().filter(|(_, e)| filter.keeps(e)).map(|(n, _)| n).collect();
    let mut per_actor: BTreeMap<(usize, String), NodeIndex> = BTreeMap::new();
    for (a, actor) in g.actors() {
        let count = kept(g, filter, g.events_of(a)).len();
        if count > 0 {
            // Sorted by count descending, then name.
            per_actor.insert((usize::MAX - count, actor.name().to_string()), a);
        }
    }
    let mut per_type: BTreeMap<String, usize> = BTreeMap::new();
    for &n in &events {
        if let Some(e) = g.event(n) {
            *per_type.entry(e.event.plover.event.clone()).or_default() += 1;
        }
    }
    let mut types: Vec<(String, usize)> = per_type.into_iter().collect();
    types.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    let spans: Vec<&DateSpan> =
        events.iter().filter_map(|&n| g.event(n)).filter_map(|e| e.span.as_ref()).collect();
    let first = spans.iter().min_by_key(|s| (s.day, s.end)).map(|s| s.display());
    let last = spans.iter().max_by_key(|s| (s.day, s.end)).map(|s| s.display());
    let undated = events.len() - spans.len();

    let mut text = format!(
        "events: {} ({} dated, {undated} undated)\nfirst: {}\nlast: {}\n\n",
        events.len(),
        spans.len(),
        first.clone().unwrap_or_else(|| "-".into()),
        last.clone().unwrap_or_else(|| "-".into())
    );
    let actor_rows: Vec<Vec<String>> =
        per_actor.iter().map(|((inv, name), _)| vec![name.clone(), (usize::MAX - inv).to_string()]).collect();
    text.push_str(&table(&["ACTOR", "EVENTS"], &actor_rows));
    text.push('\n');
    let type_rows: Vec<Vec<String>> = types.iter().map(|(t, c)| vec![t.clone(), c.to_string()]).collect();
    text.push_str(&table(&["TYPE", "EVENTS"], &type_rows));
    Answer {
        json: json!({
            "question": "stats",
            "events": events.len(),
            "dated": spans.len(),
            "undated": undated,
            "first": first,
            "last": last,
            "actors": per_actor.iter().map(|((inv, _), &a)| {
                let mut v = actor_json(g, a);
                v["events"] = json!(usize::MAX - inv);
                v
            }).collect::<Vec<_>>(),
            "types": types.iter().map(|(t, c)| json!({"type": t, "events": c})).collect::<Vec<_>>(),
        }),
        table: text,
    }
}
