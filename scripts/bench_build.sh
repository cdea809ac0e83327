#!/bin/bash
# Build benchmarks (Release build in build-bench, -DKG_BUILD_BENCHMARKS=ON):
#  1. build time per document as the graph grows: bench/merge_bench.cpp merges
#     synthetic documents (hub-heavy, see the file) at 1k, 10k and 100k
#     documents; flat means linear merging.
#  2. throughput of kg build in words/s for -j 1 and -j 2 (or KG_BENCH_JOBS)
#     on a ~50 MB corpus (KG_BENCH_MB), made by copying the plain-text
#     articles of data/samples and ../shared/corpus/dev into folders of 1000
#     files, each copy with its own closing line so no two have the same
#     content; the graph files of every -j are compared byte for byte.
# Usage: scripts/bench_build.sh [merge|throughput] (default: both).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
WHAT=${1:-all}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg kg_bench_merge >/dev/null

if [ "$WHAT" = all ] || [ "$WHAT" = merge ]; then
  echo "== build time per document (synthetic documents, add_to_graph only)"
  "$BUILD/bench/kg_bench_merge" ${KG_BENCH_DOCS:-1000 10000 100000}
fi

if [ "$WHAT" = all ] || [ "$WHAT" = throughput ]; then
  MB=${KG_BENCH_MB:-50}
  OUT=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench_build.XXXXXX")
  trap 'rm -rf "$OUT"' EXIT
  SOURCES=("$ROOT"/data/samples/*.txt)
  [ -d "$ROOT/../shared/corpus/dev" ] && SOURCES+=("$ROOT"/../shared/corpus/dev/*.txt)
  /usr/bin/python3 - "$OUT/corpus" "$MB" "${SOURCES[@]}" <<'PY'
import os, sys
out, mb, sources = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [open(s, encoding="utf-8").read() for s in sources]
total, n = 0, 0
while total < mb * 1_000_000:
    text = texts[n % len(texts)] + "\n\nArchive copy %d.\n" % n
    folder = os.path.join(out, "%04d" % (n // 1000))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "a%06d.txt" % n), "w", encoding="utf-8") as f:
        f.write(text)
    total += len(text.encode())
    n += 1
print("corpus: %d documents, %.1f MB" % (n, total / 1e6))
PY
  WORDS=$(cat "$OUT"/corpus/*/*.txt | wc -w)
  echo "words: $WORDS"
  # CPU time and share are printed too: with the kernel's autogroup
  # scheduling a busy shared machine gives this session the same share
  # whatever its thread count, so only an idle machine shows the speed-up.
  printf "%4s %10s %14s %9s %10s %8s\n" "-j" "wall s" "words/s" "speed-up" "cpu s" "cpu %"
  base=""
  for j in 1 ${KG_BENCH_JOBS:-2}; do
    TIMEFORMAT="%R %U %S"
    { time "$BUILD/kg" build "$OUT/corpus" -j "$j" -o "$OUT/j$j.json" 2>/dev/null; } 2>"$OUT/time$j"
    read -r s user sys <"$OUT/time$j"
    [ -n "$base" ] || base=$s
    printf "%4s %10.1f %14.0f %8.2fx %10.1f %7.0f%%\n" "$j" "$s" "$(echo "$WORDS / $s" | bc -l)" \
      "$(echo "$base / $s" | bc -l)" "$(echo "$user + $sys" | bc -l)" "$(echo "100 * ($user + $sys) / $s" | bc -l)"
    cmp -s "$OUT/j1.json" "$OUT/j$j.json" || { echo "kg build -j $j wrote another graph than -j 1" >&2; exit 1; }
  done
  uptime
fi
