#!/bin/bash
# End-to-end: kg paths/show/neighbors/entities/rank/stats on a small hand-made graph.
set -u
KG=$1
REPO=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || { fail "expected '$2' in $1:"; sed 's/^/  | /' "$1"; }
}
expect_not_in() {
  ! grep -qF -- "$2" "$1" || { fail "did not expect '$2' in $1"; sed 's/^/  | /' "$1"; }
}
expect_rc() {  # expect_rc WANT GOT WHAT
  [ "$1" = "$2" ] || fail "$3: exit status $2, expected $1"
}

/usr/bin/python3 "$REPO/tests/e2e/query_graph.py" "$T/g.json" || { echo "cannot write the test graph"; exit 1; }
export KG_GRAPH=$T/g.json

# The question users come with: the more prominent Kim, the chain, the evidence.
"$KG" paths Kim Biegun >"$T/out" 2>&1; expect_rc 0 $? "paths Kim Biegun"
expect_in "$T/out" "Kim Jong Un —demands_from→ United States ←works_for— Stephen Biegun"
expect_in "$T/out" "'Kim' is Kim Jong Un"
expect_in "$T/out" "also matched: Kim Yong Chol"
expect_in "$T/out" '"Kim Jong Un demanded security guarantees from the United States." — Kim and Xi meet in Beijing (d1.txt), 2018-06-01'
expect_in "$T/out" '"Stephen Biegun, the U.S. special representative, arrived in Seoul." — Biegun named envoy (d2.txt), 2019-01-10 (+1 more)'
expect_in "$T/out" "ranked by fewer hops, then more evidence, then higher confidence"

# Evidence modes.
"$KG" paths "Kim Jong-un" Biegun --evidence all >"$T/out" 2>&1; expect_rc 0 $? "--evidence all"
expect_in "$T/out" "Biegun works for the State Department of the United States."
expect_not_in "$T/out" "note:"   # an alias is an exact match: nothing to say
"$KG" paths Kim Biegun --evidence none >"$T/out" 2>&1
expect_not_in "$T/out" "demanded security guarantees"

# Unknown names: non-zero exit with suggestions.
"$KG" paths Kim Bidgun >"$T/out" 2>&1; expect_rc 1 $? "unknown name"
expect_in "$T/out" "no entity matches 'Bidgun'; did you mean: Stephen Biegun"
"$KG" show Stillwel >"$T/out" 2>&1; expect_rc 1 $? "show unknown name"
expect_in "$T/out" "did you mean: David Stilwell"

# No path (José Martí is isolated), also through accent-insensitive names.
"$KG" paths "jose marti" China >"$T/out" 2>&1; expect_rc 1 $? "no path"
expect_in "$T/out" "'jose marti' is José Martí (accent-insensitive)"
expect_in "$T/out" "no path between José Martí and China"

# Filters.
"$KG" paths Kim Biegun --relation works_for >"$T/out" 2>&1; expect_rc 1 $? "--relation works_for"
expect_in "$T/out" "no path between Kim Jong Un and Stephen Biegun (through the chosen relations only)"
"$KG" paths Kim Biegun --directed >"$T/out" 2>&1; expect_rc 1 $? "--directed"
"$KG" paths Kim Stilwell --max-hops 1 >"$T/out" 2>&1; expect_rc 1 $? "--max-hops 1"
expect_in "$T/out" "(within 1 hops)"
"$KG" paths Kim Biegun --avoid Washington >"$T/out" 2>&1; expect_rc 1 $? "--avoid the only way"
expect_in "$T/out" "(avoiding 1 entities)"
"$KG" paths Kim Stilwell -k 5 --avoid "North Korea" --evidence none >"$T/out" 2>&1; expect_rc 0 $? "--avoid"
expect_in "$T/out" "1. Kim Jong Un —demands_from→ United States ←works_for— David Stilwell"
expect_not_in "$T/out" "2. "
"$KG" paths Xi Stilwell --since 2019 >"$T/out" 2>&1; expect_rc 1 $? "--since 2019 cuts the 2018 meeting"
"$KG" paths Xi Stilwell --until 2019-12 >"$T/out" 2>&1; expect_rc 1 $? "--until 2019-12 cuts the 2020 testimony"
"$KG" paths Xi Stilwell >"$T/out" 2>&1; expect_rc 0 $? "Xi to Stilwell"
expect_in "$T/out" "Xi Jinping ←met_with— Kim Jong Un —demands_from→ United States ←works_for— David Stilwell"
"$KG" paths Kim Biegun --min-confidence 0.95 >"$T/out" 2>&1; expect_rc 1 $? "--min-confidence 0.95"
"$KG" paths Kim Biegun --since 2019-13-01 >"$T/out" 2>&1; expect_rc 2 $? "bad date is a usage error"
"$KG" paths Kim Biegun --relation worksFor >"$T/out" 2>&1; expect_rc 2 $? "unknown relation"
expect_in "$T/out" "unknown relation 'worksFor'"

"$KG" paths Kim Biegun -k 0 >"$T/out" 2>&1; expect_rc 2 $? "-k 0"
"$KG" paths Kim Biegun --limit 0 >"$T/out" 2>&1; expect_rc 2 $? "--limit 0"
"$KG" paths Kim Kim >"$T/out" 2>&1; expect_rc 1 $? "same entity"
expect_in "$T/out" "are the same entity (Kim Jong Un)"
"$KG" paths Kim Biegun -g "$T/missing.json" >"$T/out" 2>&1; expect_rc 1 $? "missing graph"
expect_in "$T/out" "missing.json: cannot open"

