// The tree-rule matcher: in every parsed sentence, each token whose lemma
// triggers a rule has its two ends found by following the rule's paths in
// the dependency tree (tree_ends.cpp), and the fact it states checked and
// recorded. Modality comes from the tree: a negated trigger, a future or
// conditional auxiliary, a head like "agree to", or a demand that only
// proposes the act ("urged the EU to impose ...").
#include <set>

#include "kg/text.hpp"
#include "syntax_walk.hpp"
#include "title_ties.hpp"
#include "title_words.hpp"
#include "tree_matcher.hpp"

namespace kg::extract::tree {

TreeFindings TreeMatcher::run() {
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
    note_verb_objects();
    note_own_plans();
    note_asides();
  }
  return {std::move(facts_),       std::move(vetoes_),        std::move(groups_),
          std::move(last_actor_),  std::move(verb_objects_),  std::move(asides_)};
}

bool TreeMatcher::holds(int node, const TreeCondition& c) const {
  const auto fits = [&](int k) {
    return (c.lemmas.empty() || in(c.lemmas, lemmas_[static_cast<std::size_t>(k)])) &&
           std::all_of(c.inner.begin(), c.inner.end(), [&](const TreeCondition& i) { return holds(k, i); });
  };
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (any_label(tok(k).deprel, c.labels) && (fits(k) || fits(relative_stand_in(node, k)))) return !c.negated;
  // "the sanctions Washington has imposed", "sanctions imposed on X": the
  // argument the clause leaves out is the noun it modifies.
  if (!c.negated)
    for (const std::string& label : c.labels)
      if (const int gap = relative_gap(node, label); gap >= 0 && fits(gap)) return true;
  return c.negated;
}

bool TreeMatcher::relative_pronoun(int k) const {
  return tok(k).xpos == "WDT" || tok(k).xpos == "WP" || tok(k).xpos == "WP$";  // "whose": the possessor
}

int TreeMatcher::relative_stand_in(int clause, int k) const {
  const int head = tok(clause).head;
  return relative_pronoun(k) && tok(clause).deprel == "acl:relcl" && head >= 0 ? head : k;
}

int TreeMatcher::relative_gap(int clause, std::string_view label) const {
  const SyntaxToken& t = tok(clause);
  if (t.head < 0 || t.upos != "VERB") return -1;
  const bool object = label == "obj" && t.deprel == "acl:relcl";
  const bool passive = label == "nsubj:pass" && t.deprel == "acl" && t.xpos == "VBN";
  if (!object && !passive) return -1;
  const auto& kids = children_[static_cast<std::size_t>(clause)];
  const bool filled = std::any_of(kids.begin(), kids.end(), [&](int k) {
    return relative_pronoun(k) || has_label(tok(k).deprel, object ? "obj" : "nsubj");
  });
  return filled ? -1 : t.head;
}

bool TreeMatcher::introduced_by(int node, const std::vector<std::string>& preps) const {
  if (preps.empty()) return true;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    if ((tok(k).deprel == "case" || tok(k).deprel == "mark") && in(preps, lemmas_[static_cast<std::size_t>(k)]))
      return true;
    // "on state arms exporter Rosoboronexport", parsed with the preposition
    // on the description before the name.
    if (tok(k).deprel == "compound" && k < node && tok(node).upos == "PROPN" && introduced_by(k, preps)) return true;
  }
  return false;
}

bool TreeMatcher::along_with(int node) const {
  if (!introduced_by(node, {"with"})) return false;
  const auto& kids = children_[static_cast<std::size_t>(node)];
  return std::any_of(kids.begin(), kids.end(), [&](int g) {
    const std::string& l = lemmas_[static_cast<std::size_t>(g)];
    return g < node && (l == "along" || l == "together");
  });
}

std::vector<int> TreeMatcher::follow(int from, const TreePath& path) const {
  std::vector<int> at{from};
  for (const TreeStep& step : path) {
    // A child the step takes once its label is right: its preposition,
    // lemma and conditions.
    const auto fits_step = [&](int k) {
      return introduced_by(k, step.preps) &&
             (step.lemmas.empty() || in(step.lemmas, lemmas_[static_cast<std::size_t>(k)])) &&
             std::all_of(step.conditions.begin(), step.conditions.end(),
                         [&](const TreeCondition& c) { return holds(k, c); });
    };
    std::vector<int> next;
    for (const int n : at) {
      if (step.up) {
        const int head = tok(n).head;
        if (has_label(tok(n).deprel, step.label) && head >= 0 &&
            (step.lemmas.empty() || in(step.lemmas, lemmas_[static_cast<std::size_t>(head)])) &&
            std::all_of(step.conditions.begin(), step.conditions.end(),
                        [&](const TreeCondition& c) { return holds(head, c); }))
          next.push_back(head);
        continue;
      }
      for (const int k : children_[static_cast<std::size_t>(n)]) {
        // "imposed sanctions on A, and on B": the parser often hangs the
        // second oblique from the verb as a conjunct; its preposition says
        // what it is.
        const bool oblique_conjunct = step.label == "obl" && !step.preps.empty() && tok(k).deprel == "conj" &&
                                      (tok(k).upos == "NOUN" || tok(k).upos == "PROPN");
        if (!(has_label(tok(k).deprel, step.label) || oblique_conjunct)) continue;
        // ("A, together with B, spent hours testifying": B is no one A met;
        // a rule that wants such a B says so: `obl@with[advmod=together]`.)
        if (step.label == "obl" && step.conditions.empty() && in(step.preps, "with") && along_with(k)) continue;
        if (fits_step(k)) next.push_back(k);
      }
      // "Mixora, the mixer the Treasury sanctioned": the object the clause
      // leaves out is the noun it modifies.
      if (step.preps.empty() && step.lemmas.empty() && step.conditions.empty())
        if (const int gap = relative_gap(n, step.label); gap >= 0) next.push_back(gap);
    }
    // "an asset freeze, a travel ban and an arms embargo on X", parsed as a
    // chain (each conjunct hung from the one before, where UD hangs all from
    // the first): a conjunct's conjuncts are the first's too.
    if (step.label == "conj" && !step.up)
      for (std::size_t k = 0; k < next.size(); ++k)
        for (const int c : children_[static_cast<std::size_t>(next[k])])
          if (tok(c).deprel == "conj" && fits_step(c) && std::find(next.begin(), next.end(), c) == next.end())
            next.push_back(c);
    // "A, whom B calls a traitor, is due to ...", parsed with A and B both
    // subjects of the clause's verb: B belongs to the relative clause.
    if (next.size() >= 2 && step.label == "nsubj" && !step.up) {
      const int head = tok(next.front()).head;
      const auto& kids = children_[static_cast<std::size_t>(head)];
      const auto relative = std::find_if(kids.begin(), kids.end(), [&](int k) {
        return k > next.front() && relative_pronoun(k);
      });
      if (relative != kids.end()) std::erase_if(next, [&](int n) { return n > *relative && tok(n).head == head; });
    }
    at = std::move(next);
    if (at.empty()) break;
  }
  return at;
}

