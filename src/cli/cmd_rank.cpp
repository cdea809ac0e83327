// kg rank: who is central, by degree, PageRank or betweenness.
#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "kg/rank.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  const std::string graph_file = graph_path(args);
  const std::string by_name = args.option({"--by"}).value_or("pagerank");
  const auto by = parse_centrality(by_name);
  if (!by) throw UsageError{"--by must be pagerank, betweenness or degree, not '" + by_name + "'"};
  const auto types = entity_type_options(args, {"-t", "--type"});
  const std::size_t top = count_option(args, {"-n", "--top"}, 10);
  if (!args.positionals().empty()) throw UsageError{"kg rank takes no positional arguments"};
  const KnowledgeGraph g = load_graph(graph_file);
  const auto ranked = top_entities(g, centrality(g, *by), types, top);
  std::cout << "rank  " << by_name << "  entity\n";
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    char line[64];
    if (*by == Centrality::Degree)
      std::snprintf(line, sizeof line, "%4zu  %8.0f  ", i + 1, ranked[i].score);
    else
      std::snprintf(line, sizeof line, "%4zu  %8.5f  ", i + 1, ranked[i].score);
    const Entity& e = g.entity(ranked[i].vertex);
    std::cout << line << e.name << " (" << to_string(e.type) << ")\n";
  }
  return ranked.empty() ? kExitFailure : kExitOk;
}

}  // namespace

extern const Command kRankCommand{
    "rank", "the most central entities (pagerank, betweenness, degree)",
    "usage: kg rank [-g GRAPH] [--by pagerank|betweenness|degree] [--type T]... [--top N]\n"
    "\n"
    "Ranks entities by centrality (default pagerank, top 10):\n"
    "  degree       relations in and out (parallel relations counted, self-loops not)\n"
    "  pagerank     PageRank over the directed graph, damping 0.85\n"
    "  betweenness  Brandes betweenness (Boost.Graph) on the undirected graph, normalised\n"
    "--type keeps only entities of that type (scores are computed on the whole graph).\n"
    "\n"
    "Exit status: 0 ranked; 1 no entity or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
