#!/usr/bin/env bash
# GraphML and GEXF parsed by graphology-graphml and graphology-gexf (Gephi
# Lite's parsers) under Node, packages installed from the npm registry into
# tests/js. No npm or no network is a failure, not a skip.
source "$(dirname "$0")/lib/e2e.bash"
command -v node >/dev/null || fail "node is not installed (scripts/setup.sh installs nodejs)"
command -v npm >/dev/null || fail "npm is not installed"
( cd "$REPO/tests/js" && npm install --no-audit --no-fund --loglevel=error ) >"$T/npm.out" 2>&1 ||
  { cat "$T/npm.out" >&2; fail "npm install in tests/js failed"; }
for g in "$REPO/tests/golden/hostile.json" "$REPO/graphs/kg.json"; do
  run graphml "$KG" export -g "$g" -f graphml -o "$T/g.graphml"
  expect_status graphml 0
  run gexf "$KG" export -g "$g" -f gexf -o "$T/g.gexf"
  expect_status gexf 0
  run node node "$REPO/tests/js/check_graphology.js" "$T/g.graphml" "$T/g.gexf" "$g"
  expect_status node 0
  cat "$T/node.out"
done
