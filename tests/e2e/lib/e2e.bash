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
