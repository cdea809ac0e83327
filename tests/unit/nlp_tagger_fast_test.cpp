// The tagger's cached fast path gives exactly the tags of the reference path
// (every feature scored afresh), with the committed models, on cold and warm
// caches, for repeated words, headlines, forms too long to cache and
// sentences with more distinct words than the cache has slots.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "kg/extract.hpp"
#include "kg/segment.hpp"
#include "kg/syntax.hpp"
#include "nlp/syntax_model.hpp"

namespace fs = std::filesystem;

namespace {

const kg::SyntaxModel& model() {
  static const kg::SyntaxModel m = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  return m;
}

std::vector<std::vector<std::string>> sentences_of(const std::string& text) {
  std::vector<std::vector<std::string>> out;
  const kg::Segmentation seg = kg::segment(text, {});
  for (const auto& s : seg.sentences) {
    std::vector<std::string> forms;
    for (const auto& t : kg::ud_tokens(text, std::span(seg.tokens).subspan(s.first, s.last - s.first)))
      forms.push_back(t.form);
    out.push_back(std::move(forms));
  }
  return out;
}

// Tags of both paths; counts the sentences compared.
std::size_t expect_same_tags(const std::vector<std::vector<std::string>>& sentences) {
  const kg::nlp::Tagger& tagger = model().impl().tagger;
  std::size_t compared = 0;
  for (const auto& s : sentences) {
    const std::vector<std::string_view> forms(s.begin(), s.end());
    std::vector<std::uint16_t> reference, fast;
    tagger.tag(tagger.words(forms), reference);
    tagger.tag_fast(forms, fast);
    EXPECT_EQ(fast, reference) << "sentence " << compared << " of " << s.size() << " words, first '"
                               << (s.empty() ? "" : s[0]) << "'";
    ++compared;
  }
  return compared;
}

std::vector<std::vector<std::string>> sample_sentences() {
  std::vector<std::vector<std::string>> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(kg::default_data_dir()) / "samples")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path());
    std::ostringstream text;
    text << in.rdbuf();
    for (auto& s : sentences_of(text.str())) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

TEST(TaggerFast, SameTagsAsReferenceOnTheSamplesColdAndWarm) {
  const auto sentences = sample_sentences();
  ASSERT_GT(sentences.size(), 40u);
  EXPECT_EQ(expect_same_tags(sentences), sentences.size());  // the cache fills
  expect_same_tags(sentences);                                // and is read
}

TEST(TaggerFast, SameTagsOnTheSharedCorpora) {
  const fs::path corpus = fs::path(kg::default_data_dir()) / ".." / ".." / "shared" / "corpus";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << corpus << " not found";
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(corpus)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::ostringstream text;
    text << in.rdbuf();
    expect_same_tags(sentences_of(text.str()));
    ++files;
  }
  EXPECT_GT(files, 10u);
}

TEST(TaggerFast, RepeatedWordsHeadlinesAndLongForms) {
  const std::string long_word(60, 'x');  // longer than any cached form
  expect_same_tags({
      {"the", "the", "the", "talks", "talks", "talks", "."},
      {"TRADE", "TALKS", "COLLAPSE", "IN", "GENEVA", "AS", "TALKS", "STALL"},
      {"Trade", "Talks", "Collapse", "In", "Geneva", "As", "Talks", "Stall"},
      {"trade", "talks", "collapse", "in", "Geneva", "as", "talks", "stall", "."},  // same words, other case
      {long_word, "said", long_word, "would", long_word + "y", "."},
      {"Supercalifragilisticexpialidocious-antidisestablishmentarianism", "is", "long", "."},
      {"Hi"},
      {},
  });
}

// More distinct words than the cache holds: words of one sentence that map
// to a slot already taken by that sentence are scored outside the cache.
TEST(TaggerFast, SentenceLongerThanTheCache) {
  std::vector<std::string> s;
  for (int i = 0; i < 5000; ++i) s.push_back((i % 3 ? "word" : "Name") + std::to_string(i * 7919 % 10007));
  expect_same_tags({s, s});
}

// Each thread keeps its own cache.
TEST(TaggerFast, SameTagsFromTwoThreads) {
  const auto sentences = sample_sentences();
  std::thread a([&] { expect_same_tags(sentences); });
  std::thread b([&] { expect_same_tags(sentences); });
  a.join();
  b.join();
}
