#!/usr/bin/env python3
"""Scores a tagger recipe on held-out slices of the ANERcorp training split
("folds"), the measure every tagger change is chosen on (never the test split).

Five slices of 15 % of the training sentences, starting at 0 %, 20 %, 40 %,
60 % and 85 % (the last is `train-ner --dev-tail 0.15`), are each held out in
turn: `marsad-cli train-ner` learns on the other 85 % and scores the slice
with `--dev`. The script prints each slice's final F1 per type and micro,
then their mean. Extra arguments go to every `train-ner` (e.g. `--seed 7`,
`--lexicon target/clusters-2048.tsv`); the model is written under the work
folder, never over `assets/models/ner.bin`.

Usage (from the repository root, after `cargo build --release -p marsad-cli`):
    python3 scripts/folds.py [--train FILE] [--work DIR] [--only 0,4] -- [train-ner options]

Runs one training at a time (they are CPU heavy); `nice` it on a shared machine.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

STARTS = [0.0, 0.20, 0.40, 0.60, 0.85]
SIZE = 0.15
TYPES = ["PERS", "ORG", "LOC", "MISC"]


def sentences_of(path: Path) -> list:
    blocks, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def write_conll(path: Path, blocks: list) -> None:
    path.write_text("".join("\n".join(b) + "\n\n" for b in blocks), encoding="utf-8")


def final_scores(output: str) -> dict:
    """Per-type and micro F1 from the last report `train-ner` prints."""
    scores = {}
    for line in output.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0] in TYPES + ["micro"]:
            try:
                scores[fields[0]] = float(fields[-1])
            except ValueError:
                continue
        match = re.match(r"^F1 ([0-9.]+)$", line.strip())
        if match:
            scores["F1"] = float(match.group(1))
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=Path("../shared/data/anercorp/train.conll"))
    parser.add_argument("--work", type=Path, default=Path("target/folds"))
    parser.add_argument("--only", default=None, help="comma-separated slice numbers (0-4)")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="-- then train-ner options")
    args = parser.parse_args()
    extra = [a for a in args.rest if a != "--"]
    cli = os.environ.get("MARSAD_CLI", "target/release/marsad-cli")
    blocks = sentences_of(args.train)
    args.work.mkdir(parents=True, exist_ok=True)
    only = {int(x) for x in args.only.split(",")} if args.only else set(range(len(STARTS)))
    results = []
    for k, start in enumerate(STARTS):
        if k not in only:
            continue
        first = round(start * len(blocks))
        last = round((start + SIZE) * len(blocks)) if k < len(STARTS) - 1 else len(blocks)
        train, dev = args.work / f"train-{k}.conll", args.work / f"dev-{k}.conll"
        write_conll(train, blocks[:first] + blocks[last:])
        write_conll(dev, blocks[first:last])
        command = [cli, "train-ner", "--train", str(train), "--dev", str(dev),
                   "--out", str(args.work / f"model-{k}.bin"), *extra]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 1
        scores = final_scores(run.stdout)
        results.append(scores)
        shown = " ".join(f"{t} {scores.get(t, 0):.4f}" for t in TYPES)
        print(f"slice {k} ({start:.0%}): {shown}  F1 {scores.get('F1', 0):.4f}", flush=True)
    if results:
        mean = {t: sum(r.get(t, 0) for r in results) / len(results) for t in TYPES + ["F1"]}
        shown = " ".join(f"{t} {mean[t]:.4f}" for t in TYPES)
        print(f"mean of {len(results)}: {shown}  F1 {mean['F1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
