#!/usr/bin/env bash
# Release build: size-optimised wasm (opt-level z, LTO) shrunk by wasm-opt.
# Uses only tools already installed by scripts/install.sh; downloads nothing.
#   scripts/build.sh                         for the root of a host, into dist/
#   scripts/build.sh --base /karibu/         for https://example.org/karibu/
#   scripts/build.sh --dist target/dist-x    into another directory
set -euo pipefail
cd "$(dirname "$0")/.."

base="/"
dist="dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift ;;
    --dist) dist="$2"; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
# The base is a directory on the host: always "/…/".
[[ "$base" == /* ]] || base="/$base"
[[ "$base" == */ ]] || base="$base/"

export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline --public-url "$base" --dist "$dist"
