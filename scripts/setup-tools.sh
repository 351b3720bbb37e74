#!/usr/bin/env bash
# Installs what building and testing Guichet needs, and skips whatever is already there.
#
#   bash scripts/setup-tools.sh                 # build tools (start.sh needs these)
#   bash scripts/setup-tools.sh --with-browser  # and the end-to-end test tools (test.sh)
#
# start.sh and test.sh source this file, then call `setup_build_tools` and
# `setup_test_tools`; sourcing also exports the build environment (CARGO_TARGET_DIR,
# PATH, GUICHET_SITE_ROOT). Only the package registries (crates.io, npm, Debian) are
# reachable on the machines this runs on: nothing here downloads from anywhere else.

export DEBIAN_FRONTEND=noninteractive
export NPM_CONFIG_UPDATE_NOTIFIER=false
GUICHET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GUICHET_ROOT
export PATH="$HOME/.cargo/bin:$PATH"

# One build cache outside the clone, so that a fresh clone on a machine that built before
# starts warm. cargo (and so cargo-leptos, through `cargo metadata`) honours it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/guichet/target}"

# Where cargo-leptos writes the site (pkg/guichet.<hash>.js, .wasm, .css). The manifest says
# `site-root = "target/site"`: cargo-leptos 0.3.10 resolves that relative path from the
# workspace root, NOT from CARGO_TARGET_DIR (only a site-root starting with the literal
# marker `CARGO_TARGET_DIR` follows the target directory). LEPTOS_SITE_ROOT in the
# environment overrides the manifest for cargo-leptos, so honour it the same way here.
# The server binary must be given this path as LEPTOS_SITE_ROOT.
export GUICHET_SITE_ROOT="${LEPTOS_SITE_ROOT:-$GUICHET_ROOT/target/site}"

# The `leptos` crate reads LEPTOS_OUTPUT_NAME at compile time (option_env!) and
# cargo-leptos always sets it; giving it to plain cargo commands too (test, clippy) keeps
# cargo from rebuilding leptos and everything above it when switching between them.
export LEPTOS_OUTPUT_NAME="${LEPTOS_OUTPUT_NAME:-guichet}"

CARGO_LEPTOS_VERSION=0.3.10

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif have sudo; then
    sudo -n env DEBIAN_FRONTEND=noninteractive "$@"
  else
    echo "need root for: $*" >&2
    return 1
  fi
}

_guichet_apt_updated=0
apt_install() {
  if [ "$_guichet_apt_updated" = 0 ]; then
    say "apt-get update"
    as_root apt-get update -q </dev/null || return 1
    _guichet_apt_updated=1
  fi
  say "apt-get install $*"
  as_root apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" </dev/null
}

