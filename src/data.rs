//! Data files: the lexicons, gazetteers and date words that hold everything
//! linimasa knows about a language, kept apart from the code.
//!
//! Every file under `data/` is embedded at build time. A table file is UTF-8
//! text whose first non-blank line names its columns:
//!
//! ```text
//! # FORMAT: phrase<TAB>plover<TAB>mode
//! bertemu<TAB>CONSULT<TAB>visit
//! ```
//!
//! Later lines starting with `#` are comments; blank lines are skipped; columns
//! are separated by one tab; a row may leave trailing columns out (they read as
//! empty). `data/<lang>/` holds one language, `data/kb/` the actor knowledge base.

use std::collections::BTreeMap;

use crate::error::{Error, Result};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
}

/// A parsed table file: its column names and rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Where the table came from (path relative to `data/`), for messages.
    pub source: String,
    /// Column names from the `FORMAT:` line.
    pub columns: Vec<String>,
    /// Rows, each with its 1-based line number and one cell per column.
    pub rows: Vec<Row>,
}

/// One row of a [`Table`].
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number in the source file.
    pub line: usize,
    /// One cell per column (missing trailing cells are empty strings).
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in column `i`, or `""`.
    pub fn get(&self, i: usize) -> &str {
        self.cells.get(i).map(String::as_str).unwrap_or("")
    }
}

impl Table {
    /// Parses table text; `source` names it in errors.
    ///
    /// ```
    /// let t = linimasa::data::Table::parse("x.tsv", "# FORMAT: a\tb\n1\t2\n").unwrap();
    /// assert_eq!(t.columns, ["a", "b"]);
    /// assert_eq!(t.rows[0].get(1), "2");
    /// ```
    pub fn parse(source: &str, text: &str) -> Result<Table> {
        let mut columns: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            if columns.is_none() {
                let head = line.trim_start_matches('#').trim();
                let Some(spec) = head.strip_prefix("FORMAT:") else {
                    return Err(Error::Data {
                        file: source.to_string(),
                        line: i + 1,
                        message: "the first line must be `# FORMAT: column<TAB>column...`".into(),
                    });
                };
                columns = Some(spec.split('\t').map(|c| c.trim().to_string()).collect());
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            let ncols = columns.as_ref().map_or(0, Vec::len);
            let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
            if cells.len() > ncols {
                return Err(Error::Data {
                    file: source.to_string(),
                    line: i + 1,
                    message: format!("{} columns, but FORMAT names {ncols}", cells.len()),
                });
            }
            rows.push(Row { line: i + 1, cells });
        }
        let columns = columns.ok_or_else(|| Error::Data {
            file: source.to_string(),
            line: 0,
            message: "empty file: no FORMAT line".into(),
        })?;
        Ok(Table { source: source.to_string(), columns, rows })
    }

    /// Index of a named column, or a data error naming the table.
    pub fn column(&self, name: &str) -> Result<usize> {
        self.columns.iter().position(|c| c == name).ok_or_else(|| Error::Data {
            file: self.source.clone(),
            line: 1,
            message: format!("FORMAT has no column `{name}`"),
        })
    }

    /// A data error at a row of this table.
    pub fn error(&self, row: &Row, message: impl Into<String>) -> Error {
        Error::Data { file: self.source.clone(), line: row.line, message: message.into() }
    }
}

/// The embedded files, by path relative to `data/`.
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::EMBEDDED
}

/// The contents of one embedded file.
pub fn file(path: &str) -> Option<&'static str> {
    embedded::EMBEDDED.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

/// Parses one embedded table file.
pub fn table(path: &str) -> Result<Table> {
    let text = file(path).ok_or_else(|| Error::Data {
        file: path.to_string(),
        line: 0,
        message: "no such data file".into(),
    })?;
    Table::parse(path, text)
}

/// Language codes that have a data folder (`data/<code>/lang.tsv`), sorted.
pub fn languages() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = embedded::EMBEDDED
        .iter()
        .filter_map(|(p, _)| p.strip_suffix("/lang.tsv"))
        .filter(|p| !p.contains('/'))
        .collect();
    out.sort_unstable();
    out
}

/// Reads a `key<TAB>value` table into a map (later keys win).
pub fn key_values(table: &Table) -> BTreeMap<String, String> {
    table.rows.iter().map(|r| (r.get(0).to_string(), r.get(1).to_string())).collect()
}

/// The `|`-separated list a key of [`key_values`] holds ("nya|lah|kah|pun"),
/// empty when the key is missing.
pub fn list_value(meta: &BTreeMap<String, String>, key: &str) -> Vec<String> {
    meta.get(key)
        .map(|c| c.split('|').filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default()
}
