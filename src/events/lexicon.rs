//! The event lexicons: triggers by PLOVER type (`data/<lang>/triggers.tsv`),
//! modality cues (`data/<lang>/modality.tsv`) and the CAMEO table
//! (`data/cameo.tsv`).

use std::collections::HashMap;

use crate::data;
use crate::error::Result;
use crate::lexicon::{CaseRule, PhraseMatcher};

/// How a trigger's participants are found in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A verb: initiator before it, target after it.
    Active,
    /// A passive verb: target before it, initiator after it (after "oleh").
    Passive,
    /// Every participant is an initiator (meet, agree, talk).
    Reciprocal,
    /// An event noun: participants around it.
    Noun,
    /// A noun that is an event only when declared or agreed (ceasefire).
    Theme,
    /// A verb whose subject undergoes the act and whose initiator is who says
    /// so: "South Korea will face serious consequences, Kim said" is Kim's
    /// threat to South Korea.
    Undergo,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "active" => Frame::Active,
            "passive" => Frame::Passive,
            "reciprocal" => Frame::Reciprocal,
            "noun" => Frame::Noun,
            "theme" => Frame::Theme,
            "undergo" => Frame::Undergo,
            _ => return None,
        })
    }
}

/// One trigger of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerEntry {
    /// PLOVER event type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// How participants are found.
    pub frame: Frame,
}

impl TriggerEntry {
    /// True for verbal acts (CAMEO QuadClass 1 or 3 by PLOVER type): what can be said during a call.
    pub fn verbal(&self) -> bool {
        matches!(
            self.plover.as_str(),
            "AGREE" | "SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "CONCEDE"
        )
    }

    /// True for cooperative verbal acts (support, agreement, request,
    /// concession): in a readout of a call or meeting they are addressed to the
    /// counterpart unless the sentence names another addressee.
    pub fn addressed(&self) -> bool {
        matches!(self.plover.as_str(), "AGREE" | "SUPPORT" | "REQUEST" | "CONCEDE")
    }

    /// True for material hostile acts (sanction, coercion, assault): they
    /// are an interaction only when aimed at someone, and "the Houthis
    /// attacked cargo ships" names no second side. (A condemnation or a
    /// threat is an act of its speaker even when its target goes unnamed.)
    pub fn aimed(&self) -> bool {
        matches!(self.plover.as_str(), "SANCTION" | "COERCE" | "ASSAULT")
    }

    /// True for hostile acts another's words can condemn: the material ones
    /// ([`TriggerEntry::aimed`]) and threats.
    pub fn hostile(&self) -> bool {
        self.aimed() || self.plover == "THREATEN"
    }

    /// True for events whose sides are all initiators: a reciprocal frame, or
    /// a CONSULT, AGREE or COOPERATE noun ("talks", "agreement", "joint patrol").
    pub fn reciprocal(&self) -> bool {
        self.frame == Frame::Reciprocal
            || (matches!(self.frame, Frame::Noun | Frame::Theme)
                && matches!(self.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE"))
    }
}

/// Whether an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modality {
    /// It happened or is happening.
    Asserted,
    /// The text says it did not happen.
    Negated,
    /// Planned, scheduled, hoped for, intended, proposed.
    Future,
    /// Conditional or speculative.
    Hypothetical,
    /// A kind of event, not an event ("any talks"): such triggers are dropped.
    Generic,
}

impl Modality {
    /// The name used in the JSON timeline.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Generic => "generic",
        }
    }

    fn parse(s: &str) -> Option<Modality> {
        Some(match s {
            "asserted" => Modality::Asserted,
            "negated" => Modality::Negated,
            "future" => Modality::Future,
            "hypothetical" => Modality::Hypothetical,
            "generic" => Modality::Generic,
            _ => return None,
        })
    }
}

/// Where a modality cue stands relative to the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueScope {
    /// Before the trigger, in its clause.
    Before,
    /// Right before the trigger (at most one word between): "untuk", "to".
    Adjacent,
    /// Right after an event noun.
    After,
}

/// A modality cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The modality it signals.
    pub modality: Modality,
    /// Where it stands.
    pub scope: CueScope,
}

/// A language's triggers and cues.
#[derive(Debug, Clone)]
pub struct EventLexicon {
    /// Trigger phrases.
    pub triggers: PhraseMatcher<TriggerEntry>,
    /// Modality cues.
    pub cues: PhraseMatcher<Cue>,
    /// Phrases that look like events but are not ("refused to comment").
    pub non_events: PhraseMatcher<()>,
}

/// How a language drops a verb's prefix (Indonesian "meluncurkan rudal" →
/// "luncurkan rudal", the headline and colloquial form), read from the
/// `bare_verb_prefixes` and `bare_verb_exclude` keys of `lang.tsv`.
///
/// A rule `prefix:alternatives` strips the prefix; when the rest opens with a
/// vowel, each alternative is put before it (the initial the prefix replaced:
/// "menolak" → "tolak", "mengecam" → "kecam"). Only phrases of two or more
/// words get a bare form (a bare word alone is often a noun: "protes", "bom").
///
/// ```
/// use linimasa::events::lexicon::BareVerbs;
/// let b = BareVerbs::parse("meny:s|meng:k,|mem:p,m|men:t,n|me:", "tentang");
/// assert_eq!(b.forms("meluncurkan * rudal"), ["luncurkan * rudal"]);
/// assert!(b.forms("menolak usulan").contains(&"tolak usulan".to_string()));
/// assert!(b.forms("mengecam").is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct BareVerbs {
    rules: Vec<(String, Vec<String>)>,
    exclude: Vec<String>,
}