void TreeMatcher::note_own_plans() {
  for (std::size_t v = 0; v < sent_->size(); ++v) {
    if (tok(static_cast<int>(v)).upos != "VERB" || !ctx_.lex.in("own_plan_verbs", lemmas_[v])) continue;
    const auto& kids = children_[v];
    // (Not "wants Spain to release them": one asked.)
    if (std::any_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "obj" || tok(k).deprel == "iobj"; }))
      continue;
    for (const int x : kids) {
      if (tok(x).deprel != "xcomp") continue;
      for (const int o : children_[static_cast<std::size_t>(x)])
        if (tok(o).deprel == "obj") veto(RelationType::DemandsFrom, o);
    }
  }
}

void TreeMatcher::note_verb_objects() {
  for (std::size_t i = 0; i < sent_->size(); ++i) {
    const SyntaxToken& t = (*sent_)[i];
    if (t.head < 0 || tok(t.head).upos != "VERB" || ctx_.mention_at[t.token] < 0) continue;
    // "wrote to X calling on Y to ...": the one written to does not act.
    if (has_label(t.deprel, "obl") && introduced_by(static_cast<int>(i), {"to"}) &&
        lemmas_[static_cast<std::size_t>(t.head)] != "accord") {
      verb_objects_.push_back({sentence_, Span{t.begin, t.end}, {}, false});
      continue;
    }
    if (t.deprel != "obj" && t.deprel != "iobj") continue;
    // Not for what its verb goes on to say it did: "slammed the U.S. for
    // imposing sanctions", "joined the EU in sanctioning X", "ordered him to
    // refrain from ..." (but "ordered him to refrain ..., and told the
    // federation to ...": not him, for the telling).
    VerbObject v{sentence_, Span{t.begin, t.end}, {}, has_label(tok(t.head).deprel, "acl")};
    for (const int k : children_[static_cast<std::size_t>(t.head)])
      if (tok(k).xpos == "VBG" || tok(k).deprel == "xcomp" ||
          ((has_label(tok(k).deprel, "obl") || tok(k).deprel == "advcl") && introduced_by(k, {"for"}))) {
        if (v.clause.end == 0) v.clause = Span{tok(k).begin, tok(k).end};
        subtree_span(k, v.clause, false);
      }
    // Nor for what a relative clause about it says it did: "did not satisfy
    // X, Ukraine's ambassador, who appeared ... and urged Y to ...".
    std::vector<int> described{static_cast<int>(i)};
    for (const int k : children_[i])
      if (tok(k).deprel == "appos") described.push_back(k);
    for (const int d : described)
      for (const int k : children_[static_cast<std::size_t>(d)])
        if (tok(k).deprel == "acl:relcl") {
          if (v.clause.end == 0) v.clause = Span{tok(k).begin, tok(k).end};
          subtree_span(k, v.clause, false);
          for (const int c : children_[static_cast<std::size_t>(k)])  // its verbs joined by "and"
            if (tok(c).deprel == "conj") subtree_span(c, v.clause, false);
        }
    verb_objects_.push_back(v);
  }
}

void TreeMatcher::note_asides() {
  // A clause a relative pronoun opens ("X, who ...", "whose", "under
  // which"), not "the measures Portugal announced".
  const auto relative = [&](int k) { return relative_pronoun(k); };
  const auto opened = [&](int clause) {
    for (const int k : children_[static_cast<std::size_t>(clause)]) {
      if (relative(k)) return true;
      const auto& grand = children_[static_cast<std::size_t>(k)];
      if (std::any_of(grand.begin(), grand.end(), relative)) return true;
    }
    return false;
  };
  for (int i = 0; i < static_cast<int>(sent_->size()); ++i) {
    const SyntaxToken& t = tok(i);
    if (t.deprel != "acl:relcl" || t.head < 0 || !opened(i)) continue;
    // Every word below, the clause's conjuncts too ("who suspended talks
    // ... and sanctioned X").
    Span span{t.begin, t.end}, described{tok(t.head).begin, tok(t.head).end};
    for (int k = 0; k < static_cast<int>(sent_->size()); ++k) {
      const SyntaxToken& w = tok(k);
      if (descends_from(*sent_, k, i)) {
        span.begin = std::min(span.begin, w.begin);
        span.end = std::max(span.end, w.end);
      }
      if (descends_from(*sent_, k, t.head)) {
        described.begin = std::min(described.begin, w.begin);
        described.end = std::max(described.end, w.end);
      }
    }
    asides_.push_back({sentence_, span, described});
  }
  // A description in apposition to a person ("A, the secretary of X's
  // council, and B"): a body named inside it acts for no one here.
  for (int i = 0; i < static_cast<int>(sent_->size()); ++i) {
    const SyntaxToken& t = tok(i);
    if (t.deprel != "appos" || t.upos != "NOUN" || t.head < 0 || t.head > i) continue;
    const int person = ctx_.mention_at[tok(t.head).token];
    if (person < 0 || ctx_.mentions[static_cast<std::size_t>(person)].type != EntityType::Person ||
        ctx_.mentions[static_cast<std::size_t>(person)].kind != MentionKind::Name)
      continue;
    Span span{t.begin, t.end};
    for (int k = 0; k < static_cast<int>(sent_->size()); ++k)
      if (descends_from(*sent_, k, i)) {
        span.begin = std::min(span.begin, tok(k).begin);
        span.end = std::max(span.end, tok(k).end);
      }
    asides_.push_back({sentence_, span, Span{tok(t.head).begin, tok(t.head).end}, true});
  }
}

bool TreeMatcher::subject_names_no_one(const TreeRule& r, int trigger) const {
  if (std::none_of(r.subject.begin(), r.subject.end(), [](const TreePath& p) {
        return !p.empty() && !p.front().up && p.front().label == "nsubj";
      }))
    return false;
  for (int node = trigger, steps = 0; node >= 0 && steps < 4; ++steps) {
    for (const int k : children_[static_cast<std::size_t>(node)]) {
      if (!has_label(tok(k).deprel, "nsubj")) continue;
      bool pair = false;
      pair_kind(k, pair);
      // "the bloc's leaders", "ECOWAS leaders", "the leaders of ECOWAS": the
      // possessor acts.
      const auto& kids = children_[static_cast<std::size_t>(k)];
      const bool group = ctx_.lex.in("group_nouns", to_lower_ascii(tok(k).form));
      const bool owned = std::any_of(kids.begin(), kids.end(), [&](int g) {
        return tok(g).deprel == "nmod:poss" ||
               ((tok(g).deprel == "compound" || tok(g).deprel == "amod") && mention_of(g) >= 0) ||
               (group && has_label(tok(g).deprel, "nmod") && introduced_by(g, {"of"}) && mention_of(g) >= 0);
      });
      // (Not a relative of the possessor's: "X, whose husband works for Y".)
      const bool kin = ctx_.lex.in("kin_nouns", lemmas_[static_cast<std::size_t>(k)]);
      return tok(k).upos == "NOUN" && mention_of(k) < 0 && !pair && (!owned || kin);
    }
    const auto& d = tok(node).deprel;
    if (d != "conj" && d != "xcomp") return false;
    node = tok(node).head;
    // "Tehran said the measures were illegal and insisted ...": a verb the
    // parser joins to a reported clause may be the reporter's.
    if (d == "conj" && tok(node).deprel == "ccomp") return false;
  }
  return false;
}

