#!/usr/bin/env bash
# README command 2: installs what is missing, builds kg and its tests, and runs
# every test (unit tests and end-to-end CLI tests) with ctest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j2
