#!/usr/bin/env bash
# README command 2: installs what is missing, builds kg and its tests, and runs
# every test (unit tests, end-to-end CLI tests, and 20 s of each fuzz target)
# with ctest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
# The fuzz targets (clang, build-fuzz/); ctest runs each for 20 s.
bash scripts/fuzz.sh --build-only || [ $? = 77 ]
ctest --test-dir build --output-on-failure -j2
