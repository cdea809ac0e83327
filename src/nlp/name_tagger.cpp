#include "name_tagger.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <ostream>

#include "hash.hpp"
#include "model_io.hpp"
#include "perceptron.hpp"

namespace kg::nlp {
namespace {

constexpr std::uint64_t kNone = 0x5eed;  // a word or label beyond the sentence

enum Part : std::uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
std::uint32_t label_of(NameType t, Part p) { return 1 + 4 * static_cast<std::uint32_t>(t) + p; }
Part part_of(std::uint32_t label) { return static_cast<Part>((label - 1) % 4); }
NameType type_of(std::uint32_t label) { return static_cast<NameType>((label - 1) / 4); }
bool open(std::uint32_t label) { return label != 0 && (part_of(label) == kBegin || part_of(label) == kInside); }

// Whether label may follow prev (0 before the first word) at a word that is
// (or is not) the sentence's last.
bool allowed(std::uint32_t prev, std::uint32_t label, bool last_word) {
  if (open(prev)) {
    if (label == 0 || type_of(label) != type_of(prev)) return false;
    const Part p = part_of(label);
    return p == kLast || (p == kInside && !last_word);
  }
  if (label == 0) return true;
  const Part p = part_of(label);
  return p == kUnit || (p == kBegin && !last_word);
}

// The type a document's first reading most often gave the word (kNameTypes
// when none), and whether it was also written in lower case there.
std::pair<std::uint64_t, bool> remembered(const NameMemory& memory, std::uint64_t norm) {
  const auto it = memory.find(norm);
  if (it == memory.end()) return {kNameTypes, false};
  const auto& c = it->second;
  std::uint64_t best = kNameTypes;
  for (std::size_t t = 0; t < kNameTypes; ++t)
    if (c[t] > 0 && (best == kNameTypes || c[t] > c[best])) best = t;
  return {best, c[kNameTypes] > 0};
}

const NameWord& word_at(std::span<const NameWord> words, std::size_t i, std::ptrdiff_t k) {
  static const NameWord none = [] {
    NameWord w;
    w.info.norm = w.info.form = w.info.shape = w.info.suffix3 = w.info.ambiguity = w.upos = kNone;
    return w;
  }();
  const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
  return j < 0 || j >= static_cast<std::ptrdiff_t>(words.size()) ? none : words[static_cast<std::size_t>(j)];
}

std::uint32_t gaz_at(std::span<const std::uint32_t> gaz, std::size_t i, std::ptrdiff_t k) {
  const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
  return j < 0 || j >= static_cast<std::ptrdiff_t>(gaz.size()) ? 0 : gaz[static_cast<std::size_t>(j)];
}

// The features of word i that do not depend on the labels given.
void word_features(std::span<const NameWord> words, std::span<const std::uint32_t> gaz, std::size_t i,
                   const NameMemory* memory, std::span<const std::uint8_t> first, std::vector<std::uint32_t>& out) {
  out.clear();
  const std::size_t n = words.size();
  const auto at = [&](std::ptrdiff_t k) -> const NameWord& { return word_at(words, i, k); };
  const NameWord &w = words[i], &p1 = at(-1), &p2 = at(-2), &n1 = at(1), &n2 = at(2);
  const WordInfo& x = w.info;
  out.push_back(feature(0, 0));
  out.push_back(feature(1, x.norm));
  out.push_back(feature(2, x.form));
  out.push_back(feature(3, x.suffix2));
  out.push_back(feature(4, x.suffix3));
  out.push_back(feature(5, x.suffix4));
  out.push_back(feature(6, x.prefix2));
  out.push_back(feature(7, x.prefix3));
  out.push_back(feature(8, x.shape));
  out.push_back(feature(9, p1.info.norm));
  out.push_back(feature(10, n1.info.norm));
  out.push_back(feature(11, p2.info.norm));
  out.push_back(feature(12, n2.info.norm));
  out.push_back(feature(17, w.upos));
  out.push_back(feature(18, p1.upos, w.upos));
  out.push_back(feature(19, w.upos, n1.upos));
  out.push_back(feature(20, p1.upos, w.upos, n1.upos));
  out.push_back(feature(22, x.ambiguity));
  out.push_back(feature(23, p1.info.shape, x.shape, n1.info.shape));
  out.push_back(feature(24, p1.info.norm, x.norm));
  out.push_back(feature(25, x.norm, n1.info.norm));
  out.push_back(feature(26, i == 0, x.capitalised));
  out.push_back(feature(27, x.sentence_case, x.shape));
  out.push_back(feature(28, x.sentence_case, w.upos));
  out.push_back(feature(30, n1.info.suffix3));
  out.push_back(feature(31, p1.info.suffix3));
  out.push_back(feature(32, n2.upos));
  out.push_back(feature(33, p2.upos));
  // The lexicons: each list the word (or a neighbour) is in.
  for (std::uint32_t bits = gaz_at(gaz, i, 0); bits; bits &= bits - 1)
    out.push_back(feature(40, static_cast<std::uint64_t>(__builtin_ctz(bits))));
  for (std::uint32_t bits = gaz_at(gaz, i, -1); bits; bits &= bits - 1)
    out.push_back(feature(42, static_cast<std::uint64_t>(__builtin_ctz(bits))));
  for (std::uint32_t bits = gaz_at(gaz, i, 1); bits; bits &= bits - 1)
    out.push_back(feature(43, static_cast<std::uint64_t>(__builtin_ctz(bits))));
  if (!memory) return;
  // The second reading: what the first said here and of these words elsewhere.
  const auto first_at = [&](std::ptrdiff_t k) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kNone : first[static_cast<std::size_t>(j)];
  };
  const auto [type, lower] = remembered(*memory, x.norm);
  const std::uint64_t type_p1 = remembered(*memory, p1.info.norm).first, type_n1 = remembered(*memory, n1.info.norm).first;
  out.push_back(feature(60, type));
  out.push_back(feature(61, type, x.capitalised, lower));
  out.push_back(feature(62, type_p1));
  out.push_back(feature(63, type_n1));
  out.push_back(feature(64, first_at(0)));
  out.push_back(feature(65, first_at(0), first_at(1)));
  out.push_back(feature(67, first_at(-1), first_at(0)));
  out.push_back(feature(68, type, w.upos));
}

// The features of word i joined with the label before it (kNone at the first word).
void transition_features(std::span<const NameWord> words, std::span<const std::uint32_t> gaz, std::size_t i,
                         std::uint64_t l1, const NameMemory* memory, std::vector<std::uint32_t>& out) {
  out.clear();
  const NameWord &w = words[i], &n1 = word_at(words, i, 1);
  const WordInfo& x = w.info;
  out.push_back(feature(13, l1));
  out.push_back(feature(15, l1, x.shape));
  out.push_back(feature(16, l1, x.norm));
  out.push_back(feature(21, l1, w.upos));
  out.push_back(feature(29, l1, n1.upos, n1.info.shape));
  for (std::uint32_t bits = gaz[i]; bits; bits &= bits - 1)
    out.push_back(feature(41, static_cast<std::uint64_t>(__builtin_ctz(bits)), l1));
  out.push_back(feature(44, gaz[i] != 0, x.capitalised, l1));
  if (memory) out.push_back(feature(66, l1, remembered(*memory, x.norm).first));
}

// The best labels of a sentence (Viterbi over label pairs allowed to
// follow each other); score(features, scores) fills scores per label.
template <class Score>
std::vector<std::uint8_t> best_labels(std::span<const NameWord> words, std::span<const std::uint32_t> gaz,
                                      const NameMemory* memory, std::span<const std::uint8_t> first,
                                      const Score& score) {
  const std::size_t n = words.size();
  std::vector<std::uint8_t> out(n, 0);
  if (n == 0) return out;
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  std::vector<float> best(n * kNameLabels, kNever), emit, move;
  std::vector<std::uint8_t> back(n * kNameLabels, 0);
  std::vector<std::uint32_t> f;
  for (std::size_t i = 0; i < n; ++i) {
    const bool last_word = i + 1 == n;
    word_features(words, gaz, i, memory, first, f);
    score(f, emit);
    float* here = &best[i * kNameLabels];
    for (std::uint32_t p = 0; p < (i ? kNameLabels : 1); ++p) {
      const float before = i ? best[(i - 1) * kNameLabels + p] : 0.0f;
      if (before == kNever) continue;
      transition_features(words, gaz, i, i ? p : kNone, memory, f);
      score(f, move);
      for (std::uint32_t c = 0; c < kNameLabels; ++c) {
        if (!allowed(p, c, last_word)) continue;
        const float v = before + emit[c] + move[c];
        if (v > here[c]) {
          here[c] = v;
          back[i * kNameLabels + c] = static_cast<std::uint8_t>(p);
        }
      }
    }
  }
  std::uint32_t c = 0;
  for (std::uint32_t k = 1; k < kNameLabels; ++k)
    if (best[(n - 1) * kNameLabels + k] > best[(n - 1) * kNameLabels + c]) c = k;
  for (std::size_t i = n; i-- > 0;) {
    out[i] = static_cast<std::uint8_t>(c);
    c = back[i * kNameLabels + c];
  }
  return out;
}

}  // namespace

