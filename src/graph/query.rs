//! Questions about actors and their relationships.

use crate::error::{Error, Result};
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

/// Answers a query; the answer is the text to print.
pub fn run(_timeline: &Timeline, options: &QueryOptions) -> Result<String> {
    Err(Error::Usage(format!("query {}: not built yet", options.question.join(" "))))
}