# Modes: K shortest and all paths with a cap.
"$KG" paths Kim Stilwell -k 5 --evidence none >"$T/out" 2>&1; expect_rc 0 $? "-k 5"
expect_in "$T/out" "1. Kim Jong Un —demands_from→ United States ←works_for— David Stilwell"
expect_in "$T/out" "2. Kim Jong Un —leader_of→ North Korea ←sanctions— United States ←works_for— David Stilwell"
"$KG" paths Kim Stilwell --all --max-hops 3 --limit 1 --evidence none >"$T/out" 2>&1; expect_rc 0 $? "--all"
expect_in "$T/out" "2 simple paths of at most 3 hops"
expect_in "$T/out" "... and 1 more"

# JSON, parsed by Python.
"$KG" paths Kim Biegun --format json >"$T/paths.json" 2>"$T/err"; expect_rc 0 $? "--format json"
/usr/bin/python3 - "$T/paths.json" <<'PY' || fail "paths JSON content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["from"]["name"] == "Kim Jong Un" and d["from"]["also_matched"] == ["Kim Yong Chol"], d["from"]
assert d["mode"] == "shortest" and d["total"] == 1
p = d["paths"][0]
assert [n["name"] for n in p["nodes"]] == ["Kim Jong Un", "United States", "Stephen Biegun"]
assert [(h["relation"], h["direction"]) for h in p["hops"]] == [("demands_from", "forward"), ("works_for", "backward")]
assert p["hops"][1]["evidence_count"] == 2 and p["hops"][1]["evidence"][0]["doc"] == "d2.txt"
PY

# show: the entity card.
"$KG" show Stilwell >"$T/out" 2>&1; expect_rc 0 $? "show Stilwell"
expect_in "$T/out" "David Stilwell (PERSON)"
expect_in "$T/out" "aliases:   Stilwell"
expect_in "$T/out" "mentions:  4 in 1 document"
expect_in "$T/out" "testified_at (1)"
expect_in "$T/out" "David Stilwell —testified_at→ Senate Foreign Relations Committee  (1 evidence)"
expect_in "$T/out" '"David Stilwell testified before the Senate Foreign Relations Committee." — Stilwell testifies (d3.txt), 2020-03-05'
"$KG" show "U.S." >"$T/out" 2>&1
expect_in "$T/out" "United States ←works_for— Stephen Biegun  (2 evidences)"
expect_in "$T/out" "dates:     2018-06-01 .. 2020-03-05"

# neighbors: list and JSON.
"$KG" neighbors Xi --depth 2 >"$T/out" 2>&1; expect_rc 0 $? "neighbors"
expect_in "$T/out" "Xi Jinping (PERSON): 4 entities within 2 hops"
"$KG" neighbors Xi --depth 2 --relation met_with,leader_of --format json >"$T/n.json" 2>/dev/null
/usr/bin/python3 - "$T/n.json" <<'PY' || fail "neighbors JSON content"
import json, sys
d = json.load(open(sys.argv[1]))
names = {n["name"]: n["distance"] for n in d["nodes"]}
assert names == {"Xi Jinping": 0, "Kim Jong Un": 1, "China": 1, "North Korea": 2}, names
assert len(d["links"]) == 3, d["links"]
PY

# entities, stats.
"$KG" entities --match KIM >"$T/out" 2>&1; expect_rc 0 $? "entities"
expect_in "$T/out" "2 entities"
expect_in "$T/out" "Kim Jong Un [Kim Jong-un]"
"$KG" entities --type organization >"$T/out" 2>&1
expect_in "$T/out" "Senate Foreign Relations Committee"
expect_in "$T/out" "1 entity"
"$KG" stats >"$T/out" 2>&1; expect_rc 0 $? "stats"
expect_in "$T/out" "entities:   10"
expect_in "$T/out" "components: 2 (largest: 9 entities; isolated: 1)"
expect_in "$T/out" "3 dated, 2018-06-01 .. 2020-03-05"

# rank: betweenness agrees with NetworkX on the same file.
"$KG" rank --by betweenness --top 10 >"$T/rank" 2>&1; expect_rc 0 $? "rank"
/usr/bin/python3 - "$T/g.json" "$T/rank" <<'PY' || fail "betweenness differs from networkx"
import json, sys, networkx as nx
g = nx.node_link_graph(json.load(open(sys.argv[1])), edges="links") if nx.__version__ >= "3.4" else nx.node_link_graph(json.load(open(sys.argv[1])))
u = nx.Graph(g.to_undirected())
u.remove_edges_from(nx.selfloop_edges(u))
bc = nx.betweenness_centrality(u)
want = {g.nodes[n]["label"]: round(v, 5) for n, v in bc.items()}
for line in open(sys.argv[2]).read().splitlines()[1:]:
    parts = line.split(None, 2)
    name = parts[2].rsplit(" (", 1)[0]
    assert abs(float(parts[1]) - want[name]) < 1e-5, (name, parts[1], want[name])
PY

for c in paths show neighbors entities rank stats; do
  "$KG" $c --help >"$T/out" 2>&1; expect_rc 0 $? "$c --help"
  expect_in "$T/out" "usage: kg $c"
done

[ $fails -eq 0 ] && echo "query_cli: all checks passed"
exit $((fails > 0))
