#!/usr/bin/env bash
# Builds the same synthetic archive with gen and (when installed) Hugo, several times each, and
# prints median wall time and peak RSS and the gen/Hugo ratios, as a Markdown table.
#
#   bench/run.sh                 # N = 1000 10000
#   bench/run.sh 1000 10000 100000
#   RUNS=3 JOBS=2 bench/run.sh 10000
#
# Environment: RUNS (builds per measurement, default 5), WORK (scratch folder, default
# /tmp/gen-bench; generated archives are kept there and reused), GEN_JAR (default gen.jar at the
# repository root), JOBS (gen --jobs, default 0 = one per core), SEED (generator seed, default 1),
# JAVA_OPTS (extra JVM flags for gen, default none), OUTPUTS (where the sites are built: default
# /dev/shm/gen-bench, a RAM file system, when it exists, else $WORK/outputs; see below), SETTLE
# (seconds to wait after deleting the previous run's outputs on disk, default 70).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/gen-bench}"
GEN_JAR="${GEN_JAR:-$repo/gen.jar}"
JOBS="${JOBS:-0}"
SEED="${SEED:-1}"
JAVA_OPTS="${JAVA_OPTS:-}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 2; }
[ -f "$GEN_JAR" ] || { echo "bench: $GEN_JAR not found; run mvn package first" >&2; exit 2; }
have_hugo=0
command -v hugo >/dev/null 2>&1 && have_hugo=1

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# The CPU seconds (user + system) a build server has used so far, when $server_of is an output
# folder with a running server; else 0. Its builds' CPU is not the launcher's, so /usr/bin/time
# does not see it.
server_of=""
server_cpu() {
  local pid
  pid="$(sed -n 4p "$(state_of "$server_of")/build-server" 2>/dev/null)"
  if [ -z "$server_of" ] || [ -z "$pid" ] || [ ! -r "/proc/$pid/stat" ]; then echo 0; return; fi
  awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print ($12 + $13) / hz}' "/proc/$pid/stat"
}
# measure LABEL CMD...: runs CMD under /usr/bin/time, appends "seconds kb user sys" to
# $WORK/LABEL.times, the build server's CPU (if any) counted as user time.
measure() {
  local label="$1"; shift
  local before after
  before="$(server_cpu)"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.out" "$@" >"$WORK/cmd.out" 2>&1 || {
    echo "bench: failed: $*" >&2; cat "$WORK/cmd.out" >&2; exit 1; }
  after="$(server_cpu)"
  awk -v b="$before" -v a="$after" '{printf "%s %s %.2f %s\n", $1, $2, $3 + a - b, $4}' "$WORK/time.out" \
    >>"$WORK/$label.times"
}
# The count from gen's summary line: "Built ..., 12 files written".
written_of() { grep -o '[0-9,]* files\? written' "$WORK/cmd.out" | head -1 | tr -dc '0-9'; }
stat_of() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }
# Median CPU seconds (user + sys): less disturbed than wall time on a loaded machine.
cpu_of() { awk '{print $3 + $4}' "$WORK/$1.times" | median; }

