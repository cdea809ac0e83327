// LinearModel storage: in the file, keys, per-feature entry counts, classes
// and 16-bit weights, exactly as held in memory.
#include "linear_model.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>

#include "avx2_clone.hpp"
#include "model_io.hpp"

namespace kg::nlp {

LinearModel::LinearModel(std::uint32_t classes, std::vector<std::uint32_t> keys, std::vector<std::uint32_t> begin,
                         const std::vector<Entry>& entries)
    : classes_(classes), keys_(std::move(keys)), begin_(std::move(begin)) {
  float largest = 0;
  for (const auto& e : entries) largest = std::max(largest, std::abs(e.weight));
  scale_ = largest > 0 ? largest / 32767.0f : 1.0f;
  cls_.reserve(entries.size());
  weight_.reserve(entries.size());
  for (const auto& e : entries) {
    cls_.push_back(e.cls);
    weight_.push_back(static_cast<std::int16_t>(std::lround(e.weight / scale_)));
  }
  index();
}

void LinearModel::index() {
  row_size_ = (classes_ + 7) / 8 * 8;
  const auto dense_row = [&](std::size_t i) { return (begin_[i + 1] - begin_[i]) * 8 >= classes_; };
  std::size_t dense_rows = 0;
  for (std::size_t i = 0; i < keys_.size(); ++i) dense_rows += dense_row(i);
  packed_.clear();
  packed_.reserve(keys_.size() + cls_.size());
  dense_.assign(dense_rows * row_size_, 0);
  std::size_t size = 16;
  while (size * 2 < keys_.size() * 3) size *= 2;
  table_.assign(size, 0);
  mask_ = static_cast<std::uint32_t>(size - 1);
  // Inserted at random, the entries would miss the cache at every insert;
  // grouped first by the top bits of their home slot (a counting sort),
  // each group fills a few kilobytes of the table. Linear probing finds an
  // entry whatever the order of the inserts.
  const unsigned bits = static_cast<unsigned>(std::countr_zero(size));
  const unsigned shift = bits > 11 ? bits - 11 : 0;  // at most 2048 groups of 1024 or more slots
  std::vector<std::uint32_t> count((size >> shift) + 1, 0);
  for (const std::uint32_t key : keys_) ++count[(slot_of(key) >> shift) + 1];
  for (std::size_t g = 1; g < count.size(); ++g) count[g] += count[g - 1];
  // The table entries, key << 32 | offset, by group.
  const auto grouped = std::make_unique_for_overwrite<std::uint64_t[]>(keys_.size());
  std::uint32_t row = 0;
  for (std::uint32_t i = 0; i < keys_.size(); ++i) {
    std::uint32_t offset;
    if (dense_row(i)) {
      offset = kDense | row;
      std::int16_t* weights = &dense_[static_cast<std::size_t>(row++) * row_size_];
      for (std::uint32_t k = begin_[i]; k < begin_[i + 1]; ++k) weights[cls_[k]] = weight_[k];
    } else if (begin_[i + 1] - begin_[i] == 1 && cls_[begin_[i]] < (1u << 14)) {
      offset = kInline | static_cast<std::uint32_t>(cls_[begin_[i]]) << 16 |
               static_cast<std::uint16_t>(weight_[begin_[i]]);
    } else {
      offset = static_cast<std::uint32_t>(packed_.size());
      packed_.push_back({static_cast<std::uint16_t>(begin_[i + 1] - begin_[i]), 0});
      for (std::uint32_t k = begin_[i]; k < begin_[i + 1]; ++k) packed_.push_back({cls_[k], weight_[k]});
    }
    grouped[count[slot_of(keys_[i]) >> shift]++] = static_cast<std::uint64_t>(keys_[i]) << 32 | offset;
  }
  constexpr std::size_t kAhead = 8;  // the table's lines are fetched ahead of the inserts
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (i + kAhead < keys_.size())
      __builtin_prefetch(&table_[slot_of(static_cast<std::uint32_t>(grouped[i + kAhead] >> 32))], 1);
    std::uint32_t slot = slot_of(static_cast<std::uint32_t>(grouped[i] >> 32));
    while (table_[slot] != 0) slot = (slot + 1) & mask_;
    table_[slot] = grouped[i];
  }
}

