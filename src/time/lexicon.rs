//! A language's date words, read from `data/<lang>/time*.tsv`.
//!
//! Word tables have the columns `phrase<TAB>class<TAB>value<TAB>flags`; the
//! classes are documented in `data/id/time_words.tsv`. A `key<TAB>value`
//! table holds settings (`date_order`).

use std::collections::HashMap;

use crate::data::{self, Table};
use crate::error::{Error, Result};

/// What a lexicon word or phrase is, for the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// A month name (value 1-12).
    Month,
    /// A weekday name (value 1 = Monday ... 7 = Sunday).
    Weekday,
    /// A count written as a word.
    Number,
    /// A position written as a word.
    Ordinal,
    /// An unspecified count ("beberapa", "several").
    Vague,
    /// A unit of time.
    Unit,
    /// One unit in a single word ("sehari").
    OneUnit,
    /// A word before a weekday or date that belongs to it ("hari").
    DayWord,
    /// A word before a month name that belongs to it ("bulan").
    MonthWord,
    /// A day relative to the article date ("kemarin").
    RelDay,
    /// A part of a day relative to the article date ("tonight").
    RelDaypart,
    /// This / last / next.
    Shift,
    /// Ago / from now, after a count and unit.
    Ago,
    /// Early / mid / late part of a period.
    Part,
    /// Part of a day ("pagi", "evening").
    Daypart,
    /// A word introducing a clock time ("pukul").
    Clock,
    /// a.m. / p.m.
    Ampm,
    /// A time zone.
    Zone,
    /// "every".
    Every,
    /// A recurrence in one word ("daily").
    Set,
    /// PRESENT_REF and friends.
    Ref,
    /// A link to another event ("setelah", "later").
    Relation,
    /// A whole expression relative to another event ("keesokan harinya").
    EventDay,
    /// A word that marks a date context without being part of it ("pada", "in").
    Cue,
    /// A future marker for the clause ("akan", "will").
    Future,
    /// "the last N units" / "N units terakhir".
    Recent,
    /// A decade suffix after a year ("-an", "s").
    DecadeSuffix,
    /// An ordinal suffix after a number ("rd").
    OrdinalSuffix,
    /// A word that may sit inside an expression without changing it ("the", "of").
    Filler,
    /// A phrase that starts with a date word but is not temporal ("lalu lintas").
    Blocker,
    /// A word that makes a number next to it a quantity ("Rp", "percent").
    Measure,
    /// A season (value SP, SU, FA, WI).
    Season,
    /// A past marker ("said", "kata"): nearer than a future cue, it keeps the clause past.
    Past,
    /// An approximation before an expression ("sekitar", "about"); value: APPROX,
    /// MORE_THAN or LESS_THAN.
    Approx,
    /// The day the text is talking about ("hari itu", "that day").
    SameDay,
}

impl WordClass {
    fn parse(s: &str) -> Option<WordClass> {
        use WordClass::*;
        Some(match s {
            "month" => Month,
            "weekday" => Weekday,
            "number" => Number,
            "ordinal" => Ordinal,
            "vague" => Vague,
            "unit" => Unit,
            "one_unit" => OneUnit,
            "day_word" => DayWord,
            "month_word" => MonthWord,
            "rel_day" => RelDay,
            "rel_daypart" => RelDaypart,
            "shift" => Shift,
            "ago" => Ago,
            "part" => Part,
            "daypart" => Daypart,
            "clock" => Clock,
            "ampm" => Ampm,
            "zone" => Zone,
            "every" => Every,
            "set" => Set,
            "ref" => Ref,
            "relation" => Relation,
            "event_day" => EventDay,
            "cue" => Cue,
            "future" => Future,
            "recent" => Recent,
            "decade_suffix" => DecadeSuffix,
            "ordinal_suffix" => OrdinalSuffix,
            "filler" => Filler,
            "blocker" => Blocker,
            "measure" => Measure,
            "season" => Season,
            "past" => Past,
            "approx" => Approx,
            "same_day" => SameDay,
            _ => return None,
        })
    }
}

