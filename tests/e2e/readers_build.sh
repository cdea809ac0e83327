#!/usr/bin/env bash
# kg build over every reader: document metadata reaches the graph, bad files
# are reported one line each (exit 3), and each file of the dev corpus builds
# cleanly (exit 0, as kgscore.py requires).
set -euo pipefail
KG="$1"; REPO="$2"
PY=/usr/bin/python3
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
unset KG_GRAPH KG_FAULT_AFTER_BYTES || true
R="$REPO/tests/data/readers"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$KG" build "$R/pass" -o "$T/pass.json" 2>"$T/err" || fail "build pass: $(cat "$T/err")"
$PY - "$T/pass.json" <<'PYEOF' || fail "pass documents"
import json, sys
docs = {d["id"]: d for d in json.load(open(sys.argv[1]))["graph"]["documents"]}
want = ["article.html", "articles.jsonl#1", "articles.jsonl#2", "atom.atom#1", "atom.atom#2", "atom.atom#3",
        "bom-crlf.txt", "custom-fields.jsonl#1", "dateline-year-inferred.txt", "headline-dateline.txt",
        "html5-entities.html", "latin1.xml#1", "no-container.html", "no-metadata.txt", "rss2.rss#1", "rss2.rss#2", "story-body.html",
        "utf16.txt", "windows-1252.html"]
# Inside a folder, custom-fields.jsonl (no "text" field without --jsonl-field) is
# taken for a non-article file such as gold.jsonl and skipped without a failure.
got = sorted(docs)
want.remove("custom-fields.jsonl#1")
assert got == want, got
a = docs["article.html"]
assert (a["title"], a["date"], a["url"], a["author"], a["site"]) == (
    "Envoys meet in Vienna", "2020-05-06T08:00:00+02:00", "https://harbour.example/world/vienna-envoys",
    "Lena Berg", "Harbour Wire"), a
h = docs["headline-dateline.txt"]
assert (h["title"], h["date"], h["site"]) == ("Envoys agree to resume talks in Geneva", "2021-03-04", "Harbour Wire"), h
assert len(h["hash"]) == 16
PYEOF

# Field mapping from the command line.
"$KG" build "$R/pass/custom-fields.jsonl" --jsonl-field title=headline --jsonl-field text=body \
  --jsonl-field date=published --jsonl-field url=link -o "$T/mapped.json" 2>"$T/err" || fail "mapped: $(cat "$T/err")"
$PY - "$T/mapped.json" <<'PYEOF' || fail "mapped document"
import json, sys
[d] = json.load(open(sys.argv[1]))["graph"]["documents"]
assert (d["id"], d["title"], d["date"], d["url"]) == ("custom-fields.jsonl#1", "Mapped title", "2021-02-11",
                                                      "https://m.example/1"), d
PYEOF

