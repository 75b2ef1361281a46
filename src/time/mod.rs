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

mod anchor;
pub mod eval;
mod grammar;
pub mod lexicon;
pub mod report;
mod resolve;
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
    /// Approximately (sekitar, about).
    Approx,
    /// More than (lebih dari, more than).
    #[serde(rename = "MORE_THAN")]
    MoreThan,
    /// Less than (kurang dari, nearly).
    #[serde(rename = "LESS_THAN")]
    LessThan,
}

impl TimeMod {
    /// The TIMEX3 name: `START`, `MORE_THAN` ...
    pub fn name(self) -> &'static str {
        match self {
            TimeMod::Start => "START",
            TimeMod::Mid => "MID",
            TimeMod::End => "END",
            TimeMod::Approx => "APPROX",
            TimeMod::MoreThan => "MORE_THAN",
            TimeMod::LessThan => "LESS_THAN",
        }
    }

    /// Reads a TIMEX3 name.
    pub fn from_name(s: &str) -> Option<TimeMod> {
        [TimeMod::Start, TimeMod::Mid, TimeMod::End, TimeMod::Approx, TimeMod::MoreThan, TimeMod::LessThan]
            .into_iter()
            .find(|m| m.name() == s)
    }
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
    /// A value that needs the article date (and perhaps the tense), or that
    /// carries a clock time or zone.
    Relative(RelativeDate),
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// An ISO week.
    Week,
    /// A weekend (Saturday and Sunday).
    Weekend,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A half of a year (semester).
    Half,
    /// A calendar year.
    Year,
    /// A decade (1990-1999).
    Decade,
    /// A century.
    Century,
}

impl Unit {
    /// Reads a unit name as the data files write it (`day`, `week` ...).
    pub fn from_name(s: &str) -> Option<Unit> {
        Some(match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
}

/// The calendar part of a [`RelativeDate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateBase {
    /// `n` days from the anchor (today 0, yesterday -1, "dua hari lalu" -2).
    Days(i64),
    /// The day the text is talking about, for a time of day written alone
    /// ("pukul 06.12"): the anchor, unless the caller knows a nearer day.
    SameDay,
    /// A weekday (1 = Monday); `shift` -1 forces the last one, +1 the next,
    /// `None` lets the tense decide.
    Weekday {
        /// 1 = Monday ... 7 = Sunday.
        day: u32,
        /// Forced direction, if the text gives one.
        shift: Option<i64>,
    },
    /// A month named without a year; `shift` as for weekdays.
    Month {
        /// 1-12.
        month: u32,
        /// Forced direction, if the text gives one.
        shift: Option<i64>,
    },
    /// A day and month without a year ("3 Juli"); `shift` as for weekdays
    /// ("25 Juni lalu": -1).
    DayMonth {
        /// Day of month.
        day: u32,
        /// 1-12.
        month: u32,
        /// Forced direction, if the text gives one.
        shift: Option<i64>,
    },
    /// A day of the month without the month ("tanggal 24"): the latest such day
    /// on or before the anchor (Past) or the next one (Future); `shift` forces it.
    DayOfMonth {
        /// Day of month.
        day: u32,
        /// Forced direction, if the text gives one.
        shift: Option<i64>,
    },
    /// The anchor's `unit` moved by `n` ("bulan lalu": month, -1; "this week": week, 0).
    Units {
        /// The unit.
        unit: Unit,
        /// How many units from the anchor's.
        n: i64,
    },
    /// A quarter; of the anchor's year when `year` is `None`.
    Quarter {
        /// The year, if written.
        year: Option<i32>,
        /// 1-4.
        q: u32,
    },
    /// A half year (semester); of the anchor's year when `year` is `None`.
    Half {
        /// The year, if written.
        year: Option<i32>,
        /// 1 or 2.
        h: u32,
    },
    /// A full date.
    Date(NaiveDate),
    /// A month of a year.
    YearMonth(i32, u32),
    /// A year.
    Year(i32),
    /// A decade, by its first year (1990).
    Decade(i32),
    /// PRESENT_REF, PAST_REF or FUTURE_REF.
    Ref(String),
    /// A season (`SP`, `SU`, `FA`, `WI`) of a year, or relative to the anchor.
    Season {
        /// SP, SU, FA or WI.
        season: String,
        /// The year, if written.
        year: Option<i32>,
        /// Forced direction ("last fall" -1, "next spring" +1).
        shift: Option<i64>,
    },
}

/// A time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClockTime {
    /// Hours and minutes, 24-hour.
    Hm(u32, u32),
    /// A part of the day: MO, AF, EV, NI (or a TIMEX3 time such as `12:00`).
    Part(String),
}

