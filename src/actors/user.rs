//! A user's own actors (`--actors FILE.toml`).
//!
//! ```toml
//! [[actor]]
//! id = "person:dmitry-peskov"      # optional: made from the name
//! name = "Dmitry Peskov"
//! kind = "person"                  # person, state, organization, group
//! country = "RUS"
//! qid = "Q4160340"
//! aliases = ["Peskov", "Peskow@id"]  # @id / @en: only in that language
//! ```

use serde::Deserialize;

use super::kb::{parse_alias, slug, ActorKind, Alias, KnownActor};
use crate::error::{Error, Result};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserFile {
    #[serde(default)]
    actor: Vec<UserActor>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserActor {
    id: Option<String>,
    name: String,
    kind: String,
    country: Option<String>,
    qid: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Parses a user's actors file; `source` names it in errors, which carry the line.
pub fn parse_user_actors(source: &str, text: &str) -> Result<Vec<KnownActor>> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let file: UserFile = toml::from_str(text).map_err(|e| Error::Data {
        file: source.to_string(),
        line: e.span().map_or(0, |s| line_of(s.start)),
        message: e.message().to_string(),
    })?;
    let mut out = Vec::new();
    for a in file.actor {
        let kind = ActorKind::parse(&a.kind).ok_or_else(|| Error::Data {
            file: source.to_string(),
            line: text.find(&format!("\"{}\"", a.kind)).map_or(0, line_of),
            message: format!("unknown kind `{}` (person, state, organization, group)", a.kind),
        })?;
        let id = a.id.unwrap_or_else(|| match kind {
            ActorKind::Person => format!("person:{}", slug(&a.name)),
            ActorKind::State => a.country.clone().unwrap_or_else(|| slug(&a.name).to_uppercase()),
            ActorKind::Organization => format!("org:{}", slug(&a.name)),
            ActorKind::Group => format!("group:{}", slug(&a.name)),
        });
        let aliases = a
            .aliases
            .iter()
            .map(|s| {
                let (text, lang) = parse_alias(s);
                Alias { text, lang, metonym: false }
            })
            .collect();
        out.push(KnownActor { id, kind, country: a.country, name: a.name, qid: a.qid, aliases });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_actors_and_makes_ids() {
        let t = "[[actor]]\nname = \"Dmitry Peskov\"\nkind = \"person\"\ncountry = \"RUS\"\naliases = [\"Peskov\"]\n";
        let a = parse_user_actors("my.toml", t).unwrap();
        assert_eq!(a[0].id, "person:dmitry-peskov");
        assert_eq!(a[0].aliases[0].text, "Peskov");
    }

    #[test]
    fn a_malformed_file_names_its_line() {
        let t = "[[actor]]\nname = \"X\"\nkind = \"person\"\ncountry = \n";
        let e = parse_user_actors("my.toml", t).unwrap_err().to_string();
        assert!(e.starts_with("my.toml:4:"), "{e}");
    }

    #[test]
    fn an_unknown_kind_is_refused() {
        let t = "[[actor]]\nname = \"X\"\nkind = \"alien\"\n";
        let e = parse_user_actors("my.toml", t).unwrap_err().to_string();
        assert!(e.contains("alien") && e.starts_with("my.toml:3:"), "{e}");
    }
}