std::vector<int> TreeMatcher::subjects(const std::vector<TreePath>& paths, int trigger) const {
  bool via_conjunct = false;
  // "X, whose country chairs Y", parsed with X as a second subject of
  // "chairs": the subject is X's country, not X. (An agent is the subject
  // a passive's rule wants: "X, whose board is chaired by Y".)
  const bool wants_subject = std::any_of(paths.begin(), paths.end(), [&](const TreePath& p) {
    return !p.empty() && !p.front().up && has_label(p.front().label, "nsubj");
  });
  if (wants_subject && relative_clause_subject(trigger)) return {};
  // "X testified to A and was then questioned by B": a passive joined to an
  // active verb shares its subject, which is no passive subject there.
  std::vector<TreePath> shared = paths;
  for (TreePath& p : shared)
    if (!p.empty() && !p.front().up && p.front().label == "nsubj:pass") p.front().label = "nsubj";
  // A passive that controls an infinitive gives it its subject: "The
  // committee is due to hear A", "X was invited to testify".
  std::vector<TreePath> controlled = paths;
  for (const TreePath& p : paths)
    if (!p.empty() && !p.front().up && p.front().label == "nsubj") {
      controlled.push_back(p);
      controlled.back().front().label = "nsubj:pass";
    }
  bool via_control = false;
  for (int node = trigger, steps = 0; node >= 0 && steps < 4; ++steps) {
    auto out = ends(node, via_conjunct ? shared : via_control ? controlled : paths);
    if (!out.empty()) return out;
    // A noun takes no apposition from the noun it is listed with ("A's
    // wife, B, as well as members of X": B is no member).
    if (tok(node).upos == "NOUN" && std::all_of(paths.begin(), paths.end(), [](const TreePath& p) {
          return !p.empty() && !p.front().up && p.front().label == "appos";
        }))
      break;
    // A verb with a subject of its own that names no one does not take the
    // subject of the verb it is coordinated with ("X said ... but that the
    // administration welcomed A and B"); a pronoun subject stands for it
    // ("the U.S. ... and it has called on Maduro to step down").
    const auto& kids = children_[static_cast<std::size_t>(node)];
    if (std::any_of(kids.begin(), kids.end(),
                    [&](int k) { return has_label(tok(k).deprel, "nsubj") && tok(k).upos != "PRON"; })) {
      // "X said the decision was a gift to Y and called on Z to ...": a verb
      // the parser joins to a reported clause whose subject is a thing is
      // the reporter's.
      const bool thing = std::any_of(kids.begin(), kids.end(), [&](int k) {
        return has_label(tok(k).deprel, "nsubj") && tok(k).upos == "NOUN" && mention_of(k) < 0;
      });
      const int reporter = tok(node).head;
      if (!(via_conjunct && thing && tok(node).deprel == "ccomp" && reporter >= 0 &&
            ctx_.lex.in("speech_verbs", tok(reporter).form)))
        break;
      node = tok(node).head;
      via_conjunct = via_control = false;
      continue;
    }
    // "The EU's foreign policy chief, X, ..., called on both sides to ...",
    // parsed with the verb as a participle of a sentence whose root is the
    // noun: the noun is its subject.
    if (steps == 0 && main_verb_read_as_participle(node)) {
      if (const int m = mention_of(tok(node).head); m >= 0) return {m};
      // ("The five ministers called on ...": the five named before.)
      if (std::vector<int> group = pair_standing_for(tok(node).head); !group.empty()) return group;
      break;
    }
    const auto& d = tok(node).deprel;
    // A participle's subject is its verb's ("wrote to X calling on Y to
    // ..."), also where the parser took it for a noun's modifier.
    const bool participle = tok(node).xpos == "VBG" && tok(node).head >= 0 &&
                            (d == "advcl" || (d == "acl" && tok(tok(node).head).upos == "VERB"));
    // So is a purpose infinitive's ("will travel to Damascus to meet X"),
    // but for one of sending, whose object does it ("was sending A and B to
    // Islamabad to press Y": words/sending_verbs.txt).
    if (purpose_infinitive(node) && ctx_.lex.in("sending_verbs", lemmas_[static_cast<std::size_t>(tok(node).head)])) {
      std::vector<int> nodes, sent;
      for (const int k : children_[static_cast<std::size_t>(tok(node).head)])
        if (tok(k).deprel == "obj") conjuncts(k, nodes);
      for (const int n : nodes)
        if (const int m = mention_of(n); m >= 0 && std::find(sent.begin(), sent.end(), m) == sent.end()) sent.push_back(m);
      return sent;
    }
    if (d != "conj" && d != "xcomp" && !participle && !purpose_infinitive(node)) break;
    // "..., the first trading day after the United States blacklisted the
    // company": a name right before the verb (past its auxiliaries) that the
    // parser hung elsewhere is its subject, not the subject of the verb it
    // joined it to.
    if (d == "conj" && tok(node).upos == "VERB") {
      int k = node - 1;
      while (k >= 0 && tok(k).head == node && (has_label(tok(k).deprel, "aux") || tok(k).deprel == "advmod")) --k;
      if (k >= 0 && tok(k).upos == "PROPN" && tok(k).head != node && !has_label(tok(k).deprel, "nsubj")) {
        const int m = mention_of(k);
        if (m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type != EntityType::Location) return {m};
      }
    }
    via_conjunct = d == "conj";
    via_control = d == "xcomp";
    const int conjunct = node;
    node = tok(node).head;
    if (relative_clause_subject(node)) break;
    if (d == "conj" && (reported_perfect_of_other_tense(conjunct, node) || object_is_head_subject(conjunct, node)))
      node = tok(node).head;
  }
  return {};
}

bool TreeMatcher::purpose_infinitive(int node) const {
  return tok(node).deprel == "advcl" && tok(node).xpos == "VB" && introduced_by(node, {"to"});
}

