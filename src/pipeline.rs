//! The pipeline: articles in, one timeline out.
//!
//! Per article (in parallel, results kept in input order): language, anchor
//! date, sentences, then per sentence actor mentions, temporal expressions and
//! event mentions; then the article's events are assembled. Finally every
//! article's actors and events are joined, sorted by time and numbered.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::actors::kb::KnowledgeBase;
use crate::actors::{ActorFinder, ArticleActors, PairKind, Via, PENDING_SPEAKER};
use crate::article::Article;
use crate::data;
use crate::error::{Error, Result};
use crate::events::document::{assemble, drop_events, DocEvent};
use crate::events::lexicon::{BareVerbs, CameoTable, EventLexicon};
use crate::events::{extract_sentence, RelTarget, SentenceInput};
use crate::lang::Detector;
use crate::text::{split_sentences, CharMap, Sentence, TokenView};
use crate::time::TimeTagger;
use crate::timeline::{
    ActorRecord, AnchorRecord, CameoRecord, DocumentRecord, EdgeRecord, EventRecord, EvidenceRecord,
    PloverRecord, Timeline, WhenRecord, FORMAT_NAME, FORMAT_VERSION,
};

/// What `extract` was asked to do, validated.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The publication date given by the user, the anchor for every article.
    pub date: Option<NaiveDate>,
    /// A forced language code; `None` detects per article.
    pub lang: Option<String>,
    /// A TOML file of the user's own actors.
    pub user_actors: Option<PathBuf>,
    /// Worker threads (0: one per core).
    pub threads: usize,
}

/// Everything one language needs, loaded once.
#[derive(Debug)]
pub struct LanguageModel {
    /// Language code.
    pub code: String,
    abbreviations: HashSet<String>,
    /// Actor mention finder.
    pub finder: ActorFinder,
    /// Temporal tagger.
    pub tagger: TimeTagger,
    /// Triggers and cues.
    pub lexicon: EventLexicon,
    modifier_follows_head: bool,
}

impl LanguageModel {
    fn load(code: &str, kb: &KnowledgeBase, cameo: &CameoTable) -> Result<LanguageModel> {
        let meta = data::key_values(&data::table(&format!("{code}/lang.tsv"))?);
        let clitics = data::list_value(&meta, "clitics");
        let bare = BareVerbs::parse(
            meta.get("bare_verb_prefixes").map_or("", String::as_str),
            meta.get("bare_verb_exclude").map_or("", String::as_str),
        );
        let abbreviations = data::table(&format!("{code}/abbreviations.tsv"))?
            .rows
            .iter()
            .map(|r| r.get(0).to_lowercase())
            .collect();
        Ok(LanguageModel {
            code: code.to_string(),
            abbreviations,
            finder: ActorFinder::new(code, kb)?,
            tagger: TimeTagger::load(code)?,
            lexicon: EventLexicon::load(code, &clitics, &bare, cameo)?,
            modifier_follows_head: meta.get("modifier_follows_head").is_some_and(|v| v == "yes"),
        })
    }

    /// The article's sentences.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        split_sentences(text, &self.abbreviations)
    }
}

/// The loaded knowledge: actors, CAMEO, and every language.
#[derive(Debug)]
pub struct Engine {
    /// The actor knowledge base (built-in plus the user's).
    pub kb: KnowledgeBase,
    /// The CAMEO table.
    pub cameo: CameoTable,
    detector: Detector,
    /// Every language with a data folder.
    pub languages: BTreeMap<String, LanguageModel>,
}

/// One article, analysed.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    /// The document's record.
    pub document: DocumentRecord,
    /// Its actors.
    pub actors: BTreeMap<String, ActorRecord>,
    /// Its events.
    pub events: Vec<DocEvent>,
    text: String,
    sentences: Vec<Sentence>,
}