std::vector<std::uint8_t> name_labels(std::size_t words, std::span<const NameSpan> names) {
  std::vector<std::uint8_t> out(words, 0);
  for (const auto& s : names) {
    if (s.last - s.first == 1) {
      out[s.first] = static_cast<std::uint8_t>(label_of(s.type, kUnit));
      continue;
    }
    out[s.first] = static_cast<std::uint8_t>(label_of(s.type, kBegin));
    for (auto k = s.first + 1; k + 1 < s.last; ++k) out[k] = static_cast<std::uint8_t>(label_of(s.type, kInside));
    out[s.last - 1] = static_cast<std::uint8_t>(label_of(s.type, kLast));
  }
  return out;
}

std::vector<NameSpan> name_spans(std::span<const std::uint8_t> labels) {
  std::vector<NameSpan> out;
  std::uint32_t begin = 0;
  for (std::uint32_t i = 0; i < labels.size(); ++i) {
    const std::uint32_t l = labels[i];
    if (l == 0) continue;
    switch (part_of(l)) {
      case kBegin: begin = i; break;
      case kInside: break;
      case kLast: out.push_back({begin, i + 1, type_of(l)}); break;
      case kUnit: out.push_back({i, i + 1, type_of(l)}); break;
    }
  }
  return out;
}