bool TreeMatcher::main_verb_read_as_participle(int verb) const {
  const int head = tok(verb).head;
  if (tok(verb).deprel != "acl" || head < 0 || tok(head).deprel != "root" || head > verb ||
      (tok(head).upos != "NOUN" && tok(head).upos != "PROPN") || (tok(verb).xpos != "VBN" && tok(verb).xpos != "VBD"))
    return false;
  // Not a participle with its own auxiliary or agent ("the sanctions imposed by X").
  const auto& kids = children_[static_cast<std::size_t>(verb)];
  return std::none_of(kids.begin(), kids.end(), [&](int k) {
    const std::string_view d = tok(k).deprel;
    return has_label(d, "aux") || d == "obl:agent" || (d == "obl" && introduced_by(k, {"by"}));
  });
}

// "A told B that the company had put profits first and demanded that ...":
// a past tense joined to a reported clause's perfect ("had put") does not
// share its auxiliary, so it is coordinated with the verb that reports it.
bool TreeMatcher::reported_perfect_of_other_tense(int conjunct, int head) const {
  if (tok(conjunct).xpos != "VBD" || tok(head).xpos != "VBN" || tok(head).deprel != "ccomp") return false;
  const auto& kids = children_[static_cast<std::size_t>(head)];
  return std::any_of(kids.begin(), kids.end(), [&](int k) {
    return tok(k).deprel == "aux" && lemmas_[static_cast<std::size_t>(k)] == "have" && k < head;
  });
}

bool TreeMatcher::object_is_head_subject(int conjunct, int head) const {
  // (A personal pronoun coreference left unresolved because the clause's
  // own subject cannot be it counts as that subject.)
  int object = -1;
  bool pronoun = false;
  for (const int k : children_[static_cast<std::size_t>(conjunct)])
    if (tok(k).deprel == "obj" && tok(k).upos == "PRON" && ctx_.lex.in("pronouns", lemmas_[static_cast<std::size_t>(k)]) &&
        !lemmas_[static_cast<std::size_t>(k)].ends_with("self")) {
      pronoun = true;
      object = mention_of(k);
    }
  if (!pronoun) return false;
  for (const int k : children_[static_cast<std::size_t>(head)])
    if (has_label(tok(k).deprel, "nsubj"))
      if (const int subject = mention_of(k); subject >= 0 && ctx_.mentions[static_cast<std::size_t>(subject)].entity >= 0)
        return object < 0 ||
               ctx_.mentions[static_cast<std::size_t>(object)].entity == ctx_.mentions[static_cast<std::size_t>(subject)].entity;
  return false;
}

// Whether the verb's subject is a relative clause's ("X, whose party has
// tried ..., called on Y" parsed with "tried" as the main verb): not the
// subject of what it is coordinated with.
bool TreeMatcher::relative_clause_subject(int verb) const {
  for (const int k : children_[static_cast<std::size_t>(verb)]) {
    if (!has_label(tok(k).deprel, "nsubj")) continue;
    for (const int g : children_[static_cast<std::size_t>(k)])
      if (lemmas_[static_cast<std::size_t>(g)] == "whose") return true;
  }
  return false;
}

// Whether node's clause holds "would" and nothing else that makes it
// hypothetical, and is the complement of a verb of saying ("May said Britain
// would freeze ..."; words/speech_verbs.txt), with no condition of its own
// ("if", "unless").
bool TreeMatcher::reported_would(int node) const {
  const int head = tok(node).head;
  if (head < 0 || tok(node).deprel != "ccomp" ||
      !ctx_.lex.in("speech_verbs", to_lower_ascii(tok(head).form)))
    return false;
  bool would = false;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    const std::string& w = lemmas_[static_cast<std::size_t>(k)];
    if (tok(k).deprel == "aux" && (w == "could" || w == "might" || w == "may")) return false;
    if (tok(k).deprel == "mark" && (w == "if" || w == "unless")) return false;
    // (Nor a condition of its own: "would impose sanctions if it did not withdraw".)
    if (tok(k).deprel == "advcl")
      for (const int g : children_[static_cast<std::size_t>(k)]) {
        const std::string& m = lemmas_[static_cast<std::size_t>(g)];
        if (tok(g).deprel == "mark" && (m == "if" || m == "unless")) return false;
      }
    would = would || (tok(k).deprel == "aux" && w == "would");
  }
  return would;
}

