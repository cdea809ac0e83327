// Graph summary: counts by type, weak components, documents and dates.
#include "kg/stats.hpp"

#include <numeric>

namespace kg {

std::vector<std::size_t> weak_components(const KnowledgeGraph& g, std::size_t* count) {
  const std::size_t n = g.num_entities();
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    const auto a = find(boost::source(*it, g.graph())), b = find(boost::target(*it, g.graph()));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<std::size_t> label(n), id_of_root(n, static_cast<std::size_t>(-1));
  std::size_t next = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const auto r = find(v);
    if (id_of_root[r] == static_cast<std::size_t>(-1)) id_of_root[r] = next++;
    label[v] = id_of_root[r];
  }
  if (count) *count = next;
  return label;
}

GraphStats graph_stats(const KnowledgeGraph& g) {
  GraphStats s;
  const auto& gr = g.graph();
  s.entities = g.num_entities();
  s.relations = g.num_relations();
  s.documents = g.documents().size();
  for (KnowledgeGraph::Vertex v = 0; v < s.entities; ++v) {
    ++s.entities_by_type[g.entity(v).type];
    if (boost::out_degree(v, gr) + boost::in_degree(v, gr) == 0) ++s.isolated;
  }
  for (auto [it, end] = boost::edges(gr); it != end; ++it) {
    const Relation& r = g.relation(*it);
    ++s.relations_by_type[r.type];
    s.evidence += r.evidence_count();
    if (boost::source(*it, gr) == boost::target(*it, gr)) ++s.self_loops;
  }
  const auto label = weak_components(g, &s.components);
  std::vector<std::size_t> size(s.components, 0);
  for (auto l : label) ++size[l];
  for (auto n : size) s.largest_component = std::max(s.largest_component, n);
  for (const auto& d : g.documents()) {
    if (d.date.empty()) continue;
    ++s.dated_documents;
    const std::string day = d.date.substr(0, 10);
    if (s.first_date.empty() || day < s.first_date) s.first_date = day;
    if (s.last_date.empty() || day > s.last_date) s.last_date = day;
  }
  return s;
}

}  // namespace kg
