#!/usr/bin/env bash
# kg add: grows a graph, skips known content, locks out concurrent writers,
# and an interrupted write (KG_FAULT_AFTER_BYTES) leaves the old graph intact.
set -euo pipefail
KG="$1"; REPO="$2"
PY=/usr/bin/python3
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
unset KG_GRAPH KG_FAULT_AFTER_BYTES || true
S="$REPO/data/samples"; R="$REPO/tests/data/readers"
fail() { echo "FAIL: $*" >&2; exit 1; }
docs() { $PY -c 'import json,sys; g=json.load(open(sys.argv[1])); print(" ".join(d["id"] for d in g["graph"]["documents"]))' "$1"; }
nodes() { $PY -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["nodes"]))' "$1"; }

# 1. A new graph from two articles.
"$KG" add "$S/01-kim-xi-beijing-summit.txt" "$S/02-kim-security-guarantees.txt" -g "$T/g.json" 2>"$T/err" \
  || fail "first add: $(cat "$T/err")"
[ "$(docs "$T/g.json")" = "01-kim-xi-beijing-summit.txt 02-kim-security-guarantees.txt" ] || fail "documents: $(docs "$T/g.json")"
grep -q "2 added, 0 already in the graph, 0 failed" "$T/err" || fail "summary: $(cat "$T/err")"
n1=$(nodes "$T/g.json"); [ "$n1" -gt 0 ] || fail "no nodes after the first add"

# 2. Adding a known article again is skipped and counted; a new one is merged.
"$KG" add "$S/02-kim-security-guarantees.txt" "$S/06-biegun-negotiator.txt" -g "$T/g.json" 2>"$T/err" || fail "second add"
grep -q "02-kim-security-guarantees.txt: already in the graph (same content); skipped" "$T/err" || fail "no skip line: $(cat "$T/err")"
grep -q "1 added, 1 already in the graph, 0 failed" "$T/err" || fail "summary 2: $(cat "$T/err")"
[ "$(docs "$T/g.json")" = "01-kim-xi-beijing-summit.txt 02-kim-security-guarantees.txt 06-biegun-negotiator.txt" ] \
  || fail "documents 2: $(docs "$T/g.json")"
n2=$(nodes "$T/g.json"); [ "$n2" -ge "$n1" ] || fail "nodes shrank: $n1 -> $n2"

# 3. Only known content: nothing written, the file is untouched.
cp "$T/g.json" "$T/before.json"
"$KG" add "$S/06-biegun-negotiator.txt" -g "$T/g.json" 2>"$T/err" || fail "third add"
grep -q "(unchanged)" "$T/err" || fail "not reported unchanged: $(cat "$T/err")"
cmp -s "$T/g.json" "$T/before.json" || fail "graph rewritten with nothing new"

# 4. An add killed in the middle of writing leaves the previous graph in place.
# (a) The fault hook of atomic_file.cpp aborts once N bytes are out.
set +e
KG_FAULT_AFTER_BYTES=300 "$KG" add "$S/03-ri-lavrov-moscow.txt" -g "$T/g.json" 2>"$T/err"
rc=$?
set -e
if [ "$rc" = 0 ]; then
  # The hook counts only xsputn(); RapidJSON's OStreamWrapper writes through
  # overflow(), so the hook may not fire: say so, undo the add, rely on (b).
  echo "NOTE: KG_FAULT_AFTER_BYTES did not fire (see atomic_file.cpp FaultingBuf)" >&2
  cp "$T/before.json" "$T/g.json"
else
  cmp -s "$T/g.json" "$T/before.json" || fail "write aborted by the hook changed the graph"
fi
# (b) The kernel kills the writer (SIGXFSZ) once it has written 2 KiB.
set +e
( ulimit -f 2; exec "$KG" add "$S/03-ri-lavrov-moscow.txt" -g "$T/g.json" ) 2>"$T/err"
rc=$?
set -e
[ "$rc" -gt 128 ] || fail "the writer was not killed (exit $rc)"
cmp -s "$T/g.json" "$T/before.json" || fail "interrupted write changed the graph"
$PY -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/g.json" || fail "graph no longer parses"
[ "$(nodes "$T/g.json")" = "$n2" ] || fail "node count changed after the interrupted write"
# ... and the next add works on it (a stray temporary file does not matter).
"$KG" add "$S/03-ri-lavrov-moscow.txt" -g "$T/g.json" 2>"$T/err" || fail "add after the fault: $(cat "$T/err")"
[ "$(docs "$T/g.json" | wc -w)" = 4 ] || fail "documents after the fault: $(docs "$T/g.json")"

