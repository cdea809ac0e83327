#!/usr/bin/env bash
# The binary snapshot (.kgb): kg build -o X.kgb and kg save write it, every
# query command reads it (recognised by its magic, whatever the name) with
# the same answers as from node-link JSON, converting back gives the same
# JSON bytes, and a cut, foreign-version or garbage file is one line naming it.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"

run build "$KG" build data/samples tests/data/readers/pass -o "$T/g.json"; expect_status build 0
run build-kgb "$KG" build data/samples tests/data/readers/pass -o "$T/g.kgb"; expect_status build-kgb 0
[ "$(head -c 6 "$T/g.kgb")" = "KGSNAP" ] || fail "g.kgb is not a snapshot"
run save "$KG" save -g "$T/g.json" -o "$T/saved.kgb"; expect_status save 0
run back "$KG" save -g "$T/g.kgb" -o "$T/back.json"; expect_status back 0
cmp -s "$T/g.json" "$T/back.json" || fail "JSON -> .kgb -> JSON changed the graph"
run back2 "$KG" save -g "$T/saved.kgb" -o "$T/back2.json"; expect_status back2 0
cmp -s "$T/g.json" "$T/back2.json" || fail "kg save .kgb -> JSON changed the graph"

# Any name: the format is told by the first bytes.
cp "$T/g.kgb" "$T/graph.data"
for q in "stats" "entities" "show Biegun" "neighbors Biegun" "paths Biegun Pompeo" "rank"; do
  # shellcheck disable=SC2086
  run json "$KG" $q -g "$T/g.json"
  json_status=$status
  # shellcheck disable=SC2086
  run kgb "$KG" $q -g "$T/graph.data"
  [ "$status" -eq "$json_status" ] || { cat "$T/kgb.err" >&2; fail "kg $q: exit $status on the snapshot, $json_status on JSON"; }
  [ -s "$T/json.out" ] || fail "kg $q printed nothing"
  sed -i "s|$T/g.json|GRAPH|g" "$T/json.out"; sed -i "s|$T/graph.data|GRAPH|g" "$T/kgb.out"
  cmp -s "$T/json.out" "$T/kgb.out" || { diff "$T/json.out" "$T/kgb.out" >&2; fail "kg $q answers differently from the snapshot"; }
done
run export "$KG" export -g "$T/g.kgb" --format graphml -o "$T/g.graphml"; expect_status export 0
run export-json "$KG" export -g "$T/g.json" --format graphml -o "$T/j.graphml"; expect_status export-json 0
cmp -s "$T/g.graphml" "$T/j.graphml" || fail "export from the snapshot differs"
# kg add grows a snapshot in place, as it grows JSON.
cp "$T/g.kgb" "$T/grow.kgb"; cp "$T/g.json" "$T/grow.json"
"$KG" add "$REPO/data/samples/01-kim-xi-beijing-summit.txt" -g "$T/grow.kgb" 2>/dev/null || true
"$KG" build data/samples tests/data/readers/pass -o "$T/grow-ref.json" 2>/dev/null
"$KG" save -g "$T/grow.kgb" -o "$T/grow-back.json" 2>/dev/null
cmp -s "$T/grow-ref.json" "$T/grow-back.json" || fail "kg add on a snapshot changed it"

# Bad files: one line naming the file, exit 1, no crash.
size=$(stat -c %s "$T/g.kgb")
head -c $((size / 2)) "$T/g.kgb" >"$T/cut.kgb"
run cut "$KG" stats -g "$T/cut.kgb"; expect_status cut 1; expect_in cut "cut.kgb: truncated"
[ "$(wc -l <"$T/cut.err")" -eq 1 ] || fail "cut: not one line: $(cat "$T/cut.err")"
cp "$T/g.kgb" "$T/v9.kgb"; printf '\x09' | dd of="$T/v9.kgb" bs=1 seek=8 conv=notrunc 2>/dev/null
run version "$KG" stats -g "$T/v9.kgb"; expect_status version 1; expect_in version "v9.kgb: graph snapshot version 9"
# Garbage inside (the trailer intact): refused, never a crash or a hang.
for at in 40 $((size / 3)) $((size / 2)) $((size - 100)); do
  cp "$T/g.kgb" "$T/bad.kgb"
  head -c 64 /dev/urandom | dd of="$T/bad.kgb" bs=1 seek="$at" conv=notrunc 2>/dev/null
  run garbage timeout 20 "$KG" stats -g "$T/bad.kgb"
  [ "$status" -eq 0 ] || [ "$status" -eq 1 ] || fail "garbage at $at: exit $status: $(cat "$T/garbage.err")"
  [ "$status" -eq 0 ] || expect_in garbage "bad.kgb:"
done
echo "ok: snapshot"
