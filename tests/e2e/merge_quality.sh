#!/usr/bin/env bash
# Whole-corpus merging: builds each corpus into ONE graph with the independent
# tool ../shared/tools/kgmerge.py and fails when a node stands for gold
# entities of different documents that are different entities (a false
# merge: every path through it is a false bridge), above the floors below.
# Two different committees on one node ("Committee") always fails.
# Skips (passes) when ../shared is not beside the repository.
source "$(dirname "$0")/lib/e2e.bash"
tool="$SHARED/tools/kgmerge.py"
if [ ! -f "$tool" ]; then
  echo "skip: $tool not found"
  exit 0
fi

check() {  # corpus precision_floor recall_floor max_false_merges
  local corpus=$1
  "$PY" "$tool" --kg "$KG" --corpus "$SHARED/corpus/$corpus" --json > "$T/$corpus.json"
  "$PY" - "$corpus" "$2" "$3" "$4" "$T/$corpus.json" <<'PY'
import json, sys
corpus, p_floor, r_floor, max_merges, path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
d = json.load(open(path))
p, r = d["merge_precision"], d["merge_recall"]
print(f"{corpus}: merge precision {p:.3f} (floor {p_floor}), recall {r:.3f} (floor {r_floor}), "
      f"false merges {d['false_merges']} (at most {max_merges})")
for node, ents in d["merge_list"].items():
    print(f"  false merge {node!r}: {', '.join(ents)}")
bad = [n for n, ents in d["merge_list"].items() if sum("committee" in e.lower() for e in ents) > 1]
if bad:
    print(f"{corpus}: one node holds several committees: {bad}"); sys.exit(1)
if p < p_floor or r < r_floor or d["false_merges"] > max_merges:
    print(f"{corpus}: below the floor"); sys.exit(1)
PY
}
check dev 0.99 0.98 3
check web 0.99 0.98 1
