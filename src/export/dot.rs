//! Graphviz DOT, built with graphviz-rust: the timeline view (events left to
//! right on a dated axis, actors attached) and the actors view (one edge per
//! pair of actors, listing their dated events).
//!
//! Colours follow the CAMEO QuadClass: greens for cooperation (1 verbal,
//! 2 material), oranges and reds for conflict (3 verbal, 4 material). Planned
//! (`future`) and `hypothetical` events are drawn dashed; `negated` events
//! grey and struck through. Every drawn node and edge carries an `id`
//! (`event:ID`, `actor:ID`, `edge:N`) that SVG output keeps.
//!
//! Partial dates: events sit on the axis at their TIMEX3 value as written
//! (`mid 2025-06`), ordered by representative day (see
//! [`crate::graph::dates`]); the original value and modifier are the node's
//! `timex` and `timex_mod` attributes.

use std::collections::BTreeMap;

use graphviz_rust::dot_structures as gv;

use crate::graph::{EdgeKind, EventGraph, EventNode};

/// Fill colour of an event box for a QuadClass (1-4), grey otherwise.
pub fn quad_fill(quad_class: u8) -> &'static str {
    match quad_class {
        1 => "#e5f5e0",
        2 => "#a1d99b",
        3 => "#fdd0a2",
        4 => "#fc9272",
        _ => "#f0f0f0",
    }
}

/// Line colour for a QuadClass: the two cooperation greens, the two conflict reds.
pub fn quad_line(quad_class: u8) -> &'static str {
    match quad_class {
        1 => "#41ab5d",
        2 => "#006d2c",
        3 => "#f16913",
        4 => "#a50f15",
        _ => "#737373",
    }
}

/// The name of a QuadClass.
pub fn quad_name(quad_class: u8) -> &'static str {
    match quad_class {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "unclassified",
    }
}

const NEGATED_GREY: &str = "#9e9e9e";

/// A quoted DOT string: backslashes, quotes and line breaks escaped.
///
/// ```
/// use linimasa::export::dot::quoted;
/// assert_eq!(quoted("a \"b\"\\\nc"), r#""a \"b\"\\\nc""#);
/// ```
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for inside a Graphviz HTML-like label: markup characters as entities,
/// line breaks as spaces.
pub fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn id(s: &str) -> gv::Id {
    gv::Id::Escaped(quoted(s))
}

fn attr(k: &str, v: &str) -> gv::Attribute {
    gv::Attribute(gv::Id::Plain(k.to_string()), id(v))
}

fn html_attr(k: &str, html: &str) -> gv::Attribute {
    gv::Attribute(gv::Id::Plain(k.to_string()), gv::Id::Html(format!("<{html}>")))
}

fn node(name: &str, attributes: Vec<gv::Attribute>) -> gv::Stmt {
    gv::Stmt::Node(gv::Node { id: gv::NodeId(id(name), None), attributes })
}

fn edge(from: &str, to: &str, attributes: Vec<gv::Attribute>) -> gv::Stmt {
    gv::Stmt::Edge(gv::Edge {
        ty: gv::EdgeTy::Pair(
            gv::Vertex::N(gv::NodeId(id(from), None)),
            gv::Vertex::N(gv::NodeId(id(to), None)),
        ),
        attributes,
    })
}

fn defaults(kind: fn(Vec<gv::Attribute>) -> gv::GraphAttributes, attrs: &[(&str, &str)]) -> gv::Stmt {
    gv::Stmt::GAttribute(kind(attrs.iter().map(|(k, v)| attr(k, v)).collect()))
}

/// The node and edge fonts both views share.
fn font_defaults() -> [gv::Stmt; 2] {
    [
        defaults(gv::GraphAttributes::Node, &[("fontname", "DejaVu Sans"), ("fontsize", "11")]),
        defaults(gv::GraphAttributes::Edge, &[("fontname", "DejaVu Sans"), ("fontsize", "9")]),
    ]
}

/// An actor's node, drawn the same in both views but for its shape.
fn actor_node(id: &str, shape: &str, label: &str) -> gv::Stmt {
    node(
        &actor_name(id),
        vec![
            attr("id", &actor_name(id)),
            attr("shape", shape),
            attr("style", "filled"),
            attr("fillcolor", "#deebf7"),
            attr("color", "#3182bd"),
            attr("label", label),
        ],
    )
}

/// DOT node name of an event.
pub fn event_name(event_id: &str) -> String {
    format!("event:{event_id}")
}

