// kg stats: counts by type, components, top entities, documents and dates.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "command.hpp"
#include "io/json_write.hpp"
#include "kg/rank.hpp"
#include "kg/stats.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

// {"PERSON": 3, ...}: a count per type, under key.
template <typename Writer, typename Map>
void by_type(Writer& w, const char* key, const Map& counts) {
  w.Key(key);
  w.StartObject();
  for (const auto& [t, n] : counts) {
    const std::string name(to_string(t));
    w.Key(name.c_str());
    w.Uint64(n);
  }
  w.EndObject();
}

void write_json(const KnowledgeGraph& g, const std::string& graph_file, const GraphStats& s,
                const std::vector<Ranked>& top) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  io::put(w, "graph", graph_file);
  w.Key("entities");
  w.Uint64(s.entities);
  by_type(w, "entities_by_type", s.entities_by_type);
  w.Key("relations");
  w.Uint64(s.relations);
  by_type(w, "relations_by_type", s.relations_by_type);
  w.Key("evidence");
  w.Uint64(s.evidence);
  w.Key("components");
  w.Uint64(s.components);
  w.Key("largest_component");
  w.Uint64(s.largest_component);
  w.Key("isolated");
  w.Uint64(s.isolated);
  w.Key("self_loops");
  w.Uint64(s.self_loops);
  w.Key("documents");
  w.Uint64(s.documents);
  w.Key("dated_documents");
  w.Uint64(s.dated_documents);
  io::put(w, "first_date", s.first_date);
  io::put(w, "last_date", s.last_date);
  w.Key("top");
  w.StartArray();
  for (const auto& r : top) {
    w.StartObject();
    w.Key("id");
    w.Uint64(r.vertex);
    io::put(w, "name", g.entity(r.vertex).name);
    io::put(w, "type", to_string(g.entity(r.vertex).type));
    w.Key("relations");
    w.Uint64(static_cast<std::uint64_t>(r.score));
    w.Key("mentions");
    w.Uint(g.entity(r.vertex).mentions);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
}

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  const std::size_t top = count_option(args, {"-n", "--top"}, 5);
  const bool json = json_format(args);
  if (!args.positionals().empty()) throw UsageError{"kg stats takes no positional arguments"};
  const KnowledgeGraph g = load_graph(graph_file);
  const GraphStats s = graph_stats(g);
  const auto ranked = top_entities(g, centrality(g, Centrality::Degree), {}, top);
  if (json) {
    write_json(g, graph_file, s, ranked);
    return kExitOk;
  }
  std::cout << "graph:      " << graph_file << "\n";
  std::cout << "entities:   " << s.entities << "\n";
  for (auto t : all_entity_types())
    if (auto it = s.entities_by_type.find(t); it != s.entities_by_type.end())
      std::cout << "  " << to_string(t) << ": " << it->second << "\n";
  std::cout << "relations:  " << s.relations << " (" << s.evidence << " evidence sentences)\n";
  for (auto r : all_relation_types())
    if (auto it = s.relations_by_type.find(r); it != s.relations_by_type.end())
      std::cout << "  " << to_string(r) << ": " << it->second << "\n";
  std::cout << "components: " << s.components << " (largest: " << s.largest_component << " entities; isolated: "
            << s.isolated << ")\n";
  if (s.self_loops) std::cout << "self-loops: " << s.self_loops << "\n";
  std::cout << "documents:  " << s.documents;
  if (s.dated_documents)
    std::cout << " (" << s.dated_documents << " dated, " << s.first_date << " .. " << s.last_date << ")";
  std::cout << "\n";
  if (!ranked.empty()) {
    std::cout << "top entities by relations:\n";
    for (const auto& r : ranked)
      std::cout << "  " << g.entity(r.vertex).name << " (" << to_string(g.entity(r.vertex).type) << "): " << r.score
                << " relations, " << g.entity(r.vertex).mentions << " mentions\n";
  }
  return kExitOk;
}

}  // namespace

extern const Command kStatsCommand{
    "stats", "counts by type, components, top entities, documents and dates",
    "usage: kg stats [-g GRAPH] [--top N] [--format text|json]\n"
    "\n"
    "Summarises the graph: entities and relations by type, evidence sentences,\n"
    "weakly connected components and the largest one's size, the N entities with\n"
    "the most relations (default 5), and the documents with their date range.\n"
    "--format json prints the same as one object (schema: docs/CLI.md).\n"
    "\n"
    "Exit status: 0 done; 1 unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
