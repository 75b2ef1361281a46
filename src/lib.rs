//! # linimasa
//!
//! Turns news articles (Indonesian and English) into an event-timeline
//! knowledge graph: who did what to whom, when, and whether it happened, with
//! every event traceable to the sentence that states it.
//!
//! The pipeline is one module per stage, with types that say what flows
//! between them:
//!
//! 1. [`article`]: inputs become [`article::Article`]s (UTF-8 text, refused with a
//!    reason when empty, binary or not UTF-8);
//! 2. [`text`]: sentences and tokens, with the language's abbreviations;
//! 3. [`lang`]: the article's language, from its function words;
//! 4. [`time`]: temporal expressions, found as underspecified values and then
//!    resolved against the article date (or another event);
//! 5. [`actors`]: mentions of people, states, bodies and groups, resolved to one
//!    actor per article through the knowledge base, titles, dated roles,
//!    surnames and pronouns;
//! 6. [`events`]: triggers typed by PLOVER and CAMEO, their participants from the
//!    sentence's structure, modality from cue words, dates from the tagger; then
//!    one article's mentions joined into events;
//! 7. [`pipeline`]: every article (in parallel, deterministically) into one
//!    [`timeline::Timeline`];
//! 8. [`graph`]: the petgraph view and its queries; [`export`]: every output format.
//!
//! Everything about a language is data under `data/<lang>/`, embedded at build
//! time ([`data`]); the library never reads the clock: the article date is
//! always passed in.
//!
//! ```
//! use linimasa::article::Article;
//! use linimasa::pipeline::{run, Config};
//!
//! let text = "Presiden Rusia Vladimir Putin dan Presiden AS Donald Trump berbicara \
//!             lewat telepon pada hari Kamis (3/7/2025).";
//! let timeline = run(&[Article::from_text("a.txt", text)], &Config::default()).unwrap();
//! let call = &timeline.events[0];
//! assert_eq!(call.plover.event, "CONSULT");
//! assert_eq!(call.plover.mode.as_deref(), Some("phone"));
//! assert_eq!(call.when.as_ref().unwrap().value, "2025-07-03");
//! assert_eq!(call.actors, ["person:vladimir-putin", "person:donald-trump"]);
//! ```
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

pub use article::Article;
pub use error::{Error, Result};
pub use pipeline::{run, Config, Engine};
pub use timeline::Timeline;
