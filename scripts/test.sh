#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. native `cargo test`: the pure core (domain, search, i18n, demo data, memory store)
#   2. wasm-bindgen-test in headless Chromium: the real IndexedDB store
#   3. release builds (one for a sub-path, /karibu/, into target/dist-karibu; then the
#      usual one for the root into dist/), and the benchmark in --quick mode so the
#      harness cannot rot (its timings are printed, never checked)
#   4. end-to-end tests in headless Chromium (Playwright)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"

scripts/install.sh

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "native tests (cargo test)"
cargo test --locked

step "IndexedDB store tests in headless Chromium (wasm-bindgen-test)"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=600
cargo test --locked --target wasm32-unknown-unknown --test store_indexeddb --test store_faults_indexeddb --test lock_indexeddb --test erasure_indexeddb --test locale_intl

step "release build for a sub-path (/karibu/), for the hosting test"
scripts/build.sh --base /karibu/ --dist target/dist-karibu

step "release build"
scripts/build.sh

step "benchmark harness (quick)"
node tests/bench/bench.mjs --quick
scripts/bench-models.sh 5000 >/dev/null

step "end-to-end tests in headless Chromium (Playwright)"
(cd tests && node --test --test-concurrency=1 e2e/)
