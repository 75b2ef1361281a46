//! Rendering a timeline to SVG, PNG or PDF with Graphviz.

use std::path::Path;

use crate::error::{Error, Result};
use crate::timeline::Timeline;

/// Draws `timeline` in `view` (`timeline` or `actors`) to `output`, whose
/// ending picks the format.
pub fn render(_timeline: &Timeline, view: &str, _output: &Path, _force: bool) -> Result<()> {
    Err(Error::Usage(format!("render --view {view}: not built yet")))
}