/// A date that is still underspecified: a base, a fuzzy part, a time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeDate {
    /// The calendar part.
    pub base: DateBase,
    /// START / MID / END ("awal", "mid-", "late").
    pub modifier: Option<TimeMod>,
    /// A time of day, for day-precise bases.
    pub clock: Option<ClockTime>,
    /// A time zone as a UTC offset (`+07:00` for WIB), when written.
    pub zone: Option<String>,
}

impl RelativeDate {
    /// A date with no part, clock or zone.
    pub fn plain(base: DateBase) -> RelativeDate {
        RelativeDate { base, modifier: None, clock: None, zone: None }
    }

    /// Whether resolving it needs the article date.
    pub fn needs_anchor(&self) -> bool {
        !matches!(
            self.base,
            DateBase::Date(_)
                | DateBase::YearMonth(..)
                | DateBase::Year(_)
                | DateBase::Decade(_)
                | DateBase::Ref(_)
                | DateBase::Quarter { year: Some(_), .. }
                | DateBase::Half { year: Some(_), .. }
                | DateBase::Season { year: Some(_), .. }
        )
    }
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
    ///
    /// ```
    /// use linimasa::time::{TimeTagger, Tense};
    /// let tagger = TimeTagger::load("id").unwrap();
    /// let text = "Trump berbicara dengan Putin bulan lalu.";
    /// let m = &tagger.find(text, 0..text.len())[0];
    /// let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    /// assert_eq!(m.resolve(anchor, Tense::Past).unwrap().value, "2025-06");
    /// assert_eq!(m.resolve(None, Tense::Past), None);
    /// ```
    pub fn resolve(&self, anchor: Option<NaiveDate>, tense: Tense) -> Option<TimeValue> {
        match &self.expr {
            TimeExpr::Absolute(v) => Some(v.clone()),
            TimeExpr::Relative(r) => resolve::resolve(r, anchor, tense),
            _ => None,
        }
    }

    /// The time zone written with it, as a UTC offset (`+07:00`).
    pub fn zone(&self) -> Option<&str> {
        match &self.expr {
            TimeExpr::Relative(r) => r.zone.as_deref(),
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
        use chrono::Datelike;
        TimeValue {
            value: format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            modifier: None,
            granularity: Granularity::Day,
            start: Some(d),
            end: Some(d),
        }
    }
}

/// The nearest tense cue before token `first_after`, after the last sentence end.
fn tense_with(parser: &grammar::Parser<'_>, toks: &[grammar::Tok<'_>], first_after: usize) -> Tense {
    let from = first_after.saturating_sub(BEFORE_WORDS);
    for i in (from..first_after).rev() {
        // A sentence end: a stop followed by a space.
        let t = &toks[i];
        if matches!(&*t.lower, "." | "!" | "?") && toks.get(i + 1).is_some_and(|n| n.space_before) {
            break;
        }
        match parser.tense_cue(i, first_after) {
            Some(lexicon::WordClass::Future) => return Tense::Future,
            Some(_) => return Tense::Past,
            None => {}
        }
    }
    Tense::Past
}

/// How many tokens before an expression a future cue is looked for.
const BEFORE_WORDS: usize = 8;

/// Finds temporal expressions for one language, from `data/<lang>/time*.tsv`.
///
/// ```
/// use linimasa::time::{TimeTagger, Tense};
/// let tagger = TimeTagger::load("id").unwrap();
/// let text = "Putin menelepon Trump pada hari Kamis, (3/7/2025).";
/// let found = tagger.find(text, 0..text.len());
/// assert_eq!(&text[found[0].start..found[0].end], "hari Kamis, (3/7/2025)");
/// assert_eq!(found[0].resolve(None, Tense::Past).unwrap().value, "2025-07-03");
/// ```
#[derive(Debug, Clone)]
pub struct TimeTagger {
    lang: String,
    lexicon: lexicon::Lexicon,
}

impl TimeTagger {
    /// Loads the tagger of a language; a language without temporal data is
    /// a usage error naming the known ones.
    pub fn load(lang: &str) -> Result<TimeTagger> {
        Ok(TimeTagger { lang: lang.to_string(), lexicon: lexicon::Lexicon::load(lang)? })
    }

    /// The language code.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether numeric dates are read day-first ("3/7/2025" = 3 July).
    pub fn day_first(&self) -> bool {
        self.lexicon.day_first
    }

