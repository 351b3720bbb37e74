#!/usr/bin/env bash
# Quick start, command 2: runs every test. Formatting, clippy (ssr and hydrate), unit and
# integration tests on a SQLite file and on PostgreSQL, the release build with its wasm
# budget, and Playwright in Debian's Chromium (JavaScript on and off). Ends with one line:
# "N passed, N failed".

set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-tools.sh --with-browser
set +e

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
passed=0
failed=0
skipped=0
failures=()
LOG_DIR="$(mktemp -d)"

stage() { # stage NAME COMMAND... : runs, times and records one stage
  local name="$1"; shift
  local start=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  "$@"
  local rc=$?
  printf '    %s: %s in %ss\n' "$name" "$([ $rc = 0 ] && echo ok || echo FAILED)" $((SECONDS - start))
  [ $rc = 0 ] || failures+=("$name")
  return $rc
}

count_cargo() { # adds the counts of cargo test's "test result" lines in file $1
  while read -r p f i; do
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + i))
  done < <(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed; \([0-9]*\) ignored.*/\1 \2 \3/p' "$1")
}

ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  else
    echo "installing a throwaway PostgreSQL"
    apt_install postgresql
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  local hba
  hba="$(ls /etc/postgresql/*/main/pg_hba.conf 2>/dev/null | head -1)"
  if [ -n "$hba" ] && ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main reload || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  echo "PostgreSQL does not answer at 127.0.0.1:5432" >&2
  return 1
}

cargo_tests() {
  ensure_postgres || return 1
  local rc=0
  cargo test -p app --features ssr 2>&1 | tee "$LOG_DIR/app.log"; rc=$((rc | ${PIPESTATUS[0]}))
  count_cargo "$LOG_DIR/app.log"
  cargo test -p server 2>&1 | tee "$LOG_DIR/server.log"; rc=$((rc | ${PIPESTATUS[0]}))
  count_cargo "$LOG_DIR/server.log"
  return $rc
}

clippy_all() {
  cargo clippy -p server --all-targets -- -D warnings &&
    cargo clippy -p app --all-targets --features ssr -- -D warnings &&
    cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
}

wasm_budget() {
  local wasm="$LEPTOS_SITE_ROOT/pkg/guichet.wasm"
  [ -f "$wasm" ] || { echo "no $wasm"; return 1; }
  local raw gz max_raw max_gz
  raw=$(stat -c %s "$wasm"); gz=$(gzip -9 -c "$wasm" | wc -c)
  max_raw=$(cat budgets/wasm-raw-bytes.txt); max_gz=$(cat budgets/wasm-gzip-bytes.txt)
  echo "release wasm: $raw bytes raw (budget $max_raw), $gz bytes gzip (budget $max_gz)"
  [ "$raw" -le "$max_raw" ] && [ "$gz" -le "$max_gz" ]
}

end_to_end() {
  (cd end2end && npx playwright test)
  local rc=$?
  local report=end2end/.tmp/results.json
  if [ -f "$report" ]; then
    read -r p f s < <(node -e '
      const r = require(process.argv[1]).stats;
      console.log(r.expected + r.flaky, r.unexpected, r.skipped);' "$PWD/$report")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  else
    failed=$((failed + 1))
  fi
  return $rc
}

stage "format" cargo fmt --all --check
stage "clippy (ssr, hydrate, tests)" clippy_all
stage "unit and integration tests (SQLite and PostgreSQL)" cargo_tests
if stage "release build" cargo leptos build --release; then
  stage "wasm size budget" wasm_budget
  stage "end-to-end (Playwright, JavaScript on and off)" end_to_end
else
  failures+=("end-to-end not run")
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
  printf 'failed stages: %s\n' "${failures[*]}"
  # A failed stage without failed tests (lint, build) still counts as one failure.
  [ "$failed" -gt 0 ] || failed=${#failures[@]}
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ ${#failures[@]} -eq 0 ]