/// One lexicon entry: a phrase (as lower-case tokens) of one class.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The phrase's tokens, lower case.
    pub tokens: Vec<String>,
    /// Its class.
    pub class: WordClass,
    /// The class's value (a number, a unit name, START ...).
    pub value: String,
    /// Flags: `strict`, `cap`, `article`, `before`, `after`.
    pub flags: Vec<String>,
}

impl Entry {
    /// Whether the entry carries `flag`.
    pub fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// The value as an integer (0 when it is not one; values are checked at load).
    pub fn int(&self) -> i64 {
        self.value.trim_start_matches('+').parse().unwrap_or(0)
    }
}

/// FNV-1a: the lexicon is looked up once per token, and its keys are short
/// words chosen by us, so a fast hash suits it better than SipHash.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// The date words of one language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Entries by their first token.
    by_first: FnvMap<String, Vec<Entry>>,
    /// Numeric dates are day-first.
    pub day_first: bool,
}

/// Units a `unit` entry may name.
pub const UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "half", "year", "decade",
    "century",
];

impl Lexicon {
    /// Loads every `data/<lang>/time*.tsv` file.
    pub fn load(lang: &str) -> Result<Lexicon> {
        let prefix = format!("{lang}/time");
        let mut paths: Vec<&str> = data::embedded_files()
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| p.starts_with(&prefix) && p.ends_with(".tsv") && !p[lang.len() + 1..].contains('/'))
            .collect();
        paths.sort_unstable();
        if paths.is_empty() {
            let known: Vec<String> = data::languages()
                .into_iter()
                .filter(|l| data::file(&format!("{l}/time_words.tsv")).is_some())
                .map(String::from)
                .collect();
            return Err(Error::Usage(format!(
                "no temporal data for language `{lang}` (data/{lang}/time*.tsv; known: {})",
                known.join(", ")
            )));
        }
        let mut lex = Lexicon::default();
        for p in paths {
            let table = data::table(p)?;
            if table.columns.first().map(String::as_str) == Some("key") {
                lex.read_config(&table)?;
            } else {
                lex.read_words(&table)?;
            }
        }
        lex.finish();
        Ok(lex)
    }

    /// Orders each first token's phrases longest first, so that the first match
    /// of a class is the longest.
    fn finish(&mut self) {
        for list in self.by_first.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.tokens.len()));
        }
    }

    fn read_config(&mut self, table: &Table) -> Result<()> {
        for row in &table.rows {
            match (row.get(0), row.get(1)) {
                ("date_order", "dmy") => self.day_first = true,
                ("date_order", "mdy") => self.day_first = false,
                ("date_order", other) => {
                    return Err(table.error(row, format!("date_order must be dmy or mdy, not `{other}`")))
                }
                (key, _) => return Err(table.error(row, format!("unknown setting `{key}`"))),
            }
        }
        Ok(())
    }

    fn read_words(&mut self, table: &Table) -> Result<()> {
        let phrase = table.column("phrase")?;
        let class = table.column("class")?;
        let value = table.column("value")?;
        let flags = table.column("flags").ok();
        for row in &table.rows {
            let Some(c) = WordClass::parse(row.get(class)) else {
                return Err(table.error(row, format!("unknown class `{}`", row.get(class))));
            };
            let v = row.get(value).to_string();
            let bad = |what: &str| table.error(row, format!("class {}: {what}, not `{v}`", row.get(class)));
            let int_ok = v.trim_start_matches('+').parse::<i64>().is_ok();
            match c {
                WordClass::Month if !(int_ok && (1..=12).contains(&v.parse::<i64>().unwrap_or(0))) => {
                    return Err(bad("value must be a month number 1-12"))
                }
                WordClass::Weekday if !(int_ok && (1..=7).contains(&v.parse::<i64>().unwrap_or(0))) => {
                    return Err(bad("value must be a weekday number 1-7"))
                }
                WordClass::Number
                | WordClass::Ordinal
                | WordClass::RelDay
                | WordClass::Shift
                | WordClass::Ago
                    if !int_ok =>
                {
                    return Err(bad("value must be an integer"))
                }
                WordClass::Unit | WordClass::OneUnit if !UNITS.contains(&v.as_str()) => {
                    return Err(bad(&format!("value must be one of {}", UNITS.join(" "))))
                }
                WordClass::Part if !matches!(v.as_str(), "START" | "MID" | "END") => {
                    return Err(bad("value must be START, MID or END"))
                }
                WordClass::Approx if !matches!(v.as_str(), "APPROX" | "MORE_THAN" | "LESS_THAN") => {
                    return Err(bad("value must be APPROX, MORE_THAN or LESS_THAN"))
                }
                WordClass::Relation | WordClass::EventDay if parse_relation(&v).is_none() => {
                    return Err(bad("value must be days:following or days:preceding"))
                }
                WordClass::Season if !matches!(v.as_str(), "SP" | "SU" | "FA" | "WI") => {
                    return Err(bad("value must be SP, SU, FA or WI"))
                }
                WordClass::RelDaypart if parse_rel_daypart(&v).is_none() => {
                    return Err(bad("value must be offset:part, e.g. -1:NI"))
                }
                _ => {}
            }
            let tokens: Vec<String> =
                super::grammar::tokenize(row.get(phrase)).into_iter().map(|t| t.lower.into_owned()).collect();
            if tokens.is_empty() {
                return Err(table.error(row, "empty phrase"));
            }
            let entry = Entry {
                tokens,
                class: c,
                value: v,
                flags: flags
                    .map(|f| {
                        row.get(f)
                            .split(',')
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            self.by_first.entry(entry.tokens[0].clone()).or_default().push(entry);
        }
        Ok(())
    }

    /// Entries whose phrase starts with token `first` (lower case), longest first.
    pub fn starting_with(&self, first: &str) -> &[Entry] {
        self.by_first.get(first).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Parses `days:following` / `days:preceding`.
pub fn parse_relation(v: &str) -> Option<(i64, super::Reference)> {
    let (d, r) = v.split_once(':')?;
    let days = d.trim_start_matches('+').parse().ok()?;
    let reference = match r {
        "following" => super::Reference::Following,
        "preceding" => super::Reference::Preceding,
        _ => return None,
    };
    Some((days, reference))
}

/// Parses `offset:part` (`-1:NI`).
pub fn parse_rel_daypart(v: &str) -> Option<(i64, String)> {
    let (d, p) = v.split_once(':')?;
    Some((d.trim_start_matches('+').parse().ok()?, p.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        lex.read_words(&Table::parse("xx/time_words.tsv", text)?)?;
        Ok(lex)
    }

    #[test]
    fn a_bad_row_is_an_error_naming_file_line_and_value() {
        let err =
            words("# FORMAT: phrase\tclass\tvalue\tflags\njuli\tmonth\t7\nfoo\tmonth\t13\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "xx/time_words.tsv:3: class month: value must be a month number 1-12, not `13`"
        );
        let err = words("# FORMAT: phrase\tclass\tvalue\nfoo\tplanet\t1\n").unwrap_err();
        assert!(err.to_string().contains("unknown class `planet`"), "{err}");
        let err = words("# FORMAT: phrase\tclass\tvalue\nfoo\tunit\tfortnight\n").unwrap_err();
        assert!(err.to_string().starts_with("xx/time_words.tsv:2: class unit"), "{err}");
    }

    #[test]
    fn phrases_are_kept_by_first_token_longest_first() {
        let mut lex =
            words("# FORMAT: phrase\tclass\tvalue\nhari\tunit\tday\nhari ini\trel_day\t0\n").unwrap();
        lex.finish();
        let found: Vec<usize> = lex.starting_with("hari").iter().map(|e| e.tokens.len()).collect();
        assert_eq!(found, [2, 1]);
        assert!(lex.starting_with("besok").is_empty());
    }
}
