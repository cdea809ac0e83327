// The name resolver on a graph of person-like names (200,000 entities,
// "Given7 Family42" with the surname as an alias, and the lexicon's real
// short forms): an exact name and a lexicon code are index lookups; a lone
// surname scans every name for whole words. Baseline in the same run: the
// name index itself (KnowledgeGraph::find). Run by scripts/bench_resolve.sh.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "kg/extract.hpp"
#include "kg/resolve.hpp"

namespace {

using kg::KnowledgeGraph;

std::size_t entities() {
  const char* v = std::getenv("KG_BENCH_ENTITIES");
  return v && *v ? std::strtoull(v, nullptr, 10) : 200000;
}

const KnowledgeGraph& the_graph() {
  static const KnowledgeGraph g = [] {
    KnowledgeGraph k;
    const std::size_t n = entities();
    for (std::size_t i = 0; i < n; ++i) {
      kg::Entity e;
      e.name = "Given" + std::to_string(i % 1000) + " Family" + std::to_string(i / 1000);
      e.type = kg::EntityType::Person;
      e.aliases = {"Family" + std::to_string(i / 1000)};
      e.mentions = static_cast<std::uint32_t>(1 + i % 7);
      k.add_entity(std::move(e));
    }
    for (const char* name : {"United Nations", "North Korea", "United States"}) {
      kg::Entity e;
      e.name = name;
      e.type = std::string(name) == "United Nations" ? kg::EntityType::Organization : kg::EntityType::Country;
      k.add_entity(std::move(e));
    }
    return k;
  }();
  return g;
}

const kg::NameLexicon& lexicon() {
  static const kg::NameLexicon lex = kg::NameLexicon::load(kg::default_data_dir());
  return lex;
}

void resolve(benchmark::State& state, const char* name, const kg::NameLexicon* lex) {
  const auto& g = the_graph();
  for (auto _ : state) benchmark::DoNotOptimize(kg::resolve_name(g, name, lex));
  state.counters["entities"] = static_cast<double>(g.num_entities());
}

void BM_IndexFind(benchmark::State& state) {  // the baseline: one hash lookup
  const auto& g = the_graph();
  for (auto _ : state) benchmark::DoNotOptimize(g.find("Given7 Family42"));
}
BENCHMARK(BM_IndexFind)->Unit(benchmark::kMicrosecond);

void BM_ResolveExactName(benchmark::State& state) { resolve(state, "Given7 Family42", &lexicon()); }
BENCHMARK(BM_ResolveExactName)->Unit(benchmark::kMicrosecond);

void BM_ResolveExactNameNoLexicon(benchmark::State& state) { resolve(state, "Given7 Family42", nullptr); }
BENCHMARK(BM_ResolveExactNameNoLexicon)->Unit(benchmark::kMicrosecond);

void BM_ResolveLexiconCode(benchmark::State& state) { resolve(state, "DPRK", &lexicon()); }
BENCHMARK(BM_ResolveLexiconCode)->Unit(benchmark::kMillisecond);

void BM_ResolveCapital(benchmark::State& state) { resolve(state, "Pyongyang", &lexicon()); }
BENCHMARK(BM_ResolveCapital)->Unit(benchmark::kMicrosecond);

void BM_ResolveSurnameAlias(benchmark::State& state) { resolve(state, "Family42", &lexicon()); }
BENCHMARK(BM_ResolveSurnameAlias)->Unit(benchmark::kMillisecond);

void BM_ResolvePrefix(benchmark::State& state) { resolve(state, "Given7 Fam", &lexicon()); }
BENCHMARK(BM_ResolvePrefix)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
