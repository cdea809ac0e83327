// The word-window frames: where each frame finds its two ends around a cue.

#include "frame_matcher.hpp"

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

void FrameMatcher::apply(const Rule& r, std::uint32_t s, std::uint32_t cf, std::uint32_t cl) {
  const Sentence& sent = ctx_.seg.sentences[s];
  const float conf = r.confidence;
  switch (r.frame) {
    case Frame::Visit: {
      std::uint32_t end = cl;
      const auto patients = actor_list(sent, cl, &end);
      // "called on Iran to ..." is a demand; so is "called on Ofwat, the
      // regulator, to ...", past the aside.
      end = past_aside(sent, end);
      if (infinitive_after(sent, end) < sent.last) return;
      // ... however long the list (or the phrase of time: "called on X
      // before the summit to ...") before the infinitive, where the tree has it.
      if (const SyntaxToken* cue = ctx_.syntax_at(s, cf)) {
        const SyntaxSentence& tree = ctx_.syntax[s];
        const int at = static_cast<int>(cue - tree.data());
        // (Or under a phrase of the verb's: "called on Russia in a joint
        // declaration to withdraw".)
        for (int k = at + 1; k < static_cast<int>(tree.size()); ++k) {
          const SyntaxToken& t = tree[static_cast<std::size_t>(k)];
          if (t.upos != "VERB" || !has_mark(tree, k, "to") || t.head < 0) continue;
          const bool clause = t.head == at && (t.deprel == "xcomp" || t.deprel == "advcl");
          const bool in_phrase = t.deprel == "acl" && tree[static_cast<std::size_t>(t.head)].head == at;
          if (clause || in_phrase) return;
        }
      }
      emit_all(r, s, agents_left(sent, cf), patients, cf, cl, conf);
      return;
    }
    case Frame::Condition: {
      // The condition is the demand; a negated main clause ("will not
      // negotiate until ...") states it all the same.
      const auto patients = actor_list(sent, cl);
      if (patients.empty()) return;
      // "ran the police for a decade until X sacked him": an "until" after a
      // clause with no modal and no cue of modality.tsv (a negation, a
      // refusal, a plan) tells when, not on what terms ("refused to talk
      // until X lifted sanctions" sets terms).
      if (word(sent, cf) == "until") {
        bool terms = modality_of(ctx_, rules_, s, sent.first, cf, cf, Modality::Occurred) != Modality::Occurred;
        for (std::uint32_t i = cf; i > sent.first && !terms && word(sent, i - 1) != ","; --i)
          terms = ctx_.xpos_at(s, i - 1) == "MD";
        if (!terms) return;
      }
      // "Pompeo said that Washington would keep sanctions until ...": the
      // subject of the clause holding the condition, else the sentence's.
      // A clause subject that is no actor ("X said ... that tension would
      // ease only if Y ...") leaves the condition to the one who said it.
      std::vector<int> agents;
      std::uint32_t that = 0;
      for (std::uint32_t i = cf; i > sent.first && agents.empty(); --i)
        if (word(sent, i - 1) == "that") {
          that = i - 1;
          agents = actor_list(sent, i);
        }
      for (std::uint32_t i = that; agents.empty() && i > sent.first; --i)
        if (ctx_.lex.in("speech_verbs", word(sent, i - 1))) agents = agents_left(sent, i - 1);
      if (agents.empty()) agents = sentence_subject(sent);
      for (int a : agents)
        for (int b : patients) emit(r, s, a, b, cf, cl, conf, false);
      return;
    }
    case Frame::Reverse: {
      emit_all(r, s, patients_right(sent, cl, r.preps, 6), agents_left(sent, cf), cf, cl, conf);
      return;
    }
    case Frame::Verb: {
      // "the toughest sanctions Lisbon has imposed": a noun, where the tagger
      // says so after a determiner, adjective or preposition ("lodged
      // protests with host Japan"; a headline's "U.S. Sanctions X" it often
      // reads as a noun too).
      if (const std::string_view tag = ctx_.xpos_at(s, cf); (tag == "NN" || tag == "NNS") && cf > sent.first) {
        const std::string_view before = ctx_.xpos_at(s, cf - 1);
        // (Not "a plan that demands X".)
        if (before == "DT" || before == "JJ" || before == "JJS" || before == "JJR" || before == "PRP$" ||
            before == "POS" || (before == "IN" && word(sent, cf - 1) != "that"))
          return;
      }
      // "North Korea's sanctioned Foreign Trade Bank": an adjective, where
      // the tagger (or tag_repair.cpp) says so.
      if (ctx_.xpos_at(s, cf) == "JJ") return;
      // "actions targeting the United States": a participle after a noun acts
      // for that noun; a sanction only when the noun names sanctions.
      if (r.relation == RelationType::Sanctions && ctx_.xpos_at(s, cf) == "VBG" && cf > sent.first &&
          (ctx_.xpos_at(s, cf - 1) == "NN" || ctx_.xpos_at(s, cf - 1) == "NNS") &&
          !ctx_.lex.in("sanction_nouns", word(sent, cf - 1)))
        return;
      // "X heads / leads / chairs Y" the tagger read as a verb: the tree rule's
      // to state ("would lead Washington to reverse" is no post).
      if (r.relation == RelationType::LeaderOf && ctx_.xpos_at(s, cf).starts_with("VB")) return;
      if (r.relation == RelationType::MetWith && two_sides_before(sent, cf)) return;
      // "demanded that Brazil extradite supporters of X": the clause's
      // subject is asked (the insist frame), not a name after "of" in it.
      if (r.relation == RelationType::DemandsFrom && that_clause_at(sent, cl) < sent.last) return;
      // "The U.S. imposed sanctions on Syria, targeting ...": a participle
      // after a comma goes on from the clause and shares its subject.
      const bool participle_clause = cf > sent.first && word(sent, cf - 1) == "," && word(sent, cf).ends_with("ing");
      auto agents = coordinated_verb(sent, cf) || participle_clause || after_participle_aside(sent, cf)
                        ? sentence_subject(sent)
                        : agents_left(sent, cf);
      if (agents.empty()) agents = participle_agent(sent, cf);
      auto patients = patients_right(sent, cl, r.preps, 10);
      // "host U.S. troops", "hosted the Taliban's political office": a name
      // that modifies the noun after it is not whom one meets.
      if (r.relation == RelationType::MetWith)
        std::erase_if(patients, [&](int m) {
          const std::uint32_t k = ctx_.mentions[static_cast<std::size_t>(m)].last;
          if (k >= sent.last) return false;
          const std::string_view tag = ctx_.xpos_at(s, k);
          return ctx_.possessive(k) || (!ctx_.seg.tokens[k].capitalized && (tag == "NN" || tag == "NNS"));
        });
      // "chairs the parliament's delegation": who heads a body's part does not
      // head the body; "heads the bank's Lisbon office": nor the place that
      // qualifies the part.
      if (r.relation == RelationType::LeaderOf)
        std::erase_if(patients, [&](int m) {
          const Mention& p = ctx_.mentions[m];
          const std::uint32_t k = p.last;
          if (k + 1 < sent.last && ctx_.possessive(k) && ctx_.seg.tokens[k + 1].kind == TokenKind::Word &&
              !ctx_.seg.tokens[k + 1].capitalized)
            return true;
          return (p.type == EntityType::Country || p.type == EntityType::Location) && p.first > sent.first &&
                 ctx_.possessive(p.first - 1) && k < sent.last && ctx_.seg.tokens[k].kind == TokenKind::Word &&
                 !ctx_.seg.tokens[k].capitalized && !ctx_.lex.in("function_words", word(sent, k));
        });
      // "Ali Khamenei, whom the United States blacklisted": the object is the antecedent.
      if (patients.empty() && !agents.empty()) {
        const std::uint32_t a0 = np_start(agents.back());
        if (a0 > sent.first + 1 && (word(sent, a0 - 1) == "whom" || word(sent, a0 - 1) == "which")) {
          for (std::uint32_t j = a0 - 1; j > sent.first && a0 - j < 6;) {
            --j;
            const int m = ctx_.mention_at[j];
            if (m >= 0 && is_actor(ctx_.mentions[m])) {
              patients.push_back(m);
              break;
            }
          }
        }
      }
      // "A and B met on Monday" is the pair; "A and B met with the union"
      // names whom they met, no actor; "an invitation from A and B to meet
      // them" someone else.
      const bool pronoun_object = cl < sent.last && (ctx_.lex.in("pronouns", word(sent, cl)) ||
                                                     ctx_.lex.in("pair_pronouns", to_lower_ascii(word(sent, cl))));
      // (Not "A, B and C had received more than $50 billion": what they
      // received is no meeting.)
      const std::string_view after = cl < sent.last ? ctx_.xpos_at(s, cl) : std::string_view{};
      const bool thing_object = after == "DT" || after == "PRP$" || after == "JJR" || after == "RBR" || after == "$" ||
                                ((after == "NN" || after == "NNS") && !ctx_.seg.tokens[cl].capitalized);
      // (Nor "A, B and C were received by X": guests of one host, not of each other.)
      const std::string before = cf > sent.first ? word(sent, cf - 1) : std::string();
      const bool passive = before == "was" || before == "were" || before == "been" || before == "being";
      if (r.relation == RelationType::MetWith && patients.empty() && agents.size() >= 2 && !with_after(sent, cl) &&
          !pronoun_object && !thing_object && !passive) {
        emit_pairs(r, s, agents, cf, cl, conf);
        return;
      }
      // "The measures ... target A and B": whoever sanctioned last, when what
      // targets them names sanctions ("The deal covered X" names none).
      if (agents.empty() && r.relation == RelationType::Sanctions && sanctions_named_before(sent, cf, cl))
        agents.push_back(kLastActor);
      emit_all(r, s, agents, patients, cf, cl, conf);
      return;
    }
    case Frame::Passive: {
      // "imposed by A on B", "imposed on B by A", "B ... was sanctioned by A".
      // Not an active verb the tagger tells ("the Treasury blacklisted four
      // companies owned by X"), nor a "by" of another participle on the way.
      if (ctx_.xpos_at(s, cl - 1) == "VBD") return;
      std::uint32_t i = cl;
      while (i < sent.last && i - cl < 8 && word(sent, i) != "by" && word(sent, i) != "," && word(sent, i) != ";") {
        if (ctx_.xpos_at(s, i) == "VBN") return;
        ++i;
      }
      if (i >= sent.last || word(sent, i) != "by") return;
      std::uint32_t end = i + 1;
      const auto agents = actor_list(sent, i + 1, &end);
      auto patients = patients_right(sent, end, r.preps, 6);
      if (patients.empty() && i > cl) patients = patients_right(sent, cl, r.preps, i - cl);
      if (patients.empty()) {
        // "The North remains under sanctions imposed by ...": the subject just before.
        patients = agents_left(sent, cf);
        if (!patients.empty() && cf - ctx_.mentions[patients.front()].last > 3) patients.clear();
      }
      // "a delegation of U.S. lawmakers led by X": a name modifying the noun
      // led is not what X leads; nor one possessing it ("Ukraine's team, led
      // by X": X serves Ukraine, tree rule works.led.part).
      if (r.relation == RelationType::LeaderOf)
        std::erase_if(patients, [&](int m) {
          std::uint32_t k = ctx_.mentions[m].last;
          if (k + 1 < cf && ctx_.possessive(k)) ++k;
          return k < sent.last && ctx_.seg.tokens[k].kind == TokenKind::Word && !ctx_.seg.tokens[k].capitalized &&
                 k < cf;
        });
      emit_all(r, s, agents, patients, cf, cl, conf);
      return;
    }
    case Frame::Noun:
      noun_frame(r, s, cf, cl);
      return;
    case Frame::Control: {
      std::uint32_t end = cl;
      const auto agents = coordinated_verb(sent, cf) ? sentence_subject(sent) : agents_left(sent, cf);
      const auto patients = actor_list(sent, cl, &end);
      if (patients.empty()) return;
      // "... B to <verb>" within a few words (past an aside after B: "asked A
      // and B, the leader known as C, to ..."); not "B to be arrested": what
      // is to be done to B asks it of someone else.
      end = past_aside(sent, end);
      const std::uint32_t to = infinitive_after(sent, end);
      if (to == sent.last || passive_infinitive(s, to)) return;
      emit_all(r, s, agents, patients, cf, cl, conf);
      return;
    }
    case Frame::Insist: {
      const std::uint32_t that = that_clause_at(sent, cl);
      if (that >= sent.last) return;
      std::uint32_t end = that + 1;
      const auto patients = actor_list(sent, that + 1, &end);
      // A statement of what was, not a demand: "insisted that the company had been viable",
      // past an aside after the name: "insisted that X, its parent company, was not ...".
      // (And past the quotation mark of a quote that opens with the verb:
      // "insisted that X \"is not an agent\"".)
      std::uint32_t verb = past_aside(sent, end);
      if (verb + 1 < sent.last && is_opening_quote(word(sent, verb))) ++verb;
      if (verb < sent.last && ctx_.lex.in("stative_auxiliaries", word(sent, verb))) return;
      // ... or in the past tense, where the sentence was tagged: "insisted
      // that B gave no guarantee" (a demand's verb is a base form or a modal's).
      if (verb < sent.last && ctx_.xpos_at(s, verb) == "VBD") return;
      const auto agents = coordinated_verb(sent, cf) ? sentence_subject(sent) : agents_left(sent, cf);
      emit_all(r, s, agents, patients, cf, cl, conf);
      return;
    }
  }
}

