//! The JSON timeline writer and reader.

use std::path::Path;

use crate::error::{Error, Result};
use crate::timeline::{Timeline, FORMAT_NAME};

/// Pretty-printed JSON with a final newline.
pub fn to_bytes(timeline: &Timeline) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(timeline).expect("a timeline always serializes");
    out.push(b'\n');
    out
}

/// Reads a timeline JSON file, with errors that name the file.
pub fn read(path: &Path) -> Result<Timeline> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let t: Timeline = serde_json::from_slice(&bytes).map_err(|e| Error::Json {
        path: path.to_path_buf(),
        message: format!("not a linimasa timeline: {e}"),
    })?;
    if t.format != FORMAT_NAME {
        return Err(Error::Json {
            path: path.to_path_buf(),
            message: format!("format is `{}`, expected `{FORMAT_NAME}`", t.format),
        });
    }
    Ok(t)
}
