#!/usr/bin/env bash
# How long after saving an article an open browser tab shows the change, with `gen serve`:
# makes a scratch archive with `gen init`, serves it on a free port, and times RUNS edits in
# headless Chromium. Prints one line per run and the median.
#
#   bench/live-reload.sh            # RUNS=5
#
# Needs chromium (apt-get install -y chromium) and node with npm; installs puppeteer-core (which
# downloads no browser) into WORK. Environment: RUNS, WORK (default /tmp/gen-live-reload),
# GEN_JAR (default gen.jar at the repository root).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/gen-live-reload}"
GEN_JAR="${GEN_JAR:-$repo/gen.jar}"
[ -f "$GEN_JAR" ] || { echo "live-reload: $GEN_JAR not found; run mvn package first" >&2; exit 2; }

mkdir -p "$WORK"
if [ ! -d "$WORK/node_modules/puppeteer-core" ]; then
  (cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund puppeteer-core@23 >/dev/null)
fi
rm -rf "$WORK/archive"
java -jar "$GEN_JAR" init "$WORK/archive" >/dev/null
cd "$WORK/archive"
java -jar "$GEN_JAR" serve --port 0 >"$WORK/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.log" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { echo "live-reload: the server did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
article="$(ls seeds/*.md | head -1)"
NODE_PATH="$WORK/node_modules" node "$here/live-reload.js" "$url" "$PWD/$article" "$RUNS"
