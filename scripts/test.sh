#!/usr/bin/env bash
# Quick start, command 2: runs every test, prints how long each stage took, and ends with
# one line "N passed, N failed" (", N skipped" when some were). Exits non-zero when
# anything failed. Stages:
#   a. tools: install whatever is missing (setup-tools.sh, with Chromium and npm packages)
#   b. cargo fmt --check
#   c. clippy -D warnings: app and server (ssr) with their tests and benches, in one
#      invocation; app (hydrate) for wasm32
#   d. unit and integration tests, on SQLite files and on PostgreSQL (TEST_DATABASE_URL;
#      started, or installed and started, when nothing answers: never skipped)
#   e. release build (cargo leptos build --release) and the wasm size budget (budgets/wasm.txt)
#   f. Playwright end-to-end tests in Debian's Chromium, JavaScript on and off, with axe-core
#   g. load test of the booking pages on loopback against the release build (budgets/load.txt)
#   h. waiting-room screens: 1,000 live streams on one instance, p99 from a call to its event
#      on every screen (budgets/screens.txt)
#   i. the agents' list of requests: a service of 50,000 requests on SQLite, p99 of the
#      "late" and the default filter (budgets/requests.txt); needs no release build
#   j. the procedure sheets' search (budgets/sheets.txt)
#   k. the quality indicators: a year of two sites computed on SQLite and PostgreSQL, and
#      /agent/pilotage served by the release build (budgets/quality.txt)
#
# Counting: every test of cargo test and Playwright counts once (ignored/skipped tests are
# "skipped"); fmt, each clippy run and the wasm budget count as one test each; the tool
# setup and the release build count only when they fail.

set -uo pipefail
cd "$(dirname "$0")/.."
exec </dev/null # nothing may prompt: CI has no stdin
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

# The server side of app and server, checked and tested in ONE cargo invocation each: cargo
# settles the features of shared crates per invocation, and `-p app` alone (with its
# dev-dependencies) settles them otherwise than `-p server`, which compiled the whole
# stack (sea-orm, sqlx, leptos…) twice. The end-to-end stage reuses this build's
# smtp-sink binary through the same arguments.
SSR_PACKAGES=(-p app -p server --features app/ssr)

passed=0
failed=0
skipped=0
report=()
LOG_DIR="$(mktemp -d)"
trap 'rm -rf "$LOG_DIR"' EXIT

bold() { printf '\n\033[1m%s\033[0m\n' "$*"; }

# record NAME RC SECONDS: one row of the final table.
record() {
  local result
  case "$2" in
    0) result=ok ;;
    skip) result="not run" ;;
    *) result=FAILED ;;
  esac
  report+=("$(printf '%-52s %-8s %5ss' "$1" "$result" "$3")")
  printf '\033[1m--- %s: %s in %ss\033[0m\n' "$1" "$result" "$3"
}

