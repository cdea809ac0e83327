// kg show: the card of one entity — type, aliases, mentions, dates, relations with evidence.
#include <iostream>
#include <map>

#include "command.hpp"
#include "kg/query.hpp"
#include "kg/query_format.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"

namespace kg::cli {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using Edge = KnowledgeGraph::Edge;

int run(Args& args) {
  const std::string graph_file = graph_path(args);
  const std::size_t limit = count_option(args, {"--limit"}, 10);
  const auto names = args.positionals();
  if (names.size() != 1) throw UsageError{"expected one entity name"};
  const KnowledgeGraph g = load_graph(graph_file);
  const Resolution r = resolve_and_note(g, names[0], std::cout);
  const Vertex v = r.vertex;
  const Entity& e = g.entity(v);
  const auto& gr = g.graph();

  std::cout << e.name << " (" << to_string(e.type) << ")\n";
  std::cout << "  aliases:   ";
  if (e.aliases.empty()) std::cout << "(none)";
  for (std::size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? ", " : "") << e.aliases[i];
  std::cout << "\n  mentions:  " << e.mentions << " in " << e.documents.size()
            << (e.documents.size() == 1 ? " document\n" : " documents\n");
  std::string first, last;
  for (auto d : e.documents) {
    if (d >= g.documents().size()) continue;
    const std::string day = g.documents()[d].date.substr(0, 10);
    if (day.empty()) continue;
    if (first.empty() || day < first) first = day;
    if (last.empty() || day > last) last = day;
  }
  std::cout << "  dates:     " << (first.empty() ? "(none)" : first == last ? first : first + " .. " + last) << "\n";
  if (!e.documents.empty()) {
    std::cout << "  documents: ";
    const std::size_t shown = std::min(e.documents.size(), limit);
    for (std::size_t i = 0; i < shown; ++i) {
      const auto& d = g.documents()[e.documents[i]];
      std::cout << (i ? ", " : "") << (d.title.empty() ? d.id : d.title);
    }
    if (e.documents.size() > shown) std::cout << ", and " << e.documents.size() - shown << " more";
    std::cout << "\n";
  }

  // Relations grouped by type: outgoing and incoming, each with its best evidence.
  std::map<RelationType, std::vector<Hop>> by_type;
  for (auto [it, end] = boost::out_edges(v, gr); it != end; ++it) by_type[g.relation(*it).type].push_back({*it, true});
  for (auto [it, end] = boost::in_edges(v, gr); it != end; ++it)
    if (boost::source(*it, gr) != v) by_type[g.relation(*it).type].push_back({*it, false});
  std::size_t total = 0;
  for (const auto& [type, hops] : by_type) total += hops.size();
  std::cout << "  relations: " << total << "\n";
  const PathFilter none;
  for (auto& [type, hops] : by_type) {
    std::stable_sort(hops.begin(), hops.end(), [&](const Hop& a, const Hop& b) {
      return g.relation(a.edge).evidence_count() > g.relation(b.edge).evidence_count();
    });
    std::cout << "    " << to_string(type) << " (" << hops.size() << ")\n";
    const std::size_t shown = std::min(hops.size(), limit);
    for (std::size_t i = 0; i < shown; ++i) {
      const Relation& rel = g.relation(hops[i].edge);
      // Print the edge in its real direction, this entity first when it is the source.
      const Hop as_walked{hops[i].edge, hops[i].forward};
      std::cout << "      " << hop_line(g, as_walked, v);
      if (!rel.role.empty()) std::cout << " [role: " << rel.role << "]";
      if (!rel.what.empty()) std::cout << " [what: " << rel.what << "]";
      std::cout << "  (" << rel.evidence_count() << (rel.evidence_count() == 1 ? " evidence)\n" : " evidences)\n");
      if (const auto ev = best_evidence(g, hops[i].edge, none))
        std::cout << "        " << evidence_line(g, *ev) << "\n";
    }
    if (hops.size() > shown) std::cout << "      ... and " << hops.size() - shown << " more\n";
  }
  return kExitOk;
}

}  // namespace

extern const Command kShowCommand{
    "show", "the card of one entity: type, aliases, mentions, relations with evidence",
    "usage: kg show NAME [-g GRAPH] [--limit N]\n"
    "\n"
    "Prints the entity's type, aliases, number of mentions and documents, first and\n"
    "last date, and its relations grouped by type with counts and the best evidence\n"
    "sentence of each (at most N per type, default 10). Names resolve as in kg paths.\n"
    "\n"
    "Exit status: 0 shown; 1 unknown name or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