    /// This tagger with the numeric date order the document itself shows:
    /// an English article that writes "25/6/2025" is day-first throughout, so
    /// its "3/7/2025" is 3 July. Dates whose first number exceeds 12 vote for
    /// day-first, second number for month-first; without votes, or on a tie,
    /// the language's own order stays. Call it once per document.
    ///
    /// ```
    /// use linimasa::time::{TimeTagger, Tense};
    /// let en = TimeTagger::load("en").unwrap();
    /// let text = "Talks on 25/6/2025 led to a deal on 3/7/2025.";
    /// let doc = en.adapted_to(text);
    /// let found = doc.find(text, 0..text.len());
    /// assert_eq!(found[1].resolve(None, Tense::Past).unwrap().value, "2025-07-03");
    /// ```
    pub fn adapted_to(&self, text: &str) -> TimeTagger {
        let (mut dmy, mut mdy) = (0, 0);
        let b = text.as_bytes();
        // Every "d/m/yyyy" (1-2 digits, 1-2 digits, 4 digits), scanned by bytes.
        let digits_at = |i: usize, max: usize| -> (usize, u32) {
            let mut j = i;
            while j < b.len() && j - i < max + 1 && b[j].is_ascii_digit() {
                j += 1;
            }
            let v = text[i..j].parse().unwrap_or(0);
            (j - i, v)
        };
        for (k, _) in text.match_indices('/') {
            let mut a0 = k;
            while a0 > 0 && b[a0 - 1].is_ascii_digit() {
                a0 -= 1;
            }
            let (alen, a) = digits_at(a0, 2);
            if alen == 0 || alen > 2 || a0 + alen != k || (a0 > 0 && b[a0 - 1] == b'/') {
                continue;
            }
            let (blen, bv) = digits_at(k + 1, 2);
            if blen == 0 || blen > 2 || b.get(k + 1 + blen) != Some(&b'/') {
                continue;
            }
            let (ylen, _) = digits_at(k + 2 + blen, 4);
            if ylen != 4 {
                continue;
            }
            if a > 12 && a <= 31 && bv <= 12 {
                dmy += 1;
            } else if bv > 12 && bv <= 31 && a <= 12 {
                mdy += 1;
            }
        }
        let mut out = self.clone();
        if dmy > mdy {
            out.lexicon.day_first = true;
        } else if mdy > dmy {
            out.lexicon.day_first = false;
        }
        out
    }

    /// Every temporal expression inside `text[range]`, in text order, with
    /// byte offsets into `text`; expressions do not overlap.
    pub fn find(&self, text: &str, range: std::ops::Range<usize>) -> Vec<TimeMention> {
        self.find_with_tense(text, range).into_iter().map(|(m, _)| m).collect()
    }

    /// [`TimeTagger::find`], each expression with the tense of its clause (as
    /// [`TimeTagger::tense_at`] decides it when `range` is the sentence).
    pub fn find_with_tense(&self, text: &str, range: std::ops::Range<usize>) -> Vec<(TimeMention, Tense)> {
        let Some(slice) = text.get(range.clone()) else {
            return Vec::new();
        };
        let toks = grammar::tokenize(slice);
        let parser = grammar::Parser::new(&toks, &self.lexicon);
        parser
            .parse()
            .into_iter()
            .map(|h| {
                let m = TimeMention {
                    start: range.start + toks[h.start].start,
                    end: range.start + toks[h.end - 1].end,
                    timex_type: h.ty,
                    expr: h.expr(),
                };
                (m, tense_with(&parser, &toks, h.start))
            })
            .collect()
    }

    /// The tense of the clause around `text[at]` within `sentence`: the nearest
    /// tense cue among the eight words before it (and after the last sentence end) decides; a future cue ("akan",
    /// "berharap", "will") makes it future, a past one ("said", "kata") or none past.
    pub fn tense_at(&self, text: &str, sentence: std::ops::Range<usize>, at: usize) -> Tense {
        let Some(slice) = text.get(sentence.clone()) else {
            return Tense::Past;
        };
        let toks = grammar::tokenize(slice);
        let rel = at.saturating_sub(sentence.start);
        let first_after = toks.iter().position(|t| t.start >= rel).unwrap_or(toks.len());
        self.tense_before(&toks, first_after)
    }

    /// The nearest tense cue among the words before token `first_after`.
    fn tense_before(&self, toks: &[grammar::Tok<'_>], first_after: usize) -> Tense {
        tense_with(&grammar::Parser::new(toks, &self.lexicon), toks, first_after)
    }

    /// The article's own date when the text shows it: a dateline, else the
    /// latest explicit full date in the text.
    ///
    /// ```
    /// use linimasa::time::TimeTagger;
    /// let en = TimeTagger::load("en").unwrap();
    /// let d = en.infer_anchor("KYIV, July 3 (Reuters) - Russia launched ... in 2025.");
    /// assert_eq!(d, chrono::NaiveDate::from_ymd_opt(2025, 7, 3));
    /// ```
    pub fn infer_anchor(&self, text: &str) -> Option<NaiveDate> {
        anchor::infer(self, text)
    }
}
