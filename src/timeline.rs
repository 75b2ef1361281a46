//! The JSON timeline: linimasa's own output format, re-read by every command.
//!
//! Its schema is `docs/timeline.schema.json`; `docs/schema.md` explains each
//! field. Offsets (`start`, `end`) count characters (Unicode scalar values)
//! from the start of the document text, end exclusive.

use serde::{Deserialize, Serialize};

/// The value of [`Timeline::format`].
pub const FORMAT_NAME: &str = "linimasa-timeline";
/// The value of [`Timeline::version`].
pub const FORMAT_VERSION: u32 = 1;

/// A whole timeline: documents, actors, events and the graph's edges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Always `linimasa-timeline`.
    pub format: String,
    /// Format version, 1.
    pub version: u32,
    /// The documents read.
    pub documents: Vec<DocumentRecord>,
    /// Every actor that takes part in an event or a role.
    pub actors: Vec<ActorRecord>,
    /// Events, sorted by time, undated last.
    pub events: Vec<EventRecord>,
    /// The graph's edges: participation, roles, and time order.
    pub edges: Vec<EdgeRecord>,
}

/// One input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Document id (its file name).
    pub id: String,
    /// The path it was read from.
    pub path: String,
    /// Language code (`id`, `en`).
    pub lang: String,
    /// The title: the first line when it reads as a headline, else null.
    pub title: Option<String>,
    /// The date relative expressions were resolved against.
    pub anchor: AnchorRecord,
}

/// The article date and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnchorRecord {
    /// `YYYY-MM-DD`, or null when none was given or found.
    pub date: Option<String>,
    /// `given` (`--date`), `document` (the file's own metadata, e.g. a TimeML
    /// DCT), `inferred` (from the text) or `none`.
    pub source: String,
}

/// An actor: a person, a state, an organization or an armed group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// Stable id (`RUS`, `person:vladimir-putin`, `org:nato`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `state`, `organization` or `group`.
    pub kind: String,
    /// ISO 3166 alpha-3 code of the actor's country, or null.
    pub country: Option<String>,
    /// Names by which the documents refer to it (and its known short names).
    pub aliases: Vec<String>,
    /// Wikidata QID, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// Roles held (president of, aide of), with their validity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleRecord>,
}

/// A role an actor holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleRecord {
    /// The role (`president`, `aide`, `foreign_minister`).
    pub role: String,
    /// The actor id it is held in (`RUS`), or null.
    pub of: Option<String>,
    /// First day (`YYYY-MM-DD`), or null.
    pub from: Option<String>,
    /// Last day, or null while it lasts.
    pub to: Option<String>,
}

/// An event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Stable id within the timeline (`e1`, `e2` ... in output order).
    pub id: String,
    /// A short readable label ("Putin – Trump: phone call").
    pub label: String,
    /// PLOVER type.
    pub plover: PloverRecord,
    /// CAMEO code with its Goldstein score and QuadClass.
    pub cameo: CameoRecord,
    /// Initiators (actor ids); for reciprocal events, every side.
    pub actors: Vec<String>,
    /// Targets (actor ids); empty for reciprocal events.
    pub recipients: Vec<String>,
    /// When it happened, or null when the text does not say.
    pub when: Option<WhenRecord>,
    /// Where, when the text says.
    pub location: Option<LocationRecord>,
    /// `asserted`, `negated`, `future` or `hypothetical`.
    pub modality: String,
    /// The words that signal the event.
    pub trigger: String,
    /// The sentences that state it (the first is where it was found).
    pub evidence: Vec<EvidenceRecord>,
}

/// PLOVER event type, mode and context.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PloverRecord {
    /// `CONSULT`, `AGREE`, `ASSAULT` ...
    pub event: String,
    /// `phone`, `visit`, `aerial` ... or null.
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `diplomatic` ...).
    pub context: Vec<String>,
}

/// A CAMEO code and what goes with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CameoRecord {
    /// The code (`041`).
    pub code: String,
    /// Its name in the CAMEO codebook.
    pub name: String,
    /// Goldstein scale score, -10 (conflict) to +10 (cooperation).
    pub goldstein: f64,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
}

/// When an event happened, as TIMEX3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhenRecord {
    /// TIMEX3 value (`2025-07-03`, `2025-06`, `2022`, `2025-W27`).
    pub value: String,
    /// `START`, `MID`, `END` or null.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// First day of the interval the value covers.
    pub start: Option<String>,
    /// Last day of that interval (inclusive).
    pub end: Option<String>,
    /// `day`, `week`, `month`, `quarter`, `year` ...
    pub granularity: String,
    /// The words that gave the date.
    pub text: String,
    /// What it was resolved against: `absolute`, `anchor` (the article date)
    /// or `event:<id>` (another event's date).
    pub anchored_to: String,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationRecord {
    /// The place name as written.
    pub name: String,
    /// The country's ISO alpha-3 code, when known.
    pub country: Option<String>,
}

/// A place in a document that states something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// Document id.
    pub doc: String,
    /// 0-based sentence index.
    pub sentence: usize,
    /// Character offset of the sentence start.
    pub start: usize,
    /// Character offset of the sentence end (exclusive).
    pub end: usize,
    /// The sentence text.
    pub text: String,
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeRecord {
    /// `participant` (actor -> event), `role` (actor -> actor), `precedes`
    /// (event -> next event in time) or `relative` (event -> the event its
    /// date was measured from).
    pub kind: String,
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// For `participant`: `actor` or `recipient`; for `role`: the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The date the edge holds at (the event's TIMEX3 value), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// For `relative`: the offset in days from target to source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
}