std::uint32_t FrameMatcher::infinitive_after(const Sentence& sent, std::uint32_t end) const {
  const auto conjunction = [&](std::uint32_t i) {
    return i < sent.last && (word(sent, i) == "and" || word(sent, i) == "or");
  };
  // (The conjunction may come after the list's last noun: "the Burundian government and".)
  const std::uint32_t reach = conjunction(end) || conjunction(end + 1) ? 6 : 3;
  for (std::uint32_t i = end; i < sent.last && i - end < reach; ++i) {
    if (word(sent, i) == "to") return i;
    if (reach > 3 && word(sent, i) == ",") break;
  }
  return sent.last;
}

bool FrameMatcher::passive_infinitive(std::uint32_t s, std::uint32_t to) const {
  const Sentence& sent = ctx_.seg.sentences[s];
  if (to + 2 >= sent.last || (word(sent, to + 1) != "be" && word(sent, to + 1) != "get")) return false;
  // The tagger's word for the participle, where the sentence was tagged.
  return ctx_.xpos_at(s, to + 2) == "VBN";
}

std::uint32_t FrameMatcher::that_clause_at(const Sentence& s, std::uint32_t at) {
  // Past a time adverbial: "demanded last month that B ...".
  std::uint32_t that = at;
  while (that < s.last && that - at < 3 && ctx_.lex.in("time_words", word(s, that))) ++that;
  if (that < s.last && word(s, that) == "that") return that;
  // Past a short phrase with a preposition, where the sentence was tagged:
  // "insisted before the meeting that B ...".
  const std::uint32_t sentence = ctx_.sentence_index(s);
  if (ctx_.xpos_at(sentence, at) != "IN" || word(s, at) == "that") return s.last;
  for (that = at + 1; that < s.last && that - at <= 4; ++that) {
    if (word(s, that) == "that") return that;
    const std::string_view tag = ctx_.xpos_at(sentence, that);
    if (tag != "DT" && tag != "JJ" && tag != "NN" && tag != "NNS" && tag != "CD" && tag != "PRP$") break;
  }
  return s.last;
}