# check NAME COMMAND...: a check that counts as one test.
check() {
  local name="$1" start=$SECONDS rc
  shift
  bold "==> $name"
  "$@"
  rc=$?
  if [ $rc = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  record "$name" $rc $((SECONDS - start))
  return $rc
}

# step NAME COMMAND...: a step that counts (as one failed test) only when it fails.
step() {
  local name="$1" start=$SECONDS rc
  shift
  bold "==> $name"
  "$@"
  rc=$?
  [ $rc = 0 ] || failed=$((failed + 1))
  record "$name" $rc $((SECONDS - start))
  return $rc
}

# tests NAME FUNCTION: a stage whose function adds its own counts.
tests() {
  local name="$1" start=$SECONDS rc
  shift
  bold "==> $name"
  "$@"
  rc=$?
  record "$name" $rc $((SECONDS - start))
  return $rc
}

not_run() {
  failed=$((failed + 1))
  record "$1 (needs the release build)" skip 0
}

# --- a. tools ---------------------------------------------------------------------------

setup_all() {
  setup_build_tools && setup_test_tools
}

# --- d. PostgreSQL and cargo test ---------------------------------------------------------

pg_can_connect() {
  psql "$TEST_DATABASE_URL" -w -tAc 'select 1' >/dev/null 2>&1
}

pg_wait() { # pg_wait HOST PORT: up to 30 s
  local _
  for _ in $(seq 1 30); do
    pg_isready -q -h "$1" -p "$2" && return 0
    sleep 1
  done
  return 1
}

# Makes sure TEST_DATABASE_URL answers: starts the local cluster, installs PostgreSQL if it
# is missing, and lets user postgres in over TCP from 127.0.0.1 with trust auth.
ensure_postgres() {
  local rest host port ver hba
  rest="${TEST_DATABASE_URL#*://}"
  rest="${rest#*@}"
  rest="${rest%%/*}"
  rest="${rest%%\?*}"
  host="${rest%%:*}"
  port=5432
  [ "$rest" != "$host" ] && port="${rest##*:}"
  [ -n "$host" ] || host=127.0.0.1

  if have psql && pg_can_connect; then
    echo "PostgreSQL answers at $host:$port"
    return 0
  fi
  case "$host" in
    127.0.0.1 | localhost | ::1) ;;
    *)
      echo "PostgreSQL at $host:$port does not answer (TEST_DATABASE_URL)" >&2
      return 1
      ;;
  esac

  if [ ! -d /etc/postgresql ] || [ -z "$(ls -A /etc/postgresql)" ]; then
    apt_install postgresql || return 1
  fi
  ver="$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -1)"
  if [ ! -d "/etc/postgresql/$ver/main" ]; then
    say "pg_createcluster $ver main"
    pg_createcluster "$ver" main --port="$port" || return 1
  fi
  if ! pg_isready -q -h "$host" -p "$port"; then
    say "pg_ctlcluster $ver main start"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
    pg_wait "$host" "$port" || {
      echo "PostgreSQL $ver does not start" >&2
      return 1
    }
  fi
  if ! pg_can_connect; then
    hba="/etc/postgresql/$ver/main/pg_hba.conf"
    if ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
      say "trust auth for 127.0.0.1 in $hba"
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$ver" main reload || true
    sleep 2
  fi
  if pg_can_connect; then
    echo "PostgreSQL answers at $host:$port"
  else
    echo "cannot connect to $TEST_DATABASE_URL" >&2
    return 1
  fi
}

# Adds the counts of cargo test's "test result:" lines in log $1. A run that failed
# without any failed test (it did not compile) counts as one failure.
count_cargo() {
  local log="$1" rc="$2" p f i before=$failed
  while read -r p f i; do
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + i))
  done < <(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed; \([0-9]*\) ignored.*/\1 \2 \3/p' "$log")
  if [ "$rc" != 0 ] && [ "$failed" = "$before" ]; then
    failed=$((failed + 1))
  fi
}

cargo_test() { # cargo_test NAME ARGS...
  local name="$1" log rc start=$SECONDS
  shift
  log="$LOG_DIR/$name.log"
  echo "+ cargo test $*"
  cargo test --no-fail-fast "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  count_cargo "$log" "$rc"
  echo "--- cargo test $*: rc $rc in $((SECONDS - start))s"
  return "$rc"
}

unit_and_integration() {
  local rc=0 start=$SECONDS
  echo "TEST_DATABASE_URL=$TEST_DATABASE_URL"
  if ! ensure_postgres; then
    failed=$((failed + 1))
    rc=1
  fi
  echo "--- PostgreSQL check in $((SECONDS - start))s"
  cargo_test app-and-server "${SSR_PACKAGES[@]}" || rc=1
  return $rc
}

# --- e. wasm budget -----------------------------------------------------------------------

wasm_budget() {
  local wasm raw gz max_raw max_gz
  # cargo-leptos puts the content's hash in the name (hash-files): guichet.<hash>.wasm.
  wasm="$(ls -t "$GUICHET_SITE_ROOT/pkg/$LEPTOS_OUTPUT_NAME".*.wasm 2>/dev/null | head -n 1)"
  if [ ! -f "$wasm" ]; then
    echo "no $GUICHET_SITE_ROOT/pkg/$LEPTOS_OUTPUT_NAME.<hash>.wasm" >&2
    return 1
  fi
  max_raw="$(sed -n 's/^raw[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' budgets/wasm.txt)"
  max_gz="$(sed -n 's/^gzip[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' budgets/wasm.txt)"
  raw="$(wc -c <"$wasm")"
  gz="$(gzip -9 -c "$wasm" | wc -c)"
  echo "release wasm $wasm"
  echo "  raw:  $raw bytes (budget ${max_raw:-none})"
  echo "  gzip: $gz bytes (budget ${max_gz:-none})"
  if [ -z "$max_raw" ]; then
    echo "budgets/wasm.txt has no raw = line" >&2
    return 1
  fi
  [ "$raw" -le "$max_raw" ] || {
    echo "over the raw budget by $((raw - max_raw)) bytes" >&2
    return 1
  }
  [ -z "$max_gz" ] || [ "$gz" -le "$max_gz" ] || {
    echo "over the gzip budget by $((gz - max_gz)) bytes" >&2
    return 1
  }
}

