//! Event dates as day intervals, and the one rule every export uses to turn
//! a partial date into a full one.
//!
//! A TIMEX3 value can be a day (`2025-07-03`), a month (`2025-06`), a year
//! (`2022`) or coarser, optionally with a modifier (`START`, `MID`, `END`).
//! Formats that only take full dates get the **representative day**:
//!
//! | value       | mod        | representative day          |
//! |-------------|------------|-----------------------------|
//! | a day       | any        | that day                    |
//! | a period    | none/START | its first day               |
//! | a period    | MID        | its middle day (rounded down) |
//! | a period    | END        | its last day                |
//!
//! Formats that take intervals get the whole period (`start`..`end`), and
//! every export also keeps the original value and modifier.

use chrono::NaiveDate;

use crate::timeline::WhenRecord;

/// An event's date as days: the period its TIMEX3 value covers, and the one
/// day that stands for it in formats that need a full date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period (inclusive).
    pub end: NaiveDate,
    /// The representative day (see the module docs).
    pub day: NaiveDate,
    /// The original TIMEX3 value (`2025-06`).
    pub value: String,
    /// The original modifier (`MID`), if any.
    pub modifier: Option<String>,
    /// `day`, `month`, `year` ... as the timeline gives it.
    pub granularity: String,
}

impl DateSpan {
    /// Whether the value names a single day.
    ///
    /// ```
    /// use linimasa::graph::dates::DateSpan;
    /// let d = DateSpan::parse("2025-07-03", None).unwrap();
    /// assert!(d.is_day());
    /// assert!(!DateSpan::parse("2025-07", None).unwrap().is_day());
    /// ```
    pub fn is_day(&self) -> bool {
        self.start == self.end
    }

    /// Reads a bare TIMEX3 value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) with an
    /// optional modifier; `None` for values it cannot place on the calendar.
    ///
    /// ```
    /// use linimasa::graph::dates::DateSpan;
    /// let d = DateSpan::parse("2025-06", Some("MID")).unwrap();
    /// assert_eq!(d.day.to_string(), "2025-06-15");
    /// assert_eq!(d.end.to_string(), "2025-06-30");
    /// ```
    pub fn parse(value: &str, modifier: Option<&str>) -> Option<DateSpan> {
        let (start, end, granularity) = period_of(value)?;
        Some(DateSpan::new(start, end, value, modifier, granularity))
    }

    /// The span of an event's `when`, using its `start`/`end` when given and
    /// the value itself otherwise.
    pub fn of(when: &WhenRecord) -> Option<DateSpan> {
        let parsed =
            |s: &Option<String>| s.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let (start, end) = match (parsed(&when.start), parsed(&when.end)) {
            (Some(s), Some(e)) if s <= e => (s, e),
            (Some(s), None) => (s, period_of(&when.value).map(|p| p.1).unwrap_or(s)),
            _ => {
                let (s, e, _) = period_of(&when.value)?;
                (s, e)
            }
        };
        Some(DateSpan::new(start, end, &when.value, when.modifier.as_deref(), &when.granularity))
    }

    fn new(
        start: NaiveDate,
        end: NaiveDate,
        value: &str,
        modifier: Option<&str>,
        granularity: &str,
    ) -> DateSpan {
        let day = if start == end {
            start
        } else {
            match modifier {
                Some("MID") => start + chrono::Duration::days((end - start).num_days() / 2),
                Some("END") => end,
                _ => start,
            }
        };
        DateSpan {
            start,
            end,
            day,
            value: value.to_string(),
            modifier: modifier.map(str::to_string),
            granularity: granularity.to_string(),
        }
    }

    /// A short human reading of the date: `2025-07-03`, `mid 2025-06`,
    /// `2022`.
    pub fn display(&self) -> String {
        match self.modifier.as_deref() {
            Some(m) if !self.is_day() => format!("{} {}", m.to_lowercase(), self.value),
            _ => self.value.clone(),
        }
    }
}

/// The first and last day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value.
fn period_of(value: &str) -> Option<(NaiveDate, NaiveDate, &'static str)> {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?, "year"))
        }
        [y, m] => {
            let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            Some((first, next.pred_opt()?, "month"))
        }
        [y, m, d] => {
            let day = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)?;
            Some((day, day, "day"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn representative_day_follows_the_modifier() {
        let d = |v, m| DateSpan::parse(v, m).unwrap().day.to_string();
        assert_eq!(d("2025-06", None), "2025-06-01");
        assert_eq!(d("2025-06", Some("START")), "2025-06-01");
        assert_eq!(d("2025-06", Some("MID")), "2025-06-15");
        assert_eq!(d("2025-06", Some("END")), "2025-06-30");
        assert_eq!(d("2024-02", Some("END")), "2024-02-29");
        assert_eq!(d("2022", Some("MID")), "2022-07-02");
        assert_eq!(d("2025-07-03", Some("END")), "2025-07-03");
    }

    #[test]
    fn values_off_the_calendar_have_no_span() {
        for v in ["2025-W27", "PRESENT_REF", "2025-13", "2025-02-30", "25-06", ""] {
            assert!(DateSpan::parse(v, None).is_none(), "{v}");
        }
    }
}
