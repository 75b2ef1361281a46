//! Events: triggers from the lexicon, their participants from the sentence,
//! their modality from cue words, and their date from the time tagger.
//!
//! Sentence by sentence, [`extract_sentence`] turns each trigger into an
//! [`EventMention`]: who did it (the clause subject, an "oleh"/"by" agent, a
//! possessor after an event noun), to whom (the first actor after the verb, or
//! after "ke"/"terhadap"/"against"), with whom ("dengan"/"with", "X dan Y"),
//! where ("di Denmark"), whether it happened (negation, plans, conditions),
//! and when (the nearest date in its clause, else in its sentence).
//! [`document::assemble`] then joins mentions of the same event, resolves
//! "kedua pemimpin" to the sides of the last event, and dates events from
//! the events they are measured from ("sehari setelah X").

pub mod document;
pub mod lexicon;

use crate::actors::{Marker, Markers, Mention, PairKind, Target, Via};
use crate::lexicon::PhraseMatch;
use crate::text::{TokenKind, TokenView};
use crate::time::{EventRelation, Reference, Tense, TimeMention, TimeValue, TimexType};
use crate::timeline::LocationRecord;
use lexicon::{Cue, CueScope, EventLexicon, Frame, Modality, TriggerEntry};

/// A date given to an event, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    /// The value.
    pub value: TimeValue,
    /// The words that gave it.
    pub text: String,
    /// `absolute`, `anchor` or `event:<id>` (filled in later).
    pub anchored_to: String,
}

/// Where an event-relative date points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelTarget {
    /// Another mention of the same document, by index.
    Mention(usize),
    /// The last dated event told before this sentence.
    Previous,
}

/// An event as one sentence states it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    /// Sentence index.
    pub sentence: usize,
    /// Trigger byte range in the document text.
    pub start: usize,
    /// End of the trigger (bytes).
    pub end: usize,
    /// The trigger's words.
    pub trigger: String,
    /// The lexicon entry.
    pub entry: TriggerEntry,
    /// Initiators.
    pub actors: Vec<String>,
    /// Targets.
    pub recipients: Vec<String>,
    /// "kedua pemimpin": both sides of an earlier event.
    pub pair: Option<PairKind>,
    /// True when the pair is the target ("demanded the two sides calm the situation").
    pub pair_targeted: bool,
    /// For a pair: the two actors of its kind the sentences just before name
    /// (filled by the pipeline), the sides when no earlier event has two.
    pub pair_hint: Vec<String>,
    /// The sentence that names both actors of `pair_hint`, if one does.
    pub pair_hint_together: Option<usize>,
    /// True when "mereka"/"they" is the initiator of a one-sided act: the
    /// sides of a call or meeting told just before, else the group named last.
    pub plural_actor: bool,
    /// Whether it happened.
    pub modality: Modality,
    /// When, if the sentence says.
    pub when: Option<Dated>,
    /// True when the trigger refers back ("panggilan telepon tersebut").
    pub anaphoric: bool,
    /// Where.
    pub location: Option<LocationRecord>,
    /// Its date measured from another event: (days, from where).
    pub relation: Option<(i64, RelTarget, String)>,
    /// The initiators act on each other ("menembak jatuh jet tempur masing-masing").
    pub mutual: bool,
    /// The act answers another ("in response", "sebagai balasan"): with no
    /// target of its own, it is aimed at whoever acted against its initiator.
    pub responds: bool,
    /// A reaction to an act named only by an anaphoric noun ("condemned the
    /// move", "langkah itu dikecam"): it is aimed at whoever did the act told before.
    pub answers_act: bool,
    /// A request read from a modal of obligation in reported speech ("X said
    /// Y must ..."): it asks only its addressee, so with none left it is no event.
    pub obligation: bool,
}

/// What a sentence offers to the extractor.
pub struct SentenceInput<'a> {
    /// Sentence index.
    pub index: usize,
    /// Its tokens.
    pub view: &'a TokenView<'a>,
    /// Its actor mentions.
    pub mentions: &'a [Mention],
    /// Its temporal expressions.
    pub times: &'a [TimeMention],
    /// The article date.
    pub anchor: Option<chrono::NaiveDate>,
    /// The language's marker words.
    pub markers: &'a Markers,
    /// Nouns whose possessor was named earlier in the article (see
    /// [`crate::actors::ArticleActors::possessors`]).
    pub possessors: &'a std::collections::HashMap<String, String>,
    /// True where a modifier follows its head noun (Indonesian "usulan
    /// Washington"): an actor right after a common noun is a possessor, not a subject.
    pub modifier_follows_head: bool,
    /// The verb of saying with a pronoun clitic that reports the sentence
    /// ("“...,” tambahnya"): its token and the actor who speaks.
    pub reporter: Option<(usize, &'a str)>,
    /// The group an unquoted sentence of a statement speaks for ("We are
    /// deeply concerned ... The regime must ..."): the speaker of what no
    /// one in the sentence says.
    pub voice: Option<&'a str>,
}

/// Largest distance (tokens) from an "and" to the "including" that names the
/// members of the group it adds ("X dan sejumlah negara Timur Tengah seperti ...").
const INCLUDING_GAP: usize = 8;
/// How far before an act the verb of joining may stand ("joined the United
/// Kingdom and France in condemning").
const JOINING_SPAN: usize = 10;
/// How far after the verb of joining the actor joined may start.
const JOINED_SPAN: usize = 3;
/// Largest distance (tokens) between a trigger and its target.
const OBJECT_WINDOW: usize = 9;
/// Largest distance (tokens) between a reciprocal trigger and "dengan"/"with" its partner
/// ("komunikasi melalui telepon, pesan, dan sebagainya dengan Menlu Iran").
const PARTNER_WINDOW: usize = 16;

/// How many words after a meeting a visit word ("... Retno Marsudi yang datang
/// berkunjung") still makes it a visit.
const VISIT_SPAN: usize = 12;
/// Largest distance (tokens) between a phrase of answering ("in response") and the act it makes an answer.
const RESPONSE_SPAN: usize = 10;
/// Largest distance (tokens) between a modality cue and its trigger.
const CUE_WINDOW: usize = 6;
/// How many words after an event noun its passive light verb may stand
/// ("latihan militer gabungan skala besar yang dilakukan oleh ...").
const PASSIVE_LIGHT_SPAN: usize = 5;
/// The CAMEO code of summoning an envoy to protest ("Demand ... / Criticize or denounce": 114).
pub(crate) const SUMMONS: &str = "114";
/// The CAMEO code of a generic appeal (020), that of a request read from a hope.
const APPEAL: &str = "020";
/// The CAMEO code of signing a formal agreement (057).
pub(crate) const SIGN_AGREEMENT: &str = "057";
/// Largest distance (tokens) for cues that must stand next to the trigger ("untuk", "to").
const ADJACENT_WINDOW: usize = 1;

/// Who speaks a statement ([`Ctx::speaker_of`]): an actor mention, the verb
/// of saying whose clitic names the speaker ("tambahnya"), or the voice of
/// the statement itself (placed at the sentence's end).
struct Speaker<'a> {
    /// The speaker's mention, when the sentence names the speaker.
    mention: Option<usize>,
    /// The speaker's actor id.
    actor: &'a str,
    /// The first token of the mention or verb (the sentence's length for a voice).
    first: usize,
    /// One past its last token.
    last: usize,
    /// True when the speaker is named before the statement.
    before: bool,
}

struct Ctx<'a> {
    s: &'a SentenceInput<'a>,
    clause: Vec<usize>,
    trigger_tokens: Vec<bool>,
    /// Tokens of "and" phrases of several words ("along with", "as well as").
    and_phrase: Vec<bool>,
    /// Tokens of pejoratives, of one word or several ("war criminal", "tidak sah").
    pejorative: Vec<bool>,
    /// Tokens of words of joining an act, of one word or several ("joined", "took part").
    joining: Vec<bool>,
    /// Quotations: the tokens of each pair of quote marks, in order.
    quotes: Vec<(usize, usize)>,
}

impl<'a> Ctx<'a> {
    fn low(&self, i: usize) -> &str {
        self.s.view.low(i)
    }

    /// True when mention `m` stands inside a quotation that closes before
    /// token `at` ("Putin and Lukashenko \"confirmed ... between Russia and
    /// Belarus\" during a phone call"): quoted words are no subject of what
    /// follows the quotation.
    fn quoted_before(&self, m: usize, at: usize) -> bool {
        let mention = &self.s.mentions[m];
        self.quotes.iter().any(|&(open, close)| open < mention.first && mention.last <= close && close < at)
    }

    fn is(&self, i: usize, m: Marker) -> bool {
        i < self.s.view.len() && self.s.markers.is(self.low(i), m)
    }

    /// The token before a mention.
    fn before(&self, m: usize) -> Option<usize> {
        self.s.mentions[m].first.checked_sub(1)
    }

    fn in_pp(&self, m: usize) -> bool {
        // Look past determiners and adjectives of region: "on the UN Charter",
        // "into eastern Afghanistan".
        let mut b = self.before(m);
        while let Some(x) =
            b.filter(|&x| (self.is(x, Marker::Connector) || self.is(x, Marker::Region)) && x > 0)
        {
            b = Some(x - 1);
        }
        let Some(b) = b else { return false };
        if [Marker::Location, Marker::Target, Marker::With, Marker::Agent, Marker::Topic, Marker::Between]
            .iter()
            .any(|&k| self.is(b, k))
        {
            return true;
        }
        // "between the United States and South Africa": the second of a pair
        // joined by "and" is in the phrase the first is in.
        self.is(b, Marker::And) && m > 0 && self.s.mentions[m - 1].last == b && self.in_pp(m - 1)
    }

    /// An actor right after a common noun is its possessor ("usulan Washington");
    /// the second half of a hyphenated pair ("Israel-Iran") goes with the first.
    fn attached(&self, m: usize) -> bool {
        let ms = self.s.mentions;
        if let Some(b) = self.before(m) {
            if self.low(b) == "-" && m > 0 && ms[m - 1].last == b && self.s.view.joins_neighbours(b) {
                return true;
            }
        }
        // "diungkapkan Retno": the agent right after a di-...-kan passive verb, not a possessor.
        if self.before(m).is_some_and(|b| {
            let w = self.low(b);
            self.s.modifier_follows_head && w.starts_with("di") && w.ends_with("kan") && w.chars().count() > 6
        }) {
            return false;
        }
        if !self.s.modifier_follows_head {
            // English puts modifiers first: "the UN Charter", "White House officials".
            let v = self.s.view;
            let next = ms[m].last;
            return next < v.len()
                && v.tokens[next].kind == TokenKind::Word
                && v.is_capitalized(next)
                && !ms.iter().any(|x| x.first == next)
                && !self.s.markers.any(self.low(next))
                && !crate::actors::NAME_SUFFIXES.contains(&self.low(next));
        }
        let plain = |b: usize| {
            let v = self.s.view;
            v.tokens[b].kind == TokenKind::Word
                && !v.is_capitalized(b)
                && !self.s.markers.any(self.low(b))
                && !self.trigger_tokens[b]
        };
        // ("kelompok perlawanan Tentara Arakan": a name after a classifying
        // noun and its modifier is that noun's name.)
        let classified = |b: usize| {
            (b.saturating_sub(CLASSIFIER_SPAN)..=b)
                .rev()
                .take_while(|&k| plain(k))
                .any(|k| self.is(k, Marker::Classifier))
        };
        self.before(m).is_some_and(|b| plain(b) && !classified(b))
    }

    /// True for a dateline's place ("JAKARTA –", "MOSKOW (ANTARA) -"): where the
    /// report was filed, never a side of it.
    fn dateline(&self, m: usize) -> bool {
        let men = &self.s.mentions[m];
        let v = self.s.view;
        men.first == 0
            && (men.last..(men.last + DATELINE_SPAN).min(v.len()))
                .any(|i| matches!(v.word(i), "–" | "—" | "-" | "--" | ":" | "(") && !v.joins_neighbours(i))
    }

    /// True for the speaker a report is attributed to ("..., kata utusan AS",
    /// "..., Defence Minister Israel Katz said"): not a side of what is reported.
    /// (`trigger`: where the reported event's trigger starts; a speaker named
    /// before it, "militer Sudan mengatakan serangan ...", may be a side of it.)
    fn attribution(&self, m: usize, trigger: usize) -> bool {
        let men = &self.s.mentions[m];
        let before = (men.first.saturating_sub(2)..men.first).any(|i| self.is(i, Marker::Speech));
        let after = self.said_after(m) && men.first > trigger && self.low(men.first - 1) == ",";
        before || after
    }

    /// The agent a passive light verb after an event noun names ("agresi yang
    /// dilancarkan Israel"): right after it, or past a source word and one
    /// more word ("serangan yang dilancarkan dari kubu Pakistan"), or past one
    /// word that is no target, place or "with" word ("serangan yang dilakukan
    /// terhadap Israel" names the target), else after "oleh"/"by" further on
    /// ("tuduhan yang dilakukan terhadap Malaysia oleh Dubes Korut").
    fn passive_light_agent(&self, last: usize) -> Option<usize> {
        let n = self.s.view.len();
        // (Past plain modifiers of the noun: "latihan militer gabungan skala
        // besar yang dilakukan oleh ...".)
        let v = self.s.view;
        let i = (last..(last + PASSIVE_LIGHT_SPAN).min(n))
            .take_while(|&i| v.tokens[i].kind == TokenKind::Word && !self.trigger_tokens[i])
            .find(|&i| self.is(i, Marker::PassiveLight))
            .filter(|&i| i < last + 3 || (last..i).all(|k| !v.is_capitalized(k)))?;
        let source = self.is(i + 1, Marker::Source);
        let j = if source { i + 2 } else { i + 1 };
        let skip_ok = source
            || !(self.is(j, Marker::Target) || self.is(j, Marker::Location) || self.is(j, Marker::With));
        self.s
            .mentions
            .iter()
            .position(|m| (m.first == j || skip_ok && m.first == j + 1) && !m.place)
            .or_else(|| self.object(i + 1, Some(Marker::Agent), 6))
    }

    /// The verb of joining that the act at token `at` completes, in its clause
    /// ("joined the United States in imposing", "bergabung dengan AS dalam menjatuhkan").
    /// (A phrase "took part", "mengambil bagian": its first word.)
    fn joining_before(&self, at: usize) -> Option<usize> {
        let last = (at.saturating_sub(JOINING_SPAN)..at)
            .rev()
            .find(|&i| self.joining[i] && self.clause[i] == self.clause[at])?;
        Some((0..=last).rev().take_while(|&i| self.joining[i]).last().unwrap_or(last))
    }

    /// True for a verb of saying or reporting ("said", "kata", "stressed", "menegaskan").
    fn saying(&self, i: usize) -> bool {
        self.is(i, Marker::Speech) || self.is(i, Marker::Report)
    }

