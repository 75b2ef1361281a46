//! The event graph (petgraph): events and actors as nodes, dated
//! participation edges, events chained in time; and queries on it.
//!
//! [`EventGraph::build`] reads a [`Timeline`]:
//!
//! - one [`EventNode`] per event and one [`ActorNode`] per actor; an actor id
//!   that an event or a role names but the actor list lacks still gets a node
//!   (named by its id), so no edge dangles;
//! - `participant` edges, actor -> event, from each event's `actors` (role
//!   `actor`) and `recipients` (role `recipient`), dated with the event's
//!   TIMEX3 value;
//! - `precedes` edges chaining the dated events in time order (by
//!   representative day, then last day, then timeline order; see
//!   [`dates`]); undated events are not chained;
//! - `relative` edges (event -> the event its date was measured from) and
//!   `role` edges (actor -> actor) as the timeline's `edges` list gives them.
//!
//! Every export draws from this graph, so their node and edge counts agree.
//!
//! ```
//! # let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-timeline.json")).unwrap();
//! # let timeline: linimasa::timeline::Timeline = serde_json::from_str(&json).unwrap();
//! let graph = linimasa::graph::EventGraph::build(&timeline);
//! assert_eq!(graph.events().count(), timeline.events.len());
//! ```

use std::collections::{BTreeSet, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::timeline::{ActorRecord, EventRecord, Timeline};

pub mod dates;
pub mod query;

use dates::DateSpan;

/// An event node: the event and its date as days.
#[derive(Debug, Clone)]
pub struct EventNode<'t> {
    /// The event as the timeline gives it.
    pub event: &'t EventRecord,
    /// Its date, when it has one on the calendar.
    pub span: Option<DateSpan>,
    /// 0-based position in time order (undated events last).
    pub order: usize,
}

/// An actor node.
#[derive(Debug, Clone)]
pub struct ActorNode<'t> {
    /// Actor id.
    pub id: &'t str,
    /// The actor record; `None` for an id events name that the actor list lacks.
    pub record: Option<&'t ActorRecord>,
}

impl ActorNode<'_> {
    /// The canonical name, or the id when the actor is not listed.
    pub fn name(&self) -> &str {
        self.record.map(|r| r.name.as_str()).unwrap_or(self.id)
    }

    /// `person`, `state`, `organization`, `group`, or `unknown`.
    pub fn kind(&self) -> &str {
        self.record.map(|r| r.kind.as_str()).unwrap_or("unknown")
    }
}

/// A node of the [`EventGraph`].
#[derive(Debug, Clone)]
pub enum GraphNode<'t> {
    /// An event.
    Event(EventNode<'t>),
    /// An actor.
    Actor(ActorNode<'t>),
}

impl GraphNode<'_> {
    /// The node's id (event id or actor id).
    pub fn id(&self) -> &str {
        match self {
            GraphNode::Event(e) => &e.event.id,
            GraphNode::Actor(a) => a.id,
        }
    }
}

/// What an edge of the [`EventGraph`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeKind {
    /// Actor -> event: the actor initiated it.
    Actor,
    /// Actor -> event: the actor was its target.
    Recipient,
    /// Event -> the next event in time.
    Precedes,
    /// Event -> the event its date was measured from, `days` later (negative: before).
    Relative {
        /// Offset in days, when known.
        days: Option<i64>,
    },
    /// Actor -> actor: a role (`president` of).
    Role(String),
}

impl EdgeKind {
    /// The timeline's name for the edge kind: `participant`, `precedes`, `relative`, `role`.
    pub fn name(&self) -> &'static str {
        match self {
            EdgeKind::Actor | EdgeKind::Recipient => "participant",
            EdgeKind::Precedes => "precedes",
            EdgeKind::Relative { .. } => "relative",
            EdgeKind::Role(_) => "role",
        }
    }

    /// For participant edges `actor`/`recipient`; for roles the role; else `None`.
    pub fn role(&self) -> Option<&str> {
        match self {
            EdgeKind::Actor => Some("actor"),
            EdgeKind::Recipient => Some("recipient"),
            EdgeKind::Role(r) => Some(r),
            _ => None,
        }
    }
}

/// An edge with the date it holds at (the event's TIMEX3 value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedEdge {
    /// What the edge says.
    pub kind: EdgeKind,
    /// The event's TIMEX3 value for participant edges, else `None`.
    pub date: Option<String>,
}

/// The timeline as a petgraph directed graph.
#[derive(Debug, Clone)]
pub struct EventGraph<'t> {
    /// The graph itself.
    pub graph: DiGraph<GraphNode<'t>, DatedEdge>,
    /// The timeline it was built from.
    pub timeline: &'t Timeline,
    ids: HashMap<&'t str, NodeIndex>,
    chronological: Vec<NodeIndex>,
}

