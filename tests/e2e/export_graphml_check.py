#!/usr/bin/python3
"""Loads a kg GraphML export with NetworkX and python-igraph and checks every
node and edge attribute against the node-link graph it was exported from.
usage: export_graphml_check.py FILE.graphml GRAPH.json"""
import json
import sys

import igraph
import networkx as nx

COLORS = {"PERSON": "#4e79a7", "COUNTRY": "#e15759", "ORGANIZATION": "#59a14f",
          "LOCATION": "#f28e2b", "EVENT": "#b07aa1"}


def clean(s):
    """What XML can carry: C0 controls other than tab and newline are dropped."""
    return "".join(c for c in s if c >= " " or c in "\t\n")


def delimited(items):
    return "; ".join(i.replace("\\", "\\\\").replace(";", "\\;") for i in items)


def expected_nodes(data):
    out = {}
    for n in data["nodes"]:
        out["n%d" % n["id"]] = {
            "label": clean(n["label"]), "entity_type": n["type"], "color": COLORS[n["type"]],
            "mentions": n["mentions"], "aliases": clean(delimited(n["aliases"])),
            "documents": clean(delimited(n["documents"])),
        }
    return out


def expected_edges(data):
    out = []
    for i, l in enumerate(data["links"]):
        ev = l["evidence"]
        best = None
        for e in ev:
            if best is None or e["confidence"] > best["confidence"]:
                best = e
        want = {"label": l["relation"], "relation": l["relation"], "weight": float(max(1, len(ev))),
                "evidence_count": len(ev), "modality": l["modality"], "confidence": l["confidence"],
                "symmetric": l["relation"] == "met_with"}
        if best is not None:
            want["evidence"] = clean(best["text"])
        for k in ("what", "role"):
            if l.get(k):
                want[k] = clean(l[k])
        out.append(("e%d" % i, "n%d" % l["source"], "n%d" % l["target"], want))
    return out


def check(label, got, want, what):
    for k, v in want.items():
        g = got.get(k)
        if isinstance(v, float) or k in ("mentions", "evidence_count"):
            ok = g is not None and abs(float(g) - float(v)) <= 1e-6 * max(1.0, abs(float(v)))
        elif v == "":
            ok = g in (None, "")  # an empty list is left out; igraph fills in ""
        else:
            ok = g == v
        if not ok:
            sys.exit("%s: %s %s: %r, expected %r" % (label, what, k, g, v))


def main():
    path, graph = sys.argv[1], sys.argv[2]
    data = json.load(open(graph, encoding="utf-8"))
    nodes, edges = expected_nodes(data), expected_edges(data)

    G = nx.read_graphml(path)
    assert G.is_directed() and G.is_multigraph() or len(edges) == G.number_of_edges(), "networkx: not directed"
    if (G.number_of_nodes(), G.number_of_edges()) != (len(nodes), len(edges)):
        sys.exit("networkx: %d nodes, %d edges; expected %d, %d" % (
            G.number_of_nodes(), G.number_of_edges(), len(nodes), len(edges)))
    for nid, want in nodes.items():
        got = G.nodes[nid]
        if "type" in got:
            sys.exit("networkx: node %s has a 'type' attribute (Gephi Lite breaks on it)" % nid)
        check("networkx", got, want, "node " + nid)
    multi = G.is_multigraph()
    for eid, s, t, want in edges:
        got = G.edges[s, t, eid] if multi else G.edges[s, t]
        check("networkx", got, want, "edge " + eid)
    if G.graph.get("kg_format") != "kg-graphml":
        sys.exit("networkx: graph attribute kg_format is %r" % G.graph.get("kg_format"))

    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        sys.exit("igraph: graph is not directed")
    if (g.vcount(), g.ecount()) != (len(nodes), len(edges)):
        sys.exit("igraph: %d nodes, %d edges; expected %d, %d" % (g.vcount(), g.ecount(), len(nodes), len(edges)))
    by_id = {v["id"]: v for v in g.vs}
    for nid, want in nodes.items():
        check("igraph", by_id[nid].attributes(), want, "node " + nid)
    for e in g.es:
        eid, s, t, want = edges[int(e["id"][1:])]
        if (g.vs[e.source]["id"], g.vs[e.target]["id"]) != (s, t):
            sys.exit("igraph: edge %s goes %s -> %s, expected %s -> %s" % (
                eid, g.vs[e.source]["id"], g.vs[e.target]["id"], s, t))
        check("igraph", e.attributes(), want, "edge " + eid)
    print("graphml ok: networkx and igraph read %d nodes, %d edges with their attributes" % (len(nodes), len(edges)))


main()
