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
# --names-seed changes the recogniser's shuffles: another seed, another model.
mkdir "$tmp/c"
cp "$tmp/a/tagger.kgm" "$tmp/a/lemmas.kgm" "$tmp/a/parser.kgm" "$tmp/c/"
"$kg" train --treebanks "$tmp/tb" -o "$tmp/c" --only names --names-seed 2 2> "$tmp/c.log"
if cmp -s "$tmp/a/names.kgm" "$tmp/c/names.kgm"; then echo "--names-seed 2 trained the seed-1 model"; exit 1; fi
"$kg" train --treebanks "$tmp/tb" -o "$tmp/c" --only names --names-seed 1 2> "$tmp/c.log"
cmp "$tmp/a/names.kgm" "$tmp/c/names.kgm"
"$kg" parse --models "$tmp/a" --evaluate "$tb/en_ewt-dev.conllu" | tee "$tmp/eval"
grep -q "UAS" "$tmp/eval"
"$kg" parse --models "$tmp/a" --evaluate "$tmp/tb/en_gum-open-train.conllu" --names | tee "$tmp/names"
grep -q "person .*F1" "$tmp/names"
echo "two trainings: identical models"
