#!/usr/bin/env python3
"""Runs Marsad's per-article analysis (the map step) on Dask distributed, then
resolves entities across every article on this machine (the reduce step).

    python3 scripts/map_dask.py DIR --workers N --out FILE.json [--scheduler ADDRESS]

The files under DIR are cut into shards; each shard is one task on a worker, which
puts the shard's files in a folder of its own (hard links, else copies, keeping their
paths relative to DIR) and runs `marsad-cli analyze SHARD --jsonl --no-cache`. The JSON
lines come back to this process, which runs `marsad-cli resolve` over them: the result
is the JSON `marsad-cli analyze DIR` writes, with the files each worker could not read
in `problems[]`.

Without --scheduler a LocalCluster of N single-threaded workers runs on this machine;
with it, the tasks go to that cluster's workers, which must see DIR at the same path
(a shared file system) and have the binary. The binary is $MARSAD_CLI, else
target/release/marsad-cli of this checkout (`cargo build --release -p marsad-cli`).

Needs `pip install "dask[distributed]"`.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Marsad's map step on Dask, then resolve")
    parser.add_argument("dir", type=Path, help="the folder of articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="workers of the local cluster (default: one per core)")
    parser.add_argument("--out", type=Path, required=True, help="the analysis JSON to write")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--shards", type=int, default=None,
                        help="how many shards (default: four per worker)")
    parser.add_argument("--keep-shards", type=Path, default=None,
                        help="also keep the shards' JSON lines in this folder")
    return parser.parse_args()


def marsad_cli() -> str:
    binary = os.environ.get("MARSAD_CLI") or str(REPO / "target/release/marsad-cli")
    if not Path(binary).is_file():
        sys.exit(f"no marsad-cli at {binary}: build it (cargo build --release -p marsad-cli) "
                 "or set MARSAD_CLI")
    return binary


def list_files(root: Path) -> list[str]:
    """Every file under root, relative, sorted; marsad-cli decides which it reads."""
    files = []
    for folder, _, names in os.walk(root):
        for name in names:
            files.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(files)


def shards_of(files: list[str], count: int) -> list[list[str]]:
    """Contiguous runs of files (neighbours tend to share a subfolder), about equal in number."""
    count = max(1, min(count, len(files)))
    size, extra = divmod(len(files), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(files[start:end])
        start = end
    return [shard for shard in out if shard]


def analyze_shard(binary: str, root: str, files: list[str]) -> tuple[bytes, list[str]]:
    """Runs on a worker: the shard's JSON lines and the problems marsad-cli reported."""
    with tempfile.TemporaryDirectory(prefix="marsad-shard-") as work:
        shard = Path(work) / "shard"
        for relative in files:
            target = shard / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            source = Path(root) / relative
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
        out = Path(work) / "shard.jsonl"
        done = subprocess.run(
            [binary, "analyze", str(shard), "--jsonl", "--no-cache", "--out", str(out)],
            capture_output=True, text=True, check=False)
        problems = [line for line in done.stderr.splitlines() if line.startswith("problem: ")]
        lines = out.read_bytes() if out.exists() else b""
        # A shard of only unreadable files exits non-zero with its problems: still a result.
        if done.returncode != 0 and not problems:
            raise RuntimeError(f"marsad-cli failed on a shard: {done.stderr.strip()}")
        return lines, problems


def problem_of(line: str) -> dict:
    """`problem: PATH: ERROR` as the JSON's {path, error}."""
    path, _, error = line.removeprefix("problem: ").partition(": ")
    return {"path": path, "error": error}


def main() -> int:
    args = parse_args()
    from dask.distributed import Client, LocalCluster  # imported late: --help works without it

    binary = marsad_cli()
    root = args.dir.resolve()
    if not root.is_dir():
        print(f"{args.dir} is not a folder", file=sys.stderr)
        return 2
    files = list_files(root)
    shards = shards_of(files, args.shards or 4 * max(1, args.workers))

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(analyze_shard, [binary] * len(shards), [str(root)] * len(shards),
                             shards, pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    with tempfile.TemporaryDirectory(prefix="marsad-reduce-") as work:
        shard_dir = Path(work)
        if args.keep_shards is not None:
            shard_dir = args.keep_shards
            shard_dir.mkdir(parents=True, exist_ok=True)
        shard_files, problems = [], []
        for index, (lines, shard_problems) in enumerate(results):
            path = shard_dir / f"shard-{index:05d}.jsonl"
            path.write_bytes(lines)
            shard_files.append(str(path))
            problems.extend(problem_of(line) for line in shard_problems)
        subprocess.run([binary, "resolve", *shard_files, "--out", str(args.out)], check=True)

    if problems:
        document = json.loads(args.out.read_text(encoding="utf-8"))
        document["problems"] = sorted(problems, key=lambda p: p["path"])
        args.out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                            encoding="utf-8")
    print(f"{len(files)} files in {len(shards)} shards on "
          f"{args.scheduler or f'a local cluster of {args.workers}'}: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
