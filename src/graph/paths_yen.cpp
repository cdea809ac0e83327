// The K shortest simple paths: Yen's algorithm over the filtered BFS search.
#include <algorithm>
#include <set>

#include "kg/query.hpp"
#include "paths_search.hpp"

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;

// Identity of a path: its edges and directions.
std::vector<std::pair<KnowledgeGraph::Edge, bool>> identity(const Path& p) {
  std::vector<std::pair<KnowledgeGraph::Edge, bool>> out;
  for (const Hop& h : p.hops) out.emplace_back(h.edge, h.forward);
  return out;
}

bool same_root(const Path& a, const Path& b, std::size_t n) {
  if (a.hops.size() < n || b.hops.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (a.hops[i].edge != b.hops[i].edge || a.hops[i].forward != b.hops[i].forward)
      return false;
  return true;
}

}  // namespace

std::vector<Path> k_shortest_paths(const KnowledgeGraph& g, Vertex from, Vertex to, std::size_t k,
                                   const PathFilter& filter) {
  std::vector<Path> found;
  if (k == 0) return found;
  const detail::CompiledFilter compiled(g, filter);
  detail::ShortestSearch search(g, compiled);
  const auto first_path = [&](Vertex start, const detail::Blocked* blocked) -> std::optional<Path> {
    std::optional<Path> out;
    if (search.run(start, to, blocked) == detail::kUnseen) return out;
    search.enumerate([&](Path&& p) {
      out = std::move(p);
      return false;
    });
    return out;
  };
  auto first = first_path(from, nullptr);
  if (!first || first->hops.empty()) {
    if (first) found.push_back(std::move(*first));
    return found;
  }
  found.push_back(std::move(*first));

  std::vector<Path> candidates;
  std::set<std::vector<std::pair<KnowledgeGraph::Edge, bool>>> seen{identity(found.front())};
  while (found.size() < k) {
    const Path& prev = found.back();
    const auto vertices = path_vertices(g, prev);
    for (std::size_t i = 0; i < prev.hops.size(); ++i) {
      detail::Blocked blocked;
      for (const Path& p : found)
        if (same_root(p, prev, i) && p.hops.size() > i) blocked.edges.insert(detail::edge_key(g, p.hops[i].edge));
      for (const Path& p : candidates)
        if (same_root(p, prev, i) && p.hops.size() > i) blocked.edges.insert(detail::edge_key(g, p.hops[i].edge));
      // The root's vertices (before the spur vertex) may not be revisited.
      blocked.vertices.assign(vertices.begin(), vertices.begin() + static_cast<std::ptrdiff_t>(i));
      if (filter.max_hops) {
        if (i >= filter.max_hops) break;
        search.set_max_hops(filter.max_hops - static_cast<unsigned>(i));
      }
      const auto spur = first_path(vertices[i], &blocked);
      if (!spur) continue;
      Path total{from, {prev.hops.begin(), prev.hops.begin() + static_cast<std::ptrdiff_t>(i)}};
      total.hops.insert(total.hops.end(), spur->hops.begin(), spur->hops.end());
      if (seen.insert(identity(total)).second) candidates.push_back(std::move(total));
    }
    if (candidates.empty()) break;
    // The shortest candidate, best supported among equals.
    rank_paths(g, candidates, filter);
    found.push_back(std::move(candidates.front()));
    candidates.erase(candidates.begin());
  }
  return found;
}

}  // namespace kg
