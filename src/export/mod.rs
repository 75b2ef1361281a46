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
pub const FORMATS: &[&str] = &[
    "json",
    "dot",
    "timelinejs",
    "vis",
    "cytoscape",
    "gexf",
    "graphml",
    "mermaid",
    "csv",
    "quads",
    "cypher",
    "turtle",
    "html",
];

/// Converts a timeline to `format`; `dialect` is for `cypher` (`neo4j` or `kuzu`).
pub fn export(timeline: &Timeline, format: &str, dialect: &str) -> Result<Vec<ExportFile>> {
    let graph = EventGraph::build(timeline);
    match format {
        "json" => Ok(ExportFile::single(json::to_bytes(timeline))),
        "dot" => Ok(ExportFile::single(dot::to_bytes(&graph))),
        "gexf" => Ok(ExportFile::single(gexf::to_bytes(&graph))),
        "graphml" => Ok(ExportFile::single(graphml::to_bytes(&graph))),
        "timelinejs" => Ok(ExportFile::single(timelinejs::to_bytes(&graph))),
        "vis" => Ok(ExportFile::single(vis::to_bytes(&graph))),
        "cytoscape" => Ok(ExportFile::single(cytoscape::to_bytes(&graph))),
        "mermaid" => Ok(ExportFile::single(mermaid::to_bytes(&graph))),
        "csv" => Ok(csv::files(&graph)),
        "quads" => Ok(ExportFile::single(quads::to_bytes(&graph))),
        "cypher" => Ok(ExportFile::single(cypher::to_bytes(&graph, dialect)?)),
        "turtle" => Ok(ExportFile::single(turtle::to_bytes(&graph))),
        "html" => Ok(ExportFile::single(html::to_bytes(&graph))),
        other => {
            Err(Error::Usage(format!("unknown export format `{other}` (known: {})", FORMATS.join(", "))))
        }
    }
}

pub mod csv;
pub mod cypher;
pub mod cytoscape;
pub mod dot;
pub mod fields;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod mermaid;
pub mod quads;
pub mod render;
pub mod timelinejs;
pub mod turtle;
pub mod vis;
