#!/usr/bin/env bash
# GraphML from `kg export`: valid against the vendored GraphML XSD, read by
# NetworkX and igraph with every node/edge attribute intact, and read back by
# `kg build FILE.graphml` into the same graph. On the hostile golden graph and
# on the sample graph (and the seeds when ../shared is there).
source "$(dirname "$0")/lib/e2e.bash"
XSD="$REPO/tests/schemas/graphml/graphml.xsd"

check_graph() {  # NAME GRAPH.json
  local name="$1" graph="$2"
  run "$name-export" "$KG" export -g "$graph" -f graphml -o "$T/$name.graphml"
  expect_status "$name-export" 0
  run "$name-xsd" xmllint --noout --nonet --schema "$XSD" "$T/$name.graphml"
  expect_status "$name-xsd" 0
  expect_in "$name-xsd" "validates"
  run "$name-py" "$PY" "$REPO/tests/e2e/export_graphml_check.py" "$T/$name.graphml" "$graph"
  expect_status "$name-py" 0
  # Read back: the node-link graph kg rebuilds from GraphML is the original
  # (less the control characters XML cannot carry).
  run "$name-back" "$KG" build "$T/$name.graphml" -o "$T/$name.back.json"
  expect_status "$name-back" 0
  "$PY" - "$graph" "$T/$name.back.json" <<'PYEOF' || fail "$name: GraphML did not read back to the same graph"
import json, sys
def clean(x):
    if isinstance(x, str): return "".join(c for c in x if c >= " " or c in "\t\n")
    if isinstance(x, list): return [clean(v) for v in x]
    if isinstance(x, dict): return {k: clean(v) for k, v in x.items()}
    return x
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
if clean(a) != clean(b):
    for k in ("graph", "nodes", "links"):
        if clean(a[k]) != clean(b[k]): print("differs in", k, file=sys.stderr)
    sys.exit(1)
PYEOF
  echo "ok: $name GraphML valid, read by networkx/igraph, round trip exact"
}

check_graph hostile "$REPO/tests/golden/hostile.json"
check_graph samples "$REPO/graphs/kg.json"
if [ -d "$SHARED/corpus/seeds" ]; then
  run seeds-build "$KG" build "$SHARED/corpus/seeds" -o "$T/seeds.json"
  [ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { cat "$T/seeds-build.err" >&2; fail "seeds build: status $status"; }
  check_graph seeds "$T/seeds.json"
fi

# The GraphML key rules consumers depend on.
grep -q '<graph id="G" edgedefault="directed">' "$T/hostile.graphml" || fail "edgedefault is not directed"
! grep -q 'for="all"' "$T/hostile.graphml" || fail "a key is declared for=\"all\""
! grep -q 'attr.name="type"' "$T/hostile.graphml" || fail "a key is named 'type'"
[ "$(grep -c '<edge id="e' "$T/hostile.graphml")" -eq 9 ] || fail "expected 9 edges with ids"
[ "$(grep -o '<edge id="e[0-9]*"' "$T/hostile.graphml" | sort -u | wc -l)" -eq 9 ] || fail "edge ids are not unique"
grep -q '<data key="symmetric">true</data>' "$T/hostile.graphml" || fail "booleans are not written true/false"

# A foreign GraphML (as NetworkX writes it) imports nodes, edges and attributes.
cat > "$T/foreign.graphml" <<'XML'
<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">Moon Jae-in</data><data key="d1">PERSON</data></node>
    <node id="b"><data key="d0">Kim Jong Un</data><data key="d1">PERSON</data></node>
    <edge source="a" target="b"><data key="d2">met_with</data></edge>
    <edge source="a" target="b"><data key="d2">shook_hands</data></edge>
  </graph>
</graphml>
XML
run foreign "$KG" build "$T/foreign.graphml" -o "$T/foreign.json"
expect_status foreign 3
expect_in foreign "1 edges skipped: no relation kg knows ('shook_hands')" "2 entities, 1 relations"
run foreign-paths "$KG" paths Moon Kim -g "$T/foreign.json"
expect_status foreign-paths 0
expect_in foreign-paths "met_with"

# Broken GraphML: one line naming the file and position, exit 1.
printf '<graphml>\n<graph>\n<node id="a">\n</graphml>\n' > "$T/broken.graphml"
run broken "$KG" build "$T/broken.graphml" -o "$T/broken.json"
expect_status broken 1
expect_in broken "broken.graphml:4:"
[ ! -e "$T/broken.json" ] || fail "a broken GraphML still wrote a graph"
echo "ok: GraphML export and import"