    /// The speaker of the statement that holds token `at`: "X said (that) ...
    /// `at`" (the nearest actor before a verb of saying), else "... `at` ...,
    /// X said" / "..., kata X" (an actor after a comma, next to its verb of
    /// saying), else "... `at` ...,” tambahnya" (the sentence's reporter),
    /// else, when `voiced` and no verb of saying stands in the sentence, the
    /// group the statement speaks for ("The regime must ...").
    fn speaker_of(&self, at: usize, voiced: bool) -> Option<Speaker<'_>> {
        let ms = self.s.mentions;
        let before = (0..ms.len()).rev().find(|&m| {
            ms[m].last < at
                && self.usable(m)
                && !self.in_pp(m)
                && (ms[m].last..(ms[m].last + 2).min(at)).any(|i| self.saying(i))
        });
        let after = || {
            (0..ms.len()).find(|&m| {
                ms[m].first > at
                    && self.usable(m)
                    && ((ms[m].first.saturating_sub(2)..ms[m].first).any(|i| self.saying(i))
                        || self.said_after(m))
                    && (at..ms[m].first).any(|i| self.low(i) == ",")
            })
        };
        let of = |m: usize, before: bool| {
            let actor = ms[m].actor().filter(|a| !a.is_empty())?;
            Some(Speaker { mention: Some(m), actor, first: ms[m].first, last: ms[m].last, before })
        };
        match before.map(|m| (m, true)).or_else(|| after().map(|m| (m, false))) {
            Some((m, before)) => of(m, before),
            None => {
                let n = self.s.view.len();
                self.s
                    .reporter
                    .filter(|&(v, _)| v > at && (at..v).any(|i| self.low(i) == ","))
                    .map(|(v, actor)| Speaker { mention: None, actor, first: v, last: v + 1, before: false })
                    .or_else(|| {
                        (voiced && !(0..n).any(|i| self.is(i, Marker::Speech) || self.is(i, Marker::Report)))
                            .then_some(self.s.voice)
                            .flatten()
                            .map(|actor| Speaker { mention: None, actor, first: n, last: n, before: false })
                    })
            }
        }
    }

    /// True when a verb of saying follows mention `m` ("Miller said", "the ministry said").
    fn said_after(&self, m: usize) -> bool {
        let l = self.s.mentions[m].last;
        (l..(l + 2).min(self.s.view.len())).any(|i| self.is(i, Marker::Speech))
    }

    /// True for an Indonesian passive verb: the prefix "di-" on a word longer
    /// than a preposition ("didukung", "dikecam"; not "di", "dia", "diri").
    fn di_passive(&self, i: usize) -> bool {
        let w = self.low(i);
        w.starts_with("di") && w.chars().count() > 5
    }

    /// The agent of a passive verb that follows an event noun in its clause,
    /// past the noun's own modifiers ("oleh"/"by" right after the verb).
    fn far_passive_agent(&self, first: usize, last: usize) -> Option<usize> {
        let v = self.s.view;
        let c = self.clause[first];
        let by = (last + 1..(last + FAR_AGENT_WINDOW).min(v.len()))
            .take_while(|&i| self.clause[i] == c && !self.trigger_tokens[i])
            .find(|&i| self.is(i, Marker::Agent))?;
        let verb = by - 1;
        let passive = self.is(verb, Marker::PassiveLight)
            || if self.s.modifier_follows_head {
                self.di_passive(verb)
            } else {
                (verb.saturating_sub(2)..verb).any(|i| self.is(i, Marker::PassiveAux))
            };
        if !passive {
            return None;
        }
        self.s.mentions.iter().position(|m| m.first == by + 1 && !m.place)
    }

    /// "Usai menelepon Yoon, Kishida mengatakan ...", "After meeting Putin, Xi
    /// said ...": a verb with no subject in a subordinate clause that opens the
    /// sentence shares the main clause's subject, the actor right after its comma.
    fn opening_clause_subject(&self, first: usize) -> Option<usize> {
        if !(self.is(0, Marker::Clause) && self.is(0, Marker::Adverbial))
            || (0..first).any(|i| self.low(i) == ",")
        {
            return None;
        }
        self.subject_after_comma(first)
    }

    /// True when the sentence opens with a phrase of place, time or
    /// circumstance ("In a phone call on Monday, ...", "Dalam pembicaraan ...").
    fn opens_with_phrase(&self) -> bool {
        self.is(0, Marker::Location) || self.is(0, Marker::Adverbial)
    }

    /// The actor right after the first comma from token `from` on: the subject
    /// of the main clause after a phrase that opens the sentence.
    fn subject_after_comma(&self, from: usize) -> Option<usize> {
        let v = self.s.view;
        let comma = (from..v.len().min(from + OPENING_PHRASE_SPAN)).find(|&i| self.low(i) == ",")?;
        let ms = self.s.mentions;
        (0..ms.len()).find(|&m| ms[m].first > comma && ms[m].first <= comma + 4 && self.usable(m))
    }

    /// The subject that opens the clause of token `at` (its first actor, not
    /// in a prepositional phrase), when it stands before `at`.
    fn clause_subject(&self, at: usize) -> Option<usize> {
        let clause = *self.clause.get(at)?;
        let ms = self.s.mentions;
        let m = (0..ms.len()).find(|&m| ms[m].last <= at && self.clause[ms[m].first] == clause)?;
        (self.usable(m) && !self.in_pp(m) && !self.attached(m)).then_some(m)
    }

    fn usable(&self, m: usize) -> bool {
        !self.s.mentions[m].place
    }

    /// The actor a hyphenated participle modifier describes, when it names
    /// one: "Iran-backed Houthi rebels" is the Houthis.
    fn modified_actor(&self, m: usize) -> Option<usize> {
        let ms = self.s.mentions;
        (self.hyphen_modifier(m) && m + 1 < ms.len() && ms[m + 1].first == ms[m].last + 2).then_some(m + 1)
    }

    /// True for an actor that only modifies a noun through a hyphenated
    /// participle ("a UN-recognised government", "Iran-backed rebels"): not
    /// the subject of the verb after the noun. A leader ("Saudi-led
    /// coalition") stands for the noun it leads, and stays. (As a target it
    /// stands for the actor it describes, see `modified_actor`, else for its
    /// noun: "a Hezbollah-linked group was struck".)
    fn hyphen_modifier(&self, m: usize) -> bool {
        let v = self.s.view;
        let dash = self.s.mentions[m].last;
        dash + 1 < v.len()
            && self.low(dash) == "-"
            && self.s.view.joins_neighbours(dash)
            && v.tokens[dash + 1].kind == TokenKind::Word
            && !v.is_capitalized(dash + 1)
            && self.low(dash + 1).ends_with("ed")
            && !self.is(dash + 1, Marker::Leader)
    }

    /// "The Tigray People's Liberation Front, the party that controls most of
    /// the region, on Sunday accused ...": a verb after an apposition that
    /// holds a relative clause, with no subject of its own, has the name before
    /// the apposition as its subject (a few words, "on Sunday", may follow the
    /// closing comma).
    fn head_of_relative_apposition(&self, at: usize) -> Option<usize> {
        let ms = self.s.mentions;
        let close = (at.saturating_sub(4)..at).rev().find(|&i| self.low(i) == ",")?;
        if ms.iter().any(|m| m.first > close && m.first < at) {
            return None;
        }
        let lo = close.saturating_sub(APPOSITION_SPAN + 4);
        let open = (lo..close).rev().find(|&i| self.low(i) == ",")?;
        let relative = (open + 1..close).any(|i| self.is(i, Marker::Relative) || self.is(i, Marker::Clause));
        if !relative || open + 1 >= close || !self.is(open + 1, Marker::Determiner) {
            return None;
        }
        (0..ms.len()).find(|&h| ms[h].last == open && self.usable(h) && !self.in_pp(h))
    }

    /// The subject of the clause ending at token `at`: the nearest actor before
    /// it that is not in a prepositional phrase nor a possessor, with actors
    /// joined to it by "dan"/"and".
    fn subject(&self, at: usize) -> Vec<usize> {
        let clause = self.clause.get(at).copied().unwrap_or(0);
        let ms = self.s.mentions;
        // "Kelompok Hamas yang didukung Iran itu melancarkan ...": a relative
        // clause closed by a demonstrative ends the subject's noun phrase; the
        // verb after it belongs to the head before "yang".
        if let Some(st) = (0..at).find(|&i| self.clause[i] == clause) {
            let closed = (st + 1..at)
                .rev()
                .find(|&d| !self.is(d, Marker::Adverb) || self.low(d) == "ini")
                .is_some_and(|d| {
                    self.s.modifier_follows_head && (self.is(d, Marker::Anaphor) || self.low(d) == "ini")
                });
            // "milisi Houthi yang didukung Iran menembakkan drone": the passive verb
            // of the relative clause has its agent, so an active verb right after
            // the agent is the head's.
            let passive_done = self.s.modifier_follows_head
                && st + 1 < at
                && self.di_passive(st + 1)
                && self.s.mentions.iter().any(|m| {
                    m.last == at
                        && (m.first == st + 2 || (m.first == st + 3 && self.is(st + 2, Marker::Agent)))
                });
            if st > 0 && self.is(st, Marker::Relative) && (closed || passive_done) {
                if let Some(h) = self.relative_head(at) {
                    return vec![h];
                }
            }
        }
        let mut found = None;
        let mut possessor = None;
        for m in (0..ms.len()).rev() {
            if ms[m].last > at {
                continue;
            }
            if self.clause[ms[m].first] != clause {
                break;
            }
            if self.quoted_before(m, at) {
                continue;
            }
            // "for Israel to release ...": the object of "for" is the subject of the infinitive.
            let infinitive_subject = self.in_pp(m) && self.is(ms[m].last, Marker::Infinitive);
            if self.usable(m)
                && !self.hyphen_modifier(m)
                && (!self.in_pp(m) || infinitive_subject || self.leader_agent(m) || self.authority_in(m))
            {
                if !self.attached(m) {
                    found = Some(m);
                    break;
                }
                // "kabinet Netanyahu menyetujui": with no other subject, the possessor of the subject stands for it.
                // ("Thai F-16 jets struck ...": the state modifying the subject's head noun.)
                let v = self.s.view;
                // (Auxiliaries and adverbs before the verb do not count: "has strongly condemned".)
                let mut head_end = at;
                while head_end > ms[m].last && self.is(head_end - 1, Marker::Adverb) {
                    head_end -= 1;
                }
                let modifier = head_end - ms[m].last <= SUBJECT_HEAD_SPAN
                    && (ms[m].last..head_end).all(|i| {
                        matches!(v.tokens[i].kind, TokenKind::Word | TokenKind::Number)
                            && !self.s.markers.any(self.low(i))
                            || self.low(i) == "-"
                            // ("The Syrian Ministry of Foreign Affairs condemned".)
                            || self.is(i, Marker::Connector) && v.is_capitalized(i + 1)
                    })
                    && !(ms[m].last..head_end).any(|i| self.trigger_tokens[i]);
                let adjacent =
                    modifier || (ms[m].last..at).all(|i| self.low(i) == "," || self.is(i, Marker::Adverb));
                if possessor.is_none() && adjacent {
                    possessor = Some(m);
                }
            }
        }
        let found = found.or(possessor).or_else(|| self.head_of_relative_apposition(at));
        // "Claudia Sheinbaum of Mexico discussed": the person the state is attached to.
        let of_head = |m: usize| {
            (m > 0
                && ms[m].first > 0
                && ms[m - 1].last + 1 == ms[m].first
                && self.is(ms[m - 1].last, Marker::Connector)
                && self.is(ms[m - 1].last, Marker::Genitive)
                && ms[m - 1].actor().is_some_and(|a| a.starts_with("person:"))
                && self.usable(m - 1))
            .then(|| m - 1)
        };
        let found = found.map(|m| of_head(m).unwrap_or(m));
        // "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un,
        // dismissed ...": an apposition set off by commas describes the name
        // before it, which is the subject.
        // (The name found may also stand inside the apposition: "Colombia, the
        // US' third-largest trading partner in Latin America, threatened".)
        let found = found.map(|m| {
            let mut close = at;
            while close > ms[m].last && self.is(close - 1, Marker::Adverb) {
                close -= 1;
            }
            if close <= ms[m].last || self.low(close - 1) != "," {
                return m;
            }
            let close = close - 1;
            if close - ms[m].last > APPOSITION_SPAN
                || (ms[m].last..close).any(|i| self.low(i) == "," || self.is(i, Marker::Clause))
            {
                return m;
            }
            let lo = ms[m].first.saturating_sub(APPOSITION_SPAN);
            let comma = (lo..ms[m].first).rev().find(|&i| self.low(i) == ",");
            // (The apposition opens with a determiner, "the sister of", or a bare
            // common noun, "chair of the African Union Commission".)
            let opens = |c: usize| {
                self.is(c + 1, Marker::Determiner)
                    || self.s.view.tokens[c + 1].kind == TokenKind::Word
                        && !self.s.view.is_capitalized(c + 1)
                        && !self.s.markers.any(self.low(c + 1))
            };
            let head = comma.filter(|&c| c + 1 < ms[m].first && opens(c)).and_then(|c| {
                (0..m)
                    .rev()
                    .find(|&h| ms[h].last == c && self.usable(h) && self.clause[ms[h].first] == clause)
            });
            head.unwrap_or(m)
        });
        // "Tajikistan and Kyrgyzstan said Friday they had agreed": a plural
        // pronoun that reports the speakers' own act is the speakers.
        if let Some(m) = found.filter(|&m| matches!(ms[m].target, Target::Plural(_))) {
            let first = ms[m].first;
            let said = (first.saturating_sub(4)..first)
                .rev()
                .find(|&i| self.is(i, Marker::Speech))
                .filter(|&v| !ms.iter().any(|x| x.first > v && x.first < first));
            if let Some(v) = said {
                let speakers = self.subject(v);
                if speakers.len() >= 2 {
                    return speakers;
                }
            }
        }
        let Some(m) = found else {
            // "Retno tiba di Bangkok setelah bertemu menlu Thailand": a clause opened
            // by "setelah"/"after"/"when" with no subject of its own shares the
            // subject of the clause before it.
            let start = (0..at).find(|&i| self.clause[i] == clause);
            return match start {
                Some(st) if st > 0 && self.is(st, Marker::Adverbial) => self.subject(st - 1),
                // "Kelompok militan yang memiliki hubungan dengan al-Qaeda ini juga
                // melakukan serangan": with no subject after "yang"/"who", the head before it.
                Some(st) if st > 0 && self.is(st, Marker::Relative) => self.relative_heads(at),
                // "Korea Utara, yang selama ini menutup diri dari dialog, kembali
                // menolak ...", "Ukraine, which had resisted ..., agreed": after a
                // relative clause set off by commas, the head before it.
                Some(st) if st > 0 && self.low(st) == "," => {
                    // (The relative clause may hold clauses of its own: "China, which
                    // claims Taiwan as its territory, condemned": the nearest
                    // "which"/"yang" before the comma with no comma between.)
                    let rel = (st.saturating_sub(RELATIVE_SPAN)..st)
                        .rev()
                        .take_while(|&i| self.low(i) != ",")
                        .find(|&i| self.is(i, Marker::Relative));
                    match rel {
                        Some(r) if r > 0 && self.is(r, Marker::Relative) => {
                            let head_end = if self.low(r - 1) == "," { r - 1 } else { r };
                            if self.s.mentions.iter().any(|m| m.last == head_end && !m.place) {
                                self.subject(head_end)
                            } else {
                                Vec::new()
                            }
                        }
                        _ => Vec::new(),
                    }
                }
                // "The two sides termed terrorism as the common enemy and
                // strongly condemned ...": a verb joined by "and"/"dan" to a
                // clause with no subject of its own shares the subject before.
                Some(st) if st > 0 && self.coordinated_verb(at) => self.subject(st - 1),
                // ("issued a statement that accused ...": "that" with no subject after it.)
                Some(st) if st > 0 && self.is(st - 1, Marker::Act) => self.statement_issuers(at),
                _ => Vec::new(),
            };
        };
        let mut out = vec![m];
        // "Thailand-Kamboja saling tuduh": a hyphenated pair is one subject.
        if m + 1 < ms.len()
            && ms[m + 1].last <= at
            && ms[m].last + 1 == ms[m + 1].first
            && self.low(ms[m].last) == "-"
            && self.s.view.joins_neighbours(ms[m].last)
        {
            out.push(m + 1);
        }
        // "X dan Y" / "X and Y": walk back over coordinated actors.
        let mut cur = m;
        while cur > 0 {
            let prev = cur - 1;
            // ("Bahrain, Uni Emirat Arab, bahkan Mesir": adverbs before a listed name.)
            let mut cur_first = ms[cur].first;
            while cur_first > ms[prev].last + 1 && self.is(cur_first - 1, Marker::Adverb) {
                cur_first -= 1;
            }
            let gap_ok = (ms[prev].last + 1 == cur_first && self.is(ms[prev].last, Marker::And))
                // "Rwanda and the Democratic Republic of Congo".
                || (ms[prev].last + 2 == cur_first
                    && self.is(ms[prev].last, Marker::And)
                    && self.is(ms[prev].last + 1, Marker::Determiner))
                // "AS, Yordania, dan Inggris": a comma before the last "dan"/"and".
                || (ms[prev].last + 2 == cur_first
                    && self.low(ms[prev].last) == ","
                    && self.is(ms[prev].last + 1, Marker::And))
                // "The United States, Canada, Japan, and the Philippines" (a list of three
                // or more; not "the G7, and the United States will ...": a new clause).
                || (ms[prev].last + 3 == cur_first
                    && self.low(ms[prev].last) == ","
                    && self.is(ms[prev].last + 1, Marker::And)
                    && self.is(ms[prev].last + 2, Marker::Determiner)
                    && prev > 0
                    && ms[prev - 1].last + 1 == ms[prev].first
                    && self.low(ms[prev - 1].last) == ",");
            // "Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain, ...": the
            // actor joined to a group whose members the list names.
            let gap_ok = gap_ok
                || (self.is(ms[prev].last, Marker::And)
                    && cur_first > ms[prev].last + 1
                    && self.is(cur_first - 1, Marker::Including)
                    && cur_first - ms[prev].last <= INCLUDING_GAP
                    && (ms[prev].last..cur_first).all(|i| {
                        self.low(i) != "," && !self.is(i, Marker::Clause) && !self.trigger_tokens[i]
                    }));
            // "France, the UK and Germany": a comma and a determiner inside a list already begun.
            let gap_ok = gap_ok
                || (out.len() >= 2
                    && ms[prev].last + 2 == cur_first
                    && self.low(ms[prev].last) == ","
                    && self.is(ms[prev].last + 1, Marker::Determiner));
            // "The DRC, along with the US and European Union, accuses".
            let gap_ok = gap_ok || self.joined_by_and_phrase(ms[prev].last..cur_first);
            // "Together with the United States, they issued ...", "Bersama dengan
            // Amerika Serikat mereka ...": a partner fronted by an and-phrase
            // that opens the sentence.
            // (Past a determiner or the rest of a title: "Together with the
            // United States", "Bersama dengan Perwakilan Menlu Qatar".)
            let lead = (0..ms[prev].first).take_while(|&i| self.and_phrase[i]).count();
            let fronted = lead > 0
                && (lead..ms[prev].first).all(|i| {
                    self.is(i, Marker::Determiner)
                        || self.s.view.tokens[i].kind == TokenKind::Word && self.s.view.is_capitalized(i)
                })
                && (ms[prev].last..cur_first).all(|i| self.low(i) == ",");
            let gap_ok = gap_ok || fronted;
            let comma_ok = ms[prev].last + 1 == cur_first && self.low(ms[prev].last) == ",";
            // "Republik Demokratik Rakyat Korea (Korea Utara)": a name in brackets restates the one before.
            let bracket = ms[prev].last + 1 == cur_first && self.low(ms[prev].last) == "(";
            // "India's S. Jaishankar and China's Wang Yi": the possessor of a listed name.
            let possessor = ms[prev].last + 2 == cur_first
                && matches!(self.low(ms[prev].last), "'" | "’")
                && self.low(ms[prev].last + 1) == "s";
            if bracket || possessor {
                cur = prev;
                continue;
            }
            // ("Israel's ambassador to the UN, Gilad Erdan": not a list when the item before is in a phrase.)
            if (gap_ok || (comma_ok && !self.in_pp(prev))) && self.usable(prev) {
                // ("Lula da Silva of Brazil and ...": the person, not the state.)
                let prev = of_head(prev).unwrap_or(prev);
                out.push(prev);
                cur = prev;
            } else {
                break;
            }
        }
        // "X dan Y" where the subject found is X: take Y too.
        let mut cur = m;
        while cur + 1 < ms.len() && ms[cur + 1].last <= at {
            let next = cur + 1;
            let and_at = ms[cur].last;
            let joined = (and_at + 1 == ms[next].first
                || and_at + 2 == ms[next].first && self.is(and_at + 1, Marker::Determiner))
                && self.is(and_at, Marker::And)
                // ("Canada, together with the United Kingdom, condemned".)
                || self.joined_by_and_phrase(and_at..ms[next].first);
            if joined && self.usable(next) {
                out.push(next);
                cur = next;
            } else {
                break;
            }
        }
        out.sort_unstable();
        out
    }

    /// True when "and"/"dan" stands right before the verb at `at`, past its
    /// adverbs ("and strongly condemned"): a second verb of one subject.
    fn coordinated_verb(&self, at: usize) -> bool {
        let mut i = at;
        while i > 0 && self.is(i - 1, Marker::Adverb) {
            i -= 1;
        }
        i > 0 && self.is(i - 1, Marker::And)
    }

    /// "Lavrov noted Iran's program and agreed to ...": a verb right after
    /// "and" (adverbs may stand between) shares the subject that opens its
    /// clause, not the object of the verb before it. None when the verb is
    /// not so joined or the clause opens with no usable subject.
    fn coordinated_subject(&self, first: usize, subject_at: usize) -> Option<Vec<usize>> {
        if !self.coordinated_verb(first) {
            return None;
        }
        // ("Blinken and Netanyahu acknowledged ... and committed to": every listed subject.)
        self.clause_subject(subject_at).map(|m| self.with_coordinated(m))
    }

    /// True for the agent of a participle of leading whose head noun names no
    /// actor ("Special forces led by Colonel X seized ..."): the leader stands
    /// for the noun as its subject. ("Hamas, led by X, ..." keeps Hamas.)
    fn leader_agent(&self, m: usize) -> bool {
        let Some(by) = self.before(m).filter(|&b| self.is(b, Marker::Agent)) else {
            return false;
        };
        let Some(led) = by.checked_sub(1).filter(|&l| self.is(l, Marker::Leader)) else {
            return false;
        };
        let head_end = if led > 0 && self.low(led - 1) == "," { led - 1 } else { led };
        !self.s.mentions.iter().any(|x| x.last == head_end)
    }

    /// True for the state after "in"/"di" that a noun of rulers opening the
    /// clause belongs to ("Authorities in Niger accused ...", "Junta di
    /// ketiga negara tersebut menuduh ..."): it stands for the subject.
    fn authority_in(&self, m: usize) -> bool {
        let Some(at) = self.before(m).filter(|&b| self.is(b, Marker::Location)) else {
            return false;
        };
        let Some(noun) = at.checked_sub(1).filter(|&n| self.is(n, Marker::Authority)) else {
            return false;
        };
        let clause = self.clause[noun];
        (0..noun).filter(|&i| self.clause[i] == clause).all(|i| self.is(i, Marker::Determiner))
    }

    /// True when the tokens between two actors are an "and" of several words
    /// ("along with", "as well as") with only commas and determiners beside it.
    fn joined_by_and_phrase(&self, mut gap: std::ops::Range<usize>) -> bool {
        gap.len() <= 5
            && gap.clone().any(|i| self.and_phrase[i])
            && gap.all(|i| self.and_phrase[i] || self.low(i) == "," || self.is(i, Marker::Determiner))
    }

    /// The first usable actor after token `from` within the window and clause,
    /// optionally only after a marker of kind `after_marker`.
    fn object(&self, from: usize, after_marker: Option<Marker>, window: usize) -> Option<usize> {
        let clause = self.clause.get(from.saturating_sub(1)).copied().unwrap_or(0);
        let ms = self.s.mentions;
        for (m, men) in ms.iter().enumerate() {
            if men.first < from {
                continue;
            }
            if men.first > from + window || self.clause[men.first] != clause {
                break;
            }
            // A quotation mark between the trigger and the actor ends the search,
            // and so does "dan"/"and" starting another verb phrase ("mengecam dan telah aktif ...").
            if (from..men.first).any(|i| {
                (self.low(i) == "\"" && i + 1 != men.first)
                    // A direct object does not lie past a comma ("captured two towns
                    // overnight, Minister Binoua said").
                    || (after_marker.is_none() && self.low(i) == ",")
                    || (after_marker.is_none()
                        && self.is(i, Marker::And)
                        && i + 1 < men.first
                        && self.s.view.tokens[i + 1].kind == TokenKind::Word
                        && !self.s.view.is_capitalized(i + 1))
                    // Nor past the next verb of a coordination, marker or not
                    // ("reiterated their commitment to peace, and expressed their
                    // appreciation to Türkiye": Türkiye is the second verb's).
                    || (i > from && self.trigger_tokens[i] && !self.trigger_tokens[i - 1] && self.coordinated_verb(i))
            }) {
                break;
            }
            if !self.usable(m) {
                continue;
            }
            // "sanctions targeting Iran's Quds Force": the possessed actor, not its state.
            // ("struck Iran-backed Houthi rebels": the Houthis.)
            let m = self.possessed(m).or_else(|| self.modified_actor(m)).unwrap_or(m);
            match after_marker {
                Some(Marker::Agent) => {
                    // "disambut oleh negara-negara termasuk Inggris": a few words may come between.
                    let lo = men.first.saturating_sub(6).max(from);
                    if (lo..men.first).any(|i| self.is(i, Marker::Agent)) {
                        return Some(m);
                    }
                }
                Some(k) => {
                    // "for the Israeli Defense Forces": look past determiners to the marker.
                    // ("terhadap upaya Yordania": past the act noun the actor owns.)
                    let mut b = self.before(m);
                    // ("with counterparts in Sweden": past the officials of the state.)
                    while let Some(x) = b.filter(|&x| {
                        x > from
                            && (self.is(x, Marker::Connector)
                                || self.is(x, Marker::Determiner)
                                || (self.s.modifier_follows_head && self.is(x, Marker::Act))
                                || (self.is(x, Marker::Authority) && self.is(x + 1, Marker::Location))
                                || (self.is(x, Marker::Location)
                                    && x > 0
                                    && self.is(x - 1, Marker::Authority))
                                // ("held talks with Prime Cabinet Secretary and Cabinet
                                // Secretary for Foreign and Diaspora Affairs of Kenya Musalia
                                // Mudavadi": past a title too long to be known.)
                                || (k == Marker::With && !self.s.modifier_follows_head && self.title_word(x)))
                    }) {
                        b = Some(x - 1);
                    }
                    if b.is_some_and(|b| self.is(b, k)) {
                        // ("... Affairs of Kenya Musalia Mudavadi": the person the state names.)
                        let ms = self.s.mentions;
                        let person = (m + 1 < ms.len()
                            && ms[m + 1].first == ms[m].last
                            && ms[m].state_id().is_some()
                            && ms[m + 1].actor().is_some_and(|a| a.starts_with("person:")))
                        .then_some(m + 1);
                        return Some(person.unwrap_or(m));
                    }
                }
                None => {
                    if !self.before(m).is_some_and(|b| self.is(b, Marker::Agent) || self.is(b, Marker::With))
                    {
                        return Some(m);
                    }
                }
            }
        }
        None
    }

    /// True for a word of a title that the actor finder did not take in: a
    /// capitalized word that is no marker, or an "and" or a "for" (markers
    /// `and`, `target`) between two such.
    fn title_word(&self, x: usize) -> bool {
        let v = self.s.view;
        let capital = |i: usize| {
            v.tokens[i].kind == TokenKind::Word && v.is_capitalized(i) && !self.s.markers.any(self.low(i))
        };
        capital(x)
            || (x > 0
                && x + 1 < v.len()
                && (self.is(x, Marker::And) || self.is(x, Marker::Target))
                && capital(x - 1)
                && capital(x + 1))
    }

    /// English only: a verb form after a determiner, possessive or adjectives
    /// is a noun ("the abhorrent terrorist attacks", "Russia's brazen attempts").
    fn noun_after_determiner(&self, first: usize) -> bool {
        if self.s.modifier_follows_head {
            return false;
        }
        let v = self.s.view;
        let mut b = first;
        while b > 0
            && first - b < 3
            && v.tokens[b - 1].kind == TokenKind::Word
            && !v.is_capitalized(b - 1)
            && !self.is(b - 1, Marker::Determiner)
            && !self.s.markers.any(self.low(b - 1))
            // "A car bombing killed ...": after an event noun comes its verb.
            && !self.trigger_tokens[b - 1]
        {
            b -= 1;
        }
        b > 0
            && (self.is(b - 1, Marker::Determiner)
                || self.low(b - 1) == "'"
                || self.low(b - 1) == "s" && b > 1 && self.low(b - 2) == "'")
    }

    /// English only: a word right after a modal or auxiliary ("will", "did
    /// not", "could also") is a bare verb.
    fn verb_after_modal(&self, first: usize) -> bool {
        if self.s.modifier_follows_head {
            return false;
        }
        let mut b = first;
        while b > 0 && first - b < 3 && self.is(b - 1, Marker::Adverb) && !self.is(b - 1, Marker::Modal) {
            b -= 1;
        }
        b > 0 && self.is(b - 1, Marker::Modal)
    }

    /// English only: a passive participle: an auxiliary right before it
    /// (adverbs may stand between), "by" + an actor right after it ("the plan
    /// proposed by France"), or right after its patient ("Palestinians
    /// imprisoned in its jails").
    fn english_passive(&self, first: usize, last: usize) -> bool {
        if self.s.modifier_follows_head {
            return false;
        }
        let ms = self.s.mentions;
        let mut b = first;
        while b > 0 && self.is(b - 1, Marker::Adverb) && !self.is(b - 1, Marker::PassiveAux) {
            b -= 1;
        }
        // "will be imposing sanctions" is progressive, not passive; "is ready
        // to work with" is an adjective after the copula.
        let participle = !self.low(first).ends_with("ing") && !self.is(first, Marker::Readiness);
        let aux = participle && b > 0 && self.is(b - 1, Marker::PassiveAux);
        // ("swaps brokered by the United Arab Emirates": past a determiner too.)
        let by_agent = self.is(last, Marker::Agent)
            && ms.iter().any(|m| {
                m.first == last + 1 || (m.first == last + 2 && self.is(last + 1, Marker::Determiner))
            });
        // (A longer phrase holds the verb's object, so the verb is active: "Ghana
        // summoned Nigeria's High Commissioner in Accra", "Peru refused to
        // recognize the results of the election in Venezuela"; "shot down" is one verb.)
        // (Not a present-tense form: "The UAE condemns in the strongest terms ...".)
        let reduced_relative = participle
            && !self.low(first).ends_with('s')
            && ms.iter().any(|m| m.last == first)
            && last - first <= 2
            && !ms.iter().any(|m| m.first > first && m.last <= last)
            && last < self.s.view.len()
            && (self.is(last, Marker::Location) || self.is(last, Marker::Agent));
        aux || by_agent || reduced_relative
    }

    /// "Pasukan Israel yang ... menarik diri", "forces who withdrew": the subject
    /// of a relative clause is the actor it hangs on.
    fn relative_head(&self, at: usize) -> Option<usize> {
        let clause = self.clause.get(at).copied()?;
        let start = (0..at).find(|&i| self.clause[i] == clause)?;
        if start == 0 || !self.is(start, Marker::Relative) {
            return None;
        }
        // ("his counterpart Claudia Ruiz Massieu, who also met ...": past the comma.)
        // ("ECOWAS ... Afrika Barat (ECOWAS) yang": past a closing bracket.)
        let comma = matches!(self.low(start - 1), "," | ")");
        let ms = self.s.mentions;
        ms.iter().position(|m| (m.last == start || comma && m.last == start - 1) && !m.place).or_else(|| {
            // "Afrika Selatan menjadi salah satu negara yang menolak", "Hungary is one of
            // the few states that refused": a common noun after a copula stands for its subject.
            let v = self.s.view;
            let copula =
                (start.saturating_sub(COPULA_SPAN)..start).rev().find(|&k| self.is(k, Marker::Copula))?;
            // (Names of regions too: "pemimpin Eropa pertama yang mengunjungi".)
            let plain = (copula + 1..start).all(|k| v.tokens[k].kind == TokenKind::Word);
            if !plain || copula + 1 == start {
                return None;
            }
            let mut b = copula;
            while b > 0 && self.is(b - 1, Marker::Adverb) {
                b -= 1;
            }
            ms.iter().position(|m| m.last == b && !m.place)
        })
    }

    /// The head of the relative clause `at` is in, with the actors listed
    /// before it ("Britain and Canada, which have already sanctioned ...").
    fn relative_heads(&self, at: usize) -> Vec<usize> {
        let ms = self.s.mentions;
        let Some(h) = self.relative_head(at) else { return self.statement_issuers(at) };
        let mut out = vec![h];
        let mut cur = h;
        // (A comma lists only before an "and": "Balochistan, Pakistan, which" is a place.)
        let mut saw_and = false;
        while cur > 0 {
            let prev = cur - 1;
            let gap = ms[prev].last..ms[cur].first;
            let and = !gap.is_empty() && self.is(gap.end - 1, Marker::And);
            let listed = gap.len() <= 2
                && gap.clone().all(|i| self.low(i) == "," || self.is(i, Marker::And))
                && (and || (saw_and && gap.len() == 1));
            saw_and |= and;
            // (Not a pair inside a phrase: "between Russia and Moldova, whose
            // government opposed ..." is Moldova's.)
            if !listed || !self.usable(prev) || self.in_pp(prev) {
                break;
            }
            out.push(prev);
            cur = prev;
        }
        out.sort_unstable();
        out
    }

    /// "Kementerian Pertahanan Serbia mengeluarkan pernyataan yang menuduh
    /// ...", "issued a statement that urged ...": a relative clause on a noun
    /// of statement or act ("pernyataan", "statement", "langkah") is said or
    /// done by whoever issued it, the subject of the clause the noun ends.
    fn statement_issuers(&self, at: usize) -> Vec<usize> {
        let Some(start) = (0..at).find(|&i| self.clause[i] == self.clause[at]) else { return Vec::new() };
        let opens = self.is(start, Marker::Relative) || self.is(start, Marker::Clause);
        if start == 0 || !opens || !self.is(start - 1, Marker::Act) {
            return Vec::new();
        }
        self.subject(start - 1)
    }

    /// True when mention `m` is a possessor: "Iran's threats", "Iran’ s".
    fn possessive(&self, m: usize) -> bool {
        let l = self.s.mentions[m].last;
        l < self.s.view.len() && self.low(l) == "'"
    }

    /// The actor right after mention `m` and its "'s" ("Iran's Quds Force"),
    /// which `m` only qualifies; a common noun or two may stand between
    /// ("Niger's junta leader Abdourahamane Tchiani").
    fn possessed(&self, m: usize) -> Option<usize> {
        let ms = self.s.mentions;
        let next = m + 1;
        let v = self.s.view;
        let plain = |i: usize| {
            v.tokens[i].kind == TokenKind::Word
                && !v.is_capitalized(i)
                && !self.s.markers.any(self.low(i))
                && !self.trigger_tokens[i]
        };
        (next < ms.len()
            && self.possessive(m)
            && self.low(ms[m].last + 1) == "s"
            && ms[next].first >= ms[m].last + 2
            && ms[next].first <= ms[m].last + 2 + POSSESSED_GAP
            && (ms[m].last + 2..ms[next].first).all(plain)
            // (Past a noun, the actor heads its phrase: not "Indonesia's upcoming
            // G20 presidency", where it qualifies the noun after it.)
            && (ms[next].first == ms[m].last + 2 || ms[next].last >= v.len() || !plain(ms[next].last))
            && self.usable(next))
        .then_some(next)
    }

    /// Who summoned the envoy of a passive summons `first..last` ("Russia's
    /// ambassador to Poland was summoned to the Foreign Ministry"), given the
    /// `agent` found after it; `recipients` (who was summoned) is corrected
    /// in place. An envoy "to" a state is hosted there: the host summons, and
    /// is not who was summoned. A ministry that resolves to the envoy's own
    /// state ("the UK Ambassador was summoned to the Ministry of Foreign
    /// Affairs") is not the summoner: the host, else a state the sentence
    /// names as the place after the verb ("... in Warsaw"), else no one (the
    /// document stage may find who protested just before).
    fn summoner(
        &self,
        first: usize,
        last: usize,
        agent: Option<usize>,
        recipients: &mut Vec<usize>,
    ) -> Option<usize> {
        let ms = self.s.mentions;
        let clause = self.clause.get(first).copied();
        // The nearest "<envoy's state> to <host>" before the verb or in its
        // phrase ("Duta Besar Rusia untuk Polandia dipanggil"), in its clause.
        let hosted = (0..ms.len()).rev().find_map(|h| {
            let m = &ms[h];
            (m.last <= last
                && m.first >= 2
                && self.clause.get(m.first) == clause.as_ref()
                && self.is(m.first - 1, Marker::Target)
                && m.state_id().is_some())
            .then(|| (0..h).rev().find(|&e| ms[e].last + 1 == m.first && ms[e].actor().is_some()))
            .flatten()
            .map(|e| (e, h))
        });
        if let Some((envoy, host)) = hosted {
            if let Some(r) = recipients.iter_mut().find(|r| **r == host) {
                *r = envoy;
            }
            if recipients.is_empty() {
                recipients.push(envoy);
            }
        }
        // ("Duta besar Rusia dipanggil ke ...": the envoy's state named in the phrase.)
        if recipients.is_empty() {
            recipients
                .extend((0..ms.len()).find(|&m| ms[m].first >= first && ms[m].last <= last && !ms[m].place));
        }
        let own: Vec<&str> =
            recipients.iter().chain(hosted.as_ref().map(|(e, _)| e)).filter_map(|&r| ms[r].actor()).collect();
        let own_state = |m: usize| ms[m].actor().is_some_and(|a| own.contains(&a));
        match agent {
            Some(a) if !own_state(a) => Some(a),
            _ => hosted.map(|(_, h)| h).or_else(|| {
                ms.iter()
                    .position(|m| {
                        m.place
                            && m.first >= last
                            && m.first <= last + SUMMONS_PLACE_SPAN
                            && m.state_id().is_some()
                    })
                    .filter(|&p| !own_state(p))
            }),
        }
    }

    /// "bertemu dengan kepala pemerintahan militer, Jenderal Senior Min Aung
    /// Hlaing", "met the head of the junta, Min Aung Hlaing": the person named
    /// in apposition to an unnamed role right after the "dengan"/"with" that
    /// ends a reciprocal trigger `..last` (or follows it), or right after the
    /// trigger as its object.
    fn appositive_partner(&self, last: usize) -> Option<usize> {
        let v = self.s.view;
        let next_is = |k: Marker| last < v.len() && self.is(last, k);
        // Where the role begins: after the "with", or at the object's determiner.
        let role = if last > 0 && self.is(last - 1, Marker::With) || next_is(Marker::Determiner) {
            last
        } else if next_is(Marker::With) {
            last + 1
        } else {
            return None;
        };
        let comma =
            (role + 1..(role + 1 + APPOSITION_ROLE_SPAN).min(v.len())).find(|&i| self.low(i) == ",")?;
        let ms = self.s.mentions;
        // (The role is plain words: no name, no list, no clause.)
        let plain = (role..comma).all(|i| {
            v.tokens[i].kind == TokenKind::Word && !self.is(i, Marker::And) && !self.is(i, Marker::Relative)
        }) && !ms.iter().any(|m| m.first >= role && m.first < comma);
        if !plain {
            return None;
        }
        ms.iter().position(|m| {
            m.first == comma + 1
                && !m.place
                && m.via != Via::Pronoun
                && m.actor().is_some_and(|a| a.starts_with("person:"))
        })
    }

    /// True when mention `m`, after an including word ("termasuk",
    /// "including") that follows the words `before`, names a member of a
    /// group, not a topic of talk ("to discuss several issues, including
    /// Turkey's efforts": no topic word before it, and no possessor).
    fn lists_members(&self, before: std::ops::Range<usize>, m: usize) -> bool {
        !before.clone().any(|i| self.is(i, Marker::Topic)) && !self.possessive(m)
    }

    /// "mendukung usulan tersebut" / "backed the proposal": the actor whose
    /// proposal it was, named earlier in the article.
    fn anaphoric_possessor(&self, from: usize) -> Option<String> {
        let v = self.s.view;
        let word = |i: usize| i < v.len() && v.tokens[i].kind == TokenKind::Word;
        let noun = if self.s.modifier_follows_head {
            (word(from) && self.is(from + 1, Marker::Anaphor)).then_some(from)
        } else {
            (self.is(from, Marker::Anaphor) && word(from + 1)).then_some(from + 1)
        }?;
        self.s.possessors.get(self.low(noun)).cloned()
    }

    /// True when an act named only by an anaphoric noun stands next to the
    /// trigger `first..last`, in its clause: its object ("condemned the move",
    /// "menolak keputusan tersebut") or, in a passive, its subject ("The
    /// decision was criticised by", "Langkah itu dikecam oleh").
    fn act_anaphor_near(&self, first: usize, last: usize) -> bool {
        let v = self.s.view;
        let Some(&clause) = self.clause.get(first) else { return false };
        let in_clause = |i: usize| i < v.len() && self.clause.get(i) == Some(&clause);
        let act_np = |i: usize| {
            self.is(i, Marker::Act)
                && if self.s.modifier_follows_head {
                    in_clause(i + 1) && self.is(i + 1, Marker::Anaphor)
                } else {
                    i > 0 && in_clause(i - 1) && self.is(i - 1, Marker::Anaphor)
                        // (An act in apposition to the clause before: "Washington
                        // blacklisted X, a move he called ...".)
                        || i > 1 && self.is(i - 1, Marker::Determiner) && self.low(i - 2) == ","
                }
        };
        let before = first.saturating_sub(ACT_ANAPHOR_SPAN)..first;
        let after = last..(last + ACT_ANAPHOR_SPAN).min(v.len());
        before.chain(after).any(|i| in_clause(i) && act_np(i))
    }

    /// Mention `m` and the actors listed after it: "X, Y, dan juga dengan Z",
    /// "X and Y" (commas, "dan"/"and", a repeated "dengan"/"with", "juga").
    fn with_coordinated(&self, m: usize) -> Vec<usize> {
        let ms = self.s.mentions;
        let mut out = vec![m];
        let mut cur = m;
        while cur + 1 < ms.len() {
            let mut next = cur + 1;
            // "Sheikh Tamim of Qatar and President el-Sissi": skip an "of X" attached to the last one.
            if ms[next].first == ms[cur].last + 1
                && self.is(ms[cur].last, Marker::Connector)
                && next + 1 < ms.len()
            {
                cur = next;
                next += 1;
            }
            let gap = ms[cur].last..ms[next].first;
            // An unknown name may stand in the list ("Mesir, UAE, Uni Eropa"): skip it between commas.
            let v = self.s.view;
            let unknown_item = |i: usize| {
                v.is_capitalized(i)
                    && i > 0
                    && i + 1 < v.len()
                    && (self.low(i - 1) == "," || v.is_capitalized(i - 1))
                    && (self.low(i + 1) == "," || v.is_capitalized(i + 1))
            };
            // "X dan sekutu-sekutunya, termasuk Jepang": members named after "termasuk"/"including".
            let including = gap.len() <= 14
                && ms[next].first > 0
                && self.is(ms[next].first - 1, Marker::Including)
                && gap.clone().all(|i| self.low(i) != ";")
                && self.lists_members(gap.clone(), next);
            // "the U.S.-Kenya partnership", "Thailand-Kamboja": a hyphenated pair.
            let hyphenated =
                gap.len() == 1 && self.low(gap.start) == "-" && self.s.view.joins_neighbours(gap.start);
            let joined = including
                || hyphenated
                || gap.len() <= 5
                    && gap.clone().any(|i| self.low(i) == "," || self.is(i, Marker::And))
                    && gap.clone().all(|i| {
                        let w = self.low(i);
                        w == ","
                            || self.is(i, Marker::And)
                            || self.is(i, Marker::With)
                            // "Rwanda and the DRC" (not ", and the United States will ...": a new clause).
                            // (But "A, B, and the C" ends a list of three or more.)
                            || (self.is(i, Marker::Determiner)
                                && (out.len() >= 2
                                    || gap.clone().all(|g| self.low(g) != ",")
                                    // "France, the UK and Germany": the list goes on after it.
                                    || (!gap.clone().any(|g| self.is(g, Marker::And))
                                        && ms[next].last < v.len()
                                        && (self.low(ms[next].last) == ","
                                            || self.is(ms[next].last, Marker::And)))))
                            || self.is(i, Marker::Adverb)
                            || unknown_item(i)
                    });
            // "Ron Dermer, Israeli minister for ...": a title after a person is an apposition, not another side.
            let apposition = ms[next].via == Via::Title
                && self.low(ms[cur].last) == ","
                && ms[next].first == ms[cur].last + 1
                && ms[cur].actor().is_some_and(|a| a.starts_with("person:"))
                && ms[next].actor().is_some_and(|a| !a.starts_with("person:"));
            if apposition {
                cur = next;
                continue;
            }
            // "her Indian counterpart, Subrahmanyam Jaishankar": the person the
            // demonym's noun refers to is the participant.
            let described = ms[cur].last + 2 == ms[next].first
                && v.tokens[ms[cur].last].kind == TokenKind::Word
                && !v.is_capitalized(ms[cur].last)
                && !self.s.markers.any(self.low(ms[cur].last))
                && self.low(ms[cur].last + 1) == ","
                && ms[cur].state_id().is_some()
                && ms[next].actor().is_some_and(|a| a.starts_with("person:"));
            if described {
                if let Some(last) = out.last_mut() {
                    *last = next;
                }
                cur = next;
                continue;
            }
            // (", Defence Minister Khawaja Asif said": the speaker, not one more item.)
            if joined
                && !self.said_after(next)
                && self.usable(next)
                && self.clause[ms[next].first] == self.clause[ms[cur].first]
            {
                // ("... and Yemen's Houthis": the possessed actor.)
                let next = self.possessed(next).unwrap_or(next);
                out.push(next);
                cur = next;
            } else {
                break;
            }
        }
        out
    }
}