fn first_line_title(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let has_more = lines.next().is_some();
    let looks_like_title = has_more
        && first.chars().count() <= 160
        && !first.ends_with('.')
        && !first.ends_with(',')
        && first.split_whitespace().count() >= 2;
    looks_like_title.then(|| first.to_string())
}

impl Engine {
    /// Loads everything `config` asks for.
    pub fn new(config: &Config) -> Result<Engine> {
        let mut kb = KnowledgeBase::load()?;
        if let Some(p) = &config.user_actors {
            kb.merge_user_file(p)?;
        }
        let cameo = CameoTable::load()?;
        let detector = Detector::load()?;
        let mut languages = BTreeMap::new();
        for code in data::languages() {
            languages.insert(code.to_string(), LanguageModel::load(code, &kb, &cameo)?);
        }
        if let Some(l) = &config.lang {
            if !languages.contains_key(l) {
                return Err(Error::Usage(format!(
                    "--lang {l}: no such language (known: {})",
                    languages.keys().cloned().collect::<Vec<_>>().join(", ")
                )));
            }
        }
        Ok(Engine { kb, cameo, detector, languages })
    }

    /// The language of an article: the forced one, else detected.
    pub fn language_of(&self, article: &Article, config: &Config) -> &LanguageModel {
        let code = config.lang.clone().unwrap_or_else(|| self.detector.detect(&article.text).to_string());
        self.languages
            .get(&code)
            .or_else(|| self.languages.values().next())
            .expect("at least one language is loaded")
    }

