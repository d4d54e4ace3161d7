#!/usr/bin/env python3
"""Checks that two analysis documents (`marsad-cli analyze` JSON) name the same
entities and resolve every article's mentions to them: the same ids, types, names,
aliases and counts, the same articles, and each mention's entity. Used to check that
the map step on Dask (scripts/map_dask.py) agrees with `analyze` on one machine.

    python3 scripts/same_entities.py A.json B.json
"""

import json
import sys


def entities(document: dict) -> list:
    return sorted((e["id"], e["type"], e["name"], tuple(e["aliases"]), e["mentions"],
                   e["articles"]) for e in document["entities"])


def mentions(document: dict) -> dict:
    return {a["path"]: [(m["start"], m["end"], m["type"], m.get("entity"))
                        for m in a["mentions"]]
            for a in document["articles"]}


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    a, b = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
    failures = []
    if entities(a) != entities(b):
        only_a = set(entities(a)) - set(entities(b))
        only_b = set(entities(b)) - set(entities(a))
        failures.append(f"entities differ: {len(only_a)} only in the first, "
                        f"{len(only_b)} only in the second, e.g. {sorted(only_a)[:3]} / "
                        f"{sorted(only_b)[:3]}")
    ma, mb = mentions(a), mentions(b)
    if sorted(ma) != sorted(mb):
        failures.append(f"articles differ: {sorted(set(ma) ^ set(mb))[:5]}")
    else:
        differing = [path for path in ma if ma[path] != mb[path]]
        if differing:
            failures.append(f"{len(differing)} articles resolve mentions differently, "
                            f"e.g. {differing[:5]}")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        return 1
    print(f"same entities: {len(a['entities'])} entities over {len(ma)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
