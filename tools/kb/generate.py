#!/usr/bin/env python3
"""Generates data/kb/states.tsv from CLDR and checks every data/kb file.

Run through generate.sh, which installs the CLDR JSON packages first:

    bash tools/kb/generate.sh           # write data/kb/states.tsv, then check
    bash tools/kb/generate.sh --check   # only check (states.tsv must be current)

Inputs
  cldr-core/supplemental/codeMappings.json   alpha-2 -> alpha-3
  cldr-localenames-full/main/{en,id}/territories.json
                                              names, with -alt-short/-alt-variant
  tools/kb/state_overrides.tsv                display name and Wikidata QID by hand
  tools/kb/extra_aliases.tsv                  forms CLDR lacks (demonyms,
                                              Tiongkok, Korsel ...) and drops

Standard library only.
"""

import argparse
import json
import os
import re
import sys
from collections import defaultdict

ACTOR_FORMAT = "id\tkind\tcountry\tname\tqid\taliases"
FORMATS = {
    "states.tsv": ACTOR_FORMAT,
    "organizations.tsv": ACTOR_FORMAT,
    "groups.tsv": ACTOR_FORMAT,
    "people.tsv": ACTOR_FORMAT,
    "metonyms.tsv": "alias\tactor\tkind\tlang",
    "roles.tsv": "person\trole\tof\tfrom\tto",
    "non_actors.tsv": "phrase\tkind\tlang",
}
KIND_OF_FILE = {
    "states.tsv": "state",
    "organizations.tsv": "organization",
    "groups.tsv": "group",
    "people.tsv": "person",
}
# CLDR codes that are not countries or territories with an ISO 3166-1 code:
# exceptionally reserved codes, groupings, private-use and test codes.
NOT_TERRITORIES = set("AC CP CQ DG EA IC TA EU EZ UN QO ZZ XA XB".split())
# Kosovo has no ISO 3166-1 code; CLDR's user-assigned XK/XKK is kept because
# Kosovo is a party in the news.
METONYM_KINDS = {"capital", "seat", "ministry", "territory"}
LANGS = {"", "id", "en"}


