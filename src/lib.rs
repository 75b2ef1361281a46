//! # linimasa
//!
//! Turns news articles (Indonesian and English) into an event-timeline
//! knowledge graph.
#![deny(missing_docs)]

pub mod actors;
pub mod article;
pub mod data;
pub mod error;
pub mod eval;
pub mod events;
pub mod export;
pub mod graph;
pub mod lang;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod text;
pub mod time;
pub mod timeline;

pub use error::{Error, Result};
