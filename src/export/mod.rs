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

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Timeline {
        Timeline {
            format: crate::timeline::FORMAT_NAME.into(),
            version: crate::timeline::FORMAT_VERSION,
            documents: vec![],
            actors: vec![],
            events: vec![],
            edges: vec![],
        }
    }

    #[test]
    fn every_format_writes_an_empty_timeline() {
        for f in FORMATS {
            let files = export(&empty(), f, "kuzu").unwrap();
            assert!(!files.is_empty(), "{f}");
            // Quads have no header, so no events is no line.
            if *f != "quads" {
                assert!(files.iter().all(|x| !x.bytes.is_empty()), "{f} wrote an empty file");
            }
        }
    }

    #[test]
    fn an_unknown_format_lists_the_known_ones() {
        let err = export(&empty(), "xlsx", "").unwrap_err().to_string();
        assert!(err.contains("graphml") && err.contains("turtle"), "{err}");
    }

    #[test]
    fn neo4j_script_declares_its_constraints_before_any_merge() {
        let json = include_str!("../../tests/fixtures/seed-timeline.json");
        let t: Timeline = serde_json::from_str(json).unwrap();
        let files = export(&t, "cypher", "neo4j").unwrap();
        let text = String::from_utf8(files[0].bytes.clone()).unwrap();
        let first_merge = text.find("MERGE").unwrap();
        assert_eq!(text.matches("CREATE CONSTRAINT").count(), 2);
        assert!(text.rfind("CREATE CONSTRAINT").unwrap() < first_merge);
        assert!(!text.contains("CREATE ("), "neo4j merges nodes, never creates duplicates");
        // One relationship statement per graph edge.
        let g = EventGraph::build(&t);
        assert_eq!(text.lines().filter(|l| l.starts_with("MATCH")).count(), g.graph.edge_count());
    }
}
