// Centrality scores: degree, PageRank (power iteration) and Brandes betweenness.
#include "kg/rank.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <set>

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;

std::vector<double> degree(const KnowledgeGraph& g) {
  std::vector<double> out(g.num_entities(), 0.0);
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    const Vertex s = boost::source(*it, g.graph()), t = boost::target(*it, g.graph());
    if (s == t) continue;
    out[s] += 1;
    out[t] += 1;
  }
  return out;
}

// Boost's graph::page_rank lets rank leak at vertices without out-edges (most
// countries and organisations here), so this is the textbook power iteration
// with the dangling mass spread evenly; parallel edges count once each.
std::vector<double> pagerank(const KnowledgeGraph& g, double damping = 0.85, int iterations = 50) {
  const std::size_t n = g.num_entities();
  if (n == 0) return {};
  const auto& gr = g.graph();
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int it = 0; it < iterations; ++it) {
    double dangling = 0.0;
    for (Vertex v = 0; v < n; ++v)
      if (boost::out_degree(v, gr) == 0) dangling += rank[v];
    const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (Vertex v = 0; v < n; ++v) {
      const auto deg = boost::out_degree(v, gr);
      if (deg == 0) continue;
      const double share = damping * rank[v] / static_cast<double>(deg);
      for (auto [e, end] = boost::out_edges(v, gr); e != end; ++e) next[boost::target(*e, gr)] += share;
    }
    double delta = 0.0;
    for (Vertex v = 0; v < n; ++v) delta += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (delta < 1e-10) break;
  }
  return rank;
}

std::vector<double> betweenness(const KnowledgeGraph& g) {
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const std::size_t n = g.num_entities();
  Simple simple(n);
  std::set<std::pair<Vertex, Vertex>> seen;
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    Vertex s = boost::source(*it, g.graph()), t = boost::target(*it, g.graph());
    if (s == t) continue;
    if (t < s) std::swap(s, t);
    if (seen.emplace(s, t).second) boost::add_edge(s, t, simple);
  }
  std::vector<double> out(n, 0.0);
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(boost::make_iterator_property_map(out.begin(), boost::get(boost::vertex_index, simple))));
  // Boost already counts each unordered pair once on undirected graphs;
  // normalise as NetworkX does (by the pairs not containing v).
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 1.0;
  for (double& x : out) x /= pairs;
  return out;
}

}  // namespace

std::optional<Centrality> parse_centrality(std::string_view s) {
  if (s == "degree") return Centrality::Degree;
  if (s == "pagerank") return Centrality::PageRank;
  if (s == "betweenness") return Centrality::Betweenness;
  return std::nullopt;
}

std::vector<double> centrality(const KnowledgeGraph& g, Centrality by) {
  switch (by) {
    case Centrality::Degree: return degree(g);
    case Centrality::PageRank: return pagerank(g);
    case Centrality::Betweenness: return betweenness(g);
  }
  return {};
}

std::vector<Ranked> top_entities(const KnowledgeGraph& g, const std::vector<double>& scores,
                                 const std::vector<EntityType>& types, std::size_t n) {
  std::vector<Ranked> all;
  for (Vertex v = 0; v < scores.size(); ++v)
    if (types.empty() || std::find(types.begin(), types.end(), g.entity(v).type) != types.end())
      all.push_back({v, scores[v]});
  const std::size_t m = std::min(n, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(m), all.end(),
                    [&](const Ranked& a, const Ranked& b) {
                      if (a.score != b.score) return a.score > b.score;
                      return g.entity(a.vertex).name < g.entity(b.vertex).name;
                    });
  all.resize(m);
  return all;
}

}  // namespace kg
