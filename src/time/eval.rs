//! TempEval-3 scoring of TIMEX3 annotations.
//!
//! As in TempEval-3 task A: a system TIMEX3 matches a gold one *strictly*
//! when their spans are equal and *relaxed* when they overlap (each pairs
//! with at most one). Span precision, recall and F1 count matches over system
//! and gold TIMEX3s; the attribute F1s (value, type) count relaxed matches
//! whose attribute is also equal; type accuracy is the share of relaxed
//! matches with the right type.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::report::{tag_document, TimesInput};
use super::timeml::{read_document, Timex};
use super::TimeTagger;
use crate::article::Article;
use crate::error::{Error, Result};
use crate::text::CharMap;

/// Counts from which the TempEval-3 figures are computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TempEvalCounts {
    /// Documents scored.
    pub docs: usize,
    /// Gold TIMEX3s.
    pub gold: usize,
    /// System TIMEX3s.
    pub system: usize,
    /// Pairs with equal spans.
    pub strict: usize,
    /// Pairs with overlapping spans.
    pub relaxed: usize,
    /// Relaxed pairs with equal values.
    pub value: usize,
    /// Relaxed pairs with equal types.
    pub timex_type: usize,
}

fn f1(hits: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 { 0.0 } else { hits as f64 / system as f64 };
    let r = if gold == 0 { 0.0 } else { hits as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl TempEvalCounts {
    /// Adds another document's counts.
    pub fn add(&mut self, o: &TempEvalCounts) {
        self.docs += o.docs;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.timex_type += o.timex_type;
    }

    /// Strict span precision, recall, F1.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        f1(self.strict, self.system, self.gold)
    }

    /// Relaxed span precision, recall, F1.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        f1(self.relaxed, self.system, self.gold)
    }

    /// Value F1 (relaxed match and equal value).
    pub fn value_f1(&self) -> f64 {
        f1(self.value, self.system, self.gold).2
    }

    /// Type F1 (relaxed match and equal type).
    pub fn type_f1(&self) -> f64 {
        f1(self.timex_type, self.system, self.gold).2
    }

    /// Share of relaxed matches whose type is right.
    pub fn type_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.timex_type as f64 / self.relaxed as f64
        }
    }

    /// The figures as JSON.
    pub fn to_json(&self) -> Value {
        let (sp, sr, sf) = self.strict_prf();
        let (rp, rr, rf) = self.relaxed_prf();
        let r4 = |x: f64| (x * 10000.0).round() / 10000.0;
        json!({
            "documents": self.docs, "gold": self.gold, "system": self.system,
            "strict": {"precision": r4(sp), "recall": r4(sr), "f1": r4(sf)},
            "relaxed": {"precision": r4(rp), "recall": r4(rr), "f1": r4(rf)},
            "value_f1": r4(self.value_f1()),
            "type_f1": r4(self.type_f1()),
            "type_accuracy": r4(self.type_accuracy()),
        })
    }
}

/// Scores one document's system TIMEX3s against its gold ones.
///
/// ```
/// use linimasa::time::eval::score_document;
/// use linimasa::time::timeml::Timex;
/// let t = |s, e, v: &str| Timex { start: s, end: e, timex_type: "DATE".into(), value: v.into(), modifier: None };
/// let c = score_document(&[t(0, 10, "2025-07"), t(20, 24, "2022")], &[t(3, 10, "2025-07")]);
/// assert_eq!((c.strict, c.relaxed, c.value), (0, 1, 1));
/// ```
pub fn score_document(gold: &[Timex], system: &[Timex]) -> TempEvalCounts {
    let mut used = vec![false; system.len()];
    let mut c = TempEvalCounts { docs: 1, gold: gold.len(), system: system.len(), ..Default::default() };
    for g in gold {
        // An exact pair first, else the first overlapping one.
        let exact =
            system.iter().enumerate().position(|(k, s)| !used[k] && s.start == g.start && s.end == g.end);
        let pick = exact.or_else(|| {
            system
                .iter()
                .enumerate()
                .position(|(k, s)| !used[k] && s.start < g.end.max(g.start + 1) && g.start < s.end)
        });
        let Some(k) = pick else { continue };
        used[k] = true;
        let s = &system[k];
        c.relaxed += 1;
        if exact.is_some() {
            c.strict += 1;
        }
        if s.value == g.value {
            c.value += 1;
        }
        if s.timex_type == g.timex_type {
            c.timex_type += 1;
        }
    }
    c
}