# The wasm-bindgen version in Cargo.lock; the CLI must match it to the patch.
wasm_bindgen_lock_version() {
  awk '
    /^\[\[package\]\]/ { pkg = "" }
    /^name = / { pkg = $3; gsub(/"/, "", pkg) }
    /^version = / && pkg == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
  ' "$GUICHET_ROOT/Cargo.lock"
}

setup_build_tools() {
  if ! have cargo || ! have rustup; then
    echo "Rust (rustup, cargo) is missing: install it with rustup first; Debian's rustc is too old." >&2
    return 1
  fi

  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "ok: wasm32-unknown-unknown target"
  else
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi

  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      say "rustup component add $component"
      rustup component add "$component" || return 1
    fi
  done

  # `cargo install` must not build in our shared target directory: unset it.
  # cargo-leptos only runs cargo, wasm-bindgen and wasm-opt and minifies a few kilobytes of
  # CSS and JavaScript: built without optimisation (`--debug`) it does the same work in
  # the same time, and installs in half the time of its release profile (fat LTO, one
  # codegen unit: about 12 minutes of a cold CI run on 2 cores).
  if cargo leptos --version >/dev/null 2>&1; then
    echo "ok: $(cargo leptos --version)"
  else
    say "cargo install cargo-leptos $CARGO_LEPTOS_VERSION (about 6 minutes on 2 cores)"
    env -u CARGO_TARGET_DIR CARGO_PROFILE_DEV_DEBUG=false \
      cargo install --debug cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked || return 1
  fi

  local wbg
  wbg="$(wasm_bindgen_lock_version)"
  if [ -z "$wbg" ]; then
    echo "warning: no wasm-bindgen in Cargo.lock; skipping wasm-bindgen-cli" >&2
  elif [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wbg" ]; then
    echo "ok: wasm-bindgen $wbg"
  else
    # Without --locked: the CLI's own lock names a webpki-roots release the registry
    # here lacks. cargo-leptos uses the CLI on PATH, else tries a download that fails.
    say "cargo install wasm-bindgen-cli $wbg (about 5 minutes)"
    env -u CARGO_TARGET_DIR cargo install wasm-bindgen-cli --version "$wbg" --force || return 1
  fi

  setup_wasm_opt
}

# cargo-leptos runs `wasm-opt` from PATH for --release builds (else tries a download that
# fails here). Not Debian's binaryen: its version 108 turns the output of wasm-bindgen
# 0.2.130 into a module that fails at start ("WebAssembly.Table.set(): Argument 1 is
# invalid for table"), so nothing hydrates. The npm registry's binaryen 132 (wasm-opt
# compiled to JavaScript, run by Node.js) gives a working module; it is installed once
# per machine beside the build cache and put first on PATH.
BINARYEN_VERSION=132.0.0
export GUICHET_BINARYEN_DIR="$HOME/.cache/guichet/tools/binaryen-$BINARYEN_VERSION"
export PATH="$GUICHET_BINARYEN_DIR/node_modules/.bin:$PATH"
setup_wasm_opt() {
  local want="${BINARYEN_VERSION%%.*}"
  setup_node || return 1
  if [ "$("$GUICHET_BINARYEN_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" = "$want" ]; then
    echo "ok: wasm-opt $want (npm binaryen, $GUICHET_BINARYEN_DIR)"
  else
    say "npm install binaryen@$BINARYEN_VERSION (wasm-opt) into $GUICHET_BINARYEN_DIR"
    mkdir -p "$GUICHET_BINARYEN_DIR" &&
      npm install --prefix "$GUICHET_BINARYEN_DIR" --no-save --no-package-lock --no-audit --no-fund \
        "binaryen@$BINARYEN_VERSION" </dev/null || return 1
  fi
  if [ "$(command -v wasm-opt)" != "$GUICHET_BINARYEN_DIR/node_modules/.bin/wasm-opt" ]; then
    echo "wasm-opt on PATH is $(command -v wasm-opt), not binaryen $BINARYEN_VERSION" >&2
    return 1
  fi
}

setup_node() {
  if have node && have npm; then
    return 0
  fi
  apt_install nodejs npm
}

setup_test_tools() {
  if [ -x /usr/bin/chromium ]; then
    echo "ok: /usr/bin/chromium"
  else
    apt_install chromium || return 1
  fi

  setup_node || return 1
  echo "ok: node $(node --version)"

  # npm ci when node_modules is missing or package-lock.json changed since the last one.
  local dir="$GUICHET_ROOT/end2end" stamp want
  stamp="$dir/node_modules/.guichet-package-lock.sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -d "$dir/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    echo "ok: end2end/node_modules"
  else
    say "npm ci in end2end (browsers are not downloaded: tests use /usr/bin/chromium)"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null) || return 1
    echo "$want" >"$stamp"
  fi
}

# Run directly (not sourced): install, then report.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  setup_build_tools
  if [ "${1:-}" = "--with-browser" ]; then
    setup_test_tools
  fi
  echo "wasm-opt: $(command -v wasm-opt)"
  echo "CARGO_TARGET_DIR=$CARGO_TARGET_DIR"
  echo "site root: $GUICHET_SITE_ROOT"
fi
