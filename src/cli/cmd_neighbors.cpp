// kg neighbors: the ego network of an entity, as a list or JSON.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "command.hpp"
#include "kg/query.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

using Vertex = KnowledgeGraph::Vertex;

void write_json(const KnowledgeGraph& g, const Resolution& r, unsigned depth,
                const std::vector<std::vector<Vertex>>& layers, const std::vector<RelationType>& relations) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  std::vector<char> inside(g.num_entities(), 0);
  w.StartObject();
  w.Key("center");
  w.Uint64(r.vertex);
  w.Key("depth");
  w.Uint(depth);
  w.Key("nodes");
  w.StartArray();
  for (std::size_t d = 0; d < layers.size(); ++d)
    for (Vertex v : layers[d]) {
      inside[v] = 1;
      w.StartObject();
      w.Key("id");
      w.Uint64(v);
      w.Key("name");
      str(g.entity(v).name);
      w.Key("type");
      str(to_string(g.entity(v).type));
      w.Key("distance");
      w.Uint64(d);
      w.EndObject();
    }
  w.EndArray();
  // Every edge among the selected entities (of the chosen types), in file order.
  PathFilter filter;
  filter.relations = relations;
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
    w.Key("relation");
    str(to_string(g.relation(e).type));
    w.Key("evidence_count");
    w.Uint64(g.relation(e).evidence_count());
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
}

int run(Args& args) {
  const std::string graph_file = graph_path(args);
  const auto depth = static_cast<unsigned>(count_option(args, {"-d", "--depth"}, 1));
  const auto relations = relation_options(args);
  const bool json = json_format(args);
  const auto names = args.positionals();
  if (names.size() != 1) throw UsageError{"expected one entity name"};
  const KnowledgeGraph g = load_graph(graph_file);
  const Resolution r = resolve_and_note(g, names[0], json ? std::cerr : std::cout);
  const auto layers = neighborhood_layers(g, r.vertex, depth, relations);
  if (json) {
    write_json(g, r, depth, layers, relations);
    return kExitOk;
  }
  std::size_t count = 0;
  for (std::size_t d = 1; d < layers.size(); ++d) count += layers[d].size();
  std::cout << g.entity(r.vertex).name << " (" << to_string(g.entity(r.vertex).type) << "): " << count
            << (count == 1 ? " entity" : " entities") << " within " << depth << (depth == 1 ? " hop\n" : " hops\n");
  for (std::size_t d = 1; d < layers.size(); ++d) {
    std::cout << "  distance " << d << ":\n";
    for (Vertex v : layers[d])
      std::cout << "    " << g.entity(v).name << " (" << to_string(g.entity(v).type) << ")\n";
  }
  return kExitOk;
}

}  // namespace

extern const Command kNeighborsCommand{
    "neighbors", "the entities within N hops of one entity",
    "usage: kg neighbors NAME [-g GRAPH] [--depth N] [--relation R]... [--format text|json]\n"
    "\n"
    "Lists the ego network of an entity: everything within N hops (default 1),\n"
    "walking edges in either direction, optionally only edges of the given types.\n"
    "--format json prints {center, depth, nodes: [{id, name, type, distance}],\n"
    "links: [{source, target, relation, evidence_count}]} (docs/QUERY.md).\n"
    "\n"
    "Exit status: 0 listed; 1 unknown name or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