    /// Runs one article through the pipeline.
    pub fn analyze(&self, article: &Article, config: &Config) -> ArticleResult {
        let lm = self.language_of(article, config);
        let text = &article.text;
        // The document's own numeric date order ("25/6/2025" in an English article makes it day-first).
        let tagger = lm.tagger.adapted_to(text);
        let (anchor, source) = match (config.date, article.dct) {
            (Some(d), _) => (Some(d), "given"),
            (None, Some(d)) => (Some(d), "document"),
            (None, None) => match tagger.infer_anchor(text) {
                Some(d) => (Some(d), "inferred"),
                None => (None, "none"),
            },
        };
        let sentences = lm.sentences(text);
        let title = first_line_title(text);
        // "Rebels ... captured two towns" before the article names the Seleka:
        // the armed group the article names first is who "the rebels" are until then.
        let first_armed = if lm.finder.may_refer_to_armed(text) {
            sentences
                .iter()
                .find_map(|s| lm.finder.first_armed_group(&TokenView::new(text, s.start, s.end), &self.kb))
        } else {
            None
        };
        let mut doc_actors = ArticleActors { first_armed, ..ArticleActors::default() };
        let mut mentions = Vec::new();
        let mut named: Vec<(usize, usize, String)> = Vec::new();
        // LINIMASA_DEBUG=1 shows what each sentence yields, for lexicon work.
        let debug = std::env::var_os("LINIMASA_DEBUG").is_some();
        for s in &sentences {
            let view = TokenView::new(text, s.start, s.end);
            let times = tagger.find(text, s.start..s.end);
            let spans: Vec<std::ops::Range<usize>> = times.iter().map(|t| t.start..t.end).collect();
            let headline = s.index == 0 && title.is_some();
            let actor_mentions = lm.finder.find(&view, &self.kb, anchor, &spans, headline, &mut doc_actors);
            // "Statement by President Biden", "Pernyataan oleh ...": the title names the author.
            if headline {
                doc_actors.author = lm.finder.author_in_title(&view, &actor_mentions);
            }
            let input = SentenceInput {
                index: s.index,
                view: &view,
                mentions: &actor_mentions,
                times: &times,
                anchor,
                markers: &lm.finder.markers,
                possessors: &doc_actors.possessors,
                modifier_follows_head: lm.modifier_follows_head,
                reporter: doc_actors.reporter.as_ref().map(|(v, who)| (*v, who.as_str())),
                voice: doc_actors.sentence_voice.as_deref(),
            };
            if debug {
                let words: Vec<String> = actor_mentions
                    .iter()
                    .map(|m| {
                        format!(
                            "{}={:?}{}",
                            &text[view.tokens[m.first].start..view.tokens[m.last - 1].end],
                            m.target,
                            if m.place { "@place" } else { "" }
                        )
                    })
                    .collect();
                eprintln!("[{}] text: {}", s.index, &text[s.start..s.end]);
                eprintln!("[{}] actors: {}", s.index, words.join("; "));
                for t in &times {
                    eprintln!("[{}] time: {:?} {:?}", s.index, &text[t.start..t.end], t.expr);
                }
                for t in lm.lexicon.triggers.find(&view) {
                    let phrase = &text[view.tokens[t.first].start..view.tokens[t.last - 1].end];
                    eprintln!("[{}] trigger: {:?} {} {}", s.index, phrase, t.value.plover, t.value.cameo);
                }
            }
            let base = mentions.len();
            let events = extract_sentence(&lm.lexicon, &input);
            // "mengutuk operasi itu", "condemned the attack": an event noun told again refers to this event.
            // The event's noun: an event noun's first word, a verb phrase's last ("melancarkan operasi").
            for e in &events {
                let noun = match e.entry.frame {
                    crate::events::lexicon::Frame::Noun | crate::events::lexicon::Frame::Theme => {
                        e.trigger.split_whitespace().next()
                    }
                    _ => e.trigger.split_whitespace().nth(1).and(e.trigger.split_whitespace().last()),
                };
                if let (Some(word), Some(actor)) = (noun, e.actors.first().filter(|a| *a != PENDING_SPEAKER))
                {
                    doc_actors.possessors.insert(word.to_lowercase(), actor.clone());
                }
            }
            // Actors named so far, by sentence, for pairs ("Keduanya ...") that no event before resolves.
            for am in actor_mentions.iter().filter(|m| !m.place && m.via != Via::Pronoun) {
                if let Some(id) = am.actor().filter(|a| *a != PENDING_SPEAKER) {
                    named.push((s.index, view.tokens[am.first].start, id.to_string()));
                }
            }
            for mut m in events {
                if let Some(k) = m.pair {
                    (m.pair_hint, m.pair_hint_together) =
                        pair_hint(&named, &doc_actors.actors, k, m.sentence, m.start);
                }
                if debug {
                    eprintln!(
                        "[{}] event: {} {:?} {:?} -> {:?} {:?}",
                        s.index, m.trigger, m.entry.plover, m.actors, m.recipients, m.modality
                    );
                }
                if let Some((_, RelTarget::Mention(i), _)) = &mut m.relation {
                    *i += base;
                }
                mentions.push(m);
            }
        }
        // A quotation's "we" whose speaker is named where the quotation closes.
        for m in
            mentions.iter_mut().filter(|m| m.actors.iter().chain(&m.recipients).any(|a| a == PENDING_SPEAKER))
        {
            let speaker = doc_actors.resolve_pending_speaker(m.sentence).map(|sp| doc_actors.speaks_for(&sp));
            for ids in [&mut m.actors, &mut m.recipients] {
                if let Some(k) = ids.iter().position(|a| a == PENDING_SPEAKER) {
                    match &speaker {
                        Some(sp) if !ids.contains(sp) => ids[k] = sp.clone(),
                        _ => {
                            ids.remove(k);
                        }
                    }
                }
            }
            let actors = &m.actors;
            m.recipients.retain(|r| !actors.contains(r));
        }
        let mut events = assemble(mentions, &doc_actors.actors);
        // A headline restates the story in short: an event only the headline
        // states, that no sentence of the body confirms, is left out.
        if title.is_some() {
            let headline_only: Vec<bool> =
                events.iter().map(|e| e.mentions.iter().all(|m| m.sentence == 0)).collect();
            events = drop_events(events, &headline_only);
        }
        ArticleResult {
            document: DocumentRecord {
                id: article.id.clone(),
                path: article.path.display().to_string(),
                lang: lm.code.clone(),
                title,
                anchor: AnchorRecord { date: anchor.map(|d| d.to_string()), source: source.into() },
            },
            actors: doc_actors.actors,
            events,
            text: text.clone(),
            sentences,
        }
    }

