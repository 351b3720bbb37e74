#!/usr/bin/env bash
# Benchmarks of the quality indicators (issue 16), against budgets/quality.txt:
#  1. the quality-bench binary of server/requests-bench computes everything /agent/pilotage
#     shows for the last 365 days, on SQLite and on PostgreSQL, each loaded with a year of
#     the demo town's activity (p99_ms);
#  2. the release server, started on a fresh SQLite file with GUICHET_DEMO_DAYS=365, serves
#     that page to the demo's quality lead signed in on an enrolled workstation, 100 times
#     one after the other (page_p99_ms; server/load/src/pilotage.rs).
# Needs the release build (cargo leptos build --release) for the second part.

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

budget() { sed -n "s/^$1[[:space:]]*=[[:space:]]*\([0-9.]*\).*/\1/p" budgets/quality.txt; }
page_p99="$(budget page_p99_ms)"
port="${QUALITY_PORT:-3310}"
# shellcheck source=scripts/lib/release-server.sh
source scripts/lib/release-server.sh

cargo run --release -q -p guichet-requests-bench --bin quality-bench
cargo build -q --release -p guichet-load

export GUICHET_DEMO_DAYS=365
one_code() { "$@" | grep -E '^[A-Z0-9]{4}-[A-Z0-9]{4}$' | tail -n 1; }
code="$(one_code run_guichet enrol-workstation Bench)" || true
[ -n "$code" ] || { echo "guichet enrol-workstation printed no code" >&2; exit 1; }
# A year of demo activity takes a while to load on the first start.
start_guichet 600

to="$(TZ=Europe/Paris date +%F)"
from="$(TZ=Europe/Paris date -d "$to - 364 days" +%F)"
rc=0
"$CARGO_TARGET_DIR/release/guichet-load" pilotage \
  --base "http://127.0.0.1:$port" --enrol-code "$code" \
  --path "/agent/pilotage?du=$from&au=$to" --requests 100 \
  --max-p99-ms "$page_p99" || rc=$?
if [ "$rc" != 0 ] && grep -qiE 'error|panic' "$server_dir/server.log"; then
  echo "--- server log (errors)" >&2
  grep -iE 'error|panic' "$server_dir/server.log" | tail -n 20 >&2
fi
exit "$rc"