impl<'t> EventGraph<'t> {
    /// Builds the graph (see the module docs for what becomes what).
    pub fn build(timeline: &'t Timeline) -> EventGraph<'t> {
        let mut graph = DiGraph::new();
        let mut ids: HashMap<&'t str, NodeIndex> = HashMap::new();

        // Events in time order: representative day, then last day, then the
        // timeline's own order; undated last.
        let mut order: Vec<(usize, Option<DateSpan>)> = timeline
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (i, e.when.as_ref().and_then(DateSpan::of)))
            .collect();
        order.sort_by(|(ia, a), (ib, b)| match (a, b) {
            (Some(a), Some(b)) => (a.day, a.end, ia).cmp(&(b.day, b.end, ib)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => ia.cmp(ib),
        });
        let mut chronological = Vec::new();
        for (position, (i, span)) in order.into_iter().enumerate() {
            let event = &timeline.events[i];
            if ids.contains_key(event.id.as_str()) {
                continue; // a repeated id: the first one wins
            }
            let n = graph.add_node(GraphNode::Event(EventNode { event, span, order: position }));
            ids.insert(event.id.as_str(), n);
            chronological.push(n);
        }
        for actor in &timeline.actors {
            if !ids.contains_key(actor.id.as_str()) {
                let n = graph.add_node(GraphNode::Actor(ActorNode { id: &actor.id, record: Some(actor) }));
                ids.insert(actor.id.as_str(), n);
            }
        }
        // The actor node for an id, added when the actor list lacks it; `None`
        // when the id is an event's.
        fn actor_node<'t>(
            graph: &mut DiGraph<GraphNode<'t>, DatedEdge>,
            ids: &mut HashMap<&'t str, NodeIndex>,
            id: &'t str,
        ) -> Option<NodeIndex> {
            let n = *ids
                .entry(id)
                .or_insert_with(|| graph.add_node(GraphNode::Actor(ActorNode { id, record: None })));
            matches!(graph[n], GraphNode::Actor(_)).then_some(n)
        }

        for &n in &chronological {
            let GraphNode::Event(e) = &graph[n] else { continue };
            let event = e.event;
            let date = event.when.as_ref().map(|w| w.value.clone());
            for (list, kind) in [(&event.actors, EdgeKind::Actor), (&event.recipients, EdgeKind::Recipient)] {
                let mut seen = BTreeSet::new();
                for a in list {
                    if !seen.insert(a.as_str()) {
                        continue;
                    }
                    if let Some(an) = actor_node(&mut graph, &mut ids, a) {
                        graph.add_edge(an, n, DatedEdge { kind: kind.clone(), date: date.clone() });
                    }
                }
            }
        }
        let dated: Vec<NodeIndex> = chronological
            .iter()
            .copied()
            .filter(|&n| matches!(&graph[n], GraphNode::Event(e) if e.span.is_some()))
            .collect();
        for pair in dated.windows(2) {
            graph.add_edge(pair[0], pair[1], DatedEdge { kind: EdgeKind::Precedes, date: None });
        }
        for edge in &timeline.edges {
            match edge.kind.as_str() {
                "relative" => {
                    let (Some(&s), Some(&t)) = (ids.get(edge.source.as_str()), ids.get(edge.target.as_str()))
                    else {
                        continue;
                    };
                    if matches!(graph[s], GraphNode::Event(_)) && matches!(graph[t], GraphNode::Event(_)) {
                        graph.add_edge(
                            s,
                            t,
                            DatedEdge { kind: EdgeKind::Relative { days: edge.days }, date: None },
                        );
                    }
                }
                "role" => {
                    let s = actor_node(&mut graph, &mut ids, &edge.source);
                    let t = actor_node(&mut graph, &mut ids, &edge.target);
                    if let (Some(s), Some(t)) = (s, t) {
                        let role = edge.role.clone().unwrap_or_else(|| "role".into());
                        graph.add_edge(
                            s,
                            t,
                            DatedEdge { kind: EdgeKind::Role(role), date: edge.date.clone() },
                        );
                    }
                }
                // Participant and precedes edges are derived above from the events themselves.
                _ => {}
            }
        }
        EventGraph { graph, timeline, ids, chronological }
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    /// Event nodes in time order (undated last).
    pub fn events(&self) -> impl Iterator<Item = (NodeIndex, &EventNode<'t>)> + '_ {
        self.chronological.iter().filter_map(|&n| match &self.graph[n] {
            GraphNode::Event(e) => Some((n, e)),
            GraphNode::Actor(_) => None,
        })
    }

    /// Actor nodes: listed actors in timeline order, then unlisted ids as met.
    pub fn actors(&self) -> impl Iterator<Item = (NodeIndex, &ActorNode<'t>)> + '_ {
        self.graph.node_indices().filter_map(|n| match &self.graph[n] {
            GraphNode::Actor(a) => Some((n, a)),
            GraphNode::Event(_) => None,
        })
    }

    /// Every edge: (source, target, edge), in insertion order.
    pub fn edges(&self) -> impl Iterator<Item = (NodeIndex, NodeIndex, &DatedEdge)> + '_ {
        self.graph.edge_references().map(|e| (e.source(), e.target(), e.weight()))
    }

    /// The event node at `n`, if it is one.
    pub fn event(&self, n: NodeIndex) -> Option<&EventNode<'t>> {
        match &self.graph[n] {
            GraphNode::Event(e) => Some(e),
            GraphNode::Actor(_) => None,
        }
    }

    /// The actor node at `n`, if it is one.
    pub fn actor(&self, n: NodeIndex) -> Option<&ActorNode<'t>> {
        match &self.graph[n] {
            GraphNode::Actor(a) => Some(a),
            GraphNode::Event(_) => None,
        }
    }

