#!/usr/bin/env bash
# Installs the Debian packages kg needs to build and test. Idempotent: packages
# already installed are skipped; works as root or through sudo.
# Why each package is here: docs/DEPENDENCIES.md.
set -euo pipefail

packages=(
  g++ cmake make pkg-config              # toolchain
  libboost-graph-dev                     # the graph (adjacency_list, BFS, Brandes, PageRank)
  rapidjson-dev                          # node-link JSON, JSONL, rule/lexicon files
  libxml2-dev libxml2-utils              # HTML reader, XSD validation (xmllint in tests)
  libpugixml-dev                         # RSS/Atom reader, GraphML import
  libicu-dev                             # NFKC normalisation, case folding, UTF-8 checks
  zlib1g-dev                             # CRC-32 of the model files (data/models)
  libgtest-dev libgmock-dev              # unit tests
  libbenchmark-dev                       # benchmarks
  graphviz                               # dot/sfdp: render and DOT export tests
  python3 python3-networkx python3-igraph # export tests with real consumers
  python3-jsonschema                     # --format json output checked against docs/CLI.md's schemas
  zsh groff-base bsdextrautils           # completion and man page tests (zsh, groff, col)
  nodejs                                 # graphology export tests
)
command -v npm >/dev/null || packages+=(npm)  # graphology export tests: Debian's nodejs comes without npm

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
