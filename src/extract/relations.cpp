// Relations by the word-window frames: the rules' cues found in each
// sentence, the frames applied to them (frame_matcher.hpp), and which entity
// types a relation's ends may have.
#include "relations.hpp"

#include <algorithm>
#include <tuple>

#include "frame_matcher.hpp"

namespace kg::extract {

bool ends_fit(RelationType r, EntityType s, EntityType o) {
  const auto actor = [](EntityType t) {
    return t == EntityType::Person || t == EntityType::Country || t == EntityType::Organization;
  };
  switch (r) {
    case RelationType::TestifiedAt:
      return s == EntityType::Person && (o == EntityType::Organization || o == EntityType::Event);
    case RelationType::LeaderOf:
    case RelationType::WorksFor:
      return s == EntityType::Person && (o == EntityType::Country || o == EntityType::Organization);
    case RelationType::Visited:
      return actor(s) && (o == EntityType::Location || o == EntityType::Country);
    default:
      return actor(s) && actor(o);
  }
}

bool may_relate(const Context& ctx, RelationType r, int subject, int object) {
  if (subject < 0 || object < 0 || subject == object ||
      !ends_fit(r, ctx.entities[static_cast<std::size_t>(subject)].type, ctx.entities[static_cast<std::size_t>(object)].type))
    return false;
  if (r == RelationType::LeaderOf || r == RelationType::WorksFor) return true;
  // A state does not sanction its own body, nor a body its state ("remains
  // under U.S. sanctions and is on the FBI's most-wanted list"): a body the
  // lexicon gives that state.
  if (r == RelationType::Sanctions) {
    const ContextEntity& a = ctx.entities[static_cast<std::size_t>(subject)];
    const ContextEntity& b = ctx.entities[static_cast<std::size_t>(object)];
    if ((a.type == EntityType::Country && b.country == a.name) || (b.type == EntityType::Country && a.country == b.name))
      return false;
  }
  // A person does not meet, pressure or sanction the body they act for.
  return !holds_post(ctx, subject, object);
}

bool holds_post(const Context& ctx, int a, int b) {
  return std::any_of(ctx.roles.begin(), ctx.roles.end(), [&](const RoleFact& role) {
    return (role.person == a && role.body == b) || (role.person == b && role.body == a);
  });
}

FrameFindings FrameMatcher::run() {
  for (std::uint32_t s = 0; s < ctx_.seg.sentences.size(); ++s) {
    const Sentence& sent = ctx_.seg.sentences[s];
    start_sentence(sent);
    // Cues found through their first word, applied in rule, cue, position order.
    hits_.clear();
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      const auto it = rules_.cues_by_first_word.find(word(sent, i));
      if (it == rules_.cues_by_first_word.end()) continue;
      for (const CueRef& c : it->second) {
        const auto& cue = rules_.rules[c.rule].cues[c.cue];
        if (i + cue.size() <= sent.last && cue_at(sent, i, cue)) hits_.push_back({c, i});
      }
    }
    std::sort(hits_.begin(), hits_.end(), [](const Hit& a, const Hit& b) {
      return std::tie(a.cue.rule, a.cue.cue, a.at) < std::tie(b.cue.rule, b.cue.cue, b.at);
    });
    for (const Hit& h : hits_) {
      const Rule& r = rules_.rules[h.cue.rule];
      apply(r, s, h.at, h.at + static_cast<std::uint32_t>(r.cues[h.cue.cue].size()));
    }
  }
  return {std::move(facts_), std::move(last_actor_)};
}

bool FrameMatcher::cue_at(const Sentence& s, std::uint32_t i, const std::vector<std::string>& cue) const {
  for (std::size_t k = 0; k < cue.size(); ++k) {
    if (word(s, i + static_cast<std::uint32_t>(k)) != cue[k]) return false;
    // Cue words are never part of a name ("Sanctions Act", "Summit Press Pool").
    const int m = ctx_.mention_at[i + k];
    if (m >= 0 && ctx_.mentions[m].kind != MentionKind::Description) return false;
  }
  return true;
}

FrameFindings find_relations(const Context& ctx, const RuleSet& rules) { return FrameMatcher(ctx, rules).run(); }

}  // namespace kg::extract
