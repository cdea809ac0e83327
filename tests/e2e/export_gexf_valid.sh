#!/usr/bin/env bash
# GEXF 1.3 from `kg export`: valid against the vendored RELAX NG schema, with
# edge kind = relation, viz colour/size, and a dynamic date timeline.
source "$(dirname "$0")/lib/e2e.bash"
RNG="$REPO/tests/schemas/gexf-1.3/gexf.rng"
for g in "$REPO/tests/golden/hostile.json" "$REPO/graphs/kg.json"; do
  run export "$KG" export -g "$g" -f gexf -o "$T/g.gexf"
  expect_status export 0
  run rng xmllint --noout --nonet --relaxng "$RNG" "$T/g.gexf"
  expect_status rng 0
  expect_in rng "validates"
done
run hostile "$KG" export -g "$REPO/tests/golden/hostile.json" -f gexf
expect_status hostile 0
"$PY" - "$T/hostile.out" <<'PYEOF' || fail "GEXF content"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", ns)
assert graph.get("defaultedgetype") == "directed" and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date", graph.attrib
for a in root.iter("{http://gexf.net/1.3}attribute"):
    assert a.get("id") == a.get("title"), a.attrib
    assert a.get("type") in ("string", "integer", "double", "boolean", "liststring"), a.attrib
nodes = {n.get("id"): n for n in root.iter("{http://gexf.net/1.3}node")}
edges = list(root.iter("{http://gexf.net/1.3}edge"))
assert len(nodes) == 12 and len(edges) == 9, (len(nodes), len(edges))
kim = nodes["n0"]
assert kim.get("label") == 'Kim "Rocket" Jong-un'
c = kim.find("viz:color", ns)
assert (c.get("r"), c.get("g"), c.get("b")) == ("78", "121", "167"), c.attrib
assert kim.find("viz:size", ns).get("value") == "23.86"
assert kim.find("g:spells/g:spell", ns).get("start") == "2018-03-26"
assert nodes["n6"].get("label") == "Line one\nLine two"
kinds = [(e.get("source"), e.get("target"), e.get("kind")) for e in edges]
assert ("n0", "n9", "met_with") in kinds and ("n0", "n9", "demands_from") in kinds, kinds
assert len({e.get("id") for e in edges}) == 9
e0 = edges[0]
assert e0.get("weight") == "2" and e0.get("label") == "met_with"
vals = {v.get("for"): v.get("value") for v in e0.find("g:attvalues", ns)}
assert vals["evidence"] == "習近平与金正恩会谈。" and vals["symmetric"] == "true", vals
assert e0.find("g:spells/g:spell", ns).get("start") == "2018-03-26"
PYEOF
echo "ok: GEXF valid, kinds, viz and timeline present"
