// Centrality of entities: degree, PageRank and betweenness (Boost.Graph).
#pragma once

#include <string_view>
#include <optional>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

enum class Centrality { Degree, PageRank, Betweenness };
std::optional<Centrality> parse_centrality(std::string_view s);  // "degree", "pagerank", "betweenness"

// One score per vertex (indexed by vertex).
//  degree:      in + out edges, self-loops excluded, parallel edges counted
//  pagerank:    boost::graph::page_rank on the directed multigraph (damping 0.85,
//               20 iterations); dangling mass is spread evenly
//  betweenness: boost::brandes_betweenness_centrality on the undirected simple
//               graph underneath (each pair once), normalised to [0, 1]
std::vector<double> centrality(const KnowledgeGraph& g, Centrality by);

struct Ranked {
  KnowledgeGraph::Vertex vertex;
  double score;
};
// The top n by score (then by name), restricted to `types` when not empty.
std::vector<Ranked> top_entities(const KnowledgeGraph& g, const std::vector<double>& scores,
                                 const std::vector<EntityType>& types, std::size_t n);

}  // namespace kg
