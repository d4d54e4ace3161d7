#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after another,
# and prints per target the executions run, executions per second, the coverage
# reached (libFuzzer's cov: edges, ft: features) and whether a crash was found.
#
#   scripts/fuzz.sh SECONDS [TARGET...]
#   FUZZ_RUNS=1000000 scripts/fuzz.sh 36000 pdf   # stop at a million executions
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# One libFuzzer process at a time: the machine's cores are shared (run it under
# `nice -n 19` beside other work). Targets, their input length cap, dictionaries
# and seeds are listed in fuzz/targets.txt. Corpora grow in fuzz/corpus/TARGET,
# crashes land in fuzz/artifacts/TARGET, full logs in fuzz/logs/TARGET.log.
# See fuzz/README.md.
set -euo pipefail

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
# libFuzzer reads 0 as "no limit".
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "SECONDS must be a positive number, not '$seconds'"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/fuzz"

declare -A max_len dicts seeds
all_targets=()
while read -r name len dict rest; do
    case "$name" in '' | '#'*) continue ;; esac
    all_targets+=("$name")
    max_len[$name]=$len
    dicts[$name]=$dict
    seeds[$name]=$rest
done <"$fuzz/targets.txt"
if [ $# -eq 0 ]; then targets=("${all_targets[@]}"); else targets=("$@"); fi
for target in "${targets[@]}"; do
    [ -n "${max_len[$target]:-}" ] || { echo "unknown target: $target (see fuzz/targets.txt)"; exit 2; }
done

# The seeds of TARGET gathered in one folder (libFuzzer reads folders, not globs):
# each entry of targets.txt is a folder (its files) or FOLDER/*.EXT.
gather_seeds() {
    local target=$1 dir="$fuzz/corpus/.seeds/$1" entry file
    rm -rf "$dir"
    mkdir -p "$dir"
    for entry in ${seeds[$target]}; do
        [ "$entry" = - ] && continue
        case "$entry" in
            */\*.*) set -- "$root"/$entry ;;
            *) set -- "$root/$entry"/* ;;
        esac
        for file in "$@"; do
            [ -f "$file" ] && cp "$file" "$dir/$(echo "${file#"$root"/}" | tr / _)"
        done
    done
    echo "$dir"
}

# The dictionaries of TARGET joined into one file (libFuzzer takes one -dict).
gather_dict() {
    local target=$1 out="$fuzz/corpus/.dicts/$1.dict" name
    mkdir -p "$fuzz/corpus/.dicts"
    : >"$out"
    if [ "${dicts[$target]}" != - ]; then
        for name in ${dicts[$target]//,/ }; do cat "$fuzz/dict/$name.dict" >>"$out"; done
    fi
    echo "$out"
}

# No sanitizer by default: Marsad's crates forbid unsafe code, and AddressSanitizer
# costs a factor of three in executions and most of the memory -rss_limit_mb
# should measure. FUZZ_SANITIZER=address checks the dependencies' unsafe code too
# (its own build, in fuzz/target-address).
sanitizer=${FUZZ_SANITIZER:-none}
build=(-a -s "$sanitizer")
[ "$sanitizer" = none ] || build+=(--target-dir "$fuzz/target-$sanitizer")

cd "$fuzz"
# Debug assertions on (-a): `Span::new` and friends check their invariants too.
for target in "${targets[@]}"; do
    cargo +nightly fuzz build "${build[@]}" "$target" >/dev/null 2>&1 || {
        echo "$target: BUILD FAILED (run: cd fuzz && cargo +nightly fuzz build ${build[*]} $target)"
        exit 1
    }
done

mkdir -p "$fuzz/logs"
failed=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p "$fuzz/corpus/$target" "$fuzz/artifacts/$target"
    log="$fuzz/logs/$target.log"
    seed_dir=$(gather_seeds "$target")
    dict=$(gather_dict "$target")
    dict_flag=()
    [ -s "$dict" ] && dict_flag=("-dict=$dict")
    before=$(find "$fuzz/artifacts/$target" -type f | wc -l)
    set +e
    cargo +nightly fuzz run "${build[@]}" "$target" "$fuzz/corpus/$target" "$seed_dir" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="${max_len[$target]}" "${dict_flag[@]}" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
        -print_final_stats=1 >"$log" 2>&1
    status=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    execs=${execs:-$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')}
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
    after=$(find "$fuzz/artifacts/$target" -type f | wc -l)
    stats="${execs:-?} executions (${rate:-?}/s), ${cov:-cov: ?}"
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        failed=1
        artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -n 1 | sed 's/Test unit written to //')
        line="$target: $stats, CRASH (${artifact:-see $log})"
    else
        line="$target: $stats, no crash"
    fi
    echo "$line"
    summary+=("$line")
done

echo "---"
printf '%s\n' "${summary[@]}"
exit "$failed"
