#!/usr/bin/env bash
# Benchmark of the waiting-room screens' live stream against the release build: starts the
# server on a fresh SQLite copy of the demo town, enrols a workstation, a kiosk and a
# waiting-room screen of one site, opens 1,000 streams of that screen on the site's
# screens' stream (/direct/ecran/hotel-de-ville, all with the one screen's token), then a
# counsellor calls 30 tickets taken at the kiosk, one after the other. Fails when the p99
# time from "call" to the event on every screen misses budgets/screens.txt, or when any screen misses a call. On a public
# holiday the site stays closed: it says so and succeeds. Needs `cargo leptos build
# --release` first (scripts/test.sh runs it before this).

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup-tools.sh
source scripts/setup-tools.sh

budget() { sed -n "s/^$1[[:space:]]*=[[:space:]]*\([0-9.]*\).*/\1/p" budgets/screens.txt; }
connections="$(budget connections)"
max_p99="$(budget p99_ms)"
calls="${SCREENS_CALLS:-30}"
port="${SCREENS_PORT:-3300}"
server="$CARGO_TARGET_DIR/release/guichet"
[ -x "$server" ] || { echo "no $server: run cargo leptos build --release first" >&2; exit 1; }

# Every screen is a socket in this benchmark and another in the server, each process
# with its own descriptor limit; a default soft limit of 1024 is too low. Raise it, for
# both, to the hard limit or 8192, whichever is smaller.
need=$((connections + 200))
soft="$(ulimit -Sn)"
hard="$(ulimit -Hn)"
want=8192
[ "$hard" = unlimited ] || [ "$hard" -ge "$want" ] || want="$hard"
if [ "$soft" != unlimited ] && [ "$soft" -lt "$want" ]; then
  ulimit -Sn "$want"
  echo "open files: soft limit raised from $soft to $want (hard limit $hard)"
fi
if [ "$(ulimit -Sn)" != unlimited ] && [ "$(ulimit -Sn)" -lt "$need" ]; then
  echo "open files: the hard limit is $hard, under the $need that $connections screens need" \
    "in the benchmark and again in the server; raise it (limits.conf, systemd LimitNOFILE," \
    "docker --ulimit nofile=8192:8192) or lower connections in budgets/screens.txt" >&2
  exit 1
fi

cargo build -q --release -p guichet-load

dir="$(mktemp -d)"
# The same environment for the one-off enrolment and for the server. `exec`: started in
# the background, the server is then `$!` itself, not a subshell that a kill would leave
# it behind.
run_guichet() {
  exec env DATABASE_URL="sqlite://$dir/screens.db?mode=rwc" \
    GUICHET_BIND="127.0.0.1:$port" \
    GUICHET_PUBLIC_URL="http://127.0.0.1:$port" \
    GUICHET_SECRET_KEY_FILE="$dir/secret.key" \
    GUICHET_DEMO_DATA=true \
    GUICHET_LOG=warn \
    LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT" \
    "$server" "$@"
}
pid=
trap '[ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; rm -rf "$dir"' EXIT

# bash's /dev/tcp: no curl needed on a bare machine.
ready() {
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local status
  read -r _ status _ <&3 || true
  exec 3<&- 3>&-
  [ "$status" = 200 ]
}
# Another server there would answer for ours (with another database).
if ready; then
  echo "port $port is already in use: stop that server or set SCREENS_PORT" >&2
  exit 1
fi

# A one-time code for the benchmark's workstation (staff sign in only on enrolled ones).
one_code() { "$@" | grep -E '^[A-Z0-9]{4}-[A-Z0-9]{4}$' | tail -n 1; }
code="$(one_code run_guichet enrol-workstation Bench)" || true
[ -n "$code" ] || { echo "guichet enrol-workstation printed no code" >&2; exit 1; }

run_guichet >"$dir/server.log" 2>&1 &
pid=$!

for _ in $(seq 1 240); do
  if ready; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/server.log" >&2; exit 1; fi
  sleep 0.5
done

# Codes for the site's kiosk and screen (kiosk tickets and the screens' stream need them),
# once the server has loaded the demo town and its sites.
kiosk_code="$(one_code run_guichet enrol-device kiosk hotel-de-ville "Borne banc d'essai")" || true
screen_code="$(one_code run_guichet enrol-device screen hotel-de-ville "Écran banc d'essai")" || true
if [ -z "$kiosk_code" ] || [ -z "$screen_code" ]; then
  echo "guichet enrol-device printed no code" >&2
  exit 1
fi

rc=0
"$CARGO_TARGET_DIR/release/guichet-load" screens \
  --base "http://127.0.0.1:$port" --site hotel-de-ville \
  --connections "$connections" --calls "$calls" --enrol-code "$code" \
  --kiosk-code "$kiosk_code" --screen-code "$screen_code" \
  --max-p99-ms "$max_p99" || rc=$?
if [ "$rc" != 0 ] && grep -qiE 'error|panic' "$dir/server.log"; then
  echo "--- server log (errors)" >&2
  grep -iE 'error|panic' "$dir/server.log" | tail -n 20 >&2
fi
exit "$rc"