std::optional<Modality> TreeMatcher::modality(const TreeRule& r, int trigger, int* scope) const {
  bool planned = r.modality == Modality::Planned, hypothetical = r.modality == Modality::Hypothetical;
  for (int node = trigger, steps = 0; node >= 0 && steps < 4; ++steps) {
    const int head = tok(node).head;
    // A clause opened by a subordinator of its own ("pressed B to stop …,
    // as the two sat down") or a wh-adverb ("pressed B for months, ... when
    // A met her") is no part of what its head asks for or plans.
    const auto& kids = children_[static_cast<std::size_t>(node)];
    const bool own_clause = std::any_of(kids.begin(), kids.end(), [&](int k) {
      const std::string& w = lemmas_[static_cast<std::size_t>(k)];
      return (tok(k).deprel == "mark" && w != "to" && w != "that") ||
             (tok(k).deprel == "advmod" && tok(k).xpos == "WRB" && w != "how" && w != "why");
    });
    // "would have been the first meeting between A and B, had X not ...",
    // "could have met B": a past counterfactual did not happen.
    bool modal = false, perfect = false;
    for (const int k : kids) {
      if (tok(k).deprel != "aux") continue;
      const std::string& w = lemmas_[static_cast<std::size_t>(k)];
      modal = modal || w == "would" || w == "could" || w == "might" || w == "should";
      perfect = perfect || w == "have";
    }
    if (modal && perfect) return std::nullopt;
    for (const TreeModalityCue& c : rules_.tree_modality) {
      bool hit = false;
      if (c.on_head) {
        // (A subordinator the cue names is the cue's own: "stopped short of targeting X".)
        const bool cue_mark = std::any_of(kids.begin(), kids.end(), [&](int k) {
          return tok(k).deprel == "mark" && !c.preps.empty() && in(c.preps, lemmas_[static_cast<std::size_t>(k)]);
        });
        hit = head >= 0 && (!own_clause || cue_mark) && any_label(tok(node).deprel, c.labels) &&
              in(c.lemmas, lemmas_[static_cast<std::size_t>(head)]) && introduced_by(node, c.preps);
        // "will not lift its sanctions on B until ...": a verb that would
        // undo the noun, itself negated, leaves it standing.
        if (hit && c.effect == TreeEffect::Negation &&
            std::any_of(children_[static_cast<std::size_t>(head)].begin(), children_[static_cast<std::size_t>(head)].end(),
                        [&](int k) {
                          const std::string& w = lemmas_[static_cast<std::size_t>(k)];
                          return tok(k).deprel == "advmod" && (w == "not" || w == "never" || w == "n't");
                        }))
          hit = false;
      } else {
        // (A word the rule's trigger asks for is no cue: "will not lift its
        // sanctions on B", a rule for sanctions kept.)
        const auto asked_for = [&](int k) {
          return node == trigger && std::any_of(r.conditions.begin(), r.conditions.end(), [&](const TreeCondition& t) {
                   return !t.negated && !t.lemmas.empty() && any_label(tok(k).deprel, t.labels) &&
                          in(t.lemmas, lemmas_[static_cast<std::size_t>(k)]);
                 });
        };
        const auto cue = [&](int k) {
          return any_label(tok(k).deprel, c.labels) && in(c.lemmas, lemmas_[static_cast<std::size_t>(k)]) &&
                 !asked_for(k);
        };
        for (const int k : children_[static_cast<std::size_t>(node)]) {
          hit = hit || cue(k);
          // "had no meeting with B", "imposed no sanctions": the determiner
          // of the noun a light verb takes.
          if (tok(k).deprel == "obj" && tok(k).upos == "NOUN")
            for (const int g : children_[static_cast<std::size_t>(k)]) hit = hit || (tok(g).deprel == "det" && cue(g));
        }
      }
      if (!hit) continue;
      switch (c.effect) {
        case TreeEffect::Negation:
        case TreeEffect::Suppressed:
          // "lifted sanctions on X": a noun undone by its verb; what the
          // statement covers is the verb's phrase ("on X" may hang from it).
          // ("The talks were cancelled": the subject noun's own phrase.)
          if (scope && c.on_head && tok(node).upos == "NOUN" && !has_label(tok(node).deprel, "nsubj")) *scope = head;
          return std::nullopt;
        case TreeEffect::Planned:
          // "had hoped to meet the minister": a hope in the past perfect
          // did not come true (words/hope_verbs.txt).
          if (c.on_head && ctx_.lex.in("hope_verbs", lemmas_[static_cast<std::size_t>(head)]) &&
              std::any_of(children_[static_cast<std::size_t>(head)].begin(),
                          children_[static_cast<std::size_t>(head)].end(),
                          [&](int k) { return tok(k).deprel == "aux" && to_lower_ascii(tok(k).form) == "had"; }))
            return std::nullopt;
          planned = true;
          break;
        case TreeEffect::Hypothetical:
          // "said Britain would freeze X": a future reported in the past, planned.
          if (!c.on_head && reported_would(node)) planned = true;
          else hypothetical = true;
          break;
      }
    }
    const auto& d = tok(node).deprel;
    // "will fly to X for talks with B", "will travel to X to meet B": a
    // purpose is as planned as the trip.
    const bool purpose = (has_label(d, "obl") && tok(node).upos == "NOUN" && introduced_by(node, {"for"})) ||
                         purpose_infinitive(node);
    // "plans for a meeting between A and B": the meeting is as planned as
    // the noun it is for ("no plans for a meeting": not planned either).
    const bool for_noun = has_label(d, "nmod") && tok(node).upos == "NOUN" && head >= 0 &&
                          tok(head).upos == "NOUN" && introduced_by(node, {"for"});
    if (d != "xcomp" && d != "conj" && !purpose && !for_noun) break;
    // "... was not part of it and that Washington had urged B to ...": a
    // conjoined clause with a subject of its own does not share the
    // negation or plan of the one it is joined to.
    if (d == "conj" && std::any_of(kids.begin(), kids.end(), [&](int k) { return has_label(tok(k).deprel, "nsubj"); }))
      break;
    node = head;
  }
  if (hypothetical) return Modality::Hypothetical;
  if (planned) return Modality::Planned;
  return Modality::Occurred;
}

