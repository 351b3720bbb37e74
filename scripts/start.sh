#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds in release mode, creates and
# migrates data/guichet.db (SQLite), loads the demo town once, prints the demo agents with
# their PINs and a workstation enrolment code, and serves http://127.0.0.1:3000.

set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-tools.sh

echo "==> building Guichet (release)"
cargo leptos build --release

mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/guichet.db?mode=rwc}"
export GUICHET_DEMO_DATA="${GUICHET_DEMO_DATA:-true}"
export GUICHET_BIND="${GUICHET_BIND:-127.0.0.1:3000}"
exec "$CARGO_TARGET_DIR/release/guichet" serve
