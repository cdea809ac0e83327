// Loading the benchmark graph from node-link JSON and from the binary
// snapshot, side by side in one run: kg_bench_load DIR writes the synthetic
// graph (sizes as in query_bench: KG_BENCH_ENTITIES / KG_BENCH_RELATIONS) to
// DIR/bench.json and DIR/bench.kgb, then times load_graph on each (best of
// KG_BENCH_REPEAT, default 2; the page cache is warm for both).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "kg/store.hpp"
#include "synthetic_graph.hpp"

namespace {

double seconds_to_load(const std::string& path, std::size_t& relations) {
  const auto t0 = std::chrono::steady_clock::now();
  const kg::KnowledgeGraph g = kg::load_graph(path);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  relations = g.num_relations();
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: kg_bench_load DIR\n");
    return 2;
  }
  const kg::bench::SyntheticSpec spec = kg::bench::spec_from_environment();
  int repeat = 2;
  if (const char* v = std::getenv("KG_BENCH_REPEAT"); v && *v) repeat = std::max(1, std::atoi(v));
  const std::string json = std::string(argv[1]) + "/bench.json", kgb = std::string(argv[1]) + "/bench.kgb";
  {
    const kg::KnowledgeGraph g = kg::bench::make_synthetic_graph(spec);
    kg::save_graph(g, json, false);
    kg::save_graph(g, kgb);
    std::printf("graph: %zu entities, %zu relations\n", g.num_entities(), g.num_relations());
  }
  double best_json = 1e100, best_kgb = 1e100;
  std::size_t rel_json = 0, rel_kgb = 0;
  for (int i = 0; i < repeat; ++i) {
    best_json = std::min(best_json, seconds_to_load(json, rel_json));
    best_kgb = std::min(best_kgb, seconds_to_load(kgb, rel_kgb));
  }
  if (rel_json != rel_kgb) {
    std::fprintf(stderr, "the two files hold different graphs\n");
    return 1;
  }
  const auto mb = [](const std::string& p) { return static_cast<double>(std::filesystem::file_size(p)) / 1e6; };
  std::printf("%-22s %10s %10s\n", "format", "file MB", "load s");
  std::printf("%-22s %10.0f %10.2f\n", "node-link JSON", mb(json), best_json);
  std::printf("%-22s %10.0f %10.2f\n", "snapshot (.kgb)", mb(kgb), best_kgb);
  std::printf("speed-up: %.1fx\n", best_json / best_kgb);
  return 0;
}
