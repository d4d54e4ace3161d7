#!/usr/bin/env python3
"""Checks a `marsad-cli analyze` JSON file: used by .ci/run on the sample corpus,
the seeds and the real-news sample. Exits non-zero with a reason per failure."""
import argparse
import json
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("analysis")
    ap.add_argument("--no-problems", action="store_true", help="fail if any file yields a problem")
    ap.add_argument("--titles", action="store_true", help="fail if any article has no title")
    ap.add_argument("--seeds", action="store_true", help="print per-article figures")
    ap.add_argument("--formats", default="",
                    help="comma-separated file kinds (html,docx,csv…) that must each give at least one "
                         "article with a title of its own and a publication date")
    args = ap.parse_args()
    with open(args.analysis, encoding="utf-8") as f:
        data = json.load(f)
    failures = []
    articles = data.get("articles", [])
    if not articles:
        failures.append("no article was analyzed")
    if args.no_problems:
        for p in data.get("problems", []):
            failures.append(f"problem: {p['path']}: {p['error']}")
    if args.titles:
        for a in articles:
            if not a.get("title", "").strip():
                failures.append(f"no title: {a['path']}")
    for kind in filter(None, args.formats.split(",")):
        of_kind = [a for a in articles if a.get("provenance", {}).get("format") == kind]
        if not of_kind:
            failures.append(f"no article read from a {kind} file")
        for a in of_kind:
            if a.get("title_inferred") or not a.get("published"):
                failures.append(f"{kind}: {a['path']}: title_inferred={a.get('title_inferred')} "
                                f"published={a.get('published')}")
        print(f"{kind}: {len(of_kind)} articles: " + ", ".join(
            f"{a['path']} ({a.get('published')}, title from {a['provenance'].get('title_from')}, "
            f"date from {a['provenance'].get('date_from')})" for a in of_kind))
    with_dates = sum(1 for a in articles if a.get("dates"))
    with_events = sum(1 for a in articles if a.get("events"))
    mentions = sum(len(a.get("mentions", [])) for a in articles)
    print(f"{len(articles)} articles, {len(data.get('entities', []))} entities, {mentions} mentions, "
          f"{with_dates} with dates, {with_events} with events, {len(data.get('problems', []))} problems")
    if args.seeds:
        for a in articles:
            print(f"  {a['path']}: title={a['title'][:60]!r} published={a.get('published')} "
                  f"mentions={len(a.get('mentions', []))} dates={len(a.get('dates', []))}")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
