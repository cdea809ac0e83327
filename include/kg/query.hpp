// Questions asked of a loaded graph: path search (all shortest, K shortest,
// all simple up to N hops) with filters, neighbourhoods, and path ranking.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

// One step of a path: the edge and whether it is walked from its source to
// its target (forward) or against its direction.
struct Hop {
  KnowledgeGraph::Edge edge;
  bool forward = true;
};

struct Path {
  KnowledgeGraph::Vertex start = 0;
  std::vector<Hop> hops;
};

// The vertex a path reaches after all its hops.
KnowledgeGraph::Vertex path_end(const KnowledgeGraph& g, const Path& p);
// Every vertex of the path in order, start first.
std::vector<KnowledgeGraph::Vertex> path_vertices(const KnowledgeGraph& g, const Path& p);

// What a path may use. Empty lists mean "no restriction".
struct PathFilter {
  std::vector<RelationType> relations;        // only these edge types
  std::vector<EntityType> via_types;          // interior vertices must have one of these types
  std::vector<KnowledgeGraph::Vertex> avoid;  // never pass through these
  bool directed = false;                      // follow edges source -> target only
  std::string since;                          // ISO date (prefix); an edge needs evidence dated >= since
  std::string until;                          // ISO date (prefix); ... and <= until
  float min_confidence = 0.0f;                // an edge needs evidence (or itself) at least this confident
  unsigned max_hops = 0;                      // 0: unlimited
};

// True when the evidence passes the filter's dates and confidence.
bool evidence_allowed(const KnowledgeGraph& g, const EvidenceView& ev, const PathFilter& f);
// True when the edge passes the filter's relation types, dates and confidence.
bool edge_allowed(const KnowledgeGraph& g, KnowledgeGraph::Edge e, const PathFilter& f);

// Every shortest path from `from` to `to` (bidirectional BFS, parallel edges
// give distinct paths), at most `limit` of them; empty when there is none.
// Sets *total (when given) to the number of shortest paths, counted up to 10^9.
std::vector<Path> all_shortest_paths(const KnowledgeGraph& g, KnowledgeGraph::Vertex from,
                                     KnowledgeGraph::Vertex to, const PathFilter& filter,
                                     std::size_t limit = 1000, std::size_t* total = nullptr);

// One shortest path, if any.
std::optional<Path> shortest_path(const KnowledgeGraph& g, KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to,
                                  const PathFilter& filter);

// The k shortest simple paths (Yen's algorithm), shortest first.
std::vector<Path> k_shortest_paths(const KnowledgeGraph& g, KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to,
                                   std::size_t k, const PathFilter& filter);

// Every simple path of at most filter.max_hops hops (required > 0); the first
// `cap` are returned (shortest first after ranking), `total` counts all of
// them (enumeration stops counting at `count_limit`).
struct PathEnumeration {
  std::vector<Path> paths;
  std::size_t total = 0;
  bool truncated = false;  // total stopped at count_limit
};
PathEnumeration all_simple_paths(const KnowledgeGraph& g, KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to,
                                 const PathFilter& filter, std::size_t cap, std::size_t count_limit = 1000000);

// How good a path's support is: evidence and confidence summed over hops
// (only evidence the filter allows).
struct PathScore {
  std::size_t hops = 0;
  std::size_t evidence = 0;
  double confidence = 0.0;
};
PathScore score_path(const KnowledgeGraph& g, const Path& p, const PathFilter& filter);
// Orders paths: fewer hops, then more evidence, then higher confidence, then
// by the names along the path (stable, deterministic).
void rank_paths(const KnowledgeGraph& g, std::vector<Path>& paths, const PathFilter& filter);

// Whether the evidence sentence is its document's title (the headline).
bool is_headline(const KnowledgeGraph& g, const EvidenceView& ev);
// The best evidence of an edge under the filter: a body sentence over the
// headline, then highest confidence, then occurred over planned, then dated,
// then latest. Empty when none passes.
std::optional<EvidenceView> best_evidence(const KnowledgeGraph& g, KnowledgeGraph::Edge e, const PathFilter& filter);
// How many of an edge's evidence pass the filter.
std::size_t allowed_evidence_count(const KnowledgeGraph& g, KnowledgeGraph::Edge e, const PathFilter& filter);

// The ego network: center, then every vertex within `depth` hops walking
// edges of the given types (all when empty) in either direction, in BFS order
// (each layer by vertex id).
std::vector<KnowledgeGraph::Vertex> neighborhood(const KnowledgeGraph& g, KnowledgeGraph::Vertex center,
                                                 unsigned depth, const std::vector<RelationType>& relations);
// The same, as layers: layers[0] = {center}, layers[d] = vertices at distance d.
std::vector<std::vector<KnowledgeGraph::Vertex>> neighborhood_layers(const KnowledgeGraph& g,
                                                                     KnowledgeGraph::Vertex center, unsigned depth,
                                                                     const std::vector<RelationType>& relations);
// The same under a whole filter (relation types, dates, confidence): an edge is walked when edge_allowed.
std::vector<std::vector<KnowledgeGraph::Vertex>> filtered_neighborhood_layers(const KnowledgeGraph& g,
                                                                     KnowledgeGraph::Vertex center, unsigned depth,
                                                                     const PathFilter& filter);
std::vector<KnowledgeGraph::Vertex> filtered_neighborhood(const KnowledgeGraph& g, KnowledgeGraph::Vertex center,
                                                 unsigned depth, const PathFilter& filter);

// The date of an evidence (its document's date), empty when unknown.
const std::string& evidence_date(const KnowledgeGraph& g, const EvidenceView& ev);

}  // namespace kg
