//! Scoring a timeline against gold event files, with the same figures as
//! `../shared/eval/score.py` (see the annotation guide for the gold format).
//!
//! A predicted event matches a gold event when its PLOVER type is one the gold
//! allows (for CONSULT also a compatible mode) and every gold participant slot
//! is named by one of its participants. Recall counts core gold events;
//! precision counts predicted events that match any gold event (core or
//! optional); a prediction that matches a must-not entry never counts.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// Normalizes a name for comparison: accents removed, case folded,
/// punctuation made space, spaces collapsed.
///
/// ```
/// // As the shared scorer: accents and non-ASCII marks dropped, punctuation made space.
/// assert_eq!(linimasa::eval::norm("Zelenskyy’s  Ukraïne"), "zelenskyys ukraine");
/// assert_eq!(linimasa::eval::norm("U.S."), "u s");
/// ```
pub fn norm(name: &str) -> String {
    let ascii: String = name.nfkd().filter(char::is_ascii).collect();
    let folded: String = ascii
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c.is_whitespace() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn as_list(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    }
}

fn as_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[derive(Debug, Clone)]
struct Pred {
    id: String,
    etype: String,
    mode: Option<String>,
    strict: Vec<BTreeSet<String>>,
    lenient: Vec<BTreeSet<String>>,
    actor_sets: Vec<BTreeSet<String>>,
    value: Option<String>,
    modality: String,
}

fn pred_events(pred: &Value) -> Vec<Pred> {
    let mut actors: HashMap<String, &Value> = HashMap::new();
    if let Some(list) = pred.get("actors").and_then(Value::as_array) {
        for a in list {
            if let Some(id) = a.get("id").and_then(Value::as_str) {
                actors.insert(id.to_string(), a);
            }
        }
    }
    let names = |r: &Value, lenient: bool| -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let a = match r {
            Value::String(s) => actors.get(s).copied(),
            Value::Object(_) => Some(r),
            _ => None,
        };
        if let Some(a) = a.filter(|a| a.is_object()) {
            for key in ["name", "label"] {
                if let Some(s) = a.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()) {
                    out.insert(norm(s));
                }
            }
            for al in a.get("aliases").and_then(Value::as_array).into_iter().flatten() {
                out.insert(norm(&value_text(al)));
            }
            if lenient {
                for key in ["country", "iso3"] {
                    if let Some(s) = a.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()) {
                        out.insert(norm(s));
                    }
                }
            }
        } else if !r.is_null() {
            out.insert(norm(&value_text(r)));
        }
        out
    };
    let mut events = Vec::new();
    for e in pred.get("events").and_then(Value::as_array).into_iter().flatten() {
        let (etype, mode) = match e.get("plover") {
            Some(Value::String(s)) => (s.clone(), None),
            Some(p @ Value::Object(_)) => {
                (p.get("event").and_then(as_str).unwrap_or_default(), p.get("mode").and_then(as_str))
            }
            _ => (String::new(), None),
        };
        let list = |k: &str| e.get(k).and_then(Value::as_array).cloned().unwrap_or_default();
        let refs: Vec<Value> = list("actors").into_iter().chain(list("recipients")).collect();
        let value = e.get("when").and_then(|w| w.get("value")).and_then(as_str);
        events.push(Pred {
            id: e.get("id").map(value_text).unwrap_or_else(|| "None".into()),
            etype: etype.to_uppercase(),
            mode,
            strict: refs.iter().map(|r| names(r, false)).collect(),
            lenient: refs.iter().map(|r| names(r, true)).collect(),
            actor_sets: list("actors").iter().map(|r| names(r, true)).collect(),
            value,
            modality: e
                .get("modality")
                .and_then(as_str)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "asserted".into()),
        });
    }
    events
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn slots_matched(slots: &[Value], pred_name_sets: &[BTreeSet<String>]) -> bool {
    slots.iter().all(|slot| {
        let alts: BTreeSet<String> = as_list(slot).iter().map(|x| norm(&value_text(x))).collect();
        pred_name_sets.iter().any(|names| names.iter().any(|n| alts.contains(n)))
    })
}

fn type_ok(gold: &Value, p: &Pred) -> bool {
    let types: Vec<String> = as_list(gold.get("plover").unwrap_or(&Value::Null))
        .iter()
        .map(|t| value_text(t).to_uppercase())
        .collect();
    if !types.contains(&p.etype) {
        return false;
    }
    if p.etype == "CONSULT" {
        if let Some(mode) = gold.get("mode").filter(|m| !m.is_null()) {
            return as_list(mode).iter().any(|m| match (m, &p.mode) {
                (Value::Null, None) => true,
                (Value::String(a), Some(b)) => a == b,
                _ => false,
            });
        }
    }
    true
}

