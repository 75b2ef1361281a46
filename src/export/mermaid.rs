//! A Mermaid `timeline` diagram for Markdown: one section per year (and one
//! for undated events), one period per event.
//!
//! Partial dates: the period is the date as written (`mid 2025-06`, `2022`),
//! in time order by representative day. Characters that Mermaid's timeline
//! syntax or its HTML would read (`:` `;` `#` `<` `>` `&` quotes, braces,
//! brackets, `%`, backslash) are written as Mermaid entity codes (`#58;`);
//! line breaks become spaces.

use chrono::Datelike;

use crate::graph::EventGraph;

/// Text safe inside a Mermaid timeline line.
///
/// ```
/// use linimasa::export::mermaid::text;
/// assert_eq!(text("a: b\nc"), "a#58; b c");
/// ```
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ':' | ';' | '#' | '<' | '>' | '&' | '"' | '\'' | '{' | '}' | '[' | ']' | '(' | ')' | '%'
            | '\\' | '`' | '|' => out.push_str(&format!("#{};", c as u32)),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The diagram.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let mut out = String::from("timeline\n    title linimasa timeline\n");
    let mut section: Option<String> = None;
    for (n, e) in g.events() {
        let name = e.span.as_ref().map(|s| s.day.year().to_string()).unwrap_or_else(|| "undated".into());
        if section.as_deref() != Some(name.as_str()) {
            out.push_str(&format!("    section {name}\n"));
            section = Some(name);
        }
        let period = e.span.as_ref().map(|s| s.display()).unwrap_or_else(|| "undated".into());
        let who: Vec<String> = g
            .participants(n)
            .into_iter()
            .filter_map(|(a, _)| g.actor(a).map(|x| x.name().to_string()))
            .collect();
        let modality =
            if e.event.modality == "asserted" { String::new() } else { format!(" ({})", e.event.modality) };
        let line = format!("{} {}{} – {}", e.event.plover.event, e.event.label, modality, who.join(", "));
        out.push_str(&format!("        {} : {}\n", text(&period), text(&line)));
    }
    out.into_bytes()
}
