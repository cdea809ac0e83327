#!/usr/bin/env bash
# Regenerates graphs/ from the bundled sample articles: the node-link graph,
# its GraphML and DOT exports, and a picture of it (SVG, through Graphviz). tests/e2e/cli_graphs_fresh.sh runs the same
# commands into a temporary folder and fails when graphs/ is stale.
# usage: scripts/regen_graphs.sh [KG_BINARY] [OUT_DIR]   (defaults: build/kg, graphs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kg="${1:-$root/build/kg}"
out="${2:-$root/graphs}"
mkdir -p "$out"
cd "$root"  # so document ids and paths come out the same wherever this runs from
"$kg" build data/samples -o "$out/kg.json"
"$kg" export -g "$out/kg.json" -f graphml -o "$out/kg.graphml"
"$kg" export -g "$out/kg.json" -f dot -o "$out/kg.dot"
"$kg" render -g "$out/kg.json" -o "$out/kg.svg"
echo "regen_graphs: wrote $out/kg.json, kg.graphml, kg.dot, kg.svg"
