#!/usr/bin/env python3
"""Speed (and a few answers) of `linimasa times` against dateparser's search_dates.

Both read the same Indonesian and English sentences in one run: the seed
article's sentences and the texts of tests/corpus/{id,en}/time*.tsv. The report
gives sentences per second for each and their ratio.

    benches/times_vs_dateparser.sh            # makes a venv with dateparser, builds, runs
    python3 benches/times_vs_dateparser.py --linimasa target/release/linimasa [--json]

dateparser runs on the sentences once (it is slow); linimasa runs on the same
sentences and on the same text repeated REPEAT times (so that process start-up
does not dominate), and the better of three runs counts. Times are CPU
seconds (user + system), so a busy machine disturbs the ratio less.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANCHOR = "2025-07-03"
REPEAT = 200


def corpus_texts(lang):
    """The example texts of a language's temporal corpus, brackets removed."""
    out = []
    folder = os.path.join(ROOT, "tests", "corpus", lang)
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("time") and name.endswith(".tsv")):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                expect, text = line.rstrip("\n").split("\t", 1)
                if expect == "ANCHOR":
                    continue
                out.append(text.replace("[", "").replace("]", ""))
    return out


def seed_sentences():
    for p in ("samples/putin-trump-call.id.txt", "../shared/samples/putin-trump-call.id.txt"):
        path = os.path.join(ROOT, p)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            # A rough split is enough: both tools get the same pieces.
            return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 20]
    return []


def run_dateparser(sentences, lang):
    from dateparser.search import search_dates

    base = datetime.strptime(ANCHOR, "%Y-%m-%d")
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = 0
    # CPU time, not wall time: the machine may be busy with other work.
    start = time.process_time()
    for s in sentences:
        r = search_dates(s, languages=[lang], settings=settings)
        found += len(r or [])
    return time.process_time() - start, found


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_linimasa(binary, sentences, lang, repeat):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, f"bench.{lang}.txt")
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(repeat):
                # One sentence per paragraph, so that sentence splitting sees the same pieces.
                f.write("\n\n".join(sentences) + "\n\n")
        best = None
        found = 0
        for _ in range(3):
            start = child_cpu()
            out = subprocess.run(
                [binary, "times", "--date", ANCHOR, "--lang", lang, path],
                check=True,
                capture_output=True,
            ).stdout
            took = max(child_cpu() - start, 1e-6)
            best = took if best is None else min(best, took)
            found = len(json.loads(out)["documents"][0]["times"])
        return best, found


def probes(binary):
    """What each tool answers for a few sentences the issue names."""
    from dateparser.search import search_dates

    cases = [
        ("id", "Putin menelepon Trump pada hari Kamis, (3/7/2025)."),
        ("id", "Keduanya terakhir berbicara pada pertengahan Juni."),
        ("id", "Serangan itu terjadi sehari setelah pengumuman Pentagon."),
        ("en", "KYIV, July 3 (Reuters) - The strike came a day after the call."),
    ]
    base = datetime.strptime(ANCHOR, "%Y-%m-%d")
    rows = []
    for lang, text in cases:
        dp = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base}) or []
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "probe.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            out = subprocess.run(
                [binary, "times", "--date", ANCHOR, "--lang", lang, path], check=True, capture_output=True
            ).stdout
        ours = [(t["text"], t["value"], t["mod"]) for t in json.loads(out)["documents"][0]["times"]]
        rows.append({"text": text, "dateparser": [(s, d.date().isoformat()) for s, d in dp], "linimasa": ours})
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--linimasa", default=os.path.join(ROOT, "target", "release", "linimasa"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        import dateparser  # noqa: F401
    except ImportError:
        sys.exit("dateparser is not installed: run benches/times_vs_dateparser.sh, or pip install dateparser")
    sets = {
        "id": ("id", seed_sentences() + corpus_texts("id")),
        "en": ("en", corpus_texts("en")),
        # Only the seed article's sentences: longer, and fewer dates per sentence.
        "id-article": ("id", seed_sentences()),
    }
    report = {"anchor": ANCHOR, "dateparser_version": __import__("dateparser").__version__, "languages": {}}
    total_dp = total_li = 0.0
    total_n = 0
    for name, (lang, sentences) in sets.items():
        if not sentences:
            continue
        dp_time, dp_found = run_dateparser(sentences, lang)
        same_time, li_found = run_linimasa(args.linimasa, sentences, lang, 1)
        big_time, _ = run_linimasa(args.linimasa, sentences, lang, REPEAT)
        n = len(sentences)
        report["languages"][name] = {
            "sentences": n,
            "dateparser_seconds": round(dp_time, 4),
            "dateparser_sentences_per_second": round(n / dp_time, 1),
            "dateparser_found": dp_found,
            "linimasa_seconds_same_text": round(same_time, 4),
            "linimasa_found": li_found,
            "linimasa_sentences_per_second": round(n * REPEAT / big_time, 1),
            "speed_ratio": round((n * REPEAT / big_time) / (n / dp_time), 1),
        }
        if name in ("id", "en"):
            total_dp += dp_time
            total_li += big_time / REPEAT
            total_n += n
    # Over the id and en sets (id-article is part of id).
    report["speed_ratio_overall"] = round(total_dp / total_li, 1)
    report["probes"] = probes(args.linimasa)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    print(f"anchor {ANCHOR}, dateparser {report['dateparser_version']}")
    for lang, r in report["languages"].items():
        print(
            f"{lang}: {r['sentences']} sentences; dateparser {r['dateparser_sentences_per_second']}/s "
            f"({r['dateparser_found']} found); linimasa {r['linimasa_sentences_per_second']}/s "
            f"({r['linimasa_found']} found; same text in {r['linimasa_seconds_same_text']} s "
            f"with process start); ratio {r['speed_ratio']}x"
        )
    print(f"overall ratio {report['speed_ratio_overall']}x")
    for p in report["probes"]:
        print(f"- {p['text']}\n    dateparser: {p['dateparser']}\n    linimasa:   {p['linimasa']}")


if __name__ == "__main__":
    main()
