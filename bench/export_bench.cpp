// Export throughput on a synthetic graph (default 1,000,000 relations): every
// format written once to a file, timed; scripts/bench_export.sh runs this and
// NetworkX's write_graphml on the same graph side by side.
// usage: kg_bench_export OUT_DIR [RELATIONS]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>

#include "kg/export.hpp"
#include "kg/store.hpp"
#include "synthetic_graph.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void timed(const std::string& name, const std::string& path, std::size_t relations,
           const std::function<void(std::ostream&)>& write) {
  const auto t0 = std::chrono::steady_clock::now();
  {
    std::ofstream out(path, std::ios::binary);
    write(out);
  }
  const double s = seconds_since(t0);
  const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("%-8s %8.2f s %10.0f relations/s %8.1f MB/s %9.1f MB  %s\n", name.c_str(), s,
              static_cast<double>(relations) / s, mb / s, mb, path.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kg_bench_export OUT_DIR [RELATIONS]\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::filesystem::create_directories(dir);
  kg::bench::SyntheticSpec spec;
  spec.relations = argc > 2 ? std::stoul(argv[2]) : 1000000;
  spec.entities = spec.relations / 5;
  spec.documents = 20000;
  const auto t0 = std::chrono::steady_clock::now();
  const kg::KnowledgeGraph g = kg::bench::make_synthetic_graph(spec);
  std::printf("graph: %zu entities, %zu relations, %zu documents (built in %.1f s)\n", g.num_entities(),
              g.num_relations(), g.documents().size(), seconds_since(t0));
  const std::size_t n = g.num_relations();
  timed("graphml", dir + "/bench.graphml", n, [&](std::ostream& o) { kg::write_graphml(g, o); });
  timed("gexf", dir + "/bench.gexf", n, [&](std::ostream& o) { kg::write_gexf(g, o); });
  timed("dot", dir + "/bench.dot", n, [&](std::ostream& o) { kg::write_dot(g, o); });
  timed("json", dir + "/bench.json", n, [&](std::ostream& o) { kg::write_node_link(g, o, false); });
  {
    const auto t1 = std::chrono::steady_clock::now();
    kg::write_neo4j(g, dir + "/neo4j");
    const double s = seconds_since(t1);
    const double mb = static_cast<double>(std::filesystem::file_size(dir + "/neo4j/nodes.csv") +
                                          std::filesystem::file_size(dir + "/neo4j/relationships.csv")) / 1e6;
    std::printf("%-8s %8.2f s %10.0f relations/s %8.1f MB/s %9.1f MB  %s\n", "neo4j", s,
                static_cast<double>(n) / s, mb / s, mb, (dir + "/neo4j").c_str());
  }
  return 0;
}
