//! Phase one: tokens and lexicon classes composed into expressions.
//!
//! The grammar is shared by all languages; the words are the language's
//! (see [`super::lexicon`]). Both Indonesian and English orders are accepted
//! ("3 Juli 2025" and "July 3, 2025"; "bulan lalu" and "last month"), since a
//! pattern that never occurs in a language costs nothing there.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::lexicon::{parse_rel_daypart, parse_relation, Entry, Lexicon, WordClass as C};
use super::resolve::{duration_value, set_value};
use super::{
    ClockTime, DateBase, EventRelation, Granularity, RelativeDate, TimeExpr, TimeMod, TimeValue, TimexType,
    Unit,
};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, or letters and digits.
    Word,
    /// ASCII digits only.
    Num,
    /// One other character.
    Punct,
}

/// A token with its byte span and lower-case form.
#[derive(Debug, Clone)]
pub struct Tok<'t> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Lower-case text (borrowed when the text already is).
    pub lower: Cow<'t, str>,
    /// Its kind.
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Whitespace precedes it.
    pub space_before: bool,
}

/// Splits text into words, digit runs and single punctuation characters (an
/// apostrophe between letters stays inside a word).
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut space = true;
    while let Some((start, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphanumeric() {
            let mut digits = c.is_ascii_digit();
            let mut prev = c;
            while let Some(&(i, d)) = it.peek() {
                let joins = (d == '\'' || d == '’') && prev.is_alphabetic() && {
                    let rest = &text[i + d.len_utf8()..];
                    rest.chars().next().is_some_and(char::is_alphabetic)
                };
                if d.is_alphanumeric() || joins {
                    digits &= d.is_ascii_digit();
                    end = i + d.len_utf8();
                    prev = d;
                    it.next();
                } else {
                    break;
                }
            }
            if digits {
                Kind::Num
            } else {
                Kind::Word
            }
        } else {
            Kind::Punct
        };
        // A possessive "'s" is a token of its own: "Friday's" is "Friday" + "'s".
        let s = &text[start..end];
        if kind == Kind::Word && s.chars().count() > 3 {
            if let Some(stem) = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")) {
                let cut = start + stem.len();
                out.push(Tok {
                    start,
                    end: cut,
                    lower: lower_case(stem),
                    kind: Kind::Word,
                    cap: c.is_uppercase(),
                    space_before: space,
                });
                out.push(Tok {
                    start: cut,
                    end,
                    lower: Cow::Borrowed("'s"),
                    kind: Kind::Word,
                    cap: false,
                    space_before: false,
                });
                space = false;
                continue;
            }
        }
        let lower = lower_case(s);
        out.push(Tok { start, end, lower, kind, cap: c.is_uppercase(), space_before: space });
        space = false;
    }
    out
}

/// Lower case, allocating only when the text is not lower case already; a
/// typographic apostrophe becomes a plain one.
fn lower_case(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii()) {
        Cow::Borrowed(s)
    } else if s.is_ascii() {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Owned(s.to_lowercase().replace('’', "'"))
    }
}

/// What a rule built.
#[derive(Debug, Clone)]
pub enum Built {
    /// An underspecified or absolute date.
    Date(RelativeDate),
    /// A finished value (durations, sets).
    Value(TimeValue),
    /// Relative to another event.
    Event(EventRelation),
}

/// A match: tokens `[start, end)` of the sentence.
#[derive(Debug, Clone)]
pub struct Hit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// What it means.
    pub built: Built,
}

impl Hit {
    /// The phase-one expression.
    pub fn expr(&self) -> TimeExpr {
        match &self.built {
            Built::Date(r) if !r.needs_anchor() && r.clock.is_none() && r.zone.is_none() => {
                match super::resolve::resolve(r, None, super::Tense::Past) {
                    Some(v) => TimeExpr::Absolute(v),
                    None => TimeExpr::Unknown,
                }
            }
            Built::Date(r) => TimeExpr::Relative(r.clone()),
            Built::Value(v) => TimeExpr::Absolute(v.clone()),
            Built::Event(e) => TimeExpr::EventRelative(*e),
        }
    }
}

/// The parser over one run of tokens.
pub struct Parser<'a> {
    toks: &'a [Tok<'a>],
    lex: &'a Lexicon,
    /// The lexicon entries whose whole phrase matches at each token, longest first.
    at: Vec<Vec<&'a Entry>>,
    /// `day_expr` answers by token (outer `None`: not asked yet).
    day_memo: std::cell::RefCell<Vec<Option<At<DateBase>>>>,
}

type At<T> = Option<(usize, T)>;

impl<'a> Parser<'a> {
    /// A parser over `toks`.
    pub fn new(toks: &'a [Tok<'a>], lex: &'a Lexicon) -> Parser<'a> {
        let at = (0..toks.len())
            .map(|i| {
                lex.starting_with(&toks[i].lower)
                    .iter()
                    .filter(|e| {
                        let n = e.tokens.len();
                        i + n <= toks.len()
                            && e.tokens.iter().zip(&toks[i..i + n]).all(|(a, b)| **a == *b.lower)
                    })
                    .collect()
            })
            .collect();
        Parser { toks, lex, at, day_memo: std::cell::RefCell::new(vec![None; toks.len()]) }
    }

