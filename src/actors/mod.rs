//! Actors: finding who a sentence names, and resolving every mention to one
//! actor per article.
//!
//! Names come from the knowledge base ([`kb`]) through a phrase matcher; a
//! title phrase ("Presiden Rusia", "Kremlin aide", "U.S. Secretary of State")
//! joins the name after it into one person mention and gives it an
//! affiliation, or, with no name, is resolved through the dated roles
//! ("Presiden AS" in 2025 is Trump) or falls back to the state or body it
//! names ("para pejabat Ukraina" is Ukraine). A capital or state after a
//! location word ("di Moskow") is a place, not a participant. Pronouns take
//! the last fitting actor; "kedua pemimpin" / "both leaders" is left to the
//! events stage, which knows the last event's sides.

pub mod kb;
pub mod user;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::data;
use crate::error::Result;
use crate::lexicon::{CaseRule, PhraseMatcher, ARTICLES};
use crate::text::{fold_name, TokenKind, TokenView};
use crate::timeline::{ActorRecord, RoleRecord};
use kb::{slug, ActorKind, KnowledgeBase, KnownActor};

/// The lower-cased words of a one-column data file, or none when the language lacks it.
fn word_set(path: &str) -> Result<HashSet<String>> {
    Ok(match data::file(path) {
        Some(_) => data::table(path)?.rows.iter().map(|r| r.get(0).to_lowercase()).collect(),
        None => HashSet::new(),
    })
}

/// The grammatical roles of marker words (`data/<lang>/markers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// A place follows.
    Location,
    /// The initiator of a passive follows.
    Agent,
    /// A co-participant follows.
    With,
    /// The target follows.
    Target,
    /// Joins participants.
    And,
    /// "between X and Y".
    Between,
    /// What follows is a topic of talk.
    Topic,
    /// Starts a new clause.
    Clause,
    /// Makes an English participle passive.
    PassiveAux,
    /// May stand inside a title phrase.
    Connector,
    /// May stand between a subject and its verb.
    Adverb,
    /// Makes an event noun refer back ("tersebut", "the").
    Anaphor,
    /// Makes a declared-only event noun an event ("mengumumkan", "declared").
    Declare,
    /// A verb of saying that names the speaker of a quotation ("kata", "said").
    Speech,
    /// A determiner: a verb form after it is a noun ("the attacks").
    Determiner,
    /// A telephone word: a consultation in its clause is a call.
    Phone,
    /// A passive light verb after an event noun whose agent follows ("yang dilancarkan Israel").
    PassiveLight,
    /// Marks an infinitive: "for X to release" makes X its subject.
    Infinitive,
    /// Where an event comes from: "attacks from Lebanon", "bantuan dari AS".
    Source,
    /// A light verb whose subject is the initiator of the event noun after it ("melancarkan serangan").
    Light,
    /// A possessive pronoun: the noun after it belongs to the clause subject ("his support").
    Possessive,
    /// Opens a relative clause whose subject is the actor before it ("yang", "who").
    Relative,
    /// The sides act on each other ("masing-masing", "each other").
    Mutual,
    /// Opens an adverbial clause that shares the main clause's subject ("setelah", "after").
    Adverbial,
    /// Restricts the noun before it to what follows ("the leaders of the world"),
    /// so that a group word before it does not refer back.
    Genitive,
    /// Names members of the group before it ("sekutu-sekutunya, termasuk Jepang",
    /// "allies including Japan"): they share its role.
    Including,
    /// A verb of discussing: its object is a topic, not a partner ("membahas ASEAN").
    Discuss,
    /// Declares readiness for what follows ("siap", "willing"): itself an expression of intent.
    Readiness,
    /// Opens a clause of purpose ("untuk", "to"): "called Ruto to thank him".
    Purpose,
    /// Claims an act as one's own ("bertanggung jawab atas", "responsibility
    /// for"): the claimant is the initiator of the event noun after it.
    Responsibility,
    /// A noun naming an act ("move", "langkah"): with an anaphor ("the move",
    /// "langkah itu") it refers to the act told before.
    Act,
    /// A request verb that, with a person for its object and no clause of
    /// what is asked, is a courtesy call ("Singh called on the Prime Minister").
    Courtesy,
    /// A modal of obligation ("must", "harus"): in reported speech, the
    /// speaker asks the subject of the clause to act.
    Obligation,
    /// A verb that reports what a speaker holds ("stressed", "menegaskan"):
    /// with verbs of saying, it names the speaker of the clause after it.
    Report,
    /// A verb of calling or describing ("described", "branded", "menyebut",
    /// "menganggap"): with a pejorative after it, an accusation.
    Label,
    /// "as", "sebagai": introduces what a verb of calling calls its object.
    Predicative,
    /// A copula ("is", "was", "menjadi", "merupakan"): "X is one of the
    /// countries that refused" makes X the subject of the relative clause.
    Copula,
    /// A word that condemns what it names ("terrorist", "illegal", "boneka",
    /// "pelanggaran"): a content word, not a grammatical one.
    Pejorative,
    /// A participle of leading before the agent word ("led", "headed",
    /// "dipimpin"): "forces led by X seized ..." makes X the subject.
    Leader,
    /// A verb of joining another actor in an act ("joined", "bergabung"):
    /// "Canada joined Australia in condemning ..." makes both the subject.
    Joining,
    /// A bare word of recognizing ("recognized", "mengakui", "pengakuan"): a
    /// recognition trigger made of it is one only with a state right after it
    /// ("recognized the State of Palestine", not "recognized the importance").
    Recognition,
    /// A noun that classifies the name after it ("kelompok", "milisi"):
    /// "kelompok perlawanan Tentara Arakan" is the Arakan Army, not something
    /// it possesses.
    Classifier,
    /// A word of military exercise ("latihan", "drills"): an exercise of
    /// two sides named together is a joint one.
    Exercise,
    /// A verb of offering or proposing ("menawarkan", "offered"): an offer of
    /// two sides is one offer each, not an agreement between them.
    Offer,
    /// A word of visiting ("berkunjung", "visiting"): a consultation in its
    /// clause is a visit.
    Visit,
    /// A phrase of answering an act ("in response", "in retaliation",
    /// "sebagai tanggapan", "sebagai balasan"): a one-sided act with no target
    /// of its own is aimed at whoever acted against its initiator just before.
    Response,
    /// An adjective of region before a place ("eastern", "northern"): "into
    /// eastern Afghanistan" is a phrase of place all the same.
    Region,
    /// A noun of an act done to someone ("pembunuhan", "penangkapan"): the
    /// noun phrase right after it names who suffered the act, not who did it
    /// ("pembunuhan pemimpin Hamas").
    Patient,
    /// A word of indefinite number ("sejumlah", "beberapa", "several"): a bare
    /// title after it ("sejumlah menlu") is a group of office-holders, not the
    /// one person last named with the title.
    Quantifier,
    /// "since", "sejak": after a "first" (`First`), the time in the phrase or
    /// clause it opens is when the previous such event took place ("his first
    /// visit since the territory seceded in 2008"), not this event's.
    Since,
    /// "first", "pertama": with a "since" after it, the event is the first
    /// since another.
    First,
    /// An English modal or auxiliary that takes a bare verb ("will", "did",
    /// "could"): a word after it that is also an event noun is the verb
    /// ("did not attack Israel").
    Modal,
    /// A noun for those who rule a place ("authorities", "junta",
    /// "otoritas"): opening the subject with "in"/"di" and a state after it
    /// ("Authorities in Niger accused ..."), it stands for that state.
    Authority,
    /// A word for a ministry ("ministry", "kementerian"): a bare ministry
    /// named again is the one named first.
    Ministry,
}

impl Marker {
    fn parse(s: &str) -> Option<Marker> {
        Some(match s {
            "location" => Marker::Location,
            "agent" => Marker::Agent,
            "with" => Marker::With,
            "target" => Marker::Target,
            "and" => Marker::And,
            "between" => Marker::Between,
            "topic" => Marker::Topic,
            "clause" => Marker::Clause,
            "passive_aux" => Marker::PassiveAux,
            "connector" => Marker::Connector,
            "adverb" => Marker::Adverb,
            "anaphor" => Marker::Anaphor,
            "declare" => Marker::Declare,
            "speech" => Marker::Speech,
            "determiner" => Marker::Determiner,
            "phone" => Marker::Phone,
            "passive_light" => Marker::PassiveLight,
            "infinitive" => Marker::Infinitive,
            "source" => Marker::Source,
            "light" => Marker::Light,
            "possessive" => Marker::Possessive,
            "relative" => Marker::Relative,
            "mutual" => Marker::Mutual,
            "adverbial" => Marker::Adverbial,
            "genitive" => Marker::Genitive,
            "including" => Marker::Including,
            "discuss" => Marker::Discuss,
            "readiness" => Marker::Readiness,
            "purpose" => Marker::Purpose,
            "responsibility" => Marker::Responsibility,
            "act" => Marker::Act,
            "courtesy" => Marker::Courtesy,
            "obligation" => Marker::Obligation,
            "report" => Marker::Report,
            "label" => Marker::Label,
            "pejorative" => Marker::Pejorative,
            "predicative" => Marker::Predicative,
            "copula" => Marker::Copula,
            "leader" => Marker::Leader,
            "joining" => Marker::Joining,
            "recognition" => Marker::Recognition,
            "classifier" => Marker::Classifier,
            "exercise" => Marker::Exercise,
            "offer" => Marker::Offer,
            "visit" => Marker::Visit,
            "response" => Marker::Response,
            "region" => Marker::Region,
            "patient" => Marker::Patient,
            "quantifier" => Marker::Quantifier,
            "since" => Marker::Since,
            "first" => Marker::First,
            "modal" => Marker::Modal,
            "authority" => Marker::Authority,
            "ministry" => Marker::Ministry,
            _ => return None,
        })
    }
}

/// Marker words of a language.
#[derive(Debug, Clone)]
pub struct Markers {
    words: HashMap<String, Vec<Marker>>,
    /// Markers of several words ("each other", "satu sama lain").
    phrases: PhraseMatcher<Marker>,
}

impl Markers {
    /// Loads `data/<lang>/markers.tsv`.
    pub fn load(lang: &str) -> Result<Markers> {
        let t = data::table(&format!("{lang}/markers.tsv"))?;
        let mut words: HashMap<String, Vec<Marker>> = HashMap::new();
        let mut phrases = PhraseMatcher::new(&[]);
        for row in &t.rows {
            let m = Marker::parse(row.get(1))
                .ok_or_else(|| t.error(row, format!("unknown role `{}`", row.get(1))))?;
            let word = row.get(0).to_lowercase();
            if word.contains(' ') || word.contains('-') {
                phrases.add(&word, CaseRule::Any, m);
            } else {
                words.entry(word).or_default().push(m);
            }
        }
        Ok(Markers { words, phrases })
    }

    /// The marker phrases of a sentence: (first token, one past the last, role).
    pub fn phrases_in(&self, view: &TokenView) -> Vec<(usize, usize, Marker)> {
        self.phrases.find(view).iter().map(|p| (p.first, p.last, *p.value)).collect()
    }

    /// True when `word` (lower case) has role `m`.
    pub fn is(&self, word: &str, m: Marker) -> bool {
        self.words.get(word).is_some_and(|v| v.contains(&m))
    }

    /// True when `word` is a grammatical marker (any role but the act
    /// nouns, pejoratives, ordinals and the like, which are content words).
    pub fn any(&self, word: &str) -> bool {
        // (Content words with a role are no grammar words.)
        self.words.get(word).is_some_and(|v| {
            v.iter().any(|&m| {
                !matches!(
                    m,
                    Marker::Act
                        | Marker::Pejorative
                        | Marker::Recognition
                        | Marker::Classifier
                        | Marker::Exercise
                        | Marker::Offer
                        | Marker::Visit
                        | Marker::First
                        | Marker::Since
                        | Marker::Authority
                        | Marker::Ministry
                )
            })
        })
    }
}

/// What a pronoun refers back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    /// One person.
    Person,
    /// A state, body or group of people.
    Group,
    /// Both sides of the last event.
    Pair(PairKind),
    /// The speaker of the quotation it stands in ("saya" in "“Saya ...,” kata Retno").
    Speaker,
    /// The speaker's state or body ("kami", "we").
    SpeakerGroup,
    /// "they"/"mereka": both sides of the last event as the subject of a
    /// reciprocal event, else the state or body named last.
    Plural,
    /// "the rebels", "militan": the armed group named last.
    Armed,
    /// "the three countries", "ketiga negara tersebut": the states of the
    /// last list of three or more.
    States,
    /// "the country", "negara itu": the state named last.
    State,
    /// "the bloc", "aliansi itu": the organization named last.
    Organization,
    /// "its neighbour", "tetangganya": the state named last that is not the
    /// state the sentence is about.
    Neighbour,
    /// "the statement", "pernyataan itu": whoever made the statement told
    /// last (the last speaker named with a verb of saying).
    Statement,
}

/// Which two actors a pair pronoun can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairKind {
    /// Any two ("both sides").
    Any,
    /// Two people ("both leaders").
    Person,
    /// Two states ("both countries").
    State,
}

/// What a mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One actor, by id.
    Actor(String),
    /// Both sides of the last event ("kedua pemimpin").
    Pair(PairKind),
    /// "they": both sides of the last event for a reciprocal event, else
    /// these actors (the list the sentence before opened with, or the state
    /// or body named last).
    Plural(Vec<String>),
    /// "saya"/"I" (or, with `group`, "kami"/"we"): the speaker, resolved
    /// once the sentence's verb of saying is known.
    Speaker {
        /// "we": the speaker's state.
        group: bool,
    },
}

