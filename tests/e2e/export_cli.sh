#!/usr/bin/env bash
# kg export on the command line: every format to stdout or a file (atomic),
# node-link JSON compact/pretty loadable by NetworkX, focus views, and errors.
source "$(dirname "$0")/lib/e2e.bash"
H="$REPO/tests/golden/hostile.json"

# Each format on stdout is byte-identical to its golden file and to -o FILE.
for f in graphml gexf dot; do
  run "stdout-$f" "$KG" export -g "$H" -f "$f"
  expect_status "stdout-$f" 0
  cmp -s "$T/stdout-$f.out" "$REPO/tests/golden/hostile.$f" || fail "$f on stdout differs from tests/golden/hostile.$f"
  run "file-$f" "$KG" export -g "$H" -o "$T/out.$f"  # format from the extension
  expect_status "file-$f" 0
  cmp -s "$T/out.$f" "$REPO/tests/golden/hostile.$f" || fail "$f via -o differs from the golden file"
done
ls "$T" | grep -q '\.tmp\.' && fail "a temporary file was left behind"

# node-link JSON: pretty by default, --compact on one line; NetworkX loads both.
run pretty "$KG" export -g "$H" -f json
expect_status pretty 0
cmp -s "$T/pretty.out" "$H" || fail "json export differs from the native file"
run compact "$KG" export -g "$H" -f json --compact -o "$T/compact.json"
expect_status compact 0
[ "$(wc -l < "$T/compact.json")" -eq 1 ] || fail "--compact is not one line"
"$PY" - "$T/compact.json" "$T/pretty.out" <<'PYEOF' || fail "networkx.node_link_graph"
import json, sys, networkx as nx
for p in sys.argv[1:]:
    d = json.load(open(p, encoding="utf-8"))
    try:
        G = nx.node_link_graph(d, edges="links")
    except TypeError:
        G = nx.node_link_graph(d)
    assert G.is_directed() and G.is_multigraph()
    assert (G.number_of_nodes(), G.number_of_edges()) == (12, 9), (G.number_of_nodes(), G.number_of_edges())
    assert G.nodes[0]["label"] == 'Kim "Rocket" Jong-un'
PYEOF

# Focus views (the counts follow from tests/unit/export_fixture.hpp).
count() {  # FILE: "nodes edges" of a GraphML file
  "$PY" -c 'import sys, networkx as nx; G = nx.read_graphml(sys.argv[1]); print(G.number_of_nodes(), G.number_of_edges())' "$1"
}
focus() {  # EXPECTED "N E", then kg export options
  local want="$1"; shift
  run focus "$KG" export -g "$H" -f graphml -o "$T/focus.graphml" "$@"
  expect_status focus 0
  local got
  got="$(count "$T/focus.graphml")"
  [ "$got" = "$want" ] || fail "export $*: got '$got' nodes/edges, expected '$want'"
}
focus "3 3" --around "United States"
focus "4 4" --around "United States" --depth 2
focus "3 2" --relation met_with
focus "2 1" --around "United States" --relation demands_from
focus "3 3" --path "United States" 習近平
focus "2 2" --around "United States" --max-nodes 2
focus "3 2" --path "United States" 習近平 --relation met_with
focus "2 2" --max-nodes 2
run focus-dot "$KG" export -g "$H" -f dot --around "United States"
expect_status focus-dot 0
expect_in focus-dot 'label="around United States (depth 1)"' '"محمد بن سلمان" -> "United States"'
run focus-json "$KG" export -g "$H" -f json --path "United States" 習近平
expect_status focus-json 0
"$PY" -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["nodes"]) == 3 and len(d["links"]) == 3, d' "$T/focus-json.out" ||
  fail "json focus view"

# Errors: one line, the right exit status, nothing written.
run unknown-format "$KG" export -g "$H" -f svg
expect_status unknown-format 2
expect_in unknown-format "unknown format 'svg'"
run no-format "$KG" export -g "$H" -o "$T/x.txt"
expect_status no-format 2
run unknown-name "$KG" export -g "$H" -f dot --around "Nobody At All" -o "$T/none.dot"
expect_status unknown-name 1
expect_in unknown-name "no entity matches 'Nobody At All'"
[ ! -e "$T/none.dot" ] || fail "an unknown name still wrote a file"
run no-path "$KG" export -g "$H" -f dot --path "United States" "AT&T <Holdings>"
expect_status no-path 1
expect_in no-path "no path between United States and AT&T <Holdings>"
run path-args "$KG" export -g "$H" -f dot --path "United States"
expect_status path-args 2
run missing-graph "$KG" export -g "$T/nope.json" -f dot
expect_status missing-graph 1
expect_in missing-graph "nope.json"
echo "ok: kg export CLI, focus views and errors"
