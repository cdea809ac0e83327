// Acts whose ends the sentences around them tell. A counted group's members
// named in the next sentence: "The United States imposed sanctions on 17
// Saudi nationals. The Treasury's list includes A, B and C." (or "The three
// men are A, B and C"). The group's sanctioner sanctions A, B and C too. And
// the people on "the list" of the latest act before: "Also on the list are
// A and B."
#include <algorithm>
#include <cctype>

#include "kg/text.hpp"
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

// "The three men are A, chief of staff of X; B, who heads Y; and C", "The
// seven are A; B; ...",
// "Among them were A and B": the people and bodies a sentence opened by
// "The (number) <plural> are" or "Among them were" lists,
// one per item (the first name of each; items split by ";" when it has one,
// else by "," and "and"); empty for any other sentence.
std::vector<int> copula_members(const Context& ctx, std::uint32_t sentence) {
  const Sentence& s = ctx.seg.sentences[sentence];
  std::uint32_t i = s.first;
  const auto word = [&](std::uint32_t k) { return k < s.last ? to_lower_ascii(ctx.token(k)) : std::string(); };
  if (word(i) == "among" && word(i + 1) == "them") {
    // "Among them were A, B and C": the group just named.
    i += 2;
  } else {
    if (word(i) != "the") return {};
    ++i;
    const bool counted = ctx.lex.in("number_words", word(i)) ||
                         (i < s.last && std::isdigit(static_cast<unsigned char>(ctx.token(i)[0])));
    if (counted) ++i;
    // A plural noun: any noun after a number ("the three men"), or none ("The seven are").
    const std::string noun = word(i);
    if (!counted || (noun != "are" && noun != "were")) {
      if (noun.size() < 3 || (!counted && noun.back() != 's') || ctx.seg.tokens[i].capitalized) return {};
      ++i;
    }
  }
  if (word(i) != "are" && word(i) != "were") return {};
  ++i;
  bool semicolons = false;
  for (std::uint32_t k = i; k < s.last; ++k) semicolons = semicolons || ctx.token(k) == ";";
  std::vector<int> out;
  bool open = true;  // at an item's start: its first name is a member
  for (std::uint32_t k = i; k < s.last; ++k) {
    const std::string w = word(k);
    if (w == (semicolons ? ";" : ",") || (!semicolons && w == "and")) {
      // (Not an apposition: "A, the speaker of the Federation Council, and B".)
      const std::string next = word(k + 1);
      open = !((next == "the" || next == "a" || next == "an") && k + 2 < s.last &&
               !ctx.seg.tokens[k + 2].capitalized && ctx.seg.tokens[k + 2].kind == TokenKind::Word);
      continue;
    }
    if (w == "who" || w == "which" || w == "whom") open = false;
    const int m = ctx.mention_at[k];
    if (!open || m < 0 || ctx.mentions[static_cast<std::size_t>(m)].first != k) continue;
    const Mention& mm = ctx.mentions[static_cast<std::size_t>(m)];
    if (mm.kind != MentionKind::Name || (mm.type != EntityType::Person && mm.type != EntityType::Organization)) continue;
    out.push_back(mm.entity);
    open = false;
  }
  return out;
}

// How many states "the three governments" (pair_states.txt) in a sentence
// counts, or 0.
int counted_states(const Context& ctx, std::uint32_t sentence) {
  const Sentence& s = ctx.seg.sentences[sentence];
  for (std::uint32_t k = s.first; k + 2 < s.last; ++k)
    if (fold_case(ctx.token(k)) == "the" && ctx.lex.in("pair_states", fold_case(ctx.token(k + 2))))
      if (const int n = ctx.lex.count_value(fold_case(ctx.token(k + 1))); n > 1) return n;
  return 0;
}

// Whether an act in sentence `act` is among the ten sentences before `later`
// (a page's captions and asides sit between an act and the list that goes on
// naming its targets).
bool shortly_before(std::uint32_t act, std::uint32_t later) { return act < later && act + 10 >= later; }

