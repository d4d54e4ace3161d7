#!/usr/bin/env python3
"""Builds assets/gazetteer/full-names.tsv, the full person names the entity
tagger reads as a feature (a run of words that is a known person's whole
name); never matched as entities on its own.

Source (see assets/gazetteer/README.md for licence and attribution): the
`full_names` table of names.sqlite3 in the PyPI package
arabic-name-romanizer 0.2.0, rows whose source is `wikidata` (Arabic-script
names of Wikidata people, CC0). Names are folded as the tagger folds them
and kept when they have two to four words of Arabic letters.

Usage (from the repository root, the wheel unpacked in ROMANIZER_DIR):
    python3 scripts/build_full_names.py ROMANIZER_DIR > assets/gazetteer/full-names.tsv

The output is sorted and depends only on the input.
"""

import sqlite3
import sys
from pathlib import Path

from build_name_words import folded_name


def main() -> None:
    romanizer = Path(sys.argv[1])
    db = sqlite3.connect(next(romanizer.rglob("names.sqlite3")))
    names = set()
    for (arabic,) in db.execute("SELECT arabic_key FROM full_names WHERE source = 'wikidata'"):
        name = folded_name(arabic, 2, 4)
        if name:
            names.add(name)
    print("# Full names of Wikidata people (folded), from arabic-name-romanizer 0.2.0 (CC0).")
    print("# Built by scripts/build_full_names.py; a tagger feature only, see README.md.")
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    main()
