//! The article's own date, read from its text.
//!
//! First a dateline: in the article's opening (up to the first dash after a
//! place name: "KYIV, July 3 (Reuters) -", "JAKARTA, KOMPAS.com -"), a day
//! written there is the article's date; a day without a year takes the
//! latest year the text mentions. Otherwise the latest explicit full date
//! in the text ("Kamis (3/7/2025)") outside future-tense clauses (a date an
//! event is scheduled for is later than the article), else the latest one.

use chrono::{Datelike, NaiveDate};

use super::{DateBase, Granularity, TimeExpr, TimeTagger, TimeValue};

/// How far into the text a dateline may end, in bytes.
const DATELINE_REACH: usize = 300;

/// Infers the anchor of `text`.
pub fn infer(tagger: &TimeTagger, text: &str) -> Option<NaiveDate> {
    let tagger = &tagger.adapted_to(text);
    let with_tense: Vec<(super::TimeMention, super::Tense)> =
        super::report::paragraphs(text).flat_map(|p| tagger.find_with_tense(text, p)).collect();
    let all: Vec<super::TimeMention> = with_tense.iter().map(|(m, _)| m.clone()).collect();
    // The latest year the text states, from past-tense clauses first ("elections
    // in 2029" says nothing about when the article was written).
    let year_of = |m: &super::TimeMention| explicit_value(&m.expr).and_then(|v| v.start.map(|s| s.year()));
    let latest_year = with_tense
        .iter()
        .filter(|(_, t)| *t == super::Tense::Past)
        .filter_map(|(m, _)| year_of(m))
        .max()
        .or_else(|| all.iter().filter_map(year_of).max());
    if let Some(end) = dateline_end(text) {
        for m in all.iter().take_while(|m| m.end <= end) {
            match &m.expr {
                TimeExpr::Absolute(v) if v.granularity == Granularity::Day => return v.start,
                TimeExpr::Relative(r) => match r.base {
                    DateBase::Date(d) => return Some(d),
                    DateBase::DayMonth { day, month, .. } => {
                        if let Some(d) = latest_year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
                            return Some(d);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    // The latest full date of a past-tense clause; a scheduled one ("akan
    // berlangsung mulai Rabu (9/7/2025)") only when there is no other.
    let full = |m: &super::TimeMention| match &m.expr {
        TimeExpr::Absolute(v) if v.granularity == Granularity::Day => v.start,
        TimeExpr::Relative(r) => match r.base {
            DateBase::Date(d) => Some(d),
            _ => None,
        },
        _ => None,
    };
    let past = with_tense.iter().filter(|(_, t)| *t == super::Tense::Past).filter_map(|(m, _)| full(m)).max();
    past.or_else(|| all.iter().filter_map(full).max())
}

/// A value the text states without needing an anchor.
fn explicit_value(e: &TimeExpr) -> Option<TimeValue> {
    match e {
        TimeExpr::Absolute(v) if v.start.is_some() => Some(v.clone()),
        TimeExpr::Relative(r) => match r.base {
            DateBase::Date(d) => Some(TimeValue::day(d)),
            _ => None,
        },
        _ => None,
    }
}

/// The byte offset where a dateline ends (its dash), if the text opens with one:
/// a capitalized place, a comma, then a dash within the opening.
fn dateline_end(text: &str) -> Option<usize> {
    let head_end = text.char_indices().map(|(i, _)| i).find(|&i| i >= DATELINE_REACH).unwrap_or(text.len());
    let head = &text[..head_end];
    let first = head.trim_start();
    let offset = head.len() - first.len();
    let comma = first.find(',')?;
    let place = &first[..comma];
    let place_ok = !place.is_empty()
        && place.split_whitespace().count() <= 4
        && place.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    if !place_ok {
        return None;
    }
    let rest = &first[comma..];
    let dash = [" - ", " – ", " — ", " -- "].iter().filter_map(|d| rest.find(d)).min()?;
    // The dateline is a single line.
    if rest[..dash].contains('\n') {
        return None;
    }
    Some(offset + comma + dash)
}