/// Marks clause boundaries: a clause word or a semicolon starts a new clause,
/// and the first comma after a clause word ends the clause it opened.
/// (Quote marks do not: a quoted phrase often sits inside its clause.)
fn clauses(view: &TokenView, markers: &Markers) -> Vec<usize> {
    let mut id = 0;
    let mut opened_by_word = false;
    let mut out = Vec::with_capacity(view.len());
    // An aside between spaced dashes or in brackets ("Pemerintah Kolombia dan
    // ELN – salah satu kelompok yang ... – telah sepakat") does not end the
    // clause around it: after it the clause goes on.
    let spaced = |i: usize| {
        let t = &view.tokens;
        (i == 0 || t[i - 1].end < t[i].start) && (i + 1 == t.len() || t[i].end < t[i + 1].start)
    };
    let mut aside: Option<(usize, bool)> = None;
    let mut next_id: Option<usize> = None;
    for i in 0..view.len() {
        let w = view.low(i);
        if let Some(n) = next_id.take() {
            id = n;
        }
        // En and em dashes only: a spaced hyphen is a dateline's ("Jakarta - ...").
        let dash = matches!(view.word(i), "–" | "—") && spaced(i);
        match aside {
            None if w == "(" || dash => aside = Some((id, dash)),
            Some((saved, was_dash)) if (was_dash && dash) || (!was_dash && w == ")") => {
                aside = None;
                out.push(id);
                next_id = Some(saved);
                continue;
            }
            _ => {}
        }
        if markers.is(w, Marker::Clause) {
            id += 1;
            opened_by_word = true;
        } else if w == ";" || (w == "," && opened_by_word && !common_noun_list(view, markers, i)) {
            // "Meskipun X, Y": the comma closes the clause the word opened.
            id += 1;
            opened_by_word = false;
        }
        out.push(id);
    }
    out
}