impl BareVerbs {
    /// Reads the rules (`prefix:alt,alt|...`, longest prefix first) and the
    /// bare words never to generate (`word|word`).
    pub fn parse(rules: &str, exclude: &str) -> BareVerbs {
        let mut rules: Vec<(String, Vec<String>)> = rules
            .split('|')
            .filter_map(|r| r.split_once(':'))
            .map(|(p, alts)| (p.to_string(), alts.split(',').map(str::to_string).collect()))
            .collect();
        rules.sort_by_key(|(p, _)| std::cmp::Reverse(p.chars().count()));
        let exclude = exclude.split('|').filter(|w| !w.is_empty()).map(str::to_string).collect();
        BareVerbs { rules, exclude }
    }

    /// The bare forms of a trigger phrase (none for a single word or a word without a prefix).
    pub fn forms(&self, phrase: &str) -> Vec<String> {
        let Some((first, rest)) = phrase.trim().split_once(char::is_whitespace) else {
            return Vec::new();
        };
        let first = first.to_lowercase();
        let Some((prefix, alts)) = self.rules.iter().find(|(p, _)| first.starts_with(p.as_str())) else {
            return Vec::new();
        };
        let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        let stem = &first[prefix.len()..];
        if stem.chars().count() < 3 {
            return Vec::new();
        }
        let vowel = stem.starts_with(['a', 'e', 'i', 'o', 'u']);
        let bare: Vec<String> =
            if vowel { alts.iter().map(|a| format!("{a}{stem}")).collect() } else { vec![stem.to_string()] };
        bare.into_iter().filter(|b| !self.exclude.contains(b)).map(|b| format!("{b} {rest}")).collect()
    }
}

impl EventLexicon {
    /// Loads the lexicons of `lang`, checking every CAMEO code against `cameo`.
    pub fn load(
        lang: &str,
        clitics: &[String],
        bare: &BareVerbs,
        cameo: &CameoTable,
    ) -> Result<EventLexicon> {
        let t = data::table(&format!("{lang}/triggers.tsv"))?;
        let (cp, cl, cm, cc, cf) = (
            t.column("phrase")?,
            t.column("plover")?,
            t.column("mode")?,
            t.column("cameo")?,
            t.column("frame")?,
        );
        let mut triggers = PhraseMatcher::new(clitics);
        let listed: std::collections::HashSet<String> =
            t.rows.iter().map(|r| r.get(cp).to_lowercase()).collect();
        for row in &t.rows {
            let frame = Frame::parse(row.get(cf))
                .ok_or_else(|| t.error(row, format!("unknown frame `{}`", row.get(cf))))?;
            let code = row.get(cc).to_string();
            if cameo.get(&code).is_none() {
                return Err(t.error(row, format!("CAMEO code `{code}` is not in data/cameo.tsv")));
            }
            if row.get(cl).is_empty() || row.get(cp).is_empty() {
                return Err(t.error(row, "phrase and plover are required"));
            }
            let entry = TriggerEntry {
                plover: row.get(cl).to_uppercase(),
                mode: Some(row.get(cm)).filter(|m| !m.is_empty()).map(str::to_string),
                cameo: code,
                frame,
            };
            // "Korut Luncurkan Rudal": the verb without its prefix, as headlines write it.
            if frame == Frame::Active {
                for phrase in bare.forms(row.get(cp)) {
                    if !listed.contains(&phrase) {
                        triggers.add(&phrase, CaseRule::Any, entry.clone());
                    }
                }
            }
            triggers.add(row.get(cp), CaseRule::Any, entry);
        }
        let t = data::table(&format!("{lang}/modality.tsv"))?;
        let mut cues = PhraseMatcher::new(clitics);
        for row in &t.rows {
            let modality = Modality::parse(row.get(1))
                .ok_or_else(|| t.error(row, format!("unknown modality `{}`", row.get(1))))?;
            let scope = match row.get(2) {
                "" | "before" => CueScope::Before,
                "after" => CueScope::After,
                "adjacent" => CueScope::Adjacent,
                other => return Err(t.error(row, format!("unknown scope `{other}`"))),
            };
            cues.add(row.get(0), CaseRule::Any, Cue { modality, scope });
        }
        let mut non_events = PhraseMatcher::new(clitics);
        let path = format!("{lang}/non_events.tsv");
        if data::file(&path).is_some() {
            for row in &data::table(&path)?.rows {
                non_events.add(row.get(0), CaseRule::Any, ());
            }
        }
        Ok(EventLexicon { triggers, cues, non_events })
    }
}

/// A CAMEO code's name, Goldstein score and QuadClass.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoEntry {
    /// Codebook name.
    pub name: String,
    /// Goldstein scale score.
    pub goldstein: f64,
    /// QuadClass 1-4.
    pub quad_class: u8,
}

/// The CAMEO codebook table.
#[derive(Debug, Clone, Default)]
pub struct CameoTable {
    codes: HashMap<String, CameoEntry>,
}

impl CameoTable {
    /// Loads `data/cameo.tsv`.
    pub fn load() -> Result<CameoTable> {
        let t = data::table("cameo.tsv")?;
        let mut codes = HashMap::new();
        for row in &t.rows {
            let goldstein: f64 = row
                .get(2)
                .parse()
                .map_err(|_| t.error(row, format!("bad Goldstein score `{}`", row.get(2))))?;
            let quad_class: u8 =
                row.get(3).parse().map_err(|_| t.error(row, format!("bad QuadClass `{}`", row.get(3))))?;
            codes.insert(
                row.get(0).to_string(),
                CameoEntry { name: row.get(1).to_string(), goldstein, quad_class },
            );
        }
        Ok(CameoTable { codes })
    }

    /// The entry of a code.
    pub fn get(&self, code: &str) -> Option<&CameoEntry> {
        self.codes.get(code)
    }
}
