#!/usr/bin/env bash
# DOT from `kg export`: accepted by dot, sfdp and neato with nothing on stderr;
# hostile names (node, graph, Graph, quotes, backslashes, newlines) come out
# as the node titles Graphviz drew; `kg render` draws SVG and PNG.
source "$(dirname "$0")/lib/e2e.bash"
H="$REPO/tests/golden/hostile.json"
run export "$KG" export -g "$H" -f dot -o "$T/h.dot"
expect_status export 0
head -c 7 "$T/h.dot" | grep -q "//" || fail "no comment header"
grep -q '^digraph "kg" {' "$T/h.dot" || fail "not a digraph"
! grep -q "strict" <(grep -v '^//' "$T/h.dot" | grep -v '"strict"') || fail "strict graph"
for engine in dot sfdp neato; do
  run "$engine" "$engine" -Tsvg "$T/h.dot" -o "$T/h.$engine.svg"
  expect_status "$engine" 0
  [ ! -s "$T/$engine.err" ] || { cat "$T/$engine.err" >&2; fail "$engine printed warnings"; }
done
"$PY" - "$T/h.dot.svg" <<'PYEOF' || fail "the SVG lacks the hostile nodes or edges"
import sys, xml.etree.ElementTree as ET
svg = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
nodes, edges = set(), []
for g in root.iter(svg + "g"):
    title = g.find(svg + "title")
    if g.get("class") == "node": nodes.add(title.text)
    if g.get("class") == "edge": edges.append(title.text)
# Graphviz keeps backslashes in ids (only \" is unescaped), so the id of
# C:\path\"x" reads C:\\path\\"x"; labels are unescaped when drawn.
want = {'Kim "Rocket" Jong-un', "node", "graph", "Graph", "AT&T <Holdings>", 'C:\\\\path\\\\"x"', "Line one\\nLine two",
        "習近平", "محمد بن سلمان", "United States", "BellName", "node (2)"}
missing = want - nodes
assert not missing, missing
assert len([e for e in edges if e.startswith('Kim "Rocket" Jong-un') and "United States" in e]) == 2, edges
texts = [t.text for t in root.iter(svg + "text")]
assert "demands_from" in texts and "met_with" in texts and "PERSON (ellipse)" in texts, texts
assert 'C:\\path\\"x"' in texts and "Line one" in texts and "Line two" in texts and "AT&T <Holdings>" in texts, texts
PYEOF

# The sample graph (and the seeds when ../shared is there) too.
graphs=("$REPO/graphs/kg.json")
if [ -d "$SHARED/corpus/seeds" ]; then
  run seeds-build "$KG" build "$SHARED/corpus/seeds" -o "$T/seeds.json"
  [ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { cat "$T/seeds-build.err" >&2; fail "seeds build: status $status"; }
  graphs+=("$T/seeds.json")
fi
for g in "${graphs[@]}"; do
  run real "$KG" export -g "$g" -f dot -o "$T/real.dot"
  expect_status real 0
  run real-dot dot -Tsvg "$T/real.dot" -o "$T/real.svg"
  expect_status real-dot 0
  [ ! -s "$T/real-dot.err" ] || { cat "$T/real-dot.err" >&2; fail "dot printed warnings on $g"; }
done

# A big graph gets the sfdp hint, and sfdp lays it out without warnings.
"$PY" - "$T/big.json" <<'PYEOF'
import json, sys
nodes = [{"id": i, "label": "Entity %d" % i, "type": ["PERSON", "COUNTRY", "ORGANIZATION"][i % 3], "aliases": [], "mentions": 1 + i % 7, "documents": []} for i in range(400)]
links = [{"source": i, "target": (i * 7 + 3) % 400, "key": "met_with", "relation": "met_with", "evidence": []} for i in range(400) if (i * 7 + 3) % 400 != i]
json.dump({"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "links": links}, open(sys.argv[1], "w"))
PYEOF
run big "$KG" export -g "$T/big.json" -f dot -o "$T/big.dot"
expect_status big 0
grep -q 'layout="sfdp"' "$T/big.dot" || fail "400 nodes did not get layout=sfdp"
run big-sfdp dot -Tsvg "$T/big.dot" -o "$T/big.svg"
expect_status big-sfdp 0
[ ! -s "$T/big-sfdp.err" ] || { cat "$T/big-sfdp.err" >&2; fail "sfdp printed warnings"; }

# kg render
run render "$KG" render -g "$H" -o "$T/r.svg"
expect_status render 0
grep -q "<svg" "$T/r.svg" || fail "render wrote no SVG"
grep -q "demands_from" "$T/r.svg" || fail "render SVG lacks the relation label"
run render-png "$KG" render -g "$H" -o "$T/r.png"
expect_status render-png 0
[ "$(head -c 4 "$T/r.png" | tail -c 3)" = "PNG" ] || fail "render -o .png did not write a PNG"
run render-stdout "$KG" render -g "$H" --around "United States"
expect_status render-stdout 0
expect_in render-stdout "<svg" "United States" "criticized"
run render-bad "$KG" render -g "$H" -o "$T/r.gif"
expect_status render-bad 2
run render-nodot env PATH=/nonexistent "$KG" render -g "$H" -o "$T/none.svg"
expect_status render-nodot 1
expect_in render-nodot "Graphviz is not installed"
[ ! -e "$T/none.svg" ] || fail "render without graphviz left a file"
echo "ok: DOT accepted by Graphviz, render works"
