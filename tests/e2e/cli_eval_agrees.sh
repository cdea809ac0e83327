#!/usr/bin/env bash
# `kg eval` must give kgscore.py's numbers to the third decimal (and the same
# counts) on ../shared/corpus/seeds and ../shared/corpus/dev (skipped when absent).
source "$(dirname "$0")/lib/e2e.bash"
scorer="$SHARED/tools/kgscore.py"
[ -f "$scorer" ] || { echo "skip: $scorer not present"; exit 0; }

for corpus in seeds dev; do
  dir="$SHARED/corpus/$corpus"
  [ -f "$dir/gold.jsonl" ] || { echo "skip: $dir/gold.jsonl not present"; continue; }
  "$PY" "$scorer" --kg "$KG" --corpus "$dir" --json >"$T/$corpus.py" || fail "kgscore.py on $corpus"
  run "$corpus" "$KG" eval "$dir" --json
  [ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { cat "$T/$corpus.err" >&2; fail "kg eval $corpus: exit $status"; }
  "$PY" - "$T/$corpus.py" "$T/$corpus.out" "$corpus" "$T/$corpus.err" <<'PY' || fail "kg eval and kgscore.py disagree on $corpus"
import json, sys
def summary(path):  # the JSON object, then one summary line
    text = open(path, encoding="utf-8").read().rstrip()
    body, last = text.rsplit("\n", 1)
    assert last.startswith("relation micro F1 "), last
    return json.loads(body), last
(py, py_last) = summary(sys.argv[1])
# kg eval --json: stdout is the JSON object alone; the summary line is on stderr.
kg = json.loads(open(sys.argv[2], encoding="utf-8").read())
kg_last = open(sys.argv[4], encoding="utf-8").read().rstrip().rsplit("\n", 1)[-1]
bad = []
rows = [("relations." + r, py["relations"][r], kg["relations"].get(r)) for r in py["relations"]]
rows += [(k, py[k], kg.get(k)) for k in ("relation_micro", "entity_micro")]
for name, p, k in rows:
    if k is None:
        bad.append(f"{name}: missing in kg eval"); continue
    for f in ("p", "r", "f1"):
        if f"{p[f]:.3f}" != f"{k[f]:.3f}":
            bad.append(f"{name}.{f}: kgscore {p[f]:.3f}, kg eval {k[f]:.3f}")
    for f in ("tp", "fp", "fn"):
        if p[f] != k[f]:
            bad.append(f"{name}.{f}: kgscore {p[f]}, kg eval {k[f]}")
if len(py["failures"]) != len(kg["failures"]):
    bad.append(f"failures: kgscore {py['failures']}, kg eval {kg['failures']}")
if py_last != kg_last:
    bad.append(f"summary line: kgscore '{py_last}', kg eval '{kg_last}'")
m = py["relation_micro"]
print(f"{sys.argv[3]}: micro P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f} (tp {m['tp']} fp {m['fp']} fn {m['fn']}), "
      f"entity F1 {py['entity_micro']['f1']:.3f}: " + ("DISAGREE" if bad else "agree"))
for b in bad:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
done
echo "ok: kg eval agrees with kgscore.py"
