//! The actor knowledge base: states, organizations, armed groups and people
//! with their names in each language, capitals and seats that stand for
//! governments, and dated roles (`data/kb/`).

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::data::{self, Table};
use crate::error::{Error, Result};

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A state (or its government).
    State,
    /// An international or national organization.
    Organization,
    /// An armed or political group.
    Group,
}

impl ActorKind {
    /// The name used in the JSON timeline.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        match s {
            "person" => Some(ActorKind::Person),
            "state" => Some(ActorKind::State),
            "organization" => Some(ActorKind::Organization),
            "group" => Some(ActorKind::Group),
            _ => None,
        }
    }
}

/// A name of an actor, possibly limited to one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The name as written.
    pub text: String,
    /// The language it is used in, or `None` for every language.
    pub lang: Option<String>,
    /// True when it stands for the actor as a place name does (Moskow, Kremlin).
    pub metonym: bool,
}

/// True when two spellings share most of their letters in order ("Yisrael"
/// and "Israel"): the longest common subsequence covers 60% of the longer.
fn similar(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row = vec![0usize; b.len() + 1];
    for &x in &a {
        let mut diag = 0;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()] * 5 >= a.len().max(b.len()) * 3
}

/// An actor known in advance.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownActor {
    /// Stable id (`RUS`, `person:vladimir-putin`).
    pub id: String,
    /// Its kind.
    pub kind: ActorKind,
    /// ISO alpha-3 of its country.
    pub country: Option<String>,
    /// Canonical name.
    pub name: String,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// Every other name.
    pub aliases: Vec<Alias>,
}

impl KnownActor {
    /// True when `given` (a word written before this person's surname) may be
    /// one of their given names: an initial, a word of one of their names, or
    /// a spelling of one starting with the same letter ("Sergei" for "Sergey").
    /// "Junichiro Koizumi" is not the known "Shinjiro Koizumi".
    pub fn admits_given_name(&self, given: &str) -> bool {
        // An initial, or an abbreviation in capitals ("EAM Jaishankar"), tells nothing.
        if given.chars().count() <= 2 || given.chars().all(|c| !c.is_lowercase()) {
            return true;
        }
        // A name of one word tells no given name to compare.
        if self.name.split_whitespace().count() < 2 {
            return true;
        }
        let given = given.to_lowercase();
        // The words before the last of every name of several words.
        let names = std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|a| a.text.as_str()));
        names
            .flat_map(|n| {
                let ws: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
                ws[..ws.len().saturating_sub(1)].to_vec()
            })
            .any(|w| w == given || w.chars().next() == given.chars().next() || similar(&w, &given))
    }
}

/// A dated role: `person` was `role` of `of` from `from` to `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The person's id.
    pub person: String,
    /// Role id (`president`).
    pub role: String,
    /// The state or organization id.
    pub of: String,
    /// First day.
    pub from: Option<NaiveDate>,
    /// Last day (exclusive of nothing: the day it ended), or ongoing.
    pub to: Option<NaiveDate>,
}

impl Role {
    /// True when the role was held on `date`.
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date < t)
    }
}

/// All known actors and roles.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    /// Every known actor.
    pub actors: Vec<KnownActor>,
    index: HashMap<String, usize>,
    /// Every dated role.
    pub roles: Vec<Role>,
    /// Generic roles and the specific roles each may stand for, in order of
    /// preference (`leader` -> `prime_minister`, `president`, ...).
    pub role_kinds: Vec<(String, String)>,
    /// Roles that titles give to a body, not a person (`military`, `government`).
    pub body_roles: Vec<String>,
    /// Seats of government (lower case: "downing street", "white house"), whose
    /// mention tells whose government an article speaks for.
    pub seats: std::collections::HashSet<String>,
    /// Ministries that stand for a state (lower case: "kemlu", "pejambon"):
    /// one of one word right before another state's name is that state's
    /// ("Kemlu Filipina").
    pub ministries: std::collections::HashSet<String>,
    /// States whose people are named family name first (`kb/name_order.tsv`).
    pub family_first: std::collections::HashSet<String>,
}

/// The files of `data/kb/` that list actors, all in the same columns.
pub const ACTOR_FILES: &[&str] = &["kb/states.tsv", "kb/organizations.tsv", "kb/groups.tsv", "kb/people.tsv"];

fn parse_date(t: &Table, row: &crate::data::Row, s: &str) -> Result<Option<NaiveDate>> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Some).map_err(|_| t.error(row, format!("bad date `{s}`")))
}