std::vector<std::uint32_t> NameTagger::gazetteer_bits(std::span<const NameWord> words) const {
  std::vector<std::uint32_t> out(words.size(), 0);
  for (std::size_t i = 0; i < words.size(); ++i)
    if (const auto it = gazetteer_.find(words[i].info.norm); it != gazetteer_.end()) out[i] = it->second;
  return out;
}

NameMemory name_memory(std::span<const NameSentence> document, const std::vector<std::vector<std::uint8_t>>& labels) {
  NameMemory out;
  for (std::size_t s = 0; s < document.size(); ++s)
    for (std::size_t i = 0; i < document[s].size(); ++i) {
      const WordInfo& w = document[s][i].info;
      if (labels[s][i] != 0) ++out[w.norm][static_cast<std::size_t>(type_of(labels[s][i]))];
      else if (document[s][i].lower) ++out[w.norm][kNameTypes];
    }
  return out;
}

std::vector<std::uint8_t> NameTagger::read(const LinearModel& model, std::span<const NameWord> words,
                                           std::span<const std::uint32_t> gaz, const NameMemory* memory,
                                           std::span<const std::uint8_t> first) const {
  return best_labels(words, gaz, memory, first, [&](std::span<const std::uint32_t> f, std::vector<float>& scores) {
    scores.assign(kNameLabels, 0.0f);
    model.add_scores(f, scores.data());
  });
}