/// How a mention was recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A name or alias from the knowledge base.
    Name,
    /// A capital or seat standing for a government.
    Metonym,
    /// A title, with or without a name.
    Title,
    /// A surname of a person named earlier in the article.
    Surname,
    /// A pronoun.
    Pronoun,
}

/// An actor mention in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token (index into the sentence's tokens).
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Who it is.
    pub target: Target,
    /// True when it names a place ("di Moskow"), not a participant.
    pub place: bool,
    /// How it was found.
    pub via: Via,
}

impl Mention {
    /// A participant mention of actor `id` over tokens `first..last`.
    pub fn of(first: usize, last: usize, id: String, via: Via) -> Mention {
        Mention { first, last, target: Target::Actor(id), place: false, via }
    }

    /// The actor id, unless it is a pair.
    pub fn actor(&self) -> Option<&str> {
        match &self.target {
            Target::Actor(id) => Some(id),
            Target::Pair(_) | Target::Plural(_) | Target::Speaker { .. } => None,
        }
    }

    /// The actor id when it is a state's (an ISO 3166 alpha-3 code).
    pub fn state_id(&self) -> Option<&str> {
        self.actor().filter(|a| a.len() == 3)
    }
}

#[derive(Debug, Clone, Copy)]
struct NameHit {
    /// Index into the knowledge base; `usize::MAX` for a phrase that names no
    /// actor ("Washington Post", "Amerika Latin"): it only hides its words.
    actor: usize,
    metonym: bool,
}

/// Most capitalized words a title's portfolio may add before the state the
/// title belongs to ("Menteri Unifikasi Korea Selatan", "Menteri Energi dan
/// Sumber Daya Mineral" is longer and stays unread).
const PORTFOLIO_WORDS: usize = 3;
const NO_ACTOR: usize = usize::MAX;

fn view_starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Finds actor mentions in one language.
#[derive(Debug, Clone)]
pub struct ActorFinder {
    lang: String,
    names: PhraseMatcher<NameHit>,
    titles: PhraseMatcher<String>,
    /// Titles of one state's office ("secretary of state for defence" → GBR), lower case.
    title_states: HashMap<String, String>,
    pronouns: PhraseMatcher<PronounKind>,
    non_names: HashSet<String>,
    /// Honorifics and ranks before a name, not part of it ("Jenderal", "Sheikh").
    honorifics: HashSet<String>,
    /// Words that make a run of capitalized words a body, place or event, not a person.
    name_heads: HashSet<String>,
    /// The longest word of each "the rebels"-like pronoun (lower case), to tell
    /// cheaply whether an article may need its first armed group.
    armed_words: Vec<String>,
    /// The language's marker words.
    pub markers: Markers,
    /// Prefixes and suffixes that together make a word a derived noun
    /// ("pemecatan", "kesepakatan"), never a name (`lang.tsv`: noun_prefixes,
    /// noun_suffixes; no prefixes: the suffix alone).
    noun_affixes: (Vec<String>, Vec<String>),
    /// Words of a name that is no body (`lang.tsv`: not_body_words, lower
    /// case): a name spelled out before its acronym with one of them is an
    /// event, place or weapon ("Konferensi Tingkat Tinggi (KTT)",
    /// "Exclusive Economic Zone (EEZ)", "Intercontinental Ballistic Missile (ICBM)").
    not_body_words: HashSet<String>,
    /// Lower-case words that may follow a name after a hyphen without being
    /// part of it: the clitics and `lang.tsv`'s not_name_tails ("Trump-era").
    not_name_tails: HashSet<String>,
}

/// Roles of an envoy to another state: "Duta Besar Rusia untuk Polandia
/// Sergey Andreev" names the host state inside the title.
const ENVOY_ROLES: &[&str] = &["ambassador", "envoy"];

/// Generational suffixes that may follow a person's name ("Lloyd J. Austin III").
pub const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// True for a name suffix, with or without its full stop ("Jr.", "III").
fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// How many words after a verb of saying a title phrase naming the speaker
/// may run before its comma ("kata Direktur Urusan AS di Kementerian Luar
/// Negeri Kuba Carlos Fernandez de Cossio,").
const ATTRIBUTION_SPAN: usize = 14;

/// Particles that may stand inside a person's name ("bin", "van der").
const NAME_PARTICLES: &[&str] =
    &["bin", "binti", "al", "el", "van", "der", "de", "von", "da", "di", "la", "le"];

