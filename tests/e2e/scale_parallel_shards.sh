#!/usr/bin/env bash
# Parallel and sharded builds give the graph of a one-thread kg build, byte
# for byte: kg build/add -j 1, 2, 4; kg extract --shard I/N for N = 1, 2, 3, 5
# then kg merge. Facts files of another run, a missing shard or a truncated
# file are refused with one line naming the file.
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"

# Several formats (feeds and JSON Lines hold several documents a file), two
# copies of one article (content de-duplication, "~2" ids), and the dev
# corpus when ../shared is there.
mkdir -p "$T/in/copy"
cp data/samples/01-kim-xi-beijing-summit.txt "$T/in/copy/"
cp data/samples/01-kim-xi-beijing-summit.txt "$T/in/copy/again.txt"
INPUTS=(data/samples tests/data/readers/pass "$T/in")
[ -d "$SHARED/corpus/dev" ] && INPUTS+=("$SHARED/corpus/dev") || echo "note: $SHARED/corpus/dev absent; smaller corpus"

run ref "$KG" build "${INPUTS[@]}" -j 1 -o "$T/ref.json"; expect_status ref 0
docs=$($PY -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["graph"]["documents"]))' "$T/ref.json")
[ "$docs" -ge 20 ] || fail "only $docs documents in the reference graph"

for j in 2 4; do
  run "build-j$j" "$KG" build "${INPUTS[@]}" -j "$j" -o "$T/j$j.json"; expect_status "build-j$j" 0
  cmp -s "$T/ref.json" "$T/j$j.json" || fail "kg build -j $j differs from -j 1"
done
# kg add -j grows a graph the same way.
"$KG" build data/samples -j 1 -o "$T/add1.json" 2>/dev/null
cp "$T/add1.json" "$T/add2.json"
"$KG" add tests/data/readers/pass "$T/in" -j 1 -g "$T/add1.json" 2>/dev/null
"$KG" add tests/data/readers/pass "$T/in" -j 2 -g "$T/add2.json" 2>/dev/null
cmp -s "$T/add1.json" "$T/add2.json" || fail "kg add -j 2 differs from -j 1"
# kg extract -j keeps the order of its JSON Lines.
"$KG" extract "${INPUTS[@]}" -j 1 >"$T/x1.jsonl" 2>/dev/null
"$KG" extract "${INPUTS[@]}" -j 3 >"$T/x3.jsonl" 2>/dev/null
[ -s "$T/x1.jsonl" ] && cmp -s "$T/x1.jsonl" "$T/x3.jsonl" || fail "kg extract -j 3 differs from -j 1"

