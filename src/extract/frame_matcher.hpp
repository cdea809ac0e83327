// The word-window frame matcher: finds each rule's cues in a sentence and
// fills the frame's two ends from the resolved mentions around it
// (relations.cpp runs it; frames.cpp, noun_frame.cpp and fact_emit.cpp hold
// its parts).
#pragma once

#include <string>
#include <vector>

#include "relations.hpp"
#include "rules.hpp"
#include "window_phrases.hpp"

namespace kg::extract {

class FrameMatcher : private WindowPhrases {
 public:
  FrameMatcher(const Context& ctx, const RuleSet& rules) : WindowPhrases(ctx), rules_(rules) {}
  FrameFindings run();

 private:
  struct Hit {
    CueRef cue;
    std::uint32_t at;
  };

  bool cue_at(const Sentence& s, std::uint32_t i, const std::vector<std::string>& cue) const;
  void apply(const Rule& r, std::uint32_t s, std::uint32_t cf, std::uint32_t cl);
  void noun_frame(const Rule& r, std::uint32_t s, std::uint32_t cf, std::uint32_t cl);
  bool two_sides_before(const Sentence& s, std::uint32_t cue);
  // A name right before a meeting noun with an article before it ("the annual
  // AUKMIN talks"): the meeting's name.
  bool names_the_meeting(const Sentence& sent, const Mention& name, std::uint32_t cue) const;
  // Whether the dozen words before the cue [cf, cl) or its own words but the
  // last name sanctions or people who impose them ("The measures ...
  // target", "The ministers also targeted", "The list names", "Those
  // designated include"; not "The deal covered").
  bool sanctions_named_before(const Sentence& s, std::uint32_t cf, std::uint32_t cl) const;
  // "with" among the few words from token `from`, before any comma: "met
  // (on Monday) with the union".
  bool with_after(const Sentence& s, std::uint32_t from);
  // Past an aside set off by commas that opens at token `at` ("Ofwat, the
  // regulator, to ..."): the token after its closing comma; else `at`.
  std::uint32_t past_aside(const Sentence& s, std::uint32_t at);
  // The "that" opening a clause at token `at`, past a time adverbial
  // ("demanded last month that B ..."); s.last when there is none.
  std::uint32_t that_clause_at(const Sentence& s, std::uint32_t at);
  // "to be arrested": a passive infinitive at the "to" at token `to` of
  // sentence s (by the tagger, where the sentence was tagged).
  bool passive_infinitive(std::uint32_t s, std::uint32_t to) const;
  // The "to" of an infinitive within a few words after a list that ends at
  // `end` (past a phrase "and" joins to it: "called on the Burundian
  // government and the opposition to return"), or sent.last.
  std::uint32_t infinitive_after(const Sentence& sent, std::uint32_t end) const;

  void emit(const Rule& r, std::uint32_t s, int a, int b, std::uint32_t cue_first, std::uint32_t cue_last,
            float confidence, bool check_modality = true);
  void emit_all(const Rule& r, std::uint32_t s, const std::vector<int>& as, const std::vector<int>& bs,
                std::uint32_t cf, std::uint32_t cl, float conf);
  void emit_pairs(const Rule& r, std::uint32_t s, const std::vector<int>& xs, std::uint32_t cf, std::uint32_t cl,
                  float conf);
  std::string demanded(std::uint32_t sentence, std::uint32_t cue_last, const Mention& b) const;

  // Whether the cue at token `cue` of sentence s is, by the tree, an act a
  // verb of demanding asks for ("urged A and B to sit down together":
  // tree_modality.tsv's suppressed heads), which is no fact of its own.
  bool demanded_act(std::uint32_t s, std::uint32_t cue) const;

  // An agent that stands for whoever did the act last (emit_for_last_actor).
  static constexpr int kLastActor = -1;
  void emit_for_last_actor(const Rule& r, std::uint32_t s, const Mention& b, std::uint32_t cue_first,
                           std::uint32_t cue_last, float confidence);

  const RuleSet& rules_;
  std::vector<Hit> hits_;
  std::vector<RawFact> facts_;
  std::vector<RawFact> last_actor_;
};

}  // namespace kg::extract