/// A title's words in lower case without punctuation ("foreign commonwealth"),
/// to find a title phrase again whatever its tokens.
fn title_key(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `acronym` spells the initials of `words` in order: a word in
/// capitals ("UN") gives all its letters, a capitalized word its initial, a
/// lower-case word ("in", "of") its initial or nothing.
fn spells(words: &[&str], acronym: &str) -> bool {
    fn go(words: &[&str], acr: &[char]) -> bool {
        let Some((w, rest)) = words.split_first() else {
            return acr.is_empty();
        };
        let first = w.chars().next().unwrap_or(' ');
        if first.is_lowercase() {
            return go(rest, acr)
                || (acr.first() == first.to_uppercase().next().as_ref() && go(rest, &acr[1..]));
        }
        let caps: Vec<char> = w.chars().collect();
        if caps.len() > 1
            && caps.iter().all(|c| c.is_uppercase())
            && acr.starts_with(&caps)
            && go(rest, &acr[caps.len()..])
        {
            return true;
        }
        acr.first() == Some(&first) && go(rest, &acr[1..])
    }
    let acr: Vec<char> = acronym.chars().collect();
    go(words, &acr)
}

/// True when token `e` is a hyphen joining a name word to a short lower-case
/// syllable that continues it: a hyphened given name ("Song Young-moo",
/// "Kim Jong-un", "Yun Byung-se"), not one of `not_tails` (clitics,
/// "Jokowi-nya"; compound heads, "Trump-era").
fn hyphened_given_tail(view: &TokenView, e: usize, not_tails: &HashSet<String>) -> bool {
    e > 0
        && e + 1 < view.len()
        && view.low(e) == "-"
        && view.tokens[e].start == view.tokens[e - 1].end
        && view.tokens[e + 1].start == view.tokens[e].end
        && view.tokens[e + 1].kind == TokenKind::Word
        && {
            let w = view.word(e + 1);
            (2..=5).contains(&w.chars().count())
                && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                && !not_tails.contains(w)
                // (Not a reduplication, "Jauh-jauh", nor a compound, "People-to-people".)
                && w != view.low(e - 1)
                && !(e + 2 < view.len() && view.low(e + 2) == "-" && view.tokens[e + 2].start == view.tokens[e + 1].end)
        }
}

/// `text` with every hyphened Arabic article inside it set apart by a space:
/// "Jaish al-Adl" → "Jaish al Adl" (a name that starts with one keeps it:
/// "al-Shabab").
fn spaced_articles(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .enumerate()
        .map(|(k, w)| match w.split_once('-') {
            Some((article, rest)) if k > 0 && ARTICLES.contains(&article) && !rest.is_empty() => {
                format!("{article} {rest}")
            }
            _ => w.to_string(),
        })
        .collect();
    words.join(" ")
}

impl ActorFinder {
    /// Builds the finder for `lang` from the knowledge base and the language's data.
    pub fn new(lang: &str, kb: &KnowledgeBase) -> Result<ActorFinder> {
        let lang_meta = data::key_values(&data::table(&format!("{lang}/lang.tsv"))?);
        let clitics = data::list_value(&lang_meta, "clitics");
        let mut names = PhraseMatcher::new(&[]);
        for (i, a) in kb.actors.iter().enumerate() {
            let mut add = |text: &str, metonym: bool| {
                // "negara-negara Barat", "kelompok Kurdi", "the West": a name that starts
                // with a common word is found as written (not "the west of Ukraine");
                // name particles ("al-Assad", "von der Leyen") keep the name rule.
                let first_word = text.split([' ', '-']).next().unwrap_or("");
                let common_start = text.starts_with(char::is_lowercase)
                    && !NAME_PARTICLES.contains(&first_word)
                    && text.contains(' ');
                let case = if common_start {
                    CaseRule::Exact
                } else if text.chars().any(char::is_lowercase) || text.chars().count() > 5 {
                    CaseRule::Capitalized
                } else {
                    CaseRule::Exact
                };
                names.add(text, case, NameHit { actor: i, metonym });
                // "Jaish al-Adl" is also written "Jaish al Adl": an Arabic article
                // joined by a hyphen inside a name may stand apart.
                if text.contains(' ') {
                    let spaced = spaced_articles(text);
                    if spaced != text {
                        names.add(&spaced, case, NameHit { actor: i, metonym });
                    }
                }
            };
            add(&a.name, false);
            for al in &a.aliases {
                if al.lang.as_deref().is_none_or(|l| l == lang) {
                    add(&al.text, al.metonym);
                }
            }
        }
        if data::file("kb/non_actors.tsv").is_some() {
            let t = data::table("kb/non_actors.tsv")?;
            for row in &t.rows {
                if row.get(2).is_empty() || row.get(2) == lang {
                    let case =
                        if view_starts_lower(row.get(0)) { CaseRule::Any } else { CaseRule::Capitalized };
                    names.add(row.get(0), case, NameHit { actor: NO_ACTOR, metonym: false });
                }
            }
        }
        let mut titles = PhraseMatcher::new(&clitics);
        let t = data::table(&format!("{lang}/titles.tsv"))?;
        let mut title_states = HashMap::new();
        for row in &t.rows {
            titles.add(row.get(0), CaseRule::Any, row.get(1).to_string());
            if !row.get(2).is_empty() {
                title_states.insert(title_key(row.get(0)), row.get(2).to_string());
            }
        }
        let mut pronouns = PhraseMatcher::new(&[]);
        let mut armed_words = Vec::new();
        let t = data::table(&format!("{lang}/pronouns.tsv"))?;
        for row in &t.rows {
            if row.get(1) == "armed" {
                armed_words
                    .extend(row.get(0).split_whitespace().max_by_key(|w| w.len()).map(str::to_lowercase));
            }
            let kind = match row.get(1) {
                "person" => PronounKind::Person,
                "group" => PronounKind::Group,
                "state" => PronounKind::State,
                "organization" => PronounKind::Organization,
                "pair" => PronounKind::Pair(PairKind::Any),
                "pair_person" => PronounKind::Pair(PairKind::Person),
                "pair_state" => PronounKind::Pair(PairKind::State),
                "speaker" => PronounKind::Speaker,
                "speaker_group" => PronounKind::SpeakerGroup,
                "plural" => PronounKind::Plural,
                "armed" => PronounKind::Armed,
                "states" => PronounKind::States,
                "neighbour" => PronounKind::Neighbour,
                "statement" => PronounKind::Statement,
                other => return Err(t.error(row, format!("unknown pronoun kind `{other}`"))),
            };
            pronouns.add(row.get(0), CaseRule::Any, kind);
        }
        let non_names = word_set(&format!("{lang}/non_names.tsv"))?;
        let noun_affixes =
            (data::list_value(&lang_meta, "noun_prefixes"), data::list_value(&lang_meta, "noun_suffixes"));
        let name_heads = word_set(&format!("{lang}/name_heads.tsv"))?;
        let honorifics = word_set(&format!("{lang}/honorifics.tsv"))?;
        Ok(ActorFinder {
            lang: lang.to_string(),
            names,
            titles,
            title_states,
            pronouns,
            non_names,
            name_heads,
            honorifics,
            armed_words,
            markers: Markers::load(lang)?,
            noun_affixes,
            not_body_words: data::list_value(&lang_meta, "not_body_words").into_iter().collect(),
            not_name_tails: clitics
                .iter()
                .cloned()
                .chain(data::list_value(&lang_meta, "not_name_tails"))
                .collect(),
        })
    }

    /// The language code.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The author a title names: a person after "by"/"from"/"oleh"/"dari"
    /// ("Statement by President Biden on ...").
    pub fn author_in_title(&self, view: &TokenView, mentions: &[Mention]) -> Option<String> {
        mentions.iter().find_map(|m| {
            let id = m.actor()?;
            let marked = (m.first.saturating_sub(3)..m.first).any(|i| {
                self.markers.is(view.low(i), Marker::Agent) || self.markers.is(view.low(i), Marker::Source)
            });
            (id.starts_with("person:") && marked).then(|| id.to_string())
        })
    }

    /// True when the comma at `comma` closes a clause fronted by a
    /// subordinating word ("After meeting General Tchiani, the ECOWAS
    /// delegation visited ...", "Setelah bertemu Retno, delegasi ..."): the
    /// words after it start the main clause, they are no apposition.
    fn closes_fronted_clause(&self, view: &TokenView, comma: usize) -> bool {
        (0..comma)
            .rev()
            .take_while(|&i| !matches!(view.low(i), "," | ";"))
            .find(|&i| self.markers.is(view.low(i), Marker::Adverbial))
            .is_some_and(|i| i == 0 || view.tokens[i - 1].kind == TokenKind::Punct)
    }

    /// The known person whose name is the words `k..e` less their initials
    /// and name suffixes ("Lloyd J Austin III", "Lloyd J. Austin III": Lloyd
    /// Austin), when some were left out and two or more words remain.
    fn known_without_initials(
        &self,
        view: &TokenView,
        kb: &KnowledgeBase,
        k: usize,
        e: usize,
    ) -> Option<usize> {
        let words: Vec<&str> =
            (k..e).filter(|&g| view.tokens[g].kind == TokenKind::Word).map(|g| view.word(g)).collect();
        let kept: Vec<&str> =
            words.iter().copied().filter(|w| w.chars().count() > 1 && !is_name_suffix(w)).collect();
        if kept.len() < 2 || kept.len() == words.len() {
            return None;
        }
        let folded = fold_name(&kept.join(" "));
        kb.actors.iter().position(|a| a.kind == ActorKind::Person && fold_name(&a.name) == folded)
    }

    fn looks_like_name(&self, view: &TokenView, i: usize) -> bool {
        i < view.len()
            && view.tokens[i].kind == TokenKind::Word
            && view.is_capitalized(i)
            && view.word(i).chars().count() > 1
            && !self.non_names.contains(view.low(i))
            && !self.markers.any(view.low(i))
    }

    /// True when `word` (lower case) has the affixes of a derived noun
    /// ("pemecatan"): capitalized, it opens a sentence, it names no one.
    fn is_derived_noun(&self, word: &str) -> bool {
        let (prefixes, suffixes) = &self.noun_affixes;
        word.chars().count() >= 8
            && suffixes.iter().any(|x| word.ends_with(x.as_str()))
            && (prefixes.is_empty() || prefixes.iter().any(|x| word.starts_with(x.as_str())))
    }

    /// True when the words `first..end` name a ministry ("the foreign
    /// ministry", "kementerian itu").
    fn ministry_words(&self, view: &TokenView, first: usize, end: usize) -> bool {
        (first..end).any(|k| self.markers.is(view.low(k), Marker::Ministry))
    }

    /// An honorific or rank before the surname of a person named earlier in
    /// the article ("Dr Faisal", "Jenderal Prabowo"): the person and the end
    /// of the mention.
    fn honorific_surname(
        &self,
        view: &TokenView,
        free: &[bool],
        i: usize,
        doc: &ArticleActors,
    ) -> Option<(String, usize)> {
        if !self.is_honorific(view, i) {
            return None;
        }
        let k = if i + 1 < view.len() && view.low(i + 1) == "." { i + 2 } else { i + 1 };
        (k < view.len() && free[k] && self.looks_like_name(view, k))
            .then(|| doc.surnames.get(&fold_name(view.low(k))).cloned())
            .flatten()
            .map(|id| (id, k + 1))
    }

    /// True when token `i` is an honorific or a rank ("Jenderal", "Gen.", "Dato").
    fn is_honorific(&self, view: &TokenView, i: usize) -> bool {
        self.honorifics.contains(view.low(i))
    }

    /// A person the knowledge base lacks, named without a title ("Gilad Erdan
    /// menulis surat", "kata Jeyhun Bayramov", "met with Melanie Joly"): two to
    /// four capitalized words no other rule took, none of them a word that
    /// makes a body or a place ("Human Rights Watch"), where a participant
    /// stands: opening a clause before a lower-case verb or a comma, or after
    /// a verb of saying or a "with"/"by"/"and" marker. Not in a title-case
    /// headline. Returns the end of the name.
    fn untitled_person(&self, view: &TokenView, free: &[bool], i: usize, title_case: bool) -> Option<usize> {
        if title_case {
            return None;
        }
        let n = view.len();
        let plain = |k: usize| {
            let w = view.word(k);
            free[k]
                && self.looks_like_name(view, k)
                && w.chars().all(char::is_alphabetic)
                && w.chars().skip(1).any(char::is_lowercase)
                && !self.name_heads.contains(view.low(k))
                && !self.is_derived_noun(view.low(k))
        };
        let mut end = i;
        while end < n && end - i < 4 {
            if plain(end) {
                end += 1;
            } else if end > i && hyphened_given_tail(view, end, &self.not_name_tails) {
                end += 2;
            } else if end > i
                && end + 2 < n
                && NAME_PARTICLES.contains(&view.low(end))
                && view.low(end + 1) == "-"
                && view.joins_neighbours(end + 1)
                && plain(end + 2)
            {
                // "Majdi al-Khalidi"
                end += 3;
            } else {
                break;
            }
        }
        // A head word right after the run ("Kofi Annan Foundation") makes it a body.
        if end - i < 2 || (end < n && self.name_heads.contains(view.low(end)) && view.is_capitalized(end)) {
            return None;
        }
        let opens = i == 0 || matches!(view.low(i - 1), "," | "\"" | "“" | "(" | ";" | ":");
        let marked = i > 0
            && [Marker::Speech, Marker::With, Marker::Target, Marker::Agent, Marker::And]
                .iter()
                .any(|&m| self.markers.is(view.low(i - 1), m));
        let next_ok = end == n
            || view.low(end) == ","
            || (view.tokens[end].kind == TokenKind::Word
                && !view.is_capitalized(end)
                && !self.markers.is(view.low(end), Marker::Connector));
        ((opens && end < n && (view.low(end) == "," || next_ok && view.tokens[end].kind == TokenKind::Word))
            || (marked && next_ok || marked && end < n && view.tokens[end].kind == TokenKind::Punct))
            .then_some(end)
    }

    /// "The UN Support Mission in Libya (UNSMIL)", "the Stability Support
    /// Apparatus (SSA)": a body the knowledge base lacks, named in full with
    /// its acronym in brackets, where the acronym spells the initials of the
    /// capitalized words before it (a word in capitals gives all its letters;
    /// a lower-case word may give its initial or none). It replaces the
    /// mentions inside the name, and the acronym names it again after.
    fn spelled_out_bodies(&self, view: &TokenView, doc: &mut ArticleActors, out: &mut Vec<Mention>) {
        let n = view.len();
        for close in 3..n {
            let open = close - 2;
            if view.low(close) != ")" || view.low(open) != "(" {
                continue;
            }
            let acronym = view.word(open + 1);
            let letters = acronym.chars().count();
            if !(2..=8).contains(&letters)
                || !acronym.chars().all(|c| c.is_ascii_uppercase())
                || doc.acronyms.contains_key(acronym)
                // (An acronym the knowledge base knows: "(RSF)".)
                || out.iter().any(|m| m.first <= open + 1 && open + 1 < m.last)
            {
                continue;
            }
            // The words before the bracket, back to the first that starts the acronym.
            let lo = open.saturating_sub(10);
            let words: Vec<&str> = (lo..open).map(|k| view.word(k)).collect();
            let mut start = None;
            let mut b = open;
            while b > lo {
                b -= 1;
                if view.tokens[b].kind != TokenKind::Word {
                    break;
                }
                if view.is_capitalized(b) && spells(&words[b - lo..], acronym) {
                    start = Some(b);
                }
                if !view.is_capitalized(b) && view.word(b).chars().count() > 3 {
                    break;
                }
            }
            let Some(start) = start else { continue };
            if (start..open).any(|k| self.not_body_words.contains(view.low(k))) {
                continue;
            }
            // (Not a name the knowledge base has: "Rapid Support Forces (RSF)".)
            if out.iter().any(|m| m.first == start && m.last == open && !m.place) {
                continue;
            }
            let name = view.text[view.tokens[start].start..view.tokens[open - 1].end].to_string();
            let id = doc.note_new_organization(&name, None, Some(acronym));
            doc.acronyms.insert(acronym.to_string(), id.clone());
            out.retain(|m| m.last <= start || m.first > close);
            out.push(Mention::of(start, close + 1, id, Via::Name));
        }
    }

    /// True when the text may hold a "the rebels"-like pronoun (a cheap test on
    /// its words, so that most articles skip the search for a first armed group).
    pub fn may_refer_to_armed(&self, text: &str) -> bool {
        let folded = text.to_lowercase();
        self.armed_words.iter().any(|w| folded.contains(w.as_str()))
    }

    /// The known actors a stretch of text names, in order (by name alone,
    /// before any resolution).
    fn known_named<'k>(&self, view: &TokenView, kb: &'k KnowledgeBase) -> Vec<&'k KnownActor> {
        self.names
            .find(view)
            .into_iter()
            .filter(|m| m.value.actor != NO_ACTOR)
            .map(|m| &kb.actors[m.value.actor])
            .collect()
    }

    /// The first armed group (a `group` of the knowledge base) a sentence names.
    pub fn first_armed_group(&self, view: &TokenView, kb: &KnowledgeBase) -> Option<String> {
        self.known_named(view, kb).into_iter().find(|a| a.kind == ActorKind::Group).map(|a| a.id.clone())
    }

    /// The states (of the knowledge base) a stretch of text names, in order.
    fn states_named(&self, view: &TokenView, kb: &KnowledgeBase) -> Vec<String> {
        self.known_named(view, kb)
            .into_iter()
            .filter(|a| a.kind == ActorKind::State)
            .map(|a| a.id.clone())
            .collect()
    }

    /// Every actor mention of one sentence, in order; updates the article's
    /// discourse state (who was named last, surnames) and actor registry.
    /// `times` are the byte spans of the sentence's time expressions: a date
    /// is no place ("In January, Colombia recalled ..."). `headline` says the
    /// sentence is the article's title line.
    pub fn find(
        &self,
        view: &TokenView,
        kb: &KnowledgeBase,
        anchor: Option<NaiveDate>,
        times: &[std::ops::Range<usize>],
        headline: bool,
        doc: &mut ArticleActors,
    ) -> Vec<Mention> {
        #[derive(Clone, Copy)]
        enum Cover<'m> {
            None,
            Name(&'m NameHit, usize),
            Title(usize),
            Pronoun(PronounKind, usize),
        }
        let n = view.len();
        // (The state named first before this sentence: what an author's "we" may stand for.)
        let first_state_before = doc.first_state.clone();
        let mut cover = vec![Cover::None; n];
        let mut name_hits = self.names.find(view);
        // Phrases that name no actor hide their words from titles and names.
        let hidden: Vec<(usize, usize)> =
            name_hits.iter().filter(|m| m.value.actor == NO_ACTOR).map(|m| (m.first, m.last)).collect();
        name_hits.retain(|m| m.value.actor != NO_ACTOR);
        // A name that starts with a common word ("the West") is only part of a
        // longer name when a capitalized word follows ("the West African state").
        name_hits.retain(|m| {
            !(view.word(m.first).starts_with(char::is_lowercase)
                && !NAME_PARTICLES.contains(&view.low(m.first))
                && m.last < n
                && view.tokens[m.last].kind == TokenKind::Word
                && view.is_capitalized(m.last))
        });
        for m in &name_hits {
            for c in cover.iter_mut().take(m.last).skip(m.first) {
                *c = Cover::Name(m.value, m.last);
            }
        }
        for m in self.pronouns.find(view) {
            // "the leaders of the world" are not the two leaders last named.
            // (Nor is "the government of Sudan" the state named last.)
            let restricted = matches!(m.value, PronounKind::Pair(_) | PronounKind::State | PronounKind::Organization)
                    && m.last < view.tokens.len()
                    && self.markers.is(view.low(m.last), Marker::Genitive)
                    // ("accused the bloc of failing them": "of" before a gerund says what of.)
                    && !(m.last + 1 < view.tokens.len() && view.low(m.last + 1).ends_with("ing"));
            // ("beranggotakan 15 negara itu", "the 27 countries": a counted noun
            // is a set named just before, not the state named last.)
            let counted = matches!(m.value, PronounKind::State | PronounKind::Organization)
                && m.first > 0
                && view.tokens[m.first - 1].kind == TokenKind::Number;
            if !restricted && !counted && (m.first..m.last).all(|i| matches!(cover[i], Cover::None)) {
                for c in cover.iter_mut().take(m.last).skip(m.first) {
                    *c = Cover::Pronoun(*m.value, m.last);
                }
            }
        }
        // Titles on the words names left: at each word the longest title that
        // fits ("Kanselir Jerman" gives way to "Kanselir" + the name "Jerman").
        let mut title_hits = Vec::new();
        let mut t = 0;
        while t < n {
            let best = self
                .titles
                .matches_at(view, t)
                .into_iter()
                .filter(|m| (m.first..m.last).all(|x| matches!(cover[x], Cover::None)))
                .filter(|m| !hidden.iter().any(|&(a, b)| m.first < b && a < m.last))
                .max_by_key(|m| (m.last, m.words));
            match best {
                Some(m) => {
                    t = m.last;
                    title_hits.push(m);
                }
                None => t += 1,
            }
        }
        let mut title_role: HashMap<usize, (&str, String)> = HashMap::new();
        for m in &title_hits {
            if (m.first..m.last).all(|i| matches!(cover[i], Cover::None)) {
                for c in cover.iter_mut().take(m.last).skip(m.first) {
                    *c = Cover::Title(m.last);
                }
                title_role.insert(
                    m.first,
                    (m.value.as_str(), (m.first..m.last).map(|t| view.low(t)).collect::<Vec<_>>().join(" ")),
                );
            }
        }
        let is_org = |h: &NameHit| kb.actors[h.actor].kind != ActorKind::Person;
        // A place: after a location word ("di Moskow"), or in apposition to a
        // place right after one ("di Istanbul, Turki", "in Kyiv, Ukraine").
        // "Authorities in Niger accused ...", "discussed the situation with
        // counterparts in Sweden": after a noun of rulers or officials, "in"
        // names whose they are, not a place.
        let rulers_of = |i: usize| i >= 2 && self.markers.is(view.low(i - 2), Marker::Authority);
        let is_location_before = |i: usize| {
            (i > 0 && self.markers.is(view.low(i - 1), Marker::Location) && !rulers_of(i))
                // "di Kompleks Istana Kepresidenan": a capitalized place word between.
                || (i > 1 && view.is_capitalized(i - 1) && self.markers.is(view.low(i - 2), Marker::Location))
                || (i >= 3
                    && view.low(i - 1) == ","
                    && view.is_capitalized(i - 2)
                    && !times.iter().any(|t| t.contains(&view.tokens[i - 2].start))
                    && (i.saturating_sub(5)..i - 2).any(|k| self.markers.is(view.low(k), Marker::Location)))
        };

        // A dateline ("JAKARTA -", "BEIJING/MANILA –", "WASHINGTON:", "CARACAS,
        // Oct. 24 (Xinhua) --", "Addis Ababa (ANTARA) -") names where the report
        // was filed, not a participant: the token its dash stands at.
        let dateline_end = {
            let caps = |k: usize| {
                let w = view.word(k);
                view.tokens[k].kind == TokenKind::Word
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
            };
            // ("Addis Ababa (ANTARA) -": a capitalized place with its agency in brackets.)
            let agency = (1..n.min(5))
                .any(|k| view.low(k) == "(" && k + 2 < n && caps(k + 1) && view.low(k + 2) == ")");
            // (Not the hyphen inside a word: "RSF mengambil alih Kota Al-Fashir".)
            (n > 2 && (caps(0) || view.is_capitalized(0) && agency))
                .then(|| {
                    (1..n.min(16)).find(|&k| {
                        matches!(view.low(k), "-" | "–" | "—" | "--" | ":") && !view.joins_neighbours(k)
                    })
                })
                .flatten()
        };
        // A mention inside the dateline; a state the sentence names as a
        // participant, outside it.
        let in_dateline = |m: &Mention| dateline_end.is_some_and(|d| m.last <= d);
        let sentence_state = |m: &Mention| !m.place && m.state_id().is_some() && !in_dateline(m);
        let mut out = Vec::new();
        let mut i = 0;
        // A title-case headline capitalizes its verbs too: most words that are
        // neither names nor titles nor grammar words are capitalized. (The
        // first word does not count: every sentence capitalizes it.)
        let plain: Vec<usize> = (1..n)
            .filter(|&k| {
                view.tokens[k].kind == TokenKind::Word
                    && matches!(cover[k], Cover::None)
                    && !self.markers.any(view.low(k))
            })
            .collect();
        // (A title line with one such word capitalized is one too: "British Prime
        // Minister Speaks to President of France".)
        let title_case = view.title_case(&plain)
            || headline && !plain.is_empty() && plain.iter().all(|&k| view.is_capitalized(k));
        // Words no name, title or hidden phrase took: where an untitled name may stand.
        let free: Vec<bool> = (0..n)
            .map(|k| matches!(cover[k], Cover::None) && !hidden.iter().any(|&(a, b)| a <= k && k < b))
            .collect();
        while i < n {
            // A title phrase: titles, states/bodies and connectors, with at least one title.
            let mut j = i;
            let mut roles: Vec<&str> = Vec::new();
            let mut title_words: Vec<String> = Vec::new();
            let mut affiliation: Option<String> = None;
            // The state of a title that names one state's office only.
            let mut implied: Option<String> = None;
            let mut has_title = false;
            loop {
                if j >= n {
                    break;
                }
                match cover[j] {
                    Cover::Title(end) => {
                        has_title = true;
                        if let Some((r, words)) = title_role.get(&j) {
                            roles.push(r);
                            title_words.push(words.clone());
                            if let Some(st) = self.title_states.get(&title_key(words)) {
                                implied = Some(st.clone());
                            }
                        }
                        j = end;
                    }
                    Cover::Name(h, end) if is_org(h) && (j > i || !is_location_before(j)) => {
                        affiliation = Some(kb.actors[h.actor].id.clone());
                        if h.metonym {
                            doc.note_seat(kb, &kb.actors[h.actor], view, j, end);
                        }
                        j = end;
                    }
                    // "Utusan khusus PBB untuk Myanmar Julie Bishop", "UN special envoy
                    // for Syria Geir Pedersen": the state a title is for is part of
                    // the title, not the office's affiliation.
                    // (Not a state's title: "the Israeli ambassador to Brazil" names
                    // the host state too.)
                    _ if has_title
                        && self.markers.is(view.low(j), Marker::Target)
                        && (affiliation.as_deref().is_none_or(|a| a.starts_with("org:"))
                            || roles.last().is_some_and(|r| ENVOY_ROLES.contains(r))) =>
                    {
                        let k = if j + 1 < n && self.markers.is(view.low(j + 1), Marker::Determiner) {
                            j + 2
                        } else {
                            j + 1
                        };
                        // (Only before the holder's name: "troops to M23 rebels" is no title.)
                        let named_after = |e: usize| {
                            e < n
                                && view.is_capitalized(e)
                                && match cover[e] {
                                    Cover::None => self.looks_like_name(view, e),
                                    Cover::Name(h, _) => !is_org(h),
                                    _ => false,
                                }
                        };
                        match cover.get(k) {
                            Some(Cover::Name(h, end)) if is_org(h) && named_after(*end) => j = *end,
                            _ => break,
                        }
                    }
                    // "Menteri Unifikasi Korea Selatan Kwon Yung Se": capitalized words
                    // between a title and its state, before a name, are the portfolio.
                    _ if j > i
                        && matches!(cover[j - 1], Cover::Title(_))
                        && self.looks_like_name(view, j) =>
                    {
                        let e = (j..n.min(j + PORTFOLIO_WORDS + 1))
                            .find(|&e| !(matches!(cover[e], Cover::None) && self.looks_like_name(view, e)))
                            .unwrap_or(n);
                        match cover.get(e) {
                            Some(&Cover::Name(h, end))
                                if e > j && is_org(h) && end < n && view.is_capitalized(end) =>
                            {
                                j = e
                            }
                            _ => break,
                        }
                    }
                    // "Perdana Menteri (PM) Israel Benjamin Netanyahu", "Presiden Amerika
                    // Serikat (AS) Joe Biden": an abbreviation in brackets inside the phrase.
                    _ if j > i
                        && view.low(j) == "("
                        && j + 3 < n
                        && view.low(j + 2) == ")"
                        && view.is_capitalized(j + 1)
                        && view.word(j + 1).chars().count() <= 6
                        && (!matches!(cover[j + 3], Cover::None) || self.looks_like_name(view, j + 3)) =>
                    {
                        j += 3
                    }
                    _ if j > i
                        && (self.markers.is(view.low(j), Marker::Connector)
                            || view.low(j) == "'"
                            || (view.low(j) == "s" && j > 0 && view.low(j - 1) == "'")) =>
                    {
                        j += 1
                    }
                    _ => break,
                }
            }
            // Do not end on connectors (but keep a bracketed abbreviation whole).
            while j > i
                && matches!(cover[j - 1], Cover::None)
                && !(view.low(j - 1) == ")" && j >= i + 3 && view.low(j - 3) == "(")
            {
                j -= 1;
            }
            // ("the Secretary of State for Defence": Britain's, when no state is named.)
            if affiliation.is_none() {
                affiliation = implied;
            }
            if has_title && j > i {
                // A name after the title phrase (a comma may stand between, before a known name).
                let mut k = j;
                // (Not a known person of another state: "Bersama dengan Perwakilan
                // Menlu Qatar, Retno ..." lists two people.)
                if k < n
                    && view.low(k) == ","
                    && matches!(cover.get(k + 1), Some(Cover::Name(h, _)) if !is_org(h)
                    && affiliation.as_deref().is_none_or(|a| {
                        kb.actors[h.actor].country.as_deref().is_none_or(|c| c == a)
                    }))
                {
                    k += 1;
                }
                let role = roles.last().copied().unwrap_or("");
                // "Militer Sudan Mengaku ...": a body's title with its state is that state.
                if let (true, Some(a)) = (kb.is_body_role(role), affiliation.as_ref()) {
                    if let Some(idx) = kb.index_of(a) {
                        doc.note_known(kb, idx, view, i, j, anchor);
                    }
                    doc.last_group = Some(a.clone());
                    out.push(Mention::of(i, j, a.clone(), Via::Title));
                    i = j;
                    continue;
                }
                // "Perdana Menteri Solomon, Manasseh Sogavare": a name of two
                // words or more set off by a comma after a title that names its state.
                let comma_name = k == j
                    && k + 3 < n
                    && view.low(k) == ","
                    && affiliation.is_some()
                    && (k + 1..k + 3)
                        .all(|e| self.looks_like_name(view, e) && matches!(cover[e], Cover::None));
                if comma_name {
                    k += 1;
                }
                match cover.get(k) {
                    Some(Cover::Name(h, end)) if !is_org(h) => {
                        let id = kb.actors[h.actor].id.clone();
                        doc.note_known(kb, h.actor, view, k, *end, anchor);
                        doc.note_role(&id, role, affiliation.as_deref());
                        doc.note_titles(&title_words, &id);
                        out.push(Mention::of(i, *end, id, Via::Title));
                        i = *end;
                        continue;
                    }
                    // In a title-case headline ("Presiden Venezuela Geram", "Duta Besarnya
                    // Disiram Cat") the word after a title is only a name when the title
                    // names the office's state and no one holds it on the article date.
                    // (Not after a body's title: "pemerintah Kosovar" names no person.)
                    _ if self.looks_like_name(view, k)
                        && (k == j || comma_name)
                        && !kb.is_body_role(role)
                        && !(title_case
                            && affiliation
                                .as_deref()
                                .is_none_or(|a| kb.holder(role, a, anchor).is_some())) =>
                    {
                        let mut e = k + 1;
                        while e < n && e - k < 6 {
                            // An initial ("J.", or "J" printed without its full stop
                            // inside a name: "Lloyd J Austin III") or a particle before a
                            // name ("bin Salman").
                            let letter = view.word(e).chars().count() == 1 && view.is_capitalized(e);
                            let initial = letter && e + 1 < n && view.low(e + 1) == ".";
                            let bare_initial = letter && e > k && self.looks_like_name(view, e + 1);
                            // (Not a word of this language's grammar: Indonesian "di" is "in".)
                            let particle = NAME_PARTICLES.contains(&view.low(e))
                                && !self.markers.any(view.low(e))
                                && self.looks_like_name(view, e + 1);
                            if self.looks_like_name(view, e) && matches!(cover[e], Cover::None) {
                                e += 1;
                            } else if view.low(e) == "-"
                                && e > k
                                && view.tokens[e].start == view.tokens[e - 1].end
                                && self.looks_like_name(view, e + 1)
                            {
                                // "Al-Zoubaidi", "Jean-Yves"
                                e += 2;
                            } else if bare_initial {
                                e += 1;
                            } else if initial
                                || particle
                                || (e > k && hyphened_given_tail(view, e, &self.not_name_tails))
                            {
                                // (A hyphened given name: "Song Young-moo".)
                                e += 2;
                            } else if NAME_PARTICLES.contains(&view.low(e))
                                && e + 2 < n
                                && view.low(e + 1) == "-"
                                && self.looks_like_name(view, e + 2)
                            {
                                // "el-Sissi", "al-Assad"
                                e += 3;
                            } else {
                                break;
                            }
                        }
                        // Given names and initials before a known surname: "Antony J. Blinken".
                        if let Some(Cover::Name(h, end)) = cover.get(e).copied() {
                            // (Checked when only a surname was matched.)
                            let given_fit = end > e + 1
                                || (k..e).all(|g| {
                                    view.tokens[g].kind != TokenKind::Word
                                        || self.is_honorific(view, g)
                                        || kb.actors[h.actor].admits_given_name(view.word(g))
                                });
                            if !is_org(h) && given_fit {
                                let id = kb.actors[h.actor].id.clone();
                                doc.note_known(kb, h.actor, view, k, end, anchor);
                                doc.note_role(&id, role, affiliation.as_deref());
                                doc.note_titles(&title_words, &id);
                                out.push(Mention::of(i, end, id, Via::Title));
                                i = end;
                                continue;
                            }
                            // "Prime Minister Junichiro Koizumi": another person of a known surname.
                            if kb.actors[h.actor].kind == ActorKind::Person && !given_fit {
                                let name =
                                    view.text[view.tokens[k].start..view.tokens[end - 1].end].to_string();
                                let id = doc.note_titled_person(
                                    kb,
                                    &name,
                                    role,
                                    affiliation.as_deref(),
                                    &title_words,
                                );
                                out.push(Mention::of(i, end, id, Via::Title));
                                i = end;
                                continue;
                            }
                        }
                        while e > k + 1 && view.low(e - 1) == "." {
                            e -= 2;
                        }
                        // A known surname alone.
                        let surname = (e == k + 1)
                            .then(|| doc.surnames.get(&fold_name(view.low(k))).cloned())
                            .flatten();
                        // ("Panglima TNI Jenderal Gatot Nurmantyo": the rank is not part of the name.)
                        let mut k = k;
                        while k + 1 < e && self.is_honorific(view, k) {
                            k += if k + 2 < e && view.low(k + 1) == "." { 2 } else { 1 };
                        }
                        // "Foreign Minister Bilawal Bhutto Zardari ... Foreign Minister Bhutto
                        // Zardari": the last words of a name told before, ending in its surname.
                        if let Some(id) = surname.or_else(|| doc.name_tail(view, k, e)) {
                            doc.note_role(&id, role, affiliation.as_deref());
                            doc.note_titles(&title_words, &id);
                            doc.last_person = Some(id.clone());
                            out.push(Mention::of(i, e, id, Via::Surname));
                            i = e;
                            continue;
                        }
                        // "Lloyd J Austin III": a known person's name with initials or a
                        // suffix written in.
                        if let Some(h) = self.known_without_initials(view, kb, k, e) {
                            let id = kb.actors[h].id.clone();
                            doc.note_known(kb, h, view, k, e, anchor);
                            doc.note_role(&id, role, affiliation.as_deref());
                            doc.note_titles(&title_words, &id);
                            out.push(Mention::of(i, e, id, Via::Title));
                            i = e;
                            continue;
                        }
                        let name = view.text[view.tokens[k].start..view.tokens[e - 1].end].to_string();
                        let id =
                            doc.note_titled_person(kb, &name, role, affiliation.as_deref(), &title_words);
                        out.push(Mention::of(i, e, id, Via::Title));
                        i = e;
                        continue;
                    }
                    _ => {}
                }
                // A title in apposition after a person describes them: "Matthew Miller, State Department spokesman,".
                // ("Wendy Sherman, deputy secretary of state,": lower-case words may
                // precede the title; they make it another office, so it is not noted.)
                // ("Lim Soo-suk, the spokesperson of Seoul's foreign ministry,": an article may open it.)
                let bare =
                    if i > 0 && self.markers.is(view.low(i - 1), Marker::Determiner) { i - 1 } else { i };
                let mut lead = bare;
                while lead > 0
                    && bare - lead < 3
                    && view.tokens[lead - 1].kind == TokenKind::Word
                    && !view.is_capitalized(lead - 1)
                    && matches!(cover[lead - 1], Cover::None)
                    && !self.markers.any(view.low(lead - 1))
                {
                    lead -= 1;
                }
                if lead >= 2 && view.low(lead - 1) == "," && !self.closes_fronted_clause(view, lead - 1) {
                    // ("Menlu Pakistan, Menlu Arab Saudi, dan Menlu Turki": a titled
                    // person of one state is no apposition of another state's title.)
                    let other_state = |m: &Mention| {
                        m.via == Via::Title
                            && m.actor()
                                .and_then(|p| kb.get(p))
                                .and_then(|x| x.country.as_deref())
                                .is_some_and(|c| {
                                    affiliation.as_deref().is_some_and(|a| {
                                        kb.get(a).is_some_and(|s| s.kind == ActorKind::State) && a != c
                                    })
                                })
                    };
                    if let Some(prev) = out.last().filter(|m| m.last + 1 == lead && !other_state(m)) {
                        if let Some(p) = prev.actor().filter(|a| a.starts_with("person:")).map(str::to_string)
                        {
                            if lead == bare {
                                // (The state it names is the one "the ministry" refers to after.)
                                if let Some(a) = affiliation
                                    .as_deref()
                                    .filter(|a| kb.get(a).is_some_and(|x| x.kind == ActorKind::State))
                                {
                                    doc.note_recent_state(a);
                                }
                                doc.note_role(&p, role, affiliation.as_deref());
                                doc.note_titles(&title_words, &p);
                            }
                            i = j;
                            continue;
                        }
                    }
                }
                // A name in apposition before the title: "Wendy Sherman, deputy secretary of state,".
                // Lower-case words may precede the title ("deputy secretary of state").
                let mut c = i;
                while c > 0
                    && i - c < 3
                    && view.tokens[c - 1].kind == TokenKind::Word
                    && !view.is_capitalized(c - 1)
                {
                    c -= 1;
                }
                if c >= 3
                    && view.low(c - 1) == ","
                    && matches!(cover[c - 2], Cover::None)
                    && !self.closes_fronted_clause(view, c - 1)
                {
                    let mut b = c - 1;
                    while b > 0
                        && c - 1 - b < 3
                        && matches!(cover[b - 1], Cover::None)
                        && self.looks_like_name(view, b - 1)
                    {
                        b -= 1;
                    }
                    let before_ok =
                        b == 0 || !view.is_capitalized(b - 1) || view.tokens[b - 1].kind == TokenKind::Punct;
                    if c - 1 - b >= 2 && before_ok && !out.iter().any(|m| m.last > b) {
                        let name = view.text[view.tokens[b].start..view.tokens[c - 2].end].to_string();
                        let id =
                            doc.note_titled_person(kb, &name, role, affiliation.as_deref(), &title_words);
                        out.push(Mention::of(b, j, id, Via::Title));
                        i = j;
                        continue;
                    }
                }
                // No name: the role's holder on the article date, else the body the
                // title names; a bare title ("the Secretary") is the person last
                // named with it in this article.
                // The person this article already named with these title words
                // ("ajudan Kremlin Yuri Ushakov" ... "menurut ajudan Kremlin").
                // ("Colombia recalled its ambassador": not the Argentine ambassador
                // named before; "its" is the state the sentence is about.)
                // ("bertemu sejumlah menlu", "met several ministers": unnamed office-holders.)
                if affiliation.is_none() && i > 0 && self.markers.is(view.low(i - 1), Marker::Quantifier) {
                    i = j;
                    continue;
                }
                let owner = (i > 0 && self.markers.is(view.low(i - 1), Marker::Possessive))
                    .then(|| {
                        out.iter()
                            .find(|m| sentence_state(m))
                            .and_then(|m| m.state_id().map(str::to_string))
                            .or_else(|| doc.subject_state.clone())
                    })
                    .flatten();
                // ("the Secretary of State for Defence ..." then "The Defence Secretary": the
                // person named with the same head word and role.)
                let holds_role =
                    |p: &String| doc.actors.get(p).is_some_and(|x| x.roles.iter().any(|r| r.role == role));
                let by_head = || {
                    title_words.iter().rev().find_map(|w| {
                        [w.split_whitespace().last(), w.split_whitespace().next()]
                            .into_iter()
                            .flatten()
                            .find_map(|h| doc.titled.get(h).filter(|p| holds_role(p)).cloned())
                    })
                };
                let named = title_words
                    .iter()
                    .rev()
                    .find_map(|w| doc.titled.get(w).cloned())
                    .or_else(by_head)
                    .filter(|p| {
                        let of = |a: &str| {
                            doc.actors
                                .get(p)
                                .is_some_and(|x| x.roles.iter().any(|r| r.of.as_deref() == Some(a)))
                        };
                        affiliation.as_deref().is_none_or(of) && owner.as_deref().is_none_or(of)
                    });
                // "The Prime Minister": a capitalized title with "the" and no name
                // is an office's holder in the language that writes them so.
                let definite_capitalized = view.is_capitalized(i) && i > 0 && view.low(i - 1) == "the";
                // (The states of the whole article, read once, when first needed.)
                if definite_capitalized && doc.home.is_none() && doc.named_states.is_none() {
                    let whole = TokenView::new(view.text, 0, view.text.len());
                    let mut states: Vec<String> = Vec::new();
                    for id in self.states_named(&whole, kb) {
                        if !states.contains(&id) {
                            states.push(id);
                        }
                    }
                    doc.named_states = Some(states);
                }
                let holder = match (named, affiliation.as_deref().or(owner.as_deref())) {
                    (Some(p), _) => Some(p),
                    (None, Some(a)) => kb
                        .holder(role, a, anchor)
                        .map(str::to_string)
                        .or_else(|| doc.named_holder(kb.stands_for(role), Some(a))),
                    // "The Secretary-General condemns ..." after "UN leader Ban Ki-moon":
                    // the one person named in this article who holds the role anywhere.
                    // (Not a generic title: "the leaders of the world".)
                    // "The Prime Minister spoke with ..." in a readout of the
                    // government whose seat the article named ("A No.10 spokesperson
                    // said"): else that state's holder of the role.
                    (None, None) => kb
                        .stands_for(role)
                        .next()
                        .is_none()
                        .then(|| doc.named_holder(std::iter::once(role), None))
                        .flatten()
                        .or_else(|| {
                            doc.home
                                .as_deref()
                                .filter(|_| view.is_capitalized(i))
                                .and_then(|h| kb.holder(role, h, anchor))
                                .map(str::to_string)
                        })
                        .or_else(|| {
                            // ("The Prime Minister spoke to the President of the United
                            // States ... the UK remains America's closest ally".)
                            let mut holders = doc
                                .named_states
                                .iter()
                                .flatten()
                                .filter(|_| doc.home.is_none() && anchor.is_some() && definite_capitalized)
                                .filter_map(|s| kb.holder(role, s, anchor));
                            let first = holders.next()?;
                            holders.next().is_none().then(|| first.to_string())
                        }),
                };
                if let (Some(p), Some(_)) = (&holder, &affiliation) {
                    if doc.actors.contains_key(p) {
                        doc.last_person = Some(p.clone());
                        out.push(Mention::of(i, j, p.clone(), Via::Title));
                        i = j;
                        continue;
                    }
                }
                if let (Some(p), None) = (&holder, &affiliation) {
                    if !doc.actors.contains_key(p) {
                        if let Some(idx) = kb.index_of(p) {
                            doc.note_known(kb, idx, view, i, j, anchor);
                        }
                    }
                    doc.last_person = Some(p.clone());
                    out.push(Mention::of(i, j, p.clone(), Via::Title));
                    i = j;
                    continue;
                }
                let holder = holder.as_deref();
                if let Some(p) = holder {
                    let idx = kb.index_of(p);
                    if let Some(idx) = idx {
                        doc.note_known(kb, idx, view, i, j, anchor);
                        doc.note_titles(&title_words, p);
                        doc.last_person = Some(p.to_string());
                        out.push(Mention::of(i, j, p.to_string(), Via::Title));
                    }
                } else if let Some(a) = affiliation {
                    if let Some(idx) = kb.index_of(&a) {
                        doc.note_known(kb, idx, view, i, j, anchor);
                    }
                    doc.last_group = Some(a.clone());
                    out.push(Mention::of(i, j, a, Via::Title));
                } else if definite_capitalized && OFFICES.contains(&role) {
                    // "The Prime Minister spoke to ..." with no name anywhere: the
                    // office's holder, unnamed, is the actor ("Prime Minister").
                    let title = view.text[view.tokens[i].start..view.tokens[j - 1].end].to_string();
                    let id = doc.note_unnamed_holder(&title, role, &title_words);
                    out.push(Mention::of(i, j, id, Via::Title));
                }
                i = j;
                continue;
            }
            match cover[i] {
                Cover::Name(h, end) => {
                    let a = &kb.actors[h.actor];
                    // ("in the Russian capital": a state's name after a determiner too.)
                    let after_determiner = i > 1
                        && self.markers.is(view.low(i - 1), Marker::Determiner)
                        && self.markers.is(view.low(i - 2), Marker::Location);
                    // ("in Qatar's Doha": a capital after a place's possessive.)
                    let possessed_place = h.metonym
                        && i >= 4
                        && view.low(i - 1) == "s"
                        && matches!(view.low(i - 2), "'" | "’")
                        && view.is_capitalized(i - 3)
                        && is_location_before(i - 3);
                    let place = (is_location_before(i)
                        || after_determiner && a.kind == ActorKind::State
                        || possessed_place)
                        && a.kind != ActorKind::Person;
                    let via = if h.metonym { Via::Metonym } else { Via::Name };
                    if h.metonym {
                        doc.note_seat(kb, a, view, i, end);
                    }
                    // A given name the knowledge base lacks, before a known surname: "Recep Erdogan".
                    let mut first = i;
                    if a.kind == ActorKind::Person {
                        while first > 0
                            && i - first < 2
                            && matches!(cover[first - 1], Cover::None)
                            && self.looks_like_name(view, first - 1)
                            && !self.is_derived_noun(view.low(first - 1))
                            && !out.iter().any(|m| m.last == first)
                        {
                            first -= 1;
                        }
                    }
                    // ("Junichiro Koizumi" is not the known Shinjiro Koizumi: another person.)
                    let other = end == i + 1
                        && (first..i)
                            .any(|g| !self.is_honorific(view, g) && !a.admits_given_name(view.word(g)));
                    if !place && !other {
                        doc.note_known(kb, h.actor, view, i, end, anchor);
                    }
                    let target = if other {
                        let name = view.text[view.tokens[first].start..view.tokens[end - 1].end].to_string();
                        Target::Actor(doc.note_new_person(&name, None))
                    } else {
                        Target::Actor(a.id.clone())
                    };
                    out.push(Mention { first, last: end, target, place, via });
                    i = end;
                }
                Cover::Pronoun(kind, end) => {
                    // "kaum militan Gaza", "Syrian rebels" with no armed group named in the
                    // article: a group of its own, named by its words and its place.
                    if kind == PronounKind::Armed && doc.last_armed.is_none() && doc.first_armed.is_none() {
                        let place = match cover.get(end) {
                            Some(Cover::Name(h, e)) if kb.actors[h.actor].kind == ActorKind::State => {
                                Some((*e, kb.actors[h.actor].id.clone()))
                            }
                            _ => None,
                        };
                        // English puts the place first: "Syrian rebels".
                        let before = out
                            .last()
                            .filter(|m| m.last == i && !m.place)
                            .and_then(|m| m.state_id().map(|a| (m.first, a.to_string())));
                        if let (None, Some((b, state))) = (&place, &before) {
                            out.pop();
                            let name = view.text[view.tokens[*b].start..view.tokens[end - 1].end].to_string();
                            let country = kb.get(state).and_then(|a| a.country.clone());
                            let id = doc.note_new_group(&name, country);
                            out.push(Mention::of(*b, end, id, Via::Name));
                            i = end;
                            continue;
                        }
                        if let Some((e, state)) = place {
                            let name = view.text[view.tokens[i].start..view.tokens[e - 1].end].to_string();
                            let country = kb.get(&state).and_then(|a| a.country.clone());
                            let id = doc.note_new_group(&name, country);
                            out.push(Mention::of(i, e, id, Via::Name));
                            i = e;
                            continue;
                        }
                    }
                    let target = match kind {
                        // "ia"/"he": the subject of this sentence so far, else of the
                        // sentence before, else the person named last (centering:
                        // "Austin called Gallant. He condemned ...").
                        PronounKind::Person => out
                            .iter()
                            .find(|m| m.actor().is_some_and(|a| a.starts_with("person:")) && !m.place)
                            .and_then(|m| m.actor().map(str::to_string))
                            .or_else(|| doc.subject_person.clone())
                            .or_else(|| doc.last_person.clone())
                            .map(Target::Actor),
                        // After a verb of saying, the state or body that says it: the one
                        // named right before the verb ("after Lima said it did not
                        // recognize ..."), or for a verb coordinated after "and" or a
                        // comma the one the sentence named first ("Sudan's government
                        // accused the UAE of arming the RSF and said it would boycott
                        // ..."); else the group named last.
                        PronounKind::Group => {
                            let speech = |k: usize| self.markers.is(view.low(k), Marker::Speech);
                            let said_at = if i > 0 && speech(i - 1) {
                                Some(i - 1)
                            } else if i > 1
                                && self.markers.is(view.low(i - 1), Marker::Clause)
                                && speech(i - 2)
                            {
                                Some(i - 2)
                            } else {
                                None
                            };
                            let group = |m: &&Mention| {
                                !m.place && m.actor().is_some_and(|a| !a.starts_with("person:"))
                            };
                            said_at
                                .and_then(|v| {
                                    let coordinated = v > 0
                                        && (view.low(v - 1) == ","
                                            || self.markers.is(view.low(v - 1), Marker::And));
                                    if coordinated {
                                        out.iter().find(group)
                                    } else {
                                        out.iter().rev().find(|m| m.last <= v && group(m))
                                    }
                                })
                                .and_then(|m| m.actor().map(str::to_string))
                                .or_else(|| doc.last_group.clone())
                                .map(Target::Actor)
                        }
                        // "the country", "the junta": opening a sentence, the state the
                        // sentence before began with (centering: "Niger expelled ... The junta
                        // also accused France"); after other names, the state this sentence
                        // named first ("Niger's military rulers"), else the one named last.
                        PronounKind::State if out.is_empty() => {
                            doc.subject_state.clone().or_else(|| doc.last_state()).map(Target::Actor)
                        }
                        // (A state this sentence names only as a place comes next: "While
                        // in Guyana, Rubio signed an agreement ... with the country".)
                        PronounKind::State => {
                            let named = |place: bool| {
                                out.iter().find(|m| {
                                    m.state_id().is_some()
                                        && m.place == place
                                        && (!place || m.via == Via::Name)
                                        && !in_dateline(m)
                                })
                            };
                            named(false)
                                .or_else(|| named(true))
                                .and_then(|m| m.state_id().map(str::to_string))
                                .or_else(|| doc.last_state())
                                .map(Target::Actor)
                        }
                        PronounKind::Organization => doc.last_org.clone().map(Target::Actor),
                        // "Algeria accused its neighbour of ...": the state named last
                        // other than the one this sentence is about (its first state,
                        // else the subject of the sentence before).
                        PronounKind::Neighbour => {
                            // (Not a dateline: "MOSKOW - Azerbaijan menuduh tetangganya".)
                            let named = |m: &&Mention| sentence_state(m);
                            let own = out
                                .iter()
                                .find(named)
                                .and_then(|m| m.state_id().map(str::to_string))
                                .or_else(|| doc.subject_state.clone());
                            let filed_from: Vec<&str> =
                                out.iter().filter(|m| in_dateline(m)).filter_map(Mention::state_id).collect();
                            let other = |a: &str| own.as_deref() != Some(a) && !filed_from.contains(&a);
                            out.iter()
                                .rev()
                                .filter(named)
                                .filter_map(Mention::state_id)
                                .find(|a| other(a))
                                .map(str::to_string)
                                .or_else(|| doc.recent_states.iter().rev().find(|a| other(a)).cloned())
                                .map(Target::Actor)
                        }
                        PronounKind::Armed => {
                            doc.last_armed.clone().or_else(|| doc.first_armed.clone()).map(Target::Actor)
                        }
                        PronounKind::Pair(k) => Some(Target::Pair(k)),
                        PronounKind::Speaker => Some(Target::Speaker { group: false }),
                        PronounKind::SpeakerGroup => Some(Target::Speaker { group: true }),
                        // ("Inggris, Prancis, Italia, dan Jerman juga ... Mereka
                        // mengeluarkan pernyataan": the list the sentence before opened with.)
                        PronounKind::Plural => Some(Target::Plural(match &doc.opening_list {
                            Some(list) => list.clone(),
                            None => doc.last_group.iter().cloned().collect(),
                        })),
                        PronounKind::Statement => doc.statement_by.clone().map(Target::Actor),
                        PronounKind::States => doc.state_list.clone().map(Target::Plural),
                    };
                    // ("di negara itu", "in the country": a place, no participant.)
                    let place = kind == PronounKind::State && is_location_before(i);
                    // "menuduh tetangganya Tajikistan": the state named right after is who it is.
                    let named_after = kind == PronounKind::Neighbour
                        && matches!(cover.get(end), Some(Cover::Name(h, _)) if kb.actors[h.actor].kind == ActorKind::State);
                    let target = target.filter(|_| !named_after);
                    // "The Ministry of Foreign Affairs ... The Ministry ...": a bare
                    // ministry is the one the article named so first.
                    let target = match &doc.ministry_state {
                        Some(id) if kind == PronounKind::State && self.ministry_words(view, i, end) => {
                            Some(Target::Actor(id.clone()))
                        }
                        _ => target,
                    };
                    // "The Ministry of Foreign Affairs announced ... the mediation of the
                    // United Arab Emirates": before any state is named, the state this
                    // sentence names first after it (resolved once the sentence is read).
                    let target = target.or_else(|| {
                        (kind == PronounKind::State && doc.recent_states.is_empty() && !place)
                            .then(|| Target::Actor(String::new()))
                    });
                    if let Some(target) = target.filter(|_| !place) {
                        out.push(Mention { first: i, last: end, target, place: false, via: Via::Pronoun });
                    }
                    i = end;
                }
                Cover::Title(end) => i = end,
                Cover::None => {
                    if let Some(id) = doc.acronyms.get(view.word(i)).cloned() {
                        out.push(Mention::of(i, i + 1, id, Via::Name));
                    } else if let Some((id, end)) = self.honorific_surname(view, &free, i, doc) {
                        // "Dr Faisal", "Dr. Faisal" after "Dr Muhammad Faisal".
                        doc.last_person = Some(id.clone());
                        out.push(Mention::of(i, end, id, Via::Surname));
                        i = end;
                        continue;
                    } else if self.looks_like_name(view, i) {
                        if let Some(id) = doc.surnames.get(&fold_name(view.low(i))).cloned() {
                            doc.last_person = Some(id.clone());
                            doc.add_alias(&id, view.word(i));
                            out.push(Mention::of(i, i + 1, id, Via::Surname));
                        } else if let Some(end) = self.untitled_person(view, &free, i, title_case) {
                            let name = view.text[view.tokens[i].start..view.tokens[end - 1].end].to_string();
                            let id = doc.note_new_person(&name, None);
                            out.push(Mention::of(i, end, id, Via::Name));
                            i = end;
                            continue;
                        }
                    }
                    i += 1;
                }
            }
        }
        // Quotation marks: which tokens are inside a quotation, counting one
        // left open by an earlier sentence ("“A. B,” kata X" is two sentences).
        let quote_depth: Vec<bool> = {
            let mut inside = doc.quote_open;
            (0..n)
                .map(|k| {
                    if view.low(k) == "\"" {
                        inside = !inside;
                    }
                    inside
                })
                .collect()
        };
        let quote_marks = (0..n).filter(|&i| view.low(i) == "\"").count();
        let continues_quote = doc.quote_open;
        let quoted = quote_marks > 0 || continues_quote;
        // The speaker of this sentence's quotation: named after the verb of
        // saying ("“...,” kata Retno", "said Miller") or right before it,
        // outside the quotation ("“...,” Miller said", "the ministry said"),
        // or the last person named when the verb carries a clitic ("tuturnya").
        let is_speech = |w: &str| {
            self.markers.is(w, Marker::Speech)
                || w.strip_suffix("nya").is_some_and(|stem| self.markers.is(stem, Marker::Speech))
        };
        let said_by = |v: usize| -> Option<String> {
            if !self.markers.is(view.low(v), Marker::Speech) {
                return doc.last_person.clone();
            }
            let after = out.iter().find(|m| m.first > v && m.first <= v + 2 && !m.place);
            // ("The British Embassy in Sanaa said": past the capitalized rest of
            // a body's name and a place it is in.)
            let in_place = |i: usize| out.iter().any(|p| p.place && p.first <= i && i < p.last);
            let body_rest = |from: usize| {
                v - from <= BODY_REST_SPAN
                    && (from..v).all(|i| {
                        view.tokens[i].kind == TokenKind::Word
                            && (view.is_capitalized(i) || self.markers.is(view.low(i), Marker::Location))
                            || in_place(i)
                    })
            };
            let before = || {
                out.iter().rev().find(|m| {
                    m.last <= v
                        && (v - m.last <= 1 || body_rest(m.last))
                        && !m.place
                        && !quote_depth[m.first]
                        && (m.first..v).all(|i| view.low(i) != "\"")
                })
            };
            // ("kata Direktur Urusan AS di Kementerian Luar Negeri Kuba Carlos Fernandez
            // de Cossio,": a long title phrase after the verb, up to its comma, names
            // the speaker last: the person, else the body the title belongs to.)
            let titled = || {
                let end = (v + 1..n.min(v + 1 + ATTRIBUTION_SPAN))
                    .find(|&i| view.tokens[i].kind != TokenKind::Word)?;
                let phrase = v + 1..end;
                let plain = phrase.clone().all(|i| {
                    view.is_capitalized(i)
                        || self.markers.is(view.low(i), Marker::Location)
                        || self.markers.is(view.low(i), Marker::Connector)
                        || NAME_PARTICLES.contains(&view.low(i))
                });
                if !plain || !view.is_capitalized(v + 1) {
                    return None;
                }
                out.iter().rev().find(|m| m.first > v && m.last <= end && !m.place)
            };
            after
                .or_else(before)
                .or_else(titled)
                .and_then(|m| m.actor().map(str::to_string))
                .filter(|s| !s.is_empty())
        };
        // Who a verb of saying outside quotation marks names: the quotation's
        // speaker, else the maker of the statement the sentence tells ("...,
        // the foreign ministry said on Thursday"), whom "the statement" refers
        // to after.
        let statement_by = (0..n)
            .filter(|&i| is_speech(view.low(i)) && !quote_depth[i])
            .find_map(said_by)
            .filter(|s| s != PENDING_SPEAKER);
        let quoted_speaker = statement_by.clone().filter(|_| quoted);
        // "“...,” tambahnya", "..., katanya": a verb of saying that carries a
        // pronoun clitic after a comma or a closing quotation mark reports
        // the quotation's speaker, else the person named last.
        doc.reporter = (1..n)
            .find(|&v| {
                matches!(view.low(v - 1), "," | "\"")
                    && view.low(v).ends_with("nya")
                    && is_speech(view.low(v))
            })
            .and_then(|v| {
                let who = if quoted { quoted_speaker.clone() } else { doc.last_person.clone() };
                who.filter(|s| s != PENDING_SPEAKER && !s.is_empty()).map(|s| (v, s))
            });
        // "Following the meeting, Minister Field said:": the unquoted paragraphs
        // after a verb of saying and a colon are the speaker's words.
        let block_speaker = (!quoted && n >= 2 && view.low(n - 1) == ":" && is_speech(view.low(n - 2)))
            .then(|| said_by(n - 2))
            .flatten()
            .filter(|s| s != PENDING_SPEAKER);
        // First-person pronouns: in a quotation, its speaker; a quotation with
        // no speaker of its own continues the one just before ("“...,” he
        // said. “We urge ...”") or is told at its close, sentences later
        // (resolved once the article is read: [`PENDING_SPEAKER`]). Outside
        // one, the document's author ("Statement by President Biden").
        // "we"/"kami" is the quoted speaker, or the author's state.
        if out.iter().any(|m| matches!(m.target, Target::Speaker { .. })) {
            let opens_unclosed = quote_marks % 2 == 1 && !continues_quote;
            let in_quote = quoted;
            let speaker = quoted_speaker.clone().or_else(|| {
                if !quoted {
                    doc.block_speaker.clone().or_else(|| doc.author.clone())
                } else if continues_quote || opens_unclosed {
                    Some(PENDING_SPEAKER.to_string())
                } else {
                    doc.quote_speaker.clone().or(Some(PENDING_SPEAKER.to_string()))
                }
            });
            // "“Kami meminta ...,” kata Retno": a quoted "we" is the official who
            // speaks for the state; an author's "we" is the author's state.
            let group = speaker.as_ref().map(|sp| {
                if in_quote {
                    return doc.speaks_for(sp);
                }
                // ("TPLF spokesman Getachew Reda": the body his role is of.)
                doc.body_of(sp).unwrap_or_else(|| sp.clone())
            });
            // A statement with no author named: its "we" outside quotations is
            // the group it spoke for before, else the state whose seat it names,
            // else the state it named first before ("The United States is today
            // sanctioning ... We call on Rwanda"; not "We are concerned by reports
            // of a Burma military airstrike", which names whom it is about).
            let group = group.or_else(|| {
                (!quoted)
                    .then(|| {
                        doc.voice.clone().or_else(|| doc.home.clone()).or_else(|| first_state_before.clone())
                    })
                    .flatten()
            });
            // ("We are deeply concerned ...": the document speaks as that group,
            // or, not known yet, as the state a later sentence opens with.)
            if !quoted && out.iter().any(|m| matches!(m.target, Target::Speaker { group: true })) {
                match group.clone().filter(|g| !g.is_empty() && g != PENDING_SPEAKER) {
                    Some(g) => doc.voice = Some(g),
                    None => doc.voice_pending = true,
                }
            }
            for m in out.iter_mut() {
                if let Target::Speaker { group: g } = m.target {
                    let who = if g { group.clone() } else { speaker.clone() };
                    m.target = who.map_or(Target::Actor(String::new()), Target::Actor);
                }
            }
            out.retain(|m| m.actor() != Some(""));
        }
        // ("The United States calls on the Burma regime ...": a statement whose
        // "we" was not known speaks for the state its sentences open with.)
        let opening_state = out
            .iter()
            .find(|m| !m.place && m.via != Via::Pronoun && m.first <= 1)
            .and_then(Mention::state_id)
            .map(str::to_string)
            .filter(|_| !quoted && !headline);
        if doc.voice_pending && doc.voice.is_none() {
            doc.voice = opening_state;
        }
        doc.sentence_voice = if quoted { None } else { doc.voice.clone() };
        if block_speaker.is_some() {
            doc.block_speaker = block_speaker;
        }
        // "Russia's Federal Security Service (FSB)", "Iran’s Islamic Revolutionary
        // Guard Corps": capitalized words after a state's possessive name a body
        // of that state the knowledge base lacks.
        let mut bodies = Vec::new();
        for m in &out {
            let Some(state) = m.actor().filter(|a| kb.get(a).is_some_and(|k| k.kind == ActorKind::State))
            else {
                continue;
            };
            if m.place || m.last + 1 >= n || view.low(m.last) != "'" {
                continue;
            }
            let mut k = m.last + 1;
            if view.low(k) == "s" {
                k += 1;
            }
            let start = k;
            while k < n
                && matches!(cover[k], Cover::None)
                && view.tokens[k].kind == TokenKind::Word
                && view.is_capitalized(k)
                && !self.non_names.contains(view.low(k))
                || (k > start && k + 1 < n && view.low(k) == "of" && view.is_capitalized(k + 1))
            {
                k += 1;
            }
            if k - start >= 2 && !out.iter().any(|x| x.first >= start && x.first < k) {
                let name = view.text[view.tokens[start].start..view.tokens[k - 1].end].to_string();
                let acronym = (k + 2 < n && view.low(k) == "(" && view.low(k + 2) == ")")
                    .then(|| view.word(k + 1))
                    .filter(|w| w.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
                bodies.push((start, k, name, state.to_string(), acronym));
            }
        }
        for (start, end, name, state, acronym) in bodies {
            let country = kb.get(&state).and_then(|a| a.country.clone());
            let id = doc.note_new_organization(&name, country, acronym);
            doc.acronyms.extend(acronym.map(|a| (a.to_string(), id.clone())));
            out.push(Mention::of(start, end, id, Via::Name));
        }
        self.spelled_out_bodies(view, doc, &mut out);
        out.sort_by_key(|m| m.first);
        if let Some(d) = dateline_end {
            for m in out.iter_mut().filter(|m| m.last <= d) {
                m.place = true;
            }
        }
        // (The state a pronoun that opens the article stands for: the first one named after it.)
        let named_states: Vec<(usize, String)> = out
            .iter()
            .filter(|m| !m.place && m.via != Via::Pronoun)
            .filter_map(|m| m.state_id().map(|id| (m.first, id.to_string())))
            .collect();
        out.retain_mut(|m| {
            if !matches!(&m.target, Target::Actor(a) if a.is_empty()) {
                return true;
            }
            match named_states.iter().find(|(at, _)| *at > m.first) {
                Some((_, id)) => {
                    m.target = Target::Actor(id.clone());
                    // (An article that opens with its ministry is that ministry's statement.)
                    if self.ministry_words(view, m.first, m.last) {
                        doc.ministry_state.get_or_insert_with(|| id.clone());
                    }
                    true
                }
                None => false,
            }
        });
        // "H.E. Mr. Wang Yi", "Mr. MOTEGI Toshimitsu": a person's mention takes
        // in the honorifics before the name, so that it stands where they start.
        for k in 0..out.len() {
            if !out[k].actor().is_some_and(|a| a.starts_with("person:")) {
                continue;
            }
            let floor = if k == 0 { 0 } else { out[k - 1].last };
            let mut f = out[k].first;
            loop {
                let dot = usize::from(f > floor && view.low(f - 1) == ".");
                if f > floor + dot && self.is_honorific(view, f - dot - 1) {
                    f -= dot + 1;
                } else if f >= floor + 4
                    && view.low(f - 1) == "."
                    && view.low(f - 3) == "."
                    && self.honorifics.contains(&format!("{}.{}", view.low(f - 4), view.low(f - 2)))
                {
                    // A dotted honorific of two letters ("H.E."), listed as "H.E".
                    f -= 4;
                } else {
                    break;
                }
            }
            out[k].first = f;
        }
        // "Kemlu Filipina", "Kemenlu Kenya": a one-word metonym of a ministry
        // right before another state's name is that state's ministry.
        let mut k = 0;
        while k + 1 < out.len() {
            let (a, b) = (&out[k], &out[k + 1]);
            let bare_metonym =
                a.last == a.first + 1 && a.via == Via::Metonym && kb.ministries.contains(view.low(a.first));
            if bare_metonym
                && b.first == a.last
                && !b.place
                && b.state_id().is_some_and(|id| Some(id) != a.state_id())
            {
                let first = a.first;
                out.remove(k);
                out[k].first = first;
            }
            k += 1;
        }
        // The last list of three or more states in this sentence.
        let listed = |m: &Mention, at: usize| {
            m.first > at
                && m.first - at <= 2
                && (at..m.first).all(|i| view.low(i) == "," || self.markers.is(view.low(i), Marker::And))
        };
        let mut run: Vec<String> = Vec::new();
        let mut at = 0;
        for m in out.iter().filter(|m| !m.place) {
            let Some(id) = m.state_id() else {
                run.clear();
                continue;
            };
            if !run.is_empty() && !listed(m, at) {
                run.clear();
            }
            if !run.iter().any(|x| x == id) {
                run.push(id.to_string());
            }
            at = m.last;
            if run.len() >= 3 {
                doc.state_list = Some(run.clone());
            }
        }
        // The actors listed at the opening of this sentence, its subject
        // ("Inggris, Prancis, Italia, dan Jerman ..."): "they" in the next one.
        // ("Junta di ketiga negara tersebut": the states that phrase stands for.)
        doc.opening_list = match out.iter().find(|m| !m.place) {
            Some(Mention { target: Target::Plural(list), first, .. }) if *first <= 3 && list.len() >= 2 => {
                Some(list.clone())
            }
            _ => {
                let mut list: Vec<String> = Vec::new();
                let mut at = 0;
                for m in out.iter().filter(|m| !m.place) {
                    let gap_ok = m.first == at || listed(m, at) || (list.is_empty() && m.first <= 1);
                    if !gap_ok {
                        break;
                    }
                    match m.actor().filter(|a| !a.is_empty() && !a.starts_with("person:")) {
                        Some(a) if !list.iter().any(|x| x == a) => list.push(a.to_string()),
                        Some(_) => {}
                        None => break,
                    }
                    at = m.last;
                }
                (list.len() >= 2).then_some(list)
            }
        };
        // What the next sentence's quotation continues.
        if quote_marks % 2 == 1 {
            doc.quote_open = !doc.quote_open;
        }
        if quoted_speaker.is_some() || !quoted {
            doc.quote_speaker = quoted_speaker.clone();
        }
        if let Some(by) = statement_by {
            doc.statement_by = Some(by);
        }
        doc.sentence_speakers.push(quoted_speaker);
        doc.quote_open_after.push(doc.quote_open);
        // Who a quotation addresses ("“Terima kasih, Donald Trump,” kata Maduro")
        // is not the sentence's subject: names inside quotation marks do not count.
        if let Some(first_person) = out
            .iter()
            .filter(|m| !m.place && m.via != Via::Pronoun && !quote_depth[m.first])
            .find_map(|m| m.actor().filter(|a| a.starts_with("person:")))
        {
            doc.subject_person = Some(first_person.to_string());
        }
        if let Some(first_state) = out
            .iter()
            .filter(|m| !m.place && m.via != Via::Pronoun && !quote_depth[m.first])
            .find_map(Mention::state_id)
        {
            doc.subject_state = Some(first_state.to_string());
        }
        for m in &out {
            let Some(id) = m.actor().filter(|a| !m.place && *a != PENDING_SPEAKER) else { continue };
            if m.first > 0 {
                let b = m.first - 1;
                if view.tokens[b].kind == TokenKind::Word
                    && !view.is_capitalized(b)
                    && !self.markers.any(view.low(b))
                {
                    doc.possessors.insert(view.low(b).to_string(), id.to_string());
                }
            }
            if m.last + 2 < n && view.low(m.last) == "'" && view.low(m.last + 1) == "s" {
                doc.possessors.insert(view.low(m.last + 2).to_string(), id.to_string());
            }
        }
        out
    }
}

