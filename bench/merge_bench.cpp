// Build time per document as the graph grows: synthetic documents (not text:
// extraction is not timed) merged with add_to_graph, the step `kg build`,
// `kg add` and `kg merge` share. Usage: kg_bench_merge [N...] (default 1000
// 10000 100000). Each document names 3 of 200 hub entities (Zipf-weighted,
// so "E0 sanctions E1" recurs in a large share of documents, like "United
// States sanctions Iran"), 2 new and 3 earlier people, and states 12 facts
// between them, each with its own evidence sentence. A hub relation's
// evidence chain grows with the corpus: the cost that must not. Times are
// this thread's CPU time (the machine is shared; wall time would count the
// other processes' turns). "added": 1000 more documents after the graph is
// built (compact()), as kg add and kg merge -g merge into a loaded graph.
#include <time.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "kg/builder.hpp"

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

class Corpus {
 public:
  explicit Corpus(unsigned seed) : rng_(seed) {
    std::vector<double> w;
    for (int i = 0; i < kHubs; ++i) w.push_back(1.0 / std::pow(i + 1, 1.2));
    hub_ = std::discrete_distribution<int>(w.begin(), w.end());
  }

  kg::DocumentFacts next(std::size_t n) {
    kg::DocumentFacts f;
    f.doc.id = "doc" + std::to_string(n) + ".txt";
    f.doc.hash = std::to_string(n);
    const auto entity = [&](std::string name, kg::EntityType type) {
      f.entities.push_back({std::move(name), type, {}, 1 + static_cast<std::uint32_t>(rng_() % 4)});
    };
    for (int i = 0; i < 3; ++i) {
      const int h = hub_(rng_);
      entity("Hub Country " + std::to_string(h), kg::EntityType::Country);
    }
    for (int i = 0; i < 2; ++i) entity("Person Number " + std::to_string(people_++), kg::EntityType::Person);
    for (int i = 0; i < 3; ++i) entity("Person Number " + std::to_string(rng_() % people_), kg::EntityType::Person);
    const auto types = kg::all_relation_types();
    for (std::uint32_t k = 0; k < 12; ++k) {
      kg::Fact x;
      x.subject = k < 6 ? k % 3 : static_cast<std::uint32_t>(rng_() % f.entities.size());
      x.object = k < 6 ? (k + 1) % 3 : static_cast<std::uint32_t>(rng_() % f.entities.size());
      if (x.subject == x.object) x.object = (x.object + 1) % f.entities.size();
      x.relation = k < 6 ? kg::RelationType::Sanctions : types[rng_() % types.size()];
      x.evidence.doc_id = f.doc.id;
      x.evidence.sentence = k;
      x.evidence.span = {k * 150, k * 150 + 140};
      x.evidence.text = "Sentence " + std::to_string(k) + " of document " + std::to_string(n) +
                        ", long enough to look like one from a news article about sanctions.";
      x.evidence.rule = "sanction.verb";
      x.evidence.confidence = 0.8f;
      f.facts.push_back(std::move(x));
    }
    return f;
  }

 private:
  static constexpr int kHubs = 200;
  std::mt19937_64 rng_;
  std::discrete_distribution<int> hub_;
  std::size_t people_ = 1;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  std::printf("%10s %10s %14s %16s %14s %16s %12s %14s\n", "documents", "total cpu s", "us/doc (all)", "us/doc (last 10%)",
              "added: 1st ms", "us/doc (added)", "relations", "max evidence");
  for (const std::size_t n : sizes) {
    Corpus corpus(20181106);
    kg::KnowledgeGraph g;
    double total = 0, tail = 0;
    for (std::size_t d = 0; d < n; ++d) {
      const kg::DocumentFacts f = corpus.next(d);
      const double t0 = cpu_seconds();
      kg::add_to_graph(g, f);
      const double s = cpu_seconds() - t0;
      total += s;
      if (d >= n - n / 10) tail += s;
    }
    // Then as kg add (or kg merge -g) into that graph once built: 1000 more.
    // The first of them pays for indexing the built relations (once per
    // loaded graph, O(relations), like loading it), so it is shown apart.
    g.compact();
    double added = 0, first = 0;
    for (std::size_t d = n; d < n + 1000; ++d) {
      const kg::DocumentFacts f = corpus.next(d);
      const double t0 = cpu_seconds();
      kg::add_to_graph(g, f);
      (d == n ? first : added) += cpu_seconds() - t0;
    }
    std::uint32_t longest = 0;
    for (kg::RelationId r = 0; r < g.num_relations(); ++r) longest = std::max(longest, g.relation(r).evidence_count());
    std::printf("%10zu %10.3f %14.2f %16.2f %14.2f %16.2f %12zu %14u\n", n, total, 1e6 * total / n,
                1e6 * tail / (n / 10), 1e3 * first, 1e6 * added / 999, g.num_relations(), longest);
  }
  return 0;
}
