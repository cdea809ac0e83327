// The tagger's fast path: the same tags as Tagger::tag, with the features
// that depend on one word alone summed once per word form.
//
// Of the 35 features a word is scored with in a pass (tagger_features), 23
// read one word only: the word itself (its form, affixes, shape, tag set;
// 15 features) or one neighbour at a fixed offset (the previous word's form
// and suffix, ...; 8). Their weight sums per class are kept per word form
// and pass, in five vectors (as itself, as the word before, two before,
// after, two after), in a two-way set-associative cache of each thread; a word is then
// scored as the sum of five cached vectors plus the lookups of the 12
// features of its context and tags (20 in the second pass). Weights are
// integers, so the sums are exactly those of the reference path.
#include <algorithm>
#include <cstring>

#include "avx2_clone.hpp"
#include "hash.hpp"
#include "tagger.hpp"

namespace kg::nlp {
namespace {

constexpr std::uint64_t kNone = 0x5eed;  // as in tagger_features: beyond the sentence
constexpr std::size_t kSlots = 2048;     // two ways per set; per thread ~9 MB of sums for a two-pass model
constexpr std::size_t kMaxForm = 39;     // longer forms are scored without the cache
constexpr std::size_t kGroups = 5;       // the word as itself, before (1, 2), after (1, 2)
enum Group { kSelf, kPrev1, kPrev2, kNext1, kNext2 };

// Appends the features of one group of a word, as tagger_features makes them.
void group_features(const WordInfo& w, Group g, std::vector<std::uint32_t>& out) {
  switch (g) {
    case kSelf: {
      std::uint32_t t = 0;
      for (const std::uint64_t v : {std::uint64_t{0}, w.norm, w.suffix1, w.suffix2, w.suffix3, w.suffix4, w.prefix1,
                                    w.prefix2, w.prefix3, w.shape})
        out.push_back(feature(t++, v));
      out.push_back(feature(22, w.ambiguity));
      out.push_back(feature(31, w.has_digit, w.has_hyphen, w.capitalised));
      out.push_back(feature(32, w.sentence_case, w.shape));
      out.push_back(feature(33, w.sentence_case, w.ambiguity));
      out.push_back(feature(34, w.sentence_case, w.norm));
      return;
    }
    case kPrev1:
      out.push_back(feature(10, w.norm));
      out.push_back(feature(17, w.suffix3));
      return;
    case kPrev2:
      out.push_back(feature(12, w.norm));
      return;
    case kNext1:
      out.push_back(feature(11, w.norm));
      out.push_back(feature(18, w.suffix3));
      out.push_back(feature(23, w.ambiguity));
      return;
    case kNext2:
      out.push_back(feature(13, w.norm));
      out.push_back(feature(24, w.ambiguity));
      return;
  }
}

using Int8 = std::int32_t __attribute__((vector_size(32)));  // eight lanes (GCC/Clang vector extensions)

// out = a + b + c + d + e, row ints (a multiple of 8) each; a function of
// its own, cloned for AVX2 (eight lanes an instruction instead of four), as is best_class.
KG_AVX2_CLONE void add5(std::int32_t* out, const std::int32_t* a, const std::int32_t* b, const std::int32_t* c,
          const std::int32_t* d, const std::int32_t* e, std::uint32_t row) {
  for (std::uint32_t x = 0; x < row; x += 8) {
    Int8 s, t;
    std::memcpy(&s, a + x, sizeof s);
    std::memcpy(&t, b + x, sizeof t);
    s += t;
    std::memcpy(&t, c + x, sizeof t);
    s += t;
    std::memcpy(&t, d + x, sizeof t);
    s += t;
    std::memcpy(&t, e + x, sizeof t);
    s += t;
    std::memcpy(out + x, &s, sizeof s);
  }
}

// The first class with the highest sum (as std::max_element).
KG_AVX2_CLONE std::uint16_t best_class(const std::int32_t* sum, std::uint32_t classes) {
  std::uint32_t c = 0;
  std::int32_t best = sum[0];
  if (classes >= 8) {
    Int8 m;
    std::memcpy(&m, sum, sizeof m);
    for (c = 8; c + 8 <= classes; c += 8) {
      Int8 v;
      std::memcpy(&v, sum + c, sizeof v);
      m = v > m ? v : m;
    }
    for (int lane = 0; lane < 8; ++lane) best = std::max(best, m[lane]);
  }
  for (; c < classes; ++c) best = std::max(best, sum[c]);
  for (c = 0; sum[c] != best; ++c) {
  }
  return static_cast<std::uint16_t>(c);
}

// What is known of one word form: its WordInfo, sure tag, and per pass and
// group the summed weights (row ints each, at sums).
struct Word {
  WordInfo info;
  int sure = -1;
  std::int32_t* sums = nullptr;
};

struct Slot {
  std::uint64_t key = 0;  // hash of form and sentence case; 0: empty
  std::uint64_t stamp = 0;  // the sentence that last used it (it is not evicted within one)
  std::uint8_t length = 0;
  char form[kMaxForm];
  Word word;
};

struct Cache {
  std::uint64_t owner = 0;  // Tagger::id_ of the sums held
  std::uint32_t row = 0;
  std::uint32_t passes = 0;
  std::uint64_t stamp = 0;
  std::vector<Slot> slots;
  std::vector<std::int32_t> sums;  // kSlots * passes * kGroups rows
  std::vector<std::int32_t> edge;  // the none word beyond the sentence: passes * kGroups rows
  std::vector<Word> spill;         // this sentence's words that could not be cached
  std::vector<std::int32_t> spill_sums;
  std::vector<std::uint32_t> features;
  std::size_t stride() const { return static_cast<std::size_t>(passes) * kGroups * row; }
};

}  // namespace

void Tagger::tag_fast(std::span<const std::string_view> forms, std::vector<std::uint16_t>& tags) const {
  thread_local Cache cache;
  const LinearModel* models[2] = {&model_, &second_};
  const std::uint32_t passes = second_.features() > 0 ? 2 : 1;
  const std::uint32_t row = model_.row_size();
  Cache& c = cache;
  // The sums of a word's groups, for every pass.
  // The features of all groups are the same in every pass, and looked up
  // in one batch a pass (their cache misses overlap), each group's into its row.
  thread_local std::vector<std::uint32_t> group_of;
  const auto fill = [&](const WordInfo& w, bool self, std::int32_t* sums) {
    std::fill(sums, sums + c.stride(), 0);
    c.features.clear();
    group_of.clear();
    for (std::size_t g = self ? kSelf : kPrev1; g < kGroups; ++g) {
      group_features(w, static_cast<Group>(g), c.features);
      group_of.resize(c.features.size(), static_cast<std::uint32_t>(g));
    }
    for (std::uint32_t p = 0; p < passes; ++p) models[p]->add_raw(c.features, sums + p * kGroups * row, group_of);
  };
  if (c.owner != id_.value) {
    c.owner = id_.value;
    c.row = row;
    c.passes = passes;
    c.slots.assign(kSlots, Slot{});
    c.sums.assign(kSlots * c.stride(), 0);
    c.edge.assign(c.stride(), 0);
    WordInfo none;
    none.norm = none.shape = none.suffix3 = none.ambiguity = kNone;
    fill(none, false, c.edge.data());
  }
  ++c.stamp;
  const std::size_t n = forms.size();
  const std::uint64_t sc = sentence_case(forms);
  const auto make = [&](Word& w, std::string_view form, std::int32_t* sums) {
    w.info = info(form, sc);
    const auto sure = sure_.find(w.info.norm);
    w.sure = sure == sure_.end() ? -1 : sure->second;
    w.sums = sums;
    fill(w.info, w.sure < 0, sums);
  };
  thread_local std::vector<const Word*> words;
  words.assign(n, nullptr);
  if (c.spill.size() < n) c.spill.resize(n);
  c.spill_sums.resize(n * c.stride());
  std::size_t spilled = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view form = forms[i];
    const std::uint64_t key = mix(hash_bytes(form), sc) | 1;
    // Two ways per set; a miss replaces the one used least recently.
    Slot* const set = &c.slots[(key & (kSlots / 2 - 1)) * 2];
    const auto holds = [&](const Slot& s) {
      return s.key == key && s.length == form.size() && std::memcmp(s.form, form.data(), form.size()) == 0;
    };
    Slot* hit = form.size() > kMaxForm ? nullptr : holds(set[0]) ? &set[0] : holds(set[1]) ? &set[1] : nullptr;
    if (hit) {
      hit->stamp = c.stamp;
      words[i] = &hit->word;
      continue;
    }
    Slot& s = set[0].stamp <= set[1].stamp ? set[0] : set[1];
    if (form.size() > kMaxForm || s.stamp == c.stamp) {  // too long, or both ways in use by this sentence
      Word& w = c.spill[spilled];
      make(w, form, &c.spill_sums[spilled++ * c.stride()]);
      words[i] = &w;
      continue;
    }
    s.key = key;
    s.stamp = c.stamp;
    s.length = static_cast<std::uint8_t>(form.size());
    std::memcpy(s.form, form.data(), form.size());
    make(s.word, form, &c.sums[static_cast<std::size_t>(&s - c.slots.data()) * c.stride()]);
    words[i] = &s.word;
  }

