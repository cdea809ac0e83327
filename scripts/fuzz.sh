#!/usr/bin/env bash
# Builds kg's libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs
# each from its seed corpus for SECONDS (docs/RELIABILITY.md).
#
#   scripts/fuzz.sh                      every target, 600 s each (the campaign)
#   scripts/fuzz.sh -t 20                every target, 20 s each (what ctest runs)
#   scripts/fuzz.sh -t 60 jsonl graphml  some targets
#   scripts/fuzz.sh --build-only         configure and build, run nothing
#
# Seeds: tests/data and data/samples, by format, copied to
# build-fuzz/seeds/TARGET; inputs libFuzzer finds go to build-fuzz/corpus/TARGET
# (kept between runs); a crash, sanitizer report, hang or broken invariant
# leaves its input in build-fuzz/findings/TARGET/ and makes the exit status 1.
# Exit 77 when clang's libFuzzer is not installed (ctest counts it skipped).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_FUZZ_BUILD_DIR:-$REPO/build-fuzz}"
ALL=(text html feed jsonl node_link graphml rules lexicon extract)
seconds=600
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    -t|--seconds) seconds="$2"; shift 2 ;;
    --build-only) build_only=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL[@]}")

CXX_FUZZ="${KG_FUZZ_CXX:-clang++}"
if ! command -v "$CXX_FUZZ" >/dev/null || ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, long) { return 0; }' |
    "$CXX_FUZZ" -x c++ -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then
  echo "fuzz: SKIPPED: $CXX_FUZZ with libFuzzer is not installed (scripts/setup.sh installs clang and libclang-rt-14-dev)"
  exit 77
fi

# One configure and build at a time (ctest may start several targets at once).
mkdir -p "$BUILD"
exec 9>"$BUILD/.build-lock"
flock 9
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$REPO" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF >/dev/null
fi
nice cmake --build "$BUILD" -j"${KG_FUZZ_JOBS:-2}" --target $(printf 'fuzz_%s ' "${targets[@]}") >"$BUILD/build.log" 2>&1 ||
  { tail -30 "$BUILD/build.log"; echo "fuzz: build failed (log: $BUILD/build.log)"; exit 1; }
flock -u 9
[ "$build_only" = 1 ] && { echo "fuzz: built ${targets[*]} in $BUILD"; exit 0; }

# Seed files per target: everything under tests/data and data/samples with
# the target's extensions, up to 128 KiB each.
seed_patterns() {
  case "$1" in
    text|extract) echo '*.txt *.text *.md' ;;
    html) echo '*.html *.htm' ;;
    feed) echo '*.rss *.atom *.xml' ;;
    jsonl) echo '*.jsonl *.ndjson' ;;
    node_link) echo '*.json' ;;
    graphml) echo '*.graphml *.xml' ;;
    rules) echo 'relations.tsv modality.tsv *.rules.tsv' ;;
    lexicon) echo '' ;;
  esac
}
make_seeds() {
  local t="$1" dir="$BUILD/seeds/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  local p
  for p in $(seed_patterns "$t"); do
    find "$REPO/tests/data" "$REPO/data/samples" "$REPO/data/rules" "$REPO/tests/golden" -type f -name "$p" -size -128k \
      -exec cp -t "$dir" {} + 2>/dev/null || true
  done
  case "$t" in
    rules)  # the first byte picks relations (even) or modality (odd)
      for f in "$REPO"/data/rules/relations.tsv; do { printf '\0'; cat "$f"; } >"$dir/relations.seed"; done
      for f in "$REPO"/data/rules/modality.tsv; do { printf '\1'; cat "$f"; } >"$dir/modality.seed"; done ;;
    lexicon)  # the first byte picks the file (sorted order, as fuzz_lexicon.cpp)
      local i=0 f
      while IFS= read -r f; do
        { printf "\\x$(printf %02x "$i")"; head -c 65536 "$f"; } >"$dir/$i.seed"; i=$((i + 1))
      done < <(find "$REPO/data/lexicon" -type f | LC_ALL=C sort) ;;
  esac
  [ -n "$(ls -A "$dir")" ] || printf 'seed' >"$dir/empty.seed"
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
# RapidJSON 1.1.0's internal/stack.h computes a pointer past its buffer
# (fixed upstream after 1.1.0): that one check is suppressed for that file.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$REPO/tests/fuzz/ubsan.supp}"

status=0
summary=()
for t in "${targets[@]}"; do
  make_seeds "$t"
  mkdir -p "$BUILD/corpus/$t" "$BUILD/findings/$t"
  log="$BUILD/findings/$t.log"
  set +e
  (cd "$BUILD/findings/$t" && "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="$BUILD/findings/$t/" \
    "$BUILD/corpus/$t" "$BUILD/seeds/$t") >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$rc" = 0 ]; then
    line="fuzz_$t: ok, ${execs:-?} executions in ${seconds} s"
  else
    status=1
    line="fuzz_$t: FAILED (exit $rc) after ${execs:-?} executions: $(grep -m1 -E 'ERROR|INVARIANT|runtime error|Timeout|deadly signal' "$log" || tail -1 "$log"); log $log"
  fi
  summary+=("$line")
  echo "$line"
done
[ ${#summary[@]} -gt 1 ] && { echo "--- summary"; printf '%s\n' "${summary[@]}"; }
exit $status