/// The actors of one article: who was named, under which names, with which
/// roles; and the discourse state pronouns resolve against.
#[derive(Debug, Clone, Default)]
pub struct ArticleActors {
    /// Every actor named, by id.
    pub actors: BTreeMap<String, ActorRecord>,
    /// The person named last.
    pub last_person: Option<String>,
    /// The first person named in the last sentence that named one: the
    /// likely subject a following "ia"/"he" continues.
    pub subject_person: Option<String>,
    /// The first state named in the last sentence that named one: the likely
    /// subject a following "the junta", "negara itu" continues.
    pub subject_state: Option<String>,
    /// The first state the article names.
    pub first_state: Option<String>,
    /// The state, body or group named last.
    pub last_group: Option<String>,
    /// The armed group named last ("the rebels" refers to it).
    pub last_armed: Option<String>,
    /// The states named so far, the one named last at the end, each once:
    /// "the country" refers to the last, "its neighbour" looks back past the
    /// sentence's own state.
    pub recent_states: Vec<String>,
    /// The organization named last ("the bloc" refers to it).
    pub last_org: Option<String>,
    /// The armed group the article names first, for "the rebels" before it is named.
    pub first_armed: Option<String>,
    /// Surnames (lower case, accents removed: "Rodriguez" is "Rodríguez") of
    /// people first named with a title in this article.
    pub surnames: HashMap<String, String>,
    /// The last actor named as the possessor of a noun ("usulan Washington",
    /// "Washington's proposal"), by the noun (lower case), so that "usulan
    /// tersebut" / "the proposal" can be traced back to it.
    pub possessors: HashMap<String, String>,
    /// The document's author, when its title says ("Statement by President
    /// Biden"): who "I" is outside quotations.
    pub author: Option<String>,
    /// The speaker of the last "X said:" that closed a sentence: who "I" and
    /// "we" are in the unquoted paragraphs after it.
    pub block_speaker: Option<String>,
    /// Acronyms of bodies this article introduced ("FSB"), found again later.
    pub acronyms: HashMap<String, String>,
    /// Titles (lower case) and the person last named with each, so that a
    /// bare "the Secretary" / "sang presiden" finds them again.
    pub titled: HashMap<String, String>,
    /// The state whose seat of government the article named first ("A No.10
    /// spokesperson said", "the White House said"): whose "the Prime Minister"
    /// or "the President" a bare capitalized title is.
    pub home: Option<String>,
    /// Every state the article names anywhere (read from the whole text the
    /// first time it is needed): with no seat of government named, a bare
    /// capitalized title ("The Prime Minister spoke to ...") is the role's
    /// holder in the one of them that has one on the article date.
    pub named_states: Option<Vec<String>>,
    /// Whether a quotation is open at the end of the last sentence.
    pub quote_open: bool,
    /// The speaker of the last quotation that named one, while quotations continue.
    pub quote_speaker: Option<String>,
    /// Who made the statement told last ("the statement" refers to it).
    pub statement_by: Option<String>,
    /// The states or bodies the last sentence opened with, when it listed
    /// two or more ("they" in the next sentence).
    pub opening_list: Option<Vec<String>>,
    /// The state of the bare ministry an article opens with, before any
    /// state is named ("The Ministry of Foreign Affairs announced ... the
    /// United Arab Emirates"): later bare ministries are the same one.
    pub ministry_state: Option<String>,
    /// The last list of three or more states ("Niger, Mali, dan Burkina
    /// Faso"): "the three countries" later.
    pub state_list: Option<Vec<String>>,
    /// The group a statement speaks for in its own voice, once an unquoted
    /// "we" has named it ("We are deeply concerned ...": the United States).
    pub voice: Option<String>,
    /// True when an unquoted "we" named no group yet: the first state a later
    /// unquoted sentence opens with becomes [`ArticleActors::voice`].
    pub voice_pending: bool,
    /// In the sentence just read, when it stands outside quotation marks:
    /// [`ArticleActors::voice`].
    pub sentence_voice: Option<String>,
    /// In the sentence just read: the verb of saying with a pronoun clitic
    /// that reports it ("“...,” tambahnya"), its token and who speaks.
    pub reporter: Option<(usize, String)>,
    /// Per sentence read so far: the speaker its quotation names, if any.
    pub sentence_speakers: Vec<Option<String>>,
    /// Per sentence read so far: whether a quotation is still open after it.
    pub quote_open_after: Vec<bool>,
}