# 5. A second writer is refused while the lock (flock on the graph itself) is held.
flock "$T/g.json" sleep 4 &
holder=$!
for _ in $(seq 50); do flock -n "$T/g.json" true || break; sleep 0.1; done
cp "$T/g.json" "$T/before.json"
set +e
"$KG" add "$S/04-un-sanctions.txt" -g "$T/g.json" 2>"$T/err"
rc=$?
set -e
wait "$holder"
[ "$rc" = 1 ] || fail "locked add exit $rc"
grep -q "g.json is locked by another kg process" "$T/err" || fail "lock message: $(cat "$T/err")"
cmp -s "$T/g.json" "$T/before.json" || fail "locked add changed the graph"

# 6. A bad input is reported, the good one still added, exit 3.
set +e
"$KG" add "$R/fail/binary.txt" "$S/04-un-sanctions.txt" -g "$T/g.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 3 ] || fail "partial add exit $rc"
grep -q "binary.txt: binary content (NUL byte at offset 4)" "$T/err" || fail "binary line: $(cat "$T/err")"
docs "$T/g.json" | grep -q "04-un-sanctions.txt" || fail "good input not added"

# 7. --strict stops at the first failure and writes nothing.
cp "$T/g.json" "$T/before.json"
set +e
"$KG" add --strict "$R/fail/xxe.rss" "$S/05-stilwell-senate-testimony.txt" -g "$T/g.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "strict exit $rc"
grep -q "xxe.rss: refused: the XML declares entities" "$T/err" || fail "strict message: $(cat "$T/err")"
cmp -s "$T/g.json" "$T/before.json" || fail "strict add changed the graph"

# 8. stdin, sniffed as a feed: items are stdin#1, stdin#2 with their metadata.
"$KG" add - -g "$T/g.json" <"$R/pass/rss2.rss" 2>"$T/err" || fail "stdin add: $(cat "$T/err")"
$PY - "$T/g.json" <<'PYEOF' || fail "stdin documents"
import json, sys
docs = {d["id"]: d for d in json.load(open(sys.argv[1]))["graph"]["documents"]}
d = docs["stdin#1"]
assert d["title"] == "First item with content", d
assert d["date"] == "2018-06-12T09:30:00+08:00", d
assert d["url"] == "https://wire.example/1", d
assert d["source"] == "-", d
assert docs["stdin#2"]["url"] == "https://wire.example/2"
PYEOF

# 8b. Two different articles from stdin in two runs keep distinct ids, and the
# second one's evidence names its own document (not the first's).
printf 'Canadian Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Ottawa.\n' \
  | "$KG" add - -g "$T/stdin.json" 2>"$T/err" || fail "stdin add 1: $(cat "$T/err")"
printf 'Finnish President Sauli Niinisto met Swedish Prime Minister Magdalena Andersson in Helsinki.\n' \
  | "$KG" add - -g "$T/stdin.json" 2>"$T/err" || fail "stdin add 2: $(cat "$T/err")"
[ "$(docs "$T/stdin.json")" = "stdin stdin~2" ] || fail "stdin ids: $(docs "$T/stdin.json")"
$PY - "$T/stdin.json" <<'PYEOF' || fail "stdin evidence"
import json, sys
g = json.load(open(sys.argv[1]))
label = {n["id"]: n["label"] for n in g["nodes"]}
met = {frozenset((label[l["source"]], label[l["target"]])): l for l in g["links"] if l["relation"] == "met_with"}
assert [e["doc"] for e in met[frozenset(("Justin Trudeau", "Olaf Scholz"))]["evidence"]] == ["stdin"], met
assert [e["doc"] for e in met[frozenset(("Sauli Niinisto", "Magdalena Andersson"))]["evidence"]] == ["stdin~2"], met
PYEOF

# 9. Nothing readable: exit 1, graph unchanged.
cp "$T/g.json" "$T/before.json"
set +e
"$KG" add "$R/fail/empty.txt" -g "$T/g.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "empty add exit $rc"
cmp -s "$T/g.json" "$T/before.json" || fail "empty add changed the graph"
# 10. A graph file that does not parse is an error naming it; it is left alone.
printf '{"directed": true, "nodes": [' >"$T/bad.json"
set +e
"$KG" add "$S/01-kim-xi-beijing-summit.txt" -g "$T/bad.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "corrupt graph exit $rc"
grep -q "bad.json" "$T/err" || fail "corrupt graph message: $(cat "$T/err")"
[ "$(cat "$T/bad.json")" = '{"directed": true, "nodes": [' ] || fail "corrupt graph was overwritten"
echo "readers_add: ok"