    /// Every expression, left to right, longest match first, no overlaps.
    pub fn parse(&self) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.best_at(i) {
                Some(mut h) => {
                    i = h.end;
                    let free = out.last().map_or(0, |l| l.end);
                    self.approximate(&mut h, free);
                    out.push(h);
                }
                // A phrase that is no date ("Good Friday", "lalu lintas") hides every word of it.
                None => i += self.matches(i).find(|e| e.class == C::Blocker).map_or(1, |e| e.tokens.len()),
            }
        }
        out
    }

    /// "sekitar dua jam", "more than four decades ago": an approximation word
    /// right before an expression joins it and gives its `mod`.
    fn approximate(&self, h: &mut Hit, free: usize) {
        let Some((s, ent)) = (free.max(h.start.saturating_sub(3))..h.start)
            .find_map(|s| self.ent(s, C::Approx).filter(|(e, _)| *e == h.start).map(|(_, ent)| (s, ent)))
        else {
            return;
        };
        let Some(m) = TimeMod::from_name(&ent.value) else { return };
        match &mut h.built {
            Built::Date(r) if r.modifier.is_none() => r.modifier = Some(m),
            Built::Value(v) if v.modifier.is_none() => v.modifier = Some(m),
            _ => return,
        }
        h.start = s;
    }

    fn best_at(&self, i: usize) -> Option<Hit> {
        let t = &self.toks[i];
        if t.kind == Kind::Punct && t.lower != "(" {
            return None;
        }
        let digit_word = t.lower.starts_with(|c: char| c.is_ascii_digit())
            || (t.lower.len() == 2 && t.lower.starts_with('q'));
        // A word that cannot open an expression ("pada", "ini", "said") is skipped at once.
        if t.kind == Kind::Word && !digit_word && !self.at[i].iter().any(|e| opens(e)) {
            return None;
        }
        let rules: [&dyn Fn(usize) -> Option<Hit>; 13] = [
            &|i| self.vague_units(i),
            &|i| self.season(i),
            &|i| self.event_day(i),
            &|i| self.set(i),
            &|i| self.counted(i),
            &|i| self.recent(i),
            &|i| self.part(i),
            &|i| self.datetime(i),
            &|i| self.quarter(i),
            &|i| self.calendar(i).map(|(e, r)| date_hit(i, e, r)),
            &|i| self.time_alone(i),
            &|i| self.rel_daypart(i),
            &|i| self.reference(i),
        ];
        let mut best: Option<Hit> = None;
        for r in rules {
            if let Some(h) = r(i) {
                if best.as_ref().is_none_or(|b| h.end > b.end) {
                    best = Some(h);
                }
            }
        }
        best
    }

    // ---- token helpers ----

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    /// The longest entry of `class` at token `i`: (end token, entry).
    fn ent(&self, i: usize, class: C) -> At<&'a Entry> {
        let mut found = None;
        for e in self.matches(i) {
            // A blocker at the same place ("lalu lintas") hides every reading.
            if e.class == C::Blocker {
                return None;
            }
            if e.class == class && found.is_none() {
                found = Some((i + e.tokens.len(), e));
            }
        }
        found
    }

    /// Every lexicon entry whose phrase matches at `i`, longest first.
    fn matches(&self, i: usize) -> impl Iterator<Item = &'a Entry> + '_ {
        self.at.get(i).into_iter().flatten().copied()
    }

    /// The tense cue (future or past entry) whose phrase starts at `i` and ends by `limit`.
    pub fn tense_cue(&self, i: usize, limit: usize) -> Option<C> {
        self.matches(i)
            .find(|e| matches!(e.class, C::Future | C::Past) && i + e.tokens.len() <= limit)
            .map(|e| e.class)
    }

    /// The longest lexicon phrase of any class at `i`, in tokens.
    fn longest_phrase(&self, i: usize) -> usize {
        self.matches(i).map(|e| e.tokens.len()).max().unwrap_or(0)
    }

    fn is(&self, i: usize, class: C) -> bool {
        self.ent(i, class).is_some()
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && chars.contains(&*t.lower))
    }

    /// Token `i` touches the one before it (no space).
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn skip_fillers(&self, mut i: usize) -> usize {
        while let Some((e, _)) = self.ent(i, C::Filler) {
            i = e;
        }
        i
    }

    /// Skips the fillers that may open an expression ("the", not "of").
    fn skip_lead(&self, mut i: usize) -> usize {
        while let Some((e, ent)) = self.ent(i, C::Filler) {
            if !ent.has("lead") {
                break;
            }
            i = e;
        }
        i
    }

    /// A digit token with at most `max_len` digits, and its value.
    fn digits(&self, i: usize, max_len: usize) -> Option<i64> {
        let t = self.tok(i)?;
        (t.kind == Kind::Num && t.lower.len() <= max_len).then(|| t.lower.parse().ok())?
    }

    /// The token before `i` is a date cue or a word that belongs to a date.
    fn cue_before(&self, i: usize) -> bool {
        // Any entry of these classes ending right at `i`.
        (i.saturating_sub(4)..i).any(|s| {
            self.matches(s).any(|e| {
                s + e.tokens.len() == i
                    && matches!(e.class, C::Cue | C::MonthWord | C::DayWord | C::Part | C::Shift | C::Filler)
            }) && !self.matches(s).any(|e| e.class == C::Blocker)
        })
    }

    /// A count: digits, a number word, or a vague count (`None`).
    fn count(&self, i: usize) -> At<Option<i64>> {
        if let Some(n) = self.digits(i, 4) {
            // Not the tail of a decimal or grouped number ("2,5 hari", "1.000").
            if i >= 2 && self.glued(i) && self.punct(i - 1, ".,") && self.glued(i - 1) {
                return None;
            }
            if self.glued(i + 1)
                && self.punct(i + 1, ".,")
                && self.glued(i + 2)
                && self.digits(i + 2, 9).is_some()
            {
                return None;
            }
            return Some((i + 1, Some(n)));
        }
        let number = self.ent(i, C::Number).map(|(e, ent)| (e, Some(ent.int())));
        let vague = self.ent(i, C::Vague).map(|(e, _)| (e, None));
        // "a few" is vaguer than "a".
        match (number, vague) {
            (Some(n), Some(v)) if v.0 > n.0 => Some(v),
            (Some(n), _) => Some(n),
            (None, v) => v,
        }
    }

    fn unit(&self, i: usize) -> At<Unit> {
        let (e, ent) = self.ent(i, C::Unit)?;
        Some((e, Unit::from_name(&ent.value)?))
    }

    /// A year: four digits, 1000-2999, not inside a larger number.
    fn year_digits(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.lower.len() != 4 {
            return None;
        }
        let y: i32 = t.lower.parse().ok()?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        if i >= 1 && self.glued(i) && self.punct(i - 1, ".,") && i >= 2 && self.tok(i - 2)?.kind == Kind::Num
        {
            return None;
        }
        let glued_after = self.glued(i + 1) && self.punct(i + 1, ".,%");
        if glued_after
            && (self.punct(i + 1, "%")
                || (self.glued(i + 2) && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num)))
        {
            return None;
        }
        Some(y)
    }

    /// A day of month: 1-31 as one or two digits (with an ordinal suffix glued on, "3rd").
    fn day_num(&self, i: usize) -> At<u32> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.lower.len() <= 2 {
            let d: u32 = t.lower.parse().ok()?;
            return (1..=31).contains(&d).then_some((i + 1, d));
        }
        if t.kind == Kind::Word {
            let digits: String = t.lower.chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty() && digits.len() <= 2 {
                let suffix = &t.lower[digits.len()..];
                let ok = self.lex.starting_with(suffix).iter().any(|e| e.class == C::OrdinalSuffix);
                let d: u32 = digits.parse().ok()?;
                if ok && (1..=31).contains(&d) {
                    return Some((i + 1, d));
                }
            }
        }
        None
    }

    /// A month name at `i`, honouring the `cap` and `strict` flags; `context`
    /// says a day number or year is next to it.
    fn month(&self, i: usize, context: bool) -> At<u32> {
        let (e, ent) = self.ent(i, C::Month)?;
        let cap = self.tok(i)?.cap;
        if (ent.has("cap") || ent.has("strict")) && !cap {
            return None;
        }
        if ent.has("strict") && !context && !self.cue_before(i) {
            return None;
        }
        // An abbreviation may carry its dot: "Jan."
        let e = if ent.has("abbr") && self.punct(e, ".") && self.glued(e) { e + 1 } else { e };
        Some((e, ent.int() as u32))
    }

    fn weekday(&self, i: usize) -> At<u32> {
        let (e, ent) = self.ent(i, C::Weekday)?;
        if ent.has("cap") && !self.tok(i)?.cap && !self.is(i.wrapping_sub(1), C::DayWord) {
            return None;
        }
        Some((e, ent.int() as u32))
    }

    // ---- calendar expressions ----

    /// Numeric dates: 3/7/2025, 03-07-2025, 2025-07-03, (3/7/2025).
    fn numeric_date(&self, i: usize) -> At<NaiveDate> {
        if self.punct(i, "(") {
            let (e, d) = self.numeric_date(i + 1)?;
            return self.punct(e, ")").then_some((e + 1, d));
        }
        let a = self.tok(i)?;
        if a.kind != Kind::Num {
            return None;
        }
        let sep = self.tok(i + 1)?;
        if sep.kind != Kind::Punct || !"/-.".contains(&*sep.lower) || !self.glued(i + 1) {
            return None;
        }
        let (b, c) = (self.digits(i + 2, 2)?, self.tok(i + 4)?);
        if !self.glued(i + 2)
            || !self.glued(i + 3)
            || !self.glued(i + 4)
            || self.tok(i + 3)?.lower != sep.lower
        {
            return None;
        }
        if c.kind != Kind::Num {
            return None;
        }
        // Not part of a longer run of numbers (1.2.3.4, 10/3/2025/1).
        if self.glued(i + 5)
            && self.punct(i + 5, "/-.")
            && self.glued(i + 6)
            && self.digits(i + 6, 9).is_some()
        {
            return None;
        }
        let n = |t: &Tok<'_>| t.lower.parse::<u32>().ok();
        let date = if a.lower.len() == 4 && c.lower.len() <= 2 {
            NaiveDate::from_ymd_opt(n(a)? as i32, b as u32, n(c)?)
        } else if a.lower.len() <= 2 && (c.lower.len() == 4 || (c.lower.len() == 2 && sep.lower == "/")) {
            let mut y = n(c)? as i32;
            if c.lower.len() == 2 {
                y += if y < 50 { 2000 } else { 1900 };
            }
            // A dot date with a two-digit year is too easily a version or score.
            if sep.lower == "." && c.lower.len() != 4 {
                return None;
            }
            let (x, z) = (n(a)?, b as u32);
            let (d, m) = if x > 12 || (self.lex.day_first && z <= 12) { (x, z) } else { (z, x) };
            NaiveDate::from_ymd_opt(y, m, d)
        } else {
            None
        }?;
        Some((i + 5, date))
    }

    /// A day-precise date or weekday: "hari Kamis, (3/7/2025)", "3 Juli 2025",
    /// "July 3, 2025", "Thursday", "kemarin", "last Monday".
    fn day_expr(&self, i: usize) -> At<DateBase> {
        // Several rules ask at the same place: remember the answer.
        if let Some(Some(known)) = self.day_memo.borrow().get(i) {
            return known.clone();
        }
        let found = self.day_expr_uncached(i);
        if let Some(slot) = self.day_memo.borrow_mut().get_mut(i) {
            *slot = Some(found.clone());
        }
        found
    }

    fn day_expr_uncached(&self, i: usize) -> At<DateBase> {
        let mut best: At<DateBase> = None;
        let mut take = |c: At<DateBase>| {
            if let Some((e, b)) = c {
                if best.as_ref().is_none_or(|(be, _)| e > *be) {
                    best = Some((e, b));
                }
            }
        };
        let j = self.ent(i, C::DayWord).map_or(i, |(e, _)| e);
        let both = [i, j];
        for &s in if j == i { &both[..1] } else { &both[..] } {
            take(self.numeric_date(s).map(|(e, d)| (e, DateBase::Date(d))));
            take(self.day_month(s));
            take(self.month_day(s));
            take(self.weekday_expr(s));
        }
        if let Some((e, ent)) = self.ent(i, C::RelDay) {
            take(Some((e, DateBase::Days(ent.int()))));
        }
        // "tanggal 24 [kemarin]": a day of the month alone, after a word that numbers days.
        if let Some((k, _)) = self.ent(i, C::DayWord).filter(|(_, w)| w.has("numbered")) {
            if let Some((e, day)) = self.day_num(k) {
                let (e, shift) = match self.ent(e, C::Shift) {
                    Some((se, s)) if s.has("after") && s.int() != 0 => (se, Some(s.int())),
                    _ => (e, None),
                };
                take(Some((e, DateBase::DayOfMonth { day, shift })));
            }
        }
        best
    }

    /// "3 Juli 2025", "3 Juli", "3rd of July".
    fn day_month(&self, i: usize) -> At<DateBase> {
        let (e, d) = self.day_num(i)?;
        let k = self.skip_fillers(e);
        let (e, m) = self.month(k, true)?;
        Some(self.with_year(e, d, m))
    }

    /// "July 3, 2025", "July 3".
    fn month_day(&self, i: usize) -> At<DateBase> {
        let (e, m) = self.month(i, true)?;
        let (e, d) = self.day_num(e)?;
        // "June 10:30", "July 3.5": not a day.
        if self.glued(e) && self.punct(e, ":.,") && self.digits(e + 1, 9).is_some() && self.glued(e + 1) {
            return None;
        }
        Some(self.with_year(e, d, m))
    }

    fn with_year(&self, e: usize, d: u32, m: u32) -> (usize, DateBase) {
        let k = if self.punct(e, ",") { e + 1 } else { e };
        if let Some(y) = self.year_digits(k) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return (k + 1, DateBase::Date(date));
            }
        }
        // "25 Juni lalu", "10 Juli mendatang"
        if let Some((se, ent)) = self.ent(e, C::Shift) {
            if ent.has("after") && ent.int() != 0 {
                return (se, DateBase::DayMonth { day: d, month: m, shift: Some(ent.int()) });
            }
        }
        (e, DateBase::DayMonth { day: d, month: m, shift: None })
    }

    /// "(30/6)" right after a weekday: day and month in the language's order.
    fn bracket_day_month(&self, k: usize) -> At<DateBase> {
        if !self.punct(k, "(") || !self.punct(k + 2, "/") || !self.punct(k + 4, ")") {
            return None;
        }
        let (x, z) = (self.digits(k + 1, 2)? as u32, self.digits(k + 3, 2)? as u32);
        let (day, month) = if x > 12 || (self.lex.day_first && z <= 12) { (x, z) } else { (z, x) };
        ((1..=31).contains(&day) && (1..=12).contains(&month))
            .then_some((k + 5, DateBase::DayMonth { day, month, shift: None }))
    }

    /// "[hari] Kamis [, (3/7/2025)]", "last Monday", "Senin depan".
    fn weekday_expr(&self, i: usize) -> At<DateBase> {
        let (pre_end, pre) = match self.ent(i, C::Shift) {
            Some((e, ent)) if ent.has("before") => (e, Some(ent.int())),
            _ => (i, None),
        };
        let (e, day) = self.weekday(pre_end)?;
        // A date written right after the weekday wins: "Kamis (3/7/2025)", "Thursday, July 3".
        let k = if self.punct(e, ",") { e + 1 } else { e };
        if let Some((de, d)) = self.numeric_date(k) {
            // "Minggu (28/12/2014) kemarin": the shift word belongs to it and changes nothing.
            let de = match self.ent(de, C::Shift) {
                Some((se, ent)) if ent.has("after") && ent.int() < 0 => se,
                _ => de,
            };
            return Some((de, DateBase::Date(d)));
        }
        if let Some((de, b)) = self.day_month(k).or_else(|| self.month_day(k)) {
            return Some((de, b));
        }
        // "Senin (30/6)": day and month in brackets, the year left to the anchor.
        if let Some((de, b)) = self.bracket_day_month(k) {
            return Some((de, b));
        }
        if pre.is_some() {
            return Some((e, DateBase::Weekday { day, shift: pre.filter(|&s| s != 0) }));
        }
        if let Some((se, ent)) = self.ent(e, C::Shift) {
            if ent.has("after") {
                return Some((se, DateBase::Weekday { day, shift: Some(ent.int()).filter(|&s| s != 0) }));
            }
        }
        Some((e, DateBase::Weekday { day, shift: None }))
    }

    /// Months, years, decades and "this/last/next unit".
    fn calendar(&self, i: usize) -> At<RelativeDate> {
        let mut best: At<DateBase> = None;
        let mut take = |c: At<DateBase>| {
            if let Some((e, b)) = c {
                if best.as_ref().is_none_or(|(be, _)| e > *be) {
                    best = Some((e, b));
                }
            }
        };
        // "Minggu ini" is this week, not Sunday: units first, and ties keep the first.
        take(self.units_shift(i));
        take(self.day_expr(i));
        take(self.month_expr(i));
        take(self.year_expr(i));
        best.map(|(e, b)| (e, RelativeDate::plain(b)))
    }

    /// "[bulan] Juli [2025]", "Juli lalu", "next June".
    fn month_expr(&self, i: usize) -> At<DateBase> {
        let (j, has_word) = match self.ent(i, C::MonthWord) {
            Some((e, _)) => (e, true),
            None => (i, false),
        };
        let (pre_end, pre) = match self.ent(j, C::Shift) {
            Some((e, ent)) if ent.has("before") => (e, Some(ent.int())),
            _ => (j, None),
        };
        let year_next = |k: usize| {
            let k = if self.punct(k, ",") { k + 1 } else { k };
            self.year_digits(k).map(|y| (k + 1, y))
        };
        // Strict months need context: a year after, a month word or a cue before.
        let strict_ok = has_word || pre.is_some();
        let (e, m) = match self.month(pre_end, strict_ok) {
            Some(x) => x,
            None => {
                let (e, ent) = self.ent(pre_end, C::Month)?;
                if !self.tok(pre_end)?.cap {
                    return None;
                }
                let e2 = if ent.has("abbr") && self.punct(e, ".") && self.glued(e) { e + 1 } else { e };
                // "Mei lalu," closing a clause is a month ("Mei lalu pergi" is a name).
                let shifted = self.ent(e, C::Shift).is_some_and(|(se, s)| {
                    s.has("after") && s.int() != 0 && (se == self.toks.len() || self.punct(se, ",.;"))
                });
                if !shifted {
                    year_next(e2)?;
                }
                (e2, ent.int() as u32)
            }
        };
        if pre.is_none() {
            if let Some((ye, y)) = year_next(e) {
                return Some((ye, DateBase::YearMonth(y, m)));
            }
            if let Some((se, ent)) = self.ent(e, C::Shift) {
                if ent.has("after") {
                    return Some((
                        se,
                        DateBase::Month { month: m, shift: Some(ent.int()).filter(|&s| s != 0) },
                    ));
                }
            }
        }
        Some((e, DateBase::Month { month: m, shift: pre.filter(|&s| s != 0) }))
    }

    /// "1990s" as one token.
    fn decade_in_token(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || t.lower.len() < 5 {
            return None;
        }
        if !t.lower.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        let (y, suffix) = t.lower.split_at(4);
        let y: i32 = y.parse().ok()?;
        let ok = self.lex.starting_with(suffix).iter().any(|e| e.class == C::DecadeSuffix);
        (ok && y % 10 == 0 && (1000..=2999).contains(&y)).then_some(y)
    }

    /// "tahun 2022", "2022", "1990s", "tahun 1990-an".
    fn year_expr(&self, i: usize) -> At<DateBase> {
        let j = self.skip_lead(i);
        if let Some(y) = self.decade_in_token(j) {
            return Some((j + 1, DateBase::Decade(y)));
        }
        // "the 1996 season": the article belongs to the noun, not the year.
        let j = i;
        let (j, word) = match self.unit(j) {
            Some((e, Unit::Year)) => (e, true),
            _ => (j, false),
        };
        // "tahun 40-an", "the '90s": a two-digit decade of the 1900s.
        if let Some(n) =
            self.digits(j, 2).filter(|n| n % 10 == 0 && (word || self.punct(j.wrapping_sub(1), "'’")))
        {
            let k = if self.glued(j + 1) && self.punct(j + 1, "-") { j + 2 } else { j + 1 };
            if self.glued(k) && self.is(k, C::DecadeSuffix) {
                return Some((k + 1, DateBase::Decade(1900 + n as i32)));
            }
        }
        let y = self.year_digits(j)?;
        // "1990-an", "1990's"
        let mut k = j + 1;
        if self.glued(k) && self.punct(k, "-'’") {
            k += 1;
        }
        if self.glued(k) && self.is(k, C::DecadeSuffix) && y % 10 == 0 {
            return Some((k + 1, DateBase::Decade(y)));
        }
        if !word && !self.bare_year_ok(i, j) {
            return None;
        }
        Some((j + 1, DateBase::Year(y)))
    }

    /// A year with no "tahun"/"in" before it counts in 1900-2100 when the word
    /// after it is not a lower-case word (which would make it a count: "2022 orang").
    fn bare_year_ok(&self, i: usize, j: usize) -> bool {
        let Some(y) = self.digits(j, 4) else { return false };
        if self.cue_before(i) {
            return true;
        }
        if !(1900..=2100).contains(&y) {
            return false;
        }
        // Money and measures: "$2022", "Rp 2022", "2022 orang".
        if j > 0 && (self.punct(j - 1, "$€£¥") || self.is(j - 1, C::Measure)) {
            return false;
        }
        if self.is(j + 1, C::Measure) {
            return false;
        }
        true
    }

    /// "bulan lalu", "last month", "this year", "pekan depan", "earlier this week".
    fn units_shift(&self, i: usize) -> At<DateBase> {
        let j = self.skip_lead(i);
        if let Some((e, ent)) = self.ent(j, C::Shift) {
            if ent.has("before") {
                if let Some((ue, unit)) = self.unit(e) {
                    return Some((ue, DateBase::Units { unit, n: ent.int() }));
                }
            }
        }
        let (e, unit) = self.unit(i)?;
        let (se, ent) = self.ent(e, C::Shift)?;
        if !ent.has("after") || matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        Some((se, DateBase::Units { unit, n: ent.int() }))
    }

    // ---- rules ----

    /// "keesokan harinya", "the next day".
    fn event_day(&self, i: usize) -> Option<Hit> {
        let (e, ent) = self.ent(i, C::EventDay)?;
        let (days, reference) = parse_relation(&ent.value)?;
        Some(Hit {
            start: i,
            end: e,
            ty: TimexType::Date,
            built: Built::Event(EventRelation { days, reference }),
        })
    }

    /// "setiap tahun", "every Monday", "daily".
    fn set(&self, i: usize) -> Option<Hit> {
        if let Some((e, ent)) = self.ent(i, C::Set) {
            let g = granularity_of(&ent.value);
            return Some(Hit {
                start: i,
                end: e,
                ty: TimexType::Set,
                built: Built::Value(set_value(ent.value.clone(), g)),
            });
        }
        let (e, _) = self.ent(i, C::Every)?;
        if let Some((we, day)) = self.weekday(e) {
            let v = set_value(format!("XXXX-WXX-{day}"), Granularity::Day);
            return Some(Hit { start: i, end: we, ty: TimexType::Set, built: Built::Value(v) });
        }
        let (ce, n) = match self.count(e) {
            Some((ce, n)) => (ce, n),
            None => (e, Some(1)),
        };
        let (ue, unit) = self.unit(ce)?;
        let mut v = duration_value(n, unit);
        v.start = None;
        Some(Hit { start: i, end: ue, ty: TimexType::Set, built: Built::Value(v) })
    }

    /// "12 hari", "satu jam", "sehari setelah", "two weeks later", "dua hari lalu".
    fn counted(&self, i: usize) -> Option<Hit> {
        let (ue, n, unit) = if let Some((e, ent)) = self.ent(i, C::OneUnit) {
            (e, Some(1), Unit::from_name(&ent.value)?)
        } else {
            let j = self.skip_lead(i);
            // "08 derajat 50 menit": minutes of arc, not of time.
            if i > 0 && self.is(i - 1, C::Measure) {
                return None;
            }
            let (ce, n) = self.count(j)?;
            let hyphen = self.punct(ce, "-") && self.glued(ce);
            // "the nine months" keeps its article; "the 12-day war" does not.
            if j > i && hyphen {
                return None;
            }
            let k = if hyphen { ce + 1 } else { ce };
            let (ue, unit) = self.unit(k)?;
            // "44-year-old": an age, not a duration.
            let after = if self.punct(ue, "-") && self.glued(ue) { ue + 1 } else { ue };
            if self.is(after, C::Measure) {
                return None;
            }
            // "a second opinion": an article before a unit that is also an ordinal.
            let article = self.ent(i, C::Number).is_some_and(|(e, ent)| e == ce && ent.has("article"));
            if article && self.ent(k, C::Unit).is_some_and(|(_, u)| u.has("counted")) {
                return None;
            }
            (ue, n, unit)
        };
        // "dua hari lalu", "two weeks ago", "dua hari lagi".
        if let (Some((ae, ent)), Some(n)) = (self.ent(ue, C::Ago), n) {
            if !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                let r = RelativeDate::plain(DateBase::Units { unit, n: n * ent.int().signum() });
                return Some(date_hit(i, ae, r));
            }
        }
        // "sehari setelah", "two weeks later".
        if let Some((re, ent)) = self.ent(ue, C::Relation) {
            let (sign, reference) = parse_relation(&ent.value)?;
            let days = match (unit, n) {
                (Unit::Day, Some(n)) => Some(n),
                (Unit::Week, Some(n)) => Some(7 * n),
                _ => None,
            };
            let built = match (days, unit, n) {
                (Some(d), _, _) => Built::Event(EventRelation { days: sign.signum() * d, reference }),
                // "a year earlier", "two months later": too coarse for a day offset; read
                // against the article date, as TimeML annotators do.
                (None, Unit::Month | Unit::Quarter | Unit::Half | Unit::Year | Unit::Decade, Some(n))
                    if reference == super::Reference::Preceding =>
                {
                    let r = RelativeDate::plain(DateBase::Units { unit, n: sign.signum() * n });
                    return Some(date_hit(i, re, r));
                }
                // "beberapa bulan setelah", "sebulan setelah": no day offset to give;
                // the count and unit stay a duration, as TimeML marks them.
                _ => {
                    let v = duration_value(n, unit);
                    return Some(Hit { start: i, end: ue, ty: TimexType::Duration, built: Built::Value(v) });
                }
            };
            return Some(Hit { start: i, end: re, ty: TimexType::Date, built });
        }
        // "a" counts only right before a unit, which it is here.
        Some(Hit { start: i, end: ue, ty: TimexType::Duration, built: Built::Value(duration_value(n, unit)) })
    }

    /// "the past two weeks", "tiga tahun terakhir".
    fn recent(&self, i: usize) -> Option<Hit> {
        let j = self.skip_lead(i);
        // "the next three days", "the coming weeks": a stretch ahead (or behind) is a
        // duration, not a date.
        if let Some((e, _)) = self.ent(j, C::Shift).filter(|(_, s)| s.has("before") && s.int() != 0) {
            let (ce, n) = match self.count(e) {
                Some((ce, n)) => (ce, n),
                None => (e, None),
            };
            if let Some((ue, u)) = self.ent(ce, C::Unit) {
                if ce > e || u.has("plural") {
                    let v = duration_value(n, Unit::from_name(&u.value)?);
                    return Some(Hit { start: i, end: ue, ty: TimexType::Duration, built: Built::Value(v) });
                }
            }
        }
        if let Some((e, ent)) = self.ent(j, C::Recent) {
            if ent.has("before") {
                let (ce, n, explicit) = match self.count(e) {
                    Some((ce, n)) => (ce, n, true),
                    None => (e, Some(1), false),
                };
                let (ue, unit) = self.unit(ce)?;
                // "last week" alone is a date; "the past week" a duration.
                if !explicit && self.ent(j, C::Shift).is_some_and(|(se, _)| se == e) {
                    return None;
                }
                let v = duration_value(n, unit);
                return Some(Hit { start: i, end: ue, ty: TimexType::Duration, built: Built::Value(v) });
            }
        }
        let (ue, n, unit) = match self.ent(i, C::OneUnit) {
            Some((e, ent)) => (e, Some(1), Unit::from_name(&ent.value)?),
            None => {
                let (ce, n) = self.count(i)?;
                let (ue, unit) = self.unit(ce)?;
                (ue, n, unit)
            }
        };
        let (re, ent) = self.ent(ue, C::Recent)?;
        ent.has("after").then(|| Hit {
            start: i,
            end: re,
            ty: TimexType::Duration,
            built: Built::Value(duration_value(n, unit)),
        })
    }

    /// "awal Juni", "pertengahan 2025", "mid-2025", "late last year", "akhir bulan ini",
    /// "the end of the year".
    fn part(&self, i: usize) -> Option<Hit> {
        let p = self.skip_lead(i);
        let (e, ent) = self.ent(p, C::Part)?;
        // "akhir pekan" (weekend), "tengah malam" (midnight) are words of their own.
        if self.longest_phrase(p) > e - p {
            return None;
        }
        let m = TimeMod::from_name(&ent.value).unwrap_or(TimeMod::End);
        let mut k = e;
        if self.punct(k, "-") && self.glued(k) {
            k += 1;
        }
        let k = self.skip_fillers(k);
        let (end, mut r) = match self.calendar(k) {
            Some(x) => x,
            None => {
                // "akhir tahun", "awal bulan": the anchor's own period.
                let (ue, unit) = self.unit(k)?;
                if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                (ue, RelativeDate::plain(DateBase::Units { unit, n: 0 }))
            }
        };
        // "late Thursday" keeps the day; a fuzzy part of a day adds no interval.
        r.modifier = Some(m);
        Some(date_hit(i, end, r))
    }

    /// A day with a time, either order: "Kamis pukul 10.30 WIB", "10:30 a.m. EST Thursday",
    /// "Thursday evening".
    fn datetime(&self, i: usize) -> Option<Hit> {
        // Only a day and a time side by side make one expression: "Rabu (31/12/2014),
        // pukul 05.00" and "esok hari pada pukul 05.00" are two, as TimeML annotators
        // mark them; the time then takes its day from the text (see `SameDay`).
        if let Some((e, base)) = self.day_expr(i) {
            if let Some((te, clock, zone)) = self.time_of_day(e) {
                return Some(date_hit(
                    i,
                    te,
                    RelativeDate { base, modifier: None, clock: Some(clock), zone },
                ));
            }
            if let Some((de, ent)) = self.ent(e, C::Daypart) {
                let r = RelativeDate {
                    base,
                    modifier: None,
                    clock: Some(ClockTime::Part(ent.value.clone())),
                    zone: None,
                };
                return Some(date_hit(i, de, r));
            }
            return None;
        }
        let (te, clock, zone) = self.time_of_day(i)?;
        let (de, base) = self.day_expr(te)?;
        Some(date_hit(i, de, RelativeDate { base, modifier: None, clock: Some(clock), zone }))
    }

    /// A clock time on its own (on the article's day).
    fn time_alone(&self, i: usize) -> Option<Hit> {
        if let Some((e, clock, zone)) = self.time_of_day(i) {
            return Some(date_hit(
                i,
                e,
                RelativeDate { base: DateBase::SameDay, modifier: None, clock: Some(clock), zone },
            ));
        }
        // "malam hari", "in the morning": a part of the day on its own.
        let (e, ent) = self.ent(i, C::Daypart)?;
        // "noon" is a time by itself; "pagi" or "evening" needs company.
        if e - i < 2 && !self.cue_before(i) && !ent.value.starts_with('T') {
            return None;
        }
        let r = RelativeDate {
            base: DateBase::SameDay,
            modifier: None,
            clock: Some(ClockTime::Part(ent.value.clone())),
            zone: None,
        };
        Some(date_hit(i, e, r))
    }

    /// "pukul 10.30 WIB", "10:30 a.m. EST", "jam 8 malam", "noon".
    fn time_of_day(&self, i: usize) -> Option<(usize, ClockTime, Option<String>)> {
        let (j, word) = match self.ent(i, C::Clock) {
            Some((e, _)) if self.digits(e, 2).is_some() => (e, true),
            _ => (i, false),
        };
        let h = self.digits(j, 2)? as u32;
        let mut e = j + 1;
        let mut m = 0;
        let mut sep = None;
        if self.glued(e) && self.punct(e, ":.") && self.glued(e + 1) {
            if let Some(t) = self.tok(e + 1) {
                if t.kind == Kind::Num && t.lower.len() == 2 {
                    m = t.lower.parse().ok()?;
                    sep = Some(self.tok(e)?.lower.to_string());
                    e += 2;
                }
            }
        }
        let mut h = h;
        let mut marked = false;
        if let Some((ae, ent)) = self.ent(e, C::Ampm) {
            marked = true;
            if ent.value == "pm" && h < 12 {
                h += 12;
            } else if ent.value == "am" && h == 12 {
                h = 0;
            }
            e = ae;
        } else if let Some((de, ent)) = self.ent(e, C::Daypart) {
            if word {
                // "pukul 8 malam": evening hours.
                if matches!(ent.value.as_str(), "AF" | "EV" | "NI") && h < 12 && !(ent.value == "NI" && h < 5)
                {
                    h += 12;
                }
                e = de;
                marked = true;
            }
        }
        let zone = self.ent(e, C::Zone).map(|(ze, ent)| {
            e = ze;
            ent.value.clone()
        });
        if h > 24 || m > 59 {
            return None;
        }
        // Bare "10.30" is a number; it is a time with "pukul", a.m./p.m. or a zone,
        // and "10:30" is a time by itself.
        let ok = word || marked || zone.is_some() || sep.as_deref() == Some(":");
        if !ok {
            return None;
        }
        Some((e, ClockTime::Hm(h, m), zone))
    }

    /// "tadi malam", "tonight", "this morning".
    fn rel_daypart(&self, i: usize) -> Option<Hit> {
        let (e, ent) = self.ent(i, C::RelDaypart)?;
        let (off, part) = parse_rel_daypart(&ent.value)?;
        let r = RelativeDate {
            base: DateBase::Days(off),
            modifier: None,
            clock: Some(ClockTime::Part(part)),
            zone: None,
        };
        Some(date_hit(i, e, r))
    }

    /// "sekarang", "now", "recently"; "hari itu", "that day".
    fn reference(&self, i: usize) -> Option<Hit> {
        if let Some((e, _)) = self.ent(i, C::SameDay) {
            return Some(date_hit(i, e, RelativeDate::plain(DateBase::SameDay)));
        }
        let (e, ent) = self.ent(i, C::Ref)?;
        Some(date_hit(i, e, RelativeDate::plain(DateBase::Ref(ent.value.clone()))))
    }

    /// "kuartal pertama 2025", "the first quarter of 2025", "kuartal ketiga".
    fn quarter(&self, i: usize) -> Option<Hit> {
        // "Q3", "Q3 2025": the same in every language.
        if let Some(t) = self.tok(i) {
            let b = t.lower.as_bytes();
            if b.len() == 2 && b[0] == b'q' && (b'1'..=b'4').contains(&b[1]) {
                let q = u32::from(b[1] - b'0');
                let k = if self.punct(i + 1, ",") || (self.punct(i + 1, "-") && self.glued(i + 1)) {
                    i + 2
                } else {
                    i + 1
                };
                let (end, year) = match self.year_digits(k) {
                    Some(y) => (k + 1, Some(y)),
                    None => (i + 1, None),
                };
                return Some(date_hit(i, end, RelativeDate::plain(DateBase::Quarter { year, q })));
            }
        }
        let j = self.skip_lead(i);
        // "the third quarter" keeps its article; "the third-quarter loss" does not.
        if j > i && self.ent(j, C::Ordinal).is_some_and(|(oe, _)| self.punct(oe, "-") && self.glued(oe)) {
            return None;
        }
        let parts = |u: Unit| matches!(u, Unit::Quarter | Unit::Half);
        let (e, q, unit) = if let Some((oe, ent)) = self.ent(j, C::Ordinal) {
            let oe = if self.punct(oe, "-") && self.glued(oe) { oe + 1 } else { oe };
            let (ue, unit) = self.unit(oe)?;
            parts(unit).then_some((ue, ent.int(), unit))?
        } else {
            let (ue, unit) = self.unit(j)?;
            if !parts(unit) {
                return None;
            }
            let (oe, ent) = self.ent(ue, C::Ordinal)?;
            (oe, ent.int(), unit)
        };
        let most = if unit == Unit::Half { 2 } else { 4 };
        let q = u32::try_from(q).ok().filter(|q| (1..=most).contains(q))?;
        let k = self.skip_fillers(e);
        // "kuartal I-2025", "Q3, 2025"
        let k = if self.punct(k, ",") || (self.punct(k, "-") && self.glued(k)) { k + 1 } else { k };
        let (end, year) = match self.year_digits(k) {
            Some(y) => (k + 1, Some(y)),
            None => (e, None),
        };
        let base =
            if unit == Unit::Half { DateBase::Half { year, h: q } } else { DateBase::Quarter { year, q } };
        Some(date_hit(i, end, RelativeDate::plain(base)))
    }
}

