#!/usr/bin/env bash
# Builds synthetic archives (Zipf-distributed words over a 60,000-word made-up vocabulary, about
# 650 words an article) and prints the search index's sizes, then times queries in headless
# Chromium from file:// (a fresh browser per query: the cold, first-query case; median of RUNS).
#
#   bench/search-index.sh              # N = 1000 10000
#   RUNS=5 bench/search-index.sh 10000
#
# Needs gen.jar and target/test-classes (mvn package), and chromium for the timings (skipped
# without it). Environment: WORK (scratch folder, default /tmp/gen-search-bench), RUNS (default 5).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
WORK="${WORK:-/tmp/gen-search-bench}"
RUNS="${RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
[ -f "$repo/gen.jar" ] && [ -d "$repo/target/test-classes/gen/testing" ] || {
  echo "bench: run mvn package first (gen.jar and target/test-classes are needed)" >&2; exit 2; }
mkdir -p "$WORK/no-templates"
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
bytes() { find "$@" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

# A results page loads the bundles of its ten documents: "page worst" is the ten largest bundles.
printf '| N | manifest B | index total MB | term shards | shard median kB | shard max kB | doc bundles | bundle median / max kB | results page worst kB | doc files MB | index B/article | terms B/article |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  in="$WORK/in-$n"; out="$WORK/site-$n"
  [ -f "$in/.done" ] || { rm -rf "$in"; java -cp "$repo/target/test-classes" gen.testing.SyntheticArchive "$n" "$in" 1; touch "$in/.done"; }
  java -jar "$repo/gen.jar" build --input "$in" --output "$out" --templates "$WORK/no-templates" --force \
    >/dev/null 2>"$WORK/build.err" || { cat "$WORK/build.err" >&2; exit 1; }
  s="$out/search"
  manifest=$(bytes "$s/manifest.js"); terms=$(bytes "$s/terms"); docs=$(bytes "$s/docs"); total=$(bytes "$s")
  shards=$(find "$s/terms" -type f | wc -l)
  med=$(find "$s/terms" -type f -printf '%s\n' | median); max=$(find "$s/terms" -type f -printf '%s\n' | sort -g | tail -1)
  bundles=$(find "$s/docs" -type f | wc -l)
  bmed=$(find "$s/docs" -type f -printf '%s\n' | median); bmax=$(find "$s/docs" -type f -printf '%s\n' | sort -g | tail -1)
  page=$(find "$s/docs" -type f -printf '%s\n' | sort -g | tail -10 | awk '{s+=$1} END {print s+0}')
  awk -v n="$n" -v m="$manifest" -v t="$total" -v sh="$shards" -v med="$med" -v max="$max" -v d="$docs" -v tr="$terms" \
    -v b="$bundles" -v bmed="$bmed" -v bmax="$bmax" -v page="$page" 'BEGIN {
    printf "| %d | %d | %.1f | %d | %.1f | %.1f | %d | %.1f / %.1f | %.0f | %.1f | %d | %d |\n",
      n, m, t/1e6, sh, med/1e3, max/1e3, b, bmed/1e3, bmax/1e3, page/1e3, d/1e6, t/n, tr/n }'
done

command -v chromium >/dev/null || { echo; echo "chromium not installed: no query timings"; exit 0; }
echo
echo "Query time in headless Chromium from file:// (fresh browser each run; manifest + shards + the bundles of 10 results; median of $RUNS runs, ms):"
printf '| N | query | results | median ms |\n|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  out="$WORK/site-$n"
  # A very common word, a rare one, and three words at once (every synthetic article has "ba").
  for q in "ba" "kedor" "ba ke ri"; do
    ms=(); found=""
    for _ in $(seq "$RUNS"); do
      dom=$(chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --user-data-dir="$WORK/chrome" --timeout=8000 --dump-dom "file://$out/search.html?q=${q// /%20}" 2>/dev/null)
      ms+=("$(grep -o 'data-ms="[0-9]*"' <<<"$dom" | grep -o '[0-9]*' || echo nan)")
      found=$(grep -o 'id="search-status"[^>]*>[^<]*' <<<"$dom" | sed 's/.*>//' | grep -o '^[0-9,]*' || true)
    done
    printf '| %d | %s | %s | %s |\n' "$n" "$q" "$found" "$(printf '%s\n' "${ms[@]}" | median)"
  done
done