std::vector<std::vector<std::uint8_t>> NameTagger::first_reading(std::span<const NameSentence> document) const {
  std::vector<std::vector<std::uint8_t>> out;
  out.reserve(document.size());
  for (const auto& words : document) out.push_back(read(model_, words, gazetteer_bits(words), nullptr, {}));
  return out;
}

std::vector<std::vector<NameSpan>> NameTagger::names(std::span<const NameSentence> document) const {
  auto labels = first_reading(document);
  if (second_.features() > 0) {
    const NameMemory memory = name_memory(document, labels);
    for (std::size_t s = 0; s < document.size(); ++s)
      labels[s] = read(second_, document[s], gazetteer_bits(document[s]), &memory, labels[s]);
  }
  std::vector<std::vector<NameSpan>> out;
  out.reserve(labels.size());
  for (const auto& l : labels) out.push_back(name_spans(l));
  return out;
}

std::vector<NameSpan> NameTagger::names(std::span<const NameWord> words) const {
  const NameSentence one(words.begin(), words.end());
  return std::move(names(std::span<const NameSentence>(&one, 1)).front());
}

namespace {

// One reading's model: epochs of the averaged perceptron over the shuffled
// sentences of the documents, the label history being the model's own.
struct Reading {
  std::vector<const NameSentence*> words;
  std::vector<std::vector<std::uint32_t>> gaz;
  std::vector<std::vector<std::uint8_t>> truth;
  std::vector<const NameMemory*> memory;          // per sentence, or all null
  std::vector<std::vector<std::uint8_t>> first;  // per sentence, or empty
};

// One run of epochs over the shuffled sentences (below).
void train_run(const Reading& r, const NameTagger::TrainOptions& options, const char* name, std::ostream* log,
               PerceptronTrainer& trainer);

// The mean of runs over other shuffles of the sentences: one run's
// weights swing with the order it saw (dev person F1 0.788-0.795 over three
// seeds); their mean less so.
LinearModel train_reading(const Reading& r, const NameTagger::TrainOptions& options, const char* name,
                          std::ostream* log) {
  std::vector<PerceptronTrainer> trainers;
  for (int k = 0; k < std::max(1, options.runs); ++k) {
    trainers.emplace_back(kNameLabels);
    NameTagger::TrainOptions o = options;
    o.seed = options.seed + 1000 * static_cast<std::uint64_t>(k);
    train_run(r, o, name, k == 0 ? log : nullptr, trainers.back());
  }
  return PerceptronTrainer::average(trainers, options.min_updates, 1e-3f);
}

void train_run(const Reading& r, const NameTagger::TrainOptions& options, const char* name, std::ostream* log,
               PerceptronTrainer& trainer) {
  std::vector<std::uint32_t> order(r.words.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<std::uint32_t> f;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    shuffle_deterministic(order, options.seed + static_cast<std::uint64_t>(epoch));
    std::size_t wrong = 0, total = 0;
    for (const std::uint32_t si : order) {
      const auto& words = *r.words[si];
      const std::span<const std::uint8_t> first = r.first.empty() ? std::span<const std::uint8_t>() : r.first[si];
      const auto& truth = r.truth[si];
      const auto guess = best_labels(words, r.gaz[si], r.memory[si], first,
                                     [&](std::span<const std::uint32_t> g, std::vector<float>& s) { trainer.score(g, s); });
      // The structured perceptron: where the best labels and the gold part
      // (in a label or the one before), the gold's features gain, the guess's lose.
      for (std::size_t i = 0; i < words.size(); ++i) {
        trainer.tick();
        const std::uint64_t gold_before = i ? truth[i - 1] : kNone, guess_before = i ? guess[i - 1] : kNone;
        wrong += guess[i] != truth[i];
        ++total;
        if (guess[i] == truth[i] && gold_before == guess_before) continue;
        word_features(words, r.gaz[si], i, r.memory[si], first, f);
        trainer.update(f, truth[i], guess[i]);
        transition_features(words, r.gaz[si], i, gold_before, r.memory[si], f);
        trainer.add(f, truth[i], 1.0f);
        transition_features(words, r.gaz[si], i, guess_before, r.memory[si], f);
        trainer.add(f, guess[i], -1.0f);
      }
    }
    if (log) *log << name << " epoch " << epoch + 1 << ": " << wrong << " of " << total << " training words mislabelled\n";
  }
}

}  // namespace

