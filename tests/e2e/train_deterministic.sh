#!/usr/bin/env bash
# kg train is deterministic: two trainings on the same (small) treebank give
# byte-identical model files (the name recogniser's too), which kg then
# loads and uses.
set -euo pipefail
kg=$1
repo=$2
tb="$repo/../shared/treebanks"
if [ ! -f "$tb/en_ewt-train.conllu" ]; then
  echo "skip: $tb not found"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tb"
for f in en_ewt-train en_gum-open-train en_ewt-dev; do
  # the first ~300 sentences of each file
  awk 'BEGIN{RS="";ORS="\n\n"} NR<=300' "$tb/$f.conllu" > "$tmp/tb/$f.conllu"
done
for run in a b; do
  "$kg" train --treebanks "$tmp/tb" -o "$tmp/$run" --tagger-epochs 2 --parser-epochs 2 --jackknife 2 2> "$tmp/$run.log"
done
for m in tagger lemmas parser names; do cmp "$tmp/a/$m.kgm" "$tmp/b/$m.kgm"; done
"$kg" parse --models "$tmp/a" --evaluate "$tb/en_ewt-dev.conllu" | tee "$tmp/eval"
grep -q "UAS" "$tmp/eval"
"$kg" parse --models "$tmp/a" --evaluate "$tmp/tb/en_gum-open-train.conllu" --names | tee "$tmp/names"
grep -q "person .*F1" "$tmp/names"
echo "two trainings: identical models"
