#!/usr/bin/python3
# Writes the small hand-made node-link graph the query e2e tests ask about.
import json, sys

docs = [
    {"id": "d1.txt", "title": "Kim and Xi meet in Beijing", "date": "2018-06-01"},
    {"id": "d2.txt", "title": "Biegun named envoy", "date": "2019-01-10"},
    {"id": "d3.txt", "title": "Stilwell testifies", "date": "2020-03-05"},
]
nodes = [
    ("Kim Jong Un", "PERSON", ["Kim Jong-un"], 20, ["d1.txt", "d2.txt"]),
    ("Kim Yong Chol", "PERSON", [], 3, ["d2.txt"]),
    ("United States", "COUNTRY", ["U.S.", "Washington"], 15, ["d1.txt", "d2.txt", "d3.txt"]),
    ("Stephen Biegun", "PERSON", ["Biegun"], 8, ["d2.txt"]),
    ("Xi Jinping", "PERSON", ["Xi"], 6, ["d1.txt"]),
    ("China", "COUNTRY", ["Beijing"], 5, ["d1.txt"]),
    ("David Stilwell", "PERSON", ["Stilwell"], 4, ["d3.txt"]),
    ("Senate Foreign Relations Committee", "ORGANIZATION", [], 2, ["d3.txt"]),
    ("José Martí", "PERSON", [], 1, ["d3.txt"]),
    ("North Korea", "COUNTRY", ["DPRK"], 9, ["d1.txt", "d2.txt"]),
]
def ev(doc, text, conf=0.9, sentence=0):
    return {"doc": doc, "sentence": sentence, "start": 0, "end": len(text.encode()), "text": text,
            "modality": "occurred", "confidence": conf}
links = [
    (0, 2, "demands_from", [ev("d1.txt", "Kim Jong Un demanded security guarantees from the United States.")]),
    (3, 2, "works_for", [ev("d2.txt", "Stephen Biegun, the U.S. special representative, arrived in Seoul."),
                         ev("d3.txt", "Biegun works for the State Department of the United States.", 0.7, 4)]),
    (0, 4, "met_with", [ev("d1.txt", "Kim Jong Un met Xi Jinping in Beijing.", 0.95, 2)]),
    (4, 5, "leader_of", [ev("d1.txt", "Chinese President Xi Jinping hosted the talks.", 0.9, 3)]),
    (6, 7, "testified_at", [ev("d3.txt", "David Stilwell testified before the Senate Foreign Relations Committee.")]),
    (6, 2, "works_for", [ev("d3.txt", "Stilwell, a U.S. assistant secretary of state, said ...", 0.8, 1)]),
    (1, 9, "works_for", [ev("d2.txt", "Kim Yong Chol, a North Korean official, travelled to New York.")]),
    (0, 9, "leader_of", [ev("d1.txt", "North Korean leader Kim Jong Un arrived.", 0.9, 5)]),
    (2, 9, "sanctions", [ev("d2.txt", "The United States sanctioned North Korea again.", 0.85, 6)]),
]
out = {"directed": True, "multigraph": True,
       "graph": {"format": "kg-node-link", "version": 1, "documents": docs},
       "nodes": [{"id": i, "label": n, "type": t, "aliases": a, "mentions": m, "documents": d}
                 for i, (n, t, a, m, d) in enumerate(nodes)],
       "links": [{"source": s, "target": t, "key": r, "relation": r, "evidence": e} for s, t, r, e in links]}
json.dump(out, open(sys.argv[1], "w"), indent=1, ensure_ascii=False)
