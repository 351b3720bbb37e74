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
server="$CARGO_TARGET_DIR/release/guichet"
[ -x "$server" ] || { echo "no $server: run cargo leptos build --release first" >&2; exit 1; }

cargo build -q --release -p guichet-load

dir="$(mktemp -d)"
env DATABASE_URL="sqlite://$dir/load.db?mode=rwc" \
  GUICHET_BIND="127.0.0.1:$port" \
  GUICHET_PUBLIC_URL="http://127.0.0.1:$port" \
  GUICHET_SECRET_KEY_FILE="$dir/secret.key" \
  GUICHET_DEMO_DATA=true \
  GUICHET_LOG=warn \
  LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT" \
  "$server" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT

# bash's /dev/tcp: no curl needed on a bare machine.
ready() {
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local status
  read -r _ status _ <&3 || true
  exec 3<&- 3>&-
  [ "$status" = 200 ]
}
for _ in $(seq 1 240); do
  if ready; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/server.log" >&2; exit 1; fi
  sleep 0.5
done

"$CARGO_TARGET_DIR/release/guichet-load" \
  --base "http://127.0.0.1:$port" --connections 64 --seconds 10 \
  --min-rps "$min_rps" --max-p99-ms "$max_p99" \
  /rendez-vous "/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville"