/// The id a first-person pronoun gets inside a quotation whose speaker is
/// named only in a later sentence; [`ArticleActors::resolve_pending_speaker`]
/// replaces it.
pub const PENDING_SPEAKER: &str = "?speaker";

/// How many words of a body's name and place may stand between a state's
/// name and a verb of saying ("The British Embassy in Sanaa said").
const BODY_REST_SPAN: usize = 4;

/// The role of one who speaks for a state or body (data/kb/roles.tsv), and
/// the end of every such role's id ("foreign_ministry_spokesperson").
const SPOKESPERSON: &str = "spokesperson";

/// Offices of one holder at a time that a capitalized title with "the" and
/// no name stands for by itself ("The Prime Minister spoke to ..."), in a
/// readout of that office.
const OFFICES: &[&str] = &[
    "prime_minister",
    "president",
    "vice_president",
    "foreign_minister",
    "defence_minister",
    "chancellor",
    "secretary_general",
    "king",
    "queen",
    "emir",
    "crown_prince",
];

/// How many sentences a quotation may run before the sentence that names its speaker.
const QUOTE_SPAN: usize = 5;

impl ArticleActors {
    /// The state named last ("the country" refers to it).
    pub fn last_state(&self) -> Option<String> {
        self.recent_states.last().cloned()
    }

