// Internal: the bidirectional BFS workspace shared by the path searches.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/query.hpp"

namespace kg::detail {

using Vertex = KnowledgeGraph::Vertex;
using Edge = KnowledgeGraph::Edge;
inline constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();

// An edge's position in the CSR graph: read from the descriptor itself, no
// memory access (an in-edge's RelationId would cost a cache miss).
inline std::uint32_t edge_key(const KnowledgeGraph& g, Edge e) { return boost::get(boost::edge_index, g.graph(), e); }

// Extra exclusions used by Yen's spur searches.
struct Blocked {
  std::vector<Vertex> vertices;
  std::unordered_set<std::uint32_t> edges;  // by edge_key
};

// The filter compiled for fast per-edge and per-vertex tests.
class CompiledFilter {
 public:
  CompiledFilter(const KnowledgeGraph& g, const PathFilter& f);
  bool edge_ok(Edge e) const;
  bool interior_ok(Vertex v) const;  // via types and avoid
  const PathFilter& filter() const { return f_; }

 private:
  const KnowledgeGraph& g_;
  const PathFilter& f_;
  std::uint32_t relation_mask_ = ~0u;
  std::uint32_t type_mask_ = ~0u;
  bool check_evidence_ = false;
  std::unordered_set<Vertex> avoid_;
};

// Calls f(edge, forward, neighbour) for each edge at v. `outward`: the path
// goes v -> neighbour (search from the start side), else neighbour -> v.
// `forward` tells whether the path walks the edge from source to target.
template <typename F>
void for_each_step(const KnowledgeGraph::Graph& g, Vertex v, bool directed, bool outward, F&& f) {
  if (outward || !directed)
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      const Vertex w = boost::target(*it, g);
      if (w != v) f(*it, outward, w);
    }
  if (!outward || !directed)
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
      const Vertex w = boost::source(*it, g);
      if (w != v) f(*it, !outward, w);
    }
}

// Bidirectional BFS between two vertices; afterwards enumerates shortest paths.
class ShortestSearch {
 public:
  ShortestSearch(const KnowledgeGraph& g, const CompiledFilter& filter);
  // Runs the search; returns the distance or kUnseen.
  std::uint32_t run(Vertex from, Vertex to, const Blocked* blocked = nullptr);
  // Calls sink(path) for shortest paths until it returns false.
  void enumerate(const std::function<bool(Path&&)>& sink);
  // Overrides the filter's hop limit (0: unlimited).
  void set_max_hops(unsigned n) { max_hops_ = n; }
  // Number of shortest paths (saturating at 10^9).
  std::size_t count();

 private:
  bool allowed(Vertex x, const Blocked* blocked) const;
  void reset();
  bool expand(bool from_side, const Blocked* blocked);
  std::size_t count_prefix(Vertex x);
  std::size_t count_suffix(Vertex x);
  std::unordered_map<Vertex, std::size_t> memo_prefix_, memo_suffix_;
  bool walk_prefix(Vertex x, std::vector<Hop>& rev, Vertex m, const std::function<bool(Path&&)>& sink);
  bool walk_suffix(Vertex x, std::vector<Hop>& hops, const std::function<bool(Path&&)>& sink);

  const KnowledgeGraph& kg_;
  const CompiledFilter& filter_;
  std::vector<std::uint32_t> ds_, dt_;
  std::vector<Vertex> touched_;
  std::vector<Vertex> fs_, ft_, meet_;
  unsigned max_hops_ = 0;
  std::uint32_t rs_ = 0, rt_ = 0, dist_ = kUnseen;
  Vertex from_ = 0, to_ = 0;
  const Blocked* blocked_ = nullptr;
  std::vector<char> blocked_v_;
};

}  // namespace kg::detail
