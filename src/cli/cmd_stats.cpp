// kg stats: counts by type, components, top entities, documents and dates.
#include <iostream>

#include "command.hpp"
#include "kg/rank.hpp"
#include "kg/stats.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  const std::string graph_file = graph_path(args);
  const std::size_t top = count_option(args, {"-n", "--top"}, 5);
  if (!args.positionals().empty()) throw UsageError{"kg stats takes no positional arguments"};
  const KnowledgeGraph g = load_graph(graph_file);
  const GraphStats s = graph_stats(g);
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
  const auto ranked = top_entities(g, centrality(g, Centrality::Degree), {}, top);
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
    "usage: kg stats [-g GRAPH] [--top N]\n"
    "\n"
    "Summarises the graph: entities and relations by type, evidence sentences,\n"
    "weakly connected components and the largest one's size, the N entities with\n"
    "the most relations (default 5), and the documents with their date range.\n"
    "\n"
    "Exit status: 0 done; 1 unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
