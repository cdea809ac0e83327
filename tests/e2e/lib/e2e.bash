# Shared helpers for the end-to-end CLI tests (sourced; not a test itself).
# Every test runs as: bash SCRIPT /path/to/kg /path/to/repo
set -euo pipefail
KG="${1:?usage: $0 KG_BINARY REPO_DIR}"
REPO="${2:?usage: $0 KG_BINARY REPO_DIR}"
KG="$(cd "$(dirname "$KG")" && pwd)/$(basename "$KG")"
REPO="$(cd "$REPO" && pwd)"
SHARED="$REPO/../shared"
T="$(mktemp -d "${TMPDIR:-/tmp}/kg_e2e.XXXXXX")"
trap 'rm -rf "$T"' EXIT
PY=/usr/bin/python3

fail() { echo "FAIL: $*" >&2; exit 1; }

# run NAME CMD...: runs CMD with stdout to $T/NAME.out, stderr to $T/NAME.err,
# and its exit status in $status (never aborts the script).
run() {
  local name="$1"; shift
  set +e
  "$@" >"$T/$name.out" 2>"$T/$name.err"
  status=$?
  set -e
}

# expect_status NAME WANT: the last run's status must be WANT.
expect_status() {
  [ "$status" -eq "$2" ] || { cat "$T/$1.out" "$T/$1.err" >&2; fail "$1: exit status $status, expected $2"; }
}

# expect_in NAME TEXT...: every TEXT occurs in the run's stdout + stderr.
expect_in() {
  local name="$1"; shift
  local t
  for t in "$@"; do
    grep -qF -- "$t" "$T/$name.out" "$T/$name.err" ||
      { cat "$T/$name.out" "$T/$name.err" >&2; fail "$name: output lacks '$t'"; }
  done
}

# expect_show_card NAME ALIAS DOC...: the `kg show` output in $T/NAME.out lists
# ALIAS on its aliases line and quotes at least one evidence sentence that is
# verbatim in one of the DOCs.
expect_show_card() {
  local name="$1" alias="$2"; shift 2
  "$PY" - "$T/$name.out" "$alias" "$@" <<'PY' || { cat "$T/$name.out" >&2; fail "$name: kg show card"; }
import re, sys
out = open(sys.argv[1], encoding="utf-8").read()
alias_lines = [l for l in out.splitlines() if l.strip().startswith("aliases")]
assert alias_lines and sys.argv[2] in alias_lines[0], f"no alias '{sys.argv[2]}' in {alias_lines}"
texts = [" ".join(open(p, encoding="utf-8").read().split()) for p in sys.argv[3:]]
quoted = re.findall(r'"([^"\n]{20,})"', out)
assert any(" ".join(q.split()) in t for q in quoted for t in texts), f"no evidence sentence from the documents in {quoted}"
PY
}
