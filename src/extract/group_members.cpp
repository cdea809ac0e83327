// Acts whose ends the sentences around them tell. A counted group's members
// named in the next sentence: "The United States imposed sanctions on 17
// Saudi nationals. The Treasury's list includes A, B and C." The group's
// sanctioner sanctions A, B and C too. And the people on "the list" of the
// latest act before: "Also on the list are A and B."
#include <algorithm>

#include "relations.hpp"

namespace kg::extract {

namespace {

// Whether two actors act for different sides: states, or bodies of states
// (the lexicon's), or lexicon bodies of no state; unknown bodies may be
// either's ("Canada sanctioned four people. Rosneft was hit with sanctions
// by the EU": not Canada's).
bool other_sides(const Context& ctx, int a, int b) {
  if (a == b || a < 0 || b < 0) return false;
  const auto side = [&](int e) -> std::string {
    const ContextEntity& x = ctx.entities[static_cast<std::size_t>(e)];
    if (x.type == EntityType::Country) return x.name;
    if (!x.country.empty()) return x.country;
    return ctx.lex.phrase(ctx.lex.key_of(x.name)) ? x.name : std::string();
  };
  const std::string sa = side(a), sb = side(b);
  return !sa.empty() && !sb.empty() && sa != sb;
}

}  // namespace

void add_group_members(const Context& ctx, const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw) {
  std::vector<RawFact> added;
  for (const TreeGroup& g : groups)
    for (const RawFact& f : raw) {
      if (f.relation != g.relation || f.sentence != g.sentence + 1 || !may_relate(ctx, g.relation, g.subject, f.object) ||
          other_sides(ctx, g.subject, f.subject))
        continue;
      added.push_back({g.subject, f.object, g.relation, g.modality, g.confidence, g.sentence, g.subject_span,
                       g.group_span, g.rule, {}, {}});
    }
  raw.insert(raw.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

void add_last_actors(const Context& ctx, const std::vector<TreeGroup>& groups, const std::vector<RawFact>& pending,
                     std::vector<RawFact>& raw) {
  // Every act: a fact, or an act on a group ("sanctions on five officials").
  struct Act {
    RelationType relation;
    Modality modality;
    std::uint32_t sentence;
    int subject;
  };
  std::vector<Act> acts;
  for (const RawFact& f : raw) acts.push_back({f.relation, f.modality, f.sentence, f.subject});
  for (const TreeGroup& g : groups) acts.push_back({g.relation, g.modality, g.sentence, g.subject});
  std::vector<RawFact> added;
  for (const RawFact& p : pending) {
    // The latest sentence of the five before with an act of this relation.
    std::uint32_t latest = 0;
    bool found = false;
    for (const Act& f : acts)
      if (f.relation == p.relation && f.modality == Modality::Occurred && f.sentence < p.sentence &&
          f.sentence + 5 >= p.sentence && (!found || f.sentence > latest)) {
        latest = f.sentence;
        found = true;
      }
    if (!found) continue;
    std::vector<int> actors;
    for (const Act& f : acts)
      if (f.relation == p.relation && f.modality == Modality::Occurred && f.sentence == latest &&
          std::find(actors.begin(), actors.end(), f.subject) == actors.end())
        actors.push_back(f.subject);
    for (const int a : actors) {
      if (!may_relate(ctx, p.relation, a, p.object)) continue;
      RawFact f = p;
      f.subject = a;
      added.push_back(std::move(f));
    }
  }
  raw.insert(raw.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

}  // namespace kg::extract
