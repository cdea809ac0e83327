#!/bin/bash
# Exports that open everywhere and pictures people can read: GEXF 1.2 read by
# Debian's NetworkX 2.8 with the same nodes, edges and attribute values; the
# DOT legend as one boxed cluster that no layout scatters; kg render without
# isolated entities (unless --isolated) and with labels sized for the width;
# --since/--until on export and render.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"
run build "$KG" build data/samples -o "$T/g.json"
expect_status build 0

# GEXF 1.2: NetworkX 2.8 reads it; same counts and values as the graph file.
run gexf "$KG" export -g "$T/g.json" -f gexf --gexf-version 1.2 -o "$T/g.gexf"
expect_status gexf 0
"$PY" - "$T/g.json" "$T/g.gexf" <<'PY' || fail "NetworkX does not read GEXF 1.2 as the graph"
import json, sys, networkx as nx
g = json.load(open(sys.argv[1], encoding="utf-8"))
x = nx.read_gexf(sys.argv[2])
assert x.number_of_nodes() == len(g["nodes"]), (x.number_of_nodes(), len(g["nodes"]))
assert x.number_of_edges() == len(g["links"]), (x.number_of_edges(), len(g["links"]))
for n in g["nodes"]:
    a = x.nodes["n%d" % n["id"]]
    assert a["label"] == n["label"] and a["entity_type"] == n["type"] and a["mentions"] == n["mentions"], (a, n)
edges = {d["id"]: (s, t, d) for s, t, d in x.edges(data=True)}
for i, l in enumerate(g["links"]):
    s, t, d = edges["e%d" % i]
    assert (s, t) == ("n%d" % l["source"], "n%d" % l["target"]), (s, t, l)
    assert d["relation"] == l["relation"] and d["evidence_count"] == len(l["evidence"]), (d, l)
    assert abs(d["confidence"] - l["confidence"]) < 1e-6 and d["modality"] == l["modality"], (d, l)
print("networkx", nx.__version__, "read", x.number_of_nodes(), "nodes", x.number_of_edges(), "edges")
PY
run badver "$KG" export -g "$T/g.json" -f gexf --gexf-version 1.1
expect_status badver 2

# The DOT legend: one boxed cluster with one node that explains shapes and edge styles.
run dot "$KG" export -g "$T/g.json" -f dot -o "$T/g.dot"
expect_status dot 0
grep -q 'subgraph "cluster_legend"' "$T/g.dot" || fail "the DOT legend is not a cluster"
for layout in dot sfdp; do
  dot -K$layout -Tsvg "$T/g.dot" -o "$T/$layout.svg" || fail "graphviz $layout"
  "$PY" - "$T/$layout.svg" "$layout" <<'PY' || fail "legend in the $layout drawing"
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
groups = {g.find(ns + "title").text: g for g in root.iter(ns + "g") if g.find(ns + "title") is not None}
legend = groups["legend"]  # one node holds the whole legend, so no engine can scatter it
texts = " ".join(t.text or "" for t in legend.iter(ns + "text"))
for want in ("PERSON (ellipse)", "COUNTRY (box)", "dashed: planned or hypothetical", "no arrowhead: met_with"):
    assert want in texts, (want, texts)
if sys.argv[2] == "dot":
    assert "cluster_legend" in groups, "no box around the legend"
PY
done

# kg render: isolated entities are left out unless asked for.
"$PY" - "$T/g.json" <<'PY' >"$T/isolated.txt"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
linked = {l["source"] for l in g["links"]} | {l["target"] for l in g["links"]}
print("\n".join(n["label"] for n in g["nodes"] if n["id"] not in linked))
PY
[ -s "$T/isolated.txt" ] || fail "the sample graph has no isolated entity to test with"
one=$(head -1 "$T/isolated.txt")
run r1 "$KG" render -g "$T/g.json" -o "$T/r1.svg"
expect_status r1 0
! grep -qF "<title>$one</title>" "$T/r1.svg" || fail "render drew the isolated entity '$one'"
run r2 "$KG" render -g "$T/g.json" -o "$T/r2.svg" --isolated
expect_status r2 0
grep -qF "<title>$one</title>" "$T/r2.svg" || fail "render --isolated left out '$one'"

# Labels sized for the width: an edge label shown 800 px wide is at least 9 px high.
"$PY" - "$T/r1.svg" 800 <<'PY' || fail "labels too small for the picture's width"
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
width = float(re.search(r'<svg width="([0-9.]+)pt"', svg).group(1))
smallest = min(float(s) for s in re.findall(r'font-size="([0-9.]+)"', svg))
px = smallest * float(sys.argv[2]) / width
print(f"smallest label {smallest}pt in a {width}pt picture: {px:.1f} px at {sys.argv[2]} px")
assert px >= 9, px
PY

# Dates on export and render: only relations with evidence in range.
run since "$KG" export -g "$T/g.json" -f json --since 2019 -o "$T/since.json"
expect_status since 0
"$PY" - "$T/g.json" "$T/since.json" <<'PY' || fail "export --since 2019"
import json, sys
g, s = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
dates = {d["id"]: d.get("date", "") for d in g["graph"]["documents"]}
assert 0 < len(s["links"]) < len(g["links"]), (len(s["links"]), len(g["links"]))
for l in s["links"]:
    assert any(dates.get(e["doc"], "") >= "2019" for e in l["evidence"]), l
PY
run rsince "$KG" render -g "$T/g.json" --until 2018 -o "$T/until.svg"
expect_status rsince 0
echo "ok"
