#!/usr/bin/env bash
# Benchmark of the agents' list of requests on SQLite (issue 14): server/requests-bench
# migrates a fresh SQLite file with the server's own migrations, fills it
# with a town of 70,000 requests received over two years, 50,000 of them in one service,
# then times app::requests::store::list for that service 300 times with the "late" filter
# and 300 times with the default one (open requests). Fails when either p99 misses
# budgets/requests.txt, or when an answer is wrong (the counts, or a page that is not the
# 50 earliest deadlines). Needs no release server: cargo builds the benchmark itself, in
# the release profile, sharing its dependencies with `cargo leptos build --release` (its
# own package, so the server's dev-dependencies do not change their features).

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

exec cargo run --release -q -p guichet-requests-bench
