// The dependency parser: greedy arc-eager transitions chosen by an averaged
// perceptron over the rich non-local features of Zhang & Nivre (2011),
// trained with the dynamic oracle of Goldberg & Nivre (2012).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "linear_model.hpp"
#include "parser_state.hpp"
#include "treebank.hpp"

namespace kg::nlp {

class ModelReader;
class ModelWriter;

// What the parser reads of a word: hashes of its normalised form, its last
// three letters (for words it never saw), its shape, and its tag.
struct ParserWord {
  std::uint64_t word = 0;
  std::uint64_t tag = 0;
  std::uint64_t suffix = 0;
  std::uint64_t shape = 0;
};
ParserWord parser_word(std::string_view form, std::uint64_t tag);

void parser_features(const ParserState& s, std::span<const ParserWord> words, std::vector<std::uint32_t>& out);

class Parser {
 public:
  std::size_t label_count() const { return labels_.size(); }
  const std::string& label(std::uint16_t l) const { return labels_[l]; }

  // heads[i]: index of word i's head, -1 for the root; labels[i] its label.
  void parse(std::span<const ParserWord> words, std::vector<int>& heads, std::vector<std::uint16_t>& labels) const;

  void write(ModelWriter& out) const;
  static Parser read(ModelReader& in);

  struct TrainOptions {
    int epochs = 12;
    std::uint64_t seed = 7;
    double explore = 0.9;  // from the second epoch, follow the model's own move this often
  };
  // sentences[i] is read with tags[i] (one tag hash per word: gold or predicted).
  static Parser train(const std::vector<TreebankSentence>& sentences,
                      const std::vector<std::vector<ParserWord>>& words, const TrainOptions& options,
                      std::ostream& log);

 private:
  bool allowed(const ParserState& s, Action act) const;
  // The first allowed action of the highest score (float while training,
  // the model's exact integer sums when parsing: the same choice).
  template <class Score>
  std::uint32_t best_valid(const ParserState& s, std::span<const Score> scores) const;
  std::vector<std::string> labels_;
  std::uint16_t root_label_ = 0;
  std::uint16_t dep_label_ = 0;  // for a second word the root took
  LinearModel model_;
};

// Re-attaches the words of non-projective arcs to their head's head until
// the tree is projective (so the oracle can reach it); heads use n for root.
void projectivize(std::vector<int>& heads);

}  // namespace kg::nlp
