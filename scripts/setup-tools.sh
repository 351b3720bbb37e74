#!/usr/bin/env bash
# Installs what building and testing Guichet needs, skipping whatever is already there.
# Sourced by start.sh and test.sh. Usage: source scripts/setup-tools.sh [--with-browser]
# Everything comes from the package registries (crates.io, npm, Debian): nothing else is
# reachable on the machines this project runs on.

set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One build cache outside the clone, so a fresh clone on a machine that built before is warm.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/guichet/target}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$CARGO_TARGET_DIR/site}"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  apt-get install -y -qq "$@"
}

setup_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version >/dev/null 2>&1; then
    say "installing cargo-leptos 0.3.10 (about 16 minutes on 2 cores)"
    cargo install cargo-leptos --version 0.3.10 --locked
  fi
  # The CLI must match the wasm-bindgen crate of Cargo.lock to the patch version.
  local wbg
  wbg="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' "$REPO_ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
    say "installing wasm-bindgen-cli $wbg (about 5 minutes)"
    # Without --locked: its own lock names a crate release the registry may lack.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  if ! command -v wasm-opt >/dev/null 2>&1; then
    say "installing binaryen (wasm-opt, for release builds)"
    apt_install binaryen
  fi
}

setup_browser() {
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's Chromium"
    apt_install chromium
  fi
  if ! command -v npm >/dev/null 2>&1; then
    say "installing Node.js and npm"
    apt_install nodejs npm
  fi
  local lock="$REPO_ROOT/end2end/package-lock.json" stamp="$REPO_ROOT/end2end/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    say "installing the end-to-end test packages"
    (cd "$REPO_ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_rust_tools
if [ "${1:-}" = "--with-browser" ]; then
  setup_browser
fi