    /// Analyses every article (in parallel; the result does not depend on the thread count).
    pub fn analyze_all(&self, articles: &[Article], config: &Config) -> Result<Vec<ArticleResult>> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(config.threads)
            .build()
            .map_err(|e| Error::Usage(format!("--threads {}: {e}", config.threads)))?;
        Ok(pool.install(|| articles.par_iter().map(|a| self.analyze(a, config)).collect()))
    }

    /// Joins analysed articles into one timeline.
    pub fn timeline(&self, results: &[ArticleResult]) -> Timeline {
        build_timeline(self, results)
    }
}

/// Runs every article through the pipeline and joins them into one timeline.
pub fn run(articles: &[Article], config: &Config) -> Result<Timeline> {
    let engine = Engine::new(config)?;
    let results = engine.analyze_all(articles, config)?;
    Ok(engine.timeline(&results))
}

fn merge_actor(into: &mut BTreeMap<String, ActorRecord>, a: &ActorRecord) {
    match into.get_mut(&a.id) {
        None => {
            into.insert(a.id.clone(), a.clone());
        }
        Some(e) => {
            for al in &a.aliases {
                if !e.aliases.contains(al) {
                    e.aliases.push(al.clone());
                }
            }
            for r in &a.roles {
                if !e.roles.contains(r) {
                    e.roles.push(r.clone());
                }
            }
        }
    }
}

