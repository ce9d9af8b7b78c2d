#!/bin/bash
# The command-line figures of issue 14 (and 15's network failures) for docs/BENCHMARKS.md, each measured side by
# side in one run, median of RUNS runs, ending with a markdown table ready to paste:
#   peatmoss-benchmarks/scripts/cli-bench.sh SCALE_DB BEFORE_JAR [RUNS]
# SCALE_DB: a PeaTMOSS database (the full-scale one for the recorded figures); BEFORE_JAR: peatmoss.jar of the
# commit before the change (84c382c), run with `java -jar`. "after" is peatmoss-cli/target/peatmoss (the launcher;
# needs peatmoss-cli/target/{peatmoss,peatmoss.jar,peatmoss.jsa}). SECTIONS="2 3" runs only those sections.
# Needs python3, sqlite3, strace, bc and GNU time (/usr/bin/time). Inputs are generated here, deterministically.
set -euo pipefail
sections=${SECTIONS:-1 2 3 4}
want() { [[ " $sections " == *" $1 "* ]]; }
[ $# -ge 2 ] || { echo "usage: $0 SCALE_DB BEFORE_JAR [RUNS]" >&2; exit 2; }
db=$(realpath "$1"); before=$(realpath "$2"); runs=${3:-5}
scripts=$(cd "$(dirname "$0")" && pwd)
cli=$(cd "$scripts/../../peatmoss-cli/target" && pwd)
for f in "$db" "$before" "$cli/peatmoss" "$cli/peatmoss.jar" "$cli/peatmoss.jsa"; do
  [ -e "$f" ] || { echo "$0: missing $f (build peatmoss-cli with package first)" >&2; exit 2; }
done
for tool in python3 sqlite3 strace bc /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "$0: needs $tool (apt-get install strace bc time sqlite3)" >&2; exit 2; }
done
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
table=()  # markdown rows, printed at the end
row() { local r="|" c; for c in "$@"; do r+=" $c |"; done; table+=("$r"); }

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
ratio() { echo "scale=2; $1 / $2" | bc -l | sed 's/^\./0./'; }
per_second() { echo "$1 / $2" | bc -l | awk '{printf "%d", $1}'; }
# time_runs NAME CMD...: runs CMD RUNS times (stdin from $STDIN or /dev/null, stdout to $tmp/out, stderr to
# $tmp/err), prints each wall time and sets MED to the median in seconds and CODE to the last exit code.
time_runs() {
  local name=$1; shift; local t=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    CODE=0; "$@" > "$tmp/out" 2> "$tmp/err" < "${STDIN:-/dev/null}" || CODE=$?
    e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc)")
  done
  MED=$(printf '%s\n' "${t[@]}" | median)
  printf '%-64s median %7s s  exit %s  (runs: %s)\n' "$name" "$MED" "$CODE" "${t[*]}"
}
# strace_writes CMD...: sets WRITES (write calls of every thread, strace -c -f), STDOUT_WRITES (to fd 1) and BYTES.
strace_writes() {
  strace -f -qq -e trace=write -o "$tmp/strace" "$@" > "$tmp/out" 2> /dev/null < /dev/null || true
  WRITES=$(grep -c 'write(' "$tmp/strace" || true)
  STDOUT_WRITES=$(grep -c 'write(1,' "$tmp/strace" || true)
  BYTES=$(wc -c < "$tmp/out")
  strace -c -f -e trace=write -o "$tmp/strace-c" "$@" > /dev/null 2>&1 < /dev/null || true
  WRITES=$(awk '$NF=="write" {print $4}' "$tmp/strace-c")
}
# peak_rss CMD...: sets RSS to the peak resident set in MiB (GNU time).
peak_rss() {
  /usr/bin/time -f "%M" -o "$tmp/rss" "$@" > /dev/null 2>&1 < /dev/null || true
  RSS=$(( $(tail -1 "$tmp/rss") / 1024 ))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database: $db ($(sqlite3 "$db" 'select count(*) from model') models); before: $before; runs: $runs"
row "what" "before (\`java -jar\`, 84c382c)" "after (launcher)" "after / before"
row "---" "---" "---" "---"

if want 1; then
  echo "== 1. dataset models --db DB --json, -Xmx256m"
  time_runs "python3 stream_models.py (sqlite3 + json)" python3 "$scripts/stream_models.py" "$db"
  py=$MED; pylines=$(wc -l < "$tmp/out")
  time_runs "before: java -Xmx256m -jar peatmoss.jar" java -Xmx256m -jar "$before" dataset models --db "$db" --json
  b=$MED; blines=$(wc -l < "$tmp/out")
  time_runs "after:  peatmoss (JAVA_OPTS=-Xmx256m)" env JAVA_OPTS=-Xmx256m "$cli/peatmoss" dataset models --db "$db" --json
  a=$MED; alines=$(wc -l < "$tmp/out")
  echo "lines: python $pylines, before $blines, after $alines; after bytes $(wc -c < "$tmp/out")"
  row "\`dataset models --json\` (-Xmx256m), median of $runs; python3 \`stream_models.py\`: $py s" "$b s" "$a s = $(ratio "$a" "$py") x python" "$(ratio "$a" "$b")"
  strace_writes java -Xmx256m -jar "$before" dataset models --db "$db" --json
  bw=$WRITES; bw1=$STDOUT_WRITES
  strace_writes env JAVA_OPTS=-Xmx256m "$cli/peatmoss" dataset models --db "$db" --json
  aw=$WRITES; aw1=$STDOUT_WRITES; blocks=$(( (BYTES + 65535) / 65536 ))
  echo "write calls (strace -c -f, every thread): before $bw (to stdout $bw1), after $aw (to stdout $aw1); stdout $BYTES bytes = $blocks x 64 KiB"
  row "\`write\` calls (\`strace -c -f\`; to stdout); output $BYTES bytes = $blocks x 64 KiB" "$bw ($bw1)" "$aw ($aw1)" "-"
  peak_rss java -Xmx256m -jar "$before" dataset models --db "$db" --json; brss=$RSS
  peak_rss env JAVA_OPTS=-Xmx256m "$cli/peatmoss" dataset models --db "$db" --json; arss=$RSS
  echo "peak RSS (-Xmx256m): before $brss MiB, after $arss MiB"
  row "peak RSS, \`-Xmx256m\`" "$brss MiB" "$arss MiB" "-"
fi

if want 2; then
  echo "== 2. start-up"
  time_runs "before: java -jar peatmoss.jar --version" java -jar "$before" --version; b=$MED
  time_runs "after:  peatmoss --version" "$cli/peatmoss" --version; a=$MED
  row "\`--version\`, median of $runs (target <= 0.5x)" "$b s" "$a s" "$(ratio "$a" "$b")"
  time_runs "before: java -jar peatmoss.jar licenses check MIT Apache-2.0" java -jar "$before" licenses check MIT Apache-2.0; b=$MED
  time_runs "after:  peatmoss licenses check MIT Apache-2.0" "$cli/peatmoss" licenses check MIT Apache-2.0; a=$MED
  row "\`licenses check MIT Apache-2.0\`, median of $runs (target <= 0.5x)" "$b s" "$a s" "$(ratio "$a" "$b")"
fi

if want 3; then
  echo "== 3. stdin throughput, 100,000 lines"
  # check: pairs cycling through typical inputs, with blank and TAB-only lines (an error result each).
  # normalize: the license strings of the database's models, each as often as models carry it, in a fixed
  # order, cycled to 100,000 lines, interleaved every 7th line with spellings seen on model cards.
  sqlite3 -separator $'\t' "$db" \
    "SELECT l.name, count(*) FROM model_to_license j JOIN license l ON l.id = j.license_id WHERE l.name IS NOT NULL GROUP BY l.name ORDER BY count(*) DESC, l.name" \
    > "$tmp/license-counts.tsv"
  python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
pairs = ["MIT\tApache-2.0", "Apache-2.0\tGPL-2.0-only", "bigscience-bloom-rail-1.0\tMIT", "cc-by-nc-4.0\t",
         "GPL-3.0-or-later\tMIT", "\t", "", "LGPL-2.1-only\tApache-2.0"]
with open(tmp + "/check.txt", "w") as f:
    f.write("".join(pairs[i % len(pairs)] + "\n" for i in range(100000)))
weighted = []
for line in open(tmp + "/license-counts.tsv", encoding="utf-8"):
    name, count = line.rstrip("\n").rsplit("\t", 1)
    weighted += [name] * min(int(count), 1000)
cards = ["Apache License 2.0", "MIT License", "GPLv3+", "BSD 3-Clause", "CC BY-NC 4.0", "see LICENSE",
         "Apache 2", "llama2", "openrail++", "cc-by-sa-4.0", "Creative Commons Attribution 4.0", "unknown", ""]
lines = []
i = 0
while len(lines) < 100000:
    lines.append(cards[(len(lines) // 7) % len(cards)] if len(lines) % 7 == 6 or not weighted
                 else weighted[i % len(weighted)])
    i += 1
with open(tmp + "/normalize.txt", "w", encoding="utf-8") as f:
    f.write("".join(s.replace("\t", " ") + "\n" for s in lines))
PY
  echo "normalize input: $(sort -u "$tmp/normalize.txt" | wc -l) distinct strings of $(wc -l < "$tmp/normalize.txt") lines"
  for what in check normalize; do
    STDIN="$tmp/$what.txt" time_runs "before: java -jar peatmoss.jar licenses $what --json -" java -jar "$before" licenses $what --json -
    b=$MED; bres=$(wc -l < "$tmp/out")
    STDIN="$tmp/$what.txt" time_runs "after:  peatmoss licenses $what --json -" "$cli/peatmoss" licenses $what --json -
    a=$MED; ares=$(wc -l < "$tmp/out")
    echo "  results: before $bres, after $ares (of 100,000 lines)"
    row "\`licenses $what --json -\`, 100,000 lines: lines/s (results)" "$(per_second 100000 "$b") ($bres)" "$(per_second 100000 "$a") ($ares)" "$(ratio "$b" "$a") x faster"
  done
fi

if want 4; then
  echo "== 4. network failures (local servers on 127.0.0.1)"
  python3 -c 'import socket,sys,time
s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(64)
open(sys.argv[1] + ".tmp","w").write(str(s.getsockname()[1])); import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(3600)' "$tmp/port" &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.1; done
  port=$(cat "$tmp/port")
  time_runs "never answers: peatmoss hf list --timeout 2 (exit 1 expected)" "$cli/peatmoss" hf list --endpoint "http://127.0.0.1:$port/" --timeout 2
  sed 's/^/  stderr: /' "$tmp/err"
  row "never answers: \`hf list --timeout 2\` (must fail within 15 s)" "-" "$MED s, exit $CODE; stderr: $(head -1 "$tmp/err" | cut -c1-100)" "-"
  closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  time_runs "nothing listening: peatmoss hf list (exit 1 expected)" "$cli/peatmoss" hf list --endpoint "http://127.0.0.1:$closed/"
  sed 's/^/  stderr: /' "$tmp/err"
  row "nothing listening: \`hf list\` (must fail within 5 s)" "-" "$MED s, exit $CODE; stderr: $(head -1 "$tmp/err" | cut -c1-100)" "-"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Results ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1 | cut -d'"' -f2), median of $runs):"
echo
printf '%s\n' "${table[@]}"
