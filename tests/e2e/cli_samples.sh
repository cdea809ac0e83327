#!/usr/bin/env bash
# End to end on the bundled sample articles: the README demo answers
# `kg paths Kim Biegun`, the graph holds the story's entities and relations,
# `kg show` gives aliases and evidence, an unknown name fails with suggestions.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"

run build "$KG" build data/samples -o "$T/s.json"
expect_status build 0

# The graph itself, read as NetworkX reads it.
"$PY" - "$T/s.json" <<'PY' || fail "sample graph content"
import json, sys
import networkx as nx
g = json.load(open(sys.argv[1], encoding="utf-8"))
G = nx.node_link_graph(g, edges="links") if "edges" in nx.node_link_graph.__code__.co_varnames else nx.node_link_graph(g)
assert G.is_directed() and G.is_multigraph()
label = {n: d["label"] for n, d in G.nodes(data=True)}
types = {d["label"]: d["type"] for n, d in G.nodes(data=True)}
for name, typ in [("Kim Jong Un", "PERSON"), ("Stephen Biegun", "PERSON"), ("David Stilwell", "PERSON"),
                  ("Xi Jinping", "PERSON"), ("United States", "COUNTRY"), ("North Korea", "COUNTRY")]:
    assert types.get(name) == typ, f"{name}: {types.get(name)} (nodes: {sorted(types)})"
assert len(g["graph"]["documents"]) == 6, g["graph"]["documents"]
edges = {(label[u], d["relation"], label[v]) for u, v, d in G.edges(data=True)}
for e in [("Kim Jong Un", "demands_from", "United States"), ("Stephen Biegun", "works_for", "United States"),
          ("David Stilwell", "testified_at", "Senate Foreign Relations Committee")]:
    assert e in edges, f"missing {e}; have {sorted(edges)}"
assert any(r == "met_with" and {a, b} == {"Kim Jong Un", "Xi Jinping"} for a, r, b in edges), sorted(edges)
for u, v, d in G.edges(data=True):
    for ev in d["evidence"]:
        text = open("data/samples/" + ev["doc"], encoding="utf-8").read().encode()
        assert text[ev["start"]:ev["end"]].decode() == ev["text"], ev
PY

run paths "$KG" paths Kim Biegun -g "$T/s.json"
expect_status paths 0
expect_in paths "Kim Jong Un" "Stephen Biegun" "demands_from" "works_for" "United States"

run show "$KG" show Stilwell -g "$T/s.json"
expect_status show 0
expect_in show "David Stilwell" "testified before the Senate Foreign Relations Committee"
expect_show_card show Stilwell data/samples/*.txt

run unknown "$KG" show Stillwel -g "$T/s.json"
[ "$status" -ne 0 ] || fail "kg show Stillwel: exit 0 for a name that matches nothing"
expect_in unknown "Stilwell"
echo "ok: samples"
