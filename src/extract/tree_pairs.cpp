// Pairs in tree ends: "they", "the two", "both leaders", "the two sides",
// "the companies" stand for the pair just named, else for the subject and
// object of the clause theirs goes on from, else (people, states) for the
// document's two most-mentioned people holding that title or states served
// by people it gives a role.
#include <algorithm>

#include "kg/text.hpp"
#include "salience.hpp"
#include "tree_matcher.hpp"

namespace kg::extract::tree {

std::optional<EntityType> TreeMatcher::pair_kind(int node, bool& named) const {
  const std::string form = to_lower_ascii(tok(node).form);
  named = false;
  if (tok(node).upos == "PRON" || tok(node).upos == "DET") {
    named = ctx_.lex.in("pair_pronouns", form);
    // "held separate talks with each of them": "each" of a pair pronoun.
    if (form == "each")
      for (const int k : children_[static_cast<std::size_t>(node)])
        named = named || (has_label(tok(k).deprel, "nmod") && ctx_.lex.in("pair_pronouns", to_lower_ascii(tok(k).form)));
    return std::nullopt;
  }
  // "as the two sat down": the number with its article and no noun.
  if (tok(node).upos == "NUM" && lemmas_[static_cast<std::size_t>(node)] == "two") {
    const auto& kids = children_[static_cast<std::size_t>(node)];
    named = std::any_of(kids.begin(), kids.end(), [&](int k) { return lemmas_[static_cast<std::size_t>(k)] == "the"; });
    return std::nullopt;
  }
  // "the two Americans": two people of that state (compatriots_before).
  if (plural_demonym_state(node) >= 0) {
    const auto& kids = children_[static_cast<std::size_t>(node)];
    named = std::any_of(kids.begin(), kids.end(), [&](int k) { return lemmas_[static_cast<std::size_t>(k)] == "two"; }) &&
            std::any_of(kids.begin(), kids.end(), [&](int k) { return lemmas_[static_cast<std::size_t>(k)] == "the"; });
    return named ? std::optional<EntityType>(EntityType::Person) : std::nullopt;
  }
  const bool people = ctx_.lex.in("pair_people", form), states = ctx_.lex.in("pair_states", form);
  const bool bodies = ctx_.lex.in("pair_bodies", form), sides = ctx_.lex.in("pair_sides", form);
  if (!people && !states && !bodies && !sides) return std::nullopt;
  // "the brothers", "the couple" just named are them too (words/pair_kin.txt).
  const bool kin = people && ctx_.lex.in("pair_kin", form);
  // "the two officials", not "two officials" (a pair the text introduces).
  const auto& kids = children_[static_cast<std::size_t>(node)];
  const bool definite = std::any_of(kids.begin(), kids.end(), [&](int k) {
    return tok(k).deprel == "det" || tok(k).deprel == "nmod:poss";
  });
  for (const int k : kids) {
    const std::string& d = lemmas_[static_cast<std::size_t>(k)];
    // "the companies" just named stand for them too; "the leaders" may be others.
    if (d == "both" || (d == "two" && definite) || ((bodies || kin) && d == "the")) {
      named = true;
      if (sides) return std::nullopt;  // states or bodies
      return people ? EntityType::Person : bodies ? EntityType::Organization : EntityType::Country;
    }
  }
  return std::nullopt;
}

int TreeMatcher::plural_demonym_state(int node) const {
  const std::string& written = tok(node).form;
  if (written.size() < 5 || written.back() != 's' || tok(node).upos != "PROPN") return -1;
  const auto* entries = ctx_.lex.phrase(ctx_.lex.key_of(std::string_view(written).substr(0, written.size() - 1)));
  if (entries == nullptr) return -1;
  for (const PhraseEntry& e : *entries)
    if (e.kind == PhraseKind::Demonym) return ctx_.entity_named(e.canonical, EntityType::Country);
  return -1;
}

std::vector<int> TreeMatcher::compatriots_before(int node, int state) const {
  // The latest two people named before the node, in its sentence or the
  // three before, whom the document ties to the state.
  std::vector<int> out;
  const std::uint32_t at = tok(node).token;
  for (std::size_t m = ctx_.mentions.size(); m-- > 0 && out.size() < 2;) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.first >= at || mm.sentence > sentence_) continue;
    if (mm.sentence + 3 < sentence_) break;
    if (mm.type != EntityType::Person || mm.entity < 0 || mm.kind == MentionKind::Pronoun) continue;
    const bool tied = std::any_of(ctx_.roles.begin(), ctx_.roles.end(),
                                  [&](const RoleFact& r) { return r.person == mm.entity && r.body == state; });
    if (tied && std::none_of(out.begin(), out.end(), [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      out.push_back(static_cast<int>(m));
  }
  if (out.size() < 2) return {};
  return {out[1], out[0]};
}

std::size_t TreeMatcher::counted_pair_noun(int node, EntityType& kind) const {
  const std::string noun = to_lower_ascii(tok(node).form);
  if (ctx_.lex.in("pair_people", noun)) kind = EntityType::Person;
  else if (ctx_.lex.in("pair_states", noun)) kind = EntityType::Country;
  else return 0;
  bool the = false;
  std::size_t count = 0;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    const std::string& d = lemmas_[static_cast<std::size_t>(k)];
    the = the || d == "the";
    if (tok(k).upos != "NUM") continue;
    // Three to ten ("the two" are a pair, pair_before).
    const int value = ctx_.lex.count_value(d);
    if (value >= 3 && value <= 10) count = static_cast<std::size_t>(value);
  }
  return the ? count : 0;
}

std::vector<int> TreeMatcher::named_before(int node, std::size_t count, EntityType kind) const {
  // The latest list of exactly `count` people (or states) before the node;
  // else the first `count` named from the sentence before up to the node
  // (the group is introduced first; asides about others trail: "X hosted A,
  // B and C at a hotel where D ..."); none if fewer are.
  if (std::vector<int> listed = listed_before(node, count, kind); !listed.empty()) return listed;
  std::vector<int> out;
  const std::uint32_t at = tok(node).token;
  for (std::size_t m = 0; m < ctx_.mentions.size() && out.size() < count; ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.sentence + 1 < sentence_) continue;
    if (mm.sentence > sentence_ || mm.last > at) break;
    if (mm.entity < 0 || mm.type != kind || mm.kind == MentionKind::Pronoun) continue;
    if (std::none_of(out.begin(), out.end(), [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      out.push_back(static_cast<int>(m));
  }
  if (out.size() < count) return {};
  return out;
}

std::vector<int> TreeMatcher::listed_before(int node, std::size_t count, EntityType kind) const {
  // "Saudi Arabia, the UAE, Bahrain and Egypt ... (sentences later) ... the
  // four countries must": the latest list of exactly `count` of them.
  const std::uint32_t at = tok(node).token;
  std::vector<int> run, best;
  const auto close = [&] {
    if (run.size() == count) best = run;
    run.clear();
  };
  for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.last > at) break;
    if (mm.entity < 0 || mm.type != kind || mm.kind == MentionKind::Pronoun || mm.kind == MentionKind::Demonym) continue;
    if (!run.empty() && !listed_next(ctx_.mentions[static_cast<std::size_t>(run.back())], mm)) close();
    if (std::none_of(run.begin(), run.end(), [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      run.push_back(static_cast<int>(m));
  }
  close();
  return best;
}

bool TreeMatcher::listed_next(const Mention& a, const Mention& b) const {
  if (a.sentence != b.sentence || b.first < a.last) return false;
  // (Past a place of each item: "A of Britain, B of Canada and C of Norway";
  // past the title and state before a person: "A, South African President B
  // and Chad's C"; past a "who" aside closed by its comma: "A, who chairs
  // the panel, B and C".)
  const bool people = a.type == EntityType::Person;
  const auto titled = [&](std::uint32_t k) {
    return std::any_of(ctx_.titles.begin(), ctx_.titles.end(),
                       [&](const TitleSpan& t) { return t.first <= k && k < t.last; });
  };
  for (std::uint32_t k = a.last; k < b.first; ++k) {
    const std::string w = fold_case(ctx_.token(k));
    if (people && w == "," && k + 1 < b.first && fold_case(ctx_.token(k + 1)) == "who") {
      std::uint32_t close = k + 2;
      while (close < b.first && ctx_.token(close) != ",") ++close;
      if (close == b.first) return false;
      k = close;
      continue;
    }
    const bool place = people && (w == "of" || ctx_.mention_at[k] >= 0 || ctx_.possessive(k) || titled(k));
    if (w != "," && w != "and" && w != "the" && w != "or" && !place) return false;
  }
  return true;
}

std::vector<int> TreeMatcher::group_opening_sentence_before() const {
  if (sentence_ == 0) return {};
  const Sentence& before = ctx_.seg.sentences[sentence_ - 1];
  std::vector<int> run;
  for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.sentence < sentence_ - 1 || mm.kind == MentionKind::Pronoun || mm.kind == MentionKind::Demonym) continue;
    if (mm.sentence >= sentence_) break;
    if (run.empty()) {
      // The list opens the sentence, past a title or two ("Presidents A, ...").
      if (mm.type != EntityType::Person || mm.entity < 0 || mm.first > before.first + 2) return {};
      run.push_back(static_cast<int>(m));
      continue;
    }
    const Mention& last = ctx_.mentions[static_cast<std::size_t>(run.back())];
    if (mm.type == EntityType::Person && mm.entity >= 0 && listed_next(last, mm)) {
      run.push_back(static_cast<int>(m));
      continue;
    }
    // (A place of the item before: "A of Portugal, B of Spain".)
    if (mm.type != EntityType::Person && listed_next(last, mm)) continue;
    break;
  }
  if (run.size() < 3) return {};
  return run;
}

std::size_t TreeMatcher::counted_group_opening_sentence_before(EntityType& kind) const {
  if (sentence_ == 0) return 0;
  const Sentence& before = ctx_.seg.sentences[sentence_ - 1];
  // "the <number> <people or states>" among its first words (past a time: "On Tuesday morning").
  for (std::uint32_t k = before.first; k + 2 < before.last && k < before.first + 5; ++k) {
    if (fold_case(ctx_.token(k)) != "the") continue;
    const std::string number = fold_case(ctx_.token(k + 1));
    const std::string noun = fold_case(ctx_.token(k + 2));
    const int value = ctx_.lex.count_value(number);
    if (value < 3 || value > 10) return 0;
    if (ctx_.lex.in("pair_people", noun)) kind = EntityType::Person;
    else if (ctx_.lex.in("pair_states", noun)) kind = EntityType::Country;
    else return 0;
    return static_cast<std::size_t>(value);
  }
  return 0;
}

std::vector<int> TreeMatcher::pair_before(int node) const {
  // "The six ministers dined together", "the four countries must ...": the
  // six people (four states) the document listed last (named_before).
  EntityType counted = EntityType::Person;
  if (const std::size_t count = counted_pair_noun(node, counted); count > 0) return named_before(node, count, counted);
  // "Presidents A, B and C arrived on Tuesday. They (The leaders) met X":
  // a subject "they", or a plural noun for people with only "the", after
  // three or more people listed at the opening of the sentence before.
  if (has_label(tok(node).deprel, "nsubj")) {
    const std::string form = to_lower_ascii(tok(node).form);
    const auto& kids = children_[static_cast<std::size_t>(node)];
    const bool they = tok(node).upos == "PRON" && form == "they";
    const bool people = tok(node).upos == "NOUN" && ctx_.lex.in("pair_people", form) && !kids.empty() &&
                        std::all_of(kids.begin(), kids.end(), [&](int k) { return lemmas_[static_cast<std::size_t>(k)] == "the"; });
    if (they || people)
      if (std::vector<int> group = group_opening_sentence_before(); !group.empty()) return group;
    // "On Tuesday the four leaders were driven to X. They spent two hours
    // with Y": "they" after a counted group that the sentence before opens
    // with is that group.
    EntityType counted_kind = EntityType::Person;
    if (they)
      if (const std::size_t count = counted_group_opening_sentence_before(counted_kind); count > 0)
        if (std::vector<int> group = named_before(node, count, counted_kind); !group.empty()) return group;
  }
  bool names_pair = false;
  const std::optional<EntityType> kind = pair_kind(node, names_pair);
  if (!names_pair) return {};
  if (const int state = plural_demonym_state(node); state >= 0) return compatriots_before(node, state);
  // "EU foreign ministers are expected to agree ... when they meet": a
  // pronoun after a plural subject of its sentence that names no pair
  // stands for that subject.
  if (tok(node).upos == "PRON")
    for (int k = 0; k < node; ++k) {
      bool pair = false;
      pair_kind(k, pair);
      if (has_label(tok(k).deprel, "nsubj") && (tok(k).xpos == "NNS" || tok(k).xpos == "NNPS") &&
          ctx_.mention_at[tok(k).token] < 0 && !pair)
        return {};
    }
  // "Both governments want B to ..., A and C said": the two who say it.
  if (kind && has_label(tok(node).deprel, "nsubj") && tok(node).head >= 0) {
    const int clause = tok(node).head;
    const int verb = tok(clause).head;
    if (verb >= 0 && (tok(clause).deprel == "ccomp" || tok(clause).deprel == "parataxis") &&
        ctx_.lex.in("speech_verbs", lemmas_[static_cast<std::size_t>(verb)]))
      for (const int k : children_[static_cast<std::size_t>(verb)]) {
        if (!has_label(tok(k).deprel, "nsubj")) continue;
        std::vector<int> nodes, two;
        conjuncts(k, nodes);
        for (const int n : nodes)
          if (const int m = mention_of(n); m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == *kind)
            two.push_back(m);
        if (two.size() == 2) return two;
      }
  }
  const std::uint32_t at = tok(node).token;
  const std::uint32_t from = ctx_.seg.sentences[sentence_ > 3 ? sentence_ - 3 : 0].first;
  // "the two sides": a state and a body as well as two of either.
  const bool sides = ctx_.lex.in("pair_sides", to_lower_ascii(tok(node).form));
  // "A raised the drilling with B when the two met": "the two" (no noun)
  // after two people its own sentence names is those two.
  if (!kind && !sides && tok(node).upos == "NUM")
    if (std::vector<int> same = pair_earlier_in_sentence(node, EntityType::Person, -1); !same.empty()) return same;
  // "A raised the crisis with B when they met": "they" opening a clause hung
  // from one whose subject and "with" oblique are two people is those two.
  if (tok(node).upos == "PRON" && has_label(tok(node).deprel, "nsubj"))
    if (std::vector<int> two = subject_and_partner(tok(node).head); !two.empty()) return two;
  const auto actor = [](const Mention& m) {
    return m.type == EntityType::Country || m.type == EntityType::Organization;
  };
  std::vector<int> best;
  for (std::uint32_t k = from; k + 1 < at; ++k) {
    if (fold_case(ctx_.token(k)) != "and" || k == 0) continue;
    const int a = state_of_government_before(k), b = pair_member_at(k + 1, at);
    if (a < 0 || b < 0) continue;
    const Mention& ma = ctx_.mentions[static_cast<std::size_t>(a)];
    const Mention& mb = ctx_.mentions[static_cast<std::size_t>(b)];
    if (mb.last > at || ma.entity == mb.entity || ma.kind == MentionKind::Demonym) continue;
    // (Not the pair a relative clause holding the noun is about: "Iraq and
    // Oman, which hosted talks between the two sides".)
    if (ma.sentence == sentence_ && relative_clause_holds(mb.last, node)) continue;
    // ("the sanctions they imposed": "they" after "the United States and the
    // European Union" in its sentence is a state and a body too.)
    const bool mixed = sides || (tok(node).upos == "PRON" && has_label(tok(node).deprel, "nsubj") &&
                                 ma.sentence == sentence_ && actor(ma) && actor(mb));
    if (mixed ? !actor(ma) || !actor(mb) : ma.type != mb.type) continue;
    if (!mixed && ma.type != EntityType::Person && ma.type != EntityType::Country && kind != EntityType::Organization)
      continue;
    if (kind && ma.type != *kind) continue;
    best = {a, b};
  }
  if (best.empty()) best = pair_of_clause(node);
  // Else two sides are two states, like two countries.
  const std::optional<EntityType> fallback = sides ? EntityType::Country : kind;
  const int besides = object_clause_subject(node);
  if (best.empty() && fallback && *fallback != EntityType::Organization)
    best = pair_earlier_in_sentence(node, *fallback, besides);
  // "X designated A, who ..., and B, whom .... Britain's list included both
  // men": the two people listed together last, in its sentence or the one
  // before (not for a title: "the two presidents" are the two who hold it).
  if (best.empty() && fallback == EntityType::Person &&
      ctx_.lex.title(singular_of(to_lower_ascii(tok(node).form))) == nullptr)
    if (std::vector<int> listed = listed_before(node, 2, EntityType::Person);
        !listed.empty() && ctx_.mentions[static_cast<std::size_t>(listed.front())].sentence + 1 >= sentence_)
      best = listed;
  // "standing beside Mr A after the two men had held talks, B said": the
  // two people of its own sentence, one of them named after it.
  if (best.empty() && fallback == EntityType::Person) best = only_pair_of_sentence(besides);
  if (best.empty() && fallback && *fallback != EntityType::Organization)
    best = most_mentioned_pair(*fallback, to_lower_ascii(tok(node).form), besides);
  // "is due to receive both rivals": such sides (words/pair_rivals.txt) are
  // the story's principal pair, two people where the document's two most-mentioned people are named
  // more often than its two most-mentioned states (counting the lesser of each pair).
  if (sides && (best.empty() || best.size() == 2) && ctx_.lex.in("pair_rivals", to_lower_ascii(tok(node).form)))
    if (std::vector<int> people = most_mentioned_pair(EntityType::Person, {}, besides); people.size() == 2) {
      const auto lesser = [&](const std::vector<int>& pair) {
        int fewest = -1;
        for (const int m : pair) {
          const int e = ctx_.mentions[static_cast<std::size_t>(m)].entity;
          const auto n = static_cast<int>(std::count_if(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& x) {
            return x.entity == e && x.kind != MentionKind::Demonym;
          }));
          fewest = fewest < 0 ? n : std::min(fewest, n);
        }
        return fewest;
      };
      if (best.empty() ||
          (ctx_.mentions[static_cast<std::size_t>(best[0])].type == EntityType::Country && lesser(people) > lesser(best)))
        best = people;
    }
  return best;
}

bool TreeMatcher::relative_clause_holds(std::uint32_t after, int node) const {
  for (int r = 0; r < static_cast<int>(sent_->size()); ++r) {
    const std::uint32_t t = tok(r).token;
    if ((t != after && !(t == after + 1 && ctx_.token(after) == ",")) || !relative_pronoun(r)) continue;
    const int verb = tok(r).head;
    return verb >= 0 && dominates(verb, node);
  }
  return false;
}

int TreeMatcher::state_of_government_before(std::uint32_t k) const {
  // The name right before k, or the state whose government ends there
  // ("Ethiopia's federal government and the TPLF").
  if (const int m = ctx_.mention_at[k - 1]; m >= 0) return m;
  if (!ctx_.lex.in("government_words", ctx_.token(k - 1))) return -1;
  std::uint32_t j = k - 1;
  while (j > 1 && k - j < 3 && !ctx_.possessive(j - 1) && ctx_.seg.tokens[j - 1].kind == TokenKind::Word &&
         !ctx_.seg.tokens[j - 1].capitalized)
    --j;
  if (j < 2 || !ctx_.possessive(j - 1)) return -1;
  const int m = ctx_.mention_at[j - 2];
  return m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country &&
                 ctx_.mentions[static_cast<std::size_t>(m)].last == j - 1
             ? m
             : -1;
}

std::vector<int> TreeMatcher::pair_of_clause(int node) const {
  // Up from the pair's verb through the clauses it goes on from, to the
  // verb with a subject and an object.
  int verb = tok(node).head;
  while (verb >= 0) {
    int a = -1, b = -1;
    for (const int k : children_[static_cast<std::size_t>(verb)]) {
      if (tok(k).deprel == "nsubj") a = mention_of(k);
      if (tok(k).deprel == "obj") b = mention_of(k);
    }
    if (a >= 0 && b >= 0) {
      const Mention& ma = ctx_.mentions[static_cast<std::size_t>(a)];
      const Mention& mb = ctx_.mentions[static_cast<std::size_t>(b)];
      if (ma.type == mb.type && ma.entity != mb.entity &&
          (ma.type == EntityType::Person || ma.type == EntityType::Country))
        return {a, b};
      return {};
    }
    const std::string_view d = tok(verb).deprel;
    if (d != "advcl" && d != "conj" && d != "parataxis") return {};
    verb = tok(verb).head;
  }
  return {};
}

int TreeMatcher::object_clause_subject(int node) const {
  const std::string_view d = tok(node).deprel;
  const int verb = tok(node).head;
  if (verb < 0 || (d != "obj" && d != "iobj" && !has_label(d, "obl"))) return -1;
  for (const int k : children_[static_cast<std::size_t>(verb)])
    if (tok(k).deprel == "nsubj")
      if (const int m = mention_of(k); m >= 0) return ctx_.mentions[static_cast<std::size_t>(m)].entity;
  return -1;
}

std::vector<int> TreeMatcher::subject_and_partner(int clause) const {
  if (clause < 0 || tok(clause).deprel != "advcl" || tok(clause).head < 0) return {};
  int subject = -1, partner = -1;
  const int verb = tok(clause).head;
  for (const int k : children_[static_cast<std::size_t>(verb)]) {
    if (has_label(tok(k).deprel, "nsubj")) subject = mention_of(k);
    if (has_label(tok(k).deprel, "obl") && introduced_by(k, {"with"})) partner = mention_of(k);
  }
  // ("A had urged X ..., and raised it with B when they met": the first conjunct's subject.)
  if (subject < 0 && tok(verb).deprel == "conj" && tok(verb).head >= 0)
    for (const int k : children_[static_cast<std::size_t>(tok(verb).head)])
      if (has_label(tok(k).deprel, "nsubj")) subject = mention_of(k);
  if (subject < 0 || partner < 0) return {};
  const Mention& a = ctx_.mentions[static_cast<std::size_t>(subject)];
  const Mention& b = ctx_.mentions[static_cast<std::size_t>(partner)];
  if (a.type != EntityType::Person || b.type != EntityType::Person || a.entity < 0 || a.entity == b.entity) return {};
  return {subject, partner};
}

std::vector<int> TreeMatcher::pair_earlier_in_sentence(int node, EntityType kind, int besides) const {
  // "he was due to sit down with Lavrov ..., the first talks between the two
  // men": the last two of that kind the sentence names before the pair.
  std::vector<int> out;
  const std::uint32_t at = tok(node).token;
  for (std::size_t m = ctx_.mentions.size(); m-- > 0 && out.size() < 2;) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.sentence != sentence_ || mm.last > at || mm.entity < 0 || mm.type != kind ||
        mm.kind == MentionKind::Demonym || mm.entity == besides)
      continue;
    // (The names a relative clause holding the pair is about are not the
    // pair: "Iraq and Oman, which hosted talks between the two sides".)
    if (out.empty() && relative_clause_holds(mm.last, node)) return {};
    if (std::none_of(out.begin(), out.end(), [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      out.push_back(static_cast<int>(m));
  }
  if (out.size() < 2) return {};
  return {out[1], out[0]};
}

std::vector<int> TreeMatcher::only_pair_of_sentence(int besides) const {
  std::vector<int> out;
  for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.sentence != sentence_ || mm.type != EntityType::Person || mm.entity < 0 ||
        mm.kind == MentionKind::Pronoun || mm.entity == besides)
      continue;
    if (std::none_of(out.begin(), out.end(),
                     [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      out.push_back(static_cast<int>(m));
  }
  return out.size() == 2 ? out : std::vector<int>{};
}

int TreeMatcher::pair_member_at(std::uint32_t p, std::uint32_t end) const {
  // (Past a determiner: "A and his Ivorian counterpart, B", "A and the bloc's envoy, B".)
  if (const std::string w = fold_case(ctx_.token(p));
      p + 1 < end && (ctx_.lex.in("possessive_determiners", w) || w == "the" || w == "his" || w == "her"))
    ++p;
  for (const TitleSpan& t : ctx_.titles) {
    if (t.person < 0) continue;
    const Mention& person = ctx_.mentions[static_cast<std::size_t>(t.person)];
    if (ctx_.title_start(t) == p && person.first > p && person.last <= end) return t.person;
  }
  const int m = ctx_.mention_at[p];
  return m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].first == p ? m : -1;
}

std::vector<int> TreeMatcher::committees_before(int node) const {
  const std::string form = to_lower_ascii(tok(node).form);
  if (form.size() < 2 || form.back() != 's' || !ctx_.lex.in("committee_heads", form.substr(0, form.size() - 1)))
    return {};
  std::vector<int> out;  // mentions of distinct committees, latest first
  for (std::size_t m = ctx_.mentions.size(); m-- > 0 && out.size() < 2;) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.last > tok(node).token || mm.entity < 0 || mm.kind != MentionKind::Name || !committee(mm.entity)) continue;
    if (std::none_of(out.begin(), out.end(), [&](int o) { return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity; }))
      out.push_back(static_cast<int>(m));
  }
  return out.size() == 2 ? out : std::vector<int>{};
}

