#!/usr/bin/env bash
# Builds the Debian package of Marsad (the app, marsad-cli, the desktop entry, icons,
# AppStream metadata, the workspace MIME type, the licences and the sample corpus).
#
# Usage: scripts/package.sh            # writes target/debian/marsad_VERSION-1_ARCH.deb
# Needs cargo-deb (`cargo install cargo-deb --locked`) and dpkg-dev's tools.
# The release binaries are built once here and reused by cargo-deb (--no-build).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-deb >/dev/null || {
    echo "cargo-deb is missing: cargo install cargo-deb --locked" >&2
    exit 1
}
# A tarball has no git: the version line then names the commit given here, if any.
export MARSAD_GIT_COMMIT="${MARSAD_GIT_COMMIT:-$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)}"
cargo build --release -p marsad -p marsad-cli
# The PNG icon is drawn from the SVG; redraw it when the SVG changed (needs ImageMagick).
if [[ assets/packaging/marsad.svg -nt assets/packaging/marsad.png ]] && command -v convert >/dev/null; then
    convert -background none assets/packaging/marsad.svg -resize 256x256 assets/packaging/marsad.png
fi
deb=$(cargo deb -p marsad --no-build | tail -n1)
echo "$deb"