def read_table(path, expected_format):
    """Rows (line number, cells) of a tab-separated file whose first line is its FORMAT."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[0].lstrip("#").strip() if lines else ""
    if head != "FORMAT: " + expected_format:
        die(f"{path}:1: first line must be '# FORMAT: {expected_format}'")
    ncols = expected_format.count("\t") + 1
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > ncols:
            die(f"{path}:{n}: {len(cells)} columns, FORMAT names {ncols}")
        cells += [""] * (ncols - len(cells))
        if any(c != c.strip() for c in cells):
            die(f"{path}:{n}: a cell has leading or trailing spaces")
        rows.append((n, cells))
    return rows


def die(message):
    print("generate.py: " + message, file=sys.stderr)
    sys.exit(1)


def is_all_caps(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def load_json(path, *keys):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    for k in keys:
        d = d[k]
    return d


def cldr_forms(names, code):
    """Main, short and variant names of one territory in one locale, expanded."""
    raw = [names[k] for k in (code, code + "-alt-short", code + "-alt-variant", code + "-alt-chagos") if k in names]
    out = []
    for form in raw:
        variants = [form]
        if "’" in form:
            variants.append(form.replace("’", "'"))
        m = re.fullmatch(r"(.+?) \((.+)\)", form)
        if m:  # "Myanmar (Burma)": both parts are names of their own
            variants += [m.group(1), m.group(2)]
        for v in list(variants):
            if " & " in v:
                variants.append(v.replace(" & ", " and "))
                variants.append(v.replace(" & ", " dan "))
        out += variants
    return out


def build_states(cldr, tools):
    mappings = load_json(os.path.join(cldr, "cldr-core/supplemental/codeMappings.json"), "supplemental", "codeMappings")
    names = {}
    for lang in ("en", "id"):
        names[lang] = load_json(
            os.path.join(cldr, f"cldr-localenames-full/main/{lang}/territories.json"),
            "main", lang, "localeDisplayNames", "territories",
        )
    overrides = {}
    for n, (a3, name, qid) in read_table(os.path.join(tools, "state_overrides.tsv"), "id\tname\tqid"):
        if qid and not re.fullmatch(r"Q[1-9][0-9]*", qid):
            die(f"state_overrides.tsv:{n}: bad QID {qid!r}")
        overrides[a3] = (name, qid)
    extra_add = defaultdict(list)
    extra_drop = defaultdict(set)
    for n, (a3, action, alias) in read_table(os.path.join(tools, "extra_aliases.tsv"), "id\taction\talias"):
        if action == "add":
            extra_add[a3].append(alias)
        elif action == "drop":
            extra_drop[a3].add(alias)
        else:
            die(f"extra_aliases.tsv:{n}: action must be add or drop, not {action!r}")

    codes = {}
    for a2, m in mappings.items():
        if len(a2) == 2 and a2.isalpha() and "_alpha3" in m and a2 not in NOT_TERRITORIES and a2 in names["en"]:
            codes[a2] = m["_alpha3"]
    unknown = (set(overrides) | set(extra_add) | set(extra_drop)) - set(codes.values())
    if unknown:
        die(f"overrides or extra aliases for codes CLDR lacks: {sorted(unknown)}")

    # Forms per state and language, before ambiguity is removed.
    forms = {}
    owners = defaultdict(set)
    for a2, a3 in codes.items():
        per_lang = {lang: cldr_forms(names[lang], a2) for lang in ("en", "id")}
        forms[a3] = per_lang
        for lang in per_lang:
            for form in per_lang[lang]:
                owners[form.casefold()].add(a3)
    ambiguous = {k for k, v in owners.items() if len(v) > 1}

    rows = []
    for a2, a3 in sorted(codes.items(), key=lambda kv: kv[1]):
        default_name = names["en"][a2].replace(" & ", " and ")
        name, qid = overrides.get(a3, ("", ""))
        name = name or default_name
        en_forms = [f for f in forms[a3]["en"] if f.casefold() not in ambiguous]
        id_forms = [f for f in forms[a3]["id"] if f.casefold() not in ambiguous]
        aliases = []
        seen = {name.casefold()}
        for f in en_forms + id_forms:
            if f in extra_drop[a3] or f.casefold() in seen or f[:1].islower():
                continue
            seen.add(f.casefold())
            in_en = any(f.casefold() == g.casefold() for g in en_forms)
            in_id = any(f.casefold() == g.casefold() for g in id_forms)
            # An all-caps abbreviation of one language only ("AS", "US")
            # is restricted to it; full names are read in both.
            if is_all_caps(f) and not (in_en and in_id):
                f += "@en" if in_en else "@id"
            aliases.append(f)
        for f in extra_add[a3]:
            bare = f.split("@")[0]
            # A bare form already seen is skipped, unless it was restricted to
            # one language ("DRC@en" from CLDR, added bare: read in both).
            unrestricted = bare.casefold() == name.casefold() or any(a.casefold() == bare.casefold() for a in aliases)
            if f in extra_drop[a3] or (bare.casefold() in seen and "@" not in f and unrestricted):
                continue
            aliases = [a for a in aliases if a.split("@")[0].casefold() != bare.casefold()]
            seen.add(bare.casefold())
            aliases.append(f)
        rows.append([a3, "state", a3, name, qid, "|".join(aliases)])
    return rows, sorted(ambiguous)


def render(fmt, rows, comments):
    out = ["# FORMAT: " + fmt] + ["# " + c for c in comments]
    out += ["\t".join(r) for r in rows]
    return "\n".join(out) + "\n"


def check_kb(kb, titles_files):
    """Validates every KB file; returns counts per file."""
    counts = {}
    actors = {}
    alias_owner = defaultdict(set)
    for fname, kind in KIND_OF_FILE.items():
        path = os.path.join(kb, fname)
        rows = read_table(path, FORMATS[fname])
        counts[fname] = len(rows)
        for n, (aid, k, country, name, qid, aliases) in rows:
            where = f"{fname}:{n}"
            if k != kind:
                die(f"{where}: kind must be {kind!r}")
            if aid in actors:
                die(f"{where}: duplicate id {aid}")
            prefix = {"organization": "org:", "group": "group:", "person": "person:"}.get(kind)
            if kind == "state":
                if not re.fullmatch(r"[A-Z]{3}", aid) or country != aid:
                    die(f"{where}: a state's id and country are its alpha-3 code")
            else:
                if not re.fullmatch(re.escape(prefix) + r"[a-z0-9]+(-[a-z0-9]+)*", aid):
                    die(f"{where}: id must be {prefix}<lowercase-ascii-slug>")
            if not name:
                die(f"{where}: empty name")
            if qid and not re.fullmatch(r"Q[1-9][0-9]*", qid):
                die(f"{where}: bad QID {qid!r}")
            actors[aid] = (kind, country, where)
            alias_list = aliases.split("|") if aliases else []
            for a in [name] + alias_list:
                bare, _, lang = a.partition("@")
                if lang not in LANGS or not bare or bare != bare.strip():
                    die(f"{where}: bad alias {a!r}")
                if not any(c.isupper() for c in bare):
                    # The resolver matches mixed-case aliases only where the
                    # text has them capitalized: an all-lower-case alias never
                    # would ("al-Qaeda" is fine: it has a capital).
                    die(f"{where}: alias {a!r} has no capital letter")
                key = bare if is_all_caps(bare) else bare.casefold()
                for l in ([lang] if lang else ["id", "en"]):
                    alias_owner[(key, l)].add(aid)
    for aid, (kind, country, where) in actors.items():
        if country and (country not in actors or actors[country][0] != "state"):
            die(f"{where}: country {country!r} is not a state id")
    clashes = sorted((k, l, sorted(v)) for (k, l), v in alias_owner.items() if len(v) > 1)
    if clashes:
        for k, l, v in clashes:
            print(f"ambiguous alias {k!r} ({l}): {', '.join(v)}", file=sys.stderr)
        die(f"{len(clashes)} aliases name more than one actor")

    rows = read_table(os.path.join(kb, "metonyms.tsv"), FORMATS["metonyms.tsv"])
    counts["metonyms.tsv"] = len(rows)
    seen = set()
    for n, (alias, actor, kind, lang) in rows:
        where = f"metonyms.tsv:{n}"
        if actor not in actors:
            die(f"{where}: unknown actor {actor!r}")
        if kind not in METONYM_KINDS or lang not in LANGS:
            die(f"{where}: kind must be one of {sorted(METONYM_KINDS)}, lang id, en or empty")
        if (alias.casefold(), lang) in seen:
            die(f"{where}: duplicate metonym {alias!r}")
        seen.add((alias.casefold(), lang))
        key = alias if is_all_caps(alias) else alias.casefold()
        for l in ([lang] if lang else ["id", "en"]):
            if alias_owner.get((key, l), set()) - {actor}:
                die(f"{where}: {alias!r} is already an alias of {sorted(alias_owner[(key, l)])}")

    rows = read_table(os.path.join(kb, "non_actors.tsv"), FORMATS["non_actors.tsv"])
    counts["non_actors.tsv"] = len(rows)
    for n, (phrase, kind, lang) in rows:
        if kind not in {"media", "region", "place", "other"} or lang not in LANGS or not phrase:
            die(f"non_actors.tsv:{n}: kind must be media, region, place or other; lang id, en or empty")
        if not any(c.isupper() for c in phrase):
            die(f"non_actors.tsv:{n}: a phrase needs a capital letter")

    roles_known = set()
    for tf in titles_files:
        for n, (title, role) in read_table(tf, "title\trole"):
            roles_known.add(role)
    rows = read_table(os.path.join(kb, "roles.tsv"), FORMATS["roles.tsv"])
    counts["roles.tsv"] = len(rows)
    date = re.compile(r"\d{4}-\d{2}-\d{2}")
    spans = defaultdict(list)
    for n, (person, role, of, start, end) in rows:
        where = f"roles.tsv:{n}"
        if actors.get(person, ("",))[0] != "person":
            die(f"{where}: unknown person {person!r}")
        if role not in roles_known:
            die(f"{where}: role {role!r} is in no titles file")
        if of not in actors or actors[of][0] not in ("state", "organization", "group"):
            die(f"{where}: 'of' must be a state, organization or group id, not {of!r}")
        if not date.fullmatch(start) or (end and not date.fullmatch(end)):
            die(f"{where}: dates are YYYY-MM-DD (to may be empty)")
        if end and end <= start:
            die(f"{where}: ends before it starts")
        spans[(role, of)].append((start, end or "9999-12-31", person, where))
    # Sole offices must not overlap (two presidents of one state at once).
    sole = {"president", "prime_minister", "chancellor", "king", "supreme_leader",
            "foreign_minister", "defence_minister", "secretary_general", "vice_president",
            "high_representative", "crown_prince", "emir", "sultan"}
    for (role, of), ss in spans.items():
        if role not in sole:
            continue
        ss.sort()
        for a, b in zip(ss, ss[1:]):
            if b[0] < a[1]:
                die(f"{b[3]}: {role} of {of} overlaps {a[2]} ({a[3]})")
    return counts, set(actors)


def check_mentions(root, actors):
    """Checks the mention corpora: real dates, the mention inside its sentence, known actor ids."""
    counts = {}
    corpus = os.path.join(root, "tests", "corpus")
    for lang in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        path = os.path.join(corpus, lang, "mentions.tsv")
        if not os.path.exists(path):
            continue
        rows = read_table(path, "date\ttext\tmention\tactor")
        seen = set()
        for n, (date, text, mention, actor) in rows:
            where = f"tests/corpus/{lang}/mentions.tsv:{n}"
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                die(f"{where}: date must be YYYY-MM-DD")
            if not mention or mention not in text:
                die(f"{where}: the mention {mention!r} is not in the sentence")
            # person:/org:/group: ids the KB lacks are made at run time (untitled names,
            # "Russia's Strategic Planning Directorate"): only their shape is checked.
            runtime = re.fullmatch(r"(person|org|group):[a-z0-9-]+", actor) is not None
            if actor != "-" and actor not in actors and not runtime:
                die(f"{where}: unknown actor {actor!r}")
            if (date, text, mention) in seen:
                die(f"{where}: duplicate case")
            seen.add((date, text, mention))
        counts[lang] = (len(rows), sum(1 for _, r in rows if r[3] == "-"))
    return counts


def load_surface_forms(root, lang):
    """Surface form -> actor ids for one language: names, aliases and metonyms (a naive gazetteer)."""
    forms = defaultdict(set)
    kb = os.path.join(root, "data", "kb")
    for fname in KIND_OF_FILE:
        for _, (aid, _k, _c, name, _q, aliases) in read_table(os.path.join(kb, fname), ACTOR_FORMAT):
            for a in [name] + (aliases.split("|") if aliases else []):
                bare, _, only = a.partition("@")
                if not only or only == lang:
                    forms[bare].add(aid)
    for _, (alias, actor, _kind, only) in read_table(os.path.join(kb, "metonyms.tsv"), FORMATS["metonyms.tsv"]):
        if not only or only == lang:
            forms[alias].add(actor)
    return forms


def find_forms(forms, text):
    """Actor ids of every surface form in text, on word boundaries; ALL-CAPS forms match case-sensitively."""
    found = set()
    folded = text.casefold()
    for form, ids in forms.items():
        if form.casefold() not in folded:
            continue
        flags = 0 if is_all_caps(form) else re.IGNORECASE
        if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, flags):
            found |= ids
    return found


def check_coverage(root):
    """Every positive case of the mention corpora must be reachable from the KB alone.

    A mention is reachable when a name, alias or metonym of the expected actor
    occurs in it, or when a title in it (data/<lang>/titles.tsv) names a role
    that the expected person held on the article date in a state or body named
    in it, and no other person held it then. This is a consistency check of the
    data, not the resolver: it ignores context ("di Moskow") on purpose.
    """
    roles = read_table(os.path.join(root, "data", "kb", "roles.tsv"), FORMATS["roles.tsv"])
    known = {r[1][0] for r in roles}
    for fname in KIND_OF_FILE:
        known |= {row[0] for _, row in read_table(os.path.join(root, "data", "kb", fname), ACTOR_FORMAT)}
    # A generic role ("the Turkish leader") stands for the specific ones data/kb/role_kinds.tsv lists.
    kinds = defaultdict(set)
    rk = os.path.join(root, "data", "kb", "role_kinds.tsv")
    if os.path.exists(rk):
        for _, (generic, specific) in read_table(rk, "role\tstands_for"):
            kinds[generic].add(specific)
    problems = []
    corpus = os.path.join(root, "tests", "corpus")
    for lang in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        path = os.path.join(corpus, lang, "mentions.tsv")
        if not os.path.exists(path):
            continue
        forms = load_surface_forms(root, lang)
        pronouns = {r[1][0].casefold() for r in read_table(os.path.join(root, "data", lang, "pronouns.tsv"), "word\tkind")}
        titles = defaultdict(set)
        for _, (title, role) in read_table(os.path.join(root, "data", lang, "titles.tsv"), "title\trole"):
            titles[title.casefold()].add(role)
        for n, (date, _text, mention, actor) in read_table(path, "date\ttext\tmention\tactor"):
            if actor == "-" or actor not in known:
                continue
            found = find_forms(forms, mention)
            if actor in found:
                continue
            if mention.casefold() in pronouns:
                continue  # resolved from context ("the militants"), not from the KB
            holders = set()
            for generic in (False, True):
                for title, rs in titles.items():
                    if generic:
                        rs = set().union(*(kinds.get(r, set()) for r in rs))
                    if title in mention.casefold() and re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", mention, re.IGNORECASE):
                        for _, (person, role, of, start, end) in roles:
                            if role in rs and of in found and start <= date and (not end or date < end):
                                holders.add(person)
                if holders:
                    break
            if holders != {actor}:
                problems.append(f"tests/corpus/{lang}/mentions.tsv:{n}: {mention!r} on {date} -> "
                                f"{sorted(holders) or 'nothing'} from the KB, expected {actor}")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        die(f"{len(problems)} corpus cases the KB cannot answer")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr", required=True, help="node_modules folder holding the CLDR packages")
    ap.add_argument("--root", required=True, help="repository root")
    ap.add_argument("--check", action="store_true", help="validate only; fail if states.tsv is stale")
    args = ap.parse_args()
    tools = os.path.join(args.root, "tools", "kb")
    kb = os.path.join(args.root, "data", "kb")
    with open(os.path.join(args.cldr, "cldr-core", "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    rows, ambiguous = build_states(args.cldr, tools)
    text = render(ACTOR_FORMAT, rows, [
        f"Generated by tools/kb/generate.sh from CLDR {version} (cldr-localenames-full, cldr-core)",
        "and tools/kb/{state_overrides,extra_aliases}.tsv. Do not edit: edit those and regenerate.",
        "alias@id / alias@en: that language only; an ALL-CAPS alias matches ALL-CAPS text only.",
    ])
    path = os.path.join(kb, "states.tsv")
    if args.check:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                die("data/kb/states.tsv is not what the generator makes: run tools/kb/generate.sh")
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"states: {len(rows)}; forms dropped as ambiguous between states: {', '.join(ambiguous)}")
    titles = [os.path.join(args.root, "data", lang, "titles.tsv") for lang in ("id", "en")]
    counts, actors = check_kb(kb, titles)
    for fname, n in counts.items():
        print(f"{fname}: {n} rows")
    for lang, (n, negatives) in check_mentions(args.root, actors).items():
        print(f"tests/corpus/{lang}/mentions.tsv: {n} cases, {negatives} negative")
    check_coverage(args.root)
    print("every positive corpus case is reachable from the KB")


if __name__ == "__main__":
    main()
