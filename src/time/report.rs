//! The `times` command's output: every temporal expression of each document.
//!
//! JSON: `{"format": "linimasa-times", "version": 1, "documents": [{"id", "path",
//! "lang", "anchor": {"date", "source"}, "times": [{"start", "end", "text",
//! "type", "value", "mod", "granularity", "interval": {"start", "end"} | null,
//! "anchored_to", "zone", "relation"}]}]}`; offsets count characters.
//! `anchored_to` is `none` (the text states the value), `article` (resolved
//! against the anchor), `expression` (an event-relative phrase resolved
//! against another expression: the nearest earlier day for "two weeks later",
//! a day written right after it for "a day after the June 30 vote") or
//! `event` (waiting for the event it names). TimeML: the text with `<TIMEX3>` tags and the DCT.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::{
    DateBase, EventRelation, Granularity, Reference, TimeExpr, TimeMention, TimeMod, TimeTagger, TimeValue,
    TimexType,
};
use crate::article::Article;
use crate::error::{Error, Result};
use crate::export::ExportFile;
use crate::text::CharMap;

/// One document to tag, with its language and anchor already decided.
#[derive(Debug, Clone)]
pub struct TimesInput {
    /// The article.
    pub article: Article,
    /// Its language code.
    pub lang: String,
    /// The anchor given by `--date` or the document itself, if any.
    pub anchor: Option<NaiveDate>,
    /// `given`, `document` or `none` (the tagger may infer one).
    pub anchor_source: String,
}

/// One resolved expression of a document.
#[derive(Debug, Clone)]
pub struct TaggedTime {
    /// The mention (byte offsets).
    pub mention: TimeMention,
    /// Its value, when it has one.
    pub value: Option<TimeValue>,
    /// `none`, `article`, `expression` or `event`.
    pub anchored_to: &'static str,
}

/// A tagged document.
#[derive(Debug, Clone)]
pub struct TaggedDoc {
    /// The anchor used.
    pub anchor: Option<NaiveDate>,
    /// `given`, `document`, `inferred` or `none`.
    pub anchor_source: String,
    /// Its expressions in text order.
    pub times: Vec<TaggedTime>,
}

/// Tags one document: finds every expression, infers
/// the anchor when none is given, decides each expression's tense from its
/// clause and resolves it.
pub fn tag_document(tagger: &TimeTagger, input: &TimesInput) -> TaggedDoc {
    let text = &input.article.text;
    let tagger = &tagger.adapted_to(text);
    let (anchor, anchor_source) = match input.anchor {
        Some(d) => (Some(d), input.anchor_source.clone()),
        None => match tagger.infer_anchor(text) {
            Some(d) => (Some(d), "inferred".to_string()),
            None => (None, "none".to_string()),
        },
    };
    // Paragraph by paragraph rather than sentence by sentence: a sentence splitter
    // may cut "9 a.m. | Tuesday", and the tense cues stop at sentence ends by
    // themselves. No expression spans a blank line.
    let mut times: Vec<TaggedTime> = Vec::new();
    let found = paragraphs(text).flat_map(|p| tagger.find_with_tense(text, p));
    for (m, tense) in found {
        let (value, anchored_to) = match &m.expr {
            TimeExpr::Absolute(v) => (Some(v.clone()), "none"),
            // A time of day alone takes the day the text last named ("Minggu (28/12)
            // ... pukul 06.12"), else the article's.
            TimeExpr::Relative(r) if r.base == DateBase::SameDay => match last_day(&times) {
                Some(d) => (m.resolve(Some(d), tense), "expression"),
                None => (m.resolve(anchor, tense), "article"),
            },
            TimeExpr::Relative(r) => {
                let v = m.resolve(anchor, tense);
                (v, if r.needs_anchor() { "article" } else { "none" })
            }
            // Resolved below, once the expressions around them are.
            TimeExpr::EventRelative(_) => (None, "event"),
            TimeExpr::Unknown => (None, "none"),
        };
        times.push(TaggedTime { mention: m, value, anchored_to });
    }
    let mut reference_of = vec![false; times.len()];
    // "a day after the June 30 meeting": a following day-precise expression
    // close behind (same sentence, a few words on) is the reference.
    for k in 0..times.len() {
        let Some(rel) = times[k].mention.event_relation() else { continue };
        if rel.reference != Reference::Following || times[k].value.is_some() {
            continue;
        }
        let end = times[k].mention.end;
        let next = times.get(k + 1).filter(|n| {
            let gap = &text[end..n.mention.start];
            gap.len() <= FOLLOWING_REACH && !gap.contains(['.', '!', '?', ';', '\n'])
        });
        if let Some(v) = next.and_then(|n| n.value.as_ref()).and_then(|v| v.shift_days(rel.days)) {
            times[k].value = Some(v);
            times[k].anchored_to = "expression";
            reference_of[k + 1] = true;
        }
    }
    // "two weeks later": the nearest earlier day, in text order, so a chain of
    // "later"s builds on itself.
    for k in 0..times.len() {
        let Some(rel) = times[k].mention.event_relation() else { continue };
        if times[k].value.is_some() {
            continue;
        }
        if let Some(v) = previous_day(&times[..k], &reference_of[..k], &rel) {
            times[k].value = Some(v);
            times[k].anchored_to = "expression";
        }
    }
    TaggedDoc { anchor, anchor_source, times }
}

