#!/bin/bash
# Export throughput: builds bench/export_bench.cpp (Release) and writes a
# synthetic graph of 1,000,000 relations in every format, then times
# NetworkX's write_graphml on the very same graph (read from kg's GraphML, so
# both write the same attributes) and prints the ratio. Needs ~6 GB of RAM and
# a few minutes. Smaller: scripts/bench_export.sh 100000.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${KG_BENCH_BUILD_DIR:-$ROOT/build-bench-export}
RELATIONS=${1:-1000000}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench_export.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"${KG_JOBS:-2}" --target kg_bench_export >/dev/null
echo "== kg ($RELATIONS relations)"
"$BUILD/bench/kg_bench_export" "$OUT" "$RELATIONS" | tee "$OUT/kg.txt"
echo "== NetworkX write_graphml, same graph"
/usr/bin/python3 - "$OUT/bench.graphml" "$OUT/nx.graphml" "$OUT/kg.txt" <<'PY'
import sys, time
import networkx as nx
src, dst, kg_txt = sys.argv[1:4]
t = time.perf_counter()
G = nx.read_graphml(src)
print("networkx: read %d nodes, %d edges in %.1f s (not timed below)" % (G.number_of_nodes(), G.number_of_edges(), time.perf_counter() - t))
t = time.perf_counter()
nx.write_graphml(G, dst)
s = time.perf_counter() - t
rate = G.number_of_edges() / s
print("%-8s %8.2f s %10.0f relations/s" % ("nx", s, rate))
for line in open(kg_txt):
    parts = line.split()
    if len(parts) > 3 and parts[2] == "s":
        print("kg %-7s is %6.1fx NetworkX write_graphml" % (parts[0], float(parts[3]) / rate))
PY