// An act: a fact, or an act on a counted group ("sanctions on five officials").
struct Act {
  RelationType relation;
  Modality modality;
  std::uint32_t sentence;
  int subject;
  int object;  // -1 for an act on a group
  Span subject_span;
  Span object_span;  // the group's, for an act on a group
};

// The document's acts: its facts and its acts on groups; without the facts
// of "@after>" rules while those still wait for an act of their own.
std::vector<Act> acts_of(const std::vector<RawFact>& raw, const std::vector<TreeGroup>& groups, bool include_waiting) {
  std::vector<Act> acts;
  for (const RawFact& f : raw)
    if (include_waiting || !f.after_act)
      acts.push_back({f.relation, f.modality, f.sentence, f.subject, f.object, f.subject_span, f.object_span});
  for (const TreeGroup& g : groups)
    acts.push_back({g.relation, g.modality, g.sentence, g.subject, -1, g.subject_span, g.group_span});
  return acts;
}

// Whether an act of this relation occurred in the ten sentences before `later`.
bool occurred_before(const std::vector<Act>& acts, RelationType relation, std::uint32_t later) {
  return std::any_of(acts.begin(), acts.end(), [&](const Act& a) {
    return a.relation == relation && a.modality == Modality::Occurred && shortly_before(a.sentence, later);
  });
}

// "The United States imposed sanctions on A, B and C and on D. The Treasury
// designated the four under ...": a definite group that counts as many as
// the latest act of its relation in the three sentences before was on, all
// of them occurred, is those (not when its own actor is among them).
std::vector<int> counted_before(const TreeGroup& g, const std::vector<RawFact>& raw) {
  if (!g.definite || g.count < 2) return {};
  std::uint32_t latest = 0;
  bool found = false;
  for (const RawFact& f : raw)
    if (f.relation == g.relation && f.sentence < g.sentence && f.sentence + 3 >= g.sentence &&
        (!found || f.sentence > latest)) {
      latest = f.sentence;
      found = true;
    }
  if (!found) return {};
  std::vector<int> out;
  for (const RawFact& f : raw) {
    if (f.relation != g.relation || f.sentence != latest) continue;
    if (f.modality != Modality::Occurred || f.object == g.subject) return {};
    if (std::find(out.begin(), out.end(), f.object) == out.end()) out.push_back(f.object);
  }
  return static_cast<int>(out.size()) == g.count ? out : std::vector<int>{};
}

}  // namespace

