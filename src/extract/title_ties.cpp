// Title ties (title_ties.hpp).
#include "title_ties.hpp"

#include <algorithm>

#include "kg/text.hpp"

namespace kg::extract {

std::vector<std::pair<int, int>> states_people(const Context& ctx, std::uint32_t i, std::uint32_t end) {
  std::vector<std::pair<int, int>> out;
  while (i + 2 < end) {
    const int state = ctx.mention_at[i];
    if (state < 0 || ctx.mentions[state].type != EntityType::Country || ctx.mentions[state].first != i) break;
    const std::uint32_t k = ctx.mentions[state].last;
    const int person = k + 1 < end && ctx.possessive(k) ? ctx.mention_at[k + 1] : -1;
    if (person < 0 || ctx.mentions[person].type != EntityType::Person || ctx.mentions[person].first != k + 1) break;
    out.emplace_back(person, state);
    i = ctx.mentions[person].last;
    if (i + 1 >= end || (ctx.token(i) != "," && ctx.token(i) != "and")) break;
    if (ctx.token(++i) == "and") ++i;
  }
  return out;
}

int listed_state(const Context& ctx, const Mention& m, bool before) {
  const std::uint32_t joiner = before ? m.first - 1 : m.last;
  if ((before && m.first < 2) || (!before && m.last + 1 >= ctx.seg.tokens.size()) ||
      (ctx.token(joiner) != "," && ctx.token(joiner) != "and"))
    return -1;
  const int other = ctx.mention_at[before ? joiner - 1 : joiner + 1];
  return other >= 0 && ctx.mentions[static_cast<std::size_t>(other)].type == EntityType::Country ? other : -1;
}

int end_entity(const Context& ctx, int m, std::uint32_t sentence) {
  const Mention& mm = ctx.mentions[static_cast<std::size_t>(m)];
  if (mm.type != EntityType::Country || mm.sentence != sentence) return mm.entity;
  // The title's anchor: m, or the state right after m in a list of them
  // that shares the title ("Seoul, Tokyo leaders", "Israeli and Palestinian leaders").
  const int next = listed_state(ctx, mm, false);
  const int anchor = next >= 0 ? next : m;
  for (const TitleSpan& t : ctx.titles) {
    if ((t.anchor != m && t.anchor != anchor) || t.person >= 0) continue;
    // "leaders" of one state are a group; of a list of states, each one's.
    if (t.role == "leaders" && anchor == m && listed_state(ctx, mm, true) < 0) continue;
    if (const int holder = post_holder(ctx, t, mm.entity); holder >= 0) return holder;
  }
  return mm.entity;
}

int post_holder(const Context& ctx, const TitleSpan& t, int body) {
  const bool any_leader = t.role == "leader" || t.role == "leaders";
  for (const RoleFact& r : ctx.roles)
    if (r.body == body && (r.role == t.role || (any_leader && r.relation == RelationType::LeaderOf))) return r.person;
  return -1;
}

RelationType department_relation(const Context& ctx, const TitleSpan& t) {
  const std::string first_word = t.role.substr(0, t.role.find(' '));
  return ctx.lex.in("deputy_words", first_word) ? RelationType::WorksFor : RelationType::LeaderOf;
}

bool anchor_head_after(const Context& ctx, const Mention& anchor, std::uint32_t k) {
  if (anchor.entity < 0 || k != anchor.last || k >= ctx.seg.tokens.size() || ctx.seg.tokens[k].capitalized) return false;
  const std::string& name = ctx.entities[static_cast<std::size_t>(anchor.entity)].name;
  const auto space = name.rfind(' ');
  return space != std::string::npos && fold_case(name.substr(space + 1)) == fold_case(ctx.token(k));
}

RelationType anchored_relation(const Context& ctx, const TitleSpan& t, const Mention& anchor) {
  // "Prime Minister X and his Italian counterpart Y", "X, the prime
  // minister, hosted his Canadian counterpart, Y": the post of the title
  // before it in the sentence.
  if (ctx.lex.in("counterpart_titles", fold_case(t.role)))
    for (auto it = ctx.titles.rbegin(); it != ctx.titles.rend(); ++it)
      if (it->sentence == t.sentence && it->last <= t.first && !ctx.lex.in("counterpart_titles", fold_case(it->role)))
        return anchored_relation(ctx, *it, anchor);
  if (t.entry.relation == RelationType::LeaderOf) {
    // "U.S. acting director X": only a head of state or government leads a state.
    if (anchor.type == EntityType::Country && !ctx.lex.in("state_leader_titles", fold_case(t.role)))
      return RelationType::WorksFor;
    // "EU trade chief X", "UN human rights chief X": a portfolio between
    // the body and the title; not "NATO's new chief X", nor "Fiji's
    // military-installed Prime Minister X" (a compound of a participle).
    // (Not another title joined to this one: "Amazon's founder and chief
    // executive, X" leads it.)
    const auto in_title = [&](std::uint32_t k) {
      return std::any_of(ctx.titles.begin(), ctx.titles.end(), [&](const TitleSpan& o) {
        return o.sentence == t.sentence && o.first <= k && k < o.last && o.last < t.first;
      });
    };
    // (Nor the body's own head word: "the Labour party leader".)
    for (std::uint32_t k = anchor.last; k < t.first; ++k) {
      const std::string w = fold_case(ctx.token(k));
      if (w.find('-') != std::string::npos && w.ends_with("ed")) continue;
      if (anchor_head_after(ctx, anchor, k)) continue;
      if (in_title(k) || (w == "and" && k + 1 == t.first && k > anchor.last && in_title(k - 1))) continue;
      if (ctx.seg.tokens[k].kind == TokenKind::Word && !ctx.seg.tokens[k].capitalized && !ctx.possessive(k) &&
          !ctx.lex.in("leader_modifiers", w))
        return RelationType::WorksFor;
    }
    // "EU Trade Commissioner X": a capitalised portfolio the title opens with.
    if (anchor.type == EntityType::Organization && t.first < ctx.seg.tokens.size() &&
        ctx.lex.in("title_complements", ctx.token(t.first)) && t.role.find(' ') != std::string::npos)
      return RelationType::WorksFor;
    return RelationType::LeaderOf;
  }
  if (t.entry.relation != RelationType::WorksFor || anchor.type != EntityType::Organization) return t.entry.relation;
  const std::string role = fold_case(t.role);
  const std::string first_word = role.substr(0, role.find(' '));
  const std::string last_word = role.substr(role.rfind(' ') + 1);
  // "Deputy Treasury Secretary X": the deputy word may open the title before the anchor.
  const bool deputy = ctx.lex.in("deputy_words", first_word) ||
                      (anchor.first > 0 && ctx.lex.in("deputy_words", fold_case(ctx.token(anchor.first - 1))));
  // "Treasury Secretary X" heads the department; "Pentagon press secretary
  // X" holds a post in it, and so does "Security Council Secretary X" in a
  // council or a committee (no department).
  const bool portfolio = first_word != last_word && !ctx.lex.in("leader_modifiers", first_word);
  const bool council = ctx.lex.in("collegial_heads", fold_case(ctx.lex.body_head(anchor.canonical)));
  // "Labour's shadow home secretary X": a lower-case portfolio between the
  // body and the title is a post in the body, not its head.
  bool words_between = false;
  for (std::uint32_t k = anchor.last; k < t.first; ++k)
    words_between = words_between || (ctx.seg.tokens[k].kind == TokenKind::Word && !ctx.seg.tokens[k].capitalized &&
                                      !ctx.possessive(k));
  if (ctx.lex.in("department_head_titles", last_word) && !deputy && !portfolio && !council && !words_between)
    return RelationType::LeaderOf;
  return t.entry.relation;
}

int legislature_of_title(const Context& ctx, const TitleSpan& t) {
  if (t.anchor >= 0 || t.list_anchor >= 0 || !ctx.lex.in("legislature_titles", fold_case(t.role))) return -1;
  int found = -1;
  for (const Mention& mm : ctx.mentions) {
    if (mm.entity < 0 || mm.type != EntityType::Organization) continue;
    const std::string& name = ctx.entities[static_cast<std::size_t>(mm.entity)].name;
    if (!ctx.lex.in("legislature_heads", fold_case(ctx.lex.body_head(name))) &&
        !ctx.lex.in("legislature_heads", fold_case(last_word(name))))
      continue;
    if (ctx.lex.in("committee_heads", fold_case(last_word(name)))) continue;
    if (found >= 0 && found != mm.entity) return -1;
    found = mm.entity;
  }
  return found;
}

}  // namespace kg::extract
