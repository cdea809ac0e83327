#!/usr/bin/env bash
# Extraction quality on the bundled samples, scored by kg eval against
# tests/data/samples/gold.jsonl (annotated as ../shared/corpus/SCHEMA.md says):
# fails when relation micro F1 drops below 0.70 or entity F1 below 0.85.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"
# The gold itself: names and aliases occur in the text, ends are listed
# entities, evidence is verbatim (whitespace-normalised).
"$PY" - <<'PY' || fail "tests/data/samples/gold.jsonl does not fit data/samples"
import json, os
docs = [json.loads(l) for l in open("tests/data/samples/gold.jsonl", encoding="utf-8")]
assert sorted(d["doc"] for d in docs) == sorted(f for f in os.listdir("data/samples") if f.endswith(".txt"))
for d in docs:
    text = open("data/samples/" + d["doc"], encoding="utf-8").read()
    flat = " ".join(text.split())
    names = {e["name"] for e in d["entities"]}
    for e in d["entities"]:
        for form in e["aliases"] + ([e["name"]] if not e["aliases"] else []):
            assert form in text, (d["doc"], form)
    for r in d["relations"]:
        assert r["source"] in names and r["target"] in names, (d["doc"], r)
        assert r["evidence"] in flat, (d["doc"], r["evidence"])
PY
run eval "$KG" eval --gold tests/data/samples/gold.jsonl data/samples --json
expect_status eval 0
"$PY" - "$T/eval.out" <<'PY' || { "$KG" eval --gold tests/data/samples/gold.jsonl data/samples --verbose >&2 || true; fail "sample extraction quality"; }
import json, sys
text = open(sys.argv[1], encoding="utf-8").read().rstrip()
s = json.loads(text)  # stdout is the JSON object alone; the summary line is on stderr
rel, ent = s["relation_micro"], s["entity_micro"]
print(f"samples: relation micro P {rel['p']:.3f} R {rel['r']:.3f} F1 {rel['f1']:.3f}, entity F1 {ent['f1']:.3f}")
assert rel["tp"] + rel["fn"] == 34, rel            # the gold's scored relations
assert rel["f1"] >= 0.70, f"relation micro F1 {rel['f1']:.3f} < 0.70"
assert ent["f1"] >= 0.85, f"entity F1 {ent['f1']:.3f} < 0.85"
PY
echo "ok: sample extraction quality"