# --- f. Playwright ------------------------------------------------------------------------

end_to_end() {
  local results=end2end/.tmp/results.json rc counts p f s
  rm -f "$results"
  # The SMTP sink the booking tests read their e-mails from: built by stage d with the
  # same arguments, so this finds it up to date (a plain `cargo build -p server` would
  # settle features otherwise and compile the stack again).
  cargo test -q --no-run "${SSR_PACKAGES[@]}" || return 1
  (cd end2end && LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT" npx --no playwright test)
  rc=$?
  if [ -f "$results" ] &&
    counts="$(node -e '
      const s = require(process.argv[1]).stats;
      console.log((s.expected || 0) + (s.flaky || 0), s.unexpected || 0, s.skipped || 0);
    ' "$PWD/$results")"; then
    read -r p f s <<<"$counts"
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    # A run that failed outside any test (web server, config) still counts once.
    [ "$rc" = 0 ] || [ "$f" != 0 ] || failed=$((failed + 1))
  else
    echo "no Playwright results in $results" >&2
    failed=$((failed + 1))
    [ "$rc" != 0 ] || rc=1
  fi
  return $rc
}

# --- l. residents' phones ----------------------------------------------------------------

# The public pages on an emulated mid phone (end2end/phones/, budgets/phones.txt): bytes of
# a first visit, timings, no app code on them, nothing fetched again on a second visit. A
# Playwright run of its own: it takes the e2e suite's port and database, so it runs after.
phones_bench() {
  local rc
  rm -f end2end/.tmp/phones.md
  (cd end2end && LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT" npx --no playwright test -c phones.config.ts)
  rc=$?
  [ ! -f end2end/.tmp/phones.md ] || cat end2end/.tmp/phones.md
  return $rc
}

# --- the run ------------------------------------------------------------------------------

total_start=$SECONDS
step "a. tools (setup-tools.sh --with-browser)" setup_all
check "b. cargo fmt --all --check" cargo fmt --all --check
check "c. clippy app and server (ssr), all targets" \
  cargo clippy "${SSR_PACKAGES[@]}" -p guichet-requests-bench --all-targets -- -D warnings
check "c. clippy app (hydrate, wasm32)" \
  cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
tests "d. unit and integration tests (SQLite, PostgreSQL)" unit_and_integration
if step "e. cargo leptos build --release" cargo leptos build --release; then
  check "e. wasm size budget" wasm_budget
  tests "f. end-to-end (Playwright, JavaScript on and off)" end_to_end
  check "g. load test on loopback (budgets/load.txt)" bash scripts/load-test.sh
  check "h. screens benchmark (budgets/screens.txt)" bash scripts/screens-bench.sh
  check "k. quality indicators benchmark (budgets/quality.txt)" bash scripts/quality-bench.sh
  check "l. residents' phones (budgets/phones.txt)" phones_bench
  check "m. security probe (hostile requests, headers)" bash scripts/security-probe.sh
else
  not_run "e. wasm size budget"
  not_run "f. end-to-end"
  not_run "g. load test"
  not_run "h. screens benchmark"
  not_run "k. quality indicators benchmark"
  not_run "l. residents' phones"
  not_run "m. security probe"
fi
check "i. requests list benchmark (budgets/requests.txt)" bash scripts/requests-bench.sh
check "j. procedure sheets search benchmark (budgets/sheets.txt)" bash scripts/sheets-bench.sh

bold "Stages"
printf '%s\n' "${report[@]}"
printf '%-52s %-8s %5ss\n' "total" "" $((SECONDS - total_start))
echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
