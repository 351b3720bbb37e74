#!/usr/bin/env bash
# Benchmark of the procedure sheets' search on SQLite (issue 15): the sheets-bench binary
# of server/requests-bench migrates a fresh SQLite file, loads the demo town and its 45
# sheets, then times app::procedures::store::sheets over 1,000 searches typed as residents
# type them. Fails when an answer is wrong or the p99 misses budgets/sheets.txt. Built in
# the release profile, sharing its dependencies with `cargo leptos build --release`.

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

exec cargo run --release -q -p guichet-requests-bench --bin sheets-bench
