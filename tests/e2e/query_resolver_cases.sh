#!/bin/bash
# The resolver's table of cases in docs/QUERY.md, run against the graph of the
# dev corpus: each typed name resolves to the listed entity by the listed
# step, and every entity in "also lists" is reported as also matched.
source "$(dirname "$0")/lib/e2e.bash"
[ -d "$SHARED/corpus/dev" ] || { echo "skip: $SHARED/corpus/dev not present"; exit 0; }
run build "$KG" build "$SHARED/corpus/dev" -o "$T/dev.json"
expect_status build 0

"$PY" - "$REPO/docs/QUERY.md" "$KG" "$T/dev.json" <<'PY' || fail "resolver cases of docs/QUERY.md"
import json, re, subprocess, sys
doc = open(sys.argv[1], encoding="utf-8").read()
block = doc.split("<!-- resolver-cases -->")[1].split("<!-- end resolver-cases -->")[0]
rows = [l for l in block.strip().splitlines()[2:] if l.startswith("|")]
assert len(rows) >= 10, f"only {len(rows)} cases in the table"
bad = []
for row in rows:
    typed, entity, how, also = [c.strip() for c in row.strip().strip("|").split("|")]
    typed = typed.strip("`")
    p = subprocess.run([sys.argv[2], "show", "-g", sys.argv[3], typed, "--format", "json"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        bad.append(f"{typed!r}: exit {p.returncode}: {p.stderr.strip()}"); continue
    got = json.loads(p.stdout)["entity"]
    want_also = [a.strip() for a in also.split(",") if a.strip()]
    missing = [a for a in want_also if a not in got["also_matched"]]
    if got["name"] != entity or got["matched_by"] != how or missing:
        bad.append(f"{typed!r}: got {got['name']} ({got['matched_by']}; also {got['also_matched']}), "
                   f"want {entity} ({how}; also {want_also})")
    # Several matches are always said, on stderr, in the text note.
    if got["also_matched"] and "also matched" not in p.stderr:
        bad.append(f"{typed!r}: the other matches are not in the note: {p.stderr!r}")
print(f"{len(rows)} cases, {len(bad)} wrong")
for b in bad: print("  " + b)
sys.exit(1 if bad else 0)
PY

# Two capitals name their states, so the question has an answer.
run paths "$KG" paths -g "$T/dev.json" Washington Pyongyang --evidence none
expect_status paths 0
expect_in paths "United States" "North Korea"
echo "ok"
