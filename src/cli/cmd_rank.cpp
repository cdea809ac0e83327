// kg rank: who is central, by degree, PageRank or betweenness.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "io/json_write.hpp"
#include "kg/rank.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  const std::string by_name = args.option({"--by"}).value_or("pagerank");
  const auto by = parse_centrality(by_name);
  if (!by) throw UsageError{"--by must be pagerank, betweenness or degree, not '" + by_name + "'"};
  const auto types = entity_type_options(args, {"-t", "--type"});
  const std::size_t top = count_option(args, {"-n", "--top"}, 10);
  const bool json = json_format(args);
  if (!args.positionals().empty()) throw UsageError{"kg rank takes no positional arguments"};
  const KnowledgeGraph g = load_graph(graph_file);
  const auto ranked = top_entities(g, centrality(g, *by), types, top);
  if (json) {
    // {"by": "pagerank", "entities": [{"rank", "id", "name", "type", "score"}]}
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    io::put(w, "by", by_name);
    w.Key("entities");
    w.StartArray();
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      const Entity& e = g.entity(ranked[i].vertex);
      w.StartObject();
      w.Key("rank");
      w.Uint64(i + 1);
      w.Key("id");
      w.Uint64(ranked[i].vertex);
      io::put(w, "name", e.name);
      io::put(w, "type", to_string(e.type));
      io::put_number(w, "score", ranked[i].score);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
    return ranked.empty() ? kExitFailure : kExitOk;
  }
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
    "               [--format text|json]\n"
    "\n"
    "Ranks entities by centrality (default pagerank, top 10):\n"
    "  degree       relations in and out (parallel relations counted, self-loops not)\n"
    "  pagerank     PageRank over the directed graph, damping 0.85\n"
    "  betweenness  Brandes betweenness (Boost.Graph) on the undirected graph, normalised\n"
    "--type keeps only entities of that type (scores are computed on the whole graph).\n"
    "--format json prints {by, entities: [{rank, id, name, type, score}]} (schema: docs/CLI.md).\n"
    "\n"
    "Exit status: 0 ranked; 1 no entity or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