impl Parser<'_> {
    /// "for weeks", "in years": a plural unit alone after a cue.
    fn vague_units(&self, i: usize) -> Option<Hit> {
        let (e, ent) = self.ent(i, C::Unit)?;
        if !ent.has("plural") || !self.cue_before(i) {
            return None;
        }
        let unit = Unit::from_name(&ent.value)?;
        Some(Hit {
            start: i,
            end: e,
            ty: TimexType::Duration,
            built: Built::Value(duration_value(None, unit)),
        })
    }

    /// "last fall", "summer 2025", "musim dingin lalu", "in the spring".
    fn season(&self, i: usize) -> Option<Hit> {
        let j = self.skip_lead(i);
        let (k, pre) = match self.ent(j, C::Shift) {
            Some((e, ent)) if ent.has("before") => (e, Some(ent.int())),
            _ => (j, None),
        };
        let (e, ent) = self.ent(k, C::Season)?;
        let season = ent.value.clone();
        let y = self.year_digits(e);
        let (end, shift) = match self.ent(e, C::Shift) {
            Some((se, s)) if s.has("after") && pre.is_none() => (se, Some(s.int())),
            _ => (if y.is_some() { e + 1 } else { e }, pre),
        };
        // "prices fall": a season word needs a shift, a year, or a cue before it.
        if shift.is_none() && y.is_none() && !self.cue_before(k) {
            return None;
        }
        let base = DateBase::Season {
            season,
            year: y.filter(|_| shift.is_none()),
            shift: shift.filter(|&s| s != 0),
        };
        Some(date_hit(i, end, RelativeDate::plain(base)))
    }
}

/// Whether an entry may be the first word of an expression.
fn opens(e: &Entry) -> bool {
    match e.class {
        C::Ago
        | C::Zone
        | C::Ampm
        | C::Relation
        | C::Cue
        | C::Future
        | C::Past
        | C::DecadeSuffix
        | C::OrdinalSuffix
        | C::Blocker
        | C::Measure => false,
        C::Filler => e.has("lead"),
        C::Shift => e.has("before"),
        _ => true,
    }
}

fn date_hit(start: usize, end: usize, r: RelativeDate) -> Hit {
    let ty = if r.clock.is_some() { TimexType::Time } else { TimexType::Date };
    Hit { start, end, ty, built: Built::Date(r) }
}

fn granularity_of(value: &str) -> Granularity {
    match value.chars().last() {
        Some('D') => Granularity::Day,
        Some('W') => Granularity::Week,
        Some('M') => Granularity::Month,
        Some('Y') => Granularity::Year,
        _ => Granularity::Day,
    }
}
