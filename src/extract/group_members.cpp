// A counted group's members named in the next sentence: "The United States
// imposed sanctions on 17 Saudi nationals. The Treasury's list includes A, B
// and C." The group's sanctioner sanctions A, B and C too.
#include <algorithm>

#include "relations.hpp"

namespace kg::extract {

void add_group_members(const Context& ctx, const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw) {
  std::vector<RawFact> added;
  for (const TreeGroup& g : groups)
    for (const RawFact& f : raw) {
      if (f.relation != g.relation || f.sentence != g.sentence + 1 || f.object == g.subject) continue;
      if (!ends_fit(g.relation, ctx.entities[static_cast<std::size_t>(g.subject)].type,
                    ctx.entities[static_cast<std::size_t>(f.object)].type))
        continue;
      // A person does not sanction the body they act for.
      const bool own = std::any_of(ctx.roles.begin(), ctx.roles.end(), [&](const RoleFact& r) {
        return (r.person == g.subject && r.body == f.object) || (r.person == f.object && r.body == g.subject);
      });
      if (own) continue;
      added.push_back({g.subject, f.object, g.relation, g.modality, g.confidence, g.sentence, g.subject_span,
                       g.group_span, g.rule, {}, {}});
    }
  raw.insert(raw.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

}  // namespace kg::extract