/// The `.tml` files of a folder, sorted.
fn tml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let (files, errors) = crate::article::expand_inputs(&[dir.to_path_buf()]);
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    Ok(files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "tml")).collect())
}

fn read_tml(path: &Path) -> Result<super::timeml::TimemlDoc> {
    let text =
        std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    read_document(&text).map_err(|message| Error::Input { path: path.to_path_buf(), message })
}

/// linimasa's own TIMEX3s for a TimeML document (anchored to its DCT).
pub fn tag_timeml(tagger: &TimeTagger, id: &str, doc: &super::timeml::TimemlDoc) -> Vec<Timex> {
    let article =
        Article { id: id.to_string(), path: PathBuf::from(id), text: doc.text.clone(), dct: doc.dct };
    let input = TimesInput {
        article,
        lang: tagger.lang().to_string(),
        anchor: doc.dct,
        anchor_source: "document".into(),
    };
    let tagged = tag_document(tagger, &input);
    let map = CharMap::new(&doc.text);
    tagged
        .times
        .iter()
        .map(|t| Timex {
            start: map.char_offset(t.mention.start),
            end: map.char_offset(t.mention.end),
            timex_type: format!("{:?}", t.mention.timex_type).to_uppercase(),
            value: t.value.as_ref().map(|v| v.value.clone()).unwrap_or_default(),
            modifier: t.value.as_ref().and_then(|v| v.modifier).map(|m| m.name().to_string()),
        })
        .collect()
}

/// Scores every `.tml` file of `gold_dir` against the file of the same name in
/// `pred_dir`, or, without one, against linimasa's tagger in language `lang`
/// run on the gold text with its DCT. Returns the totals and per-document counts.
pub fn score_folders(
    gold_dir: &Path,
    pred_dir: Option<&Path>,
    lang: &str,
) -> Result<(TempEvalCounts, Vec<(String, TempEvalCounts)>)> {
    let files = tml_files(gold_dir)?;
    if files.is_empty() {
        return Err(Error::Usage(format!("{}: no .tml files", gold_dir.display())));
    }
    let tagger = match pred_dir {
        None => Some(TimeTagger::load(lang)?),
        Some(_) => None,
    };
    let mut total = TempEvalCounts::default();
    let mut per_doc = Vec::new();
    for f in files {
        let gold = read_tml(&f)?;
        let name = f.strip_prefix(gold_dir).unwrap_or(&f).to_path_buf();
        let system = match (pred_dir, &tagger) {
            (Some(dir), _) => read_tml(&dir.join(&name))?.timexes,
            (None, Some(t)) => tag_timeml(t, &name.to_string_lossy(), &gold),
            (None, None) => Vec::new(),
        };
        let c = score_document(&gold.timexes, &system);
        total.add(&c);
        per_doc.push((name.display().to_string(), c));
    }
    Ok((total, per_doc))
}

/// The figures as a short text report, or JSON with per-document counts.
pub fn render_scores(total: &TempEvalCounts, docs: &[(String, TempEvalCounts)], as_json: bool) -> String {
    if as_json {
        let per: Vec<Value> =
            docs.iter().map(|(n, c)| json!({"document": n, "scores": c.to_json()})).collect();
        let v = json!({"total": total.to_json(), "documents": per});
        return serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
    }
    let (sp, sr, sf) = total.strict_prf();
    let (rp, rr, rf) = total.relaxed_prf();
    format!(
        "documents {}  gold TIMEX3 {}  system TIMEX3 {}\n\
         strict span   P {sp:.4}  R {sr:.4}  F1 {sf:.4}\n\
         relaxed span  P {rp:.4}  R {rr:.4}  F1 {rf:.4}\n\
         value F1 {:.4}  type F1 {:.4}  type accuracy {:.4}\n",
        total.docs,
        total.gold,
        total.system,
        total.value_f1(),
        total.type_f1(),
        total.type_accuracy()
    )
}
