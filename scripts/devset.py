#!/usr/bin/env python3
"""The real-news dev set (`assets/devset/`): which articles of
news-2018.txt it holds, and the tools used to annotate them. The text itself
never enters the repository: the annotation is line number, byte span and
type, and the line's text is read from ../shared when a check runs.

    python3 scripts/devset.py pick FILE            # the seeded choice of lines
    python3 scripts/devset.py show FILE LINE       # one line, words numbered, to read and annotate
    python3 scripts/devset.py spans FILE NOTES     # hand notes → span lines (see below)
    python3 scripts/devset.py check FILE TSV       # every span in context, to proofread
    python3 scripts/devset.py lines FILE TSV       # line, outlet and FNV-1a hash of each annotated line
    python3 scripts/devset.py strip FILE > OUT     # FILE with the dev-set lines blanked (for unlabeled statistics)

The choice: the file holds five outlets one after the other (by original file
name: Al Arabiya lines 1–3064, BBC Arabic 3065–4856, CNN Arabic 4857–6365,
France 24 6366–7776, Sky News Arabia 7777–14054), each ordered by section
(culture, economy, Middle East, sport, technology, world). Each outlet's range
is cut into NINE equal strata, and one article is drawn from each stratum
with `random.Random(SEED)` among the articles of 80 to 450 words (the middle
80 % of lengths, so no single article dominates the set): 45 articles spread
over outlets and sections.

Hand notes (NOTES): for each article a line `@ LINE`, then one line per
entity, `TYPE<TAB>surface[<TAB>occurrences]`: the surface exactly as written,
without proclitics; `occurrences` (1-based, comma-separated) picks which
occurrences of the surface in the line are that entity, default all of them
that are whole words (ending before a space or punctuation; starting after a space, punctuation, # or _, with or without a
proclitic و ف ب ل ك). A surface found inside a longer annotated one
(ماكرون in إيمانويل ماكرون) is left to it. `spans` prints
`LINE<TAB>START<TAB>END<TAB>TYPE` (UTF-8 byte offsets into the line without
its newline), sorted.
"""

import random
import re
import sys
from pathlib import Path

OUTLETS = [
    ("Al Arabiya", 1, 3064),
    ("BBC Arabic", 3065, 4856),
    ("CNN Arabic", 4857, 6365),
    ("France 24", 6366, 7776),
    ("Sky News Arabia", 7777, 14054),
]
STRATA = 9
SEED = 2018
MIN_WORDS, MAX_WORDS = 80, 450
PROCLITIC_START = re.compile(r"(^|[\s\"«“(#_\-–—/'،,:؛.])([وفبلك]{0,2}|[وف]?(ل|ب|ك)ـ?)$")
TYPES = {"PERS", "ORG", "LOC", "MISC"}


def read_lines(path: Path) -> list:
    return path.read_text(encoding="utf-8").split("\n")


def pick(lines: list) -> list:
    rng = random.Random(SEED)
    chosen = []
    for _, first, last in OUTLETS:
        size = last - first + 1
        for s in range(STRATA):
            lo = first + s * size // STRATA
            hi = first + (s + 1) * size // STRATA - 1
            pool = [n for n in range(lo, hi + 1)
                    if MIN_WORDS <= len(lines[n - 1].split()) <= MAX_WORDS]
            chosen.append(rng.choice(pool))
    return chosen


def fnv1a(data: bytes) -> int:
    """64-bit FNV-1a, so a check can tell that a line is the one annotated."""
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def outlet_of(number: int) -> str:
    return next(name for name, first, last in OUTLETS if first <= number <= last)


def starts_word(line: str, at: int) -> bool:
    return PROCLITIC_START.search(line[:at]) is not None


def ends_word(line: str, at: int) -> bool:
    if at >= len(line) or line[at - 1].isascii() != line[at].isascii():
        return True
    return not (line[at].isalnum() or "\u064b" <= line[at] <= "\u065f")


def spans(lines: list, notes: Path) -> list:
    out, line_no = [], None
    for raw in notes.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            line_no = int(raw[1:].strip())
            continue
        fields = raw.split("\t")
        kind, surface = fields[0].strip(), fields[1]
        if kind not in TYPES or line_no is None:
            sys.exit(f"bad note line: {raw!r}")
        text = lines[line_no - 1]
        found = [m.start() for m in re.finditer(re.escape(surface), text)
                 if starts_word(text, m.start()) and ends_word(text, m.end())]
        wanted = range(1, len(found) + 1)
        if len(fields) > 2 and fields[2].strip():
            wanted = [int(x) for x in fields[2].split(",")]
        if not found:
            sys.exit(f"line {line_no}: {surface!r} not found")
        for k in wanted:
            start = found[k - 1]
            b0 = len(text[:start].encode("utf-8"))
            b1 = b0 + len(surface.encode("utf-8"))
            out.append((line_no, b0, b1, kind))
    # A shorter surface inside a longer one (ماكرون in إيمانويل ماكرون) is
    # part of that mention: the longer span wins.
    kept = []
    for row in sorted(set(out), key=lambda r: (r[0], -(r[2] - r[1]), r[1])):
        if any(k[0] == row[0] and row[1] < k[2] and k[1] < row[2] for k in kept):
            continue
        kept.append(row)
    return sorted(kept)


def main() -> int:
    command, path = sys.argv[1], Path(sys.argv[2])
    lines = read_lines(path)
    if command == "pick":
        for n in pick(lines):
            print(f"{n}\t{outlet_of(n)}\t{len(lines[n - 1].split())} words")
    elif command == "show":
        n = int(sys.argv[3])
        print(f"== line {n} ({outlet_of(n)})")
        print(lines[n - 1])
    elif command == "spans":
        for row in spans(lines, Path(sys.argv[3])):
            print("\t".join(str(x) for x in row))
    elif command == "check":
        for row in Path(sys.argv[3]).read_text(encoding="utf-8").splitlines():
            if row.startswith("#") or not row.strip():
                continue
            n, b0, b1, kind = row.split("\t")
            raw = lines[int(n) - 1].encode("utf-8")
            left = raw[max(0, int(b0) - 40):int(b0)].decode("utf-8", "ignore")
            right = raw[int(b1):int(b1) + 40].decode("utf-8", "ignore")
            print(f"{n}\t{kind}\t…{left}[{raw[int(b0):int(b1)].decode()}]{right}…")
    elif command == "strip":
        held = {int(r.split("\t")[0]) for r in (Path(__file__).parent.parent / "assets/devset/lines.tsv")
                .read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")}
        text = "\n".join("" if i + 1 in held else line for i, line in enumerate(lines))
        sys.stdout.write(text)
    elif command == "lines":
        numbers = sorted({int(r.split("\t")[0]) for r in Path(sys.argv[3]).read_text(
            encoding="utf-8").splitlines() if r and not r.startswith("#")})
        for n in numbers:
            print(f"{n}\t{outlet_of(n)}\t{fnv1a(lines[n - 1].encode('utf-8')):016x}")
    else:
        sys.exit(f"unknown command {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