# Every bad file: one line each, "kg build: " then the file (and line or item), exit 3,
# and the documents that could be read are in the graph.
cd "$R/.."
set +e
"$KG" build readers/fail -o "$T/fail.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 3 ] || fail "fail folder exit $rc"
cat >"$T/want" <<'WANT'
kg build: readers/fail/bad-lines.jsonl:2: invalid JSON: Missing a closing quotation mark in string. (column 42)
kg build: readers/fail/bad-lines.jsonl:3: expected a JSON object
kg build: readers/fail/bad-lines.jsonl:4: no "text" string field
kg build: readers/fail/bad-lines.jsonl:5: empty article ("text" is empty)
kg build: readers/fail/bad-lines.jsonl:8: invalid JSON: Invalid value. (column 11)
kg build: readers/fail/billion-laughs.rss: refused: the XML declares entities (<!ENTITY>); external entities and entity expansion (XXE, billion laughs) are not allowed
kg build: readers/fail/binary.txt: binary content (NUL byte at offset 4)
kg build: readers/fail/doctype.rss: refused: the XML has a DOCTYPE declaration; DTDs and external entities are not allowed in feeds
kg build: readers/fail/empty-item.rss#2: empty item (no title, description or content)
kg build: readers/fail/empty.html: empty article (no text found in the page)
kg build: readers/fail/empty.txt: empty article (no text)
kg build: readers/fail/invalid-utf8.html: invalid UTF-8 at byte offset 54
kg build: readers/fail/invalid-utf8.jsonl:1: invalid JSON: Invalid encoding in string. (column 36)
kg build: readers/fail/invalid-utf8.txt: invalid UTF-8 at byte offset 30 (and no encoding declared)
kg build: readers/fail/not-a-feed.xml: not an RSS or Atom feed (the root element is <catalog>)
kg build: readers/fail/truncated.html: truncated HTML (the file ends before </body> or </html>, or inside a tag); the text before the cut was read
kg build: readers/fail/truncated.rss:4:66: malformed XML: Start-end tags mismatch; read the 1 complete items before it
kg build: readers/fail/xxe.rss: refused: the XML declares entities (<!ENTITY>); external entities and entity expansion (XXE, billion laughs) are not allowed
WANT
grep '^kg build: readers/' "$T/err" >"$T/got" || true
diff "$T/want" "$T/got" || fail "diagnostics differ"
$PY - "$T/fail.json" <<'PYEOF' || fail "fail documents"
import json, sys
ids = sorted(d["id"] for d in json.load(open(sys.argv[1]))["graph"]["documents"])
assert ids == ["bad-lines.jsonl#1", "bad-lines.jsonl#6", "empty-item.rss#1", "empty-item.rss#3",
               "truncated.html", "truncated.rss#1"], ids
PYEOF

# --strict: the first failure stops the build; no graph is written.
set +e
"$KG" build --strict readers/fail -o "$T/strict.json" 2>"$T/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "strict exit $rc"
grep -q "bad-lines.jsonl:2: invalid JSON" "$T/err" || fail "strict message: $(cat "$T/err")"
[ ! -e "$T/strict.json" ] || fail "strict build wrote a graph"

# The dev corpus, one file at a time as kgscore.py builds it: exit 0, no failure lines.
DEV="$REPO/../shared/corpus/dev"
if [ -d "$DEV" ]; then
  n=0
  for f in "$DEV"/*.txt "$DEV"/*.html "$DEV"/*.rss "$DEV"/*-articles.jsonl "$DEV"/w07-articles.jsonl; do
    [ -e "$f" ] || continue
    "$KG" build "$f" -o "$T/dev.json" 2>"$T/err" || fail "dev build $f: $(cat "$T/err")"
    ! grep -q '^kg: ' "$T/err" || fail "dev build $f reported: $(cat "$T/err")"
    n=$((n + 1))
  done
  [ "$n" -ge 30 ] || fail "only $n dev files"
  # Feed metadata reaches the edges' evidence (provenance).
  "$KG" build "$DEV/dev-feed.rss" -o "$T/feed.json" 2>"$T/err" || fail "dev feed: $(cat "$T/err")"
  $PY - "$T/feed.json" <<'PYEOF' || fail "feed provenance"
import json, sys
g = json.load(open(sys.argv[1]))
ev = [e for l in g["links"] for e in l["evidence"] if e["doc"] == "dev-feed.rss#1"]
assert ev, "no evidence from dev-feed.rss#1"
for e in ev:
    assert e["title"] == "Trump steps into North Korea, agrees with Kim to restart nuclear talks", e
    assert e["date"] == "2019-06-30T09:40:00Z", e
    assert e["url"] == "https://northwind-wire.example/asia/2019/06/30/trump-kim-dmz", e
PYEOF
  # The whole folder: README.md and gold.jsonl are not articles; 43 documents.
  "$KG" build "$DEV" -o "$T/dev.json" 2>"$T/err" || fail "dev folder: $(cat "$T/err")"
  [ "$($PY -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["graph"]["documents"]))' "$T/dev.json")" = 43 ] \
    || fail "dev folder document count"
fi
echo "readers_build: ok"
