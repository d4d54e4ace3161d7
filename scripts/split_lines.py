#!/usr/bin/env python3
"""Writes a one-article-per-line text file as a folder of articles, one file
per line, so Marsad can analyse it as a folder (the app, `marsad-cli analyze
DIR`, `marsad-cli bench DIR`).

The file for line N (counted from 1, as `sed -n Np` and the real-news dev set
count) is `OUT/NNNNN.txt`, zero-padded to the width of the last line number,
holding the line's text and a final newline. Blank lines get no file, so the
numbers keep pointing at the input's lines. The same input always gives the
same folder; the text stays outside the repository (it must not ship).

Usage (from the repository root):
    python3 scripts/split_lines.py ../shared/data/unlabeled-news-multisource/news-2018.txt \
        target/news-2018
    python3 scripts/split_lines.py FILE OUT --first 1 --count 2000   # a slice

OUT is created if missing; a file already in it with the same name is
overwritten, others are left alone.
"""

import argparse
import sys
from pathlib import Path


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="one file per line of a one-article-per-line text file"
    )
    parser.add_argument("input", type=Path, help="UTF-8 text, one article per line")
    parser.add_argument("out", type=Path, help="folder to write NNNNN.txt files into")
    parser.add_argument(
        "--first", type=int, default=1, help="first line number to write (from 1)"
    )
    parser.add_argument(
        "--count", type=int, default=None, help="how many lines to write (default: all)"
    )
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    if args.first < 1 or (args.count is not None and args.count < 0):
        print("--first counts from 1 and --count is not negative", file=sys.stderr)
        return 2
    try:
        lines = args.input.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as error:
        print(f"cannot read {args.input}: {error}", file=sys.stderr)
        return 1
    if lines and lines[-1] == "":
        lines.pop()
    width = max(5, len(str(len(lines))))
    last = len(lines) if args.count is None else min(len(lines), args.first - 1 + args.count)
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for number in range(args.first, last + 1):
        text = lines[number - 1].rstrip("\r")
        if not text.strip():
            continue
        (args.out / f"{number:0{width}d}.txt").write_text(text + "\n", encoding="utf-8")
        written += 1
    print(f"{written} articles written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
