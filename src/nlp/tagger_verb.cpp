// A sentence of running prose has a verb. When the tagger gives none to a
// sentence long enough to need one ("Portugal under Tom Keller imposed
// sanctions in 2024 on ...", a caption's "X testifies before the
// committee"), the word the tagger came closest to reading as a verb is
// made one, and the words after it are tagged again with that in view.
#include <algorithm>
#include <limits>

#include "tagger.hpp"

namespace kg::nlp {

namespace {

// Below this, a sentence may well be a fragment ("Photo by X").
constexpr std::size_t kMinWords = 7;
// How far under its best tag a verb's score may be and still be taken (the
// weights are summed counts of the averaged perceptron: on the news corpora
// a verb's margin is 500-15,000 where one is missing, a noun's of a
// fragment 12,000 and up).
constexpr float kMaxMargin = 20000.0f;

}  // namespace

void Tagger::ensure_verb(std::span<const std::string_view> forms, std::vector<std::uint16_t>& tags) const {
  if (forms.size() < kMinWords || second_.features() == 0) return;
  if (std::any_of(tags.begin(), tags.end(), [&](std::uint16_t t) { return upos_[t] == "VERB" || upos_[t] == "AUX"; }))
    return;
  if (sentence_case(forms) != 0) return;  // a headline's title case: not prose
  const std::vector<WordInfo> info = words(forms);
  std::vector<std::uint16_t> first;
  run_pass(model_, info, {}, first);
  std::vector<std::uint32_t> features;
  std::vector<float> scores(model_.classes());
  float best_margin = std::numeric_limits<float>::max();
  std::size_t best_at = forms.size();
  std::uint16_t best_tag = 0;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    // A verb of running text is a lower-case word the tagger may give a verb's tag.
    const char c = forms[i].empty() ? 0 : forms[i][0];
    if (c < 'a' || c > 'z' || sure_.contains(info[i].norm)) continue;
    tagger_features(info, i, tags, first, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    second_.add_scores(features, scores.data());
    for (std::uint16_t t = 0; t < scores.size(); ++t) {
      if (upos_[t] != "VERB") continue;
      if (const float margin = scores[tags[i]] - scores[t]; margin < best_margin) {
        best_margin = margin;
        best_at = i;
        best_tag = t;
      }
    }
  }
  if (best_at == forms.size() || best_margin > kMaxMargin) return;
  first[best_at] = best_tag;
  run_pass(second_, info, first, tags, best_at);
}

}  // namespace kg::nlp
