// Training the tagger: the tag set and tag dictionary from the training
// treebank, then epochs of the averaged perceptron over shuffled sentences.
#include <algorithm>
#include <map>
#include <numeric>
#include <ostream>
#include <unordered_map>

#include "hash.hpp"
#include "perceptron.hpp"
#include "tagger.hpp"

namespace kg::nlp {
namespace {

// A word's tag set counts when the word was seen this often.
constexpr int kAmbiguityMinCount = 2;
// A tag joins a word's set when it has this share of the word's uses.
constexpr double kAmbiguityMinShare = 0.05;
// A word seen this often with one tag this share of the time just takes it.
constexpr int kSureMinCount = 20;
constexpr double kSureMinShare = 0.97;

std::vector<std::string_view> forms_of(const TreebankSentence& s) {
  std::vector<std::string_view> out;
  for (const auto& t : s.tokens) out.push_back(t.form);
  return out;
}

// One pass's model: epochs of the averaged perceptron over shuffled
// sentences, the history being what the tagger itself said (as at run time).
LinearModel train_pass(const Tagger& t, const std::unordered_map<std::uint64_t, std::uint16_t>& sure,
                       const std::vector<std::vector<WordInfo>>& words,
                       const std::vector<std::vector<std::uint16_t>>& gold,
                       const std::vector<std::vector<std::uint16_t>>& first, const Tagger::TrainOptions& options,
                       const char* name, std::ostream& log) {
  PerceptronTrainer trainer(static_cast<std::uint32_t>(t.tag_count()));
  std::vector<std::uint32_t> order(words.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<std::uint32_t> features;
  std::vector<float> scores;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    shuffle_deterministic(order, options.seed + static_cast<std::uint64_t>(epoch));
    std::size_t right = 0, total = 0;
    for (const std::uint32_t si : order) {
      const auto& w = words[si];
      std::vector<std::uint16_t> tags(w.size(), 0);
      const std::span<const std::uint16_t> f = first.empty() ? std::span<const std::uint16_t>() : first[si];
      for (std::size_t i = 0; i < w.size(); ++i) {
        if (const auto it = sure.find(w[i].norm); it != sure.end()) {
          tags[i] = it->second;
          continue;
        }
        tagger_features(w, i, tags, f, features);
        trainer.score(features, scores);
        const auto guess = static_cast<std::uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.tick();
        trainer.update(features, gold[si][i], guess);
        tags[i] = static_cast<std::uint16_t>(guess);
        right += guess == gold[si][i];
        ++total;
      }
    }
    log << name << " epoch " << epoch + 1 << ": " << 100.0 * static_cast<double>(right) / static_cast<double>(total)
        << "% of scored training words right\n";
  }
  return trainer.average(1, 1e-3f);
}

}  // namespace

Tagger Tagger::train(const std::vector<TreebankSentence>& train, const TrainOptions& options, std::ostream& log) {
  Tagger t;
  std::map<std::pair<std::string, std::string>, std::uint16_t> ids;
  for (const auto& s : train)
    for (const auto& tok : s.tokens) ids.emplace(std::pair{tok.upos, tok.xpos}, 0);
  for (auto& [key, id] : ids) {
    id = static_cast<std::uint16_t>(t.upos_.size());
    t.upos_.push_back(key.first);
    t.xpos_.push_back(key.second);
  }
  const auto id_of = [&](const TreebankToken& tok) { return ids.at({tok.upos, tok.xpos}); };

  std::map<std::uint64_t, std::map<std::uint16_t, int>> seen;
  for (const auto& s : train)
    for (const auto& tok : s.tokens) ++seen[hash_bytes(normalise(tok.form))][id_of(tok)];
  for (const auto& [word, tags] : seen) {
    int total = 0, most = 0;
    std::uint16_t best = 0;
    for (const auto& [tag, n] : tags) {
      total += n;
      if (n > most) {
        most = n;
        best = tag;
      }
    }
    if (total >= kSureMinCount && most >= kSureMinShare * total) t.sure_.emplace(word, best);
    if (total < kAmbiguityMinCount) continue;
    std::uint64_t h = 0xa3b1;
    for (const auto& [tag, n] : tags)
      if (n >= kAmbiguityMinShare * total) h = mix(h, tag + 1);
    t.ambiguity_.emplace(word, h);
  }

  // Word features do not change between epochs: compute them once.
  std::vector<std::vector<WordInfo>> words;
  std::vector<std::vector<std::uint16_t>> gold;
  for (const auto& s : train) {
    const auto forms = forms_of(s);
    words.push_back(t.words(forms));
    std::vector<std::uint16_t> g;
    for (const auto& tok : s.tokens) g.push_back(id_of(tok));
    gold.push_back(std::move(g));
  }
  t.model_ = train_pass(t, t.sure_, words, gold, {}, options, "tagger", log);
  return t;
}

void Tagger::train_second_pass(const std::vector<TreebankSentence>& train,
                               const std::vector<std::vector<std::uint16_t>>& first_tags, const TrainOptions& options,
                               std::ostream& log) {
  std::vector<std::vector<WordInfo>> words;
  std::vector<std::vector<std::uint16_t>> gold;
  for (const auto& s : train) {
    const auto forms = forms_of(s);
    words.push_back(this->words(forms));
    std::vector<std::uint16_t> g;
    for (const auto& tok : s.tokens) g.push_back(tag_id(tok.upos, tok.xpos));
    gold.push_back(std::move(g));
  }
  second_ = train_pass(*this, sure_, words, gold, first_tags, options, "tagger pass 2", log);
  id_ = ModelId{};
}

}  // namespace kg::nlp
