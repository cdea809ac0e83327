#!/bin/bash
# Syntax and extraction speed on one core (Release build in build-bench):
#  1. the Google Benchmark of model load, tagging and parsing (tokens/s);
#  2. whole `kg extract` on a ~5 MB news corpus (the shared dev and web
#     corpora, or the bundled samples, repeated), in words/s, side by side
#     with `wc -w` on the very same bytes in the same run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
MB=${KG_BENCH_MB:-5}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg kg_bench_syntax >/dev/null
echo "== models, tagging, parsing (one core)"
taskset -c 0 "$BUILD/bench/kg_bench_syntax" --benchmark_counters_tabular=true
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
t0=$(date +%s.%N); cat "$OUT"/corpus/*.txt | taskset -c 0 wc -w > /dev/null; t1=$(date +%s.%N)
wc_s=$(python3 -c "print($t1 - $t0)")
t0=$(date +%s.%N); taskset -c 0 "$BUILD/kg" extract "$OUT/corpus" > "$OUT/facts.jsonl" 2> /dev/null; t1=$(date +%s.%N)
kg_s=$(python3 -c "print($t1 - $t0)")
printf "%-12s %8.2f s %14s words/s\n" "wc -w" "$wc_s" "$(rate "$wc_s")"
printf "%-12s %8.2f s %14s words/s  (%s facts)\n" "kg extract" "$kg_s" "$(rate "$kg_s")" "$(wc -l < "$OUT/facts.jsonl")"
