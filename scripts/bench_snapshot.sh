#!/bin/bash
# Loading the query benchmark's synthetic graph (1M entities, 5M relations;
# KG_BENCH_ENTITIES / KG_BENCH_RELATIONS to shrink) from node-link JSON and
# from the binary snapshot (.kgb), side by side in one run, with the
# speed-up (bench/load_bench.cpp). Needs ~6 GB of RAM and ~3 GB of disk in
# $TMPDIR.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench_snapshot.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg_bench_load >/dev/null
"$BUILD/bench/kg_bench_load" "$OUT"