std::uint32_t FrameMatcher::past_aside(const Sentence& s, std::uint32_t at) {
  if (at >= s.last || word(s, at) != ",") return at;
  for (std::uint32_t k = at + 1; k < s.last && k - at < 12; ++k)
    if (word(s, k) == ",") return k + 1;
  return at;
}

bool FrameMatcher::with_after(const Sentence& s, std::uint32_t from) {
  for (std::uint32_t i = from; i < s.last && i - from < 4; ++i) {
    const std::string w = word(s, i);
    if (w == "with") return true;
    if (w == "," || w == ";") return false;
  }
  return false;
}

// "The measures ... target A": the words before the cue name sanctions, a
// list or people who impose them (frame_matcher.hpp).
bool FrameMatcher::sanctions_named_before(const Sentence& s, std::uint32_t cf, std::uint32_t cl) const {
  for (std::uint32_t i = cf > s.first + 12 ? cf - 12 : s.first; i + 1 < cl; ++i) {
    const std::string& w = word(s, i);
    if (ctx_.lex.in("sanction_nouns", w) || ctx_.lex.in("listing_words", w) || ctx_.lex.in("group_nouns", w) ||
        (w.size() > 3 && w.back() == 's' && ctx_.lex.title(w.substr(0, w.size() - 1)) != nullptr))
      return true;
  }
  return false;
}

}  // namespace kg::extract
