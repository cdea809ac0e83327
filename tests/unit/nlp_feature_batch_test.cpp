// feature_keys makes the very keys of feature(), one by one or four at a
// time (whichever path this processor takes), for batches of every size up
// to the largest, so the tail after the last full four too.
#include <gtest/gtest.h>

#include <random>

#include "nlp/feature_batch.hpp"
#include "nlp/hash.hpp"

using kg::nlp::FeatureArgs;

TEST(FeatureBatch, KeysAreThoseOfFeature) {
  std::mt19937_64 rng(11);
  for (std::size_t size = 0; size <= FeatureArgs::kMax; ++size) {
    FeatureArgs args;
    for (std::size_t i = 0; i < size; ++i) {
      // Small values as the templates' (a tag, a distance, none) and hashes as the words'.
      const std::uint64_t b = i % 3 == 0 ? 0 : rng(), c = i % 2 == 0 ? 0 : rng() % 7;
      args.add(i + 1, rng(), b, c);
    }
    std::vector<std::uint32_t> keys(size);
    kg::nlp::feature_keys(args, keys.data());
    for (std::size_t i = 0; i < size; ++i)
      ASSERT_EQ(keys[i], kg::nlp::feature(static_cast<std::uint32_t>(args.templ[i]), args.a[i], args.b[i], args.c[i]))
          << "batch of " << size << ", key " << i;
  }
}
