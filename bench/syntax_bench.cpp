// Syntax benchmark on one core: model load, tagging (with lemmas) and
// parsing in tokens per second, over the sentences of the bundled sample
// articles (or the text files given in KG_BENCH_TEXT, one path). Run by
// scripts/bench_syntax.sh.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/extract.hpp"
#include "kg/segment.hpp"
#include "kg/syntax.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<kg::SyntaxSentence> sentences() {
  std::vector<std::string> texts;
  const char* env = std::getenv("KG_BENCH_TEXT");
  const fs::path dir = env && *env ? fs::path(env) : fs::path(kg::default_data_dir()) / "samples";
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      std::ifstream in(e.path());
      std::ostringstream s;
      s << in.rdbuf();
      texts.push_back(s.str());
    }
  static std::vector<std::string> keep;  // the sentences' text outlives them
  keep = texts;
  std::vector<kg::SyntaxSentence> out;
  for (const auto& t : keep) {
    const kg::Segmentation seg = kg::segment(t, {});
    for (const auto& s : seg.sentences)
      out.push_back(kg::ud_tokens(t, std::span(seg.tokens).subspan(s.first, s.last - s.first)));
  }
  return out;
}

const kg::SyntaxModel& model() {
  static const kg::SyntaxModel m = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  return m;
}

void BM_Load(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir())));
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_TagAndLemmatise(benchmark::State& state) {
  auto sents = sentences();
  std::size_t tokens = 0;
  for (auto _ : state)
    for (auto& s : sents) {
      model().tag(s);
      tokens += s.size();
    }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndLemmatise)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  auto sents = sentences();
  for (auto& s : sents) model().tag(s);
  std::size_t tokens = 0;
  for (auto _ : state)
    for (auto& s : sents) {
      model().parse(s);
      tokens += s.size();
    }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