/// DOT node name of an actor.
pub fn actor_name(actor_id: &str) -> String {
    format!("actor:{actor_id}")
}

fn is_planned(modality: &str) -> bool {
    matches!(modality, "future" | "hypothetical")
}

/// The HTML label of an event box: date, type, participants.
fn event_label(g: &EventGraph, n: petgraph::graph::NodeIndex, e: &EventNode) -> String {
    let ev = e.event;
    let date = e.span.as_ref().map(|s| s.display()).unwrap_or_else(|| "undated".into());
    let mut kind = ev.plover.event.clone();
    if let Some(mode) = &ev.plover.mode {
        kind.push_str(" · ");
        kind.push_str(mode);
    }
    let names = |recipient: bool| -> Vec<String> {
        g.participants(n)
            .into_iter()
            .filter(|&(_, r)| r == recipient)
            .filter_map(|(a, _)| g.actor(a).map(|a| a.name().to_string()))
            .collect()
    };
    let mut who = names(false).join(", ");
    let recipients = names(true);
    if !recipients.is_empty() {
        who = format!("{who} → {}", recipients.join(", "));
    }
    let modality = match ev.modality.as_str() {
        "asserted" => String::new(),
        m => format!(" ({m})"),
    };
    let body = format!(
        "<B>{}</B>{}<BR/>{} <FONT POINT-SIZE=\"9\">CAMEO {}</FONT><BR/>{}",
        html_text(&date),
        html_text(&modality),
        html_text(&kind),
        html_text(&ev.cameo.code),
        html_text(&wrap(&who, 34)).replace('\n', "<BR/>")
    );
    if ev.modality == "negated" {
        format!("<S>{body}</S>")
    } else {
        body
    }
}

