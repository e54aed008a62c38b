#!/usr/bin/env bash
# The models example against the `lifetimes` package (PyPI, benchmark tooling only),
# both fitting the same purchases drawn from known BG/NBD and Gamma-Gamma parameters:
# time from the CSV to fitted parameters, and how far each lands from the truth.
#   scripts/bench-models.sh          100,000 customers
#   scripts/bench-models.sh 5000     a quick run (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-100000}"
venv=target/bench-venv
mkdir -p target/bench
if ! [ -x "$venv/bin/python" ]; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    # Debian keeps venv apart from python3.
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      apt-get install -y -q python3-venv >/dev/null
      python3 -m venv "$venv"
    else
      echo "bench-models: python3 with venv is needed (apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
fi
"$venv/bin/python" -c "import lifetimes" 2>/dev/null ||
  "$venv/bin/pip" install -q -r tests/bench/requirements-models.txt
cargo build --release --locked --example models
./target/release/examples/models --simulate "$customers" >"target/bench/simulated-$customers.csv"
"$venv/bin/python" tests/bench/models_vs_lifetimes.py "target/bench/simulated-$customers.csv" 2026-06-30 \
  ./target/release/examples/models | tee target/bench/models-vs-lifetimes.json
