//! The pipeline: articles in, one timeline out.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::article::Article;
use crate::error::Result;
use crate::timeline::{Timeline, FORMAT_NAME, FORMAT_VERSION};

/// What `extract` was asked to do, validated.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The publication date given by the user, the anchor for every article.
    pub date: Option<NaiveDate>,
    /// A forced language code; `None` detects per article.
    pub lang: Option<String>,
    /// A TOML file of the user's own actors.
    pub user_actors: Option<PathBuf>,
    /// Worker threads (0: one per core).
    pub threads: usize,
}

/// Runs every article through the pipeline and joins them into one timeline.
pub fn run(_articles: &[Article], _config: &Config) -> Result<Timeline> {
    Ok(Timeline {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        documents: vec![],
        actors: vec![],
        events: vec![],
        edges: vec![],
    })
}
