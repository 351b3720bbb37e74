# Sourced by the scripts that run the release server on a fresh SQLite copy of the demo
# town (load test, quality bench, security probe). Needs `port` set and
# scripts/setup-tools.sh sourced; any GUICHET_* variable exported before (e.g.
# GUICHET_DEMO_DAYS) reaches the server. Removes everything on exit.

release_server="$CARGO_TARGET_DIR/release/guichet"
[ -x "$release_server" ] || { echo "no $release_server: run cargo leptos build --release first" >&2; exit 1; }
server_dir="$(mktemp -d)"
server_pid=
trap 'if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; rm -rf "$server_dir"' EXIT

# run_guichet [ARGS...]: the release binary on $port over $server_dir/guichet.db. `exec`:
# started in the background, the server is then `$!` itself, not a subshell that a kill
# would leave it behind (servers were left running after the test command).
run_guichet() {
  exec env DATABASE_URL="sqlite://$server_dir/guichet.db?mode=rwc" \
    GUICHET_BIND="127.0.0.1:$port" \
    GUICHET_PUBLIC_URL="http://127.0.0.1:$port" \
    GUICHET_SECRET_KEY_FILE="$server_dir/secret.key" \
    GUICHET_DEMO_DATA=true \
    GUICHET_LOG="${GUICHET_LOG:-warn}" \
    LEPTOS_SITE_ROOT="$GUICHET_SITE_ROOT" \
    "$release_server" "$@"
}

# ready: /readyz answers 200 (bash's /dev/tcp: no curl needed on a bare machine).
ready() {
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local status
  read -r _ status _ <&3 || true
  exec 3<&- 3>&-
  [ "$status" = 200 ]
}

# start_guichet [HALF_SECONDS]: serves in the background (log in $server_dir/server.log)
# and waits until it is ready (240 half-seconds unless told).
start_guichet() {
  if ready; then
    echo "port $port is already in use: stop that server or choose another port" >&2
    exit 1
  fi
  run_guichet >"$server_dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 "${1:-240}"); do
    if ready; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      cat "$server_dir/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "the server was not ready in time" >&2
  exit 1
}
