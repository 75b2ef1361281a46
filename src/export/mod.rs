//! Exports: the timeline in other formats, one module per format.

use crate::error::{Error, Result};
use crate::timeline::Timeline;

/// One output file of an export: a name suffix (empty for the main file) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// File name for multi-file formats (`events.csv`), empty for single-file formats.
    pub name: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

/// Names of the formats [`export`] writes.
pub const FORMATS: &[&str] = &["json", "dot"];

/// Converts a timeline to `format`; `dialect` is for `cypher`.
pub fn export(timeline: &Timeline, format: &str, _dialect: &str) -> Result<Vec<ExportFile>> {
    match format {
        "json" => {
            Ok(vec![ExportFile { name: String::new(), bytes: crate::export::json::to_bytes(timeline) }])
        }
        other => {
            Err(Error::Usage(format!("unknown export format `{other}` (known: {})", FORMATS.join(", "))))
        }
    }
}

pub mod json;
pub mod render;
