#!/usr/bin/env bash
# Renders the HTML report of the sample corpus in headless Chromium and checks the
# screenshot is there and not blank (Arabic drawn, not an empty page).
#
# Usage: scripts/check_report.sh MARSAD_CLI [OUT.png]
# Needs chromium and ImageMagick (convert).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli=$(realpath "$1")
out=$(realpath -m "${2:-$root/target/report.png}")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cp -r "$root/assets/sample-corpus" "$scratch/corpus"
"$cli" workspace new "$scratch/corpus" --out "$scratch/sample.marsad.ron" >/dev/null
"$cli" export --workspace "$scratch/sample.marsad.ron" --report "$scratch/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1200,1600 --screenshot="$out" "file://$scratch/report.html" 2>/dev/null
test -s "$out" || { echo "no screenshot at $out" >&2; exit 1; }
# A blank page has no spread of grey levels; the report's text and marks do.
spread=$(convert "$out" -colorspace Gray -format '%[fx:standard_deviation]' info:)
python3 -c "import sys; s = float('$spread'); print(f'grey spread {s:.3f}'); sys.exit(0 if s > 0.02 else 1)" \
    || { echo "the report rendered blank: $out" >&2; exit 1; }
echo "wrote $out"
