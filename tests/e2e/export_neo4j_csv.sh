#!/usr/bin/env bash
# Neo4j bulk import folder: nodes.csv / relationships.csv headers and quoting
# as `neo4j-admin database import` documents them, plus import.cypher.
source "$(dirname "$0")/lib/e2e.bash"
run export "$KG" export -g "$REPO/tests/golden/hostile.json" -f neo4j -o "$T/neo"
expect_status export 0
for f in nodes.csv relationships.csv import.cypher; do [ -s "$T/neo/$f" ] || fail "$f missing"; done
run no-folder "$KG" export -g "$REPO/tests/golden/hostile.json" -f neo4j
expect_status no-folder 2
"$PY" - "$T/neo" "$REPO/tests/golden/hostile.json" <<'PYEOF' || fail "Neo4j CSV content"
import csv, json, os, re, sys
folder, graph = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
def rows(name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True, strict=True))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
h = nodes[0]
assert h[:2] == ["id:ID", ":LABEL"], h
assert "mentions:int" in h and "size:double" in h and "aliases:string[]" in h and "name" in h, h
for col in h[2:]:
    name, _, typ = col.partition(":")
    assert typ in ("", "int", "long", "double", "boolean", "string[]", "date"), col
assert "first_date:date" in h and "last_date:date" in h, h  # typed dates, not strings
assert len(nodes) == 1 + len(graph["nodes"])
for row, n in zip(nodes[1:], graph["nodes"]):
    r = dict(zip(h, row))
    assert r["id:ID"] == "n%d" % n["id"]
    assert r[":LABEL"] == "Entity;" + n["type"].capitalize(), r[":LABEL"]
    assert r["name"] == "".join(c for c in n["label"] if c >= " " or c in "\t\n"), (r["name"], n["label"])
    assert int(r["mentions:int"]) == n["mentions"]
    assert r["aliases:string[]"].split(";") if n["aliases"] else r["aliases:string[]"] == ""
h = rels[0]
assert h[:3] == [":START_ID", ":END_ID", ":TYPE"], h
assert len(rels) == 1 + len(graph["links"])
for row, l in zip(rels[1:], graph["links"]):
    r = dict(zip(h, row))
    assert (r[":START_ID"], r[":END_ID"]) == ("n%d" % l["source"], "n%d" % l["target"])
    assert r[":TYPE"] == l["relation"].upper()
    assert int(r["evidence_count:int"]) == len(l["evidence"])
    assert r["symmetric:boolean"] in ("true", "false")
    for c in ("first_date:date", "last_date:date"):  # neo4j-admin reads :date as YYYY-MM-DD
        assert r[c] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[c]), (c, r[c])
    if l.get("what"): assert r["what"] == l["what"], r["what"]
cy = open(os.path.join(folder, "import.cypher"), encoding="utf-8").read()
assert "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cy and "MERGE (a)-[r:DEMANDS_FROM" in cy
assert "date(row.`first_date:date`)" in cy, "import.cypher does not read dates as dates"
PYEOF
# Raw quoting: a quote inside a field is doubled, a newline stays inside the quotes.
grep -qF '"Kim ""Rocket"" Jong-un"' "$T/neo/nodes.csv" || fail "quotes not doubled"
grep -qF '"Line one' "$T/neo/nodes.csv" || fail "multi-line field not quoted"
echo "ok: Neo4j CSV headers, quoting and values"