    /// The actor ids of an event's initiators (`recipients` false) or
    /// targets (true), in edge order.
    pub fn participant_ids(&self, event: NodeIndex, recipients: bool) -> Vec<&'t str> {
        self.participants(event)
            .into_iter()
            .filter(|p| p.1 == recipients)
            .filter_map(|p| self.actor(p.0))
            .map(|a| a.id)
            .collect()
    }

    /// The participants of an event: (actor node, is a recipient), initiators
    /// first, each group in edge order.
    pub fn participants(&self, event: NodeIndex) -> Vec<(NodeIndex, bool)> {
        let mut out: Vec<(NodeIndex, bool, usize)> = self
            .graph
            .edges_directed(event, petgraph::Direction::Incoming)
            .filter_map(|e| match e.weight().kind {
                EdgeKind::Actor => Some((e.source(), false, e.id().index())),
                EdgeKind::Recipient => Some((e.source(), true, e.id().index())),
                _ => None,
            })
            .collect();
        out.sort_by_key(|&(_, r, i)| (r, i));
        out.into_iter().map(|(n, r, _)| (n, r)).collect()
    }

    /// The events an actor takes part in, in time order.
    pub fn events_of(&self, actor: NodeIndex) -> Vec<NodeIndex> {
        let mut out: Vec<NodeIndex> = self
            .graph
            .edges_directed(actor, petgraph::Direction::Outgoing)
            .filter(|e| matches!(e.weight().kind, EdgeKind::Actor | EdgeKind::Recipient))
            .map(|e| e.target())
            .collect();
        out.sort_by_key(|&n| self.event(n).map(|e| e.order).unwrap_or(usize::MAX));
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{CameoRecord, PloverRecord, WhenRecord};

    fn event(id: &str, date: Option<&str>, actors: &[&str]) -> EventRecord {
        EventRecord {
            id: id.into(),
            label: id.into(),
            plover: PloverRecord { event: "CONSULT".into(), mode: None, context: vec![] },
            cameo: CameoRecord { code: "040".into(), name: "Consult".into(), goldstein: 1.0, quad_class: 1 },
            actors: actors.iter().map(|s| s.to_string()).collect(),
            recipients: vec![],
            when: date.map(|d| WhenRecord {
                value: d.into(),
                modifier: None,
                start: None,
                end: None,
                granularity: "day".into(),
                text: d.into(),
                anchored_to: "absolute".into(),
            }),
            location: None,
            modality: "asserted".into(),
            trigger: "x".into(),
            evidence: vec![],
        }
    }

    fn timeline(events: Vec<EventRecord>) -> Timeline {
        Timeline {
            format: "linimasa-timeline".into(),
            version: 1,
            documents: vec![],
            actors: vec![],
            events,
            edges: vec![],
        }
    }

    #[test]
    fn events_are_chained_in_date_order_whatever_the_input_order() {
        let t = timeline(vec![
            event("late", Some("2025-07-03"), &["A"]),
            event("undated", None, &["A"]),
            event("early", Some("2022"), &["A"]),
        ]);
        let g = EventGraph::build(&t);
        let order: Vec<&str> = g.events().map(|(_, e)| e.event.id.as_str()).collect();
        assert_eq!(order, ["early", "late", "undated"]);
        let precedes: Vec<(&str, &str)> = g
            .edges()
            .filter(|(_, _, e)| e.kind == EdgeKind::Precedes)
            .map(|(s, t, _)| (g.graph[s].id(), g.graph[t].id()))
            .collect();
        assert_eq!(precedes, [("early", "late")]);
    }

    #[test]
    fn an_unlisted_actor_still_gets_a_node_so_no_edge_dangles() {
        let t = timeline(vec![event("e1", Some("2025-07-03"), &["ghost", "ghost"])]);
        let g = EventGraph::build(&t);
        let actors: Vec<&str> = g.actors().map(|(_, a)| a.name()).collect();
        assert_eq!(actors, ["ghost"]);
        // A repeated participant is one edge.
        assert_eq!(g.graph.edge_count(), 1);
        assert_eq!(g.edges().next().unwrap().2.date.as_deref(), Some("2025-07-03"));
    }
}
