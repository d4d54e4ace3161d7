#!/usr/bin/env bash
# Starts the real app under Xvfb on a folder and writes a PNG of the window.
#
# Usage: scripts/screenshot.sh [FOLDER] [OUT.png]
#   FOLDER   defaults to assets/sample-corpus
#   OUT.png  defaults to screenshot.png in the current folder
# Environment: WIDTH/HEIGHT (window size, default 1400x860), WAIT (seconds to let
# the folder load, default 10), MARSAD_BIN (a prebuilt binary, skips cargo build),
# MARSAD_LANG (interface language, en or ar; default en), CLICKS (points to click,
# in window coordinates, after the wait and before the picture: "X,Y X,Y …"), HOVER
# (a point to leave the pointer on for the picture, "X,Y").
# Needs xvfb, imagemagick (import), xdotool and Mesa GL.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
folder=$(realpath "${1:-$root/assets/sample-corpus}")
out=$(realpath -m "${2:-screenshot.png}")
width=${WIDTH:-1400}
height=${HEIGHT:-860}
wait_seconds=${WAIT:-10}

if [[ -z "${MARSAD_BIN:-}" ]]; then
    cargo build --quiet -p marsad --manifest-path "$root/Cargo.toml"
    MARSAD_BIN="$root/target/debug/marsad"
fi

display=99
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT

Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# Scratch config, data and state folders keep the user's recent lists, preferences and logs untouched.
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" XDG_STATE_HOME="$scratch" LIBGL_ALWAYS_SOFTWARE=1 "$MARSAD_BIN" --lang "${MARSAD_LANG:-en}" "$folder" >"$scratch/app.log" 2>&1 &
app=$!
pids=("$app" "${pids[@]}")

for _ in $(seq 100); do
    window=$(xdotool search --pid "$app" 2>/dev/null | head -n1 || true)
    [[ -n "$window" ]] && break
    sleep 0.2
done
if [[ -z "${window:-}" ]]; then
    echo "the app window never appeared; its log:" >&2
    cat "$scratch/app.log" >&2
    exit 1
fi
xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height" || true
sleep "$wait_seconds"
for point in ${CLICKS:-}; do
    xdotool mousemove --window "$window" "${point%,*}" "${point#*,}" click 1
    sleep 1
done
if [[ -n "${HOVER:-}" ]]; then
    xdotool mousemove --window "$window" "${HOVER%,*}" "${HOVER#*,}"
    sleep 2
fi
import -window root "$out"
echo "wrote $out"
