// The name resolver: exact name, alias, folded forms, prefixes, name tokens.
#include "kg/resolve.hpp"

#include <algorithm>
#include <functional>
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

Resolution resolve_name(const KnowledgeGraph& g, std::string_view raw) {
  const std::string_view name = trim(raw);
  if (name.empty()) throw Error("empty entity name");

  // Fast steps through the name index: exact name, exact alias, loose spelling.
  const std::vector<Vertex> loose = g.find(name);
  std::vector<Vertex> exact, alias;
  for (Vertex v : loose) {
    const Entity& e = g.entity(v);
    if (e.name == name) exact.push_back(v);
    else if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) alias.push_back(v);
  }
  if (!exact.empty()) return pick(g, exact, "name");
  if (!alias.empty()) return pick(g, alias, "alias");

  const std::string cased = fold_case(name);
  if (auto m = scan(g, [&](const std::string& n) { return fold_case(n) == cased; }); !m.empty())
    return pick(g, m, "case-insensitive");
  std::string folded = fold_accents(name);
  if (auto m = scan(g, [&](const std::string& n) { return fold_accents(n) == folded; }); !m.empty())
    return pick(g, m, "accent-insensitive");
  if (!loose.empty()) return pick(g, loose, "spelling");

  // Beyond here, parts of names: an acronym ("UN") matches them only as
  // written ("UN Security Council"), never a word that folds to it ("Kim Jong Un").
  bool acronym = name.size() <= 6;
  for (std::size_t i = 0; i < name.size() && acronym;) {
    const char32_t c = next_code_point(name, i);
    acronym = !is_lower_cp(c) && c != ' ';
  }
  const auto fold = [&](const std::string& n) { return acronym ? n : fold_accents(n); };
  if (acronym) folded = std::string(name);

  const auto prefix = scan(g, [&](const std::string& n) { return fold(n).starts_with(folded); });
  if (prefix.size() == 1) return pick(g, prefix, "prefix");
  const auto token = scan(g, [&](const std::string& n) {
    const auto ts = tokens_of(fold(n));
    return ts.size() > 1 && std::find(ts.begin(), ts.end(), folded) != ts.end();
  });
  if (!token.empty()) return pick(g, token, "name token");
  if (!prefix.empty()) return pick(g, prefix, "prefix");
  const auto token_prefix = scan(g, [&](const std::string& n) {
    for (const auto& t : tokens_of(fold(n)))
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
