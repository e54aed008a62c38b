#!/usr/bin/env bash
# Installs what is missing, builds Karibu for release and serves it on
# http://127.0.0.1:8080/.
#   scripts/serve.sh            an empty customer book
#   scripts/serve.sh --demo     opens with 5,000 seeded demo customers
#   scripts/serve.sh --demo 100000
#   scripts/serve.sh --base /karibu/   built and served under a sub-path
set -euo pipefail
cd "$(dirname "$0")/.."

demo=""
port="${PORT:-8080}"
base="/"
while [ $# -gt 0 ]; do
  case "$1" in
    --demo) demo="${2:-5000}"; [[ "${2:-}" =~ ^[0-9]+$ ]] && shift ;;
    --port) port="$2"; shift ;;
    --base) base="$2"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

scripts/install.sh
[[ "$base" == /* ]] || base="/$base"
[[ "$base" == */ ]] || base="$base/"
scripts/build.sh --base "$base"

url="http://127.0.0.1:${port}${base}"
[ -n "$demo" ] && url="${url}?demo=${demo}"
echo
echo "Open ${url}"
[ -n "$demo" ] && echo "(the demo customers are added on first open, into an empty book)"
exec node scripts/static-server.mjs dist "$port" --prefix "$base"
