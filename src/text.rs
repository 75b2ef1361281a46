//! Text: sentences, tokens, and character offsets.
//!
//! Internally every span is a byte range into the document text; output
//! converts to character offsets (Unicode scalar values, as Python counts them)
//! with [`CharMap`].

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

/// A sentence of a document: a byte range and its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index in the document.
    pub index: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters).
    Word,
    /// Digits only.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte range and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
}

/// Splits text into tokens: runs of letters and digits, and single punctuation
/// characters (so "Russia's" is `Russia`, `'`, `s`: the name stays whole).
///
/// ```
/// use linimasa::text::tokenize;
/// let t = tokenize("AS, 3/7.");
/// assert_eq!(t.len(), 6);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Exactly three digits after position `k`: a thousands group ("200.000", "100,000").
    let group_follows = |k: usize| {
        (1..=3).all(|d| chars.get(k + d).is_some_and(|c| c.1.is_ascii_digit()))
            && chars.get(k + 4).is_none_or(|c| !c.1.is_ascii_digit())
    };
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            let mut all_digits = c.is_numeric();
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    all_digits &= cj.is_numeric();
                    j += 1;
                } else if all_digits && matches!(cj, '.' | ',') && group_follows(j) {
                    // "200.000", "100,000": a group separator keeps a number whole.
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            out.push(Token { start, end, kind });
            i = j;
        } else {
            out.push(Token { start, end: start + c.len_utf8(), kind: TokenKind::Punct });
            i += 1;
        }
    }
    out
}

/// Splits a document into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after
/// it) when the next word starts a sentence (upper case, a digit or an opening
/// quote), unless the word before the stop is a known abbreviation, a single
/// letter (an initial) or the stop sits inside brackets; a blank line or a line
/// break always ends one, except that in hard-wrapped text a single line break
/// is a space. `abbreviations` are lower-case, without the dot.
pub fn split_sentences(text: &str, abbreviations: &HashSet<String>) -> Vec<Sentence> {
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let tokens = tokenize(text);
    let wrapped = hard_wrapped(text);
    let mut start: Option<usize> = None;
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if start.is_none() {
            start = Some(t.start);
            depth = 0;
        }
        let s = &text[t.start..t.end];
        // A line break between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map(|n| n.start);
        let gap = next_start.map(|n| &text[t.end..n]).unwrap_or("");
        match s {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = (depth - 1).max(0),
            _ => {}
        }
        // (In hard-wrapped text only a blank line does.)
        let mut end_here = if wrapped { gap.matches('\n').count() >= 2 } else { gap.contains('\n') };
        if !end_here && (s == "." || s == "!" || s == "?") && depth == 0 {
            // Take closing quotes and brackets with the stop.
            let mut j = i;
            while let Some(n) = tokens.get(j + 1) {
                let ns = &text[n.start..n.end];
                if n.start == tokens[j].end && matches!(ns, "”" | "\"" | "’" | "'" | ")" | "»" | ".") {
                    j += 1;
                } else {
                    break;
                }
            }
            let prev = if i > 0 { Some(tokens[i - 1]) } else { None };
            // The word before the dot, with any dotted letters before it ("a.m", "e.g").
            let dotted = {
                let mut k = i;
                while k >= 2
                    && tokens[k - 1].end == tokens[k].start
                    && &text[tokens[k - 2].start..tokens[k - 2].end] == "."
                    && tokens[k - 2].end == tokens[k - 1].start
                {
                    k -= 2;
                }
                if k > 0 && k < i && tokens[k - 1].end == tokens[k].start {
                    text[tokens[k - 1].start..tokens[i - 1].end].to_lowercase()
                } else {
                    String::new()
                }
            };
            let is_abbrev = s == "."
                && (abbreviations.contains(&dotted)
                    || prev.is_some_and(|p| {
                        p.end == t.start && {
                            let w = &text[p.start..p.end];
                            abbreviations.contains(&w.to_lowercase())
                                || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                        }
                    }));
            let next = tokens.get(j + 1);
            let starts_sentence = next.is_none_or(|n| {
                let c = text[n.start..].chars().next().unwrap_or(' ');
                c.is_uppercase() || c.is_numeric() || matches!(c, '“' | '"' | '‘' | '(' | '[' | '«')
            });
            // "... Senin 13 Oktober.China telah ...": a stop with no space after it
            // still ends a sentence between a word ending in lower case and a capitalized one.
            let glued = j == i
                && prev.is_some_and(|p| {
                    let w = &text[p.start..p.end];
                    p.end == t.start
                        && w.chars().count() >= 3
                        && w.chars().all(char::is_alphabetic)
                        && w.chars().last().is_some_and(char::is_lowercase)
                })
                && next.is_some_and(|n| {
                    let mut cs = text[n.start..n.end].chars();
                    n.start == t.end
                        && cs.next().is_some_and(char::is_uppercase)
                        && cs.next().is_some_and(char::is_lowercase)
                });
            if !is_abbrev && starts_sentence && (glued || next.is_none_or(|n| n.start > tokens[j].end)) {
                i = j;
                end_here = true;
            }
        }
        if end_here || i + 1 == tokens.len() {
            let st = start.take().unwrap_or(t.start);
            bounds.push((st, tokens[i].end));
        }
        i += 1;
    }
    bounds.into_iter().enumerate().map(|(index, (start, end))| Sentence { index, start, end }).collect()
}