/// The day of the latest day-precise expression so far.
fn last_day(times: &[TaggedTime]) -> Option<NaiveDate> {
    times.iter().rev().filter_map(|t| t.value.as_ref()).find(|v| v.granularity == Granularity::Day)?.start
}

/// How far (bytes) after "a day after" the expression it is measured from may start.
const FOLLOWING_REACH: usize = 40;

/// Byte ranges of the text's paragraphs (separated by blank lines).
pub fn paragraphs(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match text[start..].find("\n\n") {
            Some(k) => {
                let r = start..start + k;
                start += k + 2;
                Some(r)
            }
            None => {
                done = true;
                Some(start..text.len())
            }
        }
    })
}

/// "two weeks later": the nearest earlier day-precise expression, shifted;
/// the X of an earlier "a day after X" is not the story's time, the day after it is.
fn previous_day(times: &[TaggedTime], reference_of: &[bool], rel: &EventRelation) -> Option<TimeValue> {
    if rel.reference != Reference::Preceding {
        return None;
    }
    let base = times
        .iter()
        .zip(reference_of)
        .rev()
        .filter(|(_, r)| !**r)
        .filter_map(|(t, _)| t.value.as_ref())
        .find(|v| v.granularity == Granularity::Day)?;
    base.shift_days(rel.days)
}

/// Renders the temporal expressions of `docs` as `json` (one file) or
/// `timeml` (one file per document, named after it).
pub fn render_times(docs: &[TimesInput], format: &str) -> Result<Vec<ExportFile>> {
    if format != "json" && format != "timeml" {
        return Err(Error::Usage(format!("times --format {format}: expected json or timeml")));
    }
    let mut taggers: Vec<TimeTagger> = Vec::new();
    let mut tagged = Vec::new();
    for d in docs {
        if !taggers.iter().any(|t| t.lang() == d.lang) {
            taggers.push(TimeTagger::load(&d.lang)?);
        }
        let tagger = taggers.iter().find(|t| t.lang() == d.lang).expect("just loaded");
        tagged.push(tag_document(tagger, d));
    }
    if format == "json" {
        let documents = docs.iter().zip(&tagged).map(|(d, t)| doc_json(d, t)).collect();
        let out = TimesJson { format: "linimasa-times", version: 1, documents };
        // About 420 bytes per expression: one allocation instead of many regrowths.
        let n: usize = tagged.iter().map(|t| t.times.len()).sum();
        let mut bytes = Vec::with_capacity(1024 + n * 420);
        serde_json::to_writer_pretty(&mut bytes, &out)
            .map_err(|e| Error::Json { path: "-".into(), message: e.to_string() })?;
        bytes.push(b'\n');
        return Ok(vec![ExportFile { name: String::new(), bytes }]);
    }
    let mut used = HashSet::new();
    Ok(docs
        .iter()
        .zip(&tagged)
        .map(|(d, t)| {
            let stem = d.article.id.trim_end_matches(".tml").trim_end_matches(".txt").trim_end_matches(".md");
            let mut name = format!("{stem}.tml");
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{stem}-{k}.tml");
                k += 1;
            }
            ExportFile { name, bytes: to_timeml(&d.article, t).into_bytes() }
        })
        .collect())
}

