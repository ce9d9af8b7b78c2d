#!/bin/bash
# The command-line figures of docs/BENCHMARKS.md, each measured side by side in one run, median of RUNS runs.
#   peatmoss-benchmarks/scripts/cli-bench.sh SCALE_DB BEFORE_JAR [RUNS]
# SCALE_DB: the full-scale database (README, "scale-dataset"); BEFORE_JAR: peatmoss.jar built from the commit
# before the change, for before/after figures. Needs peatmoss-cli/target/{peatmoss,peatmoss.jar,peatmoss.jsa}.
set -euo pipefail
sections=${SECTIONS:-1 2 3 4}
want() { [[ " $sections " == *" $1 "* ]]; }
db=$1; before=$2; runs=${3:-5}
cli=$(cd "$(dirname "$0")/../../peatmoss-cli/target" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
# time_runs NAME CMD...: wall seconds of each run (stdout to a file), prints the median.
time_runs() {
  local name=$1; shift; local t=()
  for _ in $(seq "$runs"); do
    local s=$(date +%s.%N); "$@" > "$tmp/out" 2> "$tmp/err" < "${STDIN:-/dev/null}" || true; local e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc)")
  done
  printf '%-58s median %6s s  (runs: %s)\n' "$name" "$(printf '%s\n' "${t[@]}" | median)" "${t[*]}"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if want 1; then
echo "== 1. dataset models --json on $(basename "$db") ($(sqlite3 "$db" 'select count(*) from model' 2>/dev/null || echo '?') models)"
time_runs "python3 stream_models.py (sqlite3 + json)" python3 "$(dirname "$0")/stream_models.py" "$db"
time_runs "before: java -Xmx256m -jar peatmoss.jar dataset models --json" java -Xmx256m -jar "$before" dataset models --db "$db" --json
time_runs "after:  peatmoss (JAVA_OPTS=-Xmx256m) dataset models --json" env JAVA_OPTS=-Xmx256m "$cli/peatmoss" dataset models --db "$db" --json
time_runs "after:  java -Xmx256m -jar peatmoss.jar dataset models --json" java -Xmx256m -jar "$cli/peatmoss.jar" dataset models --db "$db" --json
echo "lines: $(wc -l < "$tmp/out"), bytes: $(wc -c < "$tmp/out")"
strace -c -f -e trace=write -o "$tmp/strace" java -Xmx256m -jar "$cli/peatmoss.jar" dataset models --db "$db" --json > "$tmp/out"
echo "after: write calls (strace -c -f, all threads): $(awk '$NF=="write" {print $4}' "$tmp/strace"), stdout bytes $(wc -c < "$tmp/out")"
strace -c -f -e trace=write -o "$tmp/strace" java -Xmx256m -jar "$before" dataset models --db "$db" --json > "$tmp/out"
echo "before: write calls (strace -c -f, all threads): $(awk '$NF=="write" {print $4}' "$tmp/strace")"
/usr/bin/time -f "after: peak RSS %M KiB (-Xmx256m)" env JAVA_OPTS=-Xmx256m "$cli/peatmoss" dataset models --db "$db" --json > /dev/null
fi
if want 2; then
echo "== 2. startup"
time_runs "before: java -jar peatmoss.jar --version" java -jar "$before" --version
time_runs "after:  peatmoss --version (launcher, AppCDS)" "$cli/peatmoss" --version
time_runs "before: java -jar peatmoss.jar licenses check MIT Apache-2.0" java -jar "$before" licenses check MIT Apache-2.0
time_runs "after:  peatmoss licenses check MIT Apache-2.0" "$cli/peatmoss" licenses check MIT Apache-2.0
fi
if want 3; then
echo "== 3. stdin throughput (100,000 lines)"
python3 - "$tmp" <<'PY'
import sys
kinds = ["MIT\tApache-2.0", "Apache-2.0\tGPL-2.0-only", "bigscience-bloom-rail-1.0\tMIT", "cc-by-nc-4.0\t", "\t", ""]
strings = ["mit", "Apache License 2.0", "GPLv3+", "apache-2.0", "BSD-3-Clause", "other", "see LICENSE", "cc-by-4.0",
           "creativeml-openrail-m", "llama2", "MIT License", "unknown", "", "bsd", "Apache 2"]
open(sys.argv[1] + "/check.txt", "w").write("".join(kinds[i % len(kinds)] + "\n" for i in range(100000)))
open(sys.argv[1] + "/normalize.txt", "w").write("".join(strings[i % len(strings)] + "\n" for i in range(100000)))
PY
for what in check normalize; do
  STDIN="$tmp/$what.txt" time_runs "before: java -jar peatmoss.jar licenses $what --json -" java -jar "$before" licenses $what --json -
  echo "  results: $(wc -l < "$tmp/out")"
  STDIN="$tmp/$what.txt" time_runs "after:  peatmoss licenses $what --json -" "$cli/peatmoss" licenses $what --json -
  echo "  results: $(wc -l < "$tmp/out")"
done
fi
if want 4; then
echo "== 4. network failures (local servers on 127.0.0.1)"
python3 -c 'import socket,sys,time
s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(64); print(s.getsockname()[1], flush=True); time.sleep(600)' > "$tmp/port" &
silent=$!; while [ ! -s "$tmp/port" ]; do sleep 0.2; done; port=$(cat "$tmp/port")
time_runs "never answers: peatmoss hf list --timeout 2" "$cli/peatmoss" hf list --endpoint "http://127.0.0.1:$port/" --timeout 2
sed 's/^/  stderr: /' "$tmp/err"
kill $silent
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
time_runs "nothing listening: peatmoss hf list" "$cli/peatmoss" hf list --endpoint "http://127.0.0.1:$closed/"
sed 's/^/  stderr: /' "$tmp/err"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
