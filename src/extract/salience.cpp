#include "salience.hpp"

#include <map>
#include <string>
#include <vector>

#include "kg/text.hpp"

namespace kg::extract {

std::optional<std::pair<int, int>> two_most_mentioned(const Context& ctx, EntityType type,
                                                      const std::function<bool(int entity)>& keep) {
  std::vector<int> count(ctx.entities.size(), 0), first(ctx.entities.size(), -1);
  for (std::size_t m = 0; m < ctx.mentions.size(); ++m) {
    const Mention& mm = ctx.mentions[m];
    if (mm.entity < 0 || mm.type != type || mm.kind == MentionKind::Demonym) continue;
    if (keep && !keep(mm.entity)) continue;
    if (count[static_cast<std::size_t>(mm.entity)]++ == 0) first[static_cast<std::size_t>(mm.entity)] = static_cast<int>(m);
  }
  int a = -1, b = -1;
  for (std::size_t e = 0; e < count.size(); ++e) {
    if (count[e] == 0) continue;
    if (a < 0 || count[e] > count[static_cast<std::size_t>(a)]) {
      b = a;
      a = static_cast<int>(e);
    } else if (b < 0 || count[e] > count[static_cast<std::size_t>(b)]) {
      b = static_cast<int>(e);
    }
  }
  if (a < 0 || b < 0) return std::nullopt;
  return std::pair{first[static_cast<std::size_t>(a)], first[static_cast<std::size_t>(b)]};
}

int most_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep,
                      bool first_on_tie) {
  std::map<int, int> named;
  int best = -1, best_entity = -1;
  for (std::size_t m = 0; m < ctx.mentions.size(); ++m) {
    const Mention& mm = ctx.mentions[m];
    if (mm.first >= before) break;
    if (mm.entity < 0 || mm.kind == MentionKind::Pronoun || !keep(mm.entity)) continue;
    const int count = ++named[mm.entity];
    if (best < 0 || mm.entity == best_entity ||
        (first_on_tie ? count > named[best_entity] : count >= named[best_entity])) {
      best = static_cast<int>(m);
      best_entity = mm.entity;
    }
  }
  return best;
}

bool body_of_its_own(const Context& ctx, int entity) {
  const ContextEntity& e = ctx.entities[static_cast<std::size_t>(entity)];
  const std::string head = fold_case(ctx.lex.body_head(e.name));
  return e.type == EntityType::Organization && !ctx.lex.in("committee_heads", head) &&
         !ctx.lex.in("state_body_heads", head) && !ctx.lex.in("public_body_heads", head);
}

int clearly_most_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep) {
  const int best = most_named_before(ctx, before, keep);
  if (best < 0) return -1;
  std::map<int, int> named;
  for (const Mention& mm : ctx.mentions) {
    if (mm.first >= before) break;
    if (mm.entity >= 0 && mm.kind != MentionKind::Pronoun && keep(mm.entity)) ++named[mm.entity];
  }
  const int top = named[ctx.mentions[static_cast<std::size_t>(best)].entity];
  for (const auto& [entity, count] : named)
    if (entity != ctx.mentions[static_cast<std::size_t>(best)].entity && count == top) return -1;
  return best;
}

int latest_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep) {
  int found = -1;
  for (std::size_t k = 0; k < ctx.mentions.size() && ctx.mentions[k].first < before; ++k)
    if (ctx.mentions[k].kind == MentionKind::Name && ctx.mentions[k].entity >= 0 && keep(ctx.mentions[k].entity))
      found = static_cast<int>(k);
  return found;
}

}  // namespace kg::extract
