#!/usr/bin/env bash
# End to end on ../shared/corpus/seeds (skipped when absent): the Kim-Biegun
# chain of issue 2, `kg show Stilwell` with aliases and evidence, and an
# unknown name that fails with suggestions.
source "$(dirname "$0")/lib/e2e.bash"
seeds="$SHARED/corpus/seeds"
[ -d "$seeds" ] || { echo "skip: $seeds not present"; exit 0; }

run build "$KG" build "$seeds" -o "$T/seeds.json"
# gold.jsonl sits beside the articles; a reader that reports it as a failed
# input makes the build partial (3), which is fine: both articles must be in.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { cat "$T/build.err" >&2; fail "kg build seeds: exit $status"; }
"$PY" - "$T/seeds.json" <<'PY' || fail "seed graph content"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
label = {n["id"]: n["label"] for n in g["nodes"]}
assert len(g["graph"]["documents"]) == 2, g["graph"]["documents"]
assert any(l.startswith("Kim Jong") for l in label.values()), sorted(label.values())
assert "Stephen Biegun" in label.values(), sorted(label.values())
edges = {(label[l["source"]], l["relation"], label[l["target"]]) for l in g["links"]}
assert ("Stephen Biegun", "works_for", "United States") in edges, sorted(edges)
PY

run paths "$KG" paths Kim Biegun -g "$T/seeds.json"
expect_status paths 0
expect_in paths "Kim Jong" "Biegun" "works_for"

run show "$KG" show Stilwell -g "$T/seeds.json"
expect_status show 0
expect_in show "David Stilwell"
expect_show_card show Stilwell "$seeds"/*.txt

run unknown "$KG" show Bigeunn -g "$T/seeds.json"
[ "$status" -ne 0 ] || fail "kg show Bigeunn: exit 0 for a name that matches nothing"
expect_in unknown "Biegun"
echo "ok: seeds"