/// True for a comma inside a list of common nouns ("after US warplanes, ships
/// and submarines launched ..."): lower-case words on both sides of it, and
/// "and"/"dan" within two words after it. Such a comma closes no clause.
fn common_noun_list(view: &TokenView, markers: &Markers, comma: usize) -> bool {
    let plain = |i: usize| {
        i < view.len()
            && view.tokens[i].kind == TokenKind::Word
            && !view.is_capitalized(i)
            && !markers.any(view.low(i))
    };
    comma > 0
        && plain(comma - 1)
        && plain(comma + 1)
        && (comma + 2..(comma + 4).min(view.len())).any(|i| markers.is(view.low(i), Marker::And))
        && (comma + 1..(comma + 4).min(view.len()))
            .take_while(|&i| !markers.is(view.low(i), Marker::And))
            .all(plain)
}

fn token_at(view: &TokenView, byte: usize) -> usize {
    view.tokens.partition_point(|t| t.end <= byte)
}

/// Finds the events one sentence states.
pub fn extract_sentence(lex: &EventLexicon, s: &SentenceInput) -> Vec<EventMention> {
    let view = s.view;
    // Known non-events ("menolak berkomentar", "refused to comment") block the triggers they contain.
    let blocked: Vec<(usize, usize)> = lex.non_events.find(view).iter().map(|m| (m.first, m.last)).collect();
    let triggers: Vec<_> = lex
        .triggers
        .find(view)
        .into_iter()
        // A trigger that starts inside a non-event phrase, or holds one, is dropped;
        // one that only ends in it is not ("asked NATO for consultations").
        .filter(|t| {
            !blocked.iter().any(|&(a, b)| (a <= t.first && t.first < b) || (t.first <= a && b <= t.last))
        })
        // "sanksi-sanksi", "serangan-serangan": the second half of a reduplicated
        // plural is the same word, not a second event.
        .filter(|t| {
            let i = t.first;
            !(i >= 2
                && view.low(i - 1) == "-"
                && view.joins_neighbours(i - 1)
                && view.low(i - 2) == view.low(i))
        })
        .collect();
    let mut trigger_tokens = vec![false; view.len()];
    for t in &triggers {
        for x in trigger_tokens.iter_mut().take(t.last).skip(t.first) {
            *x = true;
        }
    }
    let marker_phrases = s.markers.phrases_in(view);
    // The tokens a marker phrase of role `role` covers (with its one-word markers too, if `words`).
    let mask = |role: Marker, words: bool| -> Vec<bool> {
        let mut out: Vec<bool> = (0..view.len()).map(|i| words && s.markers.is(view.low(i), role)).collect();
        for &(a, b, m) in &marker_phrases {
            if m == role {
                out[a..b].iter_mut().for_each(|x| *x = true);
            }
        }
        out
    };
    let ctx = Ctx {
        s,
        clause: clauses(view, s.markers),
        trigger_tokens,
        and_phrase: mask(Marker::And, false),
        pejorative: mask(Marker::Pejorative, true),
        joining: mask(Marker::Joining, true),
        quotes: {
            let marks: Vec<usize> = (0..view.len()).filter(|&i| view.low(i) == "\"").collect();
            marks.chunks_exact(2).map(|p| (p[0], p[1])).collect()
        },
    };
    // (Not a word of a time expression: "since May" is no "may".)
    let cues: Vec<PhraseMatch<Cue>> = lex
        .cues
        .find_all(view)
        .into_iter()
        .filter(|c| {
            let (a, b) = (view.tokens[c.first].start, view.tokens[c.last - 1].end);
            !s.times.iter().any(|t| t.start <= a && b <= t.end)
        })
        .collect();
    // Whether the sentence is a title-case headline, asked only of a capitalized
    // trigger (the words counted are neither names nor grammar words).
    let title_case = || {
        let plain: Vec<usize> = (1..view.len())
            .filter(|&k| {
                view.tokens[k].kind == TokenKind::Word
                    && !s.markers.any(view.low(k))
                    && !s.mentions.iter().any(|m| m.first <= k && k < m.last)
            })
            .collect();
        view.title_case(&plain)
    };
    let times: Vec<(usize, &TimeMention)> = s.times.iter().map(|t| (token_at(view, t.start), t)).collect();

    let mut out = Vec::new();
    // The subject mentions of the last verb with a subject, for coordinated verbs.
    let mut previous_verb: Option<Vec<usize>> = None;
    for t in &triggers {
        let entry = t.value.clone();
        let (first, last) = (t.first, t.last);
        // "expressed the hope that the Ethiopian government could ...": an appeal
        // read from a hope names whom it asks as the subject right after "that";
        // a hope that "common sense will prevail" asks no one. (A demand, "demanded
        // that the sanctions be lifted", is one all the same.)
        if entry.plover == "REQUEST"
            && entry.cameo == APPEAL
            && last > first
            && ctx.is(last - 1, Marker::Clause)
            && !s.mentions.iter().any(|m| m.first >= last && m.first <= last + HOPE_SUBJECT_SPAN && !m.place)
        {
            continue;
        }
        // Topics of talk are not events: "membahas masalah penghentian ...", "talked about sanctions".
        // ("exchanged views on regional issues and agreed to ...": a verb after
        // "and" or a comma is the next act, no longer the topic.)
        let verb = matches!(entry.frame, Frame::Active | Frame::Reciprocal);
        if (first.saturating_sub(3)..first).any(|i| {
            ctx.is(i, Marker::Topic)
                && ctx.clause[i] == ctx.clause[first]
                && !(verb && (i + 1..first).any(|k| ctx.is(k, Marker::And) || ctx.low(k) == ","))
        }) {
            continue;
        }
        // "menggambarkan insiden itu sebagai “disesalkan”": a passive form after
        // "sebagai"/"as" is what a verb of calling calls its object, not a
        // passive event (events::characterizations reads it).
        // An English passive row is an event only in the passive voice ("was
        // summoned by the ministry", not "summoned his security council").
        if entry.frame == Frame::Passive && !s.modifier_follows_head && !ctx.english_passive(first, last) {
            continue;
        }
        if entry.frame == Frame::Passive && {
            let mut k = first;
            while k > 0 && ctx.low(k - 1) == "\"" {
                k -= 1;
            }
            k > 0 && ctx.is(k - 1, Marker::Predicative)
        } {
            continue;
        }
        let mut subject_at = first;
        // A verb right after a comma or "dan"/"and" with no subject of its own shares
        // the previous verb's ("Indonesia Kutuk Serangan Israel, Minta PBB Bertindak",
        // "He condemned the attacks and expressed his support").
        let coordinated = {
            let mut b = first;
            while b > 0 && ctx.is(b - 1, Marker::Adverb) {
                b -= 1;
            }
            b > 0 && (ctx.low(b - 1) == "," || ctx.is(b - 1, Marker::And))
        };
        if entry.frame == Frame::Theme {
            // Declared, or started by a light verb ("memulai jeda", "imposed a ceasefire").
            let declared_before = (first.saturating_sub(4)..first)
                .rev()
                .find(|&i| ctx.is(i, Marker::Declare) || ctx.is(i, Marker::Light));
            // ("A ceasefire between Israel and Hezbollah went into effect": past the sides.)
            let after = ctx
                .object(last, Some(Marker::Between), BETWEEN_SPAN)
                .and_then(|b| ctx.with_coordinated(b).last().map(|&m| s.mentions[m].last))
                .unwrap_or(last);
            let window = after..(after + 3).min(view.len());
            let declared_after = window.clone().find(|&i| ctx.is(i, Marker::Declare)).or_else(|| {
                marker_phrases
                    .iter()
                    .find(|&&(a, _, m)| m == Marker::Declare && window.contains(&a))
                    .map(|&(a, _, _)| a)
            });
            match (declared_before, declared_after) {
                (Some(d), _) => subject_at = d,
                (None, Some(_)) => {}
                (None, None) => continue,
            }
        }
        // "the Cessation of Hostilities Agreement", "Camp David Accords": an event
        // noun inside a capitalized name names a document or a place, not an event.
        if matches!(entry.frame, Frame::Noun | Frame::Theme)
            && first > 0
            && view.is_capitalized(first)
            && view.tokens[first - 1].kind == TokenKind::Word
            && view.is_capitalized(first - 1)
            && !s.mentions.iter().any(|m| m.last == first)
        {
            continue;
        }
        // "the Visiting Forces Agreement", "the Joint Comprehensive Plan": a
        // capitalized event word before another capitalized word (not a name
        // the knowledge base knows) starts a name, outside a title-case headline.
        if first > 0
            && view.is_capitalized(first)
            && last < view.len()
            && view.tokens[last].kind == TokenKind::Word
            && view.is_capitalized(last)
            && !s.markers.any(ctx.low(last))
            && !s.mentions.iter().any(|m| m.first <= last && last < m.last)
            && !(first..last).any(|i| s.mentions.iter().any(|m| m.first <= i && i < m.last))
            && !title_case()
        {
            continue;
        }
        // "menuduh Qatar mendukung terorisme", "accused of backing terrorists":
        // support given to what a pejorative names is the content of an
        // accusation, no support between actors.
        if matches!(entry.plover.as_str(), "SUPPORT" | "AID")
            && (last..(last + 2).min(view.len()))
                .find(|&i| !ctx.is(i, Marker::Determiner))
                .is_some_and(|i| ctx.pejorative[i])
        {
            continue;
        }
        // "on March 26", "Maret lalu": a word of a time expression is no trigger
        // (the month "March" is no demonstration).
        if s.times.iter().any(|t| t.start <= view.tokens[first].start && view.tokens[first].start < t.end) {
            continue;
        }
        // "recognized the State of Palestine", "mengakui Palestina", "pengakuan
        // Prancis terhadap Negara Palestina": a bare word of recognizing is a
        // recognition only with a state right after it, past determiners,
        // "of"/"terhadap" and the word "state" ("recognized the importance of
        // ...", "mengakui kesalahan" are not).
        if (first..last).all(|i| ctx.is(i, Marker::Recognition) || ctx.is(i, Marker::Connector))
            && (first..last).any(|i| ctx.is(i, Marker::Recognition))
        {
            let state_after = s.mentions.iter().enumerate().any(|(m, men)| {
                men.first >= last
                    && men.first <= last + RECOGNIZED_SPAN
                    && men.state_id().is_some()
                    && !men.place
                    && !ctx.possessive(m)
                    && (last..men.first).all(|i| {
                        ctx.is(i, Marker::Determiner)
                            || ctx.is(i, Marker::Connector)
                            || ctx.is(i, Marker::Target)
                            || matches!(ctx.low(i), "state" | "negara")
                    })
            });
            if !state_after {
                continue;
            }
        }
        // "who called it a step towards peace": a call is made to someone, not
        // to a thing a pronoun like "it" stands for.
        if entry.plover == "CONSULT"
            && entry.reciprocal()
            && last == first + 1
            && s.mentions.iter().any(|m| {
                m.first == last
                    && m.via == Via::Pronoun
                    && m.actor().is_some_and(|a| !a.starts_with("person:"))
            })
        {
            continue;
        }
        let anaphoric = (last < view.len() && ctx.is(last, Marker::Anaphor) && s.modifier_follows_head)
            || (!s.modifier_follows_head && first > 0 && ctx.is(first - 1, Marker::Anaphor));

        // "the attacks by Hamas": after a determiner a verb form is a noun.
        let mut entry = entry;
        if entry.frame == Frame::Active && ctx.noun_after_determiner(first) {
            entry.frame = Frame::Noun;
        }
        // "Iran did not attack Israel", "will strike": after a modal an event noun is the verb.
        if entry.frame == Frame::Noun && last == first + 1 && ctx.verb_after_modal(first) {
            entry.frame = Frame::Active;
        }
        // An event that is the object of another trigger ("mengecam agresi") does
        // not take the clause subject.
        let object_of_trigger = (first.saturating_sub(6)..first)
            .any(|i| ctx.trigger_tokens[i] && ctx.clause[i] == ctx.clause[first]);
        let mut actors: Vec<usize> = Vec::new();
        let mut recipients: Vec<usize> = Vec::new();
        let mut earlier_possessor: Option<String> = None;
        // Co-participants after "dengan"/"with" of a reciprocal event.
        let mut partners: Vec<usize> = Vec::new();
        let passive_en = entry.frame == Frame::Active && ctx.english_passive(first, last);
        // A passive agreement "antara X dan Y" is one event of both sides.
        let mut between_sides = false;
        match entry.frame {
            Frame::Active if !passive_en => {
                // "a statement released by the U.N. Security Council slamming North
                // Korea": a participle right after the agent of a passive is the agent's.
                let participle_agent = (!s.modifier_follows_head && view.low(first).ends_with("ing"))
                    .then(|| s.mentions.iter().position(|m| m.last == first && !m.place))
                    .flatten()
                    .filter(|&m| {
                        let b = s.mentions[m].first;
                        b > 0
                            && (ctx.is(b - 1, Marker::Agent)
                                // ("with Japan protesting against repeated intrusions":
                                // the actor after "with" does the -ing verb.)
                                || ctx.is(b - 1, Marker::With)
                                || (b > 1
                                    && ctx.is(b - 1, Marker::Determiner)
                                    && ctx.is(b - 2, Marker::Agent)))
                    });
                actors = match (&previous_verb, coordinated) {
                    _ if participle_agent.is_some() => participle_agent.into_iter().collect(),
                    (Some(prev), true) => prev.clone(),
                    // "Secretary Hegseth reaffirmed the ironclad U.S. commitment ... and
                    // condemned ...", "the foreign ministry said, accusing those
                    // governments ...": with no event verb before it, the subject of the
                    // light, reporting or saying verb before it in its clause.
                    (None, true) => (0..first)
                        .rev()
                        .find(|&k| {
                            ctx.clause[k] == ctx.clause[first] && (ctx.is(k, Marker::Light) || ctx.saying(k))
                        })
                        .map(|k| ctx.subject(k))
                        .filter(|a| !a.is_empty())
                        .or_else(|| ctx.coordinated_subject(first, subject_at))
                        .unwrap_or_else(|| ctx.subject(subject_at)),
                    _ => ctx.subject(subject_at),
                };
                if actors.is_empty() {
                    actors.extend(ctx.relative_heads(first));
                }
                if actors.is_empty() {
                    actors.extend(ctx.opening_clause_subject(first));
                }
                // "Canada joined Australia in condemning ...", "Inggris bergabung
                // dengan AS dalam menjatuhkan sanksi": the one who joins acts too.
                if let Some(j) = ctx.joining_before(first) {
                    let joined = (0..s.mentions.len()).filter(|&m| {
                        let men = &s.mentions[m];
                        men.first > j && men.first <= j + JOINED_SPAN && men.last <= first && ctx.usable(m)
                    });
                    for m in ctx.subject(j).into_iter().chain(joined) {
                        if !actors.contains(&m) {
                            actors.push(m);
                        }
                    }
                }
                // From inside the trigger: a gap phrase may hold the target ("menolak usulan Washington untuk ...").
                if let Some(o) = ctx.object(first + 1, None, OBJECT_WINDOW + last - first - 1) {
                    // "thanked Sheikh Tamim of Qatar and President el-Sissi": every listed target.
                    recipients = ctx.with_coordinated(o);
                }
                if recipients.is_empty() {
                    // "demanded that the two sides release ...": the gap holds the
                    // addressee even across the "that" of its clause.
                    recipients
                        .extend(s.mentions.iter().position(|m| m.first > first && m.last < last && !m.place));
                    recipients.retain(|r| !actors.contains(r));
                }
                // "memutus hubungan diplomatik dengan Qatar", "suspended cooperation
                // with Georgia": a sanction's "with" names its target.
                // "reaffirmed the United States' commitment to the Philippines": a
                // possessor inside the trigger may be the actor's own side; the
                // target after "to" is named too (the document stage drops an own side).
                // ("reiterated UK and wider international support for Ukraine": so is a
                // state that modifies the trigger's noun.)
                let inside = |r: &usize| s.mentions[*r].first > first && s.mentions[*r].last < last;
                if !recipients.is_empty() && recipients.iter().all(inside) {
                    recipients.extend(ctx.object(last, Some(Marker::Target), OBJECT_WINDOW));
                }
                if recipients.is_empty() && entry.plover == "SANCTION" {
                    recipients.extend(ctx.object(last, Some(Marker::With), 3));
                }
                if recipients.is_empty() {
                    earlier_possessor = ctx.anaphoric_possessor(last);
                }
            }
            Frame::Undergo => {
                // "South Korea will face serious consequences, Kim Yo Jong said":
                // the subject undergoes it; the speaker does it.
                // ("Israel's policy drew condemnation from Indonesia": a phrase that
                // ends in "from" names who does it right after.)
                recipients = ctx.subject(subject_at);
                let source = (last > first && ctx.is(last - 1, Marker::Source))
                    .then(|| s.mentions.iter().position(|m| m.first == last && !m.place))
                    .flatten();
                match source {
                    Some(m) => actors = ctx.with_coordinated(m),
                    None => actors.extend(
                        ctx.speaker_of(first, false)
                            .and_then(|sp| sp.mention)
                            .filter(|m| !recipients.contains(m)),
                    ),
                }
            }
            Frame::Active | Frame::Passive => {
                // "Haftar's Libyan National Army (LNA), backed by the United Arab
                // Emirates": a participle set off by a comma right after an actor
                // (or its bracketed acronym) tells of that actor.
                let appositive = (!s.modifier_follows_head && first >= 2 && ctx.low(first - 1) == ",")
                    .then(|| {
                        let end = if ctx.low(first - 2) == ")" { first - 2 } else { first - 1 };
                        (0..s.mentions.len()).rev().find(|&m| s.mentions[m].last == end && ctx.usable(m))
                    })
                    .flatten();
                recipients = appositive.map_or_else(|| ctx.subject(first), |m| vec![m]);
                if recipients.is_empty() {
                    // "a move condemned by Moscow": the sentence's main subject.
                    recipients.extend(
                        (0..s.mentions.len())
                            .find(|&m| ctx.usable(m) && !ctx.in_pp(m) && s.mentions[m].last <= first),
                    );
                }
                let agent = ctx.object(last, Some(Marker::Agent), 6).or_else(|| {
                    (entry.frame == Frame::Passive)
                        .then(|| s.mentions.iter().position(|m| m.first == last))
                        .flatten()
                        .filter(|&m| ctx.usable(m))
                });
                // "Ambassador Yakovenko was summoned to the Foreign Office": who is
                // summoned comes to the one who summons.
                let mut agent = agent.or_else(|| {
                    (entry.cameo == SUMMONS).then(|| ctx.object(last, Some(Marker::Target), 3)).flatten()
                });
                let mut hosted = false;
                if entry.cameo == SUMMONS && entry.frame == Frame::Passive {
                    let found = agent;
                    agent = ctx.summoner(first, last, agent, &mut recipients);
                    hosted = agent != found;
                }
                // "disambut oleh Inggris, Tiongkok, dan Jerman": every listed agent.
                // (But the one host of an envoy: "Germany's Ambassador to Georgia, Peter Fischer".)
                if let Some(a) = agent {
                    actors = if hosted { vec![a] } else { ctx.with_coordinated(a) };
                }
                // "gencatan senjata yang disepakati antara Kabul dan Islamabad": both sides.
                if actors.is_empty() && matches!(entry.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
                    if let Some(b) = ctx.object(last, Some(Marker::Between), 3) {
                        actors = ctx.with_coordinated(b);
                        recipients.clear();
                        between_sides = true;
                    }
                }
            }
            Frame::Reciprocal => {
                // "Kim mengunjungi Rusia dan bertemu Putin": a coordinated verb
                // shares the previous verb's subject, not its object.
                actors = match (&previous_verb, coordinated) {
                    (Some(prev), true) => prev.clone(),
                    (None, true) => {
                        ctx.coordinated_subject(first, subject_at).unwrap_or_else(|| ctx.subject(subject_at))
                    }
                    _ => ctx.subject(subject_at),
                };
                if actors.is_empty() {
                    actors.extend(ctx.relative_heads(first));
                }
                if actors.is_empty() {
                    actors.extend(ctx.opening_clause_subject(first));
                }
                if let Some(w) = ctx.object(last, Some(Marker::With), PARTNER_WINDOW) {
                    partners = ctx.with_coordinated(w);
                } else if let Some(p) = ctx.appositive_partner(last) {
                    partners = vec![p];
                } else if let Some(o) = ctx
                    .object(last, None, 2)
                    .filter(|&o| !ctx.possessive(o) && !(first..last).any(|i| ctx.is(i, Marker::Discuss)))
                {
                    // (Not after a verb of discussing: "Keduanya membahas ASEAN" names a topic.)
                    // "Zelensky met Trump", "Prabowo bertemu Putin": a direct object is the
                    // partner (not a possessor: "discussed Iran's threats").
                    partners = ctx.with_coordinated(o);
                } else if let Some(inc) = (last < view.len() && ctx.is(last, Marker::Quantifier))
                    .then(|| {
                        (last + 1..(last + 1 + GROUP_NOUN_SPAN).min(view.len()))
                            .find(|&i| ctx.is(i, Marker::Including))
                    })
                    .flatten()
                {
                    // "bertemu sejumlah menlu di antaranya Menlu Pakistan, ...", "met
                    // several ministers, including ...": the members the list names.
                    if let Some(o) =
                        ctx.object(inc + 1, None, 2).filter(|&o| ctx.lists_members(last + 1..inc, o))
                    {
                        partners = ctx.with_coordinated(o);
                    }
                }
                // ("a major prisoner swap took place on Saturday between Russia and Ukraine".)
                if let Some(b) = ctx.object(last, Some(Marker::Between), BETWEEN_SPAN) {
                    actors.extend(ctx.with_coordinated(b));
                }
                // "mengecam latihan militer gabungan AS dan Filipina": a joint act
                // that is the object of another act, with its sides named after
                // it, is theirs; the critic is none of them.
                if object_of_trigger && partners.len() >= 2 {
                    actors.clear();
                }
                // "latihan militer gabungan skala besar yang dilakukan oleh AS dan
                // Korea Selatan": both sides named as the agent of a light verb.
                if partners.is_empty() {
                    let sides =
                        ctx.passive_light_agent(last).map(|a| ctx.with_coordinated(a)).unwrap_or_default();
                    if sides.len() >= 2 {
                        actors = sides;
                    }
                }
            }
            Frame::Noun | Frame::Theme => {
                let reciprocal = entry.reciprocal();
                // A possessor right after the noun, or an agent after "oleh"/"by".
                let possessor = if s.modifier_follows_head {
                    // "serangan Iran", and past plain modifiers: "serangan pesawat tak
                    // berawak (drone) dan rudal Iran terhadap Israel".
                    s.mentions.iter().position(|m| {
                        !m.place
                            && m.first >= last
                            && m.first - last <= 6
                            && (last..m.first).all(|i| {
                                matches!(ctx.low(i), "(" | ")")
                                    || (view.tokens[i].kind == TokenKind::Word
                                        && !view.is_capitalized(i)
                                        && (!ctx.s.markers.any(ctx.low(i)) || ctx.is(i, Marker::And))
                                        && !ctx.trigger_tokens[i])
                            })
                    })
                } else {
                    // "Russia's attack", "Putin’s flagrant aggression", "the Russian invasion".
                    // (Not the end of a phrase: "the situation in Ukraine and Syria by phone".)
                    (0..s.mentions.len()).find(|&k| {
                        let m = &s.mentions[k];
                        let coordinated_in_phrase =
                            m.first > 0 && ctx.is(m.first - 1, Marker::And) && ctx.in_pp(k);
                        !m.place
                            && !coordinated_in_phrase
                            && m.last <= first
                            && (m.last == first
                                // "the Houthi cross-border attacks", "Russian drone strikes":
                                // past plain modifiers (no grammar word, no other trigger).
                                || (first - m.last <= 3
                                    && ctx.s.mentions.get(k + 1).is_none_or(|n| n.first >= first)
                                    && (m.last..first).all(|i| {
                                        (view.tokens[i].kind == TokenKind::Word && !view.is_capitalized(i)
                                            || ctx.low(i) == "-")
                                            && !ctx.s.markers.any(ctx.low(i))
                                            && !ctx.trigger_tokens[i]
                                    }))
                                || (ctx.low(m.last) == "'"
                                    && (m.last + 1..first).all(|i| {
                                        i == m.last + 1 && ctx.low(i) == "s"
                                            || view.tokens[i].kind == TokenKind::Word
                                                && !view.is_capitalized(i)
                                    })
                                    && first - m.last <= 4))
                    })
                };
                // "pembunuhan pemimpin Hamas", "penangkapan warga Jepang": after a
                // noun of an act done to someone, the noun phrase names who suffered it.
                // (Not past a longer phrase: "Pengusiran ini adalah balasan Rusia atas ...".)
                let (possessor, patient) =
                    if s.modifier_follows_head && ctx.is(first, Marker::Patient) && last - first <= 2 {
                        (None, possessor)
                    } else {
                        (possessor, None)
                    };
                if let Some(p) = patient {
                    recipients.extend(ctx.with_coordinated(p));
                }
                // "agresi yang dilancarkan Israel": a passive light verb after the noun names its agent.
                // ("offensive by Hezbollah": the trigger ends in "by".)
                let by_in_trigger = last > first && ctx.is(last - 1, Marker::Agent);
                // ("requests from Egypt", "at the request of Kyiv": so does one that ends
                // in "from", or a request's in "of"; "the expulsion of" names who is expelled.)
                let of_in_trigger = last > first + 1
                    && (ctx.is(last - 1, Marker::Source)
                        || (entry.plover == "REQUEST" && ctx.is(last - 1, Marker::Genitive)));
                let agent = (if by_in_trigger { ctx.object(last - 1, Some(Marker::Agent), 3) } else { None })
                    .or_else(|| of_in_trigger.then(|| ctx.object(last, None, 2)).flatten())
                    .or_else(|| ctx.object(last, Some(Marker::Agent), 4))
                    .or_else(|| ctx.object(last, Some(Marker::Source), 3))
                    .or_else(|| ctx.passive_light_agent(last));
                // "Sanksi baru terhadap sektor minyak Rusia dijatuhkan oleh Uni Eropa",
                // "Sanctions on Russia's oil companies were imposed by the Treasury":
                // the agent of the passive verb the event noun is the subject of.
                let agent = agent.or_else(|| ctx.far_passive_agent(first, last));
                // A one-sided event noun takes the clause subject only under a light verb
                // ("Israel melancarkan serangan", "Russia launched an invasion"), not under a
                // verb of saying or reacting ("condemned the attacks", "mengakhiri pendudukan").
                let light_verb = (first.saturating_sub(4)..first)
                    .any(|i| ctx.is(i, Marker::Light) && ctx.clause[i] == ctx.clause[first]);
                // "his unwavering support", "dukungannya": the owner is the subject.
                let possessive = (first.saturating_sub(3)..first).any(|i| ctx.is(i, Marker::Possessive));
                let light = light_verb
                    || possessive
                    || (s.modifier_follows_head
                        && view.low(first).ends_with("nya")
                        && view.low(first).len() > 3);
                if let Some(b) = ctx.object(last, Some(Marker::Between), 3) {
                    actors.extend(ctx.with_coordinated(b));
                }
                if let Some(p) = possessor.or(agent) {
                    actors.extend(ctx.with_coordinated(p));
                }
                let between = !actors.is_empty() && possessor.or(agent).is_none();
                // "menawarkan bantuan dalam negosiasi tersebut": a noun inside a
                // prepositional phrase is not the clause subject's act.
                let in_phrase = first > 0
                    && [Marker::Location, Marker::Target, Marker::With, Marker::Topic, Marker::Source]
                        .iter()
                        .any(|&k| ctx.is(first - 1, k));
                // "JeM mengaku bertanggung jawab atas serangan itu", "claimed
                // responsibility for the attack": the claimant did it.
                let claimed = (first.saturating_sub(4)..first)
                    .find(|&i| ctx.is(i, Marker::Responsibility) && ctx.clause[i] == ctx.clause[first]);
                // "Ribuan warga Yordania mengambil bagian dalam unjuk rasa", "took
                // part in the protest": who joins an act does it.
                let joined = ctx.joining_before(first);
                if let Some(c) = claimed.filter(|_| actors.is_empty() && !reciprocal) {
                    actors.extend(ctx.subject(c));
                } else if let Some(j) = joined.filter(|_| actors.is_empty() && !reciprocal) {
                    actors.extend(ctx.subject(j));
                } else if !(in_phrase && (anaphoric || !reciprocal))
                    // (Not past an agent: "welcomed the upcoming visit by Iraqi Foreign
                    // Minister Fuad Hussein to Washington" is his visit.)
                    && ((actors.is_empty() && !object_of_trigger && light)
                        || (reciprocal && !between && (agent.is_none() || possessor.is_some())))
                {
                    // "briefed Foreign Minister Colonna on his recent visit": a
                    // possessive pronoun with no light verb is the clause subject's.
                    let possessive_only =
                        !s.modifier_follows_head && possessor.is_none() && possessive && !light_verb;
                    // (Only between two people, whom "his"/"her" may both mean: "pressure
                    // the RSF to cease its attacks" is the RSF's.)
                    let person = |m: usize| s.mentions[m].actor().is_some_and(|a| a.starts_with("person:"));
                    // "asked Wang to convey greetings ... and expressed warm
                    // congratulations": a light verb joined by "and" to an earlier
                    // event verb shares that verb's subject.
                    let light_at = (first.saturating_sub(4)..first)
                        .rev()
                        .find(|&i| ctx.is(i, Marker::Light) && ctx.clause[i] == ctx.clause[first]);
                    let nearest = match (light_at, &previous_verb) {
                        (Some(lv), Some(prev)) if ctx.coordinated_verb(lv) => prev.clone(),
                        _ => ctx.subject(subject_at),
                    };
                    match ctx
                        .clause_subject(subject_at)
                        .filter(|&m| possessive_only && person(m) && nearest.iter().all(|&n| person(n)))
                    {
                        Some(m) => actors.push(m),
                        None => actors.extend(nearest),
                    }
                }
                // "Dalam pembicaraan di Tokyo, Hayashi dan Kwon sepakat ...", "In a
                // phone call on Monday, Putin told Trump ...": talks told in the
                // phrase that opens the sentence are those of the main clause's subject.
                // (Past plain modifiers too: "In 30-minute telephone talks, Kishida and Kerry ...".)
                let opening = reciprocal
                    && !anaphoric
                    && actors.is_empty()
                    && first > 0
                    && ctx.opens_with_phrase()
                    && (0..first).all(|i| {
                        ctx.is(i, Marker::Location)
                            || ctx.is(i, Marker::Adverbial)
                            || ctx.is(i, Marker::Determiner)
                            || (i > 0
                                && matches!(view.tokens[i].kind, TokenKind::Word | TokenKind::Number)
                                && !view.is_capitalized(i)
                                && !ctx.s.markers.any(ctx.low(i))
                                && !s.mentions.iter().any(|m| m.first <= i && i < m.last))
                            || ctx.low(i) == "-"
                    });
                if opening {
                    if let Some(m) = ctx.subject_after_comma(last) {
                        actors.extend(ctx.with_coordinated(m));
                    }
                }
                if reciprocal {
                    if let Some(w) = ctx.object(last, Some(Marker::With), PARTNER_WINDOW) {
                        partners = ctx.with_coordinated(w);
                    } else if entry.plover == "CONSULT" {
                        // "Modi's phone call to Imran Khan", "kunjungan ke Israel": the one called or visited.
                        if let Some(w) = ctx.object(last, Some(Marker::Target), 3) {
                            partners = ctx.with_coordinated(w);
                        }
                    }
                    // (With one side found, the one it addresses right after it: "told Trump", "kepada Trump".)
                    if opening && actors.len() == 1 && partners.is_empty() {
                        let after = actors[0];
                        let told = (after + 1..s.mentions.len())
                            .find(|&m| ctx.usable(m) && s.mentions[m].first <= s.mentions[after].last + 3);
                        actors.extend(told);
                    }
                    if actors.len() + partners.len() == 1 && !anaphoric {
                        // "X asked Y to leave during the meeting": the other actors of the clause.
                        let c = ctx.clause[first];
                        for (m, men) in s.mentions.iter().enumerate() {
                            if ctx.clause[men.first] == c && ctx.usable(m) && !actors.contains(&m) {
                                actors.push(m);
                            }
                        }
                    }
                } else if let Some(r) =
                    ctx.object(first + 1, Some(Marker::Target), OBJECT_WINDOW + last - first - 1)
                {
                    // "the expulsion of the ambassadors of Argentina, Chile ... and Uruguay": every state listed.
                    recipients.extend(ctx.with_coordinated(r));
                }
            }
        }
        let reciprocal_event = entry.reciprocal();
        let ids = |ms: &[usize]| -> (Vec<String>, Option<PairKind>, bool) {
            let mut v: Vec<String> = Vec::new();
            let mut pair = None;
            let mut plural = false;
            for &m in ms {
                match &s.mentions[m].target {
                    Target::Actor(id) => {
                        if !v.contains(id) {
                            v.push(id.clone())
                        }
                    }
                    Target::Pair(k) => pair = Some(*k),
                    Target::Speaker { .. } => {}
                    Target::Plural(fallback) => {
                        if reciprocal_event {
                            pair = Some(PairKind::Any);
                            plural = true;
                        } else {
                            // (A list the sentence before opened with is who they are.)
                            plural = fallback.len() <= 1;
                            for id in fallback {
                                if !v.contains(id) {
                                    v.push(id.clone())
                                }
                            }
                        }
                    }
                }
            }
            (v, pair, plural)
        };
        let (mut actor_ids, pair_a, plural_actor) = ids(&actors);
        let (partner_ids, pair_p, _) = ids(&partners);
        let (mut recipient_ids, pair_r, _) = ids(&recipients);
        let pair_of_sides = pair_a.or(pair_p);
        let pair_targeted = pair_of_sides.is_none() && pair_r.is_some();
        let mut pair = pair_of_sides.or(pair_r);
        recipient_ids.extend(earlier_possessor);
        recipient_ids.retain(|r| !actor_ids.contains(r));
        // "withdrawing its ambassador in Buenos Aires": a recall whose phrase
        // ends in the word of place is aimed at the state named right after it.
        if entry.plover == "SANCTION" && entry.mode.as_deref() == Some("withdraw") && recipient_ids.is_empty()
        {
            recipient_ids.extend(
                s.mentions
                    .iter()
                    .filter(|m| m.place && m.first == last)
                    .filter_map(|m| m.state_id().map(str::to_string))
                    .find(|id| !actor_ids.contains(id)),
            );
        }
        // A one-sided act is aimed at someone: with no target found in its
        // phrase, the other side the sentence names ("In response to Russia's
        // claims, the United States announced new sanctions").
        // (Not a reaction to something told before, whose doer or author the
        // document stage finds: a condemnation of a hostile act named
        // anaphorically ("mengutuk keras serangan tersebut dan meminta Dewan
        // Keamanan PBB ...", "condemned the attack"), a reaction to an act
        // anaphor ("mengecam peluncuran tersebut", "rejected the move"), a
        // denial after an accusation in its sentence ("Congo accused Rwanda of
        // backing the M23, a charge Kigali denies").)
        let anaphoric_act_after = |o: &PhraseMatch<TriggerEntry>| {
            if s.modifier_follows_head {
                o.last < view.len() && ctx.is(o.last, Marker::Anaphor)
            } else {
                o.first > 0 && ctx.is(o.first - 1, Marker::Anaphor)
            }
        };
        let answers_told = match entry.plover.as_str() {
            "ACCUSE" => {
                ctx.act_anaphor_near(first, last)
                    || triggers.iter().any(|o| {
                        o.first >= last
                            && o.first <= last + 2
                            && o.value.hostile()
                            && (last..o.first)
                                .all(|i| ctx.is(i, Marker::Adverb) || ctx.is(i, Marker::Anaphor))
                            && anaphoric_act_after(o)
                    })
            }
            "REJECT" => {
                ctx.act_anaphor_near(first, last)
                    || triggers.iter().any(|o| o.last <= first && o.value.plover == "ACCUSE")
            }
            _ => false,
        };
        if recipient_ids.is_empty()
            && (!actor_ids.is_empty() || pair_a.is_some())
            && !entry.reciprocal()
            && !answers_told
        {
            // An attack "in India" is an attack on India: for violence a state
            // named as the place counts too.
            // (So is aid sent "ke Gaza" or arriving "di Beirut".)
            let violent = matches!(entry.plover.as_str(), "ASSAULT" | "COERCE" | "AID");
            // "agresi yang dilancarkan Israel ke Jalur Gaza": for violence, a state
            // named after the trigger in its clause is where it struck.
            let struck = violent
                .then(|| {
                    s.mentions.iter().enumerate().find(|(_, men)| {
                        men.first >= last
                            // In its clause, or a relative clause right after it ("agresi
                            // yang dilancarkan Israel ke Jalur Gaza").
                            && men.first <= last + 8
                            && (last..men.first)
                                .all(|i| !ctx.is(i, Marker::Clause) || ctx.is(i, Marker::Relative))
                            && men.actor().is_some_and(|a| {
                                (a.len() == 3 || a.starts_with("group:")) && !actor_ids.iter().any(|x| x == a)
                            })
                    })
                })
                .flatten();
            // (Not the one who speaks of an attack told by a noun: "He expressed
            // his horror at the ongoing Russian drone strikes".)
            let noun_attack = violent && entry.plover != "AID" && entry.frame == Frame::Noun;
            // (Nor, for help or support, the doer of a hostile act this sentence
            // told: "... Russian drone strikes ... the UK would continue providing
            // further military aid".)
            let hostile_doers: Vec<&String> = if matches!(entry.plover.as_str(), "AID" | "SUPPORT" | "AGREE")
            {
                out.iter()
                    .filter(|e: &&EventMention| e.sentence == s.index && e.entry.hostile())
                    .flat_map(|e| &e.actors)
                    .collect()
            } else {
                Vec::new()
            };
            let other = struck.or_else(|| {
                s.mentions
                    .iter()
                    .enumerate()
                    .filter(|(m, men)| {
                        (ctx.usable(*m) || violent && men.state_id().is_some() && !ctx.dateline(*m))
                            && men.actor().is_some_and(|a| !actor_ids.iter().any(|x| x == a))
                            && !ctx.attribution(*m, first)
                            && !(noun_attack
                                && men.last <= first
                                && men.actor().is_some_and(|a| a.starts_with("person:")))
                            && !men.actor().is_some_and(|a| hostile_doers.iter().any(|d| *d == a))
                    })
                    .min_by_key(|(m, men)| (!ctx.usable(*m), men.first.abs_diff(first)))
            });
            // ("Iran's Quds Force": the possessed actor, not its state.)
            let other = other.map(|(m, men)| match ctx.possessed(m).or_else(|| ctx.modified_actor(m)) {
                Some(p) if s.mentions[p].actor().is_some_and(|a| !actor_ids.iter().any(|x| x == a)) => {
                    (p, &s.mentions[p])
                }
                _ => (m, men),
            });
            if let Some((m, men)) = other {
                recipient_ids.extend(men.actor().map(str::to_string));
                // ("the expulsion of the ambassadors of Argentina, Chile ... and Uruguay": the whole list.)
                for o in ctx.with_coordinated(m).into_iter().skip(1) {
                    if let Some(id) = s.mentions[o].actor().filter(|id| {
                        !actor_ids.iter().any(|x| x == id) && !recipient_ids.iter().any(|x| x == id)
                    }) {
                        recipient_ids.push(id.to_string());
                    }
                }
                // "the U.S.-Kenya partnership": both halves of a hyphenated pair.
                let ms = s.mentions;
                let pair =
                    [m.checked_sub(1), Some(m + 1)].into_iter().flatten().filter(|&o| o < ms.len()).find(
                        |&o| {
                            let (a, b) = if o < m { (o, m) } else { (m, o) };
                            ms[a].last + 1 == ms[b].first
                                && ctx.low(ms[a].last) == "-"
                                && view.joins_neighbours(ms[a].last)
                        },
                    );
                if let Some(o) = pair {
                    if let Some(id) = ms[o].actor().filter(|id| !actor_ids.iter().any(|x| x == id)) {
                        if !recipient_ids.iter().any(|x| x == id) {
                            recipient_ids.push(id.to_string());
                        }
                    }
                }
            }
        }

        // "negosiasi apa pun", "any talks": a kind of event, not one that happened.
        let applying = applying_cues(&ctx, &cues, entry.frame, first, last);
        let Some(modality) = modality_of(&applying) else { continue };
        // "Moskow akan mengambil tindakan balasan", "Iran will respond": saying
        // what one will do to another is the threat, made now.
        let modality = if entry.plover == "THREATEN" && modality == Modality::Future {
            Modality::Asserted
        } else {
            modality
        };
        let tense = if modality == Modality::Future { Tense::Future } else { Tense::Past };
        // "On August 10, ECOWAS voted to activate its standby force": when only
        // the infinitive before the trigger makes it a plan, a time before the
        // infinitive dates the verb that governs it, which is told as done.
        let governed_from =
            (modality == Modality::Future).then(|| infinitive_future(&ctx, &applying)).flatten();
        let when = date_of(&ctx, &times, first, last, tense, governed_from, modality == Modality::Asserted);

        // Location: a place named after the trigger in its clause.
        let location = location_after(&ctx, last);

        if between_sides {
            entry.frame = Frame::Reciprocal;
        }
        // "Kyrgyzstan dan Tajikistan telah menyetujui gencatan senjata": an
        // agreement of two sides named together, aimed at no one else, is one
        // agreement of both (not an offer: "China dan AS menawarkan bantuan"),
        // in the passive too ("gencatan senjata yang disetujui oleh tentara
        // Sudan dan RSF").
        if entry.plover == "AGREE"
            && matches!(entry.frame, Frame::Active | Frame::Passive)
            && actor_ids.len() >= 2
            && recipient_ids.is_empty()
            && entry.cameo != SIGN_AGREEMENT
            && !ctx.is(first, Marker::Offer)
        {
            entry.frame = Frame::Reciprocal;
        }
        // "Filipina dan Amerika Serikat mengadakan latihan militer": an exercise
        // that two sides named together hold is a joint one, no show of force.
        if entry.plover == "MOBILIZE"
            && actor_ids.len() >= 2
            && recipient_ids.is_empty()
            && (first..last).any(|i| ctx.is(i, Marker::Exercise))
        {
            entry.plover = "COOPERATE".into();
            entry.mode = None;
            entry.cameo = "062".into();
            entry.frame = Frame::Reciprocal;
        }
        // "Singh also called on the country's Prime Minister in Maputo": a request
        // verb with a person for its object and nothing asked of them is a visit.
        if entry.plover == "REQUEST"
            && !recipient_ids.is_empty()
            && recipient_ids.iter().all(|r| r.starts_with("person:"))
            && marker_phrases.iter().any(|&(a, b, m)| m == Marker::Courtesy && a == first && b == last)
            && !(last..view.len()).any(|i| {
                ctx.clause[i] == ctx.clause[first]
                    && (ctx.is(i, Marker::Infinitive)
                        || ctx.is(i, Marker::Purpose)
                        || ctx.is(i, Marker::Clause))
            })
        {
            entry.plover = "CONSULT".into();
            entry.mode = Some("visit".into());
            entry.cameo = "042".into();
            entry.frame = Frame::Reciprocal;
            actor_ids.append(&mut recipient_ids);
        }
        // "discussed ... by phone", "bertemu ... lewat telepon": a phone word in the clause makes a consultation a call;
        // "... Retno Marsudi yang datang berkunjung": a visit word, a visit.
        if entry.plover == "CONSULT" && entry.mode.is_none() {
            let c = ctx.clause[first];
            let in_clause = |m: Marker| (0..view.len()).any(|i| ctx.clause[i] == c && ctx.is(i, m));
            // ("On separate calls, Tillerson spoke with ...": the phrase that opens the sentence too.)
            let opening_phone = first > 0
                && ctx.opens_with_phrase()
                && (0..first).take_while(|&i| ctx.low(i) != ",").any(|i| ctx.is(i, Marker::Phone))
                && (0..first).any(|i| ctx.low(i) == ",");
            if in_clause(Marker::Phone) || opening_phone {
                entry.mode = Some("phone".into());
                entry.cameo = "041".into();
            } else if in_clause(Marker::Visit)
                || (last..(last + VISIT_SPAN).min(view.len())).any(|i| ctx.is(i, Marker::Visit))
            {
                entry.mode = Some("visit".into());
                entry.cameo = "042".into();
            }
        }
        // A verb after "for"/"to"/"by" ("congratulated Ruto for hosting ... and
        // expressed") is subordinate: a verb coordinated later shares the main one's subject.
        let subordinate = first > 0
            && [Marker::Target, Marker::Agent, Marker::Infinitive].iter().any(|&k| ctx.is(first - 1, k));
        if matches!(entry.frame, Frame::Active | Frame::Reciprocal)
            && !passive_en
            && !actors.is_empty()
            && !subordinate
        {
            previous_verb = Some(actors.clone());
        }
        // A marker word or phrase of `kind` from `before` tokens before the trigger to `after` after it.
        let marker_near = |kind: Marker, before: usize, after: usize| {
            let window = first.saturating_sub(before)..(last + after).min(view.len());
            marker_phrases.iter().any(|&(a, b, m)| m == kind && a >= window.start && b <= window.end)
                || window.clone().any(|i| ctx.is(i, kind))
        };
        // "saling", "masing-masing", "each other": the initiators act on one another.
        let mutual_word = marker_near(Marker::Mutual, 2, 6);
        // "Guyana put its defence forces on full alert in response".
        let responds = marker_near(Marker::Response, RESPONSE_SPAN, RESPONSE_SPAN);
        // "the Asian giants have accused each other", "saling melempar tuduhan" with
        // no side named: the two sides told just before, as "kedua pihak" would be.
        // ("Rezim Assad dan kelompok pemberontak saling melempar tuduhan": the
        // sides the clause names before the noun.)
        let mut unnamed_sides = false;
        if !entry.reciprocal() && mutual_word && actor_ids.is_empty() && pair.is_none() {
            let named: Vec<String> = ctx
                .subject(first)
                .into_iter()
                .filter_map(|m| s.mentions[m].actor().map(str::to_string))
                .collect();
            if named.len() >= 2 {
                recipient_ids.retain(|r| !named.contains(r));
                actor_ids = named;
            } else if modality == Modality::Asserted {
                pair = Some(PairKind::Any);
                unnamed_sides = true;
            }
        }
        let mutual = !entry.reciprocal()
            && (actor_ids.len() >= 2 && recipient_ids.iter().all(|r| actor_ids.contains(r))
                || pair_a.is_some()
                || unnamed_sides)
            && mutual_word;
        // One initiator talking with several partners: one event per pair
        // ("berkomunikasi dengan Menlu Iran, Menlu Saudi Arabia, ..."); an agreement
        // "dengan Azerbaijan dan Rusia" is one agreement of all sides.
        let groups: Vec<Vec<String>> =
            if actor_ids.len() == 1 && partner_ids.len() >= 2 && entry.plover == "CONSULT" {
                partner_ids.iter().map(|p| vec![actor_ids[0].clone(), p.clone()]).collect()
            } else {
                let mut all = actor_ids.clone();
                all.extend(partner_ids.iter().filter(|p| !actor_ids.contains(p)).cloned());
                vec![all]
            };
        let answers_act = ctx.act_anaphor_near(first, last);
        for group in groups {
            out.push(EventMention {
                sentence: s.index,
                start: view.tokens[first].start,
                end: view.tokens[last - 1].end,
                trigger: view.text[view.tokens[first].start..view.tokens[last - 1].end].to_string(),
                entry: entry.clone(),
                actors: group,
                recipients: recipient_ids.clone(),
                pair,
                pair_targeted,
                pair_hint: Vec::new(),
                pair_hint_together: None,
                plural_actor,
                modality,
                when: when.clone(),
                anaphoric,
                location: location.clone(),
                relation: None,
                mutual,
                responds,
                answers_act,
                obligation: false,
            });
        }
    }
    restated_plans(view, &mut out);
    purpose_of_talks(&ctx, &mut out);
    talks_held_by_call(&mut out);
    purposes_listed(&ctx, &mut out);
    content_of_requests(&ctx, &mut out);
    readiness(&ctx, &mut out);
    obligations(&ctx, &times, &mut out);
    shared_condemnations(&ctx, &cues, &mut out);
    characterizations(&ctx, &times, &mut out);
    evaluations(&ctx, &cues, &times, &mut out);
    summons_for_protest(&ctx, &mut out);
    target_reactions(view, s.mentions, s.markers, &mut out);
    link_relations(view, &times, &mut out);
    out
}

