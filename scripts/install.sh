#!/usr/bin/env bash
# Installs whatever Karibu needs that this machine lacks. Idempotent: each step checks
# first and skips what is already there at the right version. Versions follow the
# project's verified toolchain (trunk 0.21.14; wasm-bindgen-cli equal to Cargo.lock's).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must equal the wasm-bindgen crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's own lockfile names a crate version this registry lacks.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

# Node tools (wasm-opt from binaryen, playwright-core driving the system Chromium) live
# in tests/node_modules; npm ci is skipped while the lockfile matches the one installed.
if ! cmp -s tests/package-lock.json tests/node_modules/.karibu-installed-lock 2>/dev/null; then
  say "installing node tools (binaryen, playwright-core)"
  npm ci --prefix tests --no-audit --no-fund --loglevel=error
  cp tests/package-lock.json tests/node_modules/.karibu-installed-lock
fi

say "all tools present"