void TreeMatcher::apply_title_rules() {
  const auto titles = titles_ending(*sent_, ctx_.lex);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    if (!titles[i]) continue;
    RelationType relation = titles[i]->relation;
    bool former = false;
    // Whether word k before the title makes a title of its own with it ("director general").
    const auto titled_with = [&](int k) {
      return ctx_.lex.title(to_lower_ascii(tok(k).form) + " " + to_lower_ascii(tok(static_cast<int>(i)).form)) != nullptr;
    };
    for (const int k : children_[i]) {
      const auto& d = tok(k).deprel;
      const std::string& lemma = lemmas_[static_cast<std::size_t>(k)];
      // "X, a senior leader of Y": one of several holds no lead (as in appositions.cpp).
      if (d == "det" && (lemma == "a" || lemma == "an" || lemma == "another")) relation = RelationType::WorksFor;
      if (d != "amod" && d != "compound" && d != "advmod") continue;
      former = former || ctx_.lex.in("former_words", lemma) || ctx_.lex.in("opposition_words", lemma);
      if (ctx_.lex.in("deputy_words", lemma)) relation = RelationType::WorksFor;
      // ("deputy chief executive", "deputy secretary general": the deputy
      // word hung from the title's first word.)
      if (d == "compound" && tok(k).upos == "NOUN")
        for (const int g : children_[static_cast<std::size_t>(k)])
          if ((tok(g).deprel == "amod" || tok(g).deprel == "compound") &&
              ctx_.lex.in("deputy_words", lemmas_[static_cast<std::size_t>(g)]))
            relation = RelationType::WorksFor;
      // "Pakistan's army chief", "the EU's foreign policy chief": a portfolio
      // noun before the title makes it a post in a part of the body (not a
      // word of the title itself: "director general"; not what the holder
      // is: "the billionaire leader of X").
      if (d == "compound" && tok(k).upos == "NOUN" && ctx_.mention_at[tok(k).token] < 0 &&
          !ctx_.seg.tokens[tok(k).token].capitalized && !titled_with(k) && !ctx_.lex.in("person_epithets", lemma))
        relation = RelationType::WorksFor;
      // "the BBC's creative director", "its artistic director": a director
      // of a field the adjective names works for the body (as in
      // mentions.cpp; not "acting director", "its new director").
      // So is a chief or head of one: "Iran's nuclear chief".
      if (d == "amod" && (lemmas_[i] == "director" || lemmas_[i] == "chief" || lemmas_[i] == "head") &&
          tok(k).upos == "ADJ" &&
          !ctx_.seg.tokens[tok(k).token].capitalized && !ctx_.lex.in("leader_modifiers", lemma) &&
          !ctx_.lex.in("former_words", lemma) && !ctx_.lex.in("deputy_words", lemma) &&
          !ctx_.lex.in("title_modifiers", lemma) && !titled_with(k))
        relation = RelationType::WorksFor;
      // "Fujitsu's Europe director", "Fujitsu's director for Europe": a post
      // over a region of the body.
      if (d == "compound")
        if (const int m = ctx_.mention_at[tok(k).token];
            m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Location)
          relation = RelationType::WorksFor;
    }
    // (However the parser hangs "until": from the title, or from the name.)
    if (held_until(ctx_, tok(static_cast<int>(i)).token + 1, ctx_.seg.sentences[sentence_].last)) former = true;
    // "the party chief in Xinjiang", "TikTok's general manager for Australia".
    const bool company = std::any_of(children_[i].begin(), children_[i].end(), [&](int k) {
      const int m = ctx_.mention_at[tok(k).token];
      return tok(k).deprel == "nmod:poss" && m >= 0 &&
             ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Organization;
    });
    // (Also the phrase right after an apposed title that the parser hung
    // from the name: "X, Google's president in the country,".)
    std::vector<int> scopes(children_[i].begin(), children_[i].end());
    if (tok(static_cast<int>(i)).deprel == "appos" && tok(static_cast<int>(i)).head >= 0)
      for (const int k : children_[static_cast<std::size_t>(tok(static_cast<int>(i)).head)])
        if (k > static_cast<int>(i) && subtree_start(*sent_, k) == static_cast<int>(i) + 1) scopes.push_back(k);
    for (const int k : scopes)
      if (has_label(tok(k).deprel, "nmod") && introduced_by(k, {"for", "in"}))
        if (const int m = ctx_.mention_at[tok(k).token];
            m >= 0 && regional_scope(ctx_.mentions[static_cast<std::size_t>(m)].type, company))
          relation = RelationType::WorksFor;
    // "the head of the IMF mission", "the chief of the bank's Lisbon office":
    // the post leads a part of the body; not its board. So does "Amazon's
    // director of public policy" or "the AU's commissioner for peace and
    // security": a field that names no one.
    for (const int k : children_[i]) {
      if (!has_label(tok(k).deprel, "nmod") || tok(k).upos != "NOUN" || ctx_.mention_at[tok(k).token] >= 0 ||
          lemmas_[static_cast<std::size_t>(k)] == "board" || !introduced_by(k, {"of", "for"}))
        continue;
      const auto& parts = children_[static_cast<std::size_t>(k)];
      // ("the head of public policy for Google": a field the body has.)
      if (std::any_of(parts.begin(), parts.end(), [&](int g) {
            return (tok(g).deprel == "compound" || tok(g).deprel == "nmod:poss" ||
                    (has_label(tok(g).deprel, "nmod") && introduced_by(g, {"for"}))) &&
                   ctx_.mention_at[tok(g).token] >= 0;
          }))
        relation = RelationType::WorksFor;
      // (A place the field is in names no one led: "director of public
      // policy in Australia".)
      bool names = false;
      for (std::size_t g = 0; g < sent_->size() && !names; ++g) {
        const int m = ctx_.mention_at[tok(static_cast<int>(g)).token];
        names = m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type != EntityType::Location &&
                !(ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country &&
                  introduced_by(static_cast<int>(g), {"in"})) &&
                descends_from(*sent_, static_cast<int>(g), k);
      }
      if (!names && !ctx_.lex.in("whole_state_words", lemmas_[static_cast<std::size_t>(k)]))
        relation = RelationType::WorksFor;
    }
    if (former) continue;
    // "the presidents of A, B and C - X, Y and Z": a plural title over two or
    // more people and two or more states or bodies pairs them in order
    // (appositions.cpp), not each with each.
    if (tok(static_cast<int>(i)).xpos == "NNS") {
      std::set<int> people, others;  // entities
      for (int g = 0; g < static_cast<int>(sent_->size()); ++g) {
        const int m = ctx_.mention_at[tok(g).token];
        if (m < 0 || g == static_cast<int>(i) || !descends_from(*sent_, g, static_cast<int>(i))) continue;
        const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
        (mm.type == EntityType::Person ? people : others).insert(mm.entity);
      }
      if (people.size() >= 2 && others.size() >= 2) continue;
    }
    // "A, Russia's ambassador to Ukraine, B, ...": a title whose phrase a
    // comma and a person's name close introduces that name, not the one
    // before it it was hung from.
    int end = static_cast<int>(i);
    for (int g = end + 1; g < static_cast<int>(sent_->size()) && descends_from(*sent_, g, static_cast<int>(i)); ++g) end = g;
    const auto person_at = [&](int node) { return node >= 0 && names_person(ctx_, tok(node)); };
    const int held_by = tok(static_cast<int>(i)).head;
    // (Not the subject of a verb after a fronted phrase that names the
    // first: "In a letter to A, the chief executive of X, B told him".)
    const bool introduces_next = end + 2 < static_cast<int>(sent_->size()) && tok(end + 1).form == "," &&
                                 person_at(end + 2) && !has_label(tok(end + 2).deprel, "nsubj") && held_by >= 0 &&
                                 held_by < static_cast<int>(i) && person_at(held_by);
    for (const auto& r : rules_.tree_rules) {
      if (!r.title_trigger) continue;
      const bool up_appos = std::all_of(r.subject.begin(), r.subject.end(), [](const TreePath& p) {
        return !p.empty() && p.front().up && p.front().label == "appos";
      });
      if (introduces_next && up_appos) continue;
      apply(r, static_cast<int>(i), relation);
    }
  }
}

