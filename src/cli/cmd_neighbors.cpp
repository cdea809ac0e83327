// kg neighbors: the ego network of an entity, each neighbour with the
// relation and direction that links it and its best evidence; text or JSON.
#include <iostream>

#include "command.hpp"
#include "graph/query_json.hpp"
#include "kg/query.hpp"
#include "kg/query_format.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using Edge = KnowledgeGraph::Edge;

// The edges that reach v from the layer before it, as hops walked from there.
std::vector<std::pair<Vertex, Hop>> links_into(const KnowledgeGraph& g, Vertex v, const std::vector<int>& dist,
                                               const PathFilter& filter) {
  std::vector<std::pair<Vertex, Hop>> out;
  const auto& gr = g.graph();
  for (auto [it, end] = boost::in_edges(v, gr); it != end; ++it) {
    const Vertex u = boost::source(*it, gr);
    if (u != v && dist[u] == dist[v] - 1 && edge_allowed(g, *it, filter)) out.push_back({u, Hop{*it, true}});
  }
  for (auto [it, end] = boost::out_edges(v, gr); it != end; ++it) {
    const Vertex u = boost::target(*it, gr);
    if (u != v && dist[u] == dist[v] - 1 && edge_allowed(g, *it, filter)) out.push_back({u, Hop{*it, false}});
  }
  return out;
}

void write_json(const KnowledgeGraph& g, const Resolution& r, unsigned depth,
                const std::vector<std::vector<Vertex>>& layers, const PathFilter& filter) {
  rapidjson::StringBuffer buf;
  json::Writer w(buf);
  std::vector<char> inside(g.num_entities(), 0);
  w.StartObject();
  w.Key("center");
  w.Uint64(r.vertex);
  w.Key("entity");
  json::resolution(w, g, r);
  w.Key("depth");
  w.Uint(depth);
  io::put(w, "since", filter.since);
  io::put(w, "until", filter.until);
  w.Key("nodes");
  w.StartArray();
  for (std::size_t d = 0; d < layers.size(); ++d)
    for (Vertex v : layers[d]) {
      inside[v] = 1;
      w.StartObject();
      w.Key("id");
      w.Uint64(v);
      io::put(w, "name", g.entity(v).name);
      io::put(w, "type", to_string(g.entity(v).type));
      w.Key("distance");
      w.Uint64(d);
      w.EndObject();
    }
  w.EndArray();
  // Every edge among the selected entities that passes the filter, in file order.
  w.Key("links");
  w.StartArray();
  for (const auto& e : g.sorted_edges()) {
    const Vertex s = boost::source(e, g.graph()), t = boost::target(e, g.graph());
    if (!inside[s] || !inside[t] || !edge_allowed(g, e, filter)) continue;
    w.StartObject();
    w.Key("source");
    w.Uint64(s);
    w.Key("target");
    w.Uint64(t);
    io::put(w, "relation", to_string(g.relation(e).type));
    io::put(w, "text", hop_line(g, Hop{e, true}, s));
    json::edge_facts(w, g, e, filter);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
}

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  const auto depth = static_cast<unsigned>(count_option(args, {"-d", "--depth"}, 1));
  const PathFilter filter = date_filter(args);
  const bool json = json_format(args);
  const auto [g, r] = entity_query(args, graph_file, json);
  const auto layers = filtered_neighborhood_layers(g, r.vertex, depth, filter);
  if (json) {
    write_json(g, r, depth, layers, filter);
    return kExitOk;
  }
  std::vector<int> dist(g.num_entities(), -1);
  std::size_t count = 0;
  for (std::size_t d = 0; d < layers.size(); ++d)
    for (Vertex v : layers[d]) dist[v] = static_cast<int>(d), count += d > 0;
  std::cout << g.entity(r.vertex).name << " (" << to_string(g.entity(r.vertex).type) << "): " << count
            << (count == 1 ? " entity" : " entities") << " within " << depth << (depth == 1 ? " hop\n" : " hops\n");
  for (std::size_t d = 1; d < layers.size(); ++d) {
    std::cout << "  distance " << d << ":\n";
    for (Vertex v : layers[d])
      for (const auto& [from, hop] : links_into(g, v, dist, filter)) {
        const std::size_t n = allowed_evidence_count(g, hop.edge, filter);
        std::cout << "    " << hop_line(g, hop, from) << "  (" << n << (n == 1 ? " evidence)\n" : " evidences)\n");
        if (const auto ev = best_evidence(g, hop.edge, filter)) std::cout << "      " << evidence_line(g, *ev) << "\n";
      }
  }
  return kExitOk;
}

}  // namespace

extern const Command kNeighborsCommand{
    "neighbors", "the entities within N hops of one entity, with relation, direction and evidence",
    "usage: kg neighbors NAME [-g GRAPH] [--depth N] [--relation R]... [--since DATE] [--until DATE]\n"
    "                    [--format text|json]\n"
    "\n"
    "Lists the ego network of an entity: everything within N hops (default 1),\n"
    "walking edges in either direction, optionally only edges of the given types\n"
    "or with evidence dated in [--since, --until] (YYYY[-MM[-DD]], as in kg paths).\n"
    "Each neighbour is printed with the edge that reaches it in its real direction\n"
    "(`Russia \u2190sanctions\u2014 European Union`: the EU sanctions Russia), the number\n"
    "of evidence sentences and the best one.\n"
    "--format json prints {center, entity, depth, since, until, nodes: [{id, name,\n"
    "type, distance}], links: [{source, target, relation, text, confidence,\n"
    "modality, evidence_count, best_evidence}]} (schema: docs/CLI.md).\n"
    "\n"
    "Exit status: 0 listed; 1 unknown name or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
