#!/usr/bin/env bash
# kg eval on small corpora written here: the table, --json, --verbose,
# --min-f1, a document that cannot be built, a bad gold line, bad usage.
source "$(dirname "$0")/lib/e2e.bash"
mkdir -p "$T/c"
cat >"$T/c/a.txt" <<'TXT'
Sample headline for the eval test

North Korean leader Kim Jong Un demanded security guarantees from the United States.
TXT
cat >"$T/c/gold.jsonl" <<'JSON'
{"doc": "a.txt", "entities": [{"name": "Kim Jong Un", "type": "PERSON", "aliases": ["Kim"]}, {"name": "North Korea", "type": "COUNTRY", "aliases": ["North Korean"]}, {"name": "United States", "type": "COUNTRY", "aliases": ["U.S."]}], "relations": [{"relation": "demands_from", "source": "Kim Jong Un", "target": "United States", "optional": false}, {"relation": "leader_of", "source": "Kim Jong Un", "target": "North Korea"}]}
{"doc": "missing.txt", "entities": [{"name": "Xi Jinping", "type": "PERSON", "aliases": []}], "relations": [{"relation": "met_with", "source": "Xi Jinping", "target": "Kim Jong Un", "optional": false}, {"relation": "visited", "source": "Xi Jinping", "target": "Kim Jong Un", "optional": true}]}
JSON

# missing.txt cannot be built: reported, scored as an empty graph, exit 3.
run table "$KG" eval "$T/c"
expect_status table 3
expect_in table "relation            P      R     F1   tp   fp   fn" "FAILED missing.txt" "documents 2  failures 1"
grep -Eq '^met_with +0\.000 +0\.000 +0\.000 +0 +0 +1$' "$T/table.out" || { cat "$T/table.out"; fail "met_with row"; }

run json "$KG" eval --gold "$T/c/gold.jsonl" "$T/c" --json
expect_status json 3
"$PY" - "$T/json.out" "$T/json.err" <<'PY' || fail "kg eval --json"
import json, sys
s = json.loads(open(sys.argv[1], encoding="utf-8").read())  # stdout is one JSON document
last = open(sys.argv[2], encoding="utf-8").read().rstrip().rsplit("\n", 1)[-1]
assert list(s) == ["relations", "failures", "relation_micro", "entity_micro"], list(s)
assert list(s["relations"]) == ["met_with", "demands_from", "sanctions", "testified_at", "leader_of", "works_for"]
assert len(s["failures"]) == 1 and s["failures"][0].startswith("missing.txt: "), s["failures"]
m = s["relation_micro"]
assert m["fn"] >= 1 and m["tp"] + m["fn"] == 3, m    # 3 scored gold relations in all
assert s["relations"]["met_with"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}, s["relations"]["met_with"]
e = s["entity_micro"]
assert e["tp"] + e["fn"] == 4, e
assert last.startswith("relation micro F1 ") and last.endswith("documents 2  failures 1"), last
PY

run verbose "$KG" eval "$T/c" --verbose
expect_in verbose "== a.txt" "== missing.txt" "  missed   met_with(Kim Jong Un, Xi Jinping)" "  entity missed   Xi Jinping [PERSON]"

# --min-f1 above any reachable score fails with 1.
head -1 "$T/c/gold.jsonl" >"$T/one.jsonl"
run minf1 "$KG" eval --gold "$T/one.jsonl" "$T/c" --min-f1 1.01
expect_status minf1 1

# A bad gold line is an error naming the file and line.
printf '%s\n%s\n' "$(head -1 "$T/c/gold.jsonl")" '{"doc": "a.txt", "entities": []}' >"$T/bad.jsonl"
run bad "$KG" eval --gold "$T/bad.jsonl" "$T/c"
expect_status bad 1
expect_in bad "bad.jsonl:2: " "relations"

run usage "$KG" eval
expect_status usage 2
run usage2 "$KG" eval "$T/c" --bogus
expect_status usage2 2
run nogold "$KG" eval "$T"
expect_status nogold 1
expect_in nogold "gold.jsonl"
echo "ok: kg eval"
