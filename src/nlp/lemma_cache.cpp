// Lemmatizer::lemma_cached: lemmas remembered per (form, tag) in a
// direct-mapped cache of each thread, checked against the form and tag
// themselves, so the answer is always what Lemmatizer::lemma gives.
#include <vector>

#include "hash.hpp"
#include "lemmatizer.hpp"

namespace kg::nlp {
namespace {

constexpr std::size_t kSlots = 4096;

struct Slot {
  std::string form, xpos, lemma;
  bool used = false;
};

struct Cache {
  std::uint64_t owner = 0;  // Lemmatizer::id_ of the lemmas held
  std::vector<Slot> slots;
};

}  // namespace

const std::string& Lemmatizer::lemma_cached(std::string_view form, std::string_view xpos) const {
  thread_local Cache cache;
  if (cache.owner != id_.value) {
    cache.owner = id_.value;
    cache.slots.assign(kSlots, Slot{});
  }
  Slot& s = cache.slots[mix(hash_bytes(form), hash_bytes(xpos)) & (kSlots - 1)];
  if (!s.used || s.form != form || s.xpos != xpos) {
    s.form = form;
    s.xpos = xpos;
    s.lemma = lemma(form, xpos);
    s.used = true;
  }
  return s.lemma;
}

}  // namespace kg::nlp