void add_group_members(const Context& ctx, const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw) {
  std::vector<RawFact> added;
  // A sentence with a counted group of its own is another act ("The Treasury
  // separately blacklisted two Russian nationals, A and B"); not one that
  // names the group before again ("The four men, A, B, C and D, were
  // sanctioned by the State Department").
  const auto own_group = [&](const RawFact& f) {
    return std::any_of(groups.begin(), groups.end(), [&](const TreeGroup& h) {
      return h.relation == f.relation && h.sentence == f.sentence && !h.definite;
    });
  };
  // The members of g are named in the next sentence, or in one of the three
  // after it that names the group again ("The four men, A, B, C and D,
  // were sanctioned by the State Department").
  const auto names_members = [&](const TreeGroup& g, const RawFact& f) {
    return f.sentence == g.sentence + 1 ||
           (f.sentence > g.sentence && f.sentence <= g.sentence + 3 &&
            std::any_of(groups.begin(), groups.end(), [&](const TreeGroup& h) {
              return h.definite && h.relation == g.relation && h.sentence == f.sentence;
            }));
  };
  // "the two House committees": committees, whatever else the next sentence names.
  const auto of_kind = [&](const TreeGroup& g, int member) {
    if (!ctx.lex.in("committee_heads", fold_case(g.noun))) return true;
    return ctx.entities[static_cast<std::size_t>(member)].type == EntityType::Organization &&
           ctx.lex.in("committee_heads", fold_case(ctx.lex.body_head(ctx.entities[static_cast<std::size_t>(member)].name)));
  };
  for (const TreeGroup& g : groups) {
    if (g.named) continue;
    if (const std::vector<int> before = counted_before(g, raw); !before.empty()) {
      for (const int member : before)
        if (may_relate(ctx, g.relation, g.subject, member))
          added.push_back({g.subject, member, g.relation, g.modality, g.confidence, g.sentence, g.subject_span,
                           g.group_span, g.rule, {}, {}});
      continue;
    }
    for (const RawFact& f : raw) {
      // (Not the same actor's fact again: "The U.S. Treasury named seven
      // tycoons. The Treasury also imposed sanctions on A" has A's fact.)
      if (f.relation != g.relation || !names_members(g, f) || f.subject == g.subject ||
          !may_relate(ctx, g.relation, g.subject, f.object) ||
          other_sides(ctx, g.subject, f.subject) || own_group(f) || !of_kind(g, f.object))
        continue;
      added.push_back({g.subject, f.object, g.relation, g.modality, g.confidence, g.sentence, g.subject_span,
                       g.group_span, g.rule, {}, {}});
    }
    if (g.sentence + 1 >= ctx.seg.sentences.size()) continue;
    for (const int member : copula_members(ctx, g.sentence + 1))
      if (member >= 0 && may_relate(ctx, g.relation, g.subject, member) && of_kind(g, member))
        added.push_back({g.subject, member, g.relation, g.modality, g.confidence, g.sentence, g.subject_span,
                         g.group_span, g.rule, {}, {}});
  }
  raw.insert(raw.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

void drop_facts_without_prior_act(const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw) {
  const std::vector<Act> acts = acts_of(raw, groups, /*include_waiting=*/false);
  std::vector<RawFact> kept;
  for (RawFact& f : raw)
    if (!f.after_act || occurred_before(acts, f.relation, f.sentence)) kept.push_back(std::move(f));
  raw = std::move(kept);
}

void add_last_actors(const Context& ctx, const std::vector<TreeGroup>& groups, const std::vector<RawFact>& pending,
                     std::vector<RawFact>& raw) {
  std::vector<Act> acts = acts_of(raw, groups, /*include_waiting=*/true);
  // A planned act is announced ("said it would impose sanctions on 11
  // people"), unless its sentence only threatens it (found once a sentence).
  std::vector<signed char> threats(ctx.seg.sentences.size(), -1);
  const auto threatened = [&](std::uint32_t sentence) {
    signed char& known = threats[sentence];
    if (known < 0) {
      const Sentence& s = ctx.seg.sentences[sentence];
      known = 0;
      for (std::uint32_t k = s.first; k < s.last && known == 0; ++k)
        known = ctx.lex.in("threat_words", fold_case(ctx.token(k))) ? 1 : 0;
    }
    return known == 1;
  };
  // The act of each end of p's relation (occurred or planned) that `keep`
  // accepts, in the latest of the ten sentences before p that has such an
  // act.
  // (With `ends` > 0, the latest sentence whose acts have that many such
  // ends, if any: "in an action the three governments coordinated" is the
  // act of the three, not a later act of one of them.)
  // (With `same`, an act of p's own sentence told before p's trigger counts
  // too, and is the latest: "Washington also blacklisted A and B, whose firm,
  // C, was designated as well".)
  const auto latest_ends = [&](const RawFact& p, auto end, auto keep, int ends = 0, bool same = false) {
    const auto fits = [&](const Act& f) {
      const bool earlier_here = same && f.sentence == p.sentence && f.object_span.end <= p.subject_span.begin;
      return f.relation == p.relation && (shortly_before(f.sentence, p.sentence) || earlier_here) && keep(f) &&
             (f.modality == Modality::Occurred || (f.modality == Modality::Planned && !threatened(f.sentence)));
    };
    const auto counted = [&](std::uint32_t sentence) {
      if (ends <= 0) return true;
      std::vector<int> seen;
      for (const Act& f : acts)
        if (fits(f) && f.sentence == sentence && std::find(seen.begin(), seen.end(), end(f)) == seen.end())
          seen.push_back(end(f));
      return static_cast<int>(seen.size()) == ends;
    };
    std::vector<Act> out;
    std::uint32_t latest = 0;
    bool found = false;
    for (int pass = 0; pass < 2 && !found; ++pass, ends = 0)  // (else the latest)
      for (const Act& f : acts)
        if (fits(f) && (!found || f.sentence > latest) && counted(f.sentence)) {
          latest = f.sentence;
          found = true;
        }
    // Not an act whose agent is named after another agent's target in that
    // sentence: a later phrase's ("China imposed sanctions on 11 Americans,
    // hitting back at Washington's decision to blacklist X").
    const auto later_phrase = [&](const Act& f) {
      return std::any_of(acts.begin(), acts.end(), [&](const Act& g) {
        return fits(g) && g.sentence == latest && g.subject != f.subject && g.object_span.begin < f.subject_span.begin &&
               g.subject_span.begin < g.object_span.begin;
      });
    };
    for (const Act& f : acts)
      if (found && fits(f) && f.sentence == latest && !later_phrase(f) &&
          std::none_of(out.begin(), out.end(), [&](const Act& o) { return end(o) == end(f); }))
        out.push_back(f);
    return out;
  };
  std::vector<RawFact> added;
  for (const RawFact& p : pending) {
    // p with the subject of an act (whose modality it takes when planned).
    const auto add_subject = [&](const Act& act) {
      if (!may_relate(ctx, p.relation, act.subject, p.object)) return;
      RawFact f = p;
      f.subject = act.subject;
      if (act.modality == Modality::Planned) f.modality = act.modality;
      added.push_back(std::move(f));
    };
    // "Sweden and Denmark also imposed sanctions": on whom the latest act
    // of the ten sentences before was, other than themselves.
    if (p.object < 0) {
      const auto targets = latest_ends(
          p, [](const Act& f) { return f.object; },
          [&](const Act& f) { return f.object >= 0 && f.object != p.subject; });
      for (const Act& act : targets) {
        if (!may_relate(ctx, p.relation, p.subject, act.object)) continue;
        RawFact f = p;
        f.object = act.object;
        // ("Japan joined the sanctions. Sweden and Denmark also imposed
        // sanctions": an act found so is the latest for the next.)
        acts.push_back({f.relation, f.modality, f.sentence, f.subject, f.object, f.subject_span, f.object_span});
        added.push_back(std::move(f));
      }
      continue;
    }
    // Whoever acted earlier in p's own sentence: "Washington also
    // blacklisted A and B, whose firm, C, was designated as well".
    const auto subject_of = [](const Act& f) { return f.subject; };
    const auto any = [](const Act&) { return true; };
    if (const std::vector<Act> here = latest_ends(p, subject_of, any, 0, /*same=*/true);
        !here.empty() && here.front().sentence == p.sentence) {
      for (const Act& act : here) add_subject(act);
      continue;
    }
    // A counted group acted on in the ten sentences before ("would impose
    // sanctions on 11 Americans, ... in retaliation for Washington's
    // sanctions on Lam. Those named include A and B"): its members are
    // named, and the act's modality is theirs.
    const TreeGroup* group = nullptr;
    for (const TreeGroup& g : groups)
      if (g.relation == p.relation && shortly_before(g.sentence, p.sentence) &&
          (group == nullptr || g.sentence >= group->sentence))
        group = &g;
    if (group != nullptr) {
      if (may_relate(ctx, p.relation, group->subject, p.object)) {
        RawFact f = p;
        f.subject = group->subject;
        f.modality = group->modality;
        added.push_back(std::move(f));
      }
      continue;
    }
    // Else whoever acted in the latest sentence of the five before with an
    // act of this relation; those named for a planned act are planned too
    // ("X said it would impose sanctions on 11 people. The list names A").
    const int states = counted_states(ctx, p.sentence);
    for (const Act& act : latest_ends(p, subject_of, any, states)) add_subject(act);
  }
  raw.insert(raw.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

}  // namespace kg::extract
