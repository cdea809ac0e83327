#!/bin/bash
# Extraction time of one long single-word text against the same size of
# prose (issue 15: segmentation must stay linear). Times `kg extract` on
# MB megabytes (default 30) of each, for this build's kg and, side by side,
# a baseline binary when given:
#   scripts/bench_long_word.sh [MB] [BASELINE_KG]
#   scripts/bench_long_word.sh 30 /work/main/build/kg
# KG_BENCH_INPUTS="word" times only the single word.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MB=${1:-30}
KGS=("$ROOT/build/kg")
[ $# -ge 2 ] && KGS+=("$2")
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench_word.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
/usr/bin/python3 - "$OUT" "$MB" "$ROOT/data/samples" <<'PY'
import os, sys
out, mb, samples = sys.argv[1], int(sys.argv[2]), sys.argv[3]
n = mb << 20
open(os.path.join(out, "word.txt"), "w").write("a" * n)
prose = "\n\n".join(open(os.path.join(samples, f)).read() for f in sorted(os.listdir(samples)))
open(os.path.join(out, "prose.txt"), "w").write((prose * (n // len(prose) + 1))[:n])
PY
printf '%-28s %-10s %8s\n' binary input seconds
for kg in "${KGS[@]}"; do
  for input in ${KG_BENCH_INPUTS:-word prose}; do
    start=$(date +%s.%N)
    "$kg" extract "$OUT/$input.txt" >/dev/null 2>&1
    end=$(date +%s.%N)
    printf '%-28s %-10s %8.2f\n' "$kg" "$input ${MB}MB" "$(echo "$end - $start" | bc)"
  done
done
