// All shortest paths: bidirectional BFS, then a walk of the two BFS DAGs
// through the layer where the searches met.
#include <algorithm>

#include "kg/query.hpp"
#include "paths_search.hpp"

namespace kg {
namespace detail {

namespace {
constexpr std::size_t kCountCap = 1000000000;
std::size_t sat_add(std::size_t a, std::size_t b) { return std::min(kCountCap, a + b); }
std::size_t sat_mul(std::size_t a, std::size_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kCountCap / b ? kCountCap : std::min(kCountCap, a * b);
}
}  // namespace

ShortestSearch::ShortestSearch(const KnowledgeGraph& g, const CompiledFilter& filter)
    : kg_(g),
      filter_(filter),
      ds_(g.num_entities(), kUnseen),
      dt_(g.num_entities(), kUnseen),
      max_hops_(filter.filter().max_hops) {}

void ShortestSearch::reset() {
  for (Vertex v : touched_) ds_[v] = dt_[v] = kUnseen;
  touched_.clear();
  if (blocked_)
    for (Vertex v : blocked_->vertices) blocked_v_[v] = 0;
  memo_prefix_.clear();
  memo_suffix_.clear();
  meet_.clear();
}

bool ShortestSearch::allowed(Vertex x, const Blocked* blocked) const {
  if (blocked && blocked_v_[x]) return false;
  return x == to_ || x == from_ || filter_.interior_ok(x);
}

// Expands one full layer of one side; true when it touched the other side.
bool ShortestSearch::expand(bool from_side, const Blocked* blocked) {
  auto& mine = from_side ? ds_ : dt_;
  const auto& other = from_side ? dt_ : ds_;
  auto& frontier = from_side ? fs_ : ft_;
  const std::uint32_t next_depth = (from_side ? rs_ : rt_) + 1;
  std::vector<Vertex> next;
  bool met = false;
  const bool directed = filter_.filter().directed;
  for (Vertex u : frontier) {
    for_each_step(kg_.graph(), u, directed, from_side, [&](Edge e, bool, Vertex w) {
      if (mine[w] != kUnseen || !allowed(w, blocked)) return;
      if (blocked && !blocked->edges.empty() && blocked->edges.contains(edge_key(kg_, e))) return;
      if (!filter_.edge_ok(e)) return;
      if (other[w] == kUnseen) touched_.push_back(w);
      mine[w] = next_depth;
      next.push_back(w);
      if (other[w] != kUnseen) met = true;
    });
  }
  frontier.swap(next);
  (from_side ? rs_ : rt_) = next_depth;
  return met;
}

std::uint32_t ShortestSearch::run(Vertex from, Vertex to, const Blocked* blocked) {
  reset();
  blocked_ = blocked;
  if (blocked) {
    if (blocked_v_.size() != ds_.size()) blocked_v_.assign(ds_.size(), 0);
    for (Vertex v : blocked->vertices) blocked_v_[v] = 1;
  }
  from_ = from;
  to_ = to;
  rs_ = rt_ = 0;
  dist_ = kUnseen;
  ds_[from] = 0;
  touched_.push_back(from);
  if (dt_[to] == kUnseen && ds_[to] == kUnseen) touched_.push_back(to);
  dt_[to] = 0;
  fs_.assign(1, from);
  ft_.assign(1, to);
  if (from == to) {
    dist_ = 0;
    meet_.push_back(from);
    return dist_;
  }
  const unsigned max_hops = max_hops_;
  while (!fs_.empty() && !ft_.empty()) {
    if (max_hops && rs_ + rt_ >= max_hops) break;
    const bool from_side = fs_.size() <= ft_.size();
    if (!expand(from_side, blocked)) continue;
    // The searches met in the layer just found: the meeting vertices are
    // those of that layer on a shortest path, one per path.
    const auto& layer = from_side ? fs_ : ft_;
    const auto& other = from_side ? dt_ : ds_;
    const std::uint32_t depth = from_side ? rs_ : rt_;
    std::uint32_t best = kUnseen;
    for (Vertex w : layer)
      if (other[w] != kUnseen) best = std::min(best, depth + other[w]);
    for (Vertex w : layer)
      if (other[w] != kUnseen && depth + other[w] == best) meet_.push_back(w);
    std::sort(meet_.begin(), meet_.end());
    if (max_hops && best > max_hops) {
      meet_.clear();
      break;
    }
    dist_ = best;
    break;
  }
  return dist_;
}

std::size_t ShortestSearch::count_prefix(Vertex x) {
  if (x == from_) return 1;
  if (auto it = memo_prefix_.find(x); it != memo_prefix_.end()) return it->second;
  std::size_t n = 0;
  const bool directed = filter_.filter().directed;
  for_each_step(kg_.graph(), x, directed, false, [&](Edge e, bool, Vertex u) {
    if (ds_[u] + 1 != ds_[x] || !filter_.edge_ok(e)) return;
    if (blocked_ && blocked_->edges.contains(edge_key(kg_, e))) return;
    n = sat_add(n, count_prefix(u));
  });
  memo_prefix_.emplace(x, n);
  return n;
}

std::size_t ShortestSearch::count_suffix(Vertex x) {
  if (x == to_) return 1;
  if (auto it = memo_suffix_.find(x); it != memo_suffix_.end()) return it->second;
  std::size_t n = 0;
  const bool directed = filter_.filter().directed;
  for_each_step(kg_.graph(), x, directed, true, [&](Edge e, bool, Vertex w) {
    if (dt_[w] + 1 != dt_[x] || !filter_.edge_ok(e)) return;
    if (blocked_ && blocked_->edges.contains(edge_key(kg_, e))) return;
    n = sat_add(n, count_suffix(w));
  });
  memo_suffix_.emplace(x, n);
  return n;
}

std::size_t ShortestSearch::count() {
  if (dist_ == kUnseen) return 0;
  std::size_t n = 0;
  for (Vertex m : meet_) n = sat_add(n, sat_mul(count_prefix(m), count_suffix(m)));
  return n;
}

bool ShortestSearch::walk_suffix(Vertex x, std::vector<Hop>& hops, const std::function<bool(Path&&)>& sink) {
  if (x == to_) return sink(Path{from_, hops});
  bool more = true;
  const bool directed = filter_.filter().directed;
  for_each_step(kg_.graph(), x, directed, true, [&](Edge e, bool forward, Vertex w) {
    if (!more || dt_[w] + 1 != dt_[x] || !filter_.edge_ok(e)) return;
    if (blocked_ && blocked_->edges.contains(edge_key(kg_, e))) return;
    hops.push_back({e, forward});
    more = walk_suffix(w, hops, sink);
    hops.pop_back();
  });
  return more;
}

bool ShortestSearch::walk_prefix(Vertex x, std::vector<Hop>& rev, Vertex m,
                                 const std::function<bool(Path&&)>& sink) {
  if (x == from_) {
    std::vector<Hop> hops(rev.rbegin(), rev.rend());
    return walk_suffix(m, hops, sink);
  }
  bool more = true;
  const bool directed = filter_.filter().directed;
  for_each_step(kg_.graph(), x, directed, false, [&](Edge e, bool forward, Vertex u) {
    if (!more || ds_[u] + 1 != ds_[x] || !filter_.edge_ok(e)) return;
    if (blocked_ && blocked_->edges.contains(edge_key(kg_, e))) return;
    // The path goes u -> x; `forward` is already in path direction.
    rev.push_back({e, forward});
    more = walk_prefix(u, rev, m, sink);
    rev.pop_back();
  });
  return more;
}

void ShortestSearch::enumerate(const std::function<bool(Path&&)>& sink) {
  if (dist_ == kUnseen) return;
  std::vector<Hop> rev;
  for (Vertex m : meet_)
    if (!walk_prefix(m, rev, m, sink)) return;
}

}  // namespace detail

std::vector<Path> all_shortest_paths(const KnowledgeGraph& g, KnowledgeGraph::Vertex from,
                                     KnowledgeGraph::Vertex to, const PathFilter& filter, std::size_t limit,
                                     std::size_t* total) {
  const detail::CompiledFilter compiled(g, filter);
  detail::ShortestSearch search(g, compiled);
  std::vector<Path> out;
  if (total) *total = 0;
  if (search.run(from, to) == detail::kUnseen) return out;
  if (total) *total = search.count();
  if (limit == 0) return out;
  search.enumerate([&](Path&& p) {
    out.push_back(std::move(p));
    return out.size() < limit;
  });
  rank_paths(g, out, filter);
  return out;
}

std::optional<Path> shortest_path(const KnowledgeGraph& g, KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to,
                                  const PathFilter& filter) {
  auto paths = all_shortest_paths(g, from, to, filter, 1);
  if (paths.empty()) return std::nullopt;
  return std::move(paths.front());
}

}  // namespace kg