fn build_timeline(engine: &Engine, results: &[ArticleResult]) -> Timeline {
    struct Pending<'a> {
        doc: usize,
        event: &'a DocEvent,
        local: usize,
    }
    let mut actors: BTreeMap<String, ActorRecord> = BTreeMap::new();
    let mut pending: Vec<Pending> = Vec::new();
    for (d, r) in results.iter().enumerate() {
        for (i, e) in r.events.iter().enumerate() {
            pending.push(Pending { doc: d, event: e, local: i });
        }
    }
    // Time order; undated last; ties in reading order.
    pending.sort_by_key(|p| {
        let when = p.event.main.when.as_ref();
        (
            when.is_none(),
            when.and_then(|w| w.value.start),
            when.map(|w| std::cmp::Reverse(w.value.granularity)),
            p.doc,
            p.event.main.start,
        )
    });
    let mut id_of: BTreeMap<(usize, usize), String> = BTreeMap::new();
    for (n, p) in pending.iter().enumerate() {
        id_of.insert((p.doc, p.local), format!("e{}", n + 1));
    }
    let mut events = Vec::new();
    let mut edges = Vec::new();
    // One character map per document, not per event.
    let char_maps: Vec<CharMap> = results.iter().map(|r| CharMap::new(&r.text)).collect();
    for p in &pending {
        let r = &results[p.doc];
        let e = &p.event.main;
        let id = id_of[&(p.doc, p.local)].clone();
        let cameo = engine.cameo.get(&e.entry.cameo);
        let name_of = |a: &String| r.actors.get(a).map_or_else(|| a.clone(), short_name);
        let names = |v: &[String]| v.iter().map(name_of).collect::<Vec<_>>();
        let what = cameo.map_or_else(|| e.entry.plover.to_lowercase(), |c| c.name.clone());
        let label = if e.recipients.is_empty() {
            format!("{}: {what}", names(&e.actors).join(" – "))
        } else {
            format!("{} → {}: {what}", names(&e.actors).join(", "), names(&e.recipients).join(", "))
        };
        // (The event a relative date points at is one of the document's.)
        let relative = p
            .event
            .relative_to
            .as_ref()
            .and_then(|(days, other, _)| Some((*days, id_of.get(&(p.doc, *other))?)));
        let anchored_to = match (relative, &e.when) {
            (Some((_, other)), _) => format!("event:{other}"),
            (None, Some(w)) => w.anchored_to.clone(),
            (None, None) => String::new(),
        };
        let when = e.when.as_ref().map(|w| WhenRecord {
            value: w.value.value.clone(),
            modifier: w.value.modifier.map(|m| {
                serde_json::to_value(m).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
            }),
            start: w.value.start.map(|d| d.to_string()),
            end: w.value.end.map(|d| d.to_string()),
            granularity: serde_json::to_value(w.value.granularity)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            text: w.text.clone(),
            anchored_to: anchored_to.clone(),
        });
        let cmap = &char_maps[p.doc];
        let mut evidence: Vec<EvidenceRecord> = Vec::new();
        // The sentence with the trigger first, then the others in reading order.
        let mut mentions: Vec<&crate::events::EventMention> = p.event.mentions.iter().collect();
        mentions.sort_by_key(|m| (m.start != e.start, m.start));
        for m in mentions {
            if evidence.iter().any(|x| x.sentence == m.sentence) {
                continue;
            }
            let s = &r.sentences[m.sentence];
            evidence.push(EvidenceRecord {
                doc: r.document.id.clone(),
                sentence: s.index,
                start: cmap.char_offset(s.start),
                end: cmap.char_offset(s.end),
                text: r.text[s.start..s.end].to_string(),
            });
        }
        let date = when.as_ref().map(|w| w.value.clone());
        for (role, list) in [("actor", &e.actors), ("recipient", &e.recipients)] {
            for a in list {
                edges.push(EdgeRecord {
                    kind: "participant".into(),
                    source: a.clone(),
                    target: id.clone(),
                    role: Some(role.into()),
                    date: date.clone(),
                    days: None,
                });
            }
        }
        if let Some((days, other)) = relative {
            edges.push(EdgeRecord {
                kind: "relative".into(),
                source: id.clone(),
                target: other.clone(),
                role: None,
                date: date.clone(),
                days: Some(days),
            });
        }
        events.push(EventRecord {
            id,
            label,
            plover: PloverRecord {
                event: e.entry.plover.clone(),
                mode: e.entry.mode.clone(),
                context: Vec::new(),
            },
            cameo: CameoRecord {
                code: e.entry.cameo.clone(),
                name: cameo.map(|c| c.name.clone()).unwrap_or_default(),
                goldstein: cameo.map_or(0.0, |c| c.goldstein),
                quad_class: cameo.map_or(0, |c| c.quad_class),
            },
            actors: e.actors.clone(),
            recipients: e.recipients.clone(),
            when,
            location: e.location.clone(),
            modality: e.modality.as_str().into(),
            trigger: e.trigger.clone(),
            evidence,
        });
    }
    // Dated events chained in time order.
    let dated: Vec<&EventRecord> = events.iter().filter(|e| e.when.is_some()).collect();
    for w in dated.windows(2) {
        edges.push(EdgeRecord {
            kind: "precedes".into(),
            source: w[0].id.clone(),
            target: w[1].id.clone(),
            role: None,
            date: None,
            days: None,
        });
    }
    // Every actor the documents name as a participant-capable mention (not a
    // place), whether or not an event was found for it: the graph's nodes.
    for r in results {
        for a in r.actors.values() {
            merge_actor(&mut actors, a);
        }
    }
    // An actor the knowledge base holds, for one named only as a place
    // ("struck militias in Syria": Syria is the target) or as a body a role
    // is held in. False when the knowledge base lacks it.
    let add_from_kb = |actors: &mut BTreeMap<String, ActorRecord>, id: &String| {
        if actors.contains_key(id) {
            return true;
        }
        let Some(k) = engine.kb.get(id) else { return false };
        let rec = results.iter().find_map(|r| r.actors.get(id).cloned()).unwrap_or_else(|| ActorRecord {
            id: k.id.clone(),
            name: k.name.clone(),
            kind: k.kind.as_str().into(),
            country: k.country.clone(),
            aliases: Vec::new(),
            qid: k.qid.clone(),
            roles: Vec::new(),
        });
        actors.insert(id.clone(), rec);
        true
    };
    for e in &events {
        for id in e.actors.iter().chain(&e.recipients) {
            add_from_kb(&mut actors, id);
        }
    }
    // Role edges, with the bodies roles are held in.
    let mut role_edges = Vec::new();
    let holders: Vec<ActorRecord> = actors.values().cloned().collect();
    for a in &holders {
        for role in &a.roles {
            let Some(of) = &role.of else { continue };
            if !add_from_kb(&mut actors, of) {
                continue;
            }
            role_edges.push(EdgeRecord {
                kind: "role".into(),
                source: a.id.clone(),
                target: of.clone(),
                role: Some(role.role.clone()),
                date: role.from.clone(),
                days: None,
            });
        }
    }
    edges.extend(role_edges);
    Timeline {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        documents: results.iter().map(|r| r.document.clone()).collect(),
        actors: actors.into_values().collect(),
        events,
        edges,
    }
}

