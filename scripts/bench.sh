#!/usr/bin/env bash
# Builds Karibu for release (if needed) and runs the benchmark in headless Chromium.
#   scripts/bench.sh           100,000 customers
#   scripts/bench.sh --quick   a reduced size, to check the harness runs
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
[ -d dist ] && ls dist/*.wasm >/dev/null 2>&1 || scripts/build.sh
node tests/bench/bench.mjs "$@"
if [ "${1:-}" = "--quick" ]; then scripts/bench-models.sh 5000; else scripts/bench-models.sh 100000; fi
