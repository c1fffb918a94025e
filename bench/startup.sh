#!/usr/bin/env bash
# Start-up time of `java -jar gen.jar build` on the one-article seed archive, with hyperfine:
# as a user runs it, with an AppCDS archive of gen's classes, and with AppCDS plus C1 only.
#
#   bench/startup.sh            # RUNS=20 by default
#
# The AppCDS archive is made once with -XX:ArchiveClassesAtExit (JDK 13+); a jar cannot ask the
# JVM for it, so these variants need the flags on the command line or in JAVA_TOOL_OPTIONS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
GEN_JAR="${GEN_JAR:-$repo/gen.jar}"
RUNS="${RUNS:-20}"
WORK="${WORK:-/tmp/gen-bench}"
command -v hyperfine >/dev/null || { echo "startup: hyperfine is needed (apt-get install -y hyperfine)" >&2; exit 2; }
mkdir -p "$WORK/startup"
out="$WORK/startup/site"
jsa="$WORK/startup/gen.jsa"
rm -f "$jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$GEN_JAR" build -q -i "$repo/seeds" -o "$out" -t "$WORK/none" 2>/dev/null
echo "machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "$RUNS" --export-markdown "$WORK/startup/results.md" \
  -n "java -jar gen.jar build" "java -jar $GEN_JAR build -q -i $repo/seeds -o $out -t $WORK/none" \
  -n "+ AppCDS" "java -XX:SharedArchiveFile=$jsa -jar $GEN_JAR build -q -i $repo/seeds -o $out -t $WORK/none" \
  -n "+ AppCDS + C1 only" "java -XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -jar $GEN_JAR build -q -i $repo/seeds -o $out -t $WORK/none"
cat "$WORK/startup/results.md"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
