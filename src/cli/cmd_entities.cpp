// kg entities: list entities with their counts, for finding the right name.
#include <algorithm>
#include <iostream>

#include "command.hpp"
#include "graph/query_json.hpp"
#include "kg/resolve.hpp"
#include "kg/store.hpp"
#include "kg/text.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

using Vertex = KnowledgeGraph::Vertex;

bool matches(const Entity& e, const std::string& needle) {
  if (needle.empty()) return true;
  if (fold_accents(e.name).find(needle) != std::string::npos) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& a) { return fold_accents(a).find(needle) != std::string::npos; });
}

// {"total": N, "entities": [{"id", "name", "type", "aliases", "mentions", "documents", "relations"}]}
void write_json(const KnowledgeGraph& g, const std::vector<Vertex>& rows, std::size_t shown) {
  rapidjson::StringBuffer buf;
  json::Writer w(buf);
  w.StartObject();
  w.Key("total");
  w.Uint64(rows.size());
  w.Key("entities");
  w.StartArray();
  for (std::size_t i = 0; i < shown; ++i) {
    const Entity& e = g.entity(rows[i]);
    const auto s = support_of(g, rows[i]);
    w.StartObject();
    w.Key("id");
    w.Uint64(rows[i]);
    io::put(w, "name", e.name);
    io::put(w, "type", to_string(e.type));
    w.Key("aliases");
    json::strings(w, e.aliases);
    w.Key("mentions");
    w.Uint(e.mentions);
    w.Key("documents");
    w.Uint64(s.documents);
    w.Key("relations");
    w.Uint64(s.degree);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
}

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  const auto types = entity_type_options(args, {"-t", "--type"});
  const std::string needle = fold_accents(args.option({"-m", "--match"}).value_or(""));
  const std::size_t limit = count_option(args, {"--limit"}, 0);
  const std::string sort = args.option({"--sort"}).value_or("mentions");
  if (sort != "mentions" && sort != "name") throw UsageError{"--sort must be mentions or name, not '" + sort + "'"};
  const bool by_name = sort == "name";
  const bool json = json_format(args);
  if (!args.positionals().empty()) throw UsageError{"kg entities takes no positional arguments"};
  const KnowledgeGraph g = load_graph(graph_file);

  std::vector<Vertex> rows;
  for (Vertex v = 0; v < g.num_entities(); ++v) {
    const Entity& e = g.entity(v);
    if (!types.empty() && std::find(types.begin(), types.end(), e.type) == types.end()) continue;
    if (matches(e, needle)) rows.push_back(v);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](Vertex a, Vertex b) {
    if (by_name) return g.entity(a).name < g.entity(b).name;
    const auto sa = support_of(g, a), sb = support_of(g, b);
    if (sa != sb) return sa > sb;
    return g.entity(a).name < g.entity(b).name;
  });
  const std::size_t shown = limit ? std::min(limit, rows.size()) : rows.size();
  if (json) {
    write_json(g, rows, shown);
    return rows.empty() ? kExitFailure : kExitOk;
  }
  std::cout << "mentions  docs  relations  type          name [aliases]\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const Entity& e = g.entity(rows[i]);
    const auto s = support_of(g, rows[i]);
    std::string type(to_string(e.type));
    type.resize(12, ' ');
    char nums[64];
    std::snprintf(nums, sizeof nums, "%8u  %4zu  %9zu  ", e.mentions, s.documents, s.degree);
    std::cout << nums << type << "  " << e.name;
    if (!e.aliases.empty()) {
      std::cout << " [";
      for (std::size_t j = 0; j < e.aliases.size(); ++j) std::cout << (j ? ", " : "") << e.aliases[j];
      std::cout << "]";
    }
    std::cout << "\n";
  }
  std::cout << rows.size() << (rows.size() == 1 ? " entity" : " entities");
  if (shown < rows.size()) std::cout << " (" << shown << " shown)";
  std::cout << "\n";
  return rows.empty() ? kExitFailure : kExitOk;
}

}  // namespace

extern const Command kEntitiesCommand{
    "entities", "list entities with mention, document and relation counts",
    "usage: kg entities [-g GRAPH] [--type T]... [--match TEXT] [--sort mentions|name] [--limit N]\n"
    "                   [--format text|json]\n"
    "\n"
    "Lists entities, most mentioned first: mentions, documents, relations, type,\n"
    "name and aliases. --match keeps names or aliases containing TEXT (case and\n"
    "accents ignored); --type keeps those types (repeatable). --format json prints\n"
    "{total, entities: [{id, name, type, aliases, mentions, documents, relations}]}\n"
    "(schema: docs/CLI.md).\n"
    "\n"
    "Exit status: 0 listed; 1 nothing matched or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
