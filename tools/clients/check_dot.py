#!/usr/bin/env python3
"""Loads a DOT file with Graphviz (`dot -Tsvg`), or reads an SVG that
linimasa rendered, and prints what the drawing holds as JSON: event, actor
and edge counts (by the `id` linimasa gives each element), node titles and
Graphviz's warnings."""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def main(path):
    warnings = ""
    if path.endswith(".svg"):
        svg = open(path, "rb").read()
    else:
        run = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
        if run.returncode != 0:
            print(json.dumps({"error": run.stderr.decode("utf-8", "replace")}))
            return 1
        svg, warnings = run.stdout, run.stderr.decode("utf-8", "replace")
    root = ET.fromstring(svg)
    ids = [g.get("id", "") for g in root.iter(SVG + "g")]
    texts = [t.text or "" for t in root.iter(SVG + "text")]
    titles = [t.text or "" for t in root.iter(SVG + "title")]
    out = {
        "warnings": warnings,
        "events": sum(1 for i in ids if i.startswith("event:")),
        "actors": sum(1 for i in ids if i.startswith("actor:")),
        "edges": sum(1 for i in ids if i.startswith("edge:")),
        "relations": sum(1 for i in ids if i.startswith("relation:")),
        "legend": any(i == "legend" for i in ids),
        "texts": texts,
        "titles": titles,
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
