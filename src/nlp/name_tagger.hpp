// The name recogniser: a structured averaged perceptron that gives each word
// of a tagged sentence a BILOU label (Begin, Inside, Last, Unit, Outside) of
// a person, organisation, place or event name, from the word, its affixes
// and shape, its part of speech and its neighbours', what the lexicons of
// data/lexicon/ say of it, and the label before it; the best labels of the
// whole sentence are found by Viterbi over pairs of labels that may follow
// each other.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "linear_model.hpp"
#include "name_spans.hpp"
#include "word_shape.hpp"

namespace kg::nlp {

class ModelReader;
class ModelWriter;

// What the lexicons say of a word: a bit per list it appears in (word of a
// country's name, first name, organisation head word, ...), by the hash of
// its normalised form.
using NameGazetteer = std::unordered_map<std::uint64_t, std::uint32_t>;

// One word as the recogniser sees it: the tagger's view of the form and the
// hash of its predicted universal part of speech.
struct NameWord {
  WordInfo info;
  std::uint64_t upos = 0;
  bool lower = false;  // begins with a lower-case letter
};

// 0 is Outside; then Begin, Inside, Last, Unit of each NameType in turn.
inline constexpr std::uint32_t kNameLabels = 1 + 4 * kNameTypes;

using NameSentence = std::vector<NameWord>;

// What a first reading of a document said of its words: per word (hash of
// the normalised form), how often it was read inside a name of each type,
// and how often it was written in lower case.
using NameMemory = std::unordered_map<std::uint64_t, std::array<std::uint16_t, kNameTypes + 1>>;

class NameTagger {
 public:
  // The names of each sentence of a document, in word order, never
  // overlapping: a first reading of every sentence, then (when the model has
  // one) a second that also knows what the first said of the same words
  // elsewhere in the document ("Novák" after "Jiří Novák").
  std::vector<std::vector<NameSpan>> names(std::span<const NameSentence> document) const;
  // One sentence as a document of its own.
  std::vector<NameSpan> names(std::span<const NameWord> words) const;

  void write(ModelWriter& out) const;
  static NameTagger read(ModelReader& in);

  struct TrainOptions {
    int epochs = 10;
    std::uint64_t seed = 1;
    std::uint32_t min_updates = 2;  // features updated fewer times are dropped (a smaller file, no loss on dev)
    int runs = 3;  // runs over other shuffles, their weights averaged
  };
  // documents[d] = the sentences of document d; gold likewise. The second
  // reading learns from first readings of each document by a first-reading
  // model trained without it (folds > 1; 0 or 1: no second reading).
  static NameTagger train(const std::vector<std::vector<NameSentence>>& documents,
                          const std::vector<std::vector<std::vector<NameSpan>>>& gold, NameGazetteer gazetteer,
                          const TrainOptions& options, std::size_t folds, std::ostream& log);

 private:
  NameGazetteer gazetteer_;
  LinearModel model_;
  LinearModel second_;  // no features: one reading only

  std::vector<std::uint32_t> gazetteer_bits(std::span<const NameWord> words) const;
  std::vector<std::uint8_t> read(const LinearModel& model, std::span<const NameWord> words,
                                 std::span<const std::uint32_t> gaz, const NameMemory* memory,
                                 std::span<const std::uint8_t> first) const;
  std::vector<std::vector<std::uint8_t>> first_reading(std::span<const NameSentence> document) const;
};

NameMemory name_memory(std::span<const NameSentence> document, const std::vector<std::vector<std::uint8_t>>& labels);

// BILOU labels <-> spans.
std::vector<std::uint8_t> name_labels(std::size_t words, std::span<const NameSpan> names);
std::vector<NameSpan> name_spans(std::span<const std::uint8_t> labels);

}  // namespace kg::nlp
