// The name resolver: exact name, alias, folded forms, prefixes, name tokens.
#include "kg/resolve.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;

// Every name of an entity: canonical first, then aliases.
template <typename F>
void for_each_name(const Entity& e, F&& f) {
  f(e.name);
  for (const auto& a : e.aliases) f(a);
}

std::vector<std::string> tokens_of(std::string_view folded) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == '.' || c == ',' || c == '\'') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// The vertices for which pred(name) holds for some name.
std::vector<Vertex> scan(const KnowledgeGraph& g, const std::function<bool(const std::string&)>& pred) {
  std::vector<Vertex> out;
  for (Vertex v = 0; v < g.num_entities(); ++v) {
    bool hit = false;
    for_each_name(g.entity(v), [&](const std::string& n) { hit = hit || pred(n); });
    if (hit) out.push_back(v);
  }
  return out;
}

Resolution pick(const KnowledgeGraph& g, std::vector<Vertex> matches, std::string how) {
  std::stable_sort(matches.begin(), matches.end(),
                   [&](Vertex a, Vertex b) { return support_of(g, a) > support_of(g, b); });
  Resolution r{matches.front(), std::move(how), {}};
  r.others.assign(matches.begin() + 1, matches.end());
  return r;
}

// Adds the entities of a weaker step that are not the answer, best supported first.
void add_others(const KnowledgeGraph& g, Resolution& r, const std::vector<Vertex>& more) {
  for (Vertex v : more)
    if (v != r.vertex && std::find(r.others.begin(), r.others.end(), v) == r.others.end()) r.others.push_back(v);
  std::stable_sort(r.others.begin(), r.others.end(),
                   [&](Vertex a, Vertex b) { return support_of(g, a) > support_of(g, b); });
}

Resolution with_others(const KnowledgeGraph& g, Resolution r, const std::vector<Vertex>& more) {
  add_others(g, r, more);
  return r;
}

}  // namespace

Support support_of(const KnowledgeGraph& g, Vertex v) {
  const Entity& e = g.entity(v);
  return {e.mentions, boost::out_degree(v, g.graph()) + boost::in_degree(v, g.graph()), e.documents.size()};
}

std::vector<std::string> closest_names(const KnowledgeGraph& g, std::string_view name, std::size_t n) {
  const std::string q = fold_accents(trim(name));
  std::vector<std::pair<std::size_t, Vertex>> scored;
  for (Vertex v = 0; v < g.num_entities(); ++v) {
    std::size_t best = static_cast<std::size_t>(-1);
    for_each_name(g.entity(v), [&](const std::string& nm) {
      const std::string f = fold_accents(nm);
      best = std::min(best, edit_distance(q, f));
      for (const auto& t : tokens_of(f)) best = std::min(best, edit_distance(q, t) + 1);
    });
    scored.emplace_back(best, v);
  }
  const std::size_t m = std::min(n, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(m), scored.end(),
                    [&](const auto& a, const auto& b) {
                      if (a.first != b.first) return a.first < b.first;
                      const auto sa = support_of(g, a.second), sb = support_of(g, b.second);
                      if (sa != sb) return sa > sb;
                      return a.second < b.second;
                    });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < m; ++i) out.push_back(g.entity(scored[i].second).name);
  return out;
}

