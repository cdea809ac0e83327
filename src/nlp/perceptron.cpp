#include "perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace kg::nlp {

void PerceptronTrainer::score(std::span<const std::uint32_t> features, std::vector<float>& scores) const {
  scores.assign(classes_, 0.0f);
  for (const std::uint32_t f : features) {
    const auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second.weights) scores[w.cls] += w.value;
  }
}

void PerceptronTrainer::change(Row& row, std::uint32_t cls, float delta) {
  auto it = std::find_if(row.weights.begin(), row.weights.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.weights.end()) {
    row.weights.push_back({static_cast<std::uint16_t>(cls), 0.0f, 0.0, now_});
    it = std::prev(row.weights.end());
  }
  it->total += static_cast<double>(it->value) * static_cast<double>(now_ - it->stamp);
  it->stamp = now_;
  it->value += delta;
}

void PerceptronTrainer::update(std::span<const std::uint32_t> features, std::uint32_t truth, std::uint32_t guess) {
  if (truth == guess) return;
  for (const std::uint32_t f : features) {
    Row& row = rows_[f];
    ++row.updates;
    change(row, truth, 1.0f);
    change(row, guess, -1.0f);
  }
}

void PerceptronTrainer::add(std::span<const std::uint32_t> features, std::uint32_t cls, float delta) {
  for (const std::uint32_t f : features) {
    Row& row = rows_[f];
    ++row.updates;
    change(row, cls, delta);
  }
}

LinearModel PerceptronTrainer::average(std::uint32_t min_updates, float min_weight) const {
  std::vector<std::uint32_t> keys;
  keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_)
    if (row.updates >= min_updates) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  std::vector<std::uint32_t> kept_keys, begin{0};
  std::vector<LinearModel::Entry> entries;
  const double steps = std::max<double>(1.0, static_cast<double>(now_));
  for (const std::uint32_t key : keys) {
    std::vector<Weight> weights = rows_.at(key).weights;
    std::sort(weights.begin(), weights.end(), [](const Weight& a, const Weight& b) { return a.cls < b.cls; });
    const std::size_t before = entries.size();
    for (const Weight& w : weights) {
      const double total = w.total + static_cast<double>(w.value) * static_cast<double>(now_ - w.stamp);
      const auto avg = static_cast<float>(total / steps);
      if (std::abs(avg) >= min_weight) entries.push_back({w.cls, avg});
    }
    if (entries.size() == before) continue;
    kept_keys.push_back(key);
    begin.push_back(static_cast<std::uint32_t>(entries.size()));
  }
  return LinearModel(classes_, std::move(kept_keys), std::move(begin), entries);
}

LinearModel PerceptronTrainer::average(std::span<const PerceptronTrainer> trainers, std::uint32_t min_updates,
                                       float min_weight) {
  std::vector<std::uint32_t> keys;
  for (const auto& t : trainers)
    for (const auto& [key, row] : t.rows_)
      if (row.updates >= min_updates) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  const std::uint32_t classes = trainers.empty() ? 0 : trainers.front().classes_;
  std::vector<std::uint32_t> kept_keys, begin{0};
  std::vector<LinearModel::Entry> entries;
  std::vector<double> sum(classes);
  for (const std::uint32_t key : keys) {
    std::fill(sum.begin(), sum.end(), 0.0);
    for (const auto& t : trainers) {
      const auto it = t.rows_.find(key);
      if (it == t.rows_.end()) continue;
      const double steps = std::max<double>(1.0, static_cast<double>(t.now_));
      for (const Weight& w : it->second.weights)
        sum[w.cls] += (w.total + static_cast<double>(w.value) * static_cast<double>(t.now_ - w.stamp)) / steps;
    }
    const std::size_t before = entries.size();
    for (std::uint32_t c = 0; c < classes; ++c) {
      const auto avg = static_cast<float>(sum[c] / static_cast<double>(trainers.size()));
      if (std::abs(avg) >= min_weight) entries.push_back({static_cast<std::uint16_t>(c), avg});
    }
    if (entries.size() == before) continue;
    kept_keys.push_back(key);
    begin.push_back(static_cast<std::uint32_t>(entries.size()));
  }
  return LinearModel(classes, std::move(kept_keys), std::move(begin), entries);
}

void shuffle_deterministic(std::vector<std::uint32_t>& order, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
}

}  // namespace kg::nlp