    /// Whom a quoted "we" of speaker `id` stands for: a spokesperson speaks
    /// for the state or body of their role ("“Kami mengecam ...,” kata juru
    /// bicara Kementerian Luar Negeri Malaysia, Ahmad Fauzi"); anyone else, an
    /// official who speaks for the state, for themselves.
    pub fn speaks_for(&self, id: &str) -> String {
        // ("spokesperson", "foreign_ministry_spokesperson".)
        let spokesperson =
            self.actors.get(id).is_some_and(|a| a.roles.iter().any(|r| r.role.ends_with(SPOKESPERSON)));
        spokesperson.then(|| self.body_of(id)).flatten().unwrap_or_else(|| id.to_string())
    }

    /// The state or body person `id` acts for: their country, else the body
    /// of one of their roles.
    fn body_of(&self, id: &str) -> Option<String> {
        self.actors
            .get(id)
            .filter(|a| a.kind == "person")
            .and_then(|a| a.country.clone().or_else(|| a.roles.iter().find_map(|r| r.of.clone())))
    }

    /// Who [`PENDING_SPEAKER`] in sentence `k` is: the speaker named where its
    /// quotation closes, within the next few sentences.
    pub fn resolve_pending_speaker(&self, k: usize) -> Option<String> {
        for j in k..self.sentence_speakers.len().min(k + QUOTE_SPAN) {
            if let Some(sp) = &self.sentence_speakers[j] {
                return Some(sp.clone());
            }
            if !self.quote_open_after[j] {
                return None;
            }
        }
        None
    }

