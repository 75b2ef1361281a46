//! Phase two: an underspecified [`RelativeDate`] plus the article date and
//! the tense give a TIMEX3 [`TimeValue`].
//!
//! Intervals of fuzzy parts (documented in docs/time.md): a month's START is
//! days 1-10, MID 11-20, END 21 to its last day; a year's START is January to
//! April, MID May to August, END September to December; any other period is
//! cut into three equal runs of days.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{ClockTime, DateBase, Granularity, RelativeDate, Tense, TimeMod, TimeValue, Unit};

/// How many days ahead of the anchor a day and month without a year may be
/// and still be read in the anchor's year when the clause is not future.
pub const UPCOMING_DAYS: i64 = 45;

/// How many months after the anchor's a month named without a year is read
/// as upcoming when the clause is not future ("in January" in a November article).
pub const UPCOMING_MONTHS: u32 = 2;

/// Resolves `r`; `None` when it needs a missing anchor or makes no date.
pub fn resolve(r: &RelativeDate, anchor: Option<NaiveDate>, tense: Tense) -> Option<TimeValue> {
    let anchor = if r.needs_anchor() { Some(anchor?) } else { anchor };
    let mut v = base_value(&r.base, anchor, tense)?;
    if let Some(m) = r.modifier {
        v = with_mod(v, m);
    }
    if let Some(c) = &r.clock {
        if v.granularity == Granularity::Day {
            let t = match c {
                ClockTime::Hm(h, m) => format!("T{h:02}:{m:02}"),
                ClockTime::Part(p) if p.starts_with('T') => p.clone(),
                ClockTime::Part(p) => format!("T{p}"),
            };
            v.value.push_str(&t);
            v.granularity = Granularity::Time;
        }
    }
    Some(v)
}