/// Adds, for the name and every alias written with accents, the same
/// without them, so that text written without accents finds the actor.
fn add_plain_aliases(actor: &mut KnownActor) {
    let plain: Vec<Alias> = std::iter::once((actor.name.as_str(), None, false))
        .chain(actor.aliases.iter().map(|a| (a.text.as_str(), a.lang.clone(), a.metonym)))
        .filter_map(|(text, lang, metonym)| {
            let bare = without_accents(text);
            (bare != text).then_some(Alias { text: bare, lang, metonym })
        })
        .collect();
    for a in plain {
        if !actor.aliases.iter().any(|x| x.text == a.text) {
            actor.aliases.push(a);
        }
    }
}

/// `s` with its accents and other combining marks removed, case kept.
fn without_accents(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if s.is_ascii() {
        return s.to_string();
    }
    s.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect()
}

/// Splits an alias cell `name@lang` into the name and its language.
pub fn parse_alias(cell: &str) -> (String, Option<String>) {
    match cell.rsplit_once('@') {
        Some((name, lang)) if !lang.is_empty() && lang.chars().all(|c| c.is_ascii_lowercase()) => {
            (name.trim().to_string(), Some(lang.to_string()))
        }
        _ => (cell.trim().to_string(), None),
    }
}

impl KnowledgeBase {
    /// Loads the built-in knowledge base.
    pub fn load() -> Result<KnowledgeBase> {
        let mut kb = KnowledgeBase::default();
        for file in ACTOR_FILES {
            if data::file(file).is_none() {
                continue;
            }
            let t = data::table(file)?;
            kb.add_actor_table(&t)?;
        }
        if data::file("kb/metonyms.tsv").is_some() {
            let t = data::table("kb/metonyms.tsv")?;
            for row in &t.rows {
                let (alias, actor, lang) = (row.get(0), row.get(1), row.get(3));
                let Some(&i) = kb.index.get(actor) else {
                    return Err(t.error(row, format!("unknown actor `{actor}`")));
                };
                let lang = (!lang.is_empty()).then(|| lang.to_string());
                match row.get(2) {
                    "seat" => {
                        kb.seats.insert(alias.to_lowercase());
                        kb.seats.insert(without_accents(alias).to_lowercase());
                    }
                    "ministry" => {
                        kb.ministries.insert(alias.to_lowercase());
                        kb.ministries.insert(without_accents(alias).to_lowercase());
                    }
                    _ => {}
                }
                let plain = without_accents(alias);
                kb.actors[i].aliases.push(Alias {
                    text: alias.to_string(),
                    lang: lang.clone(),
                    metonym: true,
                });
                if plain != alias && !kb.actors[i].aliases.iter().any(|a| a.text == plain) {
                    kb.actors[i].aliases.push(Alias { text: plain, lang, metonym: true });
                }
            }
        }
        if data::file("kb/name_order.tsv").is_some() {
            let t = data::table("kb/name_order.tsv")?;
            for row in &t.rows {
                match row.get(1) {
                    "family-first" => {
                        kb.family_first.insert(row.get(0).to_string());
                    }
                    // "Yoshimasa Hayashi" in the news, "HAYASHI Yoshimasa" in his
                    // ministry's readouts: the name in the other order names him too.
                    "either" => {
                        let country = row.get(0).to_string();
                        for a in kb.actors.iter_mut() {
                            if a.kind != ActorKind::Person || a.country.as_deref() != Some(country.as_str()) {
                                continue;
                            }
                            if let [given, family] = a.name.split_whitespace().collect::<Vec<_>>()[..] {
                                let text = format!("{family} {given}");
                                if !a.aliases.iter().any(|x| x.text == text) {
                                    a.aliases.push(Alias { text, lang: None, metonym: false });
                                }
                            }
                        }
                    }
                    other => return Err(t.error(row, format!("unknown name order `{other}`"))),
                }
            }
        }
        if data::file("kb/roles.tsv").is_some() {
            let t = data::table("kb/roles.tsv")?;
            for row in &t.rows {
                let role = Role {
                    person: row.get(0).to_string(),
                    role: row.get(1).to_string(),
                    of: row.get(2).to_string(),
                    from: parse_date(&t, row, row.get(3))?,
                    to: parse_date(&t, row, row.get(4))?,
                };
                if !kb.index.contains_key(&role.person) {
                    return Err(t.error(row, format!("unknown person `{}`", role.person)));
                }
                kb.roles.push(role);
            }
        }
        if data::file("kb/role_kinds.tsv").is_some() {
            let t = data::table("kb/role_kinds.tsv")?;
            kb.role_kinds = t.rows.iter().map(|r| (r.get(0).to_string(), r.get(1).to_string())).collect();
        }
        if data::file("kb/body_roles.tsv").is_some() {
            kb.body_roles =
                data::table("kb/body_roles.tsv")?.rows.iter().map(|r| r.get(0).to_string()).collect();
        }
        Ok(kb)
    }

