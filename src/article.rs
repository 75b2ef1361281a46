//! Articles: reading inputs (files, folders, standard input) into text.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One input document.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable id: the file name (`stdin` for standard input).
    pub id: String,
    /// Where it was read from (`-` for standard input).
    pub path: PathBuf,
    /// The text, as read (UTF-8, a leading byte-order mark removed).
    pub text: String,
    /// A creation date that the input format itself carries (TimeML's DCT).
    pub dct: Option<chrono::NaiveDate>,
}

/// File endings read when a folder is given.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "tml"];

impl Article {
    /// Builds an article from text already in memory.
    pub fn from_text(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            path: PathBuf::from(id),
            text: text.trim_start_matches('\u{feff}').to_string(),
            dct: None,
        }
    }

    /// Decodes bytes read from `path`, refusing what is not usable text.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Article> {
        let input_err = |message: &str| Error::Input { path: path.to_path_buf(), message: message.into() };
        if bytes.contains(&0) {
            return Err(input_err("binary file (contains NUL bytes), not text"));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| Error::Input {
            path: path.to_path_buf(),
            message: format!("not valid UTF-8 (first bad byte at offset {})", e.valid_up_to()),
        })?;
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(input_err("empty file: no text to read"));
        }
        let id = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
        };
        let mut article = Article::from_text(&id, text);
        article.path = path.to_path_buf();
        if path.extension().is_some_and(|e| e == "tml") {
            let (plain, dct) = crate::time::timeml::read_timeml(&article.text)
                .map_err(|message| Error::Input { path: path.to_path_buf(), message })?;
            article.text = plain;
            article.dct = dct;
        }
        Ok(article)
    }

    /// Reads one file (or `-`, standard input).
    pub fn read(path: &Path) -> Result<Article> {
        let bytes = if path == Path::new("-") {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
                .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
            buf
        } else {
            std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?
        };
        Article::from_bytes(path, &bytes)
    }
}

/// Expands the given paths into the files to read: files as given, folders
/// recursively (text endings only, sorted), `-` as is. A path that does not
/// exist is an error in the list, not a stop.
pub fn expand_inputs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == Path::new("-") {
            files.push(p.clone());
        } else if p.is_dir() {
            if let Err(e) = walk(p, &mut files) {
                errors.push(e);
            }
        } else if p.exists() {
            files.push(p.clone());
        } else {
            errors.push(Error::Input { path: p.clone(), message: "no such file or folder".into() });
        }
    }
    (files, errors)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads every input; a file that cannot be read is reported in the error
/// list and skipped, the rest are returned in order.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Article>, Vec<Error>) {
    let (files, mut errors) = expand_inputs(paths);
    let mut articles = Vec::new();
    for f in files {
        match Article::read(&f) {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}
