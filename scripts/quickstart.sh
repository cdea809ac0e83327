#!/usr/bin/env bash
# README command 1: installs what is missing, builds kg, builds graphs/ from the
# bundled sample articles, and asks the graph how Kim and Biegun are connected.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
bash scripts/regen_graphs.sh build/kg graphs
echo
echo "\$ build/kg paths Kim Biegun -g graphs/kg.json"
build/kg paths Kim Biegun -g graphs/kg.json