  // Each pass: first, for every word to score, the cached sums of it and
  // its neighbours plus the features of its context that read no tag, in
  // one batch of lookups; then, left to right, the features of the tags.
  static const WordInfo none_info = [] {
    WordInfo x;
    x.norm = x.shape = x.suffix3 = x.ambiguity = kNone;
    return x;
  }();
  thread_local std::vector<std::uint16_t> first;
  thread_local std::vector<std::int32_t> sums;
  thread_local std::vector<std::uint32_t> rows;
  auto& out = c.features;
  for (std::uint32_t p = 0; p < passes; ++p) {
    if (p == 1) first = tags;
    tags.assign(n, 0);
    const auto group = [&](std::ptrdiff_t j, Group g) -> const std::int32_t* {
      const std::int32_t* base =
          j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? c.edge.data() : words[static_cast<std::size_t>(j)]->sums;
      return base + (p * kGroups + g) * row;
    };
    const auto first_at = [&](std::size_t i) -> std::uint64_t { return i < n ? first[i] + 1u : kNone; };
    sums.resize(n * row);
    out.clear();
    rows.clear();
    for (std::size_t i = 0; i < n; ++i) {
      if (words[i]->sure >= 0) continue;
      const auto k = static_cast<std::ptrdiff_t>(i);
      add5(&sums[i * row], group(k, kSelf), group(k - 1, kPrev1), group(k - 2, kPrev2), group(k + 1, kNext1),
           group(k + 2, kNext2), row);
      // As tagger_features makes them.
      const WordInfo& w = words[i]->info;
      const WordInfo& p1 = i > 0 ? words[i - 1]->info : none_info;
      const WordInfo& n1 = i + 1 < n ? words[i + 1]->info : none_info;
      out.push_back(feature(19, p1.shape, w.shape, n1.shape));
      out.push_back(feature(20, p1.norm, w.norm));
      out.push_back(feature(21, w.norm, n1.norm));
      out.push_back(feature(26, w.ambiguity, n1.ambiguity));
      out.push_back(feature(27, i == 0, w.capitalised));
      out.push_back(feature(29, n1.ambiguity, w.norm));
      if (p == 1) {
        const std::uint64_t f0 = first_at(i), f1 = first_at(i + 1), f2 = first_at(i + 2);
        out.push_back(feature(40, f0));
        out.push_back(feature(41, f1));
        out.push_back(feature(42, f1, f2));
        out.push_back(feature(44, f0, f1));
        out.push_back(feature(45, f1, w.norm));
        out.push_back(feature(46, f0, w.suffix3));
      }
      rows.resize(out.size(), static_cast<std::uint32_t>(i));
    }
    models[p]->add_raw(out, sums.data(), rows);
    const std::uint32_t classes = models[p]->classes();
    for (std::size_t i = 0; i < n; ++i) {
      const Word& wd = *words[i];
      if (wd.sure >= 0) {
        tags[i] = static_cast<std::uint16_t>(wd.sure);
        continue;
      }
      const WordInfo& w = wd.info;
      const WordInfo& n1 = i + 1 < n ? words[i + 1]->info : none_info;
      const std::uint64_t t1 = i > 0 ? tags[i - 1] + 1u : kNone, t2 = i > 1 ? tags[i - 2] + 1u : kNone;
      out.clear();
      out.push_back(feature(14, t1));
      out.push_back(feature(15, t2, t1));
      out.push_back(feature(16, t1, w.norm));
      out.push_back(feature(25, t1, w.ambiguity));
      out.push_back(feature(28, t1, w.suffix3));
      out.push_back(feature(30, t1, n1.ambiguity));
      if (p == 1) {
        out.push_back(feature(43, t1, first_at(i + 1)));
        out.push_back(feature(47, t1, first_at(i), first_at(i + 1)));
      }
      std::int32_t* sum = &sums[i * row];
      models[p]->add_raw(out, sum);
      tags[i] = best_class(sum, classes);
    }
  }
}

}  // namespace kg::nlp