void TreeMatcher::apply(const TreeRule& r, int trigger, RelationType relation) {
  // "the two countries' foreign ministers, A and B": roles go respectively, not across a pair.
  pairs_allowed_ = relation != RelationType::LeaderOf && relation != RelationType::WorksFor;
  members_targeted_ = relation == RelationType::Sanctions;
  trigger_ = trigger;
  stand_ins_.clear();
  pair_end_ = false;
  if (!r.upos.empty() && tok(trigger).upos != r.upos) return;
  for (const auto& c : r.conditions)
    if (!holds(trigger, c)) return;
  int scope = trigger;
  const auto mod = modality(r, trigger, &scope);
  if (!mod) {
    veto(relation, scope);
    return;
  }
  // "Sweden and Denmark also imposed sanctions": whom the act named last was
  // on is found once all the document's facts are (group_members.cpp).
  if (r.object.size() == 1 && r.object.front().front().last_actor) {
    // (Not when the sentence names them: "also imposed sanctions on X".)
    std::vector<int> named;
    for (const int k : children_[static_cast<std::size_t>(trigger)]) {
      conjuncts(k, named);
      for (const int g : children_[static_cast<std::size_t>(k)]) conjuncts(g, named);
    }
    if (std::any_of(named.begin(), named.end(), [&](int k) {
          return (has_label(tok(k).deprel, "obl") || has_label(tok(k).deprel, "nmod")) &&
                 introduced_by(k, {"on", "against"}) && mention_of(k) >= 0;
        }))
      return;
    for (const int a : subjects(r.subject, trigger)) emit(r, relation, a, -1, *mod);
    return;
  }
  // A pair rule's parties are its subject: inherited like any subject ("A and B are set to hold talks");
  // so is an object end that is the clause's subject ("The committee is due to hear A").
  const bool subject_object = !r.object.empty() && std::all_of(r.object.begin(), r.object.end(), [](const TreePath& p) {
    return p.size() == 1 && !p.front().up && p.front().label == "nsubj";
  });
  // (Not from a gerund, often a noun the tagger read as a verb: "to a committee hearing".)
  auto objects = r.pairs || (subject_object && tok(trigger).xpos != "VBG") ? subjects(r.object, trigger)
                                                                          : ends(trigger, r.object);
  if (const int group = r.pairs || relation == RelationType::LeaderOf || relation == RelationType::WorksFor
                            ? -1
                            : counted_group(trigger, r.object);
      group >= 0) {
    // "sanctions on four people: A, chair of X; B, ...", "on 10 officials, including A and B".
    for (const int m : listed_after(group))
      if (std::find(objects.begin(), objects.end(), m) == objects.end()) objects.push_back(m);
    // A name that only modifies the group ("three Portuguese officers") is
    // no party: the group's members are.
    const auto inside_group = [&](int m) {
      const int n = node_at(ctx_.mentions[static_cast<std::size_t>(m)].first);
      return n >= 0 && descends_from(*sent_, tok(n).head, group);
    };
    if (std::all_of(objects.begin(), objects.end(), inside_group)) note_group(r, relation, trigger, group, *mod);
  }
  if (objects.empty()) return;
  if (relation == RelationType::MetWith && *mod == Modality::Hypothetical) return;
  if (r.pairs) {
    for (std::size_t i = 0; i < objects.size(); ++i)
      for (std::size_t j = i + 1; j < objects.size(); ++j) emit(r, relation, objects[i], objects[j], *mod);
    return;
  }
  if (r.subject.size() == 1 && r.subject.front().front().last_actor) {
    // "Also on the Treasury list were A and B": the list's own owner, where
    // it names a state or body, not whoever acted last.
    int owner = -1;
    for (const int k : children_[static_cast<std::size_t>(trigger)])
      if (tok(k).deprel == "compound" || tok(k).deprel == "nmod:poss")
        if (const int m = mention_of(k); m >= 0) {
          const EntityType t = ctx_.mentions[static_cast<std::size_t>(m)].type;
          if (t == EntityType::Country || t == EntityType::Organization) owner = m;
        }
    for (const int b : objects) emit(r, relation, owner, b, *mod);
    return;
  }
  auto agents = subjects(r.subject, trigger);
  // "the chief executives of A, B and C, X, Y and Z": as many people as
  // bodies under a plural title go respectively, in the order written.
  if ((relation == RelationType::LeaderOf || relation == RelationType::WorksFor) && agents.size() >= 2 &&
      agents.size() == objects.size() && tok(trigger).xpos == "NNS") {
    const auto by_position = [&](int a, int b) {
      return ctx_.mentions[static_cast<std::size_t>(a)].first < ctx_.mentions[static_cast<std::size_t>(b)].first;
    };
    std::sort(agents.begin(), agents.end(), by_position);
    std::sort(objects.begin(), objects.end(), by_position);
    for (std::size_t k = 0; k < agents.size(); ++k) emit(r, relation, agents[k], objects[k], *mod);
    return;
  }
  // "the host held talks with A, and then met B": the act is the subject's,
  // who is no one the document names; not whoever a word window finds
  // before it.
  // (Only ends the trigger's own words reach: a committee "@hearing" finds
  // may be another clause's.)
  const bool own_words = std::none_of(r.object.begin(), r.object.end(), [](const TreePath& p) {
    return std::any_of(p.begin(), p.end(), [](const TreeStep& st) { return st.hearing || st.last_actor; });
  });
  if (agents.empty() && own_words && subject_names_no_one(r, trigger))
    for (const int b : objects) vetoes_.push_back({sentence_, relation, span_here(b)});
  // "freezing any assets they hold and banning them": one group on both
  // ends (a misread clause) acts on no one.
  if (agents.size() >= 2 && same_entities(agents, objects)) return;
  for (const int a : agents) {
    // "X told Y that the two countries should ...", "that China and Germany
    // should ...": a pair that holds the speaker's own side is a proposal to
    // both, not a demand of the other; so is a pair of people or states told
    // by a person whose side the document does not say ("the companies must
    // comply" is a demand; a pair that asks, "They urged B to ...", is no
    // such proposal).
    if (relation == RelationType::DemandsFrom && (!stand_ins_.empty() || objects.size() >= 2) &&
        std::any_of(objects.begin(), objects.end(), [&](int b) { return own_side(a, b); }))
      continue;
    if (relation == RelationType::DemandsFrom && pair_end_ && !side_known(a) &&
        std::any_of(objects.begin(), objects.end(), [&](int b) {
          return standing_in(b) && ctx_.mentions[static_cast<std::size_t>(b)].type != EntityType::Organization;
        }))
      continue;
    for (const int b : objects) emit(r, relation, a, b, *mod);
  }
}

bool TreeMatcher::standing_in(int m) const {
  return std::any_of(stand_ins_.begin(), stand_ins_.end(), [&](const auto& s) { return s.first == m; });
}

bool TreeMatcher::demonym_only(int m, int end) const {
  // (One standing in for a state no other word names is the state: state_mention.)
  const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
  return mm.kind == MentionKind::Demonym && end == mm.entity && !standing_in(m);
}

bool TreeMatcher::same_entities(const std::vector<int>& a, const std::vector<int>& b) const {
  const auto entities = [&](const std::vector<int>& ms) {
    std::vector<int> out;
    for (const int m : ms) out.push_back(ctx_.mentions[static_cast<std::size_t>(m)].entity);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  return entities(a) == entities(b);
}

bool TreeMatcher::side_known(int a) const {
  const int ea = ctx_.mentions[static_cast<std::size_t>(a)].entity;
  if (ea < 0 || ctx_.entities[static_cast<std::size_t>(ea)].type != EntityType::Person) return true;
  return std::any_of(ctx_.roles.begin(), ctx_.roles.end(), [&](const RoleFact& r) { return r.person == ea; });
}

bool TreeMatcher::own_side(int a, int b) const {
  const int ea = ctx_.mentions[static_cast<std::size_t>(a)].entity, eb = ctx_.mentions[static_cast<std::size_t>(b)].entity;
  if (ea < 0 || eb < 0) return false;
  return ea == eb || holds_post(ctx_, ea, eb);
}

void TreeMatcher::subtree_span(int node, Span& span, bool top) const {
  span.begin = std::min(span.begin, tok(node).begin);
  span.end = std::max(span.end, tok(node).end);
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    const auto& d = tok(k).deprel;
    // A conjoined clause says something else; a conjoined name is in the
    // phrase ("no talks between A and B").
    const bool nominal = tok(k).upos == "PROPN" || tok(k).upos == "NOUN" || tok(k).upos == "PRON";
    if ((d == "conj" && !nominal) || d == "parataxis" || (top && (has_label(d, "nsubj") || d == "mark"))) continue;
    subtree_span(k, span, false);
  }
}