/// The first and last day a TIMEX3-like value covers.
pub fn interval(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| v[r].parse::<i32>().ok();
    if v.len() == 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) {
        let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()?;
        return Some((d, d));
    }
    if v.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7) {
        let (y, m) = (num(0..4)?, num(5..7)? as u32);
        let first = NaiveDate::from_ymd_opt(y, m, 1)?;
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)?
        };
        return Some((first, next.pred_opt()?));
    }
    if v.len() == 8 && digits(0..4) && &v[4..6] == "-W" && digits(6..8) {
        let start = NaiveDate::from_isoywd_opt(num(0..4)?, num(6..8)? as u32, chrono::Weekday::Mon)?;
        return Some((start, start + chrono::Duration::days(6)));
    }
    if v.len() == 4 && digits(0..4) {
        let y = num(0..4)?;
        return Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?));
    }
    if v.len() >= 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) {
        let d = NaiveDate::parse_from_str(&v[..10], "%Y-%m-%d").ok()?;
        let _ = d.year();
        return Some((d, d));
    }
    None
}

fn date_scores(gold_date: &Value, pred_value: &Option<String>) -> Option<(bool, bool)> {
    if gold_date.is_null() {
        return None;
    }
    let g = gold_date.get("value").map(value_text).unwrap_or_default();
    let strict = pred_value.as_deref() == Some(g.as_str());
    let gi = interval(&g);
    let pi = pred_value.as_deref().and_then(interval);
    let lenient = matches!((gi, pi), (Some(g), Some(p)) if g.0 <= p.1 && p.0 <= g.1);
    Some((strict, lenient))
}

fn gold_modality(g: &Value) -> String {
    g.get("modality").and_then(as_str).unwrap_or_else(|| "asserted".into())
}

struct DocScore {
    rows: Vec<(Value, Option<usize>)>,
    preds: Vec<Pred>,
    used: BTreeSet<usize>,
    violations: Vec<(Value, usize)>,
}

fn score_doc(gold: &Value, pred: &Value, lenient: bool) -> DocScore {
    let preds = pred_events(pred);
    let key = |p: &Pred| if lenient { p.lenient.clone() } else { p.strict.clone() };
    let mut used = BTreeSet::new();
    let mut golds: Vec<Value> = gold.get("events").and_then(Value::as_array).cloned().unwrap_or_default();
    golds.sort_by_key(|g| !g.get("core").and_then(Value::as_bool).unwrap_or(true));
    let mut rows = Vec::new();
    for g in golds {
        let list = |k: &str| g.get(k).and_then(Value::as_array).cloned().unwrap_or_default();
        let slots: Vec<Value> = list("actors").into_iter().chain(list("recipients")).collect();
        let mut best: Option<(usize, (bool, bool, bool))> = None;
        for (i, p) in preds.iter().enumerate() {
            if used.contains(&i) || !type_ok(&g, p) || !slots_matched(&slots, &key(p)) {
                continue;
            }
            let ds = date_scores(g.get("date").unwrap_or(&Value::Null), &p.value);
            let rank = (p.modality == gold_modality(&g), ds.is_none_or(|d| d.0), ds.is_none_or(|d| d.1));
            if best.is_none_or(|(_, r)| rank > r) {
                best = Some((i, rank));
            }
        }
        if let Some((i, _)) = best {
            used.insert(i);
        }
        rows.push((g, best.map(|b| b.0)));
    }
    let mut violations = Vec::new();
    for m in gold.get("must_not").and_then(Value::as_array).into_iter().flatten() {
        let slots = m.get("actors").and_then(Value::as_array).cloned().unwrap_or_default();
        for (i, p) in preds.iter().enumerate() {
            if type_ok(m, p) && slots_matched(&slots, &key(p)) && p.modality == gold_modality(m) {
                violations.push((m.clone(), i));
                used.remove(&i);
                break;
            }
        }
    }
    DocScore { rows, preds, used, violations }
}

