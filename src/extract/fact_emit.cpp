// Emitting a word-window frame's facts: the checks every fact passes (types
// of its ends, roles, modality), its provenance, and what was demanded.
#include <algorithm>
#include <set>

#include "frame_matcher.hpp"
#include "syntax_walk.hpp"
#include "title_ties.hpp"
#include "kg/text.hpp"

namespace kg::extract {

void FrameMatcher::emit(const Rule& r, std::uint32_t s, int a, int b, std::uint32_t cue_first, std::uint32_t cue_last,
          float confidence, bool check_modality) {
  const Mention& mb = ctx_.mentions[b];
  if (a == kLastActor) {
    emit_for_last_actor(r, s, mb, cue_first, cue_last, confidence);
    return;
  }
  const Mention& ma = ctx_.mentions[a];
  // "meets Taiwan leader": the leader, where the document names them; a
  // role's own ends stay what they are.
  const bool role_relation = r.relation == RelationType::LeaderOf || r.relation == RelationType::WorksFor;
  const int ea = role_relation ? ma.entity : end_entity(ctx_, a, s);
  const int eb = role_relation ? mb.entity : end_entity(ctx_, b, s);
  if (!may_relate(ctx_, r.relation, ea, eb)) return;
  if (!r.object_heads.empty()) {
    // The name's head: its last word ("House of Representatives Budget
    // Committee"), or the word before a complement ("Senate Standing
    // Committee on Finance and Revenue", "Congress of Deputies").
    const std::string& full = ctx_.entities[eb].name;
    std::string name = full;
    for (const char* complement : {" on ", " of ", " for ", " into "})
      if (const auto at = name.find(complement); at != std::string::npos) name.resize(at);
    const auto heads = [&](const std::string& words) {
      const auto pos = words.rfind(' ');
      const std::string head = fold_case(pos == std::string::npos ? words : words.substr(pos + 1));
      return std::find(r.object_heads.begin(), r.object_heads.end(), head) != r.object_heads.end();
    };
    if (!heads(name) && !heads(full)) return;
  }
  if (r.relation != RelationType::DemandsFrom && demanded_act(s, cue_first)) return;
  const std::uint32_t agent_end = std::min(ma.last, cue_first);
  // (A demand stated as a condition is one made, whatever the main clause
  // says: SCHEMA.md, call 5.)
  const auto modality = check_modality ? modality_of(ctx_, rules_, s, agent_end, cue_first, cue_last, r.modality)
                                       : std::optional<Modality>(Modality::Occurred);
  if (!modality) return;
  // A meeting someone would consider is no meeting ("willing to meet").
  if (r.relation == RelationType::MetWith && *modality == Modality::Hypothetical) return;
  RawFact f;
  f.subject = ea;
  f.object = eb;
  f.relation = r.relation;
  f.modality = *modality;
  f.confidence = confidence;
  f.sentence = s;
  // Spans stay inside the evidence sentence: an end carried over from an
  // earlier sentence ("the measures target ...") is pointed at by the cue.
  const Span cue_span{ctx_.seg.tokens[cue_first].begin, ctx_.seg.tokens[cue_last - 1].end};
  f.subject_span = ma.sentence == s ? ctx_.span_of(ma) : cue_span;
  f.object_span = mb.sentence == s ? ctx_.span_of(mb) : cue_span;
  f.rule = r.id;
  if (r.relation == RelationType::DemandsFrom) f.what = demanded(s, cue_last, mb);
  facts_.push_back(std::move(f));
}

bool FrameMatcher::demanded_act(std::uint32_t s, std::uint32_t cue) const {
  const SyntaxToken* at = ctx_.syntax_at(s, cue);
  if (at == nullptr) return false;
  const SyntaxSentence& tree = ctx_.syntax[s];
  // Up the conjuncts of the act ("to step back and to sit down together").
  for (int node = static_cast<int>(at - tree.data()), steps = 0; node >= 0 && steps < 3; ++steps) {
    const SyntaxToken& t = tree[static_cast<std::size_t>(node)];
    if (t.head < 0) return false;
    const std::string head = fold_case(tree[static_cast<std::size_t>(t.head)].lemma);
    // (A cue's prepositions: a "case" or "mark" child of the node.)
    const auto introduced = [&](const std::vector<std::string>& preps) {
      return preps.empty() || has_child(tree, node, [&](const SyntaxToken& k) {
               return (k.deprel == "case" || k.deprel == "mark") &&
                      std::find(preps.begin(), preps.end(), fold_case(k.form)) != preps.end();
             });
    };
    for (const TreeModalityCue& c : rules_.tree_modality)
      if (c.on_head && c.effect == TreeEffect::Suppressed && any_label(t.deprel, c.labels) &&
          std::find(c.lemmas.begin(), c.lemmas.end(), head) != c.lemmas.end() && introduced(c.preps))
        return true;
    if (t.deprel != "conj") return false;
    node = t.head;
  }
  return false;
}

// "The measures ... target A and B": a fact whose subject is whoever did the
// same act last (add_last_actors, group_members.cpp), as for the tree rules.
void FrameMatcher::emit_for_last_actor(const Rule& r, std::uint32_t s, const Mention& b, std::uint32_t cue_first,
                                       std::uint32_t cue_last, float confidence) {
  const auto modality = modality_of(ctx_, rules_, s, cue_first, cue_first, cue_last, r.modality);
  if (!modality) return;
  RawFact f;
  f.object = b.entity;
  f.relation = r.relation;
  f.modality = *modality;
  f.confidence = confidence;
  f.sentence = s;
  const Span cue_span{ctx_.seg.tokens[cue_first].begin, ctx_.seg.tokens[cue_last - 1].end};
  f.subject_span = cue_span;
  f.object_span = b.sentence == s ? ctx_.span_of(b) : cue_span;
  f.rule = r.id;
  last_actor_.push_back(std::move(f));
}

// What is demanded: the words between the cue and "from B" ("sought
// security guarantees from Washington"), else what B is to do ("pressed
// Trump to back the bill", "demanded that Washington lift all sanctions").
std::string FrameMatcher::demanded(std::uint32_t sentence, std::uint32_t cue_last, const Mention& b) const {
  const Sentence& s = ctx_.seg.sentences[sentence];
  static const std::set<std::string_view> skip{"for", "that", "to", "must", "should", "would", "first", "the", "a", "an"};
  static const std::set<std::string_view> stop{",", ".", ";", ":", "and", "but", "while", "\u2014", "in"};
  std::uint32_t from = cue_last, to = cue_last;
  if (b.first > cue_last + 1) {
    to = b.first;
    while (to > from && (word(s, to - 1) == "from" || word(s, to - 1) == "of" || is_filler(word(s, to - 1)))) --to;
    while (from < to && skip.count(word(s, from))) ++from;
  }
  if (from >= to) {
    from = b.last;
    to = from;
    while (to < s.last && to - from < 10 && !stop.count(word(s, to))) ++to;
  }
  while (from < to && skip.count(word(s, from))) ++from;
  for (std::uint32_t i = from; i < to; ++i)
    if (stop.count(word(s, i)) && word(s, i) != "in") to = i;
  if (from >= to || to - from > 10) return {};
  return std::string(ctx_.span_text(from, to));
}

void FrameMatcher::emit_all(const Rule& r, std::uint32_t s, const std::vector<int>& as, const std::vector<int>& bs,
              std::uint32_t cf, std::uint32_t cl, float conf) {
  for (int a : as)
    for (int b : bs) emit(r, s, a, b, cf, cl, conf);
}

void FrameMatcher::emit_pairs(const Rule& r, std::uint32_t s, const std::vector<int>& xs, std::uint32_t cf, std::uint32_t cl,
                float conf) {
  for (std::size_t i = 0; i < xs.size(); ++i)
    for (std::size_t j = i + 1; j < xs.size(); ++j) emit(r, s, xs[i], xs[j], cf, cl, conf);
}

}  // namespace kg::extract
