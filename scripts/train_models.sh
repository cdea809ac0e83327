#!/usr/bin/env bash
# Trains the syntax models (tagger, lemmatiser, parser) and the name
# recogniser from the UD English treebanks in ../shared/treebanks (or $1)
# and writes them to data/models/.
# Deterministic: the same treebanks give byte-identical files. About 35
# minutes on 2 cores. See docs/SYNTAX.md and docs/NAMES.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
treebanks=${1:-../shared/treebanks}
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target kg
build/kg train --treebanks "$treebanks" -o data/models
for f in en_ewt-dev en_ewt-test en_gum-open-dev en_gum-open-test; do
  build/kg parse --evaluate "$treebanks/$f.conllu"
done
for f in en_gum-open-dev en_gum-open-test; do
  build/kg parse --evaluate "$treebanks/$f.conllu" --names
done
