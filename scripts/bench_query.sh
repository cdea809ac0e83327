#!/bin/bash
# Builds the query benchmark in build-bench (Release, -DKG_BUILD_BENCHMARKS=ON)
# and runs it on the synthetic 1M-entity / 5M-relation graph. Needs ~8 GB of
# RAM and a few minutes. Smaller runs: KG_BENCH_ENTITIES=100000 KG_BENCH_RELATIONS=500000.
# Extra arguments go to the benchmark (e.g. --benchmark_filter=Shortest).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg_bench_query
exec "$BUILD/bench/kg_bench_query" --benchmark_counters_tabular=true "$@"
