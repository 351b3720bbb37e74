#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds Guichet in release mode and
# runs it in the foreground on http://127.0.0.1:3000 (Ctrl-C stops it).
#
# The binary migrates the database (SQLite file data/guichet.db by default), loads the
# demo town once, prints the demo agents with their PINs and, while no workstation is
# enrolled, a one-time code to enrol this computer at /agent/poste.
#
# Arguments go to the binary, e.g. `bash scripts/start.sh enrol-workstation "Accueil 2"`.
# Every variable below can be set beforehand to override its default (see README.md).

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh
setup_build_tools

say "cargo leptos build --release"
cargo leptos build --release

mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/guichet.db?mode=rwc}"
export GUICHET_DEMO_DATA="${GUICHET_DEMO_DATA:-true}"
export GUICHET_BIND="${GUICHET_BIND:-127.0.0.1:3000}"
export LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT"
export LEPTOS_SITE_PKG_DIR="${LEPTOS_SITE_PKG_DIR:-pkg}"
export LEPTOS_OUTPUT_NAME

say "starting $CARGO_TARGET_DIR/release/guichet $* (http://$GUICHET_BIND)"
exec "$CARGO_TARGET_DIR/release/guichet" "$@"
