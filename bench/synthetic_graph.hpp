// The benchmark's synthetic graph: news-like shape (a few hub countries and
// organisations, many people), dated evidence, fixed seed.
#pragma once

#include <cstddef>

#include "kg/graph.hpp"

namespace kg::bench {

struct SyntheticSpec {
  std::size_t entities = 1000000;
  std::size_t relations = 5000000;
  std::size_t documents = 20000;
  double hub_share = 0.01;         // the first 1% of entities are hubs (countries, organisations)
  double to_hub = 0.3;             // share of relations whose target is a hub
  unsigned seed = 20181106;
};

// The default spec with KG_BENCH_ENTITIES / KG_BENCH_RELATIONS applied.
SyntheticSpec spec_from_environment();

// Built through the public KnowledgeGraph API, one evidence per relation.
KnowledgeGraph make_synthetic_graph(const SyntheticSpec& spec);

// Resident set size of this process in bytes (from /proc/self/statm).
std::size_t resident_bytes();
// Peak resident set size in bytes (VmHWM).
std::size_t peak_resident_bytes();

}  // namespace kg::bench