/// "China memanggil Duta Besar Jepang untuk menyampaikan protes keras",
/// "summoned the ambassador to lodge a protest": the protest after "untuk"/"to"
/// is the summoner's, made to the one summoned (not the ambassador's).
fn summons_for_protest(ctx: &Ctx, out: &mut [EventMention]) {
    let view = ctx.s.view;
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let e = &mut rest[0];
        let first = token_at(view, e.start);
        if e.entry.plover != "ACCUSE" || first == 0 || !ctx.is(first - 1, Marker::Purpose) {
            continue;
        }
        let summons = before.iter().rev().find(|p| {
            p.sentence == e.sentence
                && p.entry.plover == "ACCUSE"
                && p.entry.cameo == SUMMONS
                && token_at(view, p.end) + OBJECT_WINDOW >= first
        });
        // (Made at the summons, as it was: no plan.)
        if let Some(p) = summons.filter(|p| !p.actors.is_empty()) {
            e.actors = p.actors.clone();
            e.recipients = p.recipients.clone();
            e.modality = p.modality;
            // (And on its day: "on Saturday summoned ... to lodge a protest" is
            // not next Saturday's plan.)
            e.when = p.when.clone();
        }
    }
}

/// "Armenia siap berpartisipasi dalam pertemuan ini", "China is willing to
/// hold talks": declaring readiness for a planned event is itself an act, an
/// expression of intent (AGREE, CAMEO 036 for talks, 030 otherwise), by the
/// same sides, asserted.
fn readiness(ctx: &Ctx, out: &mut Vec<EventMention>) {
    let view = ctx.s.view;
    let mut added = Vec::new();
    for m in out.iter() {
        let first = token_at(view, m.start);
        if m.modality != Modality::Future || m.entry.plover == "AGREE" || m.actors.is_empty() {
            continue;
        }
        let Some(r) = (first.saturating_sub(4)..first).find(|&i| ctx.is(i, Marker::Readiness)) else {
            continue;
        };
        let consult = m.entry.plover == "CONSULT";
        let mut one = m.clone();
        one.entry = TriggerEntry {
            plover: "AGREE".into(),
            mode: None,
            cameo: if consult { "036" } else { "030" }.into(),
            frame: Frame::Active,
        };
        one.start = view.tokens[r].start;
        one.end = view.tokens[r].end;
        one.trigger = view.text[one.start..one.end].to_string();
        one.modality = Modality::Asserted;
        one.when = None;
        one.relation = None;
        // "China is willing to hold talks with the Philippines": China's intent, towards the Philippines.
        if m.entry.reciprocal() && m.actors.len() > 1 {
            one.actors = vec![m.actors[0].clone()];
            one.recipients = m.actors[1..].to_vec();
        }
        added.push(one);
    }
    out.extend(added);
}

