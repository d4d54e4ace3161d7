#!/usr/bin/env python3
"""Counts and samples the attributions of a `marsad-cli analyze` JSON file, to check
them by hand (docs/attribution.md has what was found).

    python3 scripts/sample_attributions.py ANALYSIS.json DIR counts
    python3 scripts/sample_attributions.py ANALYSIS.json DIR sample --seed 2026 --count 50
    python3 scripts/sample_attributions.py ANALYSIS.json DIR sources      # every source, per article

DIR is the folder that was analysed (the texts are read from it, since the JSON
holds offsets, not the text). A sample is drawn with `random.Random(SEED)` from
every attribution in path order, so the same file and seed give the same sample.
Each sampled attribution is printed with its paragraph, the source's words in
[brackets] and the statement in {braces}, to be read and judged.
"""

import argparse
import collections
import json
import random
import sys
from pathlib import Path


def load(analysis: Path, folder: Path) -> list:
    """(article path, text, attribution) for every attribution, in path order."""
    with open(analysis, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for article in sorted(data.get("articles", []), key=lambda a: a["path"]):
        try:
            text = (folder / article["path"]).read_bytes()
        except OSError as error:
            print(f"cannot read {article['path']}: {error}", file=sys.stderr)
            continue
        for attribution in article.get("attributions", []):
            rows.append((article["path"], text, attribution))
    return rows


def chain(a: dict) -> str:
    """The chain, the reader's side first: carriers, the source, whom it cites."""
    carriers = [v["source"] for v in a["via"] if v.get("relation") == "carrier"]
    cited = [v["source"] for v in a["via"] if v.get("relation") != "carrier"]
    return " ← ".join(carriers + [a["source"]] + cited)


def in_context(text: bytes, a: dict, width: int) -> str:
    """The paragraph around the attribution (at most `width` bytes either side of it),
    source in [ ] and statement in { }."""
    marks = sorted(
        [(a["start"], "["), (a["end"], "]"),
         (a["statement_start"], "{"), (a["statement_end"], "}")],
        key=lambda m: m[0],
    )
    first = min(a["start"], a["statement_start"])
    last = max(a["end"], a["statement_end"])
    start = max(text.rfind(b"\n", 0, first) + 1, first - width)
    end = text.find(b"\n", last)
    end = min(len(text) if end < 0 else end, last + width)
    out, at = [], start
    for offset, mark in marks:
        if start <= offset <= end:
            out.append(text[at:offset].decode("utf-8", "replace"))
            out.append(mark)
            at = offset
    out.append(text[at:end].decode("utf-8", "replace"))
    return "".join(out).strip("\ufffd")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("analysis", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("what", choices=["counts", "sample", "sources"])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--width", type=int, default=300,
                        help="bytes of context shown either side of an attribution")
    args = parser.parse_args()
    rows = load(args.analysis, args.folder)
    if args.what == "counts":
        kinds = collections.Counter(a["kind"] for _, _, a in rows)
        stances = collections.Counter(a["stance"] for _, _, a in rows)
        print(f"attributions {len(rows)}")
        print("kinds", dict(kinds.most_common()))
        print("stances", dict(stances.most_common()))
        print("with a chain", sum(1 for _, _, a in rows if a["via"]))
        return 0
    if args.what == "sources":
        for path, _, a in rows:
            print(f"{path}\t{a['kind']}\t{chain(a)}\t{a['verb']}\t{a['stance']}")
        return 0
    picked = sorted(random.Random(args.seed).sample(range(len(rows)), min(args.count, len(rows))))
    for number, index in enumerate(picked, 1):
        path, text, a = rows[index]
        print(f"## {number}. {path} #{index}: {a['kind']} · {a['verb']} ({a['stance']}) · {chain(a)}")
        print(in_context(text, a, args.width))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
