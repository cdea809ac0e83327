// The repairs of the parser's output leave a tree: no repair hangs a word
// below itself, and a cycle one might still leave is broken before the rules
// walk the heads (a walk around a cycle would never end).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/context.hpp"
#include "extract/lexicon.hpp"
#include "extract/list_repair.hpp"
#include "extract/syntax_walk.hpp"
#include "kg/extract.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

bool is_tree(const SyntaxSentence& s) {
  const int root = extract::root_of(s);
  for (std::size_t i = 0; i < s.size(); ++i)
    if (root < 0 || !extract::descends_from(s, static_cast<int>(i), root)) return false;
  return true;
}

TEST(TreeGuards, AListOfNamesNeverTakesInAWordItsFirstNameHangsFrom) {
  // "Besides A and B, the list names C, D and E" where the tagger read
  // "names" as a noun yet the parser hung A from it: "the list names" looks
  // like the role words before C, but A hangs from "names", so the list is
  // left as parsed (taking "names" under C made A -> names -> C -> A).
  const std::vector<test::Word> words = {
      {"Besides", "ADP", 1, "case", false},  {"Abel Rook", "PROPN", 7, "obl", true},
      {"and", "CCONJ", 3, "cc", false},      {"Ben Crane", "PROPN", 1, "conj", true},
      {",", "PUNCT", 1, "punct", false},     {"the", "DET", 6, "det", false},
      {"list", "NOUN", 7, "nsubj", false},   {"names", "NOUN", -1, "root", false},
      {"Carl Dunn", "PROPN", 7, "obj", true}, {",", "PUNCT", 10, "punct", false},
      {"Dan Eyre", "PROPN", 8, "conj", true}, {"and", "CCONJ", 12, "cc", false},
      {"Ed Fell", "PROPN", 8, "conj", true}};
  SyntaxSentence s = sentence_of(words);
  ASSERT_TRUE(is_tree(s));
  const auto lex = extract::Lexicon::load(default_data_dir());
  extract::Context ctx{lex, "", {}, {}, {}, {}, {}, {}, {}, nullptr, {}};
  for (std::size_t i = 0; i < words.size(); ++i) {
    ctx.mention_at.push_back(words[i].person ? static_cast<int>(ctx.mentions.size()) : -1);
    if (!words[i].person) continue;
    extract::Mention m;
    m.first = static_cast<std::uint32_t>(i);
    m.last = m.first + 1;
    m.type = EntityType::Person;
    m.surface = m.canonical = words[i].form;
    ctx.mentions.push_back(m);
  }
  extract::repair_name_lists(s, ctx);
  EXPECT_TRUE(is_tree(s));
}

TEST(TreeGuards, WalksUpACycleEndAndTheCycleIsBrokenAtTheRoot) {
  // "A met B and C": B -> C -> B, a cycle no repair should leave.
  SyntaxSentence s = sentence_of({{"Ann Bell", "PROPN", 1, "nsubj", true},
                                  {"met", "VERB", -1, "root", false},
                                  {"Cy Dale", "PROPN", 4, "conj", true},
                                  {"and", "CCONJ", 4, "cc", false},
                                  {"Di Eng", "PROPN", 2, "conj", true}});
  EXPECT_FALSE(is_tree(s));
  const int top = extract::first_conjunct(s, 2);  // ends, wherever it stops
  EXPECT_TRUE(top == 2 || top == 4);
  extract::break_cycles(s);
  EXPECT_TRUE(is_tree(s));
  EXPECT_EQ(s[0].head, 1);  // words that reached the root keep their heads
  EXPECT_EQ(s[3].head, 4);
}

}  // namespace
}  // namespace kg