/// Breaks text into lines of at most `width` characters at spaces.
fn wrap(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in s.split(' ') {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}

fn legend() -> gv::Stmt {
    let mut rows = String::from("<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
    for q in 1..=4u8 {
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{}\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{}\">{}</FONT></TD></TR>",
            quad_fill(q),
            quad_line(q),
            quad_name(q)
        ));
    }
    rows.push_str("<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">planned or hypothetical</TD></TR>");
    rows.push_str(&format!(
        "<TR><TD BGCOLOR=\"#eeeeee\"><S>ab</S></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{NEGATED_GREY}\">negated</FONT></TD></TR>"
    ));
    rows.push_str("<TR><TD>actor → event</TD><TD ALIGN=\"LEFT\">initiator (edge label: date)</TD></TR>");
    rows.push_str("<TR><TD>event → actor</TD><TD ALIGN=\"LEFT\">recipient</TD></TR>");
    gv::Stmt::Subgraph(gv::Subgraph {
        id: id("cluster_legend"),
        stmts: vec![
            gv::Stmt::Attribute(attr("label", "")),
            gv::Stmt::Attribute(attr("color", "#bdbdbd")),
            node(
                "legend",
                vec![
                    attr("shape", "plaintext"),
                    attr("id", "legend"),
                    html_attr(
                        "label",
                        &format!("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">{rows}</TABLE>"),
                    ),
                ],
            ),
        ],
    })
}

/// The timeline view: a dated axis left to right, each event in its date's
/// column, actors attached by dated edges, plus `precedes`, `relative` and
/// `role` edges and a legend.
pub fn timeline_view(g: &EventGraph) -> gv::Graph {
    let mut stmts = vec![defaults(
        gv::GraphAttributes::Graph,
        &[
            ("rankdir", "LR"),
            ("fontname", "DejaVu Sans"),
            ("nodesep", "0.25"),
            ("ranksep", "0.6"),
            ("newrank", "true"),
            ("label", "linimasa timeline"),
            ("labelloc", "t"),
        ],
    )];
    stmts.extend(font_defaults());

    // The dated axis: one column per distinct date as written, in time order.
    let mut columns: Vec<(String, Vec<String>)> = Vec::new();
    for (_, e) in g.events() {
        let label = e.span.as_ref().map(|s| s.display()).unwrap_or_else(|| "undated".into());
        match columns.last_mut() {
            Some((l, members)) if *l == label => members.push(event_name(&e.event.id)),
            _ => columns.push((label, vec![event_name(&e.event.id)])),
        }
    }
    for (i, (label, members)) in columns.iter().enumerate() {
        let axis = format!("axis:{i}");
        stmts.push(node(
            &axis,
            vec![
                attr("shape", "box"),
                attr("style", "filled"),
                attr("fillcolor", "#252525"),
                attr("fontcolor", "white"),
                attr("id", &axis),
                attr("label", label),
            ],
        ));
        let mut same = vec![gv::Stmt::Attribute(attr("rank", "same")), node(&axis, vec![])];
        same.extend(members.iter().map(|m| node(m, vec![])));
        stmts.push(gv::Stmt::Subgraph(gv::Subgraph { id: id(&format!("column_{i}")), stmts: same }));
        if i > 0 {
            let prev = format!("axis:{}", i - 1);
            stmts.push(edge(
                &prev,
                &axis,
                vec![
                    attr("id", &format!("axis-edge:{i}")),
                    attr("penwidth", "3"),
                    attr("color", "#252525"),
                    attr("weight", "50"),
                ],
            ));
        }
    }

    for (n, e) in g.events() {
        let ev = e.event;
        let negated = ev.modality == "negated";
        let mut style = String::from("rounded,filled");
        if is_planned(&ev.modality) {
            style.push_str(",dashed");
        }
        let mut attrs = vec![
            attr("id", &event_name(&ev.id)),
            attr("shape", "box"),
            attr("style", &style),
            attr("fillcolor", if negated { "#eeeeee" } else { quad_fill(ev.cameo.quad_class) }),
            attr("color", if negated { NEGATED_GREY } else { quad_line(ev.cameo.quad_class) }),
            attr("tooltip", &ev.label),
            attr("modality", &ev.modality),
            attr("quad_class", &ev.cameo.quad_class.to_string()),
        ];
        if negated {
            attrs.push(attr("fontcolor", NEGATED_GREY));
        }
        if let Some(s) = &e.span {
            attrs.push(attr("timex", &s.value));
            attrs.push(attr("timex_mod", s.modifier.as_deref().unwrap_or("")));
        }
        attrs.push(html_attr("label", &event_label(g, n, e)));
        stmts.push(node(&event_name(&ev.id), attrs));
    }

    for (_, a) in g.actors() {
        let shape = match a.kind() {
            "person" => "ellipse",
            "state" => "hexagon",
            _ => "octagon",
        };
        stmts.push(actor_node(a.id, shape, a.name()));
    }

    for (i, (s, t, e)) in g.edges().enumerate() {
        let eid = format!("edge:{i}");
        let (sn, tn) = (&g.graph[s], &g.graph[t]);
        match &e.kind {
            EdgeKind::Actor | EdgeKind::Recipient => {
                let Some(ev) = g.event(t) else { continue };
                let event = ev.event;
                let negated = event.modality == "negated";
                let colour = if negated { NEGATED_GREY } else { quad_line(event.cameo.quad_class) };
                let mut attrs = vec![
                    attr("id", &eid),
                    attr("color", colour),
                    attr("fontcolor", colour),
                    attr("role", e.kind.role().unwrap_or("")),
                ];
                if let Some(d) = &e.date {
                    attrs.push(attr("label", d));
                }
                if is_planned(&event.modality) {
                    attrs.push(attr("style", "dashed"));
                }
                let (from, to) = if e.kind == EdgeKind::Recipient {
                    // Drawn event -> recipient, so initiators sit left of the
                    // event and recipients right of it.
                    (event_name(tn.id()), actor_name(sn.id()))
                } else {
                    (actor_name(sn.id()), event_name(tn.id()))
                };
                stmts.push(edge(&from, &to, attrs));
            }
            EdgeKind::Precedes => stmts.push(edge(
                &event_name(sn.id()),
                &event_name(tn.id()),
                vec![
                    attr("id", &eid),
                    attr("style", "dotted"),
                    attr("color", "#969696"),
                    attr("constraint", "false"),
                    attr("arrowsize", "0.5"),
                ],
            )),
            EdgeKind::Relative { days } => {
                let label = days.map(|d| format!("{d:+} d")).unwrap_or_default();
                stmts.push(edge(
                    &event_name(sn.id()),
                    &event_name(tn.id()),
                    vec![
                        attr("id", &eid),
                        attr("style", "dashed"),
                        attr("color", "#6a51a3"),
                        attr("fontcolor", "#6a51a3"),
                        attr("constraint", "false"),
                        attr("xlabel", &label),
                    ],
                ))
            }
            EdgeKind::Role(role) => stmts.push(edge(
                &actor_name(sn.id()),
                &actor_name(tn.id()),
                vec![
                    attr("id", &eid),
                    attr("color", "#3182bd"),
                    attr("fontcolor", "#3182bd"),
                    attr("style", "dashed"),
                    attr("constraint", "false"),
                    // An external label: a label node on an unconstrained edge
                    // makes Graphviz warn about spline routing in large graphs.
                    attr("xlabel", role),
                ],
            )),
        }
    }
    stmts.push(legend());
    gv::Graph::DiGraph { id: id("linimasa"), strict: false, stmts }
}

/// An event between two actors, and whether it goes from the lower-indexed
/// actor to the other (`None`: both initiated it).
type PairEvent = (petgraph::graph::NodeIndex, Option<bool>);

/// The actors view: actors as nodes and one edge per pair of actors that
/// share events, labelled with those events' dates and types.
pub fn actors_view(g: &EventGraph) -> gv::Graph {
    let mut stmts = vec![defaults(
        gv::GraphAttributes::Graph,
        &[
            ("layout", "dot"),
            ("rankdir", "LR"),
            ("fontname", "DejaVu Sans"),
            ("label", "linimasa actors"),
            ("labelloc", "t"),
        ],
    )];
    stmts.extend(font_defaults());
    // (a, b) with a < b by node index -> events, with whether each goes a -> b.
    let mut pairs: BTreeMap<(usize, usize), Vec<PairEvent>> = BTreeMap::new();
    for (n, _) in g.events() {
        let parts = g.participants(n);
        let initiators: Vec<_> = parts.iter().filter(|p| !p.1).map(|p| p.0).collect();
        let recipients: Vec<_> = parts.iter().filter(|p| p.1).map(|p| p.0).collect();
        for &a in &initiators {
            for &r in &recipients {
                if a != r {
                    let key = (a.index().min(r.index()), a.index().max(r.index()));
                    pairs.entry(key).or_default().push((n, Some(a.index() < r.index())));
                }
            }
            if recipients.is_empty() {
                for &b in &initiators {
                    if a.index() < b.index() {
                        pairs.entry((a.index(), b.index())).or_default().push((n, None));
                    }
                }
            }
        }
    }
    for (_, a) in g.actors() {
        let shape = if a.kind() == "person" { "ellipse" } else { "box" };
        stmts.push(actor_node(a.id, shape, a.name()));
    }
    for (i, ((a, b), events)) in pairs.iter().enumerate() {
        let lines: Vec<String> = events
            .iter()
            .filter_map(|(n, _)| g.event(*n))
            .map(|e| {
                let date = e.span.as_ref().map(|s| s.display()).unwrap_or_else(|| "undated".into());
                let m = if e.event.modality == "asserted" {
                    String::new()
                } else {
                    format!(" ({})", e.event.modality)
                };
                format!("{date} {}{m}", e.event.plover.event)
            })
            .collect();
        let conflict =
            events.iter().filter_map(|(n, _)| g.event(*n)).filter(|e| e.event.cameo.quad_class >= 3).count();
        // The majority family colours the edge; an even split is grey.
        let colour = match (conflict * 2).cmp(&events.len()) {
            std::cmp::Ordering::Greater => quad_line(4),
            std::cmp::Ordering::Less => quad_line(2),
            std::cmp::Ordering::Equal => quad_line(0),
        };
        let dirs: Vec<Option<bool>> = events.iter().map(|e| e.1).collect();
        let (from, to, dir) = if dirs.iter().all(|d| *d == Some(true)) {
            (*a, *b, "forward")
        } else if dirs.iter().all(|d| *d == Some(false)) {
            (*b, *a, "forward")
        } else {
            (*a, *b, "none")
        };
        let name = |i: usize| actor_name(g.graph[petgraph::graph::NodeIndex::new(i)].id());
        stmts.push(edge(
            &name(from),
            &name(to),
            vec![
                attr("id", &format!("relation:{i}")),
                attr("dir", dir),
                attr("color", colour),
                attr("fontcolor", colour),
                attr("penwidth", &format!("{}", 1 + events.len().min(4))),
                attr("label", &lines.join("\n")),
            ],
        ));
    }
    gv::Graph::DiGraph { id: id("linimasa_actors"), strict: false, stmts }
}

/// DOT source text of a graphviz-rust graph.
pub fn print(graph: gv::Graph) -> String {
    let mut ctx = graphviz_rust::printer::PrinterContext::default();
    let mut text = graphviz_rust::print(graph, &mut ctx);
    text.push('\n');
    text
}

/// The `dot` export: the timeline view as DOT source.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    print(timeline_view(g)).into_bytes()
}
