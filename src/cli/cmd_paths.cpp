// kg paths: explained paths between two entities (all shortest, K shortest, or all up to N hops).
#include <iostream>

#include "command.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"
#include "kg/query_format.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

EvidenceMode evidence_mode(Args& args) {
  const auto m = args.option({"--evidence"}).value_or("best");
  if (m == "best") return EvidenceMode::Best;
  if (m == "all") return EvidenceMode::All;
  if (m == "none") return EvidenceMode::None;
  throw UsageError{"--evidence must be all, best or none, not '" + m + "'"};
}

std::string filter_summary(const PathFilter& f) {
  std::string s;
  const auto add = [&](const std::string& part) { s += (s.empty() ? " (" : ", ") + part; };
  if (f.max_hops) add("within " + std::to_string(f.max_hops) + " hops");
  if (!f.relations.empty()) add("through the chosen relations only");
  if (!f.via_types.empty()) add("through the chosen entity types only");
  if (!f.avoid.empty()) add("avoiding " + std::to_string(f.avoid.size()) + " entities");
  if (f.directed) add("following edge direction");
  if (!f.since.empty()) add("evidence since " + f.since);
  if (!f.until.empty()) add("evidence until " + f.until);
  if (f.min_confidence > 0) add("confidence >= " + std::to_string(f.min_confidence).substr(0, 4));
  return s.empty() ? s : s + ")";
}

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  PathFilter filter;
  filter.relations = relation_options(args);
  filter.via_types = entity_type_options(args, {"--via-type"});
  const auto avoid_names = args.options({"--avoid"});
  filter.directed = args.flag({"--directed"});
  filter.since = date_option(args, "--since");
  filter.until = date_option(args, "--until");
  filter.min_confidence = static_cast<float>(args.number({"--min-confidence"}).value_or(0.0));
  filter.max_hops = static_cast<unsigned>(count_option(args, {"--max-hops"}, 0));
  const auto k_given = args.integer({"-k", "--k"});
  if (k_given && *k_given < 1) throw UsageError{"-k must be at least 1"};
  const std::size_t k = k_given ? static_cast<std::size_t>(*k_given) : 0;
  const bool all = args.flag({"--all"});
  const std::size_t limit = count_option(args, {"--limit"}, 20);
  if (limit == 0) throw UsageError{"--limit must be at least 1"};
  const EvidenceMode mode = evidence_mode(args);
  const bool json = json_format(args);
  const auto names = args.positionals();
  if (names.size() != 2) throw UsageError{"expected two entity names"};
  if (all && k) throw UsageError{"-k and --all do not go together"};
  if (all && filter.max_hops == 0) throw UsageError{"--all needs --max-hops N"};

  const KnowledgeGraph g = load_graph(graph_file);
  std::ostream& note = json ? std::cerr : std::cout;
  PathAnswer answer{resolve_and_note(g, names[0], note), resolve_and_note(g, names[1], note), {}, {}, 0, false};
  for (const auto& name : avoid_names) {
    const Resolution r = resolve_and_note(g, name, note);
    if (r.vertex == answer.from.vertex || r.vertex == answer.to.vertex)
      throw UsageError{"--avoid '" + name + "' is an end of the path"};
    filter.avoid.push_back(r.vertex);
  }
  const auto from = answer.from.vertex, to = answer.to.vertex;
  const std::string from_name = g.entity(from).name, to_name = g.entity(to).name;
  if (from == to) throw Error("'" + names[0] + "' and '" + names[1] + "' are the same entity (" + from_name + ")");

  std::string what;
  if (all) {
    auto found = all_simple_paths(g, from, to, filter, limit);
    answer.mode = "all";
    answer.paths = std::move(found.paths);
    answer.total = found.total;
    answer.total_is_lower_bound = found.truncated;
    what = "simple paths of at most " + std::to_string(filter.max_hops) + " hops";
  } else if (k) {
    answer.mode = "k-shortest";
    answer.paths = k_shortest_paths(g, from, to, k, filter);
    answer.total = answer.paths.size();
    if (answer.paths.size() > limit) answer.paths.resize(limit);
    what = "shortest simple paths (K = " + std::to_string(k) + ")";
  } else {
    answer.mode = "shortest";
    answer.paths = all_shortest_paths(g, from, to, filter, std::max<std::size_t>(limit, 1000), &answer.total);
    answer.total_is_lower_bound = answer.total >= 1000000000;
    if (answer.paths.size() > limit) answer.paths.resize(limit);
    if (!answer.paths.empty())
      what = std::string(answer.total == 1 ? "shortest path" : "shortest paths") + " of " +
             std::to_string(answer.paths.front().hops.size()) + " hops";
  }

  if (json) std::cout << paths_to_json(g, answer, filter, mode);
  if (answer.paths.empty()) {
    std::cerr << "kg paths: no path between " << from_name << " and " << to_name << filter_summary(filter) << "\n";
    return kExitFailure;
  }
  if (json) return kExitOk;

  std::cout << answer.total << (answer.total_is_lower_bound ? "+ " : " ") << what << " from " << from_name << " to "
            << to_name << filter_summary(filter) << ";\nranked by fewer hops, then more evidence, then higher confidence";
  if (answer.paths.size() < answer.total)
    std::cout << "; showing the first " << answer.paths.size() << " (--limit N shows more)";
  std::cout << ":\n";
  for (std::size_t i = 0; i < answer.paths.size(); ++i) {
    std::cout << "\n" << i + 1 << ". ";
    write_path_text(std::cout, g, answer.paths[i], filter, mode);
  }
  if (answer.paths.size() < answer.total)
    std::cout << "\n... and " << answer.total - answer.paths.size() << (answer.total_is_lower_bound ? "+" : "")
              << " more\n";
  return kExitOk;
}

}  // namespace