/// The figures of a scoring run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Core gold events.
    pub gold_core: usize,
    /// Predicted events.
    pub predicted: usize,
    /// Core gold events matched.
    pub matched_core: usize,
    /// Predicted events that match any gold event.
    pub matched_pred: usize,
    /// Must-not violations.
    pub violations: usize,
    /// Recall.
    pub recall: f64,
    /// Precision.
    pub precision: f64,
    /// F1.
    pub f1: f64,
    /// Share of matched dated core events with the exact date.
    pub date_strict: f64,
    /// Share whose date overlaps the gold interval.
    pub date_overlap: f64,
    /// Gold participant slots named by the best same-type prediction, over all slots of core events.
    pub participants: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn fmt_mod(p: &Pred, g: &Value) -> String {
    let gm = gold_modality(g);
    if p.modality == gm {
        p.modality.clone()
    } else {
        format!("{} (gold {gm})", p.modality)
    }
}

/// Scores documents `(name, gold, prediction)`; returns the figures and the
/// report text (the shared scorer's lines, then linimasa's participant line).
pub fn summarize(docs: &[(String, Value, Value)], lenient: bool, verbose: bool) -> (Scores, String) {
    let mut out = String::new();
    let (mut n_core, mut matched_core, mut n_pred, mut matched_pred) = (0, 0, 0, 0);
    let (mut date_n, mut date_strict, mut date_len, mut mod_n, mut mod_ok) = (0, 0, 0, 0, 0);
    let (mut mode_n, mut mode_ok, mut dir_n, mut dir_ok, mut n_viol) = (0, 0, 0, 0, 0);
    let (mut slots_total, mut slots_named) = (0, 0);
    for (name, gold, pred) in docs {
        let d = score_doc(gold, pred, lenient);
        n_pred += d.preds.len();
        matched_pred += d.used.len();
        n_viol += d.violations.len();
        if verbose {
            let _ = writeln!(out, "== {name}: {} predicted events", d.preds.len());
        }
        for (g, p) in &d.rows {
            let core = g.get("core").and_then(Value::as_bool).unwrap_or(true);
            let gid = g.get("id").map(value_text).unwrap_or_default();
            let gtype =
                as_list(g.get("plover").unwrap_or(&Value::Null)).first().map(value_text).unwrap_or_default();
            if core {
                n_core += 1;
                // Participant resolution: the best same-type prediction's share of named slots.
                let list = |k: &str| g.get(k).and_then(Value::as_array).cloned().unwrap_or_default();
                let slots: Vec<Value> = list("actors").into_iter().chain(list("recipients")).collect();
                let best = d
                    .preds
                    .iter()
                    .filter(|x| type_ok(g, x))
                    .map(|x| {
                        slots.iter().filter(|s| slots_matched(std::slice::from_ref(s), &x.strict)).count()
                    })
                    .max()
                    .unwrap_or(0);
                slots_total += slots.len();
                slots_named += best;
            }
            let Some(pi) = p else {
                if verbose && core {
                    let ev: String =
                        g.get("evidence").map(value_text).unwrap_or_default().chars().take(90).collect();
                    let _ = writeln!(out, "  MISS {gid:>4} {gtype:<8} {ev}");
                }
                continue;
            };
            let p = &d.preds[*pi];
            if core {
                matched_core += 1;
            }
            let ds = date_scores(g.get("date").unwrap_or(&Value::Null), &p.value);
            if let (Some((s, l)), true) = (ds, core) {
                date_n += 1;
                date_strict += usize::from(s);
                date_len += usize::from(l);
            }
            if core {
                mod_n += 1;
                mod_ok += usize::from(p.modality == gold_modality(g));
            }
            let gm = as_list(g.get("mode").unwrap_or(&Value::Null));
            if core && gm != [Value::Null] {
                mode_n += 1;
                mode_ok += usize::from(gm.iter().any(|m| match (m, &p.mode) {
                    (Value::Null, None) => true,
                    (Value::String(a), Some(b)) => a == b,
                    _ => false,
                }));
            }
            let recips = g.get("recipients").and_then(Value::as_array).filter(|r| !r.is_empty());
            if core && recips.is_some() {
                dir_n += 1;
                let actors = g.get("actors").and_then(Value::as_array).cloned().unwrap_or_default();
                dir_ok += usize::from(slots_matched(&actors, &p.actor_sets));
            }
            if verbose {
                let gv =
                    g.get("date").and_then(|d| d.get("value")).map(value_text).unwrap_or_else(|| "-".into());
                let pv = p.value.clone().unwrap_or_else(|| "None".into());
                let _ = writeln!(
                    out,
                    "  ok   {gid:>4} {:<8} date {pv:<12} gold {gv:<10} modality {}",
                    p.etype,
                    fmt_mod(p, g)
                );
            }
        }
        if verbose {
            for (i, p) in d.preds.iter().enumerate() {
                if !d.used.contains(&i) {
                    let pv = p.value.clone().unwrap_or_else(|| "None".into());
                    let _ = writeln!(out, "  FP   {:>4} {:<8} date {pv}", p.id, p.etype);
                }
            }
            for (m, i) in &d.violations {
                let why: String = m.get("why").map(value_text).unwrap_or_default().chars().take(80).collect();
                let _ = writeln!(out, "  MUST-NOT {} ({why})", d.preds[*i].etype);
            }
        }
    }
    let recall = ratio(matched_core, n_core);
    let precision = ratio(matched_pred, n_pred);
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    let s = Scores {
        gold_core: n_core,
        predicted: n_pred,
        matched_core,
        matched_pred,
        violations: n_viol,
        recall,
        precision,
        f1,
        date_strict: ratio(date_strict, date_n),
        date_overlap: ratio(date_len, date_n),
        participants: ratio(slots_named, slots_total),
    };
    let _ = writeln!(
        out,
        "events: gold core {n_core}, predicted {n_pred}, matched core {matched_core}, predicted matching any gold {matched_pred}, must-not violations {n_viol}"
    );
    let _ = writeln!(out, "recall {recall:.3}  precision {precision:.3}");
    let _ = writeln!(
        out,
        "dates of matched core events: strict {:.3}  overlap {:.3}  (n={date_n})",
        s.date_strict, s.date_overlap
    );
    let _ = writeln!(
        out,
        "modality {:.3} (n={mod_n})  mode {:.3} (n={mode_n})  direction {:.3} (n={dir_n})",
        ratio(mod_ok, mod_n),
        ratio(mode_ok, mode_n),
        ratio(dir_ok, dir_n)
    );
    let _ = writeln!(out, "participants resolved {:.3} (n={slots_total})", s.participants);
    let _ = writeln!(out, "F1 {f1:.3}");
    (s, out)
}

