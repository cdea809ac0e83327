#!/bin/bash
# CLI hygiene: a missing default graph says so and suggests -o; a graph file or
# a JSON array given as input is one clear error; the build summary counts
# duplicates apart; a document without English text gets one warning line;
# errors start with "kg COMMAND:"; kg help CMD; -q; the progress line appears
# on a terminal only; sources are stored relative to the input.
source "$(dirname "$0")/lib/e2e.bash"
unset KG_GRAPH
mkdir -p "$T/away" && cd "$T/away"
echo "North Korean leader Kim Jong Un met South Korean President Moon Jae-in in Panmunjom on Friday, officials said." >a.txt
cp a.txt b.txt

# Outside a checkout: no graphs/ folder.
run b0 "$KG" build a.txt
expect_status b0 1
expect_in b0 "kg build: no -o GRAPH given" "give -o FILE"
! grep -q "lock" "$T/b0.err" || fail "build without -o still talks about the lock file"
run a0 "$KG" add a.txt
expect_status a0 1
expect_in a0 "kg add: no graph at graphs/kg.json" "-g FILE"
run s0 "$KG" show Kim
expect_status s0 1
expect_in s0 "kg show: no graph at graphs/kg.json" "-o FILE" "-g FILE"

# The summary: documents, and duplicates apart.
run b1 "$KG" build a.txt b.txt -o g.json
expect_status b1 0
expect_in b1 "kg build: 1 document (1 duplicate skipped), "

# Sources relative to the input given; absolute only when asked.
"$PY" - g.json <<'PY' || fail "sources are not relative"
import json, sys
docs = json.load(open(sys.argv[1]))["graph"]["documents"]
assert [d["source"] for d in docs] == ["a.txt"], docs
PY
run b2 "$KG" build "$T/away" -o g2.json --absolute-sources
expect_status b2 0
grep -q "\"source\": *\"$T/away/a.txt\"" g2.json || fail "--absolute-sources: $(grep -o '"source": *"[^"]*"' g2.json)"
run b3 "$KG" build "$T/away" -o g3.json
! grep -q "$T" g3.json || fail "the graph names the folder it was built in"

# A graph file or a JSON array as input: one error, not one per line.
run gi "$KG" build g.json -o x.json
expect_status gi 1
expect_in gi "kg build: g.json: a graph file (node-link JSON), not articles"
[ "$(wc -l <"$T/gi.err")" -le 2 ] || { head "$T/gi.err"; fail "graph file as input: $(wc -l <"$T/gi.err") lines of errors"; }
echo '[{"title": "t", "text": "Kim Jong Un met Moon Jae-in."}]' >arr.json
run ai "$KG" build arr.json -o x.json
expect_status ai 1
expect_in ai "kg build: arr.json: a JSON array, not articles"
[ "$(wc -l <"$T/ai.err")" -le 2 ] || fail "JSON array as input: too many lines"

# Not English: one warning line naming the document; -q silences it.
printf 'Le président Emmanuel Macron a rencontré la chancelière allemande à Berlin pour discuter de la situation en Ukraine et des sanctions contre la Russie, a indiqué son cabinet dans un communiqué publié mardi soir après la réunion des deux dirigeants européens.\n' >fr.txt
run fr "$KG" build fr.txt -o f.json
expect_status fr 0
expect_in fr "kg build: fr.txt: warning: no English text found; kg reads English only"
[ "$(grep -c "English" "$T/fr.err")" -eq 1 ] || fail "the English warning is not one line"
run en "$KG" build a.txt -o e.json
! grep -q "English" "$T/en.err" || fail "an English article was warned about"
run frq "$KG" build fr.txt -o f.json -q
expect_status frq 0
[ ! -s "$T/frq.err" ] || { cat "$T/frq.err"; fail "-q: build still printed"; }

# Errors name the command; per-input failures too.
run miss "$KG" build missing.txt a.txt -o m.json
expect_status miss 3
expect_in miss "kg build: missing.txt: cannot open"
! grep -v "^kg build: " "$T/miss.err" || fail "an error line does not start with 'kg build: '"

# kg help CMD is kg CMD --help.
run h1 "$KG" help neighbors
run h2 "$KG" neighbors --help
cmp -s "$T/h1.out" "$T/h2.out" || fail "kg help neighbors differs from kg neighbors --help"
run h3 "$KG" help nonsense
expect_status h3 2

# -q silences the resolver's note.
run q1 "$KG" show Kim -g g.json -q
expect_status q1 0
! grep -q "note:" "$T/q1.out" "$T/q1.err" || fail "-q: the note is still printed"

# Progress: on a terminal (script(1) gives one), never into a file or a pipe.
run p0 env KG_PROGRESS_DELAY_MS=0 "$KG" build a.txt fr.txt -o p.json
! grep -q "words/s" "$T/p0.err" || fail "progress line written into a file"
if command -v script >/dev/null; then
  KG_PROGRESS_DELAY_MS=0 script -qec "'$KG' build '$T/away' -o '$T/p.json'" /dev/null >"$T/tty.out" 2>&1 || true
  grep -q "documents, [0-9]* words/s" "$T/tty.out" || { cat -A "$T/tty.out" | head; fail "no progress line on a terminal"; }
else
  echo "skip progress on a terminal: no script(1)"
fi
echo "ok"
