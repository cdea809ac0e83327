#!/bin/bash
# Every command that prints results has --format json, and its output is valid
# against the schema written in docs/CLI.md (python3-jsonschema), with numbers
# as short as they were stored (0.85, never 0.8500000238418579).
source "$(dirname "$0")/lib/e2e.bash"
"$PY" -c "import jsonschema" 2>/dev/null || { echo "skip: python3-jsonschema is not installed"; exit 0; }

"$PY" "$REPO/tests/e2e/query_graph.py" "$T/g.json" || fail "cannot write the test graph"
export KG_GRAPH="$T/g.json"

check() {  # check SCHEMA NAME: $T/NAME.out validates against docs/CLI.md's schema SCHEMA
  "$PY" - "$REPO/docs/CLI.md" "$1" "$T/$2.out" <<'PY' || { cat "$T/$2.out" "$T/$2.err" >&2; fail "$2: output does not match the '$1' schema"; }
import json, re, sys, jsonschema
doc = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<!-- schema: %s -->\s*```json\n(.*?)\n```" % re.escape(sys.argv[2]), doc, re.S)
assert m, f"docs/CLI.md has no schema '{sys.argv[2]}'"
schema = json.loads(m.group(1))
jsonschema.Draft202012Validator.check_schema(schema)
raw = open(sys.argv[3], encoding="utf-8").read()
docs = [json.loads(l) for l in raw.splitlines() if l.strip()] if sys.argv[2] == "extract" else [json.loads(raw)]
assert docs, "no output"
for d in docs:
    jsonschema.validate(d, schema, cls=jsonschema.Draft202012Validator)
# Numbers as written: no float noise like 0.8999999761581421.
noisy = re.findall(r"(?<![\w.])\d+\.\d{9,}", raw)
assert not noisy, f"unrounded numbers: {noisy[:3]}"
PY
}

run show "$KG" show Biegun --format json; expect_status show 0; check show show
run show_dates "$KG" show "United States" --format json --since 2019; expect_status show_dates 0; check show show_dates
run neighbors "$KG" neighbors "United States" --format json --depth 2; expect_status neighbors 0; check neighbors neighbors
run entities "$KG" entities --format json; expect_status entities 0; check entities entities
run rank "$KG" rank --format json --by pagerank; expect_status rank 0; check rank rank
run stats "$KG" stats --format json; expect_status stats 0; check stats stats
run paths "$KG" paths Kim Biegun --format json; expect_status paths 0; check paths paths
run extract "$KG" extract "$REPO/data/samples" --format json; expect_status extract 0; check extract extract

# The confidences the test graph stores as 0.9 and 0.95 are printed that way.
"$PY" - "$T/show.out" <<'PY' || fail "show --format json: confidence not as stored"
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
assert '"confidence":0.9' in raw, raw[:400]
PY

# eval: --format json and its old spelling --json print the same document.
if [ -d "$SHARED/corpus/seeds" ]; then
  run eval "$KG" eval "$SHARED/corpus/seeds" --format json; check eval eval
  run eval_old "$KG" eval "$SHARED/corpus/seeds" --json
  cmp -s "$T/eval.out" "$T/eval_old.out" || fail "eval --json and --format json differ"
  grep -q "relation micro F1" "$T/eval.err" || fail "eval --format json: summary line not on stderr"
else
  echo "skip eval: $SHARED/corpus/seeds not present"
fi

# A bad --format value is a usage error on every query command.
for c in show neighbors; do
  run bad "$KG" $c Biegun --format yaml; expect_status bad 2
done
for c in entities rank stats; do
  run bad "$KG" $c --format yaml; expect_status bad 2
done
echo "ok"