fn read_json(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::Json { path: path.to_path_buf(), message: format!("not valid JSON: {e}") })
}

/// Loads `(name, gold, prediction)` for one gold file and one prediction.
pub fn load_pair(gold: &Path, pred: &Path) -> Result<Vec<(String, Value, Value)>> {
    let name = gold.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(vec![(name, read_json(gold)?, read_json(pred)?)])
}

/// Loads every `GOLD_DIR/X.json` with `PRED_DIR/X.json` (a missing prediction
/// counts as no events).
pub fn load_dirs(gold_dir: &Path, pred_dir: &Path) -> Result<Vec<(String, Value, Value)>> {
    let entries =
        std::fs::read_dir(gold_dir).map_err(|source| Error::Io { path: gold_dir.to_path_buf(), source })?;
    let mut golds: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    golds.sort();
    let mut out = Vec::new();
    for g in golds {
        let name = g.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let p = pred_dir.join(g.file_name().expect("a file"));
        let pred = if p.exists() { read_json(&p)? } else { serde_json::json!({ "events": [] }) };
        out.push((name, read_json(&g)?, pred));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_of_partial_values() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(interval("2025-06"), Some((d("2025-06-01"), d("2025-06-30"))));
        assert_eq!(interval("2024-02"), Some((d("2024-02-01"), d("2024-02-29"))));
        assert_eq!(interval("2025-W27"), Some((d("2025-06-30"), d("2025-07-06"))));
        assert_eq!(interval("2022"), Some((d("2022-01-01"), d("2022-12-31"))));
        assert_eq!(interval("2025-07-03T10:30"), Some((d("2025-07-03"), d("2025-07-03"))));
        assert_eq!(interval("PRESENT_REF"), None);
    }

    #[test]
    fn a_must_not_match_never_counts_as_correct() {
        let gold = serde_json::json!({"events": [
            {"id": "g1", "plover": "CONSULT", "mode": null, "actors": [["Putin"], ["Trump"]], "recipients": [], "date": null, "core": true}
        ], "must_not": [
            {"plover": "CONSULT", "mode": ["visit"], "actors": [["Putin"], ["Trump"]], "modality": "asserted", "why": "not discussed"}
        ]});
        let pred = serde_json::json!({"events": [
            {"id": "e1", "plover": {"event": "CONSULT", "mode": "visit"}, "actors": ["Putin", "Trump"], "recipients": [], "modality": "asserted"}
        ]});
        let (s, _) = summarize(&[("x".into(), gold, pred)], false, false);
        assert_eq!(s.violations, 1);
        assert_eq!(s.matched_pred, 0);
        assert_eq!(s.matched_core, 1);
    }
}