Resolution resolve_name(const KnowledgeGraph& g, std::string_view raw, const NameLexicon* lexicon) {
  const std::string_view name = trim(raw);
  if (name.empty()) throw Error("empty entity name");
  const std::string folded = fold_accents(name);
  const auto query_tokens = tokens_of(folded);

  // Entities that carry every typed word as a whole word of a longer name:
  // "Kim Yo" -> Kim Yo Jong, "Wang" -> Wang Yi and Wang Junzheng. A scan of
  // every name, so computed only by the steps that need it.
  std::optional<std::vector<Vertex>> token_matches;
  const auto token = [&]() -> const std::vector<Vertex>& {
    if (!token_matches) token_matches = scan(g, [&](const std::string& n) {
      const auto ts = tokens_of(fold_accents(n));
      if (ts.size() < 2 || ts.size() < query_tokens.size()) return false;
      return std::all_of(query_tokens.begin(), query_tokens.end(),
                         [&](const std::string& q) { return std::find(ts.begin(), ts.end(), q) != ts.end(); });
    });
    return *token_matches;
  };
  // One typed word ("Kim", "Wang", "UN") may be anyone's surname: its exact matches are
  // listed with the names that carry it. A longer exact form stays an index lookup.
  static const std::vector<Vertex> kNone;
  const auto surname_matches = [&]() -> const std::vector<Vertex>& {
    return query_tokens.size() == 1 ? token() : kNone;
  };

  // Fast steps through the name index: exact name, exact alias, loose spelling.
  const std::vector<Vertex> loose = g.find(name);
  std::vector<Vertex> exact, alias;
  for (Vertex v : loose) {
    const Entity& e = g.entity(v);
    if (e.name == name) exact.push_back(v);
    else if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) alias.push_back(v);
  }

  // A capital names its state when the state is in the graph: "Pyongyang" acts for North Korea.
  if (lexicon) {
    if (const std::string state = lexicon->state_of_capital(name); !state.empty())
      if (const auto v = g.find(state, EntityType::Country)) {
        Resolution r{*v, "capital", {}};
        std::vector<Vertex> places;  // the city itself, found through the name index
        for (Vertex u : loose)
          if (fold_case(g.entity(u).name) == fold_case(name)) places.push_back(u);
        add_others(g, r, places);
        return r;
      }
  }
  if (!exact.empty()) return pick(g, exact, "name");

  // Short forms and codes the lexicon knows ("UN", "DPRK", "USA") before the graph's own aliases,
  // which come from extraction and can be wrong.
  if (lexicon) {
    if (const auto* names = lexicon->canonical_names(name)) {
      std::vector<Vertex> known;
      for (const auto& canonical : *names)
        for (Vertex v : g.find(canonical))
          if (g.entity(v).name == canonical) known.push_back(v);
      if (!known.empty()) {
        Resolution r = pick(g, known, "lexicon alias");
        add_others(g, r, alias);
        add_others(g, r, surname_matches());
        return r;
      }
    }
  }
  // An alias competes with the entities that carry the same word in their name:
  // the best supported wins and the others are listed.
  if (!alias.empty()) {
    std::vector<Vertex> all = alias;
    for (Vertex v : surname_matches())
      if (std::find(all.begin(), all.end(), v) == all.end()) all.push_back(v);
    Resolution r = pick(g, all, "alias");
    if (std::find(alias.begin(), alias.end(), r.vertex) == alias.end()) r.how = "name token";
    return r;
  }

  const std::string cased = fold_case(name);
  if (auto m = scan(g, [&](const std::string& n) { return fold_case(n) == cased; }); !m.empty())
    return with_others(g, pick(g, m, "case-insensitive"), token());
  if (auto m = scan(g, [&](const std::string& n) { return fold_accents(n) == folded; }); !m.empty())
    return with_others(g, pick(g, m, "accent-insensitive"), token());
  if (!loose.empty()) return with_others(g, pick(g, loose, "spelling"), token());

  // Whole words before prefixes: "UK" is not a prefix match for Ukraine when a name has the word.
  if (!token().empty()) return pick(g, token(), "name token");
  const auto prefix = scan(g, [&](const std::string& n) { return fold_accents(n).starts_with(folded); });
  if (!prefix.empty()) return pick(g, prefix, "prefix");
  const auto token_prefix = scan(g, [&](const std::string& n) {
    for (const auto& t : tokens_of(fold_accents(n)))
      if (t.starts_with(folded)) return true;
    return false;
  });
  if (!token_prefix.empty()) return pick(g, token_prefix, "token prefix");

  std::string message = "no entity matches '" + std::string(name) + "'";
  const auto near = closest_names(g, name);
  if (!near.empty()) {
    message += "; did you mean: ";
    for (std::size_t i = 0; i < near.size(); ++i) message += (i ? ", " : "") + near[i];
    message += "?";
  }
  throw Error(message);
}

}  // namespace kg