/// The name a label uses: a person's surname-style alias, else the name.
fn short_name(a: &ActorRecord) -> String {
    if a.kind == "person" {
        if let Some(last) = a.name.split_whitespace().last() {
            return last.to_string();
        }
    }
    a.name.clone()
}

/// The two actors of a pair's kind named last before byte `start` of
/// `sentence`, in this sentence or the two before it, in text order, with the
/// sentence that names both, if one does: who "keduanya" / "both leaders" are
/// when no earlier event has two sides, or when the event with two sides was
/// told before a sentence named both states ("Pakistan and India have fought
/// three wars. Both sides ..."). A pair of any kind prefers two people.
fn pair_hint(
    named: &[(usize, usize, String)],
    actors: &BTreeMap<String, ActorRecord>,
    k: PairKind,
    sentence: usize,
    start: usize,
) -> (Vec<String>, Option<usize>) {
    // The two actors of a kind, the sentence where the earlier of them is last
    // named, and the sentence that names both, if one does.
    let of_kind = |kind: &str| -> (Vec<String>, usize, Option<usize>) {
        let mut out: Vec<String> = Vec::new();
        let mut at: Vec<usize> = Vec::new();
        for (si, _, id) in
            named.iter().rev().filter(|(si, at, _)| *si + 2 >= sentence && (*si < sentence || *at < start))
        {
            if actors.get(id).is_some_and(|a| a.kind == kind) && !out.contains(id) {
                out.push(id.clone());
                at.push(*si);
                if out.len() == 2 {
                    break;
                }
            }
        }
        out.reverse();
        // (Only states: a person named beside another is often a third party,
        // "Zelenskyy set out ... Putin's invasion. The leaders discussed ...".)
        let together = (kind == "state" && at.len() == 2 && at[0] == at[1]).then(|| at[0]);
        (out, at.last().copied().unwrap_or(0), together)
    };
    let found = match k {
        PairKind::Person => of_kind("person"),
        PairKind::State => of_kind("state"),
        // (Two states named together after both people: "Jaishankar met Wang ...
        // Pakistan and India have fought three wars. Both sides ...".)
        PairKind::Any => {
            let (people, states) = (of_kind("person"), of_kind("state"));
            if people.0.len() == 2 && states.2.is_none_or(|both| both <= people.1) {
                people
            } else {
                states
            }
        }
    };
    if found.0.len() == 2 {
        (found.0, found.2)
    } else {
        (Vec::new(), None)
    }
}
