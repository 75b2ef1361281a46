//! Typed errors: every failure names what failed and why.

use std::path::PathBuf;

/// The result type of linimasa's library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in linimasa.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An input is not usable text (empty, binary, not UTF-8).
    #[error("{path}: {message}")]
    Input {
        /// The input's path (`-` for standard input).
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A data file (lexicon, gazetteer, gold file, user actors) is malformed.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The file.
        file: String,
        /// 1-based line, 0 when not known.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A command-line value is not valid.
    #[error("{0}")]
    Usage(String),
    /// A JSON document could not be read or written.
    #[error("{path}: {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// An external program (Graphviz) failed or is missing.
    #[error("{0}")]
    External(String),
}
