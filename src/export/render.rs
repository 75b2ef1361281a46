//! Rendering a timeline to SVG, PNG or PDF with Graphviz.

use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format};

use crate::error::{Error, Result};
use crate::export::dot;
use crate::graph::EventGraph;
use crate::timeline::Timeline;

/// The Graphviz output format for an output path's ending.
fn format_of(output: &Path) -> Result<Format> {
    let ext = output.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "svg" => Ok(Format::Svg),
        "png" => Ok(Format::Png),
        "pdf" => Ok(Format::Pdf),
        _ => Err(Error::Usage(format!(
            "{}: cannot tell the image format from the file name; end it in .svg, .png or .pdf",
            output.display()
        ))),
    }
}

/// Draws `timeline` in `view` (`timeline` or `actors`) to `output`, whose
/// ending picks the format (`.svg`, `.png`, `.pdf`). Runs Graphviz's `dot`
/// through graphviz-rust; fails with a message saying so when `dot` is not
/// installed. The file is written whole or not at all, and an existing file
/// is replaced only with `force`.
pub fn render(timeline: &Timeline, view: &str, output: &Path, force: bool) -> Result<()> {
    let format = format_of(output)?;
    if output.exists() && !force {
        return Err(Error::Usage(format!(
            "{}: already exists; pass --force to replace it",
            output.display()
        )));
    }
    let graph = EventGraph::build(timeline);
    let drawing = match view {
        "timeline" => dot::timeline_view(&graph),
        "actors" => dot::actors_view(&graph),
        other => return Err(Error::Usage(format!("--view {other:?}: expected `timeline` or `actors`"))),
    };
    let mut ctx = graphviz_rust::printer::PrinterContext::default();
    let bytes = graphviz_rust::exec(drawing, &mut ctx, vec![CommandArg::Format(format)]).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::External(format!(
                "{}: Graphviz is not installed (the `dot` program was not found on PATH); install it \
                 (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), or write DOT \
                 with `linimasa export --format dot` and render it elsewhere",
                output.display()
            ))
        } else {
            Error::External(format!("{}: Graphviz `dot` failed: {}", output.display(), e.to_string().trim()))
        }
    })?;
    crate::output::write_atomic(output, &bytes, force)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_ending_is_refused_before_anything_runs() {
        let err = format_of(Path::new("out.jpg")).unwrap_err();
        assert!(err.to_string().contains(".svg, .png or .pdf"), "{err}");
        assert!(matches!(format_of(Path::new("x/out.SVG")), Ok(Format::Svg)));
    }
}
