// Generates the synthetic benchmark graph and reads memory use from /proc.
#include "synthetic_graph.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace kg::bench {

SyntheticSpec spec_from_environment() {
  SyntheticSpec spec;
  if (const char* v = std::getenv("KG_BENCH_ENTITIES"); v && *v) spec.entities = std::strtoull(v, nullptr, 10);
  if (const char* v = std::getenv("KG_BENCH_RELATIONS"); v && *v) spec.relations = std::strtoull(v, nullptr, 10);
  return spec;
}

KnowledgeGraph make_synthetic_graph(const SyntheticSpec& spec) {
  KnowledgeGraph g;
  std::mt19937_64 rng(spec.seed);
  for (std::size_t d = 0; d < spec.documents; ++d) {
    DocumentInfo info;
    info.id = "doc" + std::to_string(d) + ".txt";
    const int day = static_cast<int>(d % 1000);
    info.date = std::to_string(2016 + day / 365) + "-" + (day % 365 / 31 + 1 < 10 ? "0" : "") +
                std::to_string(day % 365 / 31 + 1) + "-" + (day % 28 + 1 < 10 ? "0" : "") + std::to_string(day % 28 + 1);
    g.add_document(std::move(info));
  }
  const std::size_t hubs = std::max<std::size_t>(1, static_cast<std::size_t>(spec.entities * spec.hub_share));
  for (std::size_t i = 0; i < spec.entities; ++i) {
    Entity e;
    e.name = "E" + std::to_string(i);
    e.type = i < hubs ? (i % 2 ? EntityType::Country : EntityType::Organization) : EntityType::Person;
    e.mentions = 1 + static_cast<std::uint32_t>(rng() % 50);
    g.add_entity(std::move(e));
  }
  std::uniform_int_distribution<std::size_t> any(0, spec.entities - 1), hub(0, hubs - 1),
      doc(0, spec.documents - 1);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  const auto types = all_relation_types();
  std::size_t made = 0, attempts = 0;
  while (g.num_relations() < spec.relations && attempts++ < spec.relations * 2) {
    const auto s = any(rng);
    const auto t = coin(rng) < spec.to_hub ? hub(rng) : any(rng);
    if (s == t) continue;
    EdgeEvidence ev;
    ev.doc = static_cast<std::uint32_t>(doc(rng));
    ev.sentence = static_cast<std::uint32_t>(rng() % 40);
    ev.span = {ev.sentence * 120, ev.sentence * 120 + 100};
    ev.text = "s" + std::to_string(made++);  // short: the budget is per relation, strings aside
    ev.confidence = 0.5f + static_cast<float>(rng() % 50) / 100.0f;
    g.add_relation(s, t, types[rng() % 6], std::move(ev));
  }
  g.compact();
  return g;
}

namespace {
std::size_t status_kb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::stoul(line.substr(std::string(key).size()));
  return 0;
}
}  // namespace

std::size_t resident_bytes() { return status_kb("VmRSS:") * 1024; }
std::size_t peak_resident_bytes() { return status_kb("VmHWM:") * 1024; }

}  // namespace kg::bench
