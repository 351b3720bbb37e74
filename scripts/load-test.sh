#!/usr/bin/env bash
# Loopback load test of the booking pages against the release build: starts the server on
# a fresh SQLite copy of the demo town, then 64 connections fetch `/rendez-vous` and a
# site's week of free times for 10 seconds. Fails when the throughput or the p99 latency
# misses budgets/load.txt. Needs `cargo leptos build --release` first (scripts/test.sh
# runs it before this).

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

budget() { sed -n "s/^$1[[:space:]]*=[[:space:]]*\([0-9.]*\).*/\1/p" budgets/load.txt; }
min_rps="$(budget rps)"
max_p99="$(budget p99_ms)"
port="${LOAD_PORT:-3200}"
# shellcheck source=scripts/lib/release-server.sh
source scripts/lib/release-server.sh
cargo build -q --release -p guichet-load
start_guichet

"$CARGO_TARGET_DIR/release/guichet-load" \
  --base "http://127.0.0.1:$port" --connections 64 --seconds 10 \
  --min-rps "$min_rps" --max-p99-ms "$max_p99" \
  /rendez-vous "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville"
