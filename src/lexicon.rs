//! Phrase matching over tokens: the one mechanism behind every lexicon and
//! gazetteer (event triggers, actor names, titles, cues).
//!
//! A phrase is a sequence of lower-case words; `*` in a phrase is a gap of up
//! to six words (not crossing clause punctuation). Matching works on tokens,
//! so word boundaries hold by construction ("Putin" is not found in
//! "Rasputin"), and a language's clitics (Indonesian "-nya") may follow a word.
//! Patterns are indexed by their first word, so a lookup costs one hash probe
//! per token.

use std::collections::HashMap;

use crate::text::TokenView;

/// How the case of the text must look for a pattern to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case.
    Any,
    /// The first word must start with an upper-case letter (names).
    Capitalized,
    /// The text must have exactly the pattern's case (acronyms: "AS", "UN").
    Exact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Word(String),
    Gap(usize),
}

#[derive(Debug, Clone)]
struct Pattern<T> {
    pieces: Vec<Piece>,
    exact: Vec<String>,
    case: CaseRule,
    value: T,
    /// Its words (gaps not counted), and their letters: how specific it is.
    words: usize,
    letters: usize,
}

/// A match: the tokens it covers and the value of its pattern.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhraseMatch<'m, T> {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// Number of words in the pattern (gaps not counted): more is more specific.
    pub words: usize,
    /// Number of letters in the pattern's words: on a tie of words, the longer
    /// pattern is the more specific ("memanggil duta besarnya" over "memanggil
    /// duta besar" with a clitic).
    pub letters: usize,
    /// The pattern's value.
    pub value: &'m T,
}

/// Lower-case Arabic articles that may open a capitalized name ("al-Shabab").
pub(crate) const ARTICLES: &[&str] = &["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"];

/// The largest gap `*` stands for, in tokens.
pub const MAX_GAP: usize = 6;

/// A set of phrases with values, matched against tokens.
#[derive(Debug, Clone)]
pub struct PhraseMatcher<T> {
    patterns: Vec<Pattern<T>>,
    by_first: HashMap<String, Vec<usize>>,
    clitics: Vec<String>,
}

impl<T> Default for PhraseMatcher<T> {
    fn default() -> Self {
        PhraseMatcher { patterns: Vec::new(), by_first: HashMap::new(), clitics: Vec::new() }
    }
}

fn is_clause_punct(s: &str) -> bool {
    matches!(s, "." | "," | ";" | ":" | "\"" | "(" | ")" | "!" | "?")
}

impl<T> PhraseMatcher<T> {
    /// An empty matcher whose words may carry the given clitics (lower case).
    pub fn new(clitics: &[String]) -> PhraseMatcher<T> {
        PhraseMatcher { clitics: clitics.to_vec(), ..Default::default() }
    }

    /// Adds a phrase. Empty phrases and phrases starting with a gap are ignored.
    pub fn add(&mut self, phrase: &str, case: CaseRule, value: T) {
        let view = TokenView::new(phrase, 0, phrase.len());
        let mut pieces = Vec::new();
        let mut exact = Vec::new();
        for i in 0..view.len() {
            if view.word(i) == "*" {
                pieces.push(Piece::Gap(MAX_GAP));
            } else {
                pieces.push(Piece::Word(view.low(i).to_string()));
                exact.push(view.word(i).to_string());
            }
        }
        let Some(Piece::Word(first)) = pieces.first().cloned() else {
            return;
        };
        while matches!(pieces.last(), Some(Piece::Gap(_))) {
            pieces.pop();
        }
        let words = exact.len();
        let letters = pieces.iter().map(|x| if let Piece::Word(w) = x { w.chars().count() } else { 0 }).sum();
        self.by_first.entry(first).or_default().push(self.patterns.len());
        self.patterns.push(Pattern { pieces, exact, case, value, words, letters });
    }

