//! The tagger on arbitrary text: no panic, and every mention is a valid,
//! ordered, non-overlapping span inside the range it was asked about.

use linimasa::time::{Tense, TimeTagger};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "3",
    "12",
    "2025",
    "1990s",
    "7",
    "/",
    "-",
    ".",
    ",",
    ":",
    "(",
    ")",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "Juli",
    "July",
    "Mei",
    "May",
    "Kamis",
    "Thursday",
    "hari",
    "ini",
    "lalu",
    "depan",
    "bulan",
    "tahun",
    "pekan",
    "minggu",
    "awal",
    "pertengahan",
    "akhir",
    "early",
    "mid",
    "late",
    "the",
    "of",
    "a",
    "day",
    "days",
    "after",
    "setelah",
    "sehari",
    "pukul",
    "10.30",
    "a.m.",
    "WIB",
    "EST",
    "setiap",
    "every",
    "ago",
    "'s",
    "’s",
    "é",
    "aé",
    "ééé",
    "日本",
    "—",
    "“",
    "”",
    "Q3",
    "kuartal",
    "I",
    "3rd",
    "Rp",
    "%",
    "last",
    "next",
    "this",
    "kemarin",
    "besok",
    "tonight",
    "noon",
];

#[test]
fn random_text_gives_valid_spans_and_never_panics() {
    let taggers = [TimeTagger::load("id").unwrap(), TimeTagger::load("en").unwrap()];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    for round in 0..3000 {
        let n = 1 + (rng.next() % 40) as usize;
        let text: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        let tagger = &taggers[round % 2];
        // A range on character boundaries, not always the whole text.
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let a = bounds[(rng.next() % bounds.len() as u64) as usize];
        let b = bounds[(rng.next() % bounds.len() as u64) as usize];
        let range = a.min(b)..a.max(b);
        let found = tagger.find(&text, range.clone());
        let mut last_end = range.start;
        for m in &found {
            assert!(m.start >= last_end && m.start < m.end && m.end <= range.end, "{text:?} {range:?} {m:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{text:?} {m:?}");
            last_end = m.end;
            let _ = m.resolve(anchor, Tense::Future);
        }
        let _ = tagger.infer_anchor(&text);
    }
}
