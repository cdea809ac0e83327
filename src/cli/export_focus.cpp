// Focus views: the query owner's resolver, neighbourhood and path search
// select vertices and edges; --max-nodes keeps the best connected.
#include "export_focus.hpp"

#include <algorithm>
#include <set>

#include "kg/error.hpp"
#include "kg/query.hpp"
#include "query_options.hpp"

namespace kg::cli {

FocusOptions focus_options(Args& args) {
  FocusOptions f;
  f.around = args.option({"--around"});
  if (const auto d = args.integer({"--depth"})) {
    if (!f.around) throw UsageError{"--depth goes with --around NAME"};
    if (*d < 0 || *d > 100) throw UsageError{"--depth must be between 0 and 100"};
    f.depth = static_cast<unsigned>(*d);
  }
  const PathFilter dates = date_filter(args);
  f.relations = dates.relations;
  f.since = dates.since;
  f.until = dates.until;
  f.max_nodes = count_option(args, {"--max-nodes"}, 0);
  f.path = args.flag({"--path"});
  if (f.path) {
    f.ends = args.positionals();
    if (f.ends.size() != 2) throw UsageError{"--path takes two names: --path A B"};
    if (f.around) throw UsageError{"--path and --around do not go together"};
  }
  return f;
}

Selection focus_selection(const KnowledgeGraph& g, const FocusOptions& f, std::ostream& note) {
  Selection s;
  if (!f.any()) return s;
  const auto& graph = g.graph();
  const std::size_t n = g.num_entities();
  std::vector<bool> keep(n, !(f.around || f.path));
  std::set<KnowledgeGraph::Edge> path_edges;
  std::vector<KnowledgeGraph::Vertex> pinned;  // never dropped by --max-nodes
  std::string title;
  PathFilter filter;
  filter.relations = f.relations;
  filter.since = f.since;
  filter.until = f.until;
  const bool dated = !f.since.empty() || !f.until.empty();

  if (f.around) {
    const auto center = resolve_and_note(g, *f.around, note).vertex;
    for (auto v : filtered_neighborhood(g, center, f.depth, filter)) keep[v] = true;
    pinned.push_back(center);
    title = "around " + g.entity(center).name + " (depth " + std::to_string(f.depth) + ")";
  } else if (f.path) {
    const auto a = resolve_and_note(g, f.ends[0], note).vertex;
    const auto b = resolve_and_note(g, f.ends[1], note).vertex;
    const auto paths = all_shortest_paths(g, a, b, filter);
    if (paths.empty()) throw Error("no path between " + g.entity(a).name + " and " + g.entity(b).name);
    for (const auto& p : paths) {
      for (auto v : path_vertices(g, p)) keep[v] = true;
      for (const auto& h : p.hops) path_edges.insert(h.edge);
    }
    pinned = {a, b};
    title = "paths " + g.entity(a).name + " - " + g.entity(b).name;
  }

  if (!f.relations.empty()) {
    std::string names;
    for (auto r : f.relations) names += (names.empty() ? "" : ", ") + std::string(to_string(r));
    title += (title.empty() ? "" : "; ") + std::string("relations ") + names;
    if (!f.around && !f.path) {
      // Only the entities that take part in a relation of these types.
      std::fill(keep.begin(), keep.end(), false);
      for (auto [it, end] = boost::edges(graph); it != end; ++it)
        if (std::find(f.relations.begin(), f.relations.end(), g.relation(*it).type) != f.relations.end())
          keep[boost::source(*it, graph)] = keep[boost::target(*it, graph)] = true;
    }
  }

  if (dated) title += (title.empty() ? "" : "; ") + std::string("evidence ") + (f.since.empty() ? "" : "since " + f.since) +
                     (f.since.empty() || f.until.empty() ? "" : ", ") + (f.until.empty() ? "" : "until " + f.until);

  const auto edge_ok = [&g, filter, path_edges](const KnowledgeGraph::Edge& e) {
    if (!path_edges.empty()) return path_edges.count(e) > 0;
    return edge_allowed(g, e, filter);
  };

  if (f.drop_isolated || dated) {
    // An entity with no relation left in the view says nothing in a picture.
    std::vector<bool> linked(n, false);
    for (auto [it, end] = boost::edges(graph); it != end; ++it) {
      const auto a = boost::source(*it, graph), b = boost::target(*it, graph);
      if (a != b && keep[a] && keep[b] && edge_ok(*it)) linked[a] = linked[b] = true;
    }
    for (std::size_t v = 0; v < n; ++v)
      if (keep[v] && !linked[v] && std::find(pinned.begin(), pinned.end(), v) == pinned.end()) keep[v] = false;
  }

  if (f.max_nodes > 0) {
    // Degree within the view so far, then mentions, then vertex index.
    std::vector<std::size_t> degree(n, 0);
    for (auto [it, end] = boost::edges(graph); it != end; ++it) {
      const auto a = boost::source(*it, graph), b = boost::target(*it, graph);
      if (keep[a] && keep[b] && edge_ok(*it)) ++degree[a], ++degree[b];
    }
    std::vector<KnowledgeGraph::Vertex> order;
    for (std::size_t v = 0; v < n; ++v)
      if (keep[v]) order.push_back(v);
    if (order.size() > f.max_nodes) {
      std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
        const bool pa = std::find(pinned.begin(), pinned.end(), a) != pinned.end();
        const bool pb = std::find(pinned.begin(), pinned.end(), b) != pinned.end();
        if (pa != pb) return pa;
        if (degree[a] != degree[b]) return degree[a] > degree[b];
        return g.entity(a).mentions > g.entity(b).mentions;
      });
      for (std::size_t i = f.max_nodes; i < order.size(); ++i) keep[order[i]] = false;
      title += (title.empty() ? "" : "; ") + std::string("the ") + std::to_string(f.max_nodes) +
               " most connected of " + std::to_string(order.size()) + " entities";
    }
  }

  s.keep_node = std::move(keep);
  if (!path_edges.empty() || !f.relations.empty() || dated) s.keep_edge = edge_ok;
  s.title = std::move(title);
  return s;
}

}  // namespace kg::cli
