// LinearModel scoring against a plain map of the same weights: every
// feature (one weight kept in the table itself, a few packed, a dense row)
// found with exactly its weights, absent ones adding nothing, also where the
// lookup table's probing wraps around its end.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "nlp/linear_model.hpp"

using kg::nlp::LinearModel;

namespace {

struct Reference {
  std::uint32_t classes;
  std::map<std::uint32_t, std::vector<LinearModel::Entry>> rows;  // key -> its weights

  LinearModel build() const {
    std::vector<std::uint32_t> keys, begin{0};
    std::vector<LinearModel::Entry> entries;
    for (const auto& [key, row] : rows) {
      keys.push_back(key);
      entries.insert(entries.end(), row.begin(), row.end());
      begin.push_back(static_cast<std::uint32_t>(entries.size()));
    }
    return LinearModel(classes, keys, begin, entries);
  }
};

// The lookup table has the smallest power-of-two size of at least 16 slots
// that is at most two thirds full; a key's home slot is its golden-ratio
// product masked to that size (linear_model.hpp).
std::uint32_t table_size(std::size_t keys) {
  std::uint32_t size = 16;
  while (size * 2 < keys * 3) size *= 2;
  return size;
}

void expect_scores_match(const Reference& ref, const LinearModel& m, std::uint32_t absent_from) {
  ASSERT_EQ(m.features(), ref.rows.size());
  std::vector<std::int32_t> sum(m.row_size());
  for (const auto& [key, row] : ref.rows) {
    std::fill(sum.begin(), sum.end(), 0);
    m.add_raw(std::vector<std::uint32_t>{key, absent_from}, sum.data());
    std::vector<std::int32_t> want(m.row_size(), 0);
    for (const auto& e : row) want[e.cls] += static_cast<std::int32_t>(std::lround(e.weight / m.scale()));
    ASSERT_EQ(sum, want) << "key " << key << " with " << row.size() << " weights";
  }
  // add_scores gives the same sums as floats, on top of what is there.
  const auto& [key, row] = *ref.rows.begin();
  std::vector<float> scores(m.classes(), 1.0f);
  m.add_scores(std::vector<std::uint32_t>{key}, scores.data());
  std::fill(sum.begin(), sum.end(), 0);
  m.add_raw(std::vector<std::uint32_t>{key}, sum.data());
  for (std::uint32_t c = 0; c < m.classes(); ++c) EXPECT_EQ(scores[c], 1.0f + static_cast<float>(sum[c]));
}

}  // namespace

TEST(LinearModel, EveryKindOfFeatureScoresItsWeights) {
  std::mt19937 rng(5);
  Reference ref{40, {}};
  std::uniform_int_distribution<std::uint32_t> any_key(1, 1u << 30);
  std::uniform_int_distribution<int> weight(-3000, 3000);
  for (int i = 0; i < 3000; ++i) {
    const std::uint32_t key = any_key(rng);
    const int n = i % 3 == 0 ? 1 : i % 3 == 1 ? 1 + i % 4 : 5 + i % 36;  // inline, packed, dense
    std::vector<LinearModel::Entry> row;
    for (int k = 0; k < n; ++k)
      row.push_back({static_cast<std::uint16_t>((k * 7 + i) % 40), static_cast<float>(weight(rng) | 1)});
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    row.erase(std::unique(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.cls == b.cls; }),
              row.end());
    ref.rows[key] = row;
  }
  ref.rows[1u << 31] = {{0, 32767.0f}};  // the largest weight: sets the scale
  const LinearModel m = ref.build();
  expect_scores_match(ref, m, (1u << 30) + 12345);
}

TEST(LinearModel, KeysCrowdingTheLastSlotsWrapAround) {
  constexpr std::size_t kKeys = 200;
  const std::uint32_t mask = table_size(kKeys) - 1;
  Reference ref{3, {}};
  // A third of the keys want the very last slot, a few the first ones.
  for (std::uint32_t k = 1; ref.rows.size() < kKeys / 3; ++k)
    if (((k * 0x9E3779B1u) & mask) == mask) ref.rows[k] = {{static_cast<std::uint16_t>(k % 3), float(k % 100) + 1}};
  for (std::uint32_t k = 1; ref.rows.size() < kKeys / 2; ++k)
    if (((k * 0x9E3779B1u) & mask) < 3) ref.rows[k] = {{0, 2.0f}, {2, -5.0f}};
  for (std::uint32_t k = 1; ref.rows.size() < kKeys; ++k) ref.rows.try_emplace(k * 101, std::vector<LinearModel::Entry>{{1, 1.0f}});
  const LinearModel m = ref.build();
  expect_scores_match(ref, m, 0xFFFFFFF1u);
  // Pruning keeps the lookups right.
  const LinearModel p = m.pruned(1);
  expect_scores_match(ref, p, 0xFFFFFFF1u);
}
