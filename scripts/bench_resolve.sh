#!/bin/bash
# Builds and runs the name resolver benchmark (bench/resolve_bench.cpp) in
# build-bench (Release): exact names, lexicon codes, capitals, a lone surname
# and a prefix on 200,000 person-like names, beside the bare name-index lookup.
# KG_BENCH_ENTITIES changes the size; extra arguments go to the benchmark.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg_bench_resolve
exec "$BUILD/bench/kg_bench_resolve" "$@"
