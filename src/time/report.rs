//! The `times` command's output: every temporal expression of each document.

use chrono::NaiveDate;

use crate::article::Article;
use crate::error::{Error, Result};
use crate::export::ExportFile;

/// One document to tag, with its language and anchor already decided.
#[derive(Debug, Clone)]
pub struct TimesInput {
    /// The article.
    pub article: Article,
    /// Its language code.
    pub lang: String,
    /// The anchor given by `--date` or the document itself, if any.
    pub anchor: Option<NaiveDate>,
    /// `given`, `document` or `none` (the tagger may infer one).
    pub anchor_source: String,
}

/// Renders the temporal expressions of `docs` as `json` (one file) or
/// `timeml` (one file per document, named after it).
pub fn render_times(_docs: &[TimesInput], format: &str) -> Result<Vec<ExportFile>> {
    Err(Error::Usage(format!("times --format {format}: not built yet")))
}
