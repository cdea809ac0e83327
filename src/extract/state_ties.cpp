// The state behind a body: a role towards a state's body whose name carries
// the state ("spokesman for India's Ministry of External Affairs", "Chinese
// foreign ministry spokesman X", "Pakistan Army chief X", "U.S. Treasury
// Secretary X", the head word taken from the body's full name) also ties the
// person to the state, as works_for (SCHEMA.md, judgement call 2); such a
// body acting ("China's foreign ministry announced sanctions on X") names
// its state as the actor too (call 3).
#include <algorithm>
#include <set>

#include "context.hpp"
#include "kg/text.hpp"
#include "relations.hpp"

namespace kg::extract {
namespace {

// The body's head word: before "of" when there is one ("Ministry of
// External Affairs"), else its last word.
std::string head_word(const Context& ctx, const Mention& m) {
  for (std::uint32_t k = m.first + 1; k < m.last; ++k)
    if (ctx.token(k) == "of") return fold_case(ctx.token(k - 1));
  return fold_case(ctx.token(m.last - 1));
}

struct Tie {
  int state = -1;
  Span span;
};

// The state written in or just before the body's mention m. One that only
// the body's name writes ("U.S. Treasury Secretary X" in a story that names
// the United States nowhere else) becomes an entity of its own when `add`
// (a person's tie to the state is required, SCHEMA.md call 2; a body's act
// for it is not, call 3).
Tie state_of(Context& ctx, const Mention& m, bool add) {
  // "India's Ministry ...", "the Indian ministry": a state mention before it.
  std::uint32_t k = m.first;
  if (k > 0 && ctx.possessive(k - 1)) --k;
  if (k > 0 && k - 1 >= ctx.seg.sentences[m.sentence].first) {
    const int before = ctx.mention_at[k - 1];
    if (before >= 0 && ctx.mentions[before].type == EntityType::Country && ctx.mentions[before].entity >= 0)
      return {ctx.mentions[before].entity, ctx.span_of(ctx.mentions[before])};
  }
  // "Chinese foreign ministry", "Pakistan Army": the state opens the name.
  std::vector<std::string_view> words;
  for (std::uint32_t t = m.first; t < m.last; ++t) words.push_back(ctx.token(t));
  const auto [country, n] = ctx.lex.country_opening(words);
  if (!country) return {};
  int state = ctx.entity_named(country->canonical, EntityType::Country);
  if (state < 0 && !add) return {};
  if (state < 0) {
    ContextEntity e;
    e.name = country->canonical;
    e.type = EntityType::Country;
    e.mentions = 1;
    ctx.entities.push_back(std::move(e));
    state = static_cast<int>(ctx.entities.size()) - 1;
  }
  return {state, {ctx.seg.tokens[m.first].begin, ctx.seg.tokens[m.first + n - 1].end}};
}

// The mention (a name or a pronoun) of entity e whose span starts where
// span does, in sentence s; end() when none.
std::vector<Mention>::iterator mention_at_span(Context& ctx, int e, Span span, std::uint32_t s) {
  return std::find_if(ctx.mentions.begin(), ctx.mentions.end(), [&](const Mention& m) {
    return m.sentence == s && m.entity == e && ctx.span_of(m).begin == span.begin &&
           (m.kind == MentionKind::Name || m.kind == MentionKind::Pronoun);
  });
}

// The mention of entity e whose span is span in sentence s, if it is a
// state's body ("China's foreign ministry"): the state behind it.
Tie state_behind(Context& ctx, int e, Span span, std::uint32_t s, bool add) {
  if (e < 0 || ctx.entities[e].type != EntityType::Organization) return {};
  auto body = mention_at_span(ctx, e, span, s);
  if (body == ctx.mentions.end()) return {};
  // A pronoun for the body ("a spokesman for the ministry ... He demanded"):
  // its name written last before, the state that name holds, the
  // pronoun's span.
  const bool pronoun = body->kind == MentionKind::Pronoun;
  if (pronoun) {
    const auto before = std::find_if(std::make_reverse_iterator(body), ctx.mentions.rend(),
                                     [&](const Mention& m) { return m.entity == e && m.kind == MentionKind::Name; });
    if (before == ctx.mentions.rend()) return {};
    body = std::prev(before.base());
  }
  // "U.S. Treasury Secretary X": the head of the body's full name when the
  // text writes a short one ("Treasury Department").
  const std::string& name = ctx.entities[static_cast<std::size_t>(e)].name;
  if (!ctx.lex.in("state_body_heads", head_word(ctx, *body)) &&
      !ctx.lex.in("state_body_heads", fold_case(last_word(name))))
    return {};
  Tie tie = state_of(ctx, *body, add);
  if (pronoun) tie.span = span;
  return tie;
}

// A government body's sanctions are its state's (the Treasury's listings
// are the United States'): the state the lexicon gives the body (its
// entity's country), when the document names that state (else -1).
Tie lexicon_state(const Context& ctx, int e, Span span) {
  if (e < 0 || ctx.entities[e].type != EntityType::Organization || ctx.entities[e].country.empty()) return {};
  return {ctx.entity_named(ctx.entities[e].country, EntityType::Country), span};
}

// The body whose possessive stands right before mention m ("the Treasury's
// Office of Foreign Assets Control"), in its sentence: its mention, or -1.
int owner_mention(const Context& ctx, const Mention& m) {
  if (m.kind != MentionKind::Name || m.first < 2 || !ctx.possessive(m.first - 1)) return -1;
  const int before = ctx.mention_at[m.first - 2];
  if (before < 0) return -1;
  const Mention& b = ctx.mentions[static_cast<std::size_t>(before)];
  return b.type == EntityType::Organization && b.entity >= 0 && b.entity != m.entity && b.sentence == m.sentence ? before
                                                                                                                 : -1;
}

// "the council's Libya sanctions committee": the body a possessive before
// one of entity e's names makes its owner, or -1.
int owning_body(const Context& ctx, int e) {
  if (e < 0 || ctx.entities[e].type != EntityType::Organization) return -1;
  for (const Mention& m : ctx.mentions)
    if (const int owner = m.entity == e ? owner_mention(ctx, m) : -1; owner >= 0)
      return ctx.mentions[static_cast<std::size_t>(owner)].entity;
  return -1;
}

// The body a body's name is placed in by "at" after it ("the Technical
// Services Department at Cambodia's Ministry of National Defence", past a
// state's possessive): its mention, or -1.
int body_at_after(const Context& ctx, const Mention& m) {
  std::uint32_t k = m.last;
  const std::uint32_t end = ctx.seg.sentences[m.sentence].last;
  if (k + 1 >= end || fold_case(ctx.token(k)) != "at") return -1;
  ++k;
  if (fold_case(ctx.token(k)) == "the") ++k;
  if (k < end && ctx.mention_at[k] >= 0 &&
      ctx.mentions[static_cast<std::size_t>(ctx.mention_at[k])].type == EntityType::Country) {
    k = ctx.mentions[static_cast<std::size_t>(ctx.mention_at[k])].last;
    if (k < end && ctx.possessive(k)) ++k;
  }
  if (k >= end || ctx.mention_at[k] < 0) return -1;
  const Mention& b = ctx.mentions[static_cast<std::size_t>(ctx.mention_at[k])];
  return b.first == k && b.type == EntityType::Organization && b.entity >= 0 && b.entity != m.entity ? ctx.mention_at[k]
                                                                                                   : -1;
}

// The owner of the body named at span in sentence s ("director of the
// Treasury's Office of Foreign Assets Control": the Treasury; "of the X
// Department at the Ministry of Defence": the ministry).
Tie owner_behind(Context& ctx, int e, Span span, std::uint32_t s) {
  const auto body = mention_at_span(ctx, e, span, s);
  if (body == ctx.mentions.end()) return {};
  int owner = owner_mention(ctx, *body);
  if (owner < 0) owner = body_at_after(ctx, *body);
  if (owner < 0) return {};
  const Mention& o = ctx.mentions[static_cast<std::size_t>(owner)];
  return {o.entity, ctx.span_of(o)};
}

}  // namespace

std::vector<RawFact> state_ties(Context& ctx, const std::vector<RawFact>& facts, const std::vector<TreeGroup>& groups) {
  // The states and bodies the document names as sanctioning someone ("The
  // United States imposed sanctions on 16 companies", SCHEMA.md call 3).
  std::vector<int> sanctioning;
  const auto state_acts = [&](RelationType relation, int subject) {
    if (relation == RelationType::Sanctions && subject >= 0) sanctioning.push_back(subject);
  };
  for (const auto& f : facts) state_acts(f.relation, f.subject);
  for (const auto& g : groups) state_acts(g.relation, g.subject);
  // Who holds a post of which state: a state does not act on its own
  // officials through its body ("Nigeria's Senate urged President X").
  std::set<std::pair<int, int>> officials;
  for (const auto& f : facts)
    if (f.relation == RelationType::WorksFor || f.relation == RelationType::LeaderOf)
      officials.emplace(f.subject, f.object);
  std::vector<RawFact> out;
  for (const auto& f : facts) {
    const bool role = f.relation == RelationType::WorksFor || f.relation == RelationType::LeaderOf;
    if (role) {
      const auto work_for = [&](const Tie& tie, const char* rule) {
        if (tie.state < 0 || tie.state == f.subject) return;
        RawFact g = f;
        g.relation = RelationType::WorksFor;
        g.object = tie.state;
        g.object_span = tie.span;
        g.rule = rule;
        out.push_back(std::move(g));
      };
      // A role in a body another owns is work for the owner; a role towards
      // a state's body (the owner, or the body itself) is work for the state.
      const Tie owner = owner_behind(ctx, f.object, f.object_span, f.sentence);
      work_for(owner, "owner.behind.body");
      work_for(state_behind(ctx, f.object, f.object_span, f.sentence, true), "state.behind.body");
      if (owner.state >= 0) work_for(state_behind(ctx, owner.state, owner.span, f.sentence, true), "state.behind.body");
    } else if (f.relation != RelationType::TestifiedAt) {
      // A state's body that acts names its state as the actor ("China's
      // foreign ministry announced sanctions on ..."; SCHEMA.md, call 3).
      Tie tie = state_behind(ctx, f.subject, f.subject_span, f.sentence, false);
      // A government body's sanctions are its state's, and a committee's its
      // owner's ("the council's Libya sanctions committee"), where the
      // document names that state or owner as sanctioning.
      if (tie.state < 0 && f.relation == RelationType::Sanctions) {
        tie = lexicon_state(ctx, f.subject, f.subject_span);
        if (tie.state < 0) tie = {owning_body(ctx, f.subject), f.subject_span};
        if (std::find(sanctioning.begin(), sanctioning.end(), tie.state) == sanctioning.end()) continue;
      }
      if (tie.state < 0 || tie.state == f.object || officials.contains({f.object, tie.state})) continue;
      RawFact g = f;
      g.subject = tie.state;
      g.subject_span = tie.span;
      g.rule = "state.behind.body";
      out.push_back(std::move(g));
    }
  }
  return out;
}

}  // namespace kg::extract