extern const Command kPathsCommand{
    "paths", "explained paths between two entities",
    "usage: kg paths A B [-g GRAPH] [-k K | --all --max-hops N] [--max-hops N] [--relation R]...\n"
    "                [--via-type T]... [--avoid NAME]... [--directed] [--since DATE] [--until DATE]\n"
    "                [--min-confidence X] [--evidence all|best|none] [--limit N] [--format text|json]\n"
    "\n"
    "Finds how two entities are connected and explains every hop with its evidence.\n"
    "Edges are walked in either direction and printed in their real direction:\n"
    "  Kim Jong Un \u2014demands_from\u2192 United States \u2190works_for\u2014 Stephen Biegun\n"
    "Names resolve by canonical name, alias, case, accents, prefix or surname; an\n"
    "ambiguous name picks the best-supported entity and says which others matched.\n"
    "\n"
    "modes (default: every shortest path):\n"
    "  -k K                the K shortest simple paths (Yen's algorithm)\n"
    "  --all               every simple path of at most --max-hops hops\n"
    "filters:\n"
    "  --max-hops N        no path longer than N hops\n"
    "  --relation R        only edges of this type (repeatable, or comma-separated)\n"
    "  --via-type T        only pass through entities of this type (repeatable)\n"
    "  --avoid NAME        never pass through this entity (repeatable)\n"
    "  --directed          follow edges from source to target only\n"
    "  --since DATE        only edges with evidence dated DATE or later (YYYY[-MM[-DD]])\n"
    "  --until DATE        only edges with evidence dated DATE or earlier\n"
    "  --min-confidence X  only evidence (and edges) at least this confident\n"
    "output:\n"
    "  --evidence MODE     best (default): the best sentence per hop; all; none\n"
    "  --limit N           print at most N paths (default 20); the rest are counted\n"
    "  --format json       the answer as JSON (docs/QUERY.md)\n"
    "\n"
    "Equally short paths are ranked by evidence count, then confidence.\n"
    "Exit status: 0 found; 1 no path, unknown name or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
