// Every simple path up to N hops: a depth-first walk pruned by the BFS
// distance to the target, so it only enters vertices that can still reach it.
#include <algorithm>
#include <deque>

#include "kg/error.hpp"
#include "kg/query.hpp"
#include "paths_search.hpp"

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using detail::kUnseen;

constexpr std::size_t kKeepLimit = 100000;  // paths kept for ranking before the cap

class SimpleWalk {
 public:
  SimpleWalk(const KnowledgeGraph& g, const detail::CompiledFilter& f, Vertex from, Vertex to, std::size_t count_limit)
      : g_(g), f_(f), from_(from), to_(to), limit_(count_limit), dt_(g.num_entities(), kUnseen),
        on_path_(g.num_entities(), 0) {}

  PathEnumeration run(unsigned max_hops) {
    distances_to_target(max_hops);
    PathEnumeration out;
    if (dt_[from_] == kUnseen) return out;
    on_path_[from_] = 1;
    std::vector<Hop> hops;
    walk(from_, hops, max_hops, out);
    return out;
  }

 private:
  // BFS backwards from the target, bounded by max_hops.
  void distances_to_target(unsigned max_hops) {
    dt_[to_] = 0;
    std::deque<Vertex> queue{to_};
    const bool directed = f_.filter().directed;
    while (!queue.empty()) {
      const Vertex x = queue.front();
      queue.pop_front();
      if (dt_[x] >= max_hops) continue;
      if (x != to_ && x != from_ && !f_.interior_ok(x)) continue;
      detail::for_each_step(g_.graph(), x, directed, false, [&](KnowledgeGraph::Edge e, bool, Vertex u) {
        if (dt_[u] != kUnseen || !f_.edge_ok(e)) return;
        if (u != from_ && !f_.interior_ok(u)) return;
        dt_[u] = dt_[x] + 1;
        queue.push_back(u);
      });
    }
  }

  void walk(Vertex x, std::vector<Hop>& hops, unsigned max_hops, PathEnumeration& out) {
    const bool directed = f_.filter().directed;
    detail::for_each_step(g_.graph(), x, directed, true, [&](KnowledgeGraph::Edge e, bool forward, Vertex w) {
      if (out.truncated || on_path_[w] || dt_[w] == kUnseen) return;
      if (hops.size() + 1 + dt_[w] > max_hops || !f_.edge_ok(e)) return;
      hops.push_back({e, forward});
      if (w == to_) {
        if (++out.total >= limit_) out.truncated = true;
        if (out.paths.size() < kKeepLimit) out.paths.push_back(Path{from_, hops});
      } else {
        on_path_[w] = 1;
        walk(w, hops, max_hops, out);
        on_path_[w] = 0;
      }
      hops.pop_back();
    });
  }

  const KnowledgeGraph& g_;
  const detail::CompiledFilter& f_;
  Vertex from_, to_;
  std::size_t limit_;
  std::vector<std::uint32_t> dt_;
  std::vector<char> on_path_;
};

}  // namespace

PathEnumeration all_simple_paths(const KnowledgeGraph& g, Vertex from, Vertex to, const PathFilter& filter,
                                 std::size_t cap, std::size_t count_limit) {
  if (filter.max_hops == 0) throw Error("listing all paths needs a hop limit (--max-hops N)");
  PathEnumeration out;
  if (from == to) return out;
  const detail::CompiledFilter compiled(g, filter);
  out = SimpleWalk(g, compiled, from, to, count_limit).run(filter.max_hops);
  rank_paths(g, out.paths, filter);
  if (out.paths.size() > cap) out.paths.resize(cap);
  return out;
}

}  // namespace kg