for n in 1 2 3 5; do
  for ((i = 0; i < n; i++)); do
    run "shard-$i-$n" "$KG" extract "${INPUTS[@]}" --shard "$i/$n" -j 2 -o "$T/shards$n"
    expect_status "shard-$i-$n" 0
  done
  [ "$(ls "$T/shards$n" | wc -l)" -eq "$n" ] || fail "$n shards: $(ls "$T/shards$n")"
  run "merge-$n" "$KG" merge "$T/shards$n"/*.kgf -o "$T/merged$n.json"; expect_status "merge-$n" 0
  cmp -s "$T/ref.json" "$T/merged$n.json" || fail "kg merge of $n shards differs from kg build"
done
# A folder stands for its facts files; the snapshot format is the same bytes as kg build's.
run merge-dir "$KG" merge "$T/shards3" -o "$T/merged.kgb"; expect_status merge-dir 0
"$KG" build "${INPUTS[@]}" -o "$T/ref.kgb" 2>/dev/null
cmp -s "$T/ref.kgb" "$T/merged.kgb" || fail "kg merge -o .kgb differs from kg build -o .kgb"
# -g BASE: documents already in the base are skipped, the rest added as kg add would.
"$KG" build data/samples -j 1 -o "$T/base.json" 2>/dev/null
cp "$T/base.json" "$T/base-add.json"
"$KG" add "${INPUTS[@]}" -j 1 -g "$T/base-add.json" 2>/dev/null
run merge-base "$KG" merge "$T/shards2" -g "$T/base.json" -o "$T/base-merge.json"; expect_status merge-base 0
cmp -s "$T/base-add.json" "$T/base-merge.json" || fail "kg merge -g BASE differs from kg add"

# Refusals: another run's shard, a shard twice or missing, a cut file, not a facts file.
"$KG" extract data/samples --shard 1/2 -o "$T/other" 2>/dev/null
run mixed "$KG" merge "$T/shards2/shard-0-of-2.kgf" "$T/other/shard-1-of-2.kgf" -o "$T/mixed.json"
expect_status mixed 1; expect_in mixed "other/shard-1-of-2.kgf: from another run than" "the inputs differ"
[ ! -e "$T/mixed.json" ] || fail "a refused merge wrote its graph"
"$KG" extract "${INPUTS[@]}" --shard 1/2 --min-confidence 0.5 -o "$T/other-options" 2>/dev/null
run mixed-options "$KG" merge "$T/shards2/shard-0-of-2.kgf" "$T/other-options/shard-1-of-2.kgf" -o "$T/mixed.json"
expect_status mixed-options 1; expect_in mixed-options "from another run" "extraction options differ"
# Any change under the data folder (here a new file, as a model would be) is another data version.
mkdir -p "$T/other-data" && cp -r data/lexicon data/rules data/models "$T/other-data/"
echo "a file the extractor may load one day" >"$T/other-data/model.bin"
"$KG" extract "${INPUTS[@]}" --shard 1/2 --data "$T/other-data" -o "$T/other-data-run" 2>/dev/null
run mixed-data "$KG" merge "$T/shards2/shard-0-of-2.kgf" "$T/other-data-run/shard-1-of-2.kgf" -o "$T/mixed.json"
expect_status mixed-data 1; expect_in mixed-data "from another run" "data versions differ"
run missing "$KG" merge "$T/shards3/shard-0-of-3.kgf" "$T/shards3/shard-2-of-3.kgf" -o "$T/m.json"
expect_status missing 1; expect_in missing "shard 1 of 3 is missing"
run twice "$KG" merge "$T/shards2/shard-0-of-2.kgf" "$T/shards2/shard-0-of-2.kgf" -o "$T/m.json"
expect_status twice 1; expect_in twice "shard 0 of 2 again"
head -c -7 "$T/shards2/shard-1-of-2.kgf" >"$T/cut.kgf"
run cut "$KG" merge "$T/shards2/shard-0-of-2.kgf" "$T/cut.kgf" -o "$T/m.json"
expect_status cut 1; expect_in cut "cut.kgf: truncated"
[ "$(wc -l <"$T/cut.err")" -eq 1 ] || fail "cut: more than one line: $(cat "$T/cut.err")"
run notfacts "$KG" merge "$T/ref.json" -o "$T/m.json"
expect_status notfacts 1; expect_in notfacts "ref.json: not a kg facts file"

# --shard usage errors.
run badshard "$KG" extract data/samples --shard 2/2 -o "$T/x"; expect_status badshard 2; expect_in badshard "0 <= I < N"
run noenv env -u OMPI_COMM_WORLD_RANK -u PMI_RANK -u SLURM_PROCID "$KG" extract data/samples --shard env -o "$T/x"
expect_status noenv 2; expect_in noenv "no rank and size in the environment"
run slurm env SLURM_PROCID=1 SLURM_NTASKS=3 "$KG" extract "${INPUTS[@]}" --shard env -o "$T/slurm"
expect_status slurm 0
cmp -s "$T/slurm/shard-1-of-3.kgf" "$T/shards3/shard-1-of-3.kgf" || fail "--shard env (Slurm) differs from --shard 1/3"
echo "ok: parallel and sharded builds"