fn base_value(base: &DateBase, anchor: Option<NaiveDate>, tense: Tense) -> Option<TimeValue> {
    match *base {
        DateBase::Date(d) => Some(TimeValue::day(d)),
        DateBase::YearMonth(y, m) => month_value(y, m),
        DateBase::Year(y) => year_value(y),
        DateBase::Decade(y) => decade_value(y),
        DateBase::Quarter { year, q } => quarter_value(year.or(anchor.map(|a| a.year()))?, q),
        DateBase::Half { year, h } => half_value(year.or(anchor.map(|a| a.year()))?, h),
        // Only the present has a known interval: the anchor's day.
        DateBase::Ref(ref s) => Some(TimeValue {
            value: s.clone(),
            modifier: None,
            granularity: Granularity::Day,
            start: anchor.filter(|_| s == "PRESENT_REF"),
            end: anchor.filter(|_| s == "PRESENT_REF"),
        }),
        DateBase::Days(n) => Some(TimeValue::day(anchor?.checked_add_signed(Duration::days(n))?)),
        DateBase::SameDay => Some(TimeValue::day(anchor?)),
        DateBase::Weekday { day, shift } => {
            let a = anchor?;
            let target = Weekday::try_from(u8::try_from(day.checked_sub(1)?).ok()?).ok()?;
            let back =
                (7 + a.weekday().num_days_from_monday() as i64 - target.num_days_from_monday() as i64) % 7;
            let d = match (shift, tense) {
                // "last Monday": strictly before the anchor.
                (Some(s), _) if s < 0 => a - Duration::days(if back == 0 { 7 } else { back }),
                (Some(s), _) if s > 0 => a + Duration::days(if back == 0 { 7 } else { 7 - back }),
                (_, Tense::Past) => a - Duration::days(back),
                (_, Tense::Future) => a + Duration::days(if back == 0 { 7 } else { 7 - back }),
            };
            Some(TimeValue::day(d))
        }
        DateBase::Month { month, shift } => {
            let a = anchor?;
            let (y, am) = (a.year(), a.month());
            let year = match (shift, tense) {
                (Some(s), _) if s < 0 => {
                    if month < am {
                        y
                    } else {
                        y - 1
                    }
                }
                (Some(s), _) if s > 0 => {
                    if month > am {
                        y
                    } else {
                        y + 1
                    }
                }
                // The next month or two are upcoming rather than most of a year old.
                (_, Tense::Past) => {
                    let ahead = (month + 12 - am) % 12;
                    if (1..=UPCOMING_MONTHS).contains(&ahead) {
                        if month > am {
                            y
                        } else {
                            y + 1
                        }
                    } else if month <= am {
                        y
                    } else {
                        y - 1
                    }
                }
                (_, Tense::Future) => {
                    if month >= am {
                        y
                    } else {
                        y + 1
                    }
                }
            };
            month_value(year, month)
        }
        DateBase::DayMonth { day, month, shift } => {
            let a = anchor?;
            let this = NaiveDate::from_ymd_opt(a.year(), month, day);
            let d = match (shift, tense) {
                // "25 Juni lalu": on or before the anchor.
                (Some(s), _) if s < 0 => match this {
                    Some(d) if d <= a => d,
                    _ => NaiveDate::from_ymd_opt(a.year() - 1, month, day)?,
                },
                // A day a few weeks ahead is upcoming, not a year old ("Jan. 14"
                // in an article of January 7).
                (None, Tense::Past) => match this {
                    Some(d) if d <= a || (d - a).num_days() <= UPCOMING_DAYS => d,
                    _ => NaiveDate::from_ymd_opt(a.year() - 1, month, day)?,
                },
                _ => match this {
                    Some(d) if d >= a => d,
                    _ => NaiveDate::from_ymd_opt(a.year() + 1, month, day)?,
                },
            };
            Some(TimeValue::day(d))
        }
        DateBase::Units { unit, n } => units_value(anchor?, unit, n),
        DateBase::DayOfMonth { day, shift } => {
            let a = anchor?;
            let future = shift.map_or(tense == Tense::Future, |s| s > 0);
            // Walk month by month from the anchor's to the first that has the day.
            let mut y = a.year();
            let mut m = a.month();
            for _ in 0..24 {
                if let Some(d) = NaiveDate::from_ymd_opt(y, m, day) {
                    if (future && d >= a) || (!future && d <= a) {
                        return Some(TimeValue::day(d));
                    }
                }
                if future {
                    (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                } else {
                    (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                }
            }
            None
        }
        DateBase::Season { ref season, year, shift } => {
            let y = match (year, anchor) {
                (Some(y), _) => y,
                (None, Some(a)) => {
                    let this = season_value(a.year(), season)?;
                    let (s, e) = (this.start?, this.end?);
                    match shift {
                        Some(k) if k < 0 => a.year() - i32::from(e >= a),
                        Some(k) if k > 0 => a.year() + i32::from(s <= a),
                        // Winter of January and February began the year before.
                        _ if season == "WI" && a.month() <= 2 => a.year() - 1,
                        _ => a.year(),
                    }
                }
                (None, None) => return None,
            };
            season_value(y, season)
        }
    }
}

/// A season of year `y`: spring March-May, summer June-August, fall
/// September-November, winter December to February of the next year.
fn season_value(y: i32, season: &str) -> Option<TimeValue> {
    let (s, e) = match season {
        "SP" => (NaiveDate::from_ymd_opt(y, 3, 1)?, NaiveDate::from_ymd_opt(y, 5, 31)?),
        "SU" => (NaiveDate::from_ymd_opt(y, 6, 1)?, NaiveDate::from_ymd_opt(y, 8, 31)?),
        "FA" => (NaiveDate::from_ymd_opt(y, 9, 1)?, NaiveDate::from_ymd_opt(y, 11, 30)?),
        "WI" => (NaiveDate::from_ymd_opt(y, 12, 1)?, NaiveDate::from_ymd_opt(y + 1, 3, 1)?.pred_opt()?),
        _ => return None,
    };
    Some(TimeValue {
        value: format!("{y:04}-{season}"),
        modifier: None,
        granularity: Granularity::Quarter,
        start: Some(s),
        end: Some(e),
    })
}

/// The anchor's `unit` moved by `n`.
fn units_value(a: NaiveDate, unit: Unit, n: i64) -> Option<TimeValue> {
    match unit {
        Unit::Day => Some(TimeValue::day(a.checked_add_signed(Duration::days(n))?)),
        Unit::Week | Unit::Weekend => {
            let d = a.checked_add_signed(Duration::days(7 * n))?;
            let w = d.iso_week();
            let monday = NaiveDate::from_isoywd_opt(w.year(), w.week(), Weekday::Mon)?;
            if unit == Unit::Weekend {
                Some(TimeValue {
                    value: format!("{}-W{:02}-WE", w.year(), w.week()),
                    modifier: None,
                    granularity: Granularity::Week,
                    start: Some(monday + Duration::days(5)),
                    end: Some(monday + Duration::days(6)),
                })
            } else {
                Some(TimeValue {
                    value: format!("{}-W{:02}", w.year(), w.week()),
                    modifier: None,
                    granularity: Granularity::Week,
                    start: Some(monday),
                    end: Some(monday + Duration::days(6)),
                })
            }
        }
        Unit::Month => {
            let total = a.year() as i64 * 12 + (a.month() as i64 - 1) + n;
            month_value(i32::try_from(total.div_euclid(12)).ok()?, (total.rem_euclid(12) + 1) as u32)
        }
        Unit::Quarter => {
            let total = a.year() as i64 * 4 + ((a.month() as i64 - 1) / 3) + n;
            quarter_value(i32::try_from(total.div_euclid(4)).ok()?, (total.rem_euclid(4) + 1) as u32)
        }
        Unit::Half => {
            let total = a.year() as i64 * 2 + ((a.month() as i64 - 1) / 6) + n;
            half_value(i32::try_from(total.div_euclid(2)).ok()?, (total.rem_euclid(2) + 1) as u32)
        }
        Unit::Year => year_value(a.year().checked_add(i32::try_from(n).ok()?)?),
        Unit::Decade => decade_value((a.year() / 10 + i32::try_from(n).ok()?) * 10),
        Unit::Century => {
            let c = a.year() / 100 + i32::try_from(n).ok()?;
            Some(TimeValue {
                value: format!("{c:02}"),
                modifier: None,
                granularity: Granularity::Decade,
                start: NaiveDate::from_ymd_opt(c * 100, 1, 1),
                end: NaiveDate::from_ymd_opt(c * 100 + 99, 12, 31),
            })
        }
        Unit::Hour | Unit::Minute | Unit::Second => None,
    }
}

fn last_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// A month value.
pub fn month_value(y: i32, m: u32) -> Option<TimeValue> {
    Some(TimeValue {
        value: format!("{y:04}-{m:02}"),
        modifier: None,
        granularity: Granularity::Month,
        start: Some(NaiveDate::from_ymd_opt(y, m, 1)?),
        end: Some(last_of_month(y, m)?),
    })
}

/// A year value.
pub fn year_value(y: i32) -> Option<TimeValue> {
    Some(TimeValue {
        value: format!("{y:04}"),
        modifier: None,
        granularity: Granularity::Year,
        start: Some(NaiveDate::from_ymd_opt(y, 1, 1)?),
        end: Some(NaiveDate::from_ymd_opt(y, 12, 31)?),
    })
}

fn decade_value(y: i32) -> Option<TimeValue> {
    let y = y - y.rem_euclid(10);
    Some(TimeValue {
        value: format!("{:03}", y / 10),
        modifier: None,
        granularity: Granularity::Decade,
        start: Some(NaiveDate::from_ymd_opt(y, 1, 1)?),
        end: Some(NaiveDate::from_ymd_opt(y + 9, 12, 31)?),
    })
}

fn half_value(y: i32, h: u32) -> Option<TimeValue> {
    if !(1..=2).contains(&h) {
        return None;
    }
    Some(TimeValue {
        value: format!("{y:04}-H{h}"),
        modifier: None,
        granularity: Granularity::Quarter,
        start: Some(NaiveDate::from_ymd_opt(y, 6 * h - 5, 1)?),
        end: Some(last_of_month(y, 6 * h)?),
    })
}

fn quarter_value(y: i32, q: u32) -> Option<TimeValue> {
    if !(1..=4).contains(&q) {
        return None;
    }
    Some(TimeValue {
        value: format!("{y:04}-Q{q}"),
        modifier: None,
        granularity: Granularity::Quarter,
        start: Some(NaiveDate::from_ymd_opt(y, 3 * q - 2, 1)?),
        end: Some(last_of_month(y, 3 * q)?),
    })
}

/// Narrows a value's interval to its START, MID or END part.
pub fn with_mod(mut v: TimeValue, m: TimeMod) -> TimeValue {
    v.modifier = Some(m);
    // "about", "more than": the value says it all; the interval stays.
    if !matches!(m, TimeMod::Start | TimeMod::Mid | TimeMod::End) {
        return v;
    }
    let (Some(s), Some(e)) = (v.start, v.end) else {
        return v;
    };
    let (ns, ne) = match v.granularity {
        Granularity::Month => match m {
            TimeMod::Start => (s, s + Duration::days(9)),
            TimeMod::Mid => (s + Duration::days(10), s + Duration::days(19)),
            TimeMod::End => (s + Duration::days(20), e),
            _ => (s, e),
        },
        Granularity::Year => {
            let y = s.year();
            let at = |mo: u32, d: u32| NaiveDate::from_ymd_opt(y, mo, d).unwrap_or(s);
            match m {
                TimeMod::Start => (s, at(4, 30)),
                TimeMod::Mid => (at(5, 1), at(8, 31)),
                TimeMod::End => (at(9, 1), e),
                _ => (s, e),
            }
        }
        Granularity::Day | Granularity::Time => (s, e),
        _ => {
            let days = (e - s).num_days() + 1;
            let third = days / 3;
            match m {
                TimeMod::Start => (s, s + Duration::days(third - 1)),
                TimeMod::Mid => (s + Duration::days(third), e - Duration::days(third)),
                TimeMod::End => (e - Duration::days(third - 1), e),
                _ => (s, e),
            }
        }
    };
    v.start = Some(ns);
    v.end = Some(ne);
    v
}

/// A duration value: `n` units (`None`: an unspecified number).
pub fn duration_value(n: Option<i64>, unit: Unit) -> TimeValue {
    let years = |per: i64| n.map_or_else(|| "PXY".to_string(), |n| format!("P{}Y", n * per));
    let halves = || n.map_or_else(|| "PXM".to_string(), |n| format!("P{}M", n * 6));
    let n = n.map_or_else(|| "X".to_string(), |n| n.to_string());
    let (value, granularity) = match unit {
        Unit::Second => (format!("PT{n}S"), Granularity::Time),
        Unit::Minute => (format!("PT{n}M"), Granularity::Time),
        Unit::Hour => (format!("PT{n}H"), Granularity::Time),
        Unit::Day => (format!("P{n}D"), Granularity::Day),
        Unit::Week => (format!("P{n}W"), Granularity::Week),
        Unit::Weekend => (format!("P{n}WE"), Granularity::Week),
        Unit::Month => (format!("P{n}M"), Granularity::Month),
        Unit::Quarter => (format!("P{n}Q"), Granularity::Quarter),
        Unit::Half => (halves(), Granularity::Quarter),
        Unit::Year => (format!("P{n}Y"), Granularity::Year),
        // TimeBank writes decades and centuries in years: "two decades" is P20Y.
        Unit::Decade => (years(10), Granularity::Decade),
        Unit::Century => (years(100), Granularity::Decade),
    };
    TimeValue { value, modifier: None, granularity, start: None, end: None }
}

/// A recurrence value ("every week": `P1W`; "every Monday": `XXXX-WXX-1`).
pub fn set_value(value: String, granularity: Granularity) -> TimeValue {
    TimeValue { value, modifier: None, granularity, start: None, end: None }
}
