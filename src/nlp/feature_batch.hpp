// Feature keys made in a batch (feature_batch.cpp): the keys of
// feature(templ[i], a[i], b[i], c[i]) for every i, exactly.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kg::nlp {

struct FeatureArgs {
  static constexpr std::size_t kMax = 96;
  std::size_t size = 0;
  alignas(64) std::uint64_t templ[kMax];
  alignas(64) std::uint64_t a[kMax];
  alignas(64) std::uint64_t b[kMax];
  alignas(64) std::uint64_t c[kMax];
  void add(std::uint64_t t, std::uint64_t x, std::uint64_t y = 0, std::uint64_t z = 0) {
    templ[size] = t;
    a[size] = x;
    b[size] = y;
    c[size++] = z;
  }
};

// out has in.size items.
void feature_keys(const FeatureArgs& in, std::uint32_t* out);

}  // namespace kg::nlp
