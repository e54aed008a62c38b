#!/usr/bin/env bash
# Release build into dist/: size-optimised wasm (opt-level z, LTO) shrunk by wasm-opt.
# Uses only tools already installed by scripts/install.sh; downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
