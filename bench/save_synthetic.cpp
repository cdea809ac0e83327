// Writes the benchmark's synthetic graph as node-link JSON (compact), to time
// and measure loading it on its own: kg_bench_save FILE (sizes as in
// query_bench: KG_BENCH_ENTITIES / KG_BENCH_RELATIONS).
#include <cstdio>
#include <cstdlib>

#include "kg/store.hpp"
#include "synthetic_graph.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: kg_bench_save FILE\n");
    return 2;
  }
  const kg::bench::SyntheticSpec spec = kg::bench::spec_from_environment();
  kg::save_graph(kg::bench::make_synthetic_graph(spec), argv[1], false);
  return 0;
}