NameTagger NameTagger::train(const std::vector<std::vector<NameSentence>>& documents,
                             const std::vector<std::vector<std::vector<NameSpan>>>& gold, NameGazetteer gazetteer,
                             const TrainOptions& options, std::size_t folds, std::ostream& log) {
  NameTagger t;
  t.gazetteer_ = std::move(gazetteer);
  // Readings over the documents whose number is (or is not) in a fold.
  const auto reading = [&](std::size_t fold, bool in_fold) {
    Reading r;
    for (std::size_t d = 0; d < documents.size(); ++d) {
      if (folds > 1 && fold < folds && (d % folds == fold) != in_fold) continue;
      for (std::size_t s = 0; s < documents[d].size(); ++s) {
        r.words.push_back(&documents[d][s]);
        r.gaz.push_back(t.gazetteer_bits(documents[d][s]));
        r.truth.push_back(name_labels(documents[d][s].size(), gold[d][s]));
        r.memory.push_back(nullptr);
      }
    }
    return r;
  };
  t.model_ = train_reading(reading(folds, false), options, "names", &log);
  if (folds < 2) return t;
  // First readings of each fold's documents by a model trained on the rest.
  std::vector<std::vector<std::vector<std::uint8_t>>> first(documents.size());
  for (std::size_t fold = 0; fold < folds; ++fold) {
    NameTagger part;
    part.gazetteer_ = t.gazetteer_;
    part.model_ = train_reading(reading(fold, false), options, "", nullptr);
    for (std::size_t d = fold; d < documents.size(); d += folds) first[d] = part.first_reading(documents[d]);
    log << "names: first readings of fold " << fold + 1 << "/" << folds << "\n";
  }
  std::vector<NameMemory> memories;
  memories.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) memories.push_back(name_memory(documents[d], first[d]));
  Reading r = reading(folds, false);
  std::size_t k = 0;
  for (std::size_t d = 0; d < documents.size(); ++d)
    for (std::size_t s = 0; s < documents[d].size(); ++s, ++k) {
      r.memory[k] = &memories[d];
      r.first.push_back(first[d][s]);
    }
  t.second_ = train_reading(r, options, "names, second reading", &log);
  return t;
}

void NameTagger::write(ModelWriter& out) const {
  out.sorted_map(gazetteer_);
  model_.write(out);
  out.u32(second_.features() > 0 ? 1 : 0);
  if (second_.features() > 0) second_.write(out);
}

NameTagger NameTagger::read(ModelReader& in) {
  NameTagger t;
  t.gazetteer_ = in.sorted_map<NameGazetteer>("corrupt name model (lexicon table sizes differ)");
  t.model_ = LinearModel::read(in);
  if (in.u32() != 0) t.second_ = LinearModel::read(in);
  if (t.model_.classes() != kNameLabels || (t.second_.features() > 0 && t.second_.classes() != kNameLabels))
    in.fail("corrupt name model (wrong number of labels)");
  return t;
}

}  // namespace kg::nlp
