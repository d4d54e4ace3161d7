#!/bin/sh
# Every benchmark from one command.
#
# Builds marsad-cli in release, generates the scale corpora (seed 1) under
# target/bench-corpora once, runs `marsad-cli bench` on 5,000, 10,000 and
# 20,000 articles (linearity: MB/s should stay flat), prints a summary, then
# runs the criterion benchmarks of marsad-core (folding, tokens, tagger,
# dates, events, whole-article analysis, resolution) and the app's frame
# benchmark on the 20,000-article corpus (first articles listed, frame CPU
# time while loading, scrolling, stepping through articles, searching).
#
#   scripts/bench.sh            everything
#   scripts/bench.sh --scale    the corpus runs only
#   scripts/bench.sh --frame    the app's frame benchmark only (20,000 articles)
#
# On a machine shared with other work, wall-clock MB/s drops with the load;
# "MB per cpu second" does not: on an idle machine MB/s is about that times
# the cores, less the serial resolution.
set -eu
cd "$(dirname "$0")/.."
mode="${1:-all}"

cargo build --release -p marsad-cli
bin=target/release/marsad-cli
corpora=target/bench-corpora
mkdir -p "$corpora"
for n in 5000 10000 20000; do
    dir="$corpora/c$n"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$bin" gen-corpus "$dir" --articles "$n" --seed 1 > /dev/null
        touch "$dir/.complete"
    fi
done

if [ "$mode" != "--frame" ]; then
    summary=""
    for n in 5000 10000 20000; do
        dir="$corpora/c$n"
        echo "== marsad-cli bench $dir"
        out=$("$bin" bench "$dir")
        echo "$out"
        summary="$summary$(echo "$out" | awk -v n="$n" '
            /^bytes / { mb = $2 / 1e6 }
            /^seconds / { s = $2 }
            /^cpu seconds / { cpu = $3 }
            /^resolve seconds / { r = $3 }
            /^peak memory MB / { peak = $4 }
            /^MB\/s / { rate = $2 }
            END { printf "%8d %8.1f %8.2f %8.2f %8.2f %8.2f %10.1f %8.0f\n", n, mb, s, rate, cpu, mb / cpu, peak, 3 * mb + 200 }')
"
    done
    echo
    echo "articles       MB  seconds     MB/s  cpu s  MB/cpu-s  peak MB   limit MB"
    printf "%s" "$summary"
fi

if [ "$mode" = "all" ]; then
    cargo bench -p marsad-core
fi
if [ "$mode" != "--scale" ]; then
    MARSAD_BENCH_CORPUS="$corpora/c20000" cargo bench -p marsad --bench frame
fi
