#!/usr/bin/env bash
# Sharded extraction under a real MPI launcher: mpiexec -n 4 runs
# kg extract --shard env (kg reads the rank and size Open MPI sets; it does not
# link MPI), then kg merge gives the graph of kg build, byte for byte.
# mpiexec comes from Debian's openmpi-bin (scripts/setup.sh).
source "$(dirname "$0")/lib/e2e.bash"
cd "$REPO"
command -v mpiexec >/dev/null || { echo "skip: mpiexec not installed (scripts/setup.sh installs openmpi-bin)"; exit 0; }

INPUTS=(data/samples tests/data/readers/pass)
[ -d "$SHARED/corpus/dev" ] && INPUTS+=("$SHARED/corpus/dev")
"$KG" build "${INPUTS[@]}" -j 1 -o "$T/ref.json" 2>/dev/null || fail "kg build"

# In a container as root Open MPI wants both variables; 4 ranks on 2 cores
# need --oversubscribe. One thread per rank.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_btl=self,vader
run mpi timeout 300 mpiexec -n 4 --oversubscribe "$KG" extract "${INPUTS[@]}" --shard env -j 1 -o "$T/facts"
expect_status mpi 0
for i in 0 1 2 3; do [ -s "$T/facts/shard-$i-of-4.kgf" ] || fail "rank $i wrote no facts file: $(cat "$T/mpi.err")"; done
run merge "$KG" merge "$T/facts" -o "$T/merged.json"; expect_status merge 0
cmp -s "$T/ref.json" "$T/merged.json" || fail "kg merge of the 4 MPI shards differs from kg build"
echo "ok: mpiexec -n 4"
