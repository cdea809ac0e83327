// Names the weights of one loaded or trained model, for the per-thread
// caches of what they compute (tagger_fast.cpp, lemma_cache.cpp): every
// model made gets a new value; a copy shares it, holding the same weights.
#pragma once

#include <atomic>
#include <cstdint>

namespace kg::nlp {

struct ModelId {
  std::uint64_t value = next();
  static std::uint64_t next() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
  }
};

}  // namespace kg::nlp
