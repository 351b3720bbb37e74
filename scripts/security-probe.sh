#!/usr/bin/env bash
# Hostile requests against the release build (issue 18): starts the server on a fresh
# SQLite copy of the demo town, then `guichet-load probe` sends malformed values to the
# public forms and pages, checks every answer's security headers, the pages' script nonces,
# token pages never stored, cross-site writes refused. Fails on any finding, and when the
# server's log shows a panic. Needs `cargo leptos build --release` first.

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

port="${PROBE_PORT:-3320}"
# shellcheck source=scripts/lib/release-server.sh
source scripts/lib/release-server.sh
cargo build -q --release -p guichet-load
start_guichet

rc=0
"$CARGO_TARGET_DIR/release/guichet-load" probe --base "http://127.0.0.1:$port" || rc=$?
if grep -q 'panicked' "$server_dir/server.log"; then
  echo "the server panicked:" >&2
  grep -A3 'panicked' "$server_dir/server.log" | head -n 20 >&2
  rc=1
fi
exit "$rc"