    /// True for a role that names a body, not a person.
    pub fn is_body_role(&self, role: &str) -> bool {
        self.body_roles.iter().any(|r| r == role)
    }

    /// The specific roles a generic role may stand for, in order of preference.
    pub fn stands_for<'a>(&'a self, role: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.role_kinds.iter().filter(move |(g, _)| g == role).map(|(_, s)| s.as_str())
    }

    /// Adds the rows of an actor table (`id kind country name qid aliases`).
    pub fn add_actor_table(&mut self, t: &Table) -> Result<()> {
        for row in &t.rows {
            let id = row.get(0);
            let kind = ActorKind::parse(row.get(1))
                .ok_or_else(|| t.error(row, format!("unknown kind `{}`", row.get(1))))?;
            if id.is_empty() || row.get(3).is_empty() {
                return Err(t.error(row, "id and name are required"));
            }
            let aliases = row
                .get(5)
                .split('|')
                .filter(|a| !a.trim().is_empty())
                .map(|a| {
                    let (text, lang) = parse_alias(a);
                    Alias { text, lang, metonym: false }
                })
                .collect();
            let actor = KnownActor {
                id: id.to_string(),
                kind,
                country: Some(row.get(2)).filter(|c| !c.is_empty()).map(str::to_string),
                name: row.get(3).to_string(),
                qid: Some(row.get(4)).filter(|c| !c.is_empty()).map(str::to_string),
                aliases,
            };
            self.insert(actor);
        }
        Ok(())
    }

    /// Adds an actor, or merges its aliases into the one with the same id.
    /// A name or alias written with accents is found without them too
    /// ("São Tomé and Príncipe" as "Sao Tome and Principe").
    pub fn insert(&mut self, mut actor: KnownActor) {
        add_plain_aliases(&mut actor);
        if let Some(&i) = self.index.get(&actor.id) {
            let existing = &mut self.actors[i];
            for a in actor.aliases {
                if !existing.aliases.contains(&a) {
                    existing.aliases.push(a);
                }
            }
            return;
        }
        self.index.insert(actor.id.clone(), self.actors.len());
        self.actors.push(actor);
    }

    /// The position of an actor in [`KnowledgeBase::actors`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&KnownActor> {
        self.index.get(id).map(|&i| &self.actors[i])
    }

    /// Who held `role` of `of` on `date` (with no date: ever), when exactly
    /// one person did.
    pub fn holder(&self, role: &str, of: &str, date: Option<NaiveDate>) -> Option<&str> {
        // Several people holding it at once (aides, spokespeople): no single answer.
        let mut holders =
            self.roles.iter().filter(|r| r.role == role && r.of == of && date.is_none_or(|d| r.holds_on(d)));
        let first = holders.next()?;
        holders.all(|r| r.person == first.person).then_some(first.person.as_str())
    }

    /// The roles a person holds on `date` (all of them with no date).
    pub fn roles_of(&self, person: &str, date: Option<NaiveDate>) -> Vec<&Role> {
        self.roles.iter().filter(|r| r.person == person && date.is_none_or(|d| r.holds_on(d))).collect()
    }

    /// Reads a user's actors file (TOML: `[[actor]]` tables with `id`, `name`,
    /// `kind`, optional `country`, `qid`, `aliases`) and merges it in.
    pub fn merge_user_file(&mut self, path: &std::path::Path) -> Result<()> {
        let text =
            std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        for actor in crate::actors::user::parse_user_actors(&path.display().to_string(), &text)? {
            self.insert(actor);
        }
        Ok(())
    }
}

/// A lower-case ASCII slug of a name, for ids: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy".
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let ascii: String = name.nfkd().filter(|c| c.is_ascii()).collect();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_kb_loads_and_knows_the_us_president_by_date() {
        let kb = KnowledgeBase::load().unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(kb.holder("president", "USA", d("2016-05-01")), Some("person:barack-obama"));
        assert_eq!(kb.holder("president", "USA", d("2025-07-03")), Some("person:donald-trump"));
        assert_eq!(kb.holder("president", "USA", d("2022-01-01")), Some("person:joe-biden"));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
    }

    #[test]
    fn alias_language_suffix() {
        assert_eq!(parse_alias("AS@id"), ("AS".to_string(), Some("id".to_string())));
        assert_eq!(parse_alias("Kremlin"), ("Kremlin".to_string(), None));
    }
}
