// The tree-rule matcher: in every parsed sentence, each token whose lemma
// triggers a rule has its two ends found by following the rule's paths in
// the dependency tree, through coordination ("A and B") and apposition, and
// mapped to the mentions they fall in. Modality comes from the tree: a
// negated trigger, a future or conditional auxiliary, a head like "agree to",
// or a demand that only proposes the act ("urged the EU to impose ...").
#include <algorithm>
#include <optional>

#include "kg/text.hpp"
#include "relations.hpp"
#include "title_words.hpp"

namespace kg::extract {
namespace {

bool has_label(std::string_view deprel, std::string_view label) {
  if (deprel == label) return true;
  return label.find(':') == std::string_view::npos && deprel.size() > label.size() && deprel.starts_with(label) &&
         deprel[label.size()] == ':';
}

bool any_label(std::string_view deprel, const std::vector<std::string>& labels) {
  return std::any_of(labels.begin(), labels.end(), [&](const std::string& l) { return has_label(deprel, l); });
}

bool in(const std::vector<std::string>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

class TreeMatcher {
 public:
  TreeMatcher(const Context& ctx, const RuleSet& rules) : ctx_(ctx), rules_(rules) {}

  TreeFindings run() {
    if (rules_.tree_rules.empty()) return {};
    for (std::uint32_t s = 0; s < ctx_.syntax.size(); ++s) {
      const SyntaxSentence& sent = ctx_.syntax[s];
      if (sent.empty() || sent.front().deprel.empty()) continue;  // not parsed: names fewer than two entities
      sent_ = &sent;
      sentence_ = s;
      children_.assign(sent.size(), {});
      lemmas_.clear();
      for (std::size_t i = 0; i < sent.size(); ++i) {
        if (sent[i].head >= 0) children_[static_cast<std::size_t>(sent[i].head)].push_back(static_cast<int>(i));
        lemmas_.push_back(to_lower_ascii(sent[i].lemma));
      }
      for (std::size_t i = 0; i < sent.size(); ++i) {
        const auto it = rules_.tree_rules_by_lemma.find(lemmas_[i]);
        if (it == rules_.tree_rules_by_lemma.end()) continue;
        for (const std::uint32_t r : it->second) apply(rules_.tree_rules[r], static_cast<int>(i));
      }
      if (rules_.has_title_rules) apply_title_rules();
    }
    return {std::move(facts_), std::move(vetoes_)};
  }

 private:
  const SyntaxToken& tok(int i) const { return (*sent_)[static_cast<std::size_t>(i)]; }

  bool holds(int node, const TreeCondition& c) const {
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (any_label(tok(k).deprel, c.labels) && (c.lemmas.empty() || in(c.lemmas, lemmas_[static_cast<std::size_t>(k)])) &&
          std::all_of(c.inner.begin(), c.inner.end(), [&](const TreeCondition& i) { return holds(k, i); }))
        return true;
    return false;
  }

  bool introduced_by(int node, const std::vector<std::string>& preps) const {
    if (preps.empty()) return true;
    for (const int k : children_[static_cast<std::size_t>(node)])
      if ((tok(k).deprel == "case" || tok(k).deprel == "mark") && in(preps, lemmas_[static_cast<std::size_t>(k)]))
        return true;
    return false;
  }

  std::vector<int> follow(int from, const TreePath& path) const {
    std::vector<int> at{from};
    for (const TreeStep& step : path) {
      std::vector<int> next;
      for (const int n : at) {
        if (step.up) {
          if (has_label(tok(n).deprel, step.label) && tok(n).head >= 0) next.push_back(tok(n).head);
          continue;
        }
        for (const int k : children_[static_cast<std::size_t>(n)]) {
          if (!has_label(tok(k).deprel, step.label) || !introduced_by(k, step.preps)) continue;
          if (std::all_of(step.conditions.begin(), step.conditions.end(),
                          [&](const TreeCondition& c) { return holds(k, c); }))
            next.push_back(k);
        }
      }
      at = std::move(next);
      if (at.empty()) break;
    }
    return at;
  }

  // The node and every node coordinated with it ("A, B and C"). A list
  // without a conjunction ("the U.S., Stilwell said") is an aside, not a list.
  void conjuncts(int node, std::vector<int>& out) const {
    out.push_back(node);
    const auto& kids = children_[static_cast<std::size_t>(node)];
    const bool joined = std::any_of(kids.begin(), kids.end(), [&](int k) {
      if (tok(k).deprel != "conj") return false;
      const auto& grand = children_[static_cast<std::size_t>(k)];
      return std::any_of(grand.begin(), grand.end(), [&](int g) { return tok(g).deprel == "cc"; });
    });
    if (!joined) return;
    for (const int k : kids)
      if (tok(k).deprel == "conj") conjuncts(k, out);
  }

  void list_in_apposition(int node, std::vector<int>& out) const {
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      if (tok(k).deprel == "appos" && ctx_.mention_at[tok(k).token] >= 0) {
        conjuncts(k, out);
        return;
      }
    }
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (has_label(tok(k).deprel, "nmod") && ctx_.mention_at[tok(k).token] < 0)
        for (const int a : children_[static_cast<std::size_t>(k)])
          if (tok(a).deprel == "appos" && ctx_.mention_at[tok(a).token] >= 0) {
            conjuncts(a, out);
            return;
          }
  }

  // "A, a former aide to X, the consul in Istanbul, B, and C, an official":
  // a list whose items carry asides is often parsed with its later items
  // coordinated inside an aside ("Istanbul ... and C"). Names of the list
  // item's type coordinated with a word of another type inside the item's
  // appositions belong to the list.
  void list_inside_asides(int node, std::vector<int>& out) const {
    const int m = mention_of(node);
    if (m < 0) return;
    const EntityType type = ctx_.mentions[static_cast<std::size_t>(m)].type;
    std::vector<int> stack;
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (tok(k).deprel == "appos") stack.push_back(k);
    while (!stack.empty()) {
      const int n = stack.back();
      stack.pop_back();
      for (const int k : children_[static_cast<std::size_t>(n)]) {
        stack.push_back(k);
        if (tok(k).deprel != "conj") continue;
        const int item = ctx_.mention_at[tok(k).token], head = ctx_.mention_at[tok(n).token];
        if (item < 0 || ctx_.mentions[static_cast<std::size_t>(item)].type != type) continue;
        if (head >= 0 && ctx_.mentions[static_cast<std::size_t>(head)].type == type) continue;
        if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
      }
    }
  }

  // The mention a node stands for: the mention it is part of, else one its
  // apposition, name chain or title names ("the minister, Anna Berg").
  // A person's name in apposition or in the name chain wins over a title
  // or description at the head ("North Korean diplomat Ri Yong-ho").
  int mention_of(int node) const {
    // A title word names the person the title introduces ("EU foreign
    // policy chief Josep Borrell", "U.S. Secretary of State Mike Pompeo").
    const std::uint32_t kt = tok(node).token;
    for (const auto& t : ctx_.titles)
      if (t.first <= kt && kt < t.last && t.person >= 0) return t.person;
    const int m = ctx_.mention_at[tok(node).token];
    const bool named_person = m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Name &&
                              ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person;
    if (named_person) return m;
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      const auto& d = tok(k).deprel;
      if (d != "appos" && d != "flat" && d != "compound") continue;
      const int n = ctx_.mention_at[tok(k).token];
      if (n >= 0 && ctx_.mentions[static_cast<std::size_t>(n)].kind == MentionKind::Name &&
          ctx_.mentions[static_cast<std::size_t>(n)].type == EntityType::Person)
        return n;
    }
    if (m >= 0) return m;
    // "the Agency, the troll farm that ...": a description in apposition
    // stands for the name it describes.
    if (tok(node).deprel == "appos" && tok(node).head >= 0)
      if (const int h = ctx_.mention_at[tok(tok(node).head).token]; h >= 0) return h;
    // "European Union foreign ministers": the body the head noun belongs to.
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      const auto& d = tok(k).deprel;
      if (d != "appos" && d != "flat" && d != "compound") continue;
      if (const int n = ctx_.mention_at[tok(k).token]; n >= 0) return n;
    }
    return -1;
  }

