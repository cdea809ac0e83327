#!/bin/bash
# Extraction never depends on what comes before a sentence: every line of the
# bundled samples and of the shared corpora's text articles (when ../shared is
# beside the repository), every sentence of those lines, and each of them
# without its first or its last word, is extracted as a document of its own
# (one JSON Lines record each). kg extract must read them all, exit 0 and
# print one fact line per fact it counts. A word read before the start of a
# document (a one-word mention opening it) once crashed this.
source "$(dirname "$0")/lib/e2e.bash"
dirs=("$REPO/data/samples")
for c in seeds dev web; do [ -d "$SHARED/corpus/$c" ] && dirs+=("$SHARED/corpus/$c"); done
[ ${#dirs[@]} -gt 1 ] || echo "note: $SHARED/corpus not found; the bundled samples only"
"$PY" - "$T/alone.jsonl" "${dirs[@]}" <<'PY'
import glob, json, re, sys
out = open(sys.argv[1], "w", encoding="utf-8")
for d in sys.argv[2:]:
    for f in sorted(glob.glob(d + "/*.txt")):
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            pieces = [line] + (re.split(r"(?<=[.!?])\s+", line) if re.search(r"[.!?]\s", line) else [])
            for p in pieces:
                words = p.split(" ")
                for text in [p] + ([" ".join(words[1:]), " ".join(words[:-1])] if len(words) > 3 else []):
                    out.write(json.dumps({"text": text}) + "\n")
PY
records=$(wc -l <"$T/alone.jsonl")
[ "$records" -gt 150 ] || fail "only $records documents made"
run x "$KG" extract "$T/alone.jsonl"
expect_status x 0
facts=$(grep -c '"relation"' "$T/x.out" || true)
expect_in x "kg extract: $records documents, $facts facts"
echo "ok: $records one-line documents, $facts facts"
