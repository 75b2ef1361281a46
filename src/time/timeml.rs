//! TimeML (`.tml`) documents: reading their text, creation date and TIMEX3s.
//!
//! A small reader for what TempEval files hold: the `TEXT` element (with
//! inline `EVENT`, `TIMEX3`, `SIGNAL` tags), the `DCT`, XML entities. Offsets
//! of the TIMEX3s count characters of the plain text.

use chrono::NaiveDate;

/// A TIMEX3 annotation in a TimeML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// First character, in the plain text.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub timex_type: String,
    /// The `value` attribute (empty when missing).
    pub value: String,
    /// The `mod` attribute, if any.
    pub modifier: Option<String>,
}

/// A TimeML document read: its plain text, DCT and TIMEX3s inside `TEXT`.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    /// The text of the `TEXT` element with tags removed and entities decoded.
    pub text: String,
    /// The document creation time.
    pub dct: Option<NaiveDate>,
    /// TIMEX3s in text order.
    pub timexes: Vec<Timex>,
}

/// Reads a TimeML document: the plain text of its `TEXT` element (tags
/// removed) and the DCT's value. The error is a message for the user.
///
/// ```
/// let xml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">Jan 8</TIMEX3></DCT>
/// <TEXT>Sales fell <TIMEX3 tid="t1" type="DATE" value="1997-10">in October</TIMEX3> &amp; more.</TEXT></TimeML>"#;
/// let (text, dct) = linimasa::time::timeml::read_timeml(xml).unwrap();
/// assert_eq!(text, "Sales fell in October & more.");
/// assert_eq!(dct, chrono::NaiveDate::from_ymd_opt(1998, 1, 8));
/// ```
pub fn read_timeml(xml: &str) -> Result<(String, Option<NaiveDate>), String> {
    let doc = read_document(xml)?;
    Ok((doc.text, doc.dct))
}

/// Reads a TimeML document with its TIMEX3 annotations.
pub fn read_document(xml: &str) -> Result<TimemlDoc, String> {
    let open = find_tag(xml, "TEXT", 0).ok_or("TimeML: no <TEXT> element")?;
    let body_start = open.1;
    let close = xml[body_start..].find("</TEXT>").ok_or("TimeML: <TEXT> is not closed")? + body_start;
    let body = &xml[body_start..close];
    let dct = read_dct(xml)?;
    let mut text = String::new();
    let mut chars = 0usize;
    let mut timexes = Vec::new();
    let mut open_timex: Option<(usize, String, String, Option<String>)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        if let Some(tag_end) = rest.strip_prefix('<').and_then(|r| r.find('>')) {
            let tag = &rest[1..tag_end + 1];
            if let Some(name) = tag.strip_prefix('/') {
                if name.trim() == "TIMEX3" {
                    if let Some((start, ty, value, modifier)) = open_timex.take() {
                        timexes.push(Timex { start, end: chars, timex_type: ty, value, modifier });
                    }
                }
            } else if tag.starts_with("TIMEX3") {
                let ty = attribute(tag, "type").unwrap_or_default();
                let value = attribute(tag, "value").unwrap_or_default();
                let modifier = attribute(tag, "mod");
                if tag.trim_end().ends_with('/') {
                    timexes.push(Timex { start: chars, end: chars, timex_type: ty, value, modifier });
                } else {
                    open_timex = Some((chars, ty, value, modifier));
                }
            }
            rest = &rest[tag_end + 2..];
            continue;
        }
        if rest.starts_with('<') {
            return Err(format!(
                "TimeML: a tag is not closed near {:?}",
                rest.chars().take(30).collect::<String>()
            ));
        }
        let next = rest.find('<').unwrap_or(rest.len());
        let decoded = decode_entities(&rest[..next]);
        chars += decoded.chars().count();
        text.push_str(&decoded);
        rest = &rest[next..];
    }
    Ok(TimemlDoc { text, dct, timexes })
}

/// The position of `<NAME ...>` at or after `from`: (start, one past its `>`).
fn find_tag(xml: &str, name: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    loop {
        let i = xml[at..].find(&format!("<{name}"))? + at;
        let after = xml[i + 1 + name.len()..].chars().next()?;
        if after == '>' || after.is_whitespace() {
            let end = xml[i..].find('>')? + i + 1;
            return Some((i, end));
        }
        at = i + 1;
    }
}

fn read_dct(xml: &str) -> Result<Option<NaiveDate>, String> {
    let Some((_, dct_end)) = find_tag(xml, "DCT", 0) else {
        return Ok(None);
    };
    let Some((t, te)) = find_tag(xml, "TIMEX3", dct_end) else {
        return Ok(None);
    };
    let value = attribute(&xml[t + 1..te - 1], "value").unwrap_or_default();
    let digits: String = value.chars().filter(char::is_ascii_digit).take(8).collect();
    if digits.len() < 8 {
        return Err(format!("TimeML: the DCT value {value:?} is not a date"));
    }
    let date = NaiveDate::parse_from_str(&digits, "%Y%m%d")
        .map_err(|_| format!("TimeML: the DCT value {value:?} is not a date"))?;
    Ok(Some(date))
}

/// The value of `name="..."` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut at = 0;
    while let Some(i) = tag[at..].find(name) {
        let i = i + at;
        let before_ok = i == 0 || tag[..i].ends_with(char::is_whitespace);
        let rest = tag[i + name.len()..].trim_start();
        if before_ok {
            if let Some(rest) = rest.strip_prefix('=') {
                let rest = rest.trim_start();
                let q = rest.chars().next()?;
                if q == '"' || q == '\'' {
                    let end = rest[1..].find(q)?;
                    return Some(decode_entities(&rest[1..1 + end]));
                }
            }
        }
        at = i + name.len();
    }
    None
}

/// Decodes the XML entities (`&amp;`, `&#39;`, `&#x2019;`).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let Some(semi) = tail.find(';').filter(|&k| k <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let name = &tail[1..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timexes_are_read_with_character_offsets_after_entities_and_other_tags() {
        let xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>A &amp; \u{e9} <EVENT eid=\"e1\">fell</EVENT> <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1W\" mod=\"APPROX\">a week</TIMEX3>.</TEXT></TimeML>";
        let doc = read_document(xml).unwrap();
        assert_eq!(doc.text, "A & \u{e9} fell a week.");
        let t = &doc.timexes[0];
        let got: String = doc.text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(got, "a week");
        assert_eq!(
            (t.timex_type.as_str(), t.value.as_str(), t.modifier.as_deref()),
            ("DURATION", "P1W", Some("APPROX"))
        );
    }

    #[test]
    fn a_document_without_text_or_with_a_bad_dct_is_an_error() {
        assert!(read_timeml("<TimeML></TimeML>").unwrap_err().contains("TEXT"));
        let bad = "<DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>a</TEXT>";
        assert!(read_timeml(bad).unwrap_err().contains("DCT"));
    }
}
