#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after another,
# and prints per target the executions run and whether a crash was found.
#
#   scripts/fuzz.sh SECONDS [TARGET...]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# One libFuzzer process per target: the machine's cores are shared.
# Corpora grow in fuzz/corpus/TARGET, crashes land in fuzz/artifacts/TARGET,
# full logs in fuzz/logs/TARGET.log. See fuzz/README.md.
set -euo pipefail

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/fuzz"
all_targets=(decode_ingest article_parse dates entities text workspace_load)
if [ $# -eq 0 ]; then targets=("${all_targets[@]}"); else targets=("$@"); fi

# Seeds: real-looking articles for the text targets, workspaces for the loader.
seeds_for() {
    case "$1" in
        workspace_load) echo "$root/crates/storage/tests/fixtures $fuzz/seeds/workspace_load" ;;
        *) echo "$root/assets/sample-corpus $root/crates/core/tests/fixtures/articles $fuzz/seeds/text" ;;
    esac
}

cd "$fuzz"
# Debug assertions on (-a): `Span::new` and friends check their invariants too.
for target in "${targets[@]}"; do
    cargo +nightly fuzz build -a "$target" >/dev/null 2>&1 || {
        echo "$target: BUILD FAILED (run: cd fuzz && cargo +nightly fuzz build -a $target)"
        exit 1
    }
done

mkdir -p "$fuzz/logs"
failed=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p "$fuzz/corpus/$target" "$fuzz/artifacts/$target"
    log="$fuzz/logs/$target.log"
    before=$(find "$fuzz/artifacts/$target" -type f | wc -l)
    set +e
    # shellcheck disable=SC2046 # the seed folders are split on purpose
    cargo +nightly fuzz run -a "$target" "$fuzz/corpus/$target" $(seeds_for "$target") -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 >"$log" 2>&1
    status=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    execs=${execs:-$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')}
    after=$(find "$fuzz/artifacts/$target" -type f | wc -l)
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        failed=1
        artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -n 1 | sed 's/Test unit written to //')
        line="$target: ${execs:-?} executions, CRASH (${artifact:-see $log})"
    else
        line="$target: ${execs:-?} executions, no crash"
    fi
    echo "$line"
    summary+=("$line")
done

echo "---"
printf '%s\n' "${summary[@]}"
exit "$failed"
