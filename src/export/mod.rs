//! Exports: the timeline in other formats, one module per format.
//!
//! Every format is drawn from the same [`EventGraph`], so node, edge and
//! event counts agree across formats. `docs/exports.md` lists each format,
//! its rule for partial dates and how to open it.

use crate::error::{Error, Result};
use crate::graph::EventGraph;
use crate::timeline::Timeline;

/// One output file of an export: a name suffix (empty for the main file) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// File name for multi-file formats (`events.csv`), empty for single-file formats.
    pub name: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

impl ExportFile {
    fn single(bytes: Vec<u8>) -> Vec<ExportFile> {
        vec![ExportFile { name: String::new(), bytes }]
    }
}

/// Names of the formats [`export`] writes.
pub const FORMATS: &[&str] = &["json", "dot"];

/// Converts a timeline to `format`; `dialect` is for `cypher` (`neo4j` or `kuzu`).
pub fn export(timeline: &Timeline, format: &str, _dialect: &str) -> Result<Vec<ExportFile>> {
    let graph = EventGraph::build(timeline);
    match format {
        "json" => Ok(ExportFile::single(json::to_bytes(timeline))),
        "dot" => Ok(ExportFile::single(dot::to_bytes(&graph))),
        other => {
            Err(Error::Usage(format!("unknown export format `{other}` (known: {})", FORMATS.join(", "))))
        }
    }
}

pub mod dot;
pub mod json;
pub mod render;
