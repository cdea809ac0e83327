// The word-window frames' phrase finders: which resolved mentions stand
// for a noun phrase, for a cue's agent to its left and for its objects to its
// right. Used by the frame matcher (frame_matcher.hpp); the tree rules
// (tree_relations.cpp) find their ends in the parse instead.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"

namespace kg::extract {

// A mention that can be a relation's party: a person, state or body named,
// not a demonym used as an adjective.
bool is_actor(const Mention& m);
// Words that may sit between a preposition and its noun phrase's mention.
bool is_filler(std::string_view w);

class WindowPhrases {
 public:
  explicit WindowPhrases(const Context& ctx) : ctx_(ctx) {}

  // Folds the sentence's words once; word() reads them.
  void start_sentence(const Sentence& s);
  const std::string& word(const Sentence& s, std::uint32_t i) const { return folded_[i - s.first]; }

 protected:
  int mention_starting(std::uint32_t i) const;
  int np_actor(const Sentence& s, std::uint32_t i) const;
  int titled_person_after(int m) const;
  std::uint32_t past_description(const Sentence& s, int m) const;
  // "X, chairman of the committee": the holder of the post the body m
  // completes (a role found in its sentence), else m.
  int holder_of_post(const Sentence& s, int m) const;
  // "Transport Minister A", "the air force commander, A": the person a
  // title a few words after token j introduces, or -1.
  int person_after_described_title(const Sentence& s, std::uint32_t j) const;
  std::vector<int> actor_list(const Sentence& s, std::uint32_t i, std::uint32_t* end = nullptr) const;
  int possessed(const Sentence& s, int m) const;
  // "the Keller administration" (executives.tsv): person mention m names a
  // state's executive, which the tree rules find; not the person.
  bool names_executive(const Sentence& s, int m) const;
  std::uint32_t np_start(int m) const;
  std::vector<int> including(const Sentence& s, std::uint32_t from, std::uint32_t* end) const;
  std::optional<int> possessor_before(const Sentence& s, std::uint32_t cue) const;

  int official_of(const Sentence& s, int m) const;
  std::vector<int> agents_left(const Sentence& s, std::uint32_t cue) const;
  // The mention m, or, when it ends a relative clause set off by commas ("A,
  // the Republican who chairs the committee, and B"), the name before the
  // clause's comma (-1 when there is none).
  int described_by_clause(const Sentence& s, int m) const;
  std::vector<int> patients_right(const Sentence& s, std::uint32_t from, const std::vector<std::string>& preps,
                                  std::uint32_t window, std::uint32_t* end = nullptr) const;
  bool coordinated_verb(const Sentence& s, std::uint32_t cue) const;
  std::vector<int> sentence_subject(const Sentence& s) const;
  // Whether the cue comes right after an aside opened by a participle that
  // follows the sentence subject's name ("X, hosting ..., also held talks").
  bool after_participle_aside(const Sentence& s, std::uint32_t cue) const;
  std::vector<int> participle_agent(const Sentence& s, std::uint32_t cue) const;

  const Context& ctx_;

 private:
  std::vector<std::string> folded_;
};

}  // namespace kg::extract
