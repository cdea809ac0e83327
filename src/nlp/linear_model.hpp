// A trained linear classifier over hashed features: each feature holds the
// weights of the classes it votes for (sparse), found through an
// open-addressing table. Weights are 16-bit integers in units of one shared
// scale: the best class is the same whatever the scale, so scoring adds
// integers and never multiplies, and the file's arrays are used as read.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "huge_pages.hpp"

namespace kg::nlp {

class ModelReader;
class ModelWriter;

class LinearModel {
 public:
  struct Entry {
    std::uint16_t cls;
    float weight;
  };

  LinearModel() = default;
  // features sorted by key; entries[begin[i], begin[i+1]) belong to keys[i].
  // The weights are quantised to 16 bits against the largest.
  LinearModel(std::uint32_t classes, std::vector<std::uint32_t> keys, std::vector<std::uint32_t> begin,
              const std::vector<Entry>& entries);

  std::uint32_t classes() const { return classes_; }
  std::size_t features() const { return keys_.size(); }
  // What one unit of the scores is worth in the weights given at construction.
  float scale() const { return scale_; }

  // scores[c] += weight of (f, c) for every feature f, in units of scale();
  // scores has classes() items. Memory-bound: the lookups of all features
  // are issued (prefetched) before any is used, so their misses overlap.
  void add_scores(std::span<const std::uint32_t> features, float* scores) const;
  // The same sums as integers: sum[c] += weight of (f, c), exactly; sum has
  // row_size() items (classes() rounded up to a multiple of 8, the rest 0).
  // With rows, feature i adds to the row rows[i] of sum instead (several
  // words' sums in one batch of lookups).
  void add_raw(std::span<const std::uint32_t> features, std::int32_t* sum,
               std::span<const std::uint32_t> rows = {}) const;
  std::uint32_t row_size() const { return row_size_; }

  // The model without weights smaller than min_abs units (and features left
  // with none): a smaller file that scores almost the same.
  LinearModel pruned(std::int16_t min_abs) const;

  void write(ModelWriter& out) const;
  static LinearModel read(ModelReader& in);

 private:
  static constexpr std::uint32_t kNone = ~0u;
  void add_raw_cloned(std::span<const std::uint32_t> features, std::int32_t* sum,
                      std::span<const std::uint32_t> rows) const;  // add_raw's work (linear_model.cpp)
  std::uint32_t slot_of(std::uint32_t key) const { return (key * 0x9E3779B1u) & mask_; }
  // The offset of key's entries in packed_ (its count first), or kNone.
  std::uint32_t find_from(std::uint32_t slot, std::uint32_t key) const {
    for (;; slot = (slot + 1) & mask_) {
      const std::uint64_t e = table_[slot];
      if (static_cast<std::uint32_t>(e >> 32) == key) return static_cast<std::uint32_t>(e);
      if (e == 0) return kNone;
    }
  }
  void index();

  std::uint32_t classes_ = 0;
  float scale_ = 1.0f;
  std::vector<std::uint32_t> keys_;   // sorted
  std::vector<std::uint32_t> begin_;  // keys_.size() + 1 offsets into cls_ and weight_
  std::vector<std::uint16_t> cls_;
  std::vector<std::int16_t> weight_;
  // For scoring, each feature's entries packed together after a count:
  // packed_[o] = {count, 0}, then count {class, weight} pairs. A feature
  // that votes for a quarter of the classes or more ("the next word is a
  // noun") keeps a dense row in dense_ instead, added without indexing.
  struct Packed {
    std::uint16_t cls;
    std::int16_t weight;
  };
  std::vector<Packed, HugePageAllocator<Packed>> packed_;
  std::vector<std::int16_t, HugePageAllocator<std::int16_t>> dense_;  // rows of row_size_ weights
  std::uint32_t row_size_ = 0;       // classes_ rounded up to a multiple of 8
  static constexpr std::uint32_t kDense = 1u << 31;  // offset flag: a row of dense_
  // Offset flag: a feature with one entry keeps it in the table itself,
  // class << 16 | weight, saving the second memory access.
  static constexpr std::uint32_t kInline = 1u << 30;
  // Lookup: slot -> key << 32 | offset in packed_ or dense_ or the inline
  // entry (0: empty; keys are never 0); a power-of-two size, at most two
  // thirds full, linear probing. Built at load group by group of home
  // slots, so the inserts stay within a few kilobytes of the table at a time.
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> table_{0};
  std::uint32_t mask_ = 0;
};

}  // namespace kg::nlp
