// The part-of-speech tagger: an averaged perceptron that reads a sentence
// left to right and gives each word a joint (UPOS, XPOS) tag from its form,
// affixes, shape, the tags the word had in training, its neighbours and the
// tags already given.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "linear_model.hpp"
#include "model_id.hpp"
#include "treebank.hpp"
#include "word_shape.hpp"

namespace kg::nlp {

class ModelReader;
class ModelWriter;

class Tagger {
 public:
  std::size_t tag_count() const { return upos_.size(); }
  std::string_view upos(std::uint16_t tag) const { return upos_[tag]; }
  std::string_view xpos(std::uint16_t tag) const { return xpos_[tag]; }

  // Words of a sentence: what the features need of each form.
  std::vector<WordInfo> words(std::span<const std::string_view> forms) const;
  // One tag per word: a left-to-right pass, then (when the model has one) a
  // second pass that also sees the first pass's tags of the words after.
  // The reference path: every feature of every word scored afresh.
  void tag(std::span<const WordInfo> words, std::vector<std::uint16_t>& tags) const;
  // The same tags, faster (tagger_fast.cpp): what a word form contributes by
  // itself and as a neighbour does not depend on the tags, so its summed
  // weights are kept per form in a bounded per-thread cache and only the
  // features of the context are looked up per word.
  void tag_fast(std::span<const std::string_view> forms, std::vector<std::uint16_t>& tags) const;
  // A sentence of seven words or more in sentence case that was given no
  // verb gets one (tagger_verb.cpp): the word whose best verb tag scored
  // closest to its tag, when close enough; the words after are tagged again.
  void ensure_verb(std::span<const std::string_view> forms, std::vector<std::uint16_t>& tags) const;

  void write(ModelWriter& out) const;
  static Tagger read(ModelReader& in);

  struct TrainOptions {
    int epochs = 8;
    std::uint64_t seed = 1;
  };
  // The first pass alone.
  static Tagger train(const std::vector<TreebankSentence>& train, const TrainOptions& options, std::ostream& log);
  // Adds the second pass, learned from first-pass tags of the training
  // sentences that a first pass trained without them gave (jackknifed).
  void train_second_pass(const std::vector<TreebankSentence>& train,
                         const std::vector<std::vector<std::uint16_t>>& first_tags, const TrainOptions& options,
                         std::ostream& log);
  std::uint16_t tag_id(std::string_view upos, std::string_view xpos) const;

 private:
  std::vector<std::string> upos_, xpos_;                  // by tag id
  std::unordered_map<std::uint64_t, std::uint64_t> ambiguity_;  // word hash -> hash of its tag set
  // Frequent words that (nearly) always had one tag take it without scoring
  // ("the", ",", "said"): half of running text, at no cost in accuracy.
  std::unordered_map<std::uint64_t, std::uint16_t> sure_;
  LinearModel model_;
  LinearModel second_;  // no features: one pass only
  ModelId id_;  // renewed when the weights change
  // What tag_fast keeps of a word form (tagger_fast.cpp).
  WordInfo info(std::string_view form, std::uint64_t sentence_case) const;

  // Tags every word; with `keep_before` = k, words before k keep their tags
  // and word k takes first[k].
  void run_pass(const LinearModel& model, std::span<const WordInfo> words, std::span<const std::uint16_t> first,
                std::vector<std::uint16_t>& tags, std::size_t keep_before = 0) const;
};

// The features of word i given the tags of the words before it, and, for
// the second pass, the first pass's tags of all words (else empty).
void tagger_features(std::span<const WordInfo> words, std::size_t i, std::span<const std::uint16_t> tags,
                     std::span<const std::uint16_t> first, std::vector<std::uint32_t>& out);

}  // namespace kg::nlp