void TreeMatcher::veto(RelationType relation, int trigger) {
  Span span{tok(trigger).begin, tok(trigger).end};
  subtree_span(trigger, span);
  vetoes_.push_back({sentence_, relation, span});
}

Span TreeMatcher::span_here(int m) const {
  const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
  if (mm.sentence == sentence_) return ctx_.span_of(mm);
  for (const auto& [mention, span] : stand_ins_)
    if (mention == m) return span;
  return {tok(trigger_).begin, tok(trigger_).end};
}

void TreeMatcher::emit(const TreeRule& r, RelationType relation, int a, int b, Modality mod) {
  // "hosted the Kenyan president": the president, where the document names
  // them (title_ties.hpp); a role's own ends stay what they are.
  const bool role_relation = relation == RelationType::LeaderOf || relation == RelationType::WorksFor;
  // (A state's mention that stands in for a noun, "her government",
  // "Chinese officials", is the state, not the holder of a title it anchors
  // elsewhere in the sentence: "X, ... Sudan's foreign minister, said her
  // government wanted ...".)
  const auto entity = [&](int m) {
    return role_relation || standing_in(m) ? ctx_.mentions[static_cast<std::size_t>(m)].entity
                                           : end_entity(ctx_, m, sentence_);
  };
  RawFact f;
  f.relation = relation;
  f.modality = mod;
  f.confidence = r.confidence;
  f.sentence = sentence_;
  f.rule = "tree." + r.id;
  f.after_act = r.after_act;
  if (b < 0) {  // "@last" object: its subject now, its object later (group_members.cpp)
    f.subject = entity(a);
    if (f.subject < 0 || demonym_only(a, f.subject)) return;
    f.subject_span = span_here(a);
    f.object_span = {tok(trigger_).begin, tok(trigger_).end};
    last_actor_.push_back(std::move(f));
    return;
  }
  const int eb = entity(b);
  if (eb < 0 || demonym_only(b, eb)) return;  // adjectives, not parties
  f.object = eb;
  f.object_span = span_here(b);
  if (a < 0) {  // "@last": the subject is found once all the document's facts are (group_members.cpp)
    f.subject_span = {tok(trigger_).begin, tok(trigger_).end};
    last_actor_.push_back(std::move(f));
    return;
  }
  const int ea = entity(a);
  if ((demonym_only(a, ea) && !owning_adjective(a)) || !may_relate(ctx_, relation, ea, eb)) return;
  f.subject = ea;
  f.subject_span = span_here(a);
  facts_.push_back(std::move(f));
}

bool TreeMatcher::owning_adjective(int m) const {
  const int n = node_at(ctx_.mentions[static_cast<std::size_t>(m)].first);
  if (n < 0) return false;
  // ("under U.S. and British sanctions": an adjective joined to the noun's
  // first modifier.)
  int k = n;
  while (tok(k).deprel == "conj" && tok(k).head >= 0 && tok(k).head < k) k = tok(k).head;
  const bool modifier = tok(k).deprel == "amod" || (k != n && tok(k).deprel == "compound");
  return modifier && tok(k).head >= 0 && (tok(k).head == trigger_ || tok(tok(k).head).head == trigger_);
}

void TreeMatcher::note_group(const TreeRule& r, RelationType relation, int trigger, int group, Modality mod) {
  Span span{tok(group).begin, tok(group).end};
  subtree_span(group, span, false);
  const auto& parts = children_[static_cast<std::size_t>(group)];
  const bool definite = std::any_of(parts.begin(), parts.end(), [&](int k) {
    const std::string_view l = lemmas_[static_cast<std::size_t>(k)];
    return tok(k).deprel == "det" && (l == "the" || l == "this" || l == "these" || l == "those");
  });
  const bool named = std::any_of(parts.begin(), parts.end(),
                                 [&](int k) { return tok(k).deprel == "appos" && tok(k).upos == "PROPN"; });
  // The count: the group's number, or the number standing alone ("the four").
  int count = tok(group).upos == "NUM" ? ctx_.lex.count_value(to_lower_ascii(tok(group).form)) : 0;
  for (const int k : parts)
    if (tok(k).deprel == "nummod") count = ctx_.lex.count_value(to_lower_ascii(tok(k).form));
  for (const int a : subjects(r.subject, trigger)) {
    const Mention& ma = ctx_.mentions[static_cast<std::size_t>(a)];
    if (ma.entity < 0 || ma.kind == MentionKind::Demonym) continue;
    groups_.push_back({sentence_, relation, ma.entity, span_here(a), span, mod, r.confidence, "tree." + r.id + ".group",
                       lemmas_[static_cast<std::size_t>(group)], definite, named, count});
  }
}

}  // namespace kg::extract::tree

namespace kg::extract {

TreeFindings find_tree_relations(const Context& ctx, const RuleSet& rules) { return tree::TreeMatcher(ctx, rules).run(); }

bool agent_is_verb_object(const RawFact& f, const std::vector<VerbObject>& objects) {
  const bool acts = f.relation == RelationType::Sanctions || f.relation == RelationType::DemandsFrom;
  return (acts || f.relation == RelationType::MetWith) &&
         std::any_of(objects.begin(), objects.end(), [&](const VerbObject& v) {
           const bool in_clause = v.clause.begin <= f.object_span.begin && f.object_span.end <= v.clause.end;
           return v.sentence == f.sentence && v.span.begin <= f.subject_span.begin && f.subject_span.end <= v.span.end &&
                  !in_clause && (acts || v.aside);
         });
}

bool agent_in_aside(const RawFact& f, const std::vector<TreeAside>& asides) {
  if (f.relation != RelationType::Sanctions && f.relation != RelationType::DemandsFrom &&
      f.relation != RelationType::MetWith)
    return false;
  const auto inside = [](const Span& outer, const Span& inner) {
    return outer.begin <= inner.begin && inner.end <= outer.end;
  };
  return std::any_of(asides.begin(), asides.end(), [&](const TreeAside& a) {
    return a.sentence == f.sentence &&
           ((inside(a.span, f.subject_span) && !inside(a.described, f.object_span)) ||
            (a.description && f.relation == RelationType::MetWith && inside(a.span, f.object_span) &&
             !inside(a.described, f.subject_span)));
  });
}

bool vetoed(const RawFact& f, const std::vector<TreeVeto>& vetoes) {
  return std::any_of(vetoes.begin(), vetoes.end(), [&](const TreeVeto& v) {
    return v.sentence == f.sentence && v.relation == f.relation && v.span.begin <= f.object_span.begin &&
           f.object_span.end <= v.span.end;
  });
}

}  // namespace kg::extract
