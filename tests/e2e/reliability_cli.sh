#!/usr/bin/env bash
# Issue 15 through the CLI (docs/RELIABILITY.md): deep JSON does not crash and
# the good input's work is kept; invalid UTF-8 from JSON Lines escapes, feed
# character references, file names, GraphML and node-link escapes never makes
# a graph kg cannot read; saving keeps symlinks and modes; locking leaves no
# file behind and removes dead writers' temporaries; messages stay one line.
source "$(dirname "$0")/lib/e2e.bash"
S="$REPO/data/samples"
unset KG_GRAPH KG_FAULT_AFTER_BYTES || true
readable() { "$KG" stats -g "$1" >/dev/null 2>"$T/stats.err" || fail "kg cannot read $1: $(cat "$T/stats.err")"; }
depth() { "$PY" -c 'import sys; n=int(sys.argv[1]); sys.stdout.write("{\"a\":"*n + "1" + "}"*n + "\n")' "$1"; }

# 1. A JSON Lines record nested 130,000 levels: reported, the good document kept.
depth 130000 >"$T/deep.jsonl"
run deep "$KG" add "$S/01-kim-xi-beijing-summit.txt" "$T/deep.jsonl" -g "$T/deep.json"
expect_status deep 3
expect_in deep "deep.jsonl:1: no \"text\" string field" "1 added"
readable "$T/deep.json"
# ... and in a page's JSON-LD.
{ printf '<html><head><script type="application/ld+json">'; depth 130000; printf '</script></head><body><p>Kim met Xi in Beijing on Tuesday.</p></body></html>'; } >"$T/deep.html"
run deephtml "$KG" add "$T/deep.html" -g "$T/deep.json"
expect_status deephtml 0

# 2. Invalid UTF-8 never reaches the saved graph.
printf '{"title":"Lone \\udc00 surrogate","author":"\\udfff","text":"Kim Jong Un met Xi Jinping in Beijing on Tuesday."}\n' >"$T/s.jsonl"
run surrogate "$KG" add "$T/s.jsonl" -g "$T/u.json"
expect_status surrogate 0  # repaired, with a warning: not a failure
expect_in surrogate "warning: document 's.jsonl#1': invalid UTF-8 in title, author, text replaced by U+FFFD"
readable "$T/u.json"
cat >"$T/s.rss" <<'EOF'
<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>
<item><title>Bad &#xD800; title</title><link>https://x.example/&#xDFFF;</link><author>&#xD800;</author>
<description>Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.</description></item></channel></rss>
EOF
run rss "$KG" add "$T/s.rss" -g "$T/u.json"
expect_status rss 0
readable "$T/u.json"
cp "$S/03-ri-lavrov-moscow.txt" "$T/caf$(printf '\351').txt"
run latin1 "$KG" add "$T/caf$(printf '\351').txt" -g "$T/u.json"
expect_status latin1 0
readable "$T/u.json"
grep -q "caf\\\\ufffd.txt\|caf�.txt" "$T/u.json" || fail "file name not repaired: $(grep -o '"id": "caf[^"]*"' "$T/u.json")"
printf '<graphml><key id="l" for="node" attr.name="label"/><key id="r" for="edge" attr.name="relation"/><graph><node id="a"><data key="l">Caf\351 &#xD800;</data></node><node id="b"/><edge source="a" target="b"><data key="r">met_with</data></edge></graph></graphml>' >"$T/bad.graphml"
run graphml "$KG" build "$T/bad.graphml" -o "$T/gm.json"
expect_status graphml 3
expect_in graphml "invalid UTF-8"
readable "$T/gm.json"
printf '{"graph":{"documents":[]},"nodes":[{"id":0,"label":"A\\udc00","type":"PERSON"}],"links":[]}' >"$T/nl.json"
run nodelink "$KG" add "$S/04-un-sanctions.txt" -g "$T/nl.json"
expect_status nodelink 0
readable "$T/nl.json"

# 3. Saving writes through a symlink and keeps the file's mode.
mkdir "$T/real"
cp "$T/u.json" "$T/real/g.json"
chmod 600 "$T/real/g.json"
ln -s real/g.json "$T/link.json"
run link "$KG" add "$S/05-stilwell-senate-testimony.txt" -g "$T/link.json"
expect_status link 0
[ -L "$T/link.json" ] || fail "the symlink was replaced by a file"
grep -q "05-stilwell-senate-testimony.txt" "$T/real/g.json" || fail "the link's target was not updated"
[ "$(stat -c %a "$T/real/g.json")" = 600 ] || fail "mode $(stat -c %a "$T/real/g.json"), expected 600"

# 4. No lock file is left; a dead writer's temporary is removed; a folder as
# the output is refused and gets nothing written into it.
sleep 0 & dead=$!; wait "$dead"
printf 'partial' >"$T/real/.g.json.tmp.$dead"
run again "$KG" add "$S/06-biegun-negotiator.txt" -g "$T/link.json"
expect_status again 0
[ ! -e "$T/real/.g.json.tmp.$dead" ] || fail "stale temporary of pid $dead left"
ls -a "$T" "$T/real" | grep -q '\.lock$' && fail "lock files left: $(ls -a "$T" "$T/real")"
mkdir "$T/dir"
run dir "$KG" build "$S/01-kim-xi-beijing-summit.txt" -o "$T/dir/"
expect_status dir 1
expect_in dir "is a folder, not a file"
[ -z "$(ls -A "$T/dir")" ] || fail "files left in the folder: $(ls -A "$T/dir")"

# 5. A value in an error message cannot forge a second line.
printf '<graphml><key id="r" for="edge" attr.name="relation"/><key id="m" for="edge" attr.name="modality"/><graph><node id="a"/><node id="b"/><edge source="a" target="b"><data key="r">met_with</data><data key="m">x\nkg build: imported 99 entities\033[31m</data></edge></graph></graphml>' >"$T/forge.graphml"
run forge "$KG" build "$T/forge.graphml" -o "$T/forge.json"
expect_status forge 1
[ "$(wc -l <"$T/forge.err")" = 1 ] || fail "error spans lines: $(cat "$T/forge.err")"
expect_in forge "unknown modality 'x\\x0akg build: imported 99 entities[31m'"  # the escape byte dropped on import, as XML cannot hold it
printf 'Kim met Xi.\0' >"$T/nl
name.txt"
run name "$KG" add "$T/nl
name.txt" -g "$T/n.json"
expect_status name 1
[ "$(wc -l <"$T/name.err")" = 2 ] || fail "a file name with a newline forged a line: $(cat "$T/name.err")"
expect_in name "nl\\x0aname.txt: binary content"
echo "reliability_cli: ok"