// add_raw's work, cloned for AVX2 where the processor has it: the dense
// rows are added eight classes per instruction instead of four. The same
// integer sums either way. Private and called from this file only.
KG_AVX2_CLONE void LinearModel::add_raw_cloned(std::span<const std::uint32_t> features, std::int32_t* sum,
                                               std::span<const std::uint32_t> rows) const {
  constexpr std::size_t kBatch = 64;
  std::uint32_t at[kBatch];
  std::int32_t* to[kBatch];
  for (std::size_t from = 0; from < features.size(); from += kBatch) {
    const std::size_t n = std::min(kBatch, features.size() - from);
    const std::uint32_t* f = features.data() + from;
    for (std::size_t i = 0; i < n; ++i) {
      at[i] = slot_of(f[i]);
      __builtin_prefetch(&table_[at[i]]);
    }
    std::size_t found = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t o = find_from(at[i], f[i]);
      if (o == kNone) continue;
      std::int32_t* const dst = rows.empty() ? sum : sum + static_cast<std::size_t>(rows[from + i]) * row_size_;
      if ((o & (kDense | kInline)) == kInline) {
        dst[(o >> 16) & 0x3FFF] += static_cast<std::int16_t>(o & 0xFFFF);
        continue;
      }
      // All the cache lines of a row: a dense row spans three to four.
      if (o & kDense) {
        const char* row = reinterpret_cast<const char*>(&dense_[(o & ~kDense) * row_size_]);
        for (std::size_t b = 0; b < row_size_ * sizeof(std::int16_t); b += 64) __builtin_prefetch(row + b);
        __builtin_prefetch(row + row_size_ * sizeof(std::int16_t) - 1);
      } else {
        // A feature's entries may cross into the next line.
        __builtin_prefetch(&packed_[o]);
        __builtin_prefetch(&packed_[std::min<std::size_t>(o + 15, packed_.size() - 1)]);
      }
      to[found] = dst;
      at[found++] = o;
    }
    for (std::size_t i = 0; i < found; ++i) {
      std::int32_t* const dst = to[i];
      if (at[i] & kDense) {
        const std::int16_t* row = &dense_[(at[i] & ~kDense) * row_size_];
        // Eight lanes at a time (GCC/Clang vector extensions: SSE2/AVX/NEON as available).
        using Short8 = std::int16_t __attribute__((vector_size(16)));
        using Int8 = std::int32_t __attribute__((vector_size(32)));
        for (std::uint32_t c = 0; c < row_size_; c += 8) {
          Short8 w;
          Int8 a;
          std::memcpy(&w, row + c, sizeof w);
          std::memcpy(&a, dst + c, sizeof a);
          a += __builtin_convertvector(w, Int8);
          std::memcpy(dst + c, &a, sizeof a);
        }
        continue;
      }
      const Packed* p = &packed_[at[i]];
      for (const Packed* e = p + 1, *end = e + p->cls; e < end; ++e) dst[e->cls] += e->weight;
    }
  }
}

void LinearModel::add_raw(std::span<const std::uint32_t> features, std::int32_t* sum,
                          std::span<const std::uint32_t> rows) const {
  add_raw_cloned(features, sum, rows);
}

void LinearModel::add_scores(std::span<const std::uint32_t> features, float* scores) const {
  thread_local std::vector<std::int32_t> acc;
  acc.assign(row_size_, 0);
  add_raw(features, acc.data());
  for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += static_cast<float>(acc[c]);
}

LinearModel LinearModel::pruned(std::int16_t min_abs) const {
  LinearModel m;
  m.classes_ = classes_;
  m.scale_ = scale_;
  m.begin_.push_back(0);
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    for (std::uint32_t k = begin_[i]; k < begin_[i + 1]; ++k)
      if (std::abs(weight_[k]) >= min_abs) {
        m.cls_.push_back(cls_[k]);
        m.weight_.push_back(weight_[k]);
      }
    if (m.cls_.size() == m.begin_.back()) continue;
    m.keys_.push_back(keys_[i]);
    m.begin_.push_back(static_cast<std::uint32_t>(m.cls_.size()));
  }
  m.index();
  return m;
}

void LinearModel::write(ModelWriter& out) const {
  std::vector<std::uint16_t> counts(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i) counts[i] = static_cast<std::uint16_t>(begin_[i + 1] - begin_[i]);
  out.u32(classes_);
  out.f32(scale_);
  out.array(keys_);
  out.array(counts);
  out.array(cls_);
  out.array(weight_);
}

LinearModel LinearModel::read(ModelReader& in) {
  LinearModel m;
  m.classes_ = in.u32();
  m.scale_ = in.f32();
  m.keys_ = in.array<std::uint32_t>();
  const auto counts = in.array<std::uint16_t>();
  m.cls_ = in.array<std::uint16_t>();
  m.weight_ = in.array<std::int16_t>();
  if (m.classes_ == 0 || m.classes_ > 65535 || !std::isfinite(m.scale_) || counts.size() != m.keys_.size() ||
      m.cls_.size() != m.weight_.size())
    in.fail("corrupt linear model (inconsistent sizes)");
  m.begin_.assign(m.keys_.size() + 1, 0);
  for (std::size_t i = 0; i < m.keys_.size(); ++i) {
    if (m.keys_[i] == 0 || (i > 0 && m.keys_[i] <= m.keys_[i - 1]))
      in.fail("corrupt linear model (feature keys out of order)");
    m.begin_[i + 1] = m.begin_[i] + counts[i];
  }
  if (m.begin_.back() != m.cls_.size()) in.fail("corrupt linear model (entry count mismatch)");
  for (const std::uint16_t c : m.cls_)
    if (c >= m.classes_) in.fail("corrupt linear model (class out of range)");
  m.index();
  return m;
}

}  // namespace kg::nlp
