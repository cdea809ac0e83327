#!/usr/bin/env bash
# kg parse: CoNLL-U that a reader accepts (10 columns, one root per
# sentence, heads in range), token spans that are the document's bytes, and
# a one-line error naming the file for a missing or broken model.
set -euo pipefail
kg=$1
repo=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
doc="$repo/data/samples/06-biegun-negotiator.txt"
"$kg" parse "$doc" > "$tmp/out.conllu"
python3 - "$tmp/out.conllu" "$doc" <<'PY'
import sys
conllu, doc = sys.argv[1], open(sys.argv[2], "rb").read()
sents, words, rows = 0, 0, []
def check(rows):
    roots = [r for r in rows if r[6] == "0"]
    assert len(roots) == 1 and roots[0][7] == "root", rows
    for r in rows:
        assert 0 <= int(r[6]) <= len(rows), r
        assert r[3] and r[3] != "_" and r[4] != "_", r
for line in open(conllu, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if rows:
            check(rows); sents += 1; words += len(rows); rows = []
        continue
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    assert len(cols) == 10, cols
    assert int(cols[0]) == len(rows) + 1, cols
    b, e = map(int, cols[9].split("TokenRange=")[1].split("|")[0].split(":"))
    assert doc[b:e].decode() == cols[1], (cols, doc[b:e])
    rows.append(cols)
assert sents >= 5 and words >= 100, (sents, words)
print(f"kg parse: {sents} sentences, {words} words, well-formed")
PY
# A lemma rule must be usable as one word: "impose sanctions" -> "impose sanction".
printf 'The European Union imposed sanctions on Minsk.\n' > "$tmp/s.txt"
"$kg" parse "$tmp/s.txt" | awk -F'\t' '$2=="imposed"{v=$3} $2=="sanctions"{n=$3} END{if (v!="impose"||n!="sanction") {print "lemmas:", v, n; exit 1}}'
# Broken models: one line naming the file, exit 1.
mkdir "$tmp/models"
cp "$repo"/data/models/*.kgm "$tmp/models/"
head -c 1000 "$repo/data/models/parser.kgm" > "$tmp/models/parser.kgm"
if "$kg" parse --models "$tmp/models" "$doc" > /dev/null 2> "$tmp/err"; then echo "a truncated model was read"; exit 1; fi
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "$tmp/models/parser.kgm: truncated" "$tmp/err" || { cat "$tmp/err"; exit 1; }
rm "$tmp/models/tagger.kgm"
if "$kg" parse --models "$tmp/models" "$doc" > /dev/null 2> "$tmp/err"; then echo "a missing model was not noticed"; exit 1; fi
grep -q "tagger.kgm: cannot open" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo "broken models: one-line errors naming the file"