/// "Kofod menyatakan, Uni Eropa harus bereaksi keras", "Tehran must stop
/// arming the Houthis, Blinken said": a speaker who says another actor must
/// act asks it to (REQUEST, CAMEO 020). The speaker is named with a verb of
/// saying or reporting in the sentence; the addressee is the subject of the
/// modal, or the one told ("mengatakan kepada Ghani bahwa ... harus"). A
/// sentence with a request of its own by that speaker adds none.
fn obligations(ctx: &Ctx, times: &[(usize, &TimeMention)], out: &mut Vec<EventMention>) {
    let view = ctx.s.view;
    let ms = ctx.s.mentions;
    let mut added = Vec::new();
    for o in 0..view.len() {
        if !ctx.is(o, Marker::Obligation) {
            continue;
        }
        // The speaker: "X said (that) ... must", or "... must ..., X said" / "kata X".
        let Some(speaker) = ctx.speaker_of(o, true) else { continue };
        let speaker_id = speaker.actor;
        // The addressee: the modal's subject (after the speaker's verb), else the one told.
        let told = (speaker.last..o).find(|&i| ctx.saying(i)).and_then(|v| {
            ms.iter().position(|x| {
                x.first > v && x.first <= v + 2 && x.last < o && ctx.is(x.first - 1, Marker::Target)
            })
        });
        // (With the speaker named first, the subject stands after its verb.)
        let mut addressees: Vec<String> = ctx
            .subject(o)
            .into_iter()
            .filter(|&m| !speaker.before || ms[m].first > speaker.last)
            .filter_map(|m| ms[m].actor().map(str::to_string))
            .filter(|a| a != speaker_id)
            .collect();
        if addressees.is_empty() {
            addressees.extend(told.and_then(|m| ms[m].actor()).map(str::to_string));
        }
        if addressees.is_empty() {
            continue;
        }
        if out
            .iter()
            .chain(&added)
            .any(|e: &EventMention| e.entry.plover == "REQUEST" && e.actors.iter().any(|a| a == speaker_id))
        {
            continue;
        }
        let when = date_of(ctx, times, o, o + 1, Tense::Past, None, true);
        let entry =
            TriggerEntry { plover: "REQUEST".into(), mode: None, cameo: APPEAL.into(), frame: Frame::Active };
        let mut request = told_act(ctx, o, o + 1, entry, vec![speaker_id.to_string()], addressees, when);
        request.obligation = true;
        added.push(request);
    }
    out.extend(added);
}

/// How many words a copula may stand before the "yang"/"that" of the relative
/// clause whose head it describes ("menjadi salah satu negara yang").
const COPULA_SPAN: usize = 6;

