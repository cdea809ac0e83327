#!/usr/bin/python3
"""Scores saved node-link graphs with kgscore.py's own score_doc.

usage: kgscore_graphs.py KGSCORE_PY GOLD_JSONL GRAPH_DIR OUT_JSON
GRAPH_DIR holds one graph per gold unit, named UNIT.json. Writes the summed
counts {"entities": [tp, fp, fn], "relations": {rel: [tp, fp, fn]}} to OUT_JSON,
for score_test.cpp to compare with kg's own scoring.
"""
import importlib.util, json, os, sys
from collections import defaultdict

spec = importlib.util.spec_from_file_location("kgscore", sys.argv[1])
ks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ks)

golds = defaultdict(lambda: {"entities": [], "relations": []})
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            d = json.loads(line)
            unit = d["doc"].split("#")[0]
            names = {e["name"] for e in golds[unit]["entities"]}
            golds[unit]["entities"] += [e for e in d["entities"] if e["name"] not in names]
            golds[unit]["relations"] += d["relations"]

ent = [0, 0, 0]
rels = defaultdict(lambda: [0, 0, 0])
for unit, gold in sorted(golds.items()):
    with open(os.path.join(sys.argv[3], unit + ".json"), encoding="utf-8") as f:
        nodes, edges = ks.graph_parts(json.load(f))
    e, r, _, _ = ks.score_doc(gold, nodes, edges)
    for i, k in enumerate(("tp", "fp", "fn")):
        ent[i] += e[k]
        for rel, c in r.items():
            rels[rel][i] += c[k]
with open(sys.argv[4], "w", encoding="utf-8") as f:
    json.dump({"entities": ent, "relations": rels}, f)