# shellcheck disable=SC2206
java_cmd=(java $JAVA_OPTS -jar "$GEN_JAR" build --templates "$WORK/no-templates" --base-url https://example.org/ --jobs "$JOBS")
gen_build() { "${java_cmd[@]}" --input "$1" --output "$2"; }

mkdir -p "$WORK"
# Every timed full build writes into a folder that has never held files. The sites go to a RAM
# file system by default: on some disks file creation itself is what gets measured. On ext4
# without a journal (this project's benchmark machine), creating a file scans the inodes freed in
# the last minute, or six while their table is not yet written back, one by one: 2-3 s of system
# time for 15,000 files at times, 0.2 s on tmpfs, varying with what was deleted before, and it hits
# gen and Hugo alike. A RAM file system measures the tools' work, which is what is compared here;
# OUTPUTS=somewhere/on/disk measures the disk too. On a RAM file system each site is deleted once
# measured; on disk the sites stay until the next run, which deletes them, syncs and waits.
if [ -z "${OUTPUTS:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then OUTPUTS=/dev/shm/gen-bench; else OUTPUTS="$WORK/outputs"; fi
fi
outputs="$OUTPUTS"
in_ram=0
[ "$(stat -f -c %T "$(dirname "$outputs")" 2>/dev/null)" = "tmpfs" ] && in_ram=1
if [ -n "$(ls -A "$outputs" 2>/dev/null)" ]; then
  rm -rf "$outputs"; sync
  if [ $in_ram -eq 0 ]; then
    echo "deleted the previous run's outputs; waiting ${SETTLE:-70} s for the file system to settle"
    sleep "${SETTLE:-70}"
  fi
fi
mkdir -p "$outputs"
# file_bytes FOLDER [find tests...]: the summed sizes of the regular files below FOLDER.
file_bytes() { local dir="$1"; shift; find "$dir" -type f "$@" -printf '%s\n' 2>/dev/null | awk '{s += $1} END {print s + 0}'; }
# state_of FOLDER: gen's state folder for the output folder FOLDER: .gen/<name>-<hash> beside it.
state_of() { local s; for s in "$(dirname "$1")/.gen/$(basename "$1")-"*; do echo "$s"; done | head -1; }
# done_with FOLDER: a measured site no longer needed, and its state (only in RAM: deleting on disk
# slows what follows).
done_with() { if [ $in_ram -eq 1 ]; then rm -rf "$(state_of "$1")" "$1"; fi; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
[ $have_hugo -eq 1 ] && echo "hugo: $(hugo version | cut -d' ' -f1-2)" || echo "hugo: not installed, gen only"
echo "runs per figure: $RUNS (median), gen --jobs $JOBS ${JAVA_OPTS:+, JVM flags: $JAVA_OPTS}"
echo "sites built in: $outputs ($([ $in_ram -eq 1 ] && echo "RAM file system" || echo "on disk"))"
echo
printf '| N | gen full s | gen CPU s | gen MB | hugo s | hugo CPU s | hugo MB | time gen/hugo | CPU gen/hugo | RSS gen/hugo | gen 1 changed s (CPU) | files written | gen no-op s (CPU) | files written | own JVM: 1 changed / no-op s | gen site bytes/article | gen cache bytes/article | hugo site bytes/article |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'

for n in "${sizes[@]}"; do
  data="$WORK/n$n-s$SEED"
  if [ ! -f "$data/.done" ]; then
    rm -rf "$data"
    java "$here/GenerateArchive.java" --count "$n" --seed "$SEED" --text "$data/text" --markdown "$data/hugo/content/articles"
    cp -r "$here/hugo-site/." "$data/hugo/"
    touch "$data/.done"
  fi
  rm -f "$WORK"/*.times
  out=""
  for i in $(seq "$RUNS"); do
    [ -n "$out" ] && done_with "$out"
    out="$outputs/gen-n$n-run$i"
    sync
    measure gen-full "${java_cmd[@]}" --input "$data/text" --output "$out"
  done

  # One article changed: the middle one gets a new sentence; then it is put back. Measured twice:
  # each rebuild in a JVM of its own (GEN_NO_SERVER=1), as a first rebuild runs, and handed to the
  # build server that the first rebuild leaves running (README, "The build server"), started
  # here by an untimed no-change rebuild.
  victim="$(find "$data/text" -name '*.txt' | sort | sed -n "$((n / 2 + 1))p")"
  cp -p "$victim" "$WORK/victim.bak"
  changed_written=""
  for i in $(seq "$RUNS"); do
    echo "Officials added a further detail in revision $i." >>"$victim"
    GEN_NO_SERVER=1 measure gen-one-own "${java_cmd[@]}" --input "$data/text" --output "$out"
    cp -p "$WORK/victim.bak" "$victim"
    GEN_NO_SERVER=1 gen_build "$data/text" "$out" >/dev/null
  done
  for _ in $(seq "$RUNS"); do
    GEN_NO_SERVER=1 measure gen-noop-own "${java_cmd[@]}" --input "$data/text" --output "$out"
  done
  gen_build "$data/text" "$out" >/dev/null 2>&1
  server_of="$out"
  for i in $(seq "$RUNS"); do
    echo "Officials added a further detail in revision $i." >>"$victim"
    measure gen-one "${java_cmd[@]}" --input "$data/text" --output "$out"
    changed_written="$(written_of)"
    cp -p "$WORK/victim.bak" "$victim"
    gen_build "$data/text" "$out" >/dev/null
  done
  noop_written=""
  for _ in $(seq "$RUNS"); do
    measure gen-noop "${java_cmd[@]}" --input "$data/text" --output "$out"
    noop_written="$(written_of)"
  done
  # The server stops when its file goes.
  rm -f "$(state_of "$out")/build-server"
  server_of=""
  # What GitHub Pages publishes: the output folder, which holds the site and nothing else.
  # Bytes of the files (folders' own sizes depend on the file system, not on the site).
  gen_bytes=$(file_bytes "$out")
  cache_bytes=$(file_bytes "$(state_of "$out")")
  done_with "$out"

  hs=nan; hm=nan; hc=nan; hugo_bytes=nan
  if [ $have_hugo -eq 1 ]; then
    hugo_out=""
    for i in $(seq "$RUNS"); do
      [ -n "$hugo_out" ] && done_with "$hugo_out"
      hugo_out="$outputs/hugo-n$n-run$i"
      rm -rf "$data/hugo/resources"; sync
      measure hugo-full hugo --quiet --source "$data/hugo" --destination "$hugo_out"
    done
    hs=$(stat_of hugo-full 1); hm=$(stat_of hugo-full 2); hc=$(cpu_of hugo-full)
    hugo_bytes=$(file_bytes "$hugo_out")
    done_with "$hugo_out"
  fi
  gs=$(stat_of gen-full 1); gm=$(stat_of gen-full 2)
  awk -v n="$n" -v gs="$gs" -v gm="$gm" -v hs="$hs" -v hm="$hm" -v gc="$(cpu_of gen-full)" -v hc="$hc" \
      -v oc="$(cpu_of gen-one)" -v nc="$(cpu_of gen-noop)" \
      -v oo="$(stat_of gen-one-own 1)" -v no="$(stat_of gen-noop-own 1)" \
      -v os="$(stat_of gen-one 1)" -v ow="$changed_written" -v ns="$(stat_of gen-noop 1)" -v nw="$noop_written" \
      -v gb="$gen_bytes" -v cb="${cache_bytes:-0}" -v hb="$hugo_bytes" 'BEGIN {
    rt = (hs == "nan") ? "n/a" : sprintf("%.2f", gs / hs);
    rm = (hm == "nan") ? "n/a" : sprintf("%.2f", gm / hm);
    hsf = (hs == "nan") ? "n/a" : sprintf("%.2f", hs);
    hcf = (hc == "nan") ? "n/a" : sprintf("%.1f", hc);
    rc = (hc == "nan") ? "n/a" : sprintf("%.2f", gc / hc);
    hmf = (hm == "nan") ? "n/a" : sprintf("%.0f", hm / 1024);
    hbf = (hb == "nan") ? "n/a" : sprintf("%.0f", hb / n);
    printf "| %d | %.2f | %.1f | %.0f | %s | %s | %s | %s | %s | %s | %.2f (%.1f) | %s | %.2f (%.1f) | %s | %.2f / %.2f | %.0f | %.0f | %s |\n",
      n, gs, gc, gm / 1024, hsf, hcf, hmf, rt, rc, rm, os, oc, ow, ns, nc, nw, oo, no, gb / n, cb / n, hbf }'
done
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
