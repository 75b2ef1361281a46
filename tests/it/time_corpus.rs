//! Runs every temporal corpus, `tests/corpus/<lang>/time*.tsv`: each example
//! must give exactly its expected expression (span, type, value, mod), and each
//! negative nothing at all. The corpus format is described at the top of
//! `tests/corpus/id/time.tsv`.

use std::path::Path;

use chrono::NaiveDate;
use linimasa::data::Table;
use linimasa::time::{Reference, Tense, TimeMention, TimeTagger};

/// One example's outcome: `None` when it passed, else what went wrong.
fn check(tagger: &TimeTagger, anchor: Option<NaiveDate>, expect: &str, text: &str) -> Option<String> {
    let (plain, span) = match (text.find('['), text.find(']')) {
        (Some(a), Some(b)) if a < b => {
            let plain = format!("{}{}{}", &text[..a], &text[a + 1..b], &text[b + 1..]);
            (plain, Some((a, b - 1)))
        }
        _ => (text.to_string(), None),
    };
    let found = tagger.find(&plain, 0..plain.len());
    let show = |ms: &[TimeMention]| {
        ms.iter()
            .map(|m| {
                let v = m.resolve(anchor, Tense::Past).map(|v| v.value).unwrap_or_default();
                format!("[{}] {:?} {v}", &plain[m.start..m.end], m.timex_type)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    if expect == "NONE" {
        return (!found.is_empty()).then(|| format!("expected nothing, found {}", show(&found)));
    }
    let (start, end) = span.unwrap_or((0, plain.len()));
    let Some(m) = found.iter().find(|m| m.start == start && m.end == end) else {
        return Some(format!("expected the span [{}], found {}", &plain[start..end], show(&found)));
    };
    let words: Vec<&str> = expect.split_whitespace().collect();
    let future = words.contains(&"@future");
    let words: Vec<&str> = words.into_iter().filter(|w| *w != "@future").collect();
    if words[0] == "EVENT" {
        let got = m.event_relation().map(|r| {
            let reference = match r.reference {
                Reference::Following => "following",
                Reference::Preceding => "preceding",
            };
            format!("EVENT {} {reference}", r.days)
        });
        return (got.as_deref() != Some(expect)).then(|| format!("expected {expect}, got {got:?}"));
    }
    // The tense comes from the sentence's cues, as in `linimasa times`, unless forced.
    let tense = if future { Tense::Future } else { tagger.tense_at(&plain, 0..plain.len(), m.start) };
    let ty = format!("{:?}", m.timex_type).to_uppercase();
    let got = match m.resolve(anchor, tense) {
        Some(v) => {
            let md = v.modifier.map(|m| format!(" {}", m.name())).unwrap_or_default();
            format!("{ty} {}{md}", v.value)
        }
        None => format!("{ty} (unresolved)"),
    };
    let want = words.join(" ");
    (got != want).then(|| format!("expected {want}, got {got}"))
}

#[test]
fn every_temporal_corpus_passes_and_each_language_has_300_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut langs: Vec<_> =
        std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    langs.sort();
    let mut failures = Vec::new();
    let mut counted = Vec::new();
    for dir in langs.iter().filter(|p| p.is_dir()) {
        let lang = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                let n = p.file_name().unwrap().to_string_lossy();
                n.starts_with("time") && n.ends_with(".tsv")
            })
            .collect();
        if files.is_empty() {
            continue;
        }
        files.sort();
        let tagger = TimeTagger::load(&lang).unwrap();
        let mut cases = 0;
        for f in files {
            let name = f.display().to_string();
            let table = Table::parse(&name, &std::fs::read_to_string(&f).unwrap()).unwrap();
            let mut anchor = None;
            let mut expect = String::new();
            for row in &table.rows {
                if row.get(0) == "ANCHOR" {
                    anchor = Some(NaiveDate::parse_from_str(row.get(1), "%Y-%m-%d").unwrap());
                    continue;
                }
                if !row.get(0).is_empty() {
                    expect = row.get(0).to_string();
                }
                assert!(!expect.is_empty(), "{name}:{}: no expectation yet", row.line);
                cases += 1;
                if let Some(why) = check(&tagger, anchor, &expect, row.get(1)) {
                    failures.push(format!("{name}:{}: {:?}: {why}", row.line, row.get(1)));
                }
            }
        }
        counted.push((lang, cases));
    }
    assert!(failures.is_empty(), "{} corpus failures:\n{}", failures.len(), failures.join("\n"));
    for lang in ["id", "en"] {
        let n = counted.iter().find(|(l, _)| l == lang).map_or(0, |(_, n)| *n);
        assert!(n >= 300, "{lang}: only {n} corpus cases");
    }
}