  // The person or body named right before the comma that opens a node's
  // phrase ("X, the Commission's vice-president").
  int name_before(int node) const {
    std::uint32_t first = tok(node).token;
    for (std::size_t k = 0; k < sent_->size(); ++k)
      if (tok(static_cast<int>(k)).upos != "PUNCT" && dominates(node, static_cast<int>(k)))
        first = std::min(first, tok(static_cast<int>(k)).token);
    if (first < 2 || ctx_.token(first - 1) != ",") return -1;
    const int m = ctx_.mention_at[first - 2];
    if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].last != first - 1) return -1;
    const EntityType t = ctx_.mentions[static_cast<std::size_t>(m)].type;
    return t == EntityType::Person || t == EntityType::Organization ? m : -1;
  }

  bool dominates(int top, int node) const {
    for (int n = node, steps = 0; n >= 0 && steps < 64; n = tok(n).head, ++steps)
      if (n == top) return true;
    return false;
  }

  // The mention that ends right before a relative pronoun (past a comma).
  int antecedent(int pronoun) const {
    std::uint32_t k = tok(pronoun).token;
    if (k == 0) return -1;
    --k;
    if (ctx_.token(k) == "," && k > 0) --k;
    const int m = ctx_.mention_at[k];
    if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].last != k + 1) return -1;
    // "the House majority leader, who": the person the title introduces.
    for (const auto& t : ctx_.titles)
      if (t.first <= k && k < t.last && t.person >= 0) return t.person;
    return m;
  }

  // The kind of pair a node stands for: "they", "both" (pair_pronouns.txt:
  // the pair just named), "both leaders" (pair_people.txt), "the two sides"
  // (pair_states.txt); no kind for a pronoun.
  std::optional<EntityType> pair_kind(int node, bool& named) const {
    const std::string form = to_lower_ascii(tok(node).form);
    named = false;
    if (tok(node).upos == "PRON" || tok(node).upos == "DET") {
      named = ctx_.lex.in("pair_pronouns", form);
      return std::nullopt;
    }
    const bool people = ctx_.lex.in("pair_people", form), states = ctx_.lex.in("pair_states", form);
    if (!people && !states) return std::nullopt;
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      const std::string& d = lemmas_[static_cast<std::size_t>(k)];
      if (d == "both" || d == "two") {
        named = true;
        return people ? EntityType::Person : EntityType::Country;
      }
    }
    return std::nullopt;
  }

  // The pair a node like "both leaders" stands for: the last "A and B" of two
  // people or two states named before it, in its sentence or the three
  // before; else, for a noun of a known kind, the document's two
  // most-mentioned entities of that kind.
  std::vector<int> pair_before(int node) const {
    bool names_pair = false;
    const std::optional<EntityType> kind = pair_kind(node, names_pair);
    if (!names_pair) return {};
    const std::uint32_t at = tok(node).token;
    const std::uint32_t from = ctx_.seg.sentences[sentence_ > 3 ? sentence_ - 3 : 0].first;
    std::vector<int> best;
    for (std::uint32_t k = from; k + 1 < at; ++k) {
      if (fold_case(ctx_.token(k)) != "and" || k == 0) continue;
      const int a = ctx_.mention_at[k - 1], b = ctx_.mention_at[k + 1];
      if (a < 0 || b < 0 || ctx_.mentions[static_cast<std::size_t>(b)].first != k + 1) continue;
      const Mention& ma = ctx_.mentions[static_cast<std::size_t>(a)];
      const Mention& mb = ctx_.mentions[static_cast<std::size_t>(b)];
      if (mb.last > at || ma.type != mb.type || ma.entity == mb.entity || ma.kind == MentionKind::Demonym) continue;
      if (ma.type != EntityType::Person && ma.type != EntityType::Country) continue;
      if (kind && ma.type != *kind) continue;
      best = {a, b};
    }
    if (best.empty() && kind) best = most_mentioned_pair(*kind, to_lower_ascii(tok(node).form));
    return best;
  }

  // Whether a person holds a title the plural noun names: "the two
  // presidents" are presidents, "both leaders" lead something.
  bool titled_as(int entity, const std::string& plural) const {
    const std::string singular = plural.substr(0, plural.size() - 1);
    for (const auto& t : ctx_.titles) {
      if (t.person < 0 || ctx_.mentions[static_cast<std::size_t>(t.person)].entity != entity) continue;
      const std::string role = fold_case(t.role);
      if (role.substr(role.rfind(' ') + 1) == singular) return true;
      if (singular == "leader" && t.entry.relation == RelationType::LeaderOf) return true;
    }
    return false;
  }

  // A mention each of the document's two most-mentioned entities of a type;
  // people must hold the title the noun names, when two of them do.
  std::vector<int> most_mentioned_pair(EntityType type, const std::string& noun) const {
    std::vector<bool> titled(ctx_.entities.size(), false);
    int n_titled = 0;
    if (type == EntityType::Person)
      for (std::size_t e = 0; e < ctx_.entities.size(); ++e)
        if (ctx_.entities[e].type == type && titled_as(static_cast<int>(e), noun)) {
          titled[e] = true;
          ++n_titled;
        }
    std::vector<int> count(ctx_.entities.size(), 0), first(ctx_.entities.size(), -1);
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& mm = ctx_.mentions[m];
      if (mm.entity < 0 || mm.type != type || mm.kind == MentionKind::Demonym) continue;
      if (n_titled >= 2 && !titled[static_cast<std::size_t>(mm.entity)]) continue;
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
    if (a < 0 || b < 0) return {};
    return {first[static_cast<std::size_t>(a)], first[static_cast<std::size_t>(b)]};
  }

  // The committee (committee_heads.txt) named last before the trigger.
  int latest_hearing(int trigger) const {
    const std::uint32_t at = tok(trigger).token;
    int found = -1;
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& mm = ctx_.mentions[m];
      if (mm.first >= at || (found >= 0 && mm.first < ctx_.mentions[static_cast<std::size_t>(found)].first)) continue;
      if (mm.entity < 0 || mm.type != EntityType::Organization) continue;
      const std::string& name = ctx_.entities[static_cast<std::size_t>(mm.entity)].name;
      if (ctx_.lex.in("committee_heads", fold_case(name.substr(name.rfind(' ') + 1)))) found = static_cast<int>(m);
    }
    return found;
  }

  // The mentions at the end of a rule's paths from the trigger.
  std::vector<int> ends(int trigger, const std::vector<TreePath>& paths) const {
    for (const TreePath& path : paths) {
      if (path.front().hearing) {
        if (const int m = latest_hearing(trigger); m >= 0) return {m};
        continue;
      }
      const std::vector<int> found = follow(trigger, path);
      // "X, who heads Y": the relative pronoun is the clause's subject, and
      // stands for the name just before it, else for what the clause hangs from.
      for (const int n : found) {
        const std::string_view x = tok(n).xpos;
        if (x != "WP" && x != "WDT") continue;
        if (const int before = antecedent(n); before >= 0) return {before};
        if (!has_label(tok(trigger).deprel, "acl") || tok(trigger).head < 0) continue;
        if (const int m = mention_of(tok(trigger).head); m >= 0) return {m};
      }
      // An end reached up from an apposition is the one name it describes
      // ("A, director of Y, and B": not B).
      std::vector<int> nodes;
      for (const int n : found)
        if (path.back().up) nodes.push_back(n);
        else conjuncts(n, nodes), list_inside_asides(n, nodes);
      // "the remaining parties – France, Germany and China –": a noun that
      // names no one stands for the list in apposition to it (or to its
      // modifier, where the parser often hangs it: "parties to the deal – A, B").
      for (std::size_t i = 0, count = nodes.size(); i < count; ++i)
        if (ctx_.mention_at[tok(nodes[i]).token] < 0) list_in_apposition(nodes[i], nodes);
      std::vector<int> out;
      const auto add = [&](int m) {
        if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
      };
      for (const int n : nodes) {
        int m = mention_of(n);
        // "X, the Commission's vice-president" hung from the wrong word: the
        // name right before the apposition's comma.
        if (m < 0 && path.back().up && has_label(tok(trigger).deprel, "appos")) m = name_before(trigger);
        if (m >= 0 && path.back().end_type && ctx_.mentions[static_cast<std::size_t>(m)].type != *path.back().end_type) m = -1;
        add(m);
        if (m < 0 && pairs_allowed_)
          for (const int p : pair_before(n)) {
            add(p);
            stand_ins_.emplace_back(p, Span{tok(n).begin, tok(n).end});
          }
      }
      if (!out.empty()) return out;
    }
    return {};
  }

  // The subject, inherited by a verb coordinated with or controlled by
  // another ("met Xi and signed ...", "agreed to meet ...") and by a
  // participle that goes on from its clause ("imposed ..., adding X").
  std::vector<int> subjects(const TreeRule& r, int trigger) const {
    for (int node = trigger, steps = 0; node >= 0 && steps < 4; ++steps) {
      auto out = ends(node, r.subject);
      if (!out.empty()) return out;
      const auto& d = tok(node).deprel;
      if (d != "conj" && d != "xcomp" && !(d == "advcl" && tok(node).xpos == "VBG")) break;
      node = tok(node).head;
    }
    return {};
  }

  // The trigger's modality, or nullopt when the tree says it did not happen
  // (negated) or is only asked for or proposed.
  // Checked at the trigger and up the verbs it shares its subject with
  // ("may be willing to hold talks", "will meet X and sign ...").
  std::optional<Modality> modality(const TreeRule& r, int trigger) const {
    bool planned = r.modality == Modality::Planned, hypothetical = r.modality == Modality::Hypothetical;
    for (int node = trigger, steps = 0; node >= 0 && steps < 4; ++steps) {
      const int head = tok(node).head;
      for (const TreeModalityCue& c : rules_.tree_modality) {
        bool hit = false;
        if (c.on_head) {
          hit = head >= 0 && any_label(tok(node).deprel, c.labels) && in(c.lemmas, lemmas_[static_cast<std::size_t>(head)]);
        } else {
          for (const int k : children_[static_cast<std::size_t>(node)])
            hit = hit || (any_label(tok(k).deprel, c.labels) && in(c.lemmas, lemmas_[static_cast<std::size_t>(k)]));
        }
        if (!hit) continue;
        switch (c.effect) {
          case TreeEffect::Negation:
          case TreeEffect::Suppressed: return std::nullopt;
          case TreeEffect::Planned: planned = true; break;
          case TreeEffect::Hypothetical: hypothetical = true; break;
        }
      }
      const auto& d = tok(node).deprel;
      if (d != "xcomp" && d != "conj") break;
      node = head;
    }
    if (hypothetical) return Modality::Hypothetical;
    if (planned) return Modality::Planned;
    return Modality::Occurred;
  }

  // Rules on titles: "X, chairman of Y" states the title's relation, a
  // deputy's title works_for ("deputy head of Y"), a former title none.
  void apply_title_rules() {
    const auto titles = titles_ending(*sent_, ctx_.lex);
    for (std::size_t i = 0; i < titles.size(); ++i) {
      if (!titles[i]) continue;
      RelationType relation = titles[i]->relation;
      bool former = false;
      for (const int k : children_[i]) {
        const auto& d = tok(k).deprel;
        if (d != "amod" && d != "compound" && d != "advmod") continue;
        former = former || ctx_.lex.in("former_words", lemmas_[static_cast<std::size_t>(k)]);
        if (ctx_.lex.in("deputy_words", lemmas_[static_cast<std::size_t>(k)])) relation = RelationType::WorksFor;
      }
      if (former) continue;
      for (const auto& r : rules_.tree_rules)
        if (r.title_trigger) apply(r, static_cast<int>(i), relation);
    }
  }

  void apply(const TreeRule& r, int trigger) { apply(r, trigger, r.relation); }

  void apply(const TreeRule& r, int trigger, RelationType relation) {
    // "the two countries' foreign ministers, A and B": roles go respectively, not across a pair.
    pairs_allowed_ = relation != RelationType::LeaderOf && relation != RelationType::WorksFor;
    trigger_ = trigger;
    stand_ins_.clear();
    if (!r.upos.empty() && tok(trigger).upos != r.upos) return;
    for (const auto& c : r.conditions)
      if (!holds(trigger, c)) return;
    const auto mod = modality(r, trigger);
    if (!mod) {
      veto(relation, trigger);
      return;
    }
    const auto objects = ends(trigger, r.object);
    if (objects.empty()) return;
    if (relation == RelationType::MetWith && *mod == Modality::Hypothetical) return;
    if (r.pairs) {
      for (std::size_t i = 0; i < objects.size(); ++i)
        for (std::size_t j = i + 1; j < objects.size(); ++j) emit(r, relation, objects[i], objects[j], *mod);
      return;
    }
    for (const int a : subjects(r, trigger))
      for (const int b : objects) emit(r, relation, a, b, *mod);
  }

  // The byte span of node's subtree, less its subject (who is asked to act:
  // "demanded that Pompeo tell ...") with the "that" before it, and the
  // clauses coordinated with it
  // ("did not meet Abe but met Moon": Moon's meeting stands).
  void subtree_span(int node, Span& span, bool top = true) const {
    span.begin = std::min(span.begin, tok(node).begin);
    span.end = std::max(span.end, tok(node).end);
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      const auto& d = tok(k).deprel;
      if (d == "conj" || d == "parataxis" || (top && (has_label(d, "nsubj") || d == "mark"))) continue;
      subtree_span(k, span, false);
    }
  }

  void veto(RelationType relation, int trigger) {
    Span span{tok(trigger).begin, tok(trigger).end};
    subtree_span(trigger, span);
    vetoes_.push_back({sentence_, relation, span});
  }

  // Where a mention stands in this sentence: itself, or the words that stand
  // for it when it was named before ("the two leaders", a testimony's
  // committee: the trigger).
  Span span_here(int m) const {
    const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
    if (mm.sentence == sentence_) return ctx_.span_of(mm);
    for (const auto& [mention, span] : stand_ins_)
      if (mention == m) return span;
    return {tok(trigger_).begin, tok(trigger_).end};
  }

  void emit(const TreeRule& r, RelationType relation, int a, int b, Modality mod) {
    const Mention& ma = ctx_.mentions[static_cast<std::size_t>(a)];
    const Mention& mb = ctx_.mentions[static_cast<std::size_t>(b)];
    if (ma.entity < 0 || mb.entity < 0 || ma.entity == mb.entity) return;
    if (ma.kind == MentionKind::Demonym || mb.kind == MentionKind::Demonym) return;  // adjectives, not parties
    // A person does not meet, pressure or sanction the body they act for.
    if (relation != RelationType::LeaderOf && relation != RelationType::WorksFor)
      for (const auto& role : ctx_.roles)
        if ((role.person == ma.entity && role.body == mb.entity) || (role.person == mb.entity && role.body == ma.entity))
          return;
    if (!ends_fit(relation, ctx_.entities[static_cast<std::size_t>(ma.entity)].type,
                  ctx_.entities[static_cast<std::size_t>(mb.entity)].type))
      return;
    RawFact f;
    f.subject = ma.entity;
    f.object = mb.entity;
    f.relation = relation;
    f.modality = mod;
    f.confidence = r.confidence;
    f.sentence = sentence_;
    f.subject_span = span_here(a);
    f.object_span = span_here(b);
    f.rule = "tree." + r.id;
    facts_.push_back(std::move(f));
  }

  const Context& ctx_;
  const RuleSet& rules_;
  const SyntaxSentence* sent_ = nullptr;
  std::uint32_t sentence_ = 0;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemmas_;
  std::vector<RawFact> facts_;
  std::vector<TreeVeto> vetoes_;
  bool pairs_allowed_ = true;  // whether "both leaders" may stand for a pair in the rule at hand
  int trigger_ = 0;            // the trigger of the rule at hand
  // Mentions named before and the words standing for them here, noted by
  // ends() while it finds them (scratch of the rule at hand).
  mutable std::vector<std::pair<int, Span>> stand_ins_;
};

}  // namespace

TreeFindings find_tree_relations(const Context& ctx, const RuleSet& rules) { return TreeMatcher(ctx, rules).run(); }

bool vetoed(const RawFact& f, const std::vector<TreeVeto>& vetoes) {
  return std::any_of(vetoes.begin(), vetoes.end(), [&](const TreeVeto& v) {
    return v.sentence == f.sentence && v.relation == f.relation && v.span.begin <= f.object_span.begin &&
           f.object_span.end <= v.span.end;
  });
}

}  // namespace kg::extract