/// True for text broken into lines of a fixed width inside its sentences, as
/// wire copy and e-mail often are ("... has entered a new\nstage of
/// comprehensive cooperation"): most of its longer lines do not end a
/// sentence, and there are at least four of them.
fn hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| l.chars().count() >= 30).collect();
    let Some((_, body)) = lines.split_last() else { return false };
    let open = body
        .iter()
        .filter(|l| !l.ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\'', '\u{2019}', ')']))
        .count();
    open >= 4 && open * 2 > body.len()
}

/// Converts byte offsets of one text into character offsets.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte offset of every character boundary, plus the text length.
    boundaries: Vec<usize>,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        CharMap { boundaries }
    }

    /// The character offset of byte offset `byte` (which must be a boundary;
    /// a byte inside a character maps to that character).
    ///
    /// ```
    /// let m = linimasa::text::CharMap::new("“a”");
    /// assert_eq!(m.char_offset(3), 1);
    /// ```
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// Unicode lower-casing that keeps a map back to the original bytes, so that
/// a match found in the folded text has a span in the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The lower-cased text.
    pub text: String,
    /// For every byte of `text`, the byte offset in the original of the
    /// character it came from; one extra entry for the end.
    pub origin: Vec<usize>,
}

impl Folded {
    /// Folds `text`: lower case, and typographic quotes, hyphens and dashes made plain.
    pub fn new(text: &str) -> Folded {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            let before = out.len();
            match c {
                '’' | '‘' => out.push('\''),
                '“' | '”' => out.push('"'),
                '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
                _ => out.extend(c.to_lowercase()),
            }
            origin.extend(std::iter::repeat_n(b, out.len() - before));
        }
        origin.push(text.len());
        Folded { text: out, origin }
    }

    /// The original byte range of folded range `start..end`.
    pub fn original(&self, start: usize, end: usize, original_len: usize) -> (usize, usize) {
        let s = self.origin[start];
        // The end is the end of the original character the last folded byte came from.
        let e = if end >= self.origin.len() - 1 { original_len } else { self.origin[end] };
        (s, e.max(s))
    }
}