/// One document of the `times` JSON.
#[derive(Serialize)]
struct DocJson<'a> {
    id: &'a str,
    path: String,
    lang: &'a str,
    anchor: AnchorJson<'a>,
    times: Vec<TimeJson<'a>>,
}

#[derive(Serialize)]
struct AnchorJson<'a> {
    date: Option<String>,
    source: &'a str,
}

/// One expression of the `times` JSON.
#[derive(Serialize)]
struct TimeJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    timex_type: TimexType,
    value: Option<&'a str>,
    #[serde(rename = "mod")]
    modifier: Option<TimeMod>,
    granularity: Option<Granularity>,
    interval: Option<IntervalJson>,
    anchored_to: &'static str,
    zone: Option<&'a str>,
    relation: Option<RelationJson>,
}

#[derive(Serialize)]
struct IntervalJson {
    start: String,
    end: String,
}

#[derive(Serialize)]
struct RelationJson {
    days: i64,
    reference: &'static str,
}

/// `YYYY-MM-DD`, without chrono's general formatter (this runs per expression).
fn ymd(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn doc_json<'a>(d: &'a TimesInput, t: &'a TaggedDoc) -> DocJson<'a> {
    let text = &d.article.text;
    let map = CharMap::new(text);
    let times = t
        .times
        .iter()
        .map(|x| {
            let m = &x.mention;
            let v = x.value.as_ref();
            TimeJson {
                start: map.char_offset(m.start),
                end: map.char_offset(m.end),
                text: &text[m.start..m.end],
                timex_type: m.timex_type,
                value: v.map(|v| v.value.as_str()),
                modifier: v.and_then(|v| v.modifier),
                granularity: v.map(|v| v.granularity),
                interval: v.and_then(|v| Some(IntervalJson { start: ymd(v.start?), end: ymd(v.end?) })),
                anchored_to: x.anchored_to,
                zone: m.zone(),
                relation: m.event_relation().map(|r| RelationJson {
                    days: r.days,
                    reference: match r.reference {
                        Reference::Following => "following",
                        Reference::Preceding => "preceding",
                    },
                }),
            }
        })
        .collect();
    DocJson {
        id: &d.article.id,
        path: d.article.path.display().to_string(),
        lang: &d.lang,
        anchor: AnchorJson { date: t.anchor.map(|a| a.to_string()), source: &t.anchor_source },
        times,
    }
}

/// The whole `times` JSON.
#[derive(Serialize)]
struct TimesJson<'a> {
    format: &'static str,
    version: u32,
    documents: Vec<DocJson<'a>>,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The text with TIMEX3 tags, in a TimeML document with its DCT.
pub fn to_timeml(article: &Article, t: &TaggedDoc) -> String {
    let text = &article.text;
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    out.push_str(&format!("<DOCID>{}</DOCID>\n", escape(&article.id)));
    if let Some(a) = t.anchor {
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{a}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{a}</TIMEX3></DCT>\n"
        ));
    }
    out.push_str("<TEXT>");
    let mut pos = 0;
    for (i, x) in t.times.iter().enumerate() {
        let m = &x.mention;
        out.push_str(&escape(&text[pos..m.start]));
        let ty = serde_json::to_value(m.timex_type)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let mut attrs = format!("tid=\"t{}\" type=\"{ty}\"", i + 1);
        if let Some(v) = &x.value {
            attrs.push_str(&format!(" value=\"{}\"", escape(&v.value)));
            if let Some(md) = v.modifier {
                let md = serde_json::to_value(md)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                attrs.push_str(&format!(" mod=\"{md}\""));
            }
        }
        let function = x.anchored_to != "none";
        attrs.push_str(&format!(" temporalFunction=\"{function}\""));
        if x.anchored_to == "article" {
            attrs.push_str(" anchorTimeID=\"t0\"");
        }
        out.push_str(&format!("<TIMEX3 {attrs}>{}</TIMEX3>", escape(&text[m.start..m.end])));
        pos = m.end;
    }
    out.push_str(&escape(&text[pos..]));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}
