#include "tagger.hpp"

#include <algorithm>

#include "hash.hpp"
#include "model_io.hpp"

namespace kg::nlp {
namespace {

constexpr std::uint64_t kNone = 0x5eed;  // the value of a word or tag beyond the sentence

}  // namespace

void tagger_features(std::span<const WordInfo> words, std::size_t i, std::span<const std::uint16_t> tags,
                     std::span<const std::uint16_t> first, std::vector<std::uint32_t>& out) {
  out.clear();
  const std::size_t n = words.size();
  static const WordInfo none = [] {
    WordInfo w;
    w.norm = w.shape = w.suffix3 = w.ambiguity = kNone;
    return w;
  }();
  const auto at = [&](std::ptrdiff_t k) -> const WordInfo& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? none : words[static_cast<std::size_t>(j)];
  };
  const auto tag_at = [&](std::ptrdiff_t k) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 ? kNone : tags[static_cast<std::size_t>(j)] + 1;
  };
  const WordInfo& w = words[i];
  const WordInfo &p1 = at(-1), &p2 = at(-2), &n1 = at(1), &n2 = at(2);
  const std::uint64_t t1 = tag_at(-1), t2 = tag_at(-2);
  out.push_back(feature(0, 0));
  out.push_back(feature(1, w.norm));
  out.push_back(feature(2, w.suffix1));
  out.push_back(feature(3, w.suffix2));
  out.push_back(feature(4, w.suffix3));
  out.push_back(feature(5, w.suffix4));
  out.push_back(feature(6, w.prefix1));
  out.push_back(feature(7, w.prefix2));
  out.push_back(feature(8, w.prefix3));
  out.push_back(feature(9, w.shape));
  out.push_back(feature(10, p1.norm));
  out.push_back(feature(11, n1.norm));
  out.push_back(feature(12, p2.norm));
  out.push_back(feature(13, n2.norm));
  out.push_back(feature(14, t1));
  out.push_back(feature(15, t2, t1));
  out.push_back(feature(16, t1, w.norm));
  out.push_back(feature(17, p1.suffix3));
  out.push_back(feature(18, n1.suffix3));
  out.push_back(feature(19, p1.shape, w.shape, n1.shape));
  out.push_back(feature(20, p1.norm, w.norm));
  out.push_back(feature(21, w.norm, n1.norm));
  out.push_back(feature(22, w.ambiguity));
  out.push_back(feature(23, n1.ambiguity));
  out.push_back(feature(24, n2.ambiguity));
  out.push_back(feature(25, t1, w.ambiguity));
  out.push_back(feature(26, w.ambiguity, n1.ambiguity));
  out.push_back(feature(27, i == 0, w.capitalised));
  out.push_back(feature(28, t1, w.suffix3));
  out.push_back(feature(29, n1.ambiguity, w.norm));
  out.push_back(feature(30, t1, n1.ambiguity));
  out.push_back(feature(31, w.has_digit, w.has_hyphen, w.capitalised));
  // In a title-case or all-caps line (a headline) capitals say little.
  out.push_back(feature(32, w.sentence_case, w.shape));
  out.push_back(feature(33, w.sentence_case, w.ambiguity));
  out.push_back(feature(34, w.sentence_case, w.norm));
  if (first.empty()) return;
  // Second pass: what the first pass said of this word and the next two.
  const auto first_at = [&](std::size_t k) -> std::uint64_t { return i + k < n ? first[i + k] + 1u : kNone; };
  const std::uint64_t f0 = first_at(0), f1 = first_at(1), f2 = first_at(2);
  out.push_back(feature(40, f0));
  out.push_back(feature(41, f1));
  out.push_back(feature(42, f1, f2));
  out.push_back(feature(43, t1, f1));
  out.push_back(feature(44, f0, f1));
  out.push_back(feature(45, f1, w.norm));
  out.push_back(feature(46, f0, w.suffix3));
  out.push_back(feature(47, t1, f0, f1));
}

WordInfo Tagger::info(std::string_view form, std::uint64_t sentence_case) const {
  WordInfo w = word_info(form);
  if (const auto it = ambiguity_.find(w.norm); it != ambiguity_.end()) w.ambiguity = it->second;
  w.sentence_case = sentence_case;
  return w;
}

std::vector<WordInfo> Tagger::words(std::span<const std::string_view> forms) const {
  std::vector<WordInfo> out;
  out.reserve(forms.size());
  const std::uint64_t sc = sentence_case(forms);
  for (const auto form : forms) out.push_back(info(form, sc));
  return out;
}

void Tagger::run_pass(const LinearModel& model, std::span<const WordInfo> words, std::span<const std::uint16_t> first,
                      std::vector<std::uint16_t>& tags, std::size_t keep_before) const {
  std::size_t i = 0;
  if (keep_before == 0) {
    tags.assign(words.size(), 0);
  } else {
    tags[keep_before] = first[keep_before];
    i = keep_before + 1;
  }
  std::vector<std::uint32_t> features;
  std::vector<float> scores(model.classes());
  for (; i < words.size(); ++i) {
    if (const auto it = sure_.find(words[i].norm); it != sure_.end()) {
      tags[i] = it->second;
      continue;
    }
    tagger_features(words, i, tags, first, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model.add_scores(features, scores.data());
    tags[i] = static_cast<std::uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
}

void Tagger::tag(std::span<const WordInfo> words, std::vector<std::uint16_t>& tags) const {
  run_pass(model_, words, {}, tags);
  if (second_.features() == 0) return;
  const std::vector<std::uint16_t> first = tags;
  run_pass(second_, words, first, tags);
}

std::uint16_t Tagger::tag_id(std::string_view upos, std::string_view xpos) const {
  for (std::size_t t = 0; t < upos_.size(); ++t)
    if (upos_[t] == upos && xpos_[t] == xpos) return static_cast<std::uint16_t>(t);
  return 0;
}

void Tagger::write(ModelWriter& out) const {
  out.strings(upos_);
  out.strings(xpos_);
  out.sorted_map(ambiguity_);
  out.sorted_map(sure_);
  model_.write(out);
  out.u32(second_.features() > 0 ? 1 : 0);
  if (second_.features() > 0) second_.write(out);
}

Tagger Tagger::read(ModelReader& in) {
  Tagger t;
  t.upos_ = in.strings();
  t.xpos_ = in.strings();
  t.ambiguity_ = in.sorted_map<decltype(t.ambiguity_)>("corrupt tagger (tag dictionary sizes differ)");
  t.sure_ = in.sorted_map<decltype(t.sure_)>("corrupt tagger (sure-word table sizes differ)");
  t.model_ = LinearModel::read(in);
  if (in.u32() != 0) {
    t.second_ = LinearModel::read(in);
    if (t.second_.classes() != t.model_.classes()) in.fail("corrupt tagger (the passes' tag counts differ)");
  }
  for (const auto& [word, tag] : t.sure_)
    if (tag >= t.model_.classes()) in.fail("corrupt tagger (sure-word tag out of range)");
  if (t.upos_.empty() || t.upos_.size() != t.xpos_.size() || t.model_.classes() != t.upos_.size())
    in.fail("corrupt tagger (tag table does not match the model)");
  return t;
}

}  // namespace kg::nlp
