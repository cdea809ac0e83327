#!/bin/bash
# Around an entity: kg neighbors prints who did what to whom (relation and
# real direction) with the best evidence; --since/--until on show and
# neighbors; evidence people can read (a body sentence over the headline, the
# title once, no dangling quote mark).
source "$(dirname "$0")/lib/e2e.bash"

"$PY" - "$T/g.json" <<'PY'
import json, sys
docs = [{"id": "h.txt", "title": "Kim wants guarantees", "date": "2018-04-09"},
        {"id": "b.txt", "title": "EU keeps sanctions", "date": "2019-05-01"},
        {"id": "r.txt", "title": "Moscow answers", "date": "2021-03-02"}]
def ev(doc, text, conf, sentence):
    return {"doc": doc, "sentence": sentence, "start": 0, "end": len(text.encode()), "text": text,
            "modality": "occurred", "confidence": conf}
nodes = ["Kim Jong Un", "United States", "Russia", "European Union", "China"]
types = ["PERSON", "COUNTRY", "COUNTRY", "ORGANIZATION", "COUNTRY"]
links = [
    (0, 1, "demands_from", [ev("h.txt", "Kim wants guarantees", 0.9, 0),
                            ev("h.txt", "Kim Jong Un demanded guarantees from the United States.", 0.8, 3)]),
    (0, 4, "met_with", [ev("h.txt", "Kim wants guarantees", 0.9, 0)]),
    (3, 2, "sanctions", [ev("b.txt", 'The European Union extended its sanctions on Russia. "', 0.9, 1)]),
    (2, 3, "sanctions", [ev("r.txt", "Moscow answered with sanctions on EU officials.", 0.85, 2)]),
]
json.dump({"directed": True, "multigraph": True,
           "graph": {"format": "kg-node-link", "version": 1, "documents": docs},
           "nodes": [{"id": i, "label": n, "type": types[i], "aliases": [], "mentions": 5 - i,
                      "documents": ["h.txt"]} for i, n in enumerate(nodes)],
           "links": [{"source": s, "target": t, "key": r, "relation": r, "evidence": e} for s, t, r, e in links]},
          open(sys.argv[1], "w"))
PY
export KG_GRAPH="$T/g.json"

# Who sanctions Russia, and whom does Russia sanction: the arrows say.
run nb "$KG" neighbors Russia --relation sanctions
expect_status nb 0
expect_in nb "Russia ←sanctions— European Union  (1 evidence)" "Russia —sanctions→ European Union  (1 evidence)"
expect_in nb '"The European Union extended its sanctions on Russia." — EU keeps sanctions (b.txt), 2019-05-01'
expect_in nb '"Moscow answered with sanctions on EU officials." — Moscow answers (r.txt), 2021-03-02'
! grep -qF 'Russia. "' "$T/nb.out" || fail "neighbors: the dangling quote mark is still there"

# Dates: --until 2020 keeps the EU's sanctions, drops Moscow's answer; --since 2020 the reverse.
run until "$KG" neighbors Russia --until 2020
expect_status until 0
expect_in until "Russia ←sanctions— European Union"
! grep -qF "Russia —sanctions→" "$T/until.out" || fail "neighbors --until 2020 kept a 2021 edge"
run since "$KG" show Russia --since 2020
expect_status since 0
expect_in since "Russia —sanctions→ European Union" "relations: 1 (evidence since 2020)"
! grep -qF "Russia ←sanctions—" "$T/since.out" || fail "show --since 2020 kept a 2019 edge"
run baddate "$KG" neighbors Russia --since 2020-13
expect_status baddate 2

# JSON carries the direction as stored and the best evidence, trimmed.
run nbj "$KG" neighbors Russia --format json --until 2020
expect_status nbj 0
"$PY" - "$T/nbj.out" <<'PY' || fail "neighbors --format json"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
names = {n["id"]: n["name"] for n in d["nodes"]}
links = [(names[l["source"]], l["relation"], names[l["target"]], l["best_evidence"]["text"]) for l in d["links"]]
assert links == [("European Union", "sanctions", "Russia",
                  "The European Union extended its sanctions on Russia.")], links
assert d["until"] == "2020" and d["entity"]["name"] == "Russia", d
PY

# The best evidence is a body sentence even when the headline is more confident;
# a headline that is the only evidence is not followed by the title again.
run show "$KG" show Kim
expect_status show 0
expect_in show '"Kim Jong Un demanded guarantees from the United States." — Kim wants guarantees (h.txt), 2018-04-09'
expect_in show '"Kim wants guarantees" — headline of h.txt, 2018-04-09'
! grep -q "Kim wants guarantees.*Kim wants guarantees" "$T/show.out" || { cat "$T/show.out"; fail "show: a title printed twice on one line"; }
run paths "$KG" paths Kim "United States"
expect_in paths '"Kim Jong Un demanded guarantees from the United States."'
echo "ok"
