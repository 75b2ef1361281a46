//! Time: temporal expressions found in text, then resolved.
//!
//! Two phases, as in HeidelTime: [`TimeTagger::find`] turns text into
//! [`TimeMention`]s carrying an *underspecified* [`TimeExpr`] ("Thursday",
//! "last month", "mid-June"); [`TimeMention::resolve`] anchors one to the
//! article date (and a tense) and gives a TIMEX3 [`TimeValue`]. Expressions
//! relative to another event ("a day after X") resolve through
//! [`TimeMention::event_relation`] once that event's date is known.
//!
//! INTERFACE CONTRACT (used by `events`): the names and signatures below are
//! what the rest of the pipeline calls; the implementation is free.

pub mod report;
pub mod timeml;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("3 July 2025", "June", "2022").
    Date,
    /// A time of day ("10:30 a.m.").
    Time,
    /// A length of time ("one hour").
    Duration,
    /// A recurrence ("every Monday").
    Set,
}

/// TIMEX3 `mod` values linimasa produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeMod {
    /// Early part (awal, early).
    Start,
    /// Middle part (pertengahan, mid).
    Mid,
    /// Late part (akhir, late).
    End,
}

/// How precise a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Time of day.
    Time,
    /// A day.
    Day,
    /// An ISO week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
    /// A decade or more.
    Decade,
}

/// The tense or mood of the clause an expression sits in, which decides
/// whether "Thursday" is the last or the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tense {
    /// Past or present: the latest such day on or before the anchor.
    #[default]
    Past,
    /// Future markers: the next such day after the anchor.
    Future,
}

/// A resolved TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeValue {
    /// The TIMEX3 value: `2025-07-03`, `2025-06`, `2025-W27`, `2022`, `PT1H` ...
    pub value: String,
    /// START / MID / END, or none.
    #[serde(rename = "mod")]
    pub modifier: Option<TimeMod>,
    /// How precise the value is.
    pub granularity: Granularity,
    /// First day of the interval it covers (dates only).
    pub start: Option<NaiveDate>,
    /// Last day of the interval it covers, inclusive (dates only).
    pub end: Option<NaiveDate>,
}

/// Which event an event-relative expression is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The event named right after the expression ("sehari setelah X").
    Following,
    /// The event told before it in the text ("two weeks later").
    Preceding,
}

/// "The event this phrase dates is `days` days from the reference event".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRelation {
    /// Signed offset in days (+1 for "a day after").
    pub days: i64,
    /// Which event it is measured from.
    pub reference: Reference,
}

/// An underspecified temporal expression (phase one).
#[derive(Debug, Clone, PartialEq)]
pub enum TimeExpr {
    /// A fully specified value needing no anchor.
    Absolute(TimeValue),
    /// A date relative to another event.
    EventRelative(EventRelation),
    /// Not (yet) understood: kept so it can still be shown.
    Unknown,
}

/// A temporal expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    /// Byte offset in the document text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// TIMEX3 type.
    pub timex_type: TimexType,
    /// The underspecified value.
    pub expr: TimeExpr,
}

impl TimeMention {
    /// Resolves against the article date; `None` when it needs an anchor that
    /// is missing, or another event (see [`TimeMention::event_relation`]).
    pub fn resolve(&self, _anchor: Option<NaiveDate>, _tense: Tense) -> Option<TimeValue> {
        match &self.expr {
            TimeExpr::Absolute(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// The relation to another event, for event-relative expressions.
    pub fn event_relation(&self) -> Option<EventRelation> {
        match &self.expr {
            TimeExpr::EventRelative(r) => Some(*r),
            _ => None,
        }
    }
}

impl TimeValue {
    /// The same kind of value `days` days later (day granularity only).
    pub fn shift_days(&self, days: i64) -> Option<TimeValue> {
        if self.granularity != Granularity::Day {
            return None;
        }
        let d = self.start?.checked_add_signed(chrono::Duration::days(days))?;
        Some(TimeValue::day(d))
    }

    /// A day value.
    pub fn day(d: NaiveDate) -> TimeValue {
        TimeValue {
            value: d.format("%Y-%m-%d").to_string(),
            modifier: None,
            granularity: Granularity::Day,
            start: Some(d),
            end: Some(d),
        }
    }
}

/// Finds temporal expressions for one language, from `data/<lang>/time*.tsv`.
#[derive(Debug, Clone)]
pub struct TimeTagger {
    lang: String,
}

impl TimeTagger {
    /// Loads the tagger of a language.
    pub fn load(lang: &str) -> Result<TimeTagger> {
        Ok(TimeTagger { lang: lang.to_string() })
    }

    /// The language code.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Every temporal expression inside `text[range]`, in text order, with
    /// byte offsets into `text`; expressions do not overlap.
    pub fn find(&self, _text: &str, _range: std::ops::Range<usize>) -> Vec<TimeMention> {
        Vec::new()
    }

    /// The article's own date when the text shows it: a dateline, else the
    /// latest explicit full date in the text.
    pub fn infer_anchor(&self, _text: &str) -> Option<NaiveDate> {
        None
    }
}
