#!/usr/bin/env python3
"""Loads a linimasa export in its real Python client and prints what the
client saw as JSON (counts, and every text value so tests can look for
strings that must survive).

usage: check_graph.py FORMAT FILE [FILE...]
  gexf FILE         xmllint against the GEXF 1.3 schema, then networkx.read_gexf
  graphml FILE      networkx.read_graphml
  csv EVENTS ACTORS Python's csv module
  quads FILE        tab-separated subject, relation, object, date
  turtle FILE       rdflib, and a SPARQL query for the events in date order
  cypher FILE       the Kuzu-dialect script run in an embedded Kuzu database
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.environ.get(
    "GEXF_XSD", os.path.join(HERE, "..", "..", "..", "shared", "schemas", "gexf-1.3", "gexf.xsd")
)


def networkx_counts(g):
    kinds = [d.get("kind") for _, d in g.nodes(data=True)]
    texts = []
    for _, d in g.nodes(data=True):
        texts.extend(str(v) for v in d.values())
    for _, _, d in g.edges(data=True):
        texts.extend(str(v) for v in d.values())
    texts.extend(str(n) for n in g.nodes())
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "events": kinds.count("event"),
        "actors": kinds.count("actor"),
        "texts": texts,
    }


def gexf(path):
    import networkx as nx

    schema = os.path.abspath(SCHEMA)
    if not os.path.exists(schema):
        raise SystemExit(f"GEXF schema not found at {schema} (set GEXF_XSD)")
    run = subprocess.run(["xmllint", "--noout", "--schema", schema, path], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit("xmllint: " + run.stderr)
    g = nx.read_gexf(path)
    out = networkx_counts(g)
    out["spells"] = {n: d.get("spells") for n, d in g.nodes(data=True) if d.get("spells")}
    out["edge_spells"] = sum(1 for *_, d in g.edges(data=True) if d.get("spells"))
    return out


def graphml(path):
    import networkx as nx

    return networkx_counts(nx.read_graphml(path))


def csv_files(events_path, actors_path):
    out = {}
    for name, path in (("events", events_path), ("actors", actors_path)):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        out[name] = len(rows)
        out[name + "_rows"] = rows
    return out


def quads(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4:
                raise SystemExit(f"{path}:{n}: {len(fields)} fields, expected 4: {line!r}")
            rows.append(fields)
    return {"rows": rows}


def turtle(path):
    import rdflib

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    q = """
    PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX lm: <urn:linimasa:vocab:>
    SELECT ?e ?label ?begin (DATATYPE(?begin) AS ?type) ?day WHERE {
      ?e a sem:Event ; rdfs:label ?label .
      OPTIONAL { ?e sem:hasBeginTimeStamp ?begin }
      OPTIONAL { ?e lm:date ?day }
    } ORDER BY ?day ?e
    """
    events = [
        {"event": str(r.e), "label": str(r.label), "begin": None if r.begin is None else str(r.begin),
         "type": None if r.type is None else str(r.type),
         "day": None if r.day is None else str(r.day)}
        for r in g.query(q)
    ]
    actors = g.query("""
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sem:Actor }""")
    has_actor = g.query("""
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      SELECT (COUNT(*) AS ?n) WHERE { ?e sem:hasActor ?a }""")
    texts = [str(o) for o in g.objects()]
    return {
        "triples": len(g),
        "events": events,
        "actors": int(list(actors)[0][0]),
        "has_actor": int(list(has_actor)[0][0]),
        "texts": texts,
    }


def cypher(path):
    try:
        import kuzu
    except ImportError:
        import real_ladybug as kuzu  # the maintained fork
    with tempfile.TemporaryDirectory() as d:
        db = kuzu.Database(os.path.join(d, "db"))
        conn = kuzu.Connection(db)
        script = open(path, encoding="utf-8").read()
        for stmt in split_statements(script):
            conn.execute(stmt)

        def rows(q):
            r = conn.execute(q)
            out = []
            while r.has_next():
                out.append(r.get_next())
            return out

        calls = rows(
            "MATCH (a:Actor)-[p:PARTICIPATES]->(e:Event) WHERE e.timex = '2025-07-03' AND e.plover = 'CONSULT' "
            "RETURN e.id, e.label, e.date, a.name ORDER BY a.name"
        )
        return {
            "events": rows("MATCH (e:Event) RETURN count(e)")[0][0],
            "actors": rows("MATCH (a:Actor) RETURN count(a)")[0][0],
            "participates": rows("MATCH ()-[r:PARTICIPATES]->() RETURN count(r)")[0][0],
            "precedes": rows("MATCH ()-[r:PRECEDES]->() RETURN count(r)")[0][0],
            "relative": rows("MATCH ()-[r:RELATIVE_TO]->() RETURN count(r)")[0][0],
            "roles": rows("MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r)")[0][0],
            "calls_2025_07_03": [[str(x) for x in r] for r in calls],
            "texts": [str(x[0]) for x in rows("MATCH (a:Actor) RETURN a.name")]
            + [str(x[0]) for x in rows("MATCH (e:Event) RETURN e.evidence")],
        }


def split_statements(script):
    """Splits a Cypher script on semicolons outside quoted strings and comments."""
    out, cur, quote, i = [], [], None, 0
    while i < len(script):
        c = script[i]
        if quote:
            cur.append(c)
            if c == "\\" and i + 1 < len(script):
                cur.append(script[i + 1])
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            cur.append(c)
        elif script.startswith("//", i):
            while i < len(script) and script[i] != "\n":
                i += 1
            continue
        elif c == ";":
            s = "".join(cur).strip()
            if s:
                out.append(s)
            cur = []
        else:
            cur.append(c)
        i += 1
    s = "".join(cur).strip()
    if s:
        out.append(s)
    return out


def main(argv):
    fmt, files = argv[1], argv[2:]
    fn = {"gexf": gexf, "graphml": graphml, "csv": csv_files, "quads": quads, "turtle": turtle, "cypher": cypher}[fmt]
    print(json.dumps(fn(*files), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
