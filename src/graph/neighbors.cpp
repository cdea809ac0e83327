// Ego networks: breadth-first layers around an entity, either direction.
#include <algorithm>

#include "kg/query.hpp"
#include "paths_search.hpp"

namespace kg {

std::vector<std::vector<KnowledgeGraph::Vertex>> neighborhood_layers(const KnowledgeGraph& g,
                                                                     KnowledgeGraph::Vertex center, unsigned depth,
                                                                     const std::vector<RelationType>& relations) {
  PathFilter filter;
  filter.relations = relations;
  return filtered_neighborhood_layers(g, center, depth, filter);
}

std::vector<std::vector<KnowledgeGraph::Vertex>> filtered_neighborhood_layers(const KnowledgeGraph& g,
                                                                     KnowledgeGraph::Vertex center, unsigned depth,
                                                                     const PathFilter& filter) {
  const detail::CompiledFilter compiled(g, filter);
  std::vector<char> seen(g.num_entities(), 0);
  std::vector<std::vector<KnowledgeGraph::Vertex>> layers{{center}};
  seen[center] = 1;
  for (unsigned d = 0; d < depth; ++d) {
    std::vector<KnowledgeGraph::Vertex> next;
    for (auto u : layers.back())
      detail::for_each_step(g.graph(), u, false, true, [&](KnowledgeGraph::Edge e, bool, KnowledgeGraph::Vertex w) {
        if (seen[w] || !compiled.edge_ok(e)) return;
        seen[w] = 1;
        next.push_back(w);
      });
    if (next.empty()) break;
    std::sort(next.begin(), next.end());
    layers.push_back(std::move(next));
  }
  return layers;
}

std::vector<KnowledgeGraph::Vertex> neighborhood(const KnowledgeGraph& g, KnowledgeGraph::Vertex center,
                                                 unsigned depth, const std::vector<RelationType>& relations) {
  PathFilter filter;
  filter.relations = relations;
  return filtered_neighborhood(g, center, depth, filter);
}

std::vector<KnowledgeGraph::Vertex> filtered_neighborhood(const KnowledgeGraph& g, KnowledgeGraph::Vertex center,
                                                 unsigned depth, const PathFilter& filter) {
  std::vector<KnowledgeGraph::Vertex> out;
  for (auto& layer : filtered_neighborhood_layers(g, center, depth, filter)) out.insert(out.end(), layer.begin(), layer.end());
  return out;
}

}  // namespace kg
