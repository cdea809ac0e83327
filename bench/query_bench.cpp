// Query benchmark on a synthetic graph of 1,000,000 entities and 5,000,000
// relations: build, node-link load, memory per relation, shortest paths
// (one, all, K = 10) and 2-hop neighbourhoods. Run by scripts/bench_query.sh.
// Sizes can be lowered with KG_BENCH_ENTITIES / KG_BENCH_RELATIONS.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>

#include "kg/query.hpp"
#include "kg/store.hpp"
#include "synthetic_graph.hpp"

namespace {

using kg::KnowledgeGraph;
using Vertex = KnowledgeGraph::Vertex;

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

kg::bench::SyntheticSpec spec() {
  kg::bench::SyntheticSpec s;
  s.entities = env_size("KG_BENCH_ENTITIES", s.entities);
  s.relations = env_size("KG_BENCH_RELATIONS", s.relations);
  return s;
}

std::size_t settled_rss() {
  malloc_trim(0);
  return kg::bench::resident_bytes();
}

// Bytes the allocator has handed out (chunk overhead included, free pages and
// fragmentation excluded): the exact heap size of what is alive.
std::size_t heap_in_use() {
  const auto m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

std::unique_ptr<KnowledgeGraph>& graph() {
  static std::unique_ptr<KnowledgeGraph> g;
  return g;
}

const KnowledgeGraph& the_graph() {
  if (!graph()) graph() = std::make_unique<KnowledgeGraph>(kg::bench::make_synthetic_graph(spec()));
  return *graph();
}

std::vector<std::pair<Vertex, Vertex>> pairs(std::size_t n) {
  std::mt19937_64 rng(7);
  const auto& g = the_graph();
  std::uniform_int_distribution<Vertex> any(0, g.num_entities() - 1);
  std::vector<std::pair<Vertex, Vertex>> out;
  while (out.size() < n) {
    const Vertex a = any(rng), b = any(rng);
    if (a != b) out.emplace_back(a, b);
  }
  return out;
}

void BM_BuildInMemory(benchmark::State& state) {
  for (auto _ : state) {
    graph().reset();
    const std::size_t before = settled_rss(), heap_before = heap_in_use();
    the_graph();
    const std::size_t after = settled_rss(), heap_after = heap_in_use();
    const auto& g = the_graph();
    const double rels = static_cast<double>(g.num_relations());
    const double strings = static_cast<double>(g.string_bytes());
    state.counters["entities"] = static_cast<double>(g.num_entities());
    state.counters["relations"] = rels;
    state.counters["rss_MB"] = static_cast<double>(after - before) / 1e6;
    state.counters["string_MB"] = strings / 1e6;
    state.counters["bytes_per_relation"] = (static_cast<double>(after - before) - strings) / rels;
    state.counters["heap_bytes_per_relation"] = (static_cast<double>(heap_after - heap_before) - strings) / rels;
  }
}
BENCHMARK(BM_BuildInMemory)->Iterations(1)->Unit(benchmark::kSecond);

std::string node_link_file() {
  static std::string path;
  if (path.empty()) {
    path = (std::filesystem::temp_directory_path() / ("kg_bench_" + std::to_string(getpid()) + ".json")).string();
    kg::save_graph(the_graph(), path, false);
    std::atexit([] { std::filesystem::remove(path); });
  }
  return path;
}

void BM_LoadNodeLink(benchmark::State& state) {
  const std::string path = node_link_file();
  const std::size_t before = settled_rss(), heap_before = heap_in_use();
  for (auto _ : state) {
    KnowledgeGraph loaded = kg::load_graph(path);
    state.PauseTiming();
    const std::size_t after = settled_rss(), heap_after = heap_in_use();
    const double rels = static_cast<double>(loaded.num_relations());
    const double strings = static_cast<double>(loaded.string_bytes());
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    state.counters["relations"] = rels;
    state.counters["loaded_rss_MB"] = static_cast<double>(after - before) / 1e6;
    state.counters["bytes_per_relation"] = (static_cast<double>(after - before) - strings) / rels;
    state.counters["heap_bytes_per_relation"] = (static_cast<double>(heap_after - heap_before) - strings) / rels;
    state.counters["peak_rss_GB"] = static_cast<double>(kg::bench::peak_resident_bytes()) / 1e9;
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LoadNodeLink)->Iterations(1)->Unit(benchmark::kSecond);

template <typename F>
void over_pairs(benchmark::State& state, F&& query) {
  const auto& g = the_graph();
  const auto ps = pairs(64);
  std::size_t i = 0, found = 0, hops = 0;
  query(g, ps.back().first, ps.back().second);  // warm-up, untimed: first-touch page faults
  for (auto _ : state) {
    const auto& [a, b] = ps[i++ % ps.size()];
    const std::size_t h = query(g, a, b);
    if (h != static_cast<std::size_t>(-1)) {
      ++found;
      hops += h;
    }
  }
  state.counters["found_share"] = static_cast<double>(found) / static_cast<double>(i);
  state.counters["mean_hops"] = found ? static_cast<double>(hops) / static_cast<double>(found) : 0.0;
}

void BM_ShortestPath(benchmark::State& state) {
  over_pairs(state, [](const KnowledgeGraph& g, Vertex a, Vertex b) {
    const auto p = kg::shortest_path(g, a, b, {});
    benchmark::DoNotOptimize(p);
    return p ? p->hops.size() : static_cast<std::size_t>(-1);
  });
}
BENCHMARK(BM_ShortestPath)->Unit(benchmark::kMillisecond);

void BM_AllShortestPaths(benchmark::State& state) {
  std::size_t total = 0, n = 0;
  over_pairs(state, [&](const KnowledgeGraph& g, Vertex a, Vertex b) {
    std::size_t count = 0;
    const auto ps = kg::all_shortest_paths(g, a, b, {}, 1000, &count);
    total += count;
    ++n;
    return ps.empty() ? static_cast<std::size_t>(-1) : ps.front().hops.size();
  });
  state.counters["mean_paths"] = n ? static_cast<double>(total) / static_cast<double>(n) : 0.0;
}
BENCHMARK(BM_AllShortestPaths)->Unit(benchmark::kMillisecond);

void BM_ShortestPathFiltered(benchmark::State& state) {
  kg::PathFilter f;
  f.relations = {kg::RelationType::WorksFor, kg::RelationType::MetWith, kg::RelationType::LeaderOf};
  f.since = "2017";
  over_pairs(state, [&](const KnowledgeGraph& g, Vertex a, Vertex b) {
    const auto p = kg::shortest_path(g, a, b, f);
    return p ? p->hops.size() : static_cast<std::size_t>(-1);
  });
}
BENCHMARK(BM_ShortestPathFiltered)->Unit(benchmark::kMillisecond);

void BM_KShortest10(benchmark::State& state) {
  over_pairs(state, [](const KnowledgeGraph& g, Vertex a, Vertex b) {
    const auto ps = kg::k_shortest_paths(g, a, b, 10, {});
    benchmark::DoNotOptimize(ps);
    return ps.empty() ? static_cast<std::size_t>(-1) : ps.back().hops.size();
  });
}
BENCHMARK(BM_KShortest10)->Unit(benchmark::kMillisecond);

void BM_Neighborhood2(benchmark::State& state) {
  const auto& g = the_graph();
  const auto ps = pairs(64);
  std::size_t i = 0, size = 0;
  for (auto _ : state) {
    const auto n = kg::neighborhood(g, ps[i++ % ps.size()].first, 2, {});
    size += n.size();
    benchmark::DoNotOptimize(n);
  }
  state.counters["mean_size"] = static_cast<double>(size) / static_cast<double>(i);
}
BENCHMARK(BM_Neighborhood2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
