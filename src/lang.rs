//! Languages: which ones have data, and detecting an article's language.

use std::collections::{BTreeMap, HashSet};

use crate::data;
use crate::error::{Error, Result};

/// Function words of every language with a data folder, for detection.
#[derive(Debug, Clone)]
pub struct Detector {
    words: BTreeMap<String, HashSet<String>>,
}

impl Detector {
    /// Loads `data/<lang>/function_words.tsv` for every language.
    pub fn load() -> Result<Detector> {
        let mut words = BTreeMap::new();
        for lang in data::languages() {
            let t = data::table(&format!("{lang}/function_words.tsv"))?;
            words.insert(lang.to_string(), t.rows.iter().map(|r| r.get(0).to_lowercase()).collect());
        }
        if words.is_empty() {
            return Err(Error::Data {
                file: "data/".into(),
                line: 0,
                message: "no language data folder".into(),
            });
        }
        Ok(Detector { words })
    }

    /// The language whose function words are most frequent in `text`.
    ///
    /// ```
    /// let d = linimasa::lang::Detector::load().unwrap();
    /// assert_eq!(d.detect("Presiden itu mengatakan bahwa ia akan datang ke Jakarta"), "id");
    /// assert_eq!(d.detect("The president said that he will visit the capital"), "en");
    /// ```
    pub fn detect(&self, text: &str) -> &str {
        let mut counts: BTreeMap<&str, usize> = self.words.keys().map(|k| (k.as_str(), 0)).collect();
        for tok in crate::text::tokenize(text) {
            let w = text[tok.start..tok.end].to_lowercase();
            for (lang, set) in &self.words {
                if set.contains(&w) {
                    *counts.entry(lang.as_str()).or_default() += 1;
                }
            }
        }
        // Highest count wins; ties go to the first code in order.
        counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(l, _)| *l).unwrap_or("en")
    }

    /// Language codes known to the detector.
    pub fn languages(&self) -> Vec<&str> {
        self.words.keys().map(String::as_str).collect()
    }
}