/// "Pakistan said the shelling was a blatant violation of its sovereignty",
/// "\"Ini kekejaman,\" kata Kofod": a statement whose words condemn another
/// actor or its act is an accusation by the speaker (ACCUSE, CAMEO 111).
///
/// The speaker is found as for an obligation: named before its verb of
/// saying, or after it past a comma. The accused is, in this order, the doer
/// of a hostile act the statement tells; the agent of the condemned act ("war
/// crimes committed by Russia", "pelanggaran yang dilakukan Qatar"); the
/// possessor of the condemning noun ("Le Drian's hostile statements", "agresi
/// Israel"); the subject of a condemning verb ("Iran melanggar ruang udara");
/// else the first actor the statement names that neither speaks nor does a
/// friendly act in it. Nothing is read from a pejorative that is negated or
/// conditional ("tidak ada provokasi", "if Hezbollah violates"), that stands in
/// a clause of purpose ("to fight terrorism") or after "against"/"from"
/// ("defend itself from terrorism"). A sentence with an accusation or
/// rejection of its own adds none.
fn evaluations(
    ctx: &Ctx,
    cues: &[PhraseMatch<Cue>],
    times: &[(usize, &TimeMention)],
    out: &mut Vec<EventMention>,
) {
    let view = ctx.s.view;
    let ms = ctx.s.mentions;
    let n = view.len();
    if out.iter().any(|e| matches!(e.entry.plover.as_str(), "ACCUSE" | "REJECT")) {
        return;
    }
    let Some(p) = (0..n).find(|&i| ctx.pejorative[i] && (i == 0 || !ctx.pejorative[i - 1])) else { return };
    if evaluation_guarded(ctx, cues, p) {
        return;
    }
    // The speaker and the span of what is said.
    let Some(speaker) = ctx.speaker_of(p, false) else { return };
    let said = if speaker.before { speaker.last..n } else { 0..speaker.first };
    let speaker_id = speaker.actor;
    let (vs, ve) = (view.tokens[said.start.min(n - 1)].start, view.tokens[said.end - 1].end);
    let told: Vec<&EventMention> = out.iter().filter(|e| vs <= e.start && e.end <= ve).collect();
    let hostile = told
        .iter()
        .find(|e| e.entry.hostile() && !e.actors.is_empty() && e.actors.iter().all(|a| a != speaker_id));
    let candidate = |k: usize| {
        let m = &ms[k];
        Some(k) != speaker.mention
            && said.contains(&m.first)
            && !m.place
            && m.actor().is_some_and(|a| a != speaker_id)
    };
    let id = |k: usize| ms[k].actor().map(str::to_string);
    let agent = (p + 1..(p + EVALUATION_AGENT_SPAN).min(n)).find_map(|i| {
        let by = ctx.is(i, Marker::Agent) || ctx.is(i, Marker::PassiveLight);
        by.then(|| (0..ms.len()).find(|&k| ms[k].first == i + 1 && candidate(k))).flatten()
    });
    let possessor = (0..ms.len()).find(|&k| {
        candidate(k)
            && if ctx.s.modifier_follows_head {
                ms[k].first == p + 1
            } else {
                ms[k].last + 4 >= p && ms[k].last < p && ctx.possessive(k)
            }
    });
    let subject = ctx.subject(p).into_iter().find(|&k| candidate(k) && ms[k].last + 2 >= p);
    let friendly = |a: &str| told.iter().any(|e| !e.entry.hostile() && e.actors.iter().any(|x| x == a));
    let first_named = (0..ms.len())
        .find(|&k| candidate(k) && ms[k].via != Via::Pronoun && !ms[k].actor().is_some_and(friendly));
    let accused: Vec<String> = match hostile {
        Some(e) => e.actors.clone(),
        None => agent.or(possessor).or(subject).or(first_named).and_then(id).into_iter().collect(),
    };
    if accused.is_empty() || accused.iter().any(|a| a == crate::actors::PENDING_SPEAKER) {
        return;
    }
    // The verb of saying, which dates the statement.
    let v =
        (speaker.first.saturating_sub(2)..(speaker.last + 2).min(n)).find(|&i| ctx.saying(i)).unwrap_or(p);
    let when = date_of(ctx, times, v, v + 1, Tense::Past, None, true);
    out.push(told_act(ctx, p, p + 1, disapproval(), vec![speaker_id.to_string()], accused, when));
}

/// True when the pejorative at token `p` condemns nothing: a word of purpose,
/// "against" or "from" stands just before it ("to fight terrorism"), or a
/// negation or condition ("tidak ada provokasi", "if Hezbollah violates").
fn evaluation_guarded(ctx: &Ctx, cues: &[PhraseMatch<Cue>], p: usize) -> bool {
    (p.saturating_sub(EVALUATION_GUARD)..p)
        .any(|i| ctx.is(i, Marker::Purpose) || ctx.is(i, Marker::Target) || ctx.is(i, Marker::Source))
        || cues.iter().any(|c| {
            c.last <= p
                && p - c.last < EVALUATION_GUARD + 2
                && matches!(c.value.modality, Modality::Negated | Modality::Hypothetical | Modality::Generic)
        })
}

/// "They agreed the launch was an escalation of North Korean provocations",
/// "Kedua menteri sepakat bahwa agresi Rusia tidak dapat diterima": agreeing
/// on a view that condemns is no agreement but an accusation by each side
/// (ACCUSE, CAMEO 111). An agreeing verb followed by a clause (not "agreed
/// to", "agreed on") that holds a pejorative becomes that accusation; the
/// accused is the doer of a hostile act the clause tells, else the first
/// actor it names that is not a side.
fn shared_condemnations(ctx: &Ctx, cues: &[PhraseMatch<Cue>], out: &mut [EventMention]) {
    let view = ctx.s.view;
    let ms = ctx.s.mentions;
    let n = view.len();
    if !ctx.pejorative.iter().any(|&x| x) {
        return;
    }
    for k in 0..out.len() {
        let e = &out[k];
        if e.entry.plover != "AGREE"
            || e.entry.frame != Frame::Reciprocal
            || e.entry.cameo == SIGN_AGREEMENT
            || e.modality != Modality::Asserted
        {
            continue;
        }
        let v = token_at(view, e.end.saturating_sub(1));
        let j = v + 1;
        if j >= n
            || !ctx.is(j, Marker::Clause)
                && [Marker::Target, Marker::Purpose, Marker::Location, Marker::With, Marker::Topic]
                    .iter()
                    .any(|&m| ctx.is(j, m))
        {
            continue;
        }
        let clause_end = (j..n).find(|&i| ctx.low(i) == ";" || ctx.is(i, Marker::Speech)).unwrap_or(n);
        let Some(p) = (j..clause_end).find(|&i| ctx.pejorative[i] && !evaluation_guarded(ctx, cues, i))
        else {
            continue;
        };
        let (cs, ce) = (view.tokens[j].start, view.tokens[clause_end - 1].end);
        // The sides are named before the verb: an actor of the clause is what it is about.
        let before: Vec<&str> = ms.iter().filter(|m| m.last < v).filter_map(|m| m.actor()).collect();
        let sides: Vec<String> = e.actors.iter().filter(|a| before.contains(&a.as_str())).cloned().collect();
        let hostile = out.iter().find(|h| {
            h.entry.hostile()
                && cs <= h.start
                && h.end <= ce
                && !h.actors.is_empty()
                && !h.actors.iter().any(|a| sides.contains(a))
        });
        let accused: Vec<String> = match hostile {
            Some(h) => h.actors.clone(),
            None => ms
                .iter()
                .filter(|m| m.first >= j && m.last < clause_end && !m.place)
                .filter_map(|m| m.actor())
                .find(|a| !sides.iter().any(|s| s == a))
                .map(str::to_string)
                .into_iter()
                .collect(),
        };
        if accused.is_empty() || accused.iter().any(|a| a == crate::actors::PENDING_SPEAKER) {
            continue;
        }
        let last = (p..clause_end).take_while(|&i| ctx.pejorative[i]).last().unwrap_or(p);
        let end = view.tokens[last].end;
        let e = &mut out[k];
        e.entry = disapproval();
        e.actors = sides;
        e.recipients = accused;
        e.trigger = view.text[e.start..end].to_string();
        e.end = end;
    }
}

/// How many tokens before a pejorative a word of purpose, "against" or
/// "from", or a negation, keeps it from condemning ("untuk memerangi
/// terorisme", "tidak ada provokasi").
const EVALUATION_GUARD: usize = 3;

/// How far after a pejorative the "by"/"oleh" of its doer may stand ("kejahatan
/// perang yang dilakukan oleh Rusia").
const EVALUATION_AGENT_SPAN: usize = 5;

/// How many tokens after a verb of calling its pejorative may stand
/// ("menggambarkan serangan AS di wilayah negara lain itu sebagai tindakan
/// yang melanggar hukum").
const LABEL_WINDOW: usize = 14;

/// "Milei described Petro as a terrorist", "Peskov menyebut pengusiran itu
/// sebagai tindakan berpandangan sempit", "kelompok yang dianggap Ankara
/// teroris": calling an actor or its act by a pejorative is an accusation
/// (ACCUSE, CAMEO 111). The accuser is the subject of the verb of calling (in
/// a passive, its agent); the accused the actor named between the verb and the
/// pejorative (in a passive, the subject), else the doer of the act an
/// anaphoric noun names ("the decision"). A sentence with an accusation of its
/// own by the same actor adds none; a "called" read as a phone call gives way.
fn characterizations(ctx: &Ctx, times: &[(usize, &TimeMention)], out: &mut Vec<EventMention>) {
    let view = ctx.s.view;
    let ms = ctx.s.mentions;
    let n = view.len();
    if !ctx.pejorative.iter().any(|&x| x) {
        return;
    }
    for v in 0..n {
        if !ctx.is(v, Marker::Label) {
            continue;
        }
        // Not "called for", "called on": a preposition right after the verb is another
        // verb ("was described as", "dianggap sebagai" are this one).
        if v + 1 >= n
            || !ctx.is(v + 1, Marker::Predicative)
                && [
                    Marker::Target,
                    Marker::Purpose,
                    Marker::Location,
                    Marker::With,
                    Marker::Topic,
                    Marker::Clause,
                ]
                .iter()
                .any(|&k| ctx.is(v + 1, k))
        {
            continue;
        }
        // The pejorative, in the same stretch: no comma nor clause opener before it.
        let Some(p) = (v + 1..n.min(v + 1 + LABEL_WINDOW))
            .take_while(|&i| {
                ctx.low(i) != ","
                    && (!ctx.is(i, Marker::Clause)
                        || ctx.is(i, Marker::Predicative)
                        || ctx.is(i, Marker::Relative))
                    && !ctx.is(i, Marker::Speech)
            })
            .find(|&i| ctx.pejorative[i])
        else {
            continue;
        };
        let w = ctx.low(v);
        let passive = if ctx.s.modifier_follows_head {
            w.starts_with("di")
        } else {
            (v.saturating_sub(2)..v).any(|i| ctx.is(i, Marker::PassiveAux)) || ctx.is(v + 1, Marker::Agent)
        };
        let between = |m: &&Mention| m.first > v && m.last <= p && !m.place;
        let (actors, recipients): (Vec<String>, Vec<String>) = if passive {
            // "yang dianggap Ankara teroris", "designated as terrorists by Ankara", "dianggap oleh Taliban sebagai".
            // ("ditetapkan sebagai organisasi teroris oleh Turki, Amerika Serikat dan
            // Uni Eropa": every listed agent.)
            let agent: Vec<String> = ms
                .iter()
                .position(|m| {
                    !m.place
                        && m.first > v
                        && (m.first == v + 1
                            || (m.first == v + 2 && ctx.is(v + 1, Marker::Agent))
                            || (m.first <= p + 4 && ctx.is(m.first - 1, Marker::Agent)))
                })
                .map(|a| ctx.with_coordinated(a))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|m| ms[m].actor().map(str::to_string))
                .collect();
            let mut subject: Vec<String> = Vec::new();
            for id in ctx.subject(v).into_iter().chain(ctx.relative_head(v)).filter_map(|m| ms[m].actor()) {
                if !subject.iter().any(|x| x == id) {
                    subject.push(id.to_string());
                }
            }
            (agent, subject)
        } else {
            let subject: Vec<String> =
                ctx.subject(v).into_iter().filter_map(|m| ms[m].actor().map(str::to_string)).collect();
            let object: Vec<String> = ms
                .iter()
                .filter(between)
                .filter_map(|m| m.actor().map(str::to_string))
                .filter(|a| !subject.contains(a))
                .take(1)
                .collect();
            (subject, object)
        };
        if actors.is_empty() || actors.iter().any(|a| recipients.contains(a)) {
            continue;
        }
        // ("menyebut pengusiran itu sebagai ...", "called the move ...": an act told before.)
        let (vs, ve) = (view.tokens[v].start, view.tokens[v].end);
        let anaphoric_event =
            out.iter().any(|e| e.anaphoric && e.start > vs && e.start < view.tokens[p].start);
        let answers_act = recipients.is_empty() && (anaphoric_event || ctx.act_anaphor_near(v, v + 1));
        if recipients.is_empty() && !answers_act {
            continue;
        }
        // A trigger on the verb itself: "called" read as a phone call gives way; any other stays.
        if let Some(k) = out.iter().position(|e| e.start <= vs && ve <= e.end) {
            if out[k].entry.plover != "CONSULT" {
                continue;
            }
            out.remove(k);
        }
        // ("Venezuela slammed U.S. sanctions ..., calling the measures illegal": the
        // same accusation; so is a rejection told before it.)
        if out.iter().any(|e| {
            (e.entry.plover == "ACCUSE" && e.actors.iter().any(|a| actors.contains(a)))
                || (matches!(e.entry.plover.as_str(), "ACCUSE" | "REJECT") && e.start < vs)
        }) {
            continue;
        }
        let when = date_of(ctx, times, v, v + 1, Tense::Past, None, true);
        let mut accusation = told_act(ctx, v, p + 1, disapproval(), actors, recipients, when);
        accusation.answers_act = answers_act;
        out.push(accusation);
    }
}

/// The entry of an accusation a pass reads from a pejorative (ACCUSE,
/// disapprove, CAMEO 111).
fn disapproval() -> TriggerEntry {
    TriggerEntry {
        plover: "ACCUSE".into(),
        mode: Some("disapprove".into()),
        cameo: "111".into(),
        frame: Frame::Active,
    }
}

/// An asserted act a pass reads from tokens `first..last` of the sentence
/// (not from a lexicon trigger): a request read from "must", an accusation
/// read from a pejorative.
fn told_act(
    ctx: &Ctx,
    first: usize,
    last: usize,
    entry: TriggerEntry,
    actors: Vec<String>,
    recipients: Vec<String>,
    when: Option<Dated>,
) -> EventMention {
    let view = ctx.s.view;
    let (start, end) = (view.tokens[first].start, view.tokens[last - 1].end);
    EventMention {
        sentence: ctx.s.index,
        start,
        end,
        trigger: view.text[start..end].to_string(),
        entry,
        actors,
        recipients,
        pair: None,
        pair_hint: Vec::new(),
        pair_hint_together: None,
        pair_targeted: false,
        plural_actor: false,
        modality: Modality::Asserted,
        when,
        anaphoric: false,
        location: None,
        relation: None,
        mutual: false,
        responds: false,
        answers_act: false,
        obligation: false,
    }
}

/// How many words a subject's head noun may take after the state that modifies
/// it ("Thai F-16 jets", "Russian drones").
const SUBJECT_HEAD_SPAN: usize = 4;

/// How many tokens an event noun's opening phrase may run before its comma
/// ("Dalam pembicaraan di Tokyo pada Senin,").
const OPENING_PHRASE_SPAN: usize = 10;

/// How many tokens after a dateline's place its dash may stand ("JAKARTA (ANTARA) -").
const DATELINE_SPAN: usize = 6;

/// How many tokens from a trigger an anaphoric act noun may stand ("The move
/// was swiftly welcomed by"; "Langkah itu langsung dikecam oleh").
const ACT_ANAPHOR_SPAN: usize = 4;

/// How many common nouns may stand between a possessor's "'s" and the actor
/// it qualifies ("Niger's junta leader Abdourahamane Tchiani").
const POSSESSED_GAP: usize = 2;

/// How many words a quantified group noun ("sejumlah menlu di", "several
/// ministers,") may take before the word that lists its members.
const GROUP_NOUN_SPAN: usize = 4;

/// How far after the "that" of a hope its subject, the one asked, may start
/// ("the hope that the Ethiopian government could").
const HOPE_SUBJECT_SPAN: usize = 3;

/// The longest relative clause set off by commas before its head's verb, in tokens.
const RELATIVE_SPAN: usize = 40;

/// How many tokens an apposition between commas may span ("X, the sister of Y, said").
const APPOSITION_SPAN: usize = 14;

/// How far after an event noun the "oleh"/"by" of its passive verb may stand.
const FAR_AGENT_WINDOW: usize = 12;

/// How many tokens a purpose clause may start after the consultation it serves.
const PURPOSE_WINDOW: usize = 15;

/// "Haniyeh membahas perundingan gencatan senjata yang sedang berlangsung
/// melalui panggilan telepon dengan Abbas Kamel": talks a verb tells with
/// its subject alone, held by the phone call a noun after it tells with its
/// partners alone, are that call of both: the noun takes the verb's subject
/// (the verb then merges into it).
fn talks_held_by_call(out: &mut Vec<EventMention>) {
    let mut j = 0;
    while j < out.len() {
        if out[j].entry.mode.as_deref() != Some("phone")
            || !matches!(out[j].entry.frame, Frame::Noun | Frame::Theme)
            || out[j].actors.is_empty()
            || out[j].anaphoric
        {
            j += 1;
            continue;
        }
        let verb = (0..j).rev().find(|&i| {
            let v = &out[i];
            v.entry.plover == "CONSULT"
                && matches!(v.entry.frame, Frame::Active | Frame::Reciprocal)
                && v.actors.len() == 1
                && v.recipients.is_empty()
                && v.modality == out[j].modality
                && !out[j].actors.contains(&v.actors[0])
        });
        let Some(i) = verb else {
            j += 1;
            continue;
        };
        // (One talker with several partners: one event per pair, as for a verb.)
        let subject = out[i].actors[0].clone();
        let partners = std::mem::take(&mut out[j].actors);
        let pairs: Vec<EventMention> = partners
            .iter()
            .map(|p| {
                let mut one = out[j].clone();
                one.actors = vec![subject.clone(), p.clone()];
                one
            })
            .collect();
        let n = pairs.len();
        out.splice(j..=j, pairs);
        j += n;
    }
}

/// "bertemu ... untuk membahas upaya mengurangi kekerasan di Gaza,
/// menyediakan bantuan kemanusiaan dan membebaskan sandera", "met to discuss
/// ..., provide aid and free hostages": verbs listed after a verb of purpose
/// are purposes too, not acts told as done. A verb right after a comma (adverbs
/// may stand between) takes the modality of the planned verb before it when
/// that verb follows "untuk"/"to", and so, after a comma or the closing
/// "dan"/"and", does the next one; no actor nor clause word may stand between.
fn purposes_listed(ctx: &Ctx, out: &mut [EventMention]) {
    let view = ctx.s.view;
    let verb = |e: &EventMention| matches!(e.entry.frame, Frame::Active | Frame::Reciprocal);
    // (English: bare verbs only, "provide", "discuss", not "withdrew", "expelling" nor "condemns".)
    let bare = |k: usize| {
        let w = ctx.low(k);
        ctx.s.modifier_follows_head
            || !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s') && !w.ends_with("ss"))
    };
    // (In the order of the text: a list is read left to right.)
    let mut order: Vec<usize> = (0..out.len()).filter(|&k| verb(&out[k])).collect();
    order.sort_by_key(|&k| out[k].start);
    for w in 1..order.len() {
        let j = order[w];
        if out[j].modality != Modality::Asserted {
            continue;
        }
        let first = token_at(view, out[j].start);
        let mut b = first;
        while b > 0 && ctx.is(b - 1, Marker::Adverb) {
            b -= 1;
        }
        let after_comma = b > 0 && ctx.low(b - 1) == ",";
        if !(after_comma || b > 0 && ctx.is(b - 1, Marker::And)) {
            continue;
        }
        // The verb listed before it (the copies of a split event share its start).
        let Some(&i) = order[..w].iter().rev().find(|&&k| out[k].start < out[j].start) else {
            continue;
        };
        let start = token_at(view, out[i].start);
        let end = token_at(view, out[i].end.saturating_sub(1)) + 1;
        // A verb of purpose and one listed after it by a comma; then, by a comma
        // or the closing "dan"/"and", the next ones. ("berjanji melepaskan ...
        // untuk menghancurkan laboratorium narkoba dan mengkritisi ...": an "and"
        // right after the verb of purpose may join the main verb instead.)
        let of_purpose = (start.saturating_sub(2)..start)
            .any(|k| ctx.is(k, Marker::Purpose) || ctx.is(k, Marker::Infinitive));
        let listed = start > 0 && ctx.low(start - 1) == ",";
        let purpose = out[i].modality == Modality::Future && (of_purpose && after_comma || listed);
        // (A relative clause may stand between: "kekerasan yang terjadi di Jalur Gaza,".)
        let apart = (end..first).any(|k| {
            (ctx.is(k, Marker::Clause) && !ctx.is(k, Marker::Relative)) || ctx.is(k, Marker::Speech)
        }) || ctx.s.mentions.iter().any(|m| m.first >= end && m.last <= first && !m.place);
        if purpose && !apart && bare(first) && bare(start) {
            out[j].modality = Modality::Future;
        }
    }
}