std::vector<int> TreeMatcher::family_before(int node) const {
  const std::string_view form = tok(node).form;
  if (form.size() < 4 || form.back() != 's' || !is_upper_cp(static_cast<unsigned char>(form.front()))) return {};
  const std::string family = loose_key(form.substr(0, form.size() - 1));
  const std::uint32_t at = tok(node).token;
  std::vector<int> latest;  // per person entity, its latest mention before the node
  for (std::size_t m = 0; m < ctx_.mentions.size() && ctx_.mentions[m].last <= at; ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.type != EntityType::Person || mm.kind != MentionKind::Name || mm.entity < 0 || mm.last - mm.first < 2 ||
        loose_key(ctx_.token(mm.last - 1)) != family)
      continue;
    const auto same = std::find_if(latest.begin(), latest.end(), [&](int o) {
      return ctx_.mentions[static_cast<std::size_t>(o)].entity == mm.entity;
    });
    if (same != latest.end()) *same = static_cast<int>(m);
    else latest.push_back(static_cast<int>(m));
  }
  if (latest.size() < 2) latest.clear();
  return latest;
}

bool TreeMatcher::titled_as(int entity, const std::string& plural) const {
  const std::string singular = singular_of(plural);
  for (const auto& t : ctx_.titles) {
    if (t.person < 0 || ctx_.mentions[static_cast<std::size_t>(t.person)].entity != entity) continue;
    const std::string role = fold_case(t.role);
    if (role.substr(role.rfind(' ') + 1) == singular) return true;
    if (singular == "leader" && t.entry.relation == RelationType::LeaderOf) return true;
  }
  return false;
}

std::vector<int> TreeMatcher::most_mentioned_pair(EntityType type, const std::string& noun, int besides) const {
  // People must hold the title the noun names, when two of them do; states
  // must be served by a person the document gives a role, when two of them
  // are ("Xi told Blinken the two countries should …": China and the United
  // States, though Russia is named more often).
  std::vector<bool> kept(ctx_.entities.size(), false);
  int n_kept = 0;
  const auto mark = [&](int e) {
    if (e >= 0 && !kept[static_cast<std::size_t>(e)]) {
      kept[static_cast<std::size_t>(e)] = true;
      ++n_kept;
    }
  };
  if (type == EntityType::Person)
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      if (ctx_.entities[e].type == type && titled_as(static_cast<int>(e), noun)) mark(static_cast<int>(e));
    }
  else
    for (const RoleFact& r : ctx_.roles)
      if (r.body >= 0 && ctx_.entities[static_cast<std::size_t>(r.body)].type == type) mark(r.body);
  const auto pair = two_most_mentioned(
      ctx_, type, [&](int e) { return e != besides && (n_kept < 2 || kept[static_cast<std::size_t>(e)]); });
  if (!pair) return {};
  return {pair->first, pair->second};
}

}  // namespace kg::extract::tree