    /// Makes state `a` the article's home when tokens `first..last` name its
    /// seat of government ("Downing Street", "the White House") and no seat
    /// was named before.
    fn note_seat(&mut self, kb: &KnowledgeBase, a: &KnownActor, view: &TokenView, first: usize, last: usize) {
        if self.home.is_none() && a.kind == ActorKind::State {
            let text = view.text[view.tokens[first].start..view.tokens[last - 1].end].to_lowercase();
            if kb.seats.contains(&text) {
                self.home = Some(a.id.clone());
            }
        }
    }

    fn add_alias(&mut self, id: &str, text: &str) {
        if let Some(a) = self.actors.get_mut(id) {
            if a.name != text && !a.aliases.iter().any(|x| x == text) {
                a.aliases.push(text.to_string());
            }
        }
    }

    fn note_known(
        &mut self,
        kb: &KnowledgeBase,
        idx: usize,
        view: &TokenView,
        first: usize,
        last: usize,
        anchor: Option<NaiveDate>,
    ) {
        let k = &kb.actors[idx];
        let rec = self.actors.entry(k.id.clone()).or_insert_with(|| {
            let mut aliases: Vec<String> = Vec::new();
            for a in &k.aliases {
                if !aliases.contains(&a.text) && a.text != k.name {
                    aliases.push(a.text.clone());
                }
            }
            let roles = kb
                .roles_of(&k.id, anchor)
                .into_iter()
                .map(|r| RoleRecord {
                    role: r.role.clone(),
                    of: Some(r.of.clone()),
                    from: r.from.map(|d| d.to_string()),
                    to: r.to.map(|d| d.to_string()),
                })
                .collect();
            ActorRecord {
                id: k.id.clone(),
                name: k.name.clone(),
                kind: k.kind.as_str().to_string(),
                country: k.country.clone(),
                aliases,
                qid: k.qid.clone(),
                roles,
            }
        });
        let _ = rec;
        let surface = view.text[view.tokens[first].start..view.tokens[last - 1].end].to_string();
        self.add_alias(&k.id, &surface);
        if k.kind == ActorKind::Person {
            // "Lloyd Austin" ... "Secretary Austin": the surname finds them again.
            if let Some(last_name) = k.name.split_whitespace().last().filter(|w| *w != k.name) {
                self.surnames.entry(fold_name(last_name)).or_insert_with(|| k.id.clone());
            }
            // ("Mahinda Rajapakse" ... "Rajapakse": the surname as this article spells it.)
            if let Some(spelled) =
                surface.split_whitespace().rev().find(|w| !is_name_suffix(w)).filter(|w| *w != surface)
            {
                self.surnames.entry(fold_name(spelled)).or_insert_with(|| k.id.clone());
            }
            // ("Wang Yi" ... "Wang said": the family name first.)
            if k.country.as_ref().is_some_and(|c| kb.family_first.contains(c)) {
                if let Some(family) = k.name.split_whitespace().next().filter(|w| *w != k.name) {
                    self.surnames.entry(fold_name(family)).or_insert_with(|| k.id.clone());
                }
            }
            self.last_person = Some(k.id.clone());
        } else {
            self.last_group = Some(k.id.clone());
            match k.kind {
                ActorKind::Group => self.last_armed = Some(k.id.clone()),
                ActorKind::State => {
                    self.note_recent_state(&k.id);
                    self.first_state.get_or_insert_with(|| k.id.clone());
                }
                ActorKind::Organization => self.last_org = Some(k.id.clone()),
                ActorKind::Person => {}
            }
        }
    }

