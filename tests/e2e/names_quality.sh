#!/usr/bin/env bash
# The committed name recogniser (data/models/names.kgm) on GUM test: fails
# below the floors of docs/NAMES.md (exact span and type F1 per type).
# A truncated or missing names.kgm is a one-line error naming it.
# Skips (passes) when ../shared/treebanks is not beside the repository.
set -euo pipefail
kg=$1
repo=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tb="$repo/../shared/treebanks"
if [ -f "$tb/en_gum-open-test.conllu" ]; then
  json=$("$kg" parse --evaluate "$tb/en_gum-open-test.conllu" --names --format json)
  python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
# Floors: a little under today's scores (docs/NAMES.md: person 0.763,
# organization 0.588, place 0.783, event 0.261, all 0.730; the issue's
# target of 0.85 for people is not reached yet).
floors = {"person": 0.75, "organization": 0.55, "place": 0.74, "event": 0.20, "all": 0.70}
for k, v in floors.items():
    print(f"{k}: F1 {d[k]['f1']:.3f} P {d[k]['precision']:.3f} R {d[k]['recall']:.3f} (floor {v}, {d[k]['gold']} gold)")
low = [k for k, v in floors.items() if d[k]["f1"] < v]
if d["all"]["gold"] < 500 or low:
    print("below the floor:", low); sys.exit(1)
PY
else
  echo "skip: $tb not found (scores not checked)"
fi
mkdir "$tmp/models"
cp "$repo"/data/models/*.kgm "$tmp/models/"
head -c 2000 "$repo/data/models/names.kgm" > "$tmp/models/names.kgm"
gum="$repo/tests/data/names/gum_sample.conllu"
if "$kg" parse --models "$tmp/models" --evaluate "$gum" --names > /dev/null 2> "$tmp/err"; then
  echo "a truncated name model was read"; exit 1
fi
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "$tmp/models/names.kgm: truncated" "$tmp/err" || { cat "$tmp/err"; exit 1; }
rm "$tmp/models/names.kgm"
if "$kg" parse --models "$tmp/models" --evaluate "$gum" --names > /dev/null 2> "$tmp/err"; then
  echo "a missing name model was not noticed"; exit 1
fi
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "names.kgm: cannot open" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo "broken name model: one-line errors naming the file"
# A malformed Entity= value: one line naming the treebank.
sed 's/Entity=1)$/Entity=)/' "$gum" > "$tmp/bad.conllu"
if "$kg" parse --evaluate "$tmp/bad.conllu" --names > /dev/null 2> "$tmp/err"; then echo "a bad Entity= value was read"; exit 1; fi
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "$tmp/bad.conllu: bad Entity= value" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo "bad Entity= value: one line naming the file"
