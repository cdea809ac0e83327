// Training an averaged perceptron (Collins 2002; the recipe of Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python"): weights are
// updated on mistakes, and the model kept is their average over all steps,
// computed lazily from per-weight time stamps.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "linear_model.hpp"

namespace kg::nlp {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::uint32_t classes) : classes_(classes) {}

  std::uint32_t classes() const { return classes_; }
  // scores[c] = current weight sum of class c (scores is resized).
  void score(std::span<const std::uint32_t> features, std::vector<float>& scores) const;
  // One training step: moves weight from guess to truth when they differ.
  void update(std::span<const std::uint32_t> features, std::uint32_t truth, std::uint32_t guess);
  // Adds delta to the weight of each feature for cls (a structured update:
  // the features of a gold and a guessed transition differ).
  void add(std::span<const std::uint32_t> features, std::uint32_t cls, float delta);
  // Counts one step (an instance seen), whether or not it was updated.
  void tick() { ++now_; }

  // The averaged weights; features updated fewer than min_updates times and
  // weights smaller than min_weight are dropped (the model stays small).
  LinearModel average(std::uint32_t min_updates, float min_weight) const;
  // The mean of several trainers' averaged weights (an ensemble of runs over
  // other shuffles); a feature is kept when it is kept in any of them.
  static LinearModel average(std::span<const PerceptronTrainer> trainers, std::uint32_t min_updates, float min_weight);

 private:
  struct Weight {
    std::uint16_t cls;
    float value;
    double total;         // sum of value over the steps before stamp
    std::uint64_t stamp;  // step of the last change
  };
  struct Row {
    std::uint32_t updates = 0;
    std::vector<Weight> weights;
  };
  void change(Row& row, std::uint32_t cls, float delta);

  std::uint32_t classes_;
  std::uint64_t now_ = 0;
  std::unordered_map<std::uint32_t, Row> rows_;
};

// Deterministic Fisher-Yates shuffle with a fixed-algorithm generator
// (std::shuffle's algorithm differs between standard libraries).
void shuffle_deterministic(std::vector<std::uint32_t>& order, std::uint64_t seed);

}  // namespace kg::nlp
