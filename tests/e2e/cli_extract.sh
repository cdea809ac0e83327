#!/usr/bin/env bash
# kg extract: one JSON object per fact, with spans that point at the text.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"
run extract "$KG" extract data/samples
expect_status extract 0
expect_in extract "kg extract: 6 documents, "
"$PY" - "$T/extract.out" <<'PY' || fail "kg extract output"
import json, sys
facts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert facts, "no facts from the samples"
keys = ["doc", "relation", "subject", "object", "modality", "confidence", "rule", "what", "role", "evidence"]
for f in facts:
    assert list(f) == keys, list(f)
    assert f["modality"] in ("occurred", "planned", "hypothetical"), f
    assert 0 <= f["confidence"] <= 1, f
    text = open("data/samples/" + f["doc"], encoding="utf-8").read().encode()
    ev = f["evidence"]
    assert text[ev["start"]:ev["end"]].decode() == ev["text"], f
    for end in (f["subject"], f["object"]):
        b, e = end["span"]
        assert ev["start"] <= b < e <= ev["end"] or (b, e) == (0, 0), f   # the mention lies in the sentence
        assert end["type"] in ("PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "EVENT"), f
got = {(f["subject"]["name"], f["relation"], f["object"]["name"]) for f in facts}
assert ("Kim Jong Un", "demands_from", "United States") in got, sorted(got)
assert ("Stephen Biegun", "works_for", "United States") in got, sorted(got)
kim = [f for f in facts if f["relation"] == "demands_from" and f["subject"]["name"] == "Kim Jong Un"]
assert any("security guarantee" in f["what"] for f in kim), kim   # what is demanded
PY

# Only the facts at or above --min-confidence.
run high "$KG" extract data/samples --min-confidence 1
expect_status high 0
"$PY" -c 'import json,sys; assert all(json.loads(l)["confidence"] >= 1 for l in open(sys.argv[1]))' "$T/high.out" ||
  fail "--min-confidence 1 let lower facts through"

run none "$KG" extract "$T/does-not-exist.txt"
[ "$status" -ne 0 ] || fail "kg extract on a missing file: exit 0"
expect_in none "does-not-exist.txt"
run usage "$KG" extract
expect_status usage 2
echo "ok: kg extract"
