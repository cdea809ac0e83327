// Mutation fuzzing of every reader with the sample files: no crash, no
// exception outside strict mode, and every document is valid UTF-8 text
// with an id and a matching hash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "kg/read.hpp"
#include "kg/text.hpp"

namespace {

namespace fs = std::filesystem;

std::string mutate(std::string s, std::mt19937& rng) {
  static const char* const kSnippets[] = {"<",    ">",         "&",        "&amp;",   "<![CDATA[", "]]>",   "<!--",
                                          "\"",   "\\",        "\\u00",    "\xC3",    "\xFF",      "<p>",   "</item>",
                                          "<item>", "<!DOCTYPE", "&#x110000;", "&#0;",   "{",         "}\n{",  "\r"};
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits && !s.empty(); ++e) {
    const std::size_t at = rng() % s.size();
    switch (rng() % 5) {
      case 0: s[at] = static_cast<char>(rng() % 256); break;
      case 1: s.resize(at); break;
      case 2: s.insert(at, kSnippets[rng() % std::size(kSnippets)]); break;
      case 3: s.erase(at, rng() % 64); break;
      default: s.insert(at, s.substr(rng() % s.size(), rng() % 128)); break;
    }
  }
  return s;
}

TEST(ReadFuzz, MutatedSamplesNeverBreakAReader) {
  std::vector<std::string> samples;
  for (const char* sub : {"pass", "fail"})
    for (const auto& e : fs::directory_iterator(std::string(KG_TEST_DATA_DIR) + "/readers/" + sub)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      samples.push_back(ss.str());
    }
  ASSERT_GT(samples.size(), 20u);
  std::mt19937 rng(20261129);
  std::size_t documents = 0, diagnostics = 0;
  for (int round = 0; round < 400; ++round) {
    for (const auto& sample : samples) {
      const std::string input = mutate(sample, rng);
      kg::Diagnostics diags;
      std::vector<kg::Document> docs;
      for (auto reader : {kg::read_text, kg::read_html, kg::read_feed, kg::read_jsonl}) {
        auto got = reader(input, "fuzz.in", diags);
        for (auto& d : got) docs.push_back(std::move(d));
      }
      for (const auto& d : docs) {
        ASSERT_TRUE(kg::is_valid_utf8(d.text)) << "round " << round;
        ASSERT_FALSE(d.info.id.empty());
        ASSERT_EQ(d.info.hash, kg::content_hash(d.text));
        ASSERT_TRUE(kg::is_valid_utf8(d.info.title));
      }
      for (const auto& d : diags) ASSERT_EQ(d.to_string().find('\n'), std::string::npos) << d.to_string();
      documents += docs.size();
      diagnostics += diags.size();
    }
  }
  EXPECT_GT(documents, 1000u);
  EXPECT_GT(diagnostics, 1000u);
}

}  // namespace
