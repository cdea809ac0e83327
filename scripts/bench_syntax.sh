#!/bin/bash
# Syntax and extraction speed on one core (Release build in build-bench):
#  1. the Google Benchmark of model load, tagging and parsing (tokens/s);
#  2. whole `kg extract` on a ~5 MB news corpus (the shared dev and web
#     corpora, or the bundled samples, repeated), in words/s, side by side
#     with `wc -w` on the very same bytes in the same run.
# KG_BENCH_BASELINE=DIR (a build folder, or a folder holding another build's
# kg and kg_bench_syntax, e.g. copied from a build of main) runs that build
# too, in the same run, for before/after numbers: on this tree's data, or on
# KG_BENCH_BASELINE_DATA=DIR when the rule files changed since (e.g. a
# `git archive OLD data | tar -x -C DIR` of the baseline's commit).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
BASE=${KG_BENCH_BASELINE:-}
BASE_DATA=${KG_BENCH_BASELINE_DATA:-$ROOT/data}
MB=${KG_BENCH_MB:-5}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg kg_bench_syntax >/dev/null
# Five repetitions each, their median: a shared machine's other jobs make
# single runs vary by a fifth.
GBENCH=(--benchmark_counters_tabular=true --benchmark_repetitions=5 --benchmark_report_aggregates_only=true)
bench_bin() { [ -x "$1/bench/kg_bench_syntax" ] && echo "$1/bench/kg_bench_syntax" || echo "$1/kg_bench_syntax"; }
echo "== models, tagging, parsing (one core)"
taskset -c 0 "$BUILD/bench/kg_bench_syntax" "${GBENCH[@]}" | grep -v '_stddev\|_cv'
if [ -n "$BASE" ]; then
  echo "== baseline $BASE: models, tagging, parsing (one core)"
  KG_DATA_DIR="$BASE_DATA" taskset -c 0 "$(bench_bin "$BASE")" "${GBENCH[@]}" | grep -v '_stddev\|_cv'
fi
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench_syntax.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
src="$ROOT/../shared/corpus"
[ -d "$src/web" ] || src="$ROOT/data/samples"
# One article per file, copied until the corpus holds MB megabytes of text.
find "$src" -name '*.txt' | sort > "$OUT/list"
i=0
while [ "$(du -sb "$OUT/corpus" 2>/dev/null | cut -f1 || echo 0)" -lt $((MB * 1000000)) ]; do
  mkdir -p "$OUT/corpus"
  while read -r f; do i=$((i + 1)); cp "$f" "$OUT/corpus/$i.txt"; done < "$OUT/list"
done
bytes=$(cat "$OUT"/corpus/*.txt | wc -c)
words=$(cat "$OUT"/corpus/*.txt | wc -w)
echo "== kg extract vs wc -w: $(ls "$OUT/corpus" | wc -l) articles, $bytes bytes, $words words"
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):,.0f}')" "$words" "$1"; }
seconds() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$@"; }
t0=$(date +%s.%N); cat "$OUT"/corpus/*.txt | taskset -c 0 wc -w > /dev/null; t1=$(date +%s.%N)
wc_s=$(seconds "$t0" "$t1")
printf "%-18s %8.2f s %14s words/s\n" "wc -w" "$wc_s" "$(rate "$wc_s")"
# Wall time and CPU time (user + sys: what the process itself ran, which
# other jobs on a shared machine inflate less).
run_extract() {  # label, kg binary, data folder
  local t0 t1 s cpu
  t0=$(date +%s.%N)
  cpu=$(KG_DATA_DIR="$3" python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "w") as out:
    subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.ru_utime + r.ru_stime)' "$OUT/facts.jsonl" taskset -c 0 "$2" extract "$OUT/corpus")
  t1=$(date +%s.%N)
  s=$(seconds "$t0" "$t1")
  printf "%-18s %8.2f s %14s words/s  cpu %6.2f s %14s words/s  (%s facts)\n" "$1" "$s" "$(rate "$s")" \
    "$cpu" "$(rate "$cpu")" "$(wc -l < "$OUT/facts.jsonl")"
}
run_extract "kg extract" "$BUILD/kg" "$ROOT/data"
[ -z "$BASE" ] || run_extract "baseline extract" "$BASE/kg" "$BASE_DATA"
