#!/usr/bin/env bash
# graphs/ must be what scripts/regen_graphs.sh makes from data/samples now:
# rebuilds into a temporary folder with the same script and compares.
source "$(dirname "$0")/lib/e2e.bash"
run regen bash "$REPO/scripts/regen_graphs.sh" "$KG" "$T/graphs"
expect_status regen 0
for f in kg.json kg.graphml kg.dot kg.svg; do
  [ -f "$REPO/graphs/$f" ] || fail "graphs/$f is missing: run scripts/regen_graphs.sh"
  cmp -s "$REPO/graphs/$f" "$T/graphs/$f" || {
    diff -u "$REPO/graphs/$f" "$T/graphs/$f" | head -40 >&2
    fail "graphs/$f is stale: run scripts/regen_graphs.sh and commit graphs/"
  }
done
# Building twice gives the same bytes (the comparison above would flap otherwise).
run again bash "$REPO/scripts/regen_graphs.sh" "$KG" "$T/again"
expect_status again 0
for f in kg.json kg.graphml kg.dot kg.svg; do
  cmp -s "$T/graphs/$f" "$T/again/$f" || fail "$f differs between two identical builds"
done
echo "ok: graphs/ is fresh"
