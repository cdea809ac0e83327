// kg show: the card of one entity — type, aliases, mentions, dates, relations with evidence.
#include <iostream>
#include <map>

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

struct Card {
  std::string first, last;                           // document dates (days)
  std::map<RelationType, std::vector<Hop>> by_type;  // best supported first; forward: this entity is the source
};

Card card_of(const KnowledgeGraph& g, Vertex v, const PathFilter& filter) {
  Card c;
  for (auto d : g.entity(v).documents) {
    if (d >= g.documents().size()) continue;
    const std::string day = g.documents()[d].date.substr(0, 10);
    if (day.empty()) continue;
    if (c.first.empty() || day < c.first) c.first = day;
    if (c.last.empty() || day > c.last) c.last = day;
  }
  const auto& gr = g.graph();
  for (auto [it, end] = boost::out_edges(v, gr); it != end; ++it)
    if (edge_allowed(g, *it, filter)) c.by_type[g.relation(*it).type].push_back({*it, true});
  for (auto [it, end] = boost::in_edges(v, gr); it != end; ++it)
    if (boost::source(*it, gr) != v && edge_allowed(g, *it, filter))
      c.by_type[g.relation(*it).type].push_back({*it, false});
  for (auto& [type, hops] : c.by_type)
    std::stable_sort(hops.begin(), hops.end(), [&](const Hop& a, const Hop& b) {
      return allowed_evidence_count(g, a.edge, filter) > allowed_evidence_count(g, b.edge, filter);
    });
  return c;
}

std::string title_of(const KnowledgeGraph& g, std::uint32_t doc) {
  const auto& d = g.documents()[doc];
  return d.title.empty() ? d.id : d.title;
}

void write_json(const KnowledgeGraph& g, const Resolution& r, const Card& c, const PathFilter& filter,
                std::size_t limit) {
  const Entity& e = g.entity(r.vertex);
  rapidjson::StringBuffer buf;
  json::Writer w(buf);
  w.StartObject();
  w.Key("entity");
  json::resolution(w, g, r);
  w.Key("aliases");
  json::strings(w, e.aliases);
  w.Key("mentions");
  w.Uint(e.mentions);
  w.Key("documents");
  w.StartArray();
  for (auto d : e.documents)
    if (d < g.documents().size()) {
      w.StartObject();
      io::put(w, "id", g.documents()[d].id);
      io::put(w, "title", g.documents()[d].title);
      io::put(w, "date", g.documents()[d].date);
      w.EndObject();
    }
  w.EndArray();
  io::put(w, "first_date", c.first);
  io::put(w, "last_date", c.last);
  io::put(w, "since", filter.since);
  io::put(w, "until", filter.until);
  w.Key("relations");
  w.StartArray();
  for (const auto& [type, hops] : c.by_type) {
    w.StartObject();
    io::put(w, "relation", to_string(type));
    w.Key("count");
    w.Uint64(hops.size());
    w.Key("links");
    w.StartArray();
    for (std::size_t i = 0; i < std::min(hops.size(), limit); ++i) {
      const Vertex other = hops[i].forward ? boost::target(hops[i].edge, g.graph()) : boost::source(hops[i].edge, g.graph());
      w.StartObject();
      io::put(w, "direction", hops[i].forward ? "out" : "in");
      w.Key("other");
      json::entity(w, g, other);
      io::put(w, "text", hop_line(g, hops[i], r.vertex));
      json::edge_facts(w, g, hops[i].edge, filter);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << std::string_view(buf.GetString(), buf.GetSize()) << "\n";
}

void write_text(const KnowledgeGraph& g, Vertex v, const Card& c, const PathFilter& filter, std::size_t limit) {
  const Entity& e = g.entity(v);
  std::cout << e.name << " (" << to_string(e.type) << ")\n";
  std::cout << "  aliases:   ";
  if (e.aliases.empty()) std::cout << "(none)";
  for (std::size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? ", " : "") << e.aliases[i];
  std::cout << "\n  mentions:  " << e.mentions << " in " << e.documents.size()
            << (e.documents.size() == 1 ? " document\n" : " documents\n");
  std::cout << "  dates:     " << (c.first.empty() ? "(none)" : c.first == c.last ? c.first : c.first + " .. " + c.last)
            << "\n";
  if (!e.documents.empty()) {
    std::cout << "  documents: ";
    const std::size_t shown = std::min(e.documents.size(), limit);
    for (std::size_t i = 0; i < shown; ++i) std::cout << (i ? ", " : "") << title_of(g, e.documents[i]);
    if (e.documents.size() > shown) std::cout << ", and " << e.documents.size() - shown << " more";
    std::cout << "\n";
  }
  std::size_t total = 0;
  for (const auto& [type, hops] : c.by_type) total += hops.size();
  std::cout << "  relations: " << total;
  if (!filter.since.empty() || !filter.until.empty())
    std::cout << " (evidence " << (filter.since.empty() ? "" : "since " + filter.since)
              << (filter.since.empty() || filter.until.empty() ? "" : ", ")
              << (filter.until.empty() ? "" : "until " + filter.until) << ")";
  std::cout << "\n";
  for (const auto& [type, hops] : c.by_type) {
    std::cout << "    " << to_string(type) << " (" << hops.size() << ")\n";
    const std::size_t shown = std::min(hops.size(), limit);
    for (std::size_t i = 0; i < shown; ++i) {
      const Relation& rel = g.relation(hops[i].edge);
      // The edge in its real direction, this entity first.
      std::cout << "      " << hop_line(g, hops[i], v);
      if (!rel.role.empty()) std::cout << " [role: " << rel.role << "]";
      if (!rel.what.empty()) std::cout << " [what: " << rel.what << "]";
      const std::size_t n = allowed_evidence_count(g, hops[i].edge, filter);
      std::cout << "  (" << n << (n == 1 ? " evidence)\n" : " evidences)\n");
      if (const auto ev = best_evidence(g, hops[i].edge, filter))
        std::cout << "        " << evidence_line(g, *ev) << "\n";
    }
    if (hops.size() > shown) std::cout << "      ... and " << hops.size() - shown << " more\n";
  }
}

int run(Args& args) {
  const std::string graph_file = graph_to_read(args);
  const std::size_t limit = count_option(args, {"--limit"}, 10);
  const PathFilter filter = date_filter(args);
  const bool json = json_format(args);
  const auto [g, r] = entity_query(args, graph_file, json);
  const Card c = card_of(g, r.vertex, filter);
  if (json) write_json(g, r, c, filter, limit);
  else write_text(g, r.vertex, c, filter, limit);
  return kExitOk;
}

}  // namespace

extern const Command kShowCommand{
    "show", "the card of one entity: type, aliases, mentions, relations with evidence",
    "usage: kg show NAME [-g GRAPH] [--limit N] [--relation R]... [--since DATE] [--until DATE]\n"
    "               [--format text|json]\n"
    "\n"
    "Prints the entity's type, aliases, number of mentions and documents, first and\n"
    "last date, and its relations grouped by type with counts and the best evidence\n"
    "sentence of each (at most N per type, default 10). Names resolve as in kg paths.\n"
    "--since/--until (YYYY[-MM[-DD]]) keep relations with evidence dated in range and\n"
    "count only that evidence; --relation keeps those types. --format json prints\n"
    "one object (schema: docs/CLI.md).\n"
    "\n"
    "Exit status: 0 shown; 1 unknown name or unreadable graph; 2 bad usage.\n",
    run};

}  // namespace kg::cli
