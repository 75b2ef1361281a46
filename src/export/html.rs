//! One self-contained HTML page (placeholder until the page is written).

use crate::graph::EventGraph;

/// The page.
pub fn to_bytes(_g: &EventGraph) -> Vec<u8> {
    Vec::new()
}
