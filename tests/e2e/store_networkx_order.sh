#!/bin/bash
# End-to-end: a node-link file NetworkX writes with "edges" and sorted keys
# (edges before graph and nodes), string ids and unknown attributes: kg reads
# it, writes it back, and NetworkX finds the same nodes, edges and documents.
set -u
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PY=/usr/bin/python3

"$PY" - "$T/nx.json" <<'PYEOF' || { echo "FAIL: cannot write the NetworkX graph"; exit 1; }
import json, sys
import networkx as nx
G = nx.MultiDiGraph(format="kg-node-link", version=1, color="blue",
                    documents=[{"id": "a.txt", "title": "Summit", "date": "2018-06-12"}])
G.add_node("kim", label="Kim Jong Un", type="PERSON", aliases=["Kim"], mentions=4,
           documents=["b.txt", "a.txt"], pos={"x": 1.5, "y": [1, 2]})
G.add_node("us", label="United States", type="country", documents=["a.txt"])
G.add_node("trump", type="PERSON")
G.add_edge("kim", "trump", key="met_with", relation="met_with", weight=3,
           evidence=[{"doc": "c.txt", "sentence": 2, "start": 10, "end": 50, "text": "Kim met Trump.",
                      "modality": "occurred", "confidence": 0.9, "rule": "meet.verb", "extra": {"k": [1]}}])
G.add_edge("kim", "us", key="demands_from", relation="demands_from", what="guarantees",
           modality="planned", confidence=0.5)
data = nx.node_link_data(G, link="edges")
json.dump(data, open(sys.argv[1], "w"), sort_keys=True, indent=1)
PYEOF
head -c 300 "$T/nx.json" | grep -q '"edges"' || { echo "FAIL: edges not first in the sorted file"; exit 1; }

"$KG" export -g "$T/nx.json" -f json -o "$T/kg.json" 2>"$T/err" || { echo "FAIL: kg could not read it:"; cat "$T/err"; exit 1; }

"$PY" - "$T/kg.json" <<'PYEOF'
import json, sys
import networkx as nx
d = json.load(open(sys.argv[1]))
G = nx.node_link_graph(d)
fails = []
def check(what, got, want):
    if got != want: fails.append("%s: got %r, want %r" % (what, got, want))
labels = {n: a["label"] for n, a in G.nodes(data=True)}
check("labels", sorted(labels.values()), ["Kim Jong Un", "United States", "trump"])
by_label = {a["label"]: (n, a) for n, a in G.nodes(data=True)}
kim_id, kim = by_label["Kim Jong Un"]
check("kim type", kim["type"], "PERSON")
check("kim aliases", kim["aliases"], ["Kim"])
check("kim mentions", kim["mentions"], 4)
check("us type", by_label["United States"][1]["type"], "COUNTRY")
# a.txt (graph.documents, first although "graph" came after the nodes), then b.txt, c.txt by first use
check("documents", [(x["id"], x.get("title")) for x in d["graph"]["documents"]],
      [("a.txt", "Summit"), ("b.txt", None), ("c.txt", None)])
check("kim documents", kim["documents"], ["a.txt", "b.txt"])
edges = {(labels[u], labels[v], k): a for u, v, k, a in G.edges(keys=True, data=True)}
check("edges", sorted(edges), [("Kim Jong Un", "United States", "demands_from"), ("Kim Jong Un", "trump", "met_with")])
met = edges[("Kim Jong Un", "trump", "met_with")]
check("met evidence", [(e["doc"], e["sentence"], e["text"], e["rule"]) for e in met["evidence"]],
      [("c.txt", 2, "Kim met Trump.", "meet.verb")])
dem = edges[("Kim Jong Un", "United States", "demands_from")]
check("demand", (dem["modality"], dem["confidence"], dem["what"], dem["evidence"]), ("planned", 0.5, "guarantees", []))
for f in fails: print("FAIL:", f)
sys.exit(1 if fails else 0)
PYEOF