    /// The number of phrases.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when no phrase was added.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    fn word_matches(&self, word: &str, token: &str) -> bool {
        token == word
            || self.clitics.iter().any(|c| {
                token.len() == word.len() + c.len() && token.starts_with(word) && token.ends_with(c.as_str())
            })
    }

    /// The first token position after matching `pieces` from token `at`, if they match.
    fn match_from(&self, view: &TokenView, pieces: &[Piece], at: usize) -> Option<usize> {
        let Some((piece, rest)) = pieces.split_first() else {
            return Some(at);
        };
        match piece {
            Piece::Word(w) => {
                if at < view.len() && self.word_matches(w, view.low(at)) {
                    self.match_from(view, rest, at + 1)
                } else if at + 1 < view.len()
                    && view.low(at) == "\""
                    && self.word_matches(w, view.low(at + 1))
                {
                    // Scare quotes inside a phrase ("paused its “military operation”").
                    self.match_from(view, rest, at + 2)
                } else {
                    None
                }
            }
            Piece::Gap(n) => {
                for skip in 0..=*n {
                    if skip > 0
                        && (at + skip > view.len()
                            || (is_clause_punct(view.low(at + skip - 1)) && view.low(at + skip - 1) != "\""))
                    {
                        break;
                    }
                    if let Some(end) = self.match_from(view, rest, at + skip) {
                        return Some(end);
                    }
                }
                None
            }
        }
    }

    fn case_ok(p: &Pattern<T>, view: &TokenView, first: usize, last: usize) -> bool {
        match p.case {
            CaseRule::Any => true,
            // "al-Shabab", "el-Sisi": a lower-case Arabic article before the capitalized name.
            CaseRule::Capitalized => {
                view.is_capitalized(first)
                    || (ARTICLES.contains(&view.word(first))
                        && first + 2 < last
                        && view.word(first + 1) == "-"
                        && view.is_capitalized(first + 2))
            }
            CaseRule::Exact => {
                let words: Vec<&str> =
                    (first..last).map(|i| view.word(i)).filter(|w| !w.chars().all(|c| c == '*')).collect();
                words.len() == p.exact.len() && words.iter().zip(&p.exact).all(|(a, b)| *a == b)
            }
        }
    }

    /// Every match starting at token `i`, in pattern order.
    pub fn matches_at<'m>(&'m self, view: &TokenView, i: usize) -> Vec<PhraseMatch<'m, T>> {
        let mut out = Vec::new();
        let Some(low) = view.folded.get(i) else {
            return out;
        };
        let mut try_key = |key: &str| {
            if let Some(ids) = self.by_first.get(key) {
                for &id in ids {
                    let p = &self.patterns[id];
                    if let Some(end) = self.match_from(view, &p.pieces, i) {
                        if Self::case_ok(p, view, i, end) {
                            let (words, letters) = (p.words, p.letters);
                            out.push(PhraseMatch { first: i, last: end, words, letters, value: &p.value });
                        }
                    }
                }
            }
        };
        try_key(low);
        for c in &self.clitics {
            if let Some(stem) = low.strip_suffix(c.as_str()) {
                if !stem.is_empty() {
                    try_key(stem);
                }
            }
        }
        out
    }

    /// Every match anywhere (overlapping), in text order.
    pub fn find_all<'m>(&'m self, view: &TokenView) -> Vec<PhraseMatch<'m, T>> {
        (0..view.len()).flat_map(|i| self.matches_at(view, i)).collect()
    }

    /// Leftmost-longest matches that do not overlap: at each token the match
    /// covering the most tokens wins (ties: more pattern words, then more
    /// letters in them, then the earlier pattern).
    pub fn find<'m>(&'m self, view: &TokenView) -> Vec<PhraseMatch<'m, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < view.len() {
            let best = self.matches_at(view, i).into_iter().reduce(|a, b| {
                if (b.last, b.words, b.letters) > (a.last, a.words, a.letters) {
                    b
                } else {
                    a
                }
            });
            match best {
                Some(m) => {
                    i = m.last.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(s: &str) -> TokenView<'_> {
        TokenView::new(s, 0, s.len())
    }

    #[test]
    fn whole_words_only() {
        let mut m = PhraseMatcher::new(&[]);
        m.add("Putin", CaseRule::Capitalized, 1);
        assert!(m.find(&view("Rasputin datang")).is_empty());
        assert_eq!(m.find(&view("kata Putin.")).len(), 1);
    }

    #[test]
    fn longest_match_wins() {
        let mut m = PhraseMatcher::new(&[]);
        m.add("amerika", CaseRule::Any, "short");
        m.add("amerika serikat", CaseRule::Any, "long");
        let v = view("Presiden Amerika Serikat Donald Trump");
        let f = m.find(&v);
        assert_eq!(f.len(), 1);
        assert_eq!(*f[0].value, "long");
    }

    #[test]
    fn gaps_do_not_cross_commas() {
        let mut m = PhraseMatcher::new(&[]);
        m.add("penghentian * pengiriman senjata", CaseRule::Any, ());
        assert_eq!(m.find(&view("penghentian beberapa pengiriman senjata ke Kyiv")).len(), 1);
        assert_eq!(m.find(&view("penghentian, lalu pengiriman senjata")).len(), 0);
        assert_eq!(m.find(&view("penghentian a b c d e f g pengiriman senjata")).len(), 0);
    }

    #[test]
    fn scare_quotes_inside_a_phrase_are_passed_over() {
        let mut m = PhraseMatcher::new(&[]);
        m.add("paused * military operation", CaseRule::Any, ());
        m.add("called for a ceasefire", CaseRule::Any, ());
        assert_eq!(
            m.find(&view("Pakistan paused its \u{201c}military operation\u{201d} on Wednesday")).len(),
            1
        );
        assert_eq!(m.find(&view("They called for a \"ceasefire\" at once")).len(), 1);
        // A comma still ends a gap.
        assert_eq!(m.find(&view("It paused, \"military operation\"")).len(), 0);
    }

    #[test]
    fn on_a_tie_the_pattern_without_a_clitic_wins() {
        let mut m = PhraseMatcher::new(&["nya".to_string()]);
        m.add("memanggil duta besar", CaseRule::Any, "summons");
        m.add("memanggil duta besarnya", CaseRule::Any, "recall");
        let found = m.find(&view("Sudan memanggil duta besarnya untuk Etiopia"));
        assert_eq!(found.len(), 1);
        assert_eq!(*found[0].value, "recall");
    }

    #[test]
    fn clitics_may_follow_a_word() {
        let mut m = PhraseMatcher::new(&["nya".to_string()]);
        m.add("serangan", CaseRule::Any, ());
        assert_eq!(m.find(&view("mengintensifkan serangannya terhadap Ukraina")).len(), 1);
    }

    #[test]
    fn exact_case_for_acronyms() {
        let mut m = PhraseMatcher::new(&[]);
        m.add("AS", CaseRule::Exact, ());
        assert_eq!(m.find(&view("presiden AS")).len(), 1);
        assert_eq!(m.find(&view("As he said")).len(), 0);
    }
}