/// Lower case, accents and other combining marks removed, spaces collapsed.
///
/// ```
/// use linimasa::text::fold_name;
/// assert_eq!(fold_name("  Zelénskyy "), "zelenskyy");
/// assert_eq!(fold_name("Пу́тин"), "путин");
/// ```
pub fn fold_name(s: &str) -> String {
    let stripped: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `c` can be part of a word (so a match must not continue into it).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when `start..end` of `text` is bounded by non-word characters.
pub fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back().is_none_or(|c| !is_word_char(c));
    let after = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before && after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_stay_in_one_number() {
        let text = "200.000 tentara, 100,000 troops, 3,5 persen, pukul 10.30, 2024.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert!(words.contains(&"200.000") && words.contains(&"100,000"), "{words:?}");
        // A decimal or a clock time is not a thousands group.
        assert!(words.contains(&"3") && words.contains(&"5") && words.contains(&"30"), "{words:?}");
        assert_eq!(words.last(), Some(&"."));
    }

    fn abbr() -> HashSet<String> {
        ["dr", "jl", "no"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn indonesian_date_in_brackets_does_not_end_a_sentence() {
        let t = "Trump pada hari Kamis, (3/7/2025). Putin menolak.";
        let s = split_sentences(t, &abbr());
        assert_eq!(s.len(), 2);
        assert_eq!(&t[s[0].start..s[0].end], "Trump pada hari Kamis, (3/7/2025).");
    }

    #[test]
    fn abbreviation_and_initial_do_not_end_a_sentence() {
        let t = "Ia tinggal di Jl. Sudirman No. 5 bersama J. Smith. Lalu pergi.";
        let s = split_sentences(t, &abbr());
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let t = "“Rusia tidak akan mundur.” Kata Ushakov.";
        let s = split_sentences(t, &abbr());
        assert_eq!(&t[s[0].start..s[0].end], "“Rusia tidak akan mundur.”");
    }

    #[test]
    fn dotted_abbreviations_do_not_end_a_sentence() {
        let abbr: HashSet<String> = ["a.m", "p.m"].iter().map(|s| s.to_string()).collect();
        let t = "The talks began at 9 a.m. Tuesday in Doha. They ended late.";
        assert_eq!(split_sentences(t, &abbr).len(), 2);
    }

    #[test]
    fn a_stop_with_no_space_ends_a_sentence_between_words_only() {
        let t = "dikutip dari AP, Senin 13 Oktober.China telah menegaskan. Lihat kompas.com dan U.S.Navy.";
        let s = split_sentences(t, &abbr());
        assert_eq!(&t[s[0].start..s[0].end], "dikutip dari AP, Senin 13 Oktober.");
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn line_break_ends_a_sentence() {
        let t = "Judul tanpa titik\nIsi berita.";
        assert_eq!(split_sentences(t, &abbr()).len(), 2);
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_blank_lines_still_end() {
        let t = "The relationship between China and Sri Lanka has entered a new\n\
                 stage of comprehensive cooperation, said Premier Wen Jiabao on Wednesday.\n\
                 Wen made the remarks while meeting with visiting Sri Lankan\n\
                 President Mahinda Rajapakse, who is in Beijing to mark the 50th\n\
                 anniversary of bilateral diplomatic ties between the two countries.\n\
                 Top legislator Wu Bangguo held a separate meeting with\n\
                 Rajapakse on Wednesday, pledging further parliamentary exchanges\n\
                 \n\
                 Xinhua";
        let s = split_sentences(t, &abbr());
        let texts: Vec<&str> = s.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].starts_with("Wen made") && texts[1].ends_with("ties between the two countries."));
        assert_eq!(texts[3], "Xinhua");
        // Lines that end their sentences are not wrapped: each stays one.
        let u = "Judul tanpa titik\nKalimat pertama yang cukup panjang di sini.\nKalimat kedua yang juga cukup panjang.";
        assert_eq!(split_sentences(u, &abbr()).len(), 3);
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let t = "“Rusia” é";
        let m = CharMap::new(t);
        assert_eq!(m.char_offset(t.find('é').unwrap()), 8);
    }

    #[test]
    fn typographic_hyphens_fold_to_a_hyphen() {
        assert_eq!(Folded::new("Secretary\u{2011}General").text, "secretary-general");
        assert_eq!(Folded::new("co\u{2010}operation").text, "co-operation");
    }

    #[test]
    fn folding_maps_back_to_original_bytes() {
        let t = "İstanbul “AS”";
        let f = Folded::new(t);
        let i = f.text.find("as").unwrap();
        let (s, e) = f.original(i, i + 2, t.len());
        assert_eq!(&t[s..e], "AS");
    }
}

/// A stretch of text with its tokens and their lower-cased forms, the unit
/// the matchers work on.
#[derive(Debug, Clone)]
pub struct TokenView<'a> {
    /// The whole document text (token offsets point into it).
    pub text: &'a str,
    /// The tokens of the stretch.
    pub tokens: Vec<Token>,
    /// Each token lower-cased (Unicode), typographic quotes made plain.
    pub folded: Vec<String>,
}

impl<'a> TokenView<'a> {
    /// Tokenizes `text[start..end]`, with offsets into the whole `text`.
    pub fn new(text: &'a str, start: usize, end: usize) -> TokenView<'a> {
        let tokens: Vec<Token> = tokenize(&text[start..end])
            .into_iter()
            .map(|t| Token { start: t.start + start, end: t.end + start, kind: t.kind })
            .collect();
        let folded = tokens.iter().map(|t| Folded::new(&text[t.start..t.end]).text).collect();
        TokenView { text, tokens, folded }
    }

    /// The original text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The lower-cased text of token `i`.
    pub fn low(&self, i: usize) -> &str {
        &self.folded[i]
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// True when token `i` starts with an upper-case letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True for a title-case headline, which capitalizes its verbs too: of
    /// `words` (the sentence's words past the first that are neither names
    /// nor grammar words; every sentence capitalizes its first word), at least
    /// two, and at most a quarter in lower case (a sentence dense with names
    /// still writes its verbs in lower case).
    pub fn title_case(&self, words: &[usize]) -> bool {
        words.len() >= 2 && words.iter().filter(|&&k| !self.is_capitalized(k)).count() * 4 <= words.len()
    }

    /// True when token `i` touches the tokens on both sides, as the hyphen of
    /// "Israel-Iran" or "Al-Fashir" does (not the spaced dash of "MANILA – China").
    pub fn joins_neighbours(&self, i: usize) -> bool {
        let t = &self.tokens;
        i > 0 && i + 1 < t.len() && t[i - 1].end == t[i].start && t[i].end == t[i + 1].start
    }
}
