#!/usr/bin/env python3
"""Builds assets/gazetteer/name-words.tsv, the person-name word list the
entity tagger reads as features (never matched as entities on its own).

Sources (see assets/gazetteer/README.md for licences and attribution):
  * the `units` table of names.sqlite3 in the PyPI package
    arabic-name-romanizer 0.2.0 (Wikidata people's Arabic-script given names
    and surnames, CC0); only rows whose source is `wikidata` are read;
  * dict_FINAL.json in the PyPI package arabnamer 0.1.3 (English -> Arabic
    transliterations of 22,798 personal names, many of them foreign,
    CC BY 4.0).

Usage (from the repository root, the two wheels unpacked somewhere):
    python3 scripts/build_name_words.py ROMANIZER_DIR ARABNAMER_DIR > assets/gazetteer/name-words.tsv

The output is sorted and depends only on the inputs, so re-running it gives
the same bytes.
"""

import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ARABIC_LETTERS = set(chr(c) for c in range(0x0621, 0x064B))


def fold(word: str) -> str:
    """The tagger's folding (crates/core/src/entities/normalize.rs)."""
    out = []
    for c in word:
        if c in "أإآٱ":
            out.append("ا")
        elif c in "ىئی":
            out.append("ي")
        elif c == "ة":
            out.append("ه")
        elif c == "ؤ":
            out.append("و")
        elif c == "ک":
            out.append("ك")
        elif "\u064b" <= c <= "\u065f" or c in "\u0670\u0640":
            continue
        else:
            out.append(c)
    return "".join(out)


def words(text: str):
    for word in text.split():
        folded = fold(word)
        if len(folded) >= 2 and all(c in ARABIC_LETTERS for c in folded):
            yield folded


def folded_name(text: str, fewest: int, most: int):
    """`text` folded, its words joined by single spaces, when it has `fewest`
    to `most` words, each of at least two Arabic letters; else None."""
    folded = [fold(w) for w in text.split()]
    if fewest <= len(folded) <= most and all(
        len(w) >= 2 and all(c in ARABIC_LETTERS for c in w) for w in folded
    ):
        return " ".join(folded)
    return None


def main() -> None:
    romanizer, arabnamer = Path(sys.argv[1]), Path(sys.argv[2])
    given: Counter = Counter()
    family: Counter = Counter()
    db = sqlite3.connect(next(romanizer.rglob("names.sqlite3")))
    rows = db.execute("SELECT arabic_key, role, count FROM units WHERE source = 'wikidata'")
    for key, role, count in rows:
        for word in words(key):
            if role == "given":
                given[word] += count
            elif role == "surname":
                family[word] += count
    translit = set()
    with open(next(arabnamer.rglob("dict_FINAL.json")), encoding="utf-8") as f:
        for value in json.load(f).values():
            for name in value if isinstance(value, list) else [value]:
                translit.update(words(name))

    print("# Person-name words for the entity tagger's features (folded).")
    print("# word<TAB>Wikidata people with it as a given name<TAB>as a surname<TAB>1 if in arabnamer's transliteration dictionary")
    print("# Built by scripts/build_name_words.py; sources and licences in README.md.")
    keep = sorted(
        w for w in set(given) | set(family) | translit
        if given[w] + family[w] >= 2 or w in translit
    )
    for w in keep:
        print(f"{w}\t{given[w]}\t{family[w]}\t{int(w in translit)}")


if __name__ == "__main__":
    main()