/// The purpose word ("to", "untuk") at most `reach` tokens before the
/// trigger at token `first`, with only plain words that are no trigger
/// between them (adverbs, or the verb that carries an event noun).
fn purpose_word(ctx: &Ctx, first: usize, reach: usize) -> Option<usize> {
    let view = ctx.s.view;
    let b = (first.saturating_sub(reach)..first).rev().find(|&i| ctx.is(i, Marker::Purpose))?;
    (b + 1..first).all(|i| view.tokens[i].kind == TokenKind::Word && !ctx.trigger_tokens[i]).then_some(b)
}

/// How many tokens after a request its "to"/"untuk" clause may start.
const REQUEST_CONTENT_WINDOW: usize = 10;

/// "menyerukan kepada masyarakat internasional untuk mendukung Damaskus",
/// "urged the world to back Kyiv": what a request asks for is an act of its
/// addressees, not of the one who asks. An act in the "untuk"/"to" clause
/// right after a request that took the requester for its subject takes the
/// request's addressees instead, or none when no actor is addressed.
fn content_of_requests(ctx: &Ctx, out: &mut [EventMention]) {
    let view = ctx.s.view;
    for j in 0..out.len() {
        if out[j].modality == Modality::Asserted || out[j].entry.plover == "REQUEST" {
            continue;
        }
        let first = token_at(view, out[j].start);
        let Some(b) = purpose_word(ctx, first, 2) else {
            continue;
        };
        let request = (0..j).rev().find(|&i| {
            let r = &out[i];
            let end = token_at(view, r.end.saturating_sub(1));
            r.entry.plover == "REQUEST"
                && end < b
                && b - end <= REQUEST_CONTENT_WINDOW
                && ctx.clause[end] == ctx.clause[b]
        });
        let Some(i) = request else { continue };
        if out[i].actors.is_empty() || out[j].actors != out[i].actors {
            continue;
        }
        let addressees: Vec<String> =
            out[i].recipients.iter().filter(|r| !out[j].recipients.contains(r)).cloned().collect();
        out[j].actors = addressees;
    }
}

/// "spoke with President Ruto today to thank him", "menelepon Erdogan untuk
/// menyampaikan belasungkawa": a verbal act told as the purpose of a call or
/// meeting that took place was done in it. It is asserted, made by the
/// consultation's first side (its subject) and addressed to the others, and
/// shares its date.
fn purpose_of_talks(ctx: &Ctx, out: &mut [EventMention]) {
    let view = ctx.s.view;
    for j in 0..out.len() {
        let m = &out[j];
        if m.modality != Modality::Future || !m.entry.verbal() || m.entry.plover == "AGREE" {
            continue;
        }
        // "to thank", "untuk menyampaikan ucapan selamat": the purpose word,
        // past adverbs and (for an event noun) the verb that carries it.
        let first = token_at(view, m.start);
        let reach = if matches!(m.entry.frame, Frame::Noun | Frame::Theme) { 3 } else { 2 };
        let Some(b) = purpose_word(ctx, first, reach) else {
            continue;
        };
        let talks = (0..j).rev().find(|&i| {
            let c = &out[i];
            c.entry.plover == "CONSULT"
                && c.modality == Modality::Asserted
                && c.actors.len() + c.recipients.len() >= 2
                && c.end <= m.start
                && {
                    // (Counted from the last participant named after the verb:
                    // "spoke with the Republic of Korea Minister of National Defense Song Young-moo to".)
                    let after = token_at(view, c.end.saturating_sub(1));
                    let named =
                        ctx.s.mentions.iter().filter(|x| x.first > after && x.last <= b).map(|x| x.last);
                    b - named.max().unwrap_or(after) <= PURPOSE_WINDOW
                }
        });
        let Some(i) = talks else { continue };
        // "menelepon X" has its callers as actors and X as recipient; "spoke
        // with X" has its subject first among the actors.
        // ("X, Y and Z called Modi": those named before the verb called.)
        let call_at = token_at(view, out[i].start);
        let callers: Vec<String> = out[i]
            .actors
            .iter()
            .filter(|a| ctx.s.mentions.iter().any(|x| x.first < call_at && x.actor() == Some(a.as_str())))
            .cloned()
            .collect();
        let (doers, others): (Vec<String>, Vec<String>) = if out[i].recipients.is_empty() {
            if callers.is_empty() || callers.len() == out[i].actors.len() {
                (out[i].actors[..1].to_vec(), out[i].actors[1..].to_vec())
            } else {
                let rest = out[i].actors.iter().filter(|a| !callers.contains(a)).cloned().collect();
                (callers, rest)
            }
        } else {
            (out[i].actors.clone(), out[i].recipients.clone())
        };
        let when = out[i].when.clone();
        let m = &mut out[j];
        m.modality = Modality::Asserted;
        // A thanks, request or support is addressed to the other side; a
        // condemnation or a rejection keeps the target it names, if any.
        let mut recipients: Vec<String> = if m.entry.addressed() { others } else { Vec::new() };
        for r in &m.recipients {
            if !doers.contains(r) && !recipients.contains(r) {
                recipients.push(r.clone());
            }
        }
        m.actors = doers;
        m.recipients = recipients;
        // Its own date was read as a future one ("untuk ... pada Senin"): the talks' date.
        m.when = when;
    }
}

/// "hopes to host talks between X and Y from Tuesday, negotiations that have
/// the support of ...": an event noun in apposition (right after a comma)
/// restating a planned or hypothetical event of the same kind told before it
/// in the sentence is that event: it takes its modality and date (and its
/// sides, when it names none).
fn restated_plans(view: &TokenView, out: &mut [EventMention]) {
    for j in 0..out.len() {
        let first = token_at(view, out[j].start);
        if out[j].modality != Modality::Asserted
            || !matches!(out[j].entry.frame, Frame::Noun | Frame::Theme)
            || first == 0
            || view.low(first - 1) != ","
        {
            continue;
        }
        let plan = (0..j).rev().find(|&i| {
            out[i].entry.plover == out[j].entry.plover
                && out[i].modality != Modality::Asserted
                && out[i].end <= out[j].start
        });
        if let Some(i) = plan {
            out[j].modality = out[i].modality;
            out[j].when = out[i].when.clone();
            // (With no sides of its own, the sides of the plan: "talks between
            // Israel and Hamas ..., negotiations that ...".)
            if out[j].entry.reciprocal() && out[j].actors.is_empty() && out[j].recipients.is_empty() {
                let sides: Vec<String> = out[i].actors.iter().chain(&out[i].recipients).cloned().collect();
                out[j].actors = sides;
            }
        }
    }
}

/// The modality cues that apply to the trigger at `first..last`: those
/// before it in its clause (within their window) and, for an event noun,
/// those right after it; a cue inside a longer one is part of it ("said he
/// would" is not "would").
fn applying_cues<'c, 'm>(
    ctx: &Ctx,
    cues: &'c [PhraseMatch<'m, Cue>],
    frame: Frame,
    first: usize,
    last: usize,
) -> Vec<&'c PhraseMatch<'m, Cue>> {
    let seen: Vec<&PhraseMatch<Cue>> = cues
        .iter()
        .filter(|c| {
            let window = if c.value.scope == CueScope::Adjacent { ADJACENT_WINDOW } else { CUE_WINDOW };
            let before = matches!(c.value.scope, CueScope::Before | CueScope::Adjacent)
                && c.last <= first
                && first - c.last <= window
                // (A cue ending in the word that opens the clause, "membantah bahwa", "denied that", reaches into it.)
                && ctx.clause[c.last - 1] == ctx.clause[first];
            let after = c.value.scope == CueScope::After
                && matches!(frame, Frame::Noun | Frame::Theme)
                && c.first >= last
                && c.first - last <= 4;
            before || after
        })
        .collect();
    seen.iter()
        .copied()
        .filter(|c| {
            !seen
                .iter()
                .any(|d| d.first <= c.first && c.last <= d.last && (d.first, d.last) != (c.first, c.last))
        })
        .collect()
}

/// The modality the cues that apply to a trigger give it: negation beats
/// hypothesis beats plans. `None` for a generic mention ("any talks"), which
/// is no event.
fn modality_of(applying: &[&PhraseMatch<Cue>]) -> Option<Modality> {
    let has = |m: Modality| applying.iter().any(|c| c.value.modality == m);
    if has(Modality::Generic) {
        return None;
    }
    Some(
        [Modality::Negated, Modality::Hypothetical, Modality::Future]
            .into_iter()
            .find(|&m| has(m))
            .unwrap_or(Modality::Asserted),
    )
}

/// The start of the infinitive marker ("to", "untuk") right before a
/// trigger when it is the only applying cue that makes the event a plan
/// ("voted to activate"; not "will", "plans to", "expected to").
fn infinitive_future(ctx: &Ctx, applying: &[&PhraseMatch<Cue>]) -> Option<usize> {
    let future: Vec<&&PhraseMatch<Cue>> =
        applying.iter().filter(|c| c.value.modality == Modality::Future).collect();
    match future.as_slice() {
        [only] if only.value.scope == CueScope::Adjacent && ctx.is(only.first, Marker::Purpose) => {
            Some(only.first)
        }
        _ => None,
    }
}

/// The date of a trigger: the nearest date (not a duration or set, not
/// event-relative) in its clause, else in its sentence, resolved in the tense
/// its modality gives.
fn date_of(
    ctx: &Ctx,
    times: &[(usize, &TimeMention)],
    first: usize,
    last: usize,
    tense: Tense,
    past_before: Option<usize>,
    asserted: bool,
) -> Option<Dated> {
    let view = ctx.s.view;
    // "Anwar mengundang Jokowi untuk berkunjung ... akhir tahun ini", "agreed to
    // convene a forum next year": what has happened is not dated after the
    // article; a time that the text places later belongs to the plan.
    let later = |t: &TimeMention| {
        asserted
            && t.resolve(ctx.s.anchor, tense)
                .and_then(|v| v.start)
                .zip(ctx.s.anchor)
                .is_some_and(|(start, anchor)| start > anchor)
    };
    // "the 1951 Mutual Defense Treaty", "the 2016 arbitral ruling": a year
    // between a determiner and the noun it modifies names that thing, and dates
    // no other event of the sentence.
    let attributive = |p: usize, t: &TimeMention| {
        let end = token_at(view, t.end.saturating_sub(1)) + 1;
        !ctx.s.modifier_follows_head
            && p > 0
            && ctx.is(p - 1, Marker::Determiner)
            && end == p + 1
            && view.word(p).len() == 4
            && view.word(p).bytes().all(|b| b.is_ascii_digit())
            && end < view.len()
            && view.tokens[end].kind == TokenKind::Word
            // (Unless the event is that noun: "the 2022 invasion".)
            && !(first < end + ATTRIBUTIVE_SPAN && end < last.max(first + 1))
    };
    // "in his first such visit since the territory seceded from Serbia in
    // 2008": a time after the "since" of a "first" after the trigger dates
    // the event before it. (Not "have attacked ships since November".)
    let since = |p: usize| {
        (p.saturating_sub(SINCE_SPAN)..=p).any(|k| {
            ctx.is(k, Marker::Since)
                && first < k
                // ("the first such visit since", "met for the first time since")
                && (k.saturating_sub(FIRST_SPAN)..k).any(|f| f + FIRST_SPAN >= first && ctx.is(f, Marker::First))
        })
    };
    let dates: Vec<&(usize, &TimeMention)> = times
        .iter()
        .filter(|(p, t)| {
            matches!(t.timex_type, TimexType::Date | TimexType::Time)
                && t.event_relation().is_none()
                && !attributive(*p, t)
                && !later(t)
                && !since(*p)
        })
        .collect();
    let dist = |p: usize| if p >= last { p - last } else { first - p.min(first) };
    let in_clause = dates
        .iter()
        .filter(|(p, _)| ctx.clause.get(*p) == ctx.clause.get(first))
        .min_by_key(|(p, _)| dist(*p));
    let (p, t) = in_clause.or_else(|| dates.iter().min_by_key(|(p, _)| dist(*p)))?;
    // ("On August 10, ECOWAS voted to activate": a time before the infinitive
    // that makes the event a plan dates the governing verb, told as done.)
    let tense = if past_before.is_some_and(|inf| *p < inf) { Tense::Past } else { tense };
    // An event is dated to its day: "Thursday morning" is that Thursday.
    t.resolve(ctx.s.anchor, tense).map(day_of_time).map(|value| Dated {
        anchored_to: if matches!(t.expr, crate::time::TimeExpr::Absolute(_)) {
            "absolute".into()
        } else {
            "anchor".into()
        },
        value,
        text: view.text[t.start..t.end].to_string(),
    })
}

/// How many words the unnamed role between "dengan"/"with" and a person
/// named in apposition to it may have ("the head of the military government").
const APPOSITION_ROLE_SPAN: usize = 6;

/// How many words after a passive summons the place that names the summoning
/// state may begin ("was summoned to the Foreign Ministry in Warsaw").
const SUMMONS_PLACE_SPAN: usize = 8;

/// How many words before a time the "since" that governs it may stand ("since
/// the territory unilaterally seceded from Serbia in 2008").
const SINCE_SPAN: usize = 10;

/// How many words before "since" the "first" that makes an event the first
/// since another may stand ("the first such visit since").
const FIRST_SPAN: usize = 4;

/// How many words may stand between a reciprocal trigger and the "between"
/// that names its sides ("a prisoner swap took place on Saturday between ...").
const BETWEEN_SPAN: usize = 8;

/// How many words before a name its classifying noun may stand
/// ("kelompok perlawanan Tentara Arakan").
const CLASSIFIER_SPAN: usize = 2;

/// How many words may stand between a bare word of recognizing and the state
/// it recognizes ("recognized the State of Palestine").
const RECOGNIZED_SPAN: usize = 3;

/// How many words after an attributive year the noun it dates may stand ("the
/// 2022 full-scale invasion").
const ATTRIBUTIVE_SPAN: usize = 3;

/// "condemned the attacks by Hamas", "mengecam serangan Israel": the target of
/// a reaction to another event of the sentence is that event's initiator.
fn target_reactions(view: &TokenView, mentions: &[Mention], markers: &Markers, out: &mut [EventMention]) {
    let starts: Vec<usize> = out.iter().map(|e| token_at(view, e.start)).collect();
    for i in 0..out.len() {
        if !matches!(
            out[i].entry.plover.as_str(),
            "ACCUSE" | "REJECT" | "SUPPORT" | "REQUEST" | "THREATEN" | "SANCTION"
        ) {
            continue;
        }
        let end = token_at(view, out[i].end.saturating_sub(1)) + 1;
        // "Kesepakatan damai ini disambut baik oleh Iran", "Qatar welcomed the
        // agreement": welcoming an agreement the sentence does not give sides
        // of answers the agreement told before (whose sides the document finds).
        if out[i].entry.plover == "SUPPORT" && out[i].recipients.is_empty() {
            let start = starts[i];
            let agreement = (0..out.len()).any(|j| {
                let j_end = token_at(view, out[j].end.saturating_sub(1)) + 1;
                j != i
                    && out[j].entry.plover == "AGREE"
                    && matches!(out[j].entry.frame, Frame::Noun | Frame::Theme)
                    && out[j].actors.iter().all(|a| out[i].actors.contains(a))
                    && ((starts[j] >= end && starts[j] <= end + 2) || (j_end <= start && start - j_end <= 3))
            });
            if agreement {
                out[i].answers_act = true;
                continue;
            }
        }
        // (The nearest event after it: in "mengutuk keras serangan tersebut dan
        // meminta Dewan Keamanan ..." the act condemned is the attack, not the request.)
        let inner = (0..out.len())
            .filter(|&j| j != i && starts[j] >= end)
            .min_by_key(|&j| starts[j])
            .filter(|&j| starts[j] <= end + 4 && !out[j].actors.is_empty())
            // (Not a verb coordinated after it: "mengecam peluncuran tersebut dan menyebutnya ...".)
            .filter(|&j| !(end..starts[j]).any(|k| markers.is(view.low(k), Marker::And)));
        // "Keputusan Inggris untuk mengakui negara Palestina disambut baik oleh
        // Indonesia": a passive reaction whose subject is an act aims at its doers.
        let start = starts[i];
        let agent_after = mentions
            .iter()
            .any(|m| m.first >= end && m.actor().is_some_and(|a| out[i].actors.iter().any(|x| x == a)));
        let subject_act = (0..out.len()).find(|&j| {
            let j_end = token_at(view, out[j].end.saturating_sub(1)) + 1;
            j != i
                && j_end <= start
                && start - j_end <= 3
                && !out[j].actors.is_empty()
                && out[i].recipients.iter().all(|r| out[j].recipients.contains(r))
                && !out[j].actors.iter().any(|a| out[i].actors.contains(a))
        });
        if let (true, Some(j)) = (agent_after, subject_act) {
            out[i].recipients = out[j].actors.clone();
            continue;
        }
        if let Some(j) = inner {
            if !mentions.iter().any(|m| m.first >= end && m.first < starts[j]) {
                // "threatened to impose tariffs on BRICS": its own act's target.
                let own = out[j].actors.iter().all(|a| out[i].actors.contains(a));
                let aimed = if own { out[j].recipients.clone() } else { out[j].actors.clone() };
                out[i].recipients = aimed.into_iter().filter(|a| !out[i].actors.contains(a)).collect();
            }
        }
    }
}

/// Event-relative dates: "A terjadi sehari setelah B" dates B from A;
/// "two weeks later" dates the nearest event from the one told before.
fn link_relations(view: &TokenView, times: &[(usize, &TimeMention)], out: &mut [EventMention]) {
    for (p, t) in times {
        let Some(EventRelation { days, reference }) = t.event_relation() else { continue };
        let phrase = view.text[t.start..t.end].to_string();
        let pos = |e: &EventMention| token_at(view, e.start);
        match reference {
            Reference::Following => {
                let a = out.iter().rposition(|e| pos(e) < *p);
                let b = out.iter().position(|e| pos(e) > *p);
                if let (Some(a), Some(b)) = (a, b) {
                    out[b].relation = Some((-days, RelTarget::Mention(a), phrase));
                }
            }
            Reference::Preceding => {
                let near = out.iter().enumerate().min_by_key(|(_, e)| pos(e).abs_diff(*p)).map(|(i, _)| i);
                if let Some(i) = near {
                    out[i].relation = Some((days, RelTarget::Previous, phrase));
                }
            }
        }
    }
}

/// A time of day becomes its day: events are dated to the day.
fn day_of_time(v: TimeValue) -> TimeValue {
    match (v.granularity, v.start) {
        (crate::time::Granularity::Time, Some(d)) => TimeValue::day(d),
        _ => v,
    }
}

fn location_after(ctx: &Ctx, from: usize) -> Option<LocationRecord> {
    let view = ctx.s.view;
    let clause = ctx.clause.get(from.saturating_sub(1)).copied()?;
    let mut i = from;
    while i + 1 < view.len() && ctx.clause[i] == clause && i < from + 12 {
        if ctx.is(i, Marker::Location)
            && view.is_capitalized(i + 1)
            && view.tokens[i + 1].kind == TokenKind::Word
        {
            if let Some(m) = ctx.s.mentions.iter().find(|m| m.first == i + 1) {
                if !m.place {
                    i += 1;
                    continue;
                }
                let name = view.text[view.tokens[m.first].start..view.tokens[m.last - 1].end].to_string();
                let country = m
                    .actor()
                    .filter(|a| a.len() == 3 && a.chars().all(|c| c.is_ascii_uppercase()))
                    .map(str::to_string);
                return Some(LocationRecord { name, country });
            }
            let mut e = i + 1;
            while e < view.len()
                && view.is_capitalized(e)
                && view.tokens[e].kind == TokenKind::Word
                && e < i + 4
            {
                e += 1;
            }
            let name = view.text[view.tokens[i + 1].start..view.tokens[e - 1].end].to_string();
            return Some(LocationRecord { name, country: None });
        }
        i += 1;
    }
    None
}