    /// Registers an actor the knowledge base lacks (`person`, `organization`
    /// or `group`), under an id made from its name, and returns the id.
    fn register(&mut self, kind: &str, name: &str, country: Option<String>) -> String {
        let prefix = if kind == "organization" { "org" } else { kind };
        let id = format!("{prefix}:{}", slug(name));
        self.actors.entry(id.clone()).or_insert_with(|| ActorRecord {
            id: id.clone(),
            name: name.to_string(),
            kind: kind.into(),
            country,
            aliases: Vec::new(),
            qid: None,
            roles: Vec::new(),
        });
        id
    }

    fn note_new_person(&mut self, name: &str, country: Option<String>) -> String {
        let id = self.register("person", name, country);
        // ("Martin Luther King Jr.": the surname before a suffix.)
        if let Some(last) = name.split_whitespace().rev().find(|w| !is_name_suffix(w)) {
            if last != name {
                self.surnames.insert(fold_name(last), id.clone());
                self.add_alias(&id, last);
            }
            // "Song Young-moo" ... "Minister Song": a hyphened given name comes
            // after the family name.
            if last.split_once('-').is_some_and(|(_, t)| t.starts_with(char::is_lowercase)) {
                self.note_family_name(name, &id);
            }
        }
        self.last_person = Some(id.clone());
        id
    }

    /// The person named earlier whose full name ends in the words
    /// `first..end` of `view` (two or more, the last a surname noted for
    /// that person): "Bhutto Zardari" after "Bilawal Bhutto Zardari".
    fn name_tail(&self, view: &TokenView, first: usize, end: usize) -> Option<String> {
        if end < first + 2 {
            return None;
        }
        let id = self.surnames.get(&fold_name(view.low(end - 1)))?;
        let name = &self.actors.get(id)?.name;
        let words: Vec<String> = name.split_whitespace().map(fold_name).collect();
        let tail: Vec<String> = (first..end).map(|g| fold_name(view.low(g))).collect();
        (words.len() > tail.len() && words.ends_with(&tail)).then(|| id.clone())
    }

    /// State `id` as the one named last.
    fn note_recent_state(&mut self, id: &str) {
        self.recent_states.retain(|s| s != id);
        self.recent_states.push(id.to_string());
    }

    /// The first word of `name` as the family name of person `id`.
    fn note_family_name(&mut self, name: &str, id: &str) {
        if let Some(family) = name.split_whitespace().next().filter(|w| *w != name) {
            self.surnames.entry(fold_name(family)).or_insert_with(|| id.to_string());
            self.add_alias(id, family);
        }
    }

    /// A body the knowledge base lacks, named after its state ("Russia's
    /// Federal Security Service (FSB)"): an organization of that country.
    fn note_new_organization(
        &mut self,
        name: &str,
        country: Option<String>,
        acronym: Option<&str>,
    ) -> String {
        let id = self.register("organization", name, country);
        if let Some(rec) = self.actors.get_mut(&id) {
            if let Some(a) = acronym.filter(|a| !rec.aliases.iter().any(|x| x == a)) {
                rec.aliases.push(a.to_string());
            }
        }
        self.last_group = Some(id.clone());
        id
    }

    /// An armed group the knowledge base lacks, described by its place
    /// ("kaum militan Gaza"): a group of that country; "the rebels" refer to it after.
    fn note_new_group(&mut self, name: &str, country: Option<String>) -> String {
        let id = self.register("group", name, country);
        self.last_group = Some(id.clone());
        self.last_armed = Some(id.clone());
        id
    }

    /// A person the knowledge base lacks, named with a title: registered with
    /// the title's role, the country of the body it names, and its words.
    fn note_titled_person(
        &mut self,
        kb: &KnowledgeBase,
        name: &str,
        role: &str,
        affiliation: Option<&str>,
        titles: &[String],
    ) -> String {
        let country = affiliation.and_then(|a| kb.get(a)).and_then(|a| a.country.clone());
        let id = self.note_new_person(name, country.clone());
        // ("Wang Yi" ... "Minister Wang": the family name first in the knowledge
        // base's family-first countries.)
        if country.is_some_and(|c| kb.family_first.contains(&c)) {
            self.note_family_name(name, &id);
        }
        self.note_role(&id, role, affiliation);
        self.note_titles(titles, &id);
        id
    }

    /// The holder of an office the article names only by its title ("The
    /// Prime Minister"): a person named by the title, found again by it.
    fn note_unnamed_holder(&mut self, title: &str, role: &str, titles: &[String]) -> String {
        let id = self.register("person", title, None);
        self.note_role(&id, role, None);
        self.note_titles(titles, &id);
        self.last_person = Some(id.clone());
        id
    }

    fn note_titles(&mut self, titles: &[String], person: &str) {
        for t in titles {
            self.titled.insert(t.clone(), person.to_string());
            // "Secretary of State X" ... "the Secretary"; "Menteri Luar Negeri X" ... "sang Menteri".
            if let Some(head) = t.split_whitespace().next() {
                self.titled.insert(head.to_string(), person.to_string());
            }
        }
    }

    /// The person this article named who holds the first of `roles` (in
    /// their order) in `of` (any state or body when `None`), when exactly one
    /// does: "the Turkish leader" after "President Erdogan".
    fn named_holder<'a>(&self, roles: impl Iterator<Item = &'a str>, of: Option<&str>) -> Option<String> {
        for role in roles {
            let mut holders = self.actors.values().filter(|a| {
                a.kind == "person"
                    && a.roles.iter().any(|r| r.role == role && (of.is_none() || r.of.as_deref() == of))
            });
            if let Some(first) = holders.next() {
                return holders.next().is_none().then(|| first.id.clone());
            }
        }
        None
    }

    fn note_role(&mut self, person: &str, role: &str, of: Option<&str>) {
        if role.is_empty() {
            return;
        }
        if let Some(a) = self.actors.get_mut(person) {
            // "Presiden Joe Biden": with no state named, the person's own.
            let of = of.map(str::to_string).or_else(|| a.country.clone());
            if !a.roles.iter().any(|r| r.role == role && r.of == of) {
                a.roles.push(RoleRecord { role: role.to_string(), of, from: None, to: None });
            }
        }
    }
}
