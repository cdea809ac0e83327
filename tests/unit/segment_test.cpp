// Tests for the tokenizer and sentence splitter.
#include <gtest/gtest.h>

#include "kg/segment.hpp"

namespace kg {
namespace {

Abbreviations test_abbreviations() {
  Abbreviations a;
  a.words = {"Gen", "Mt", "Mr", "Dr", "St"};
  a.sentence_openers = {"The", "He", "She", "It", "In"};
  return a;
}

std::vector<std::string> sentences_of(const std::string& text) {
  const Segmentation seg = segment(text, test_abbreviations());
  std::vector<std::string> out;
  for (const auto& s : seg.sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> tokens_of(const std::string& text) {
  const Segmentation seg = segment(text, test_abbreviations());
  std::vector<std::string> out;
  for (const auto& t : seg.tokens) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Segment, AbbreviationsAndInitialsDoNotEndSentences) {
  const struct {
    std::string text;
    std::vector<std::string> sentences;
  } cases[] = {
      {"The U.S. Senate met. Gen. Park spoke.", {"The U.S. Senate met.", "Gen. Park spoke."}},
      {"They climbed Mt. Halla on Monday. It rained.", {"They climbed Mt. Halla on Monday.", "It rained."}},
      {"Author J. R. Tolkien wrote it. Readers agreed.", {"Author J. R. Tolkien wrote it.", "Readers agreed."}},
      {"Aid came from the U.S. The talks resumed.", {"Aid came from the U.S.", "The talks resumed."}},
      {"She said \"no.\" Then she left.", {"She said \"no.\"", "Then she left."}},
      {"Title line\nFirst sentence. second part stays.", {"Title line", "First sentence. second part stays."}},
      {"It cost 3.5 billion dollars. Done.", {"It cost 3.5 billion dollars.", "Done."}},
      // Lower-case dotted abbreviations: "5 p.m." goes on; before a usual opener it ends.
      {"They met until 5 p.m. on Tuesday. It rained at 9 a.m. The talks resumed.",
       {"They met until 5 p.m. on Tuesday.", "It rained at 9 a.m.", "The talks resumed."}},
      // A period before a comma is an abbreviation's: "R-Wis., who chairs".
      {"It named Tom Ruiz, R-Wis., who chairs the panel. He agreed.",
       {"It named Tom Ruiz, R-Wis., who chairs the panel.", "He agreed."}},
  };
  for (const auto& c : cases) EXPECT_EQ(sentences_of(c.text), c.sentences) << c.text;
}

TEST(Segment, TokensKeepNamesAndSplitPossessives) {
  EXPECT_EQ(tokens_of("Kim Jong-un's U.S. trip"),
            (std::vector<std::string>{"Kim", "Jong-un", "'s", "U.S.", "trip"}));
  EXPECT_EQ(tokens_of("Moscow\u2019s N. Korea policy"),
            (std::vector<std::string>{"Moscow", "\u2019s", "N.", "Korea", "policy"}));
  EXPECT_EQ(tokens_of("didn't meet"), (std::vector<std::string>{"didn't", "meet"}));
  EXPECT_EQ(tokens_of("until 5 p.m. on"), (std::vector<std::string>{"until", "5", "p.m.", "on"}));
  // A period right before a comma stays with its word; one that ends a sentence does not.
  EXPECT_EQ(tokens_of("Tom Ruiz, R-Wis., spoke to Harbour Ltd., then left."),
            (std::vector<std::string>{"Tom", "Ruiz", ",", "R-Wis.", ",", "spoke", "to", "Harbour", "Ltd.", ",", "then",
                                      "left", "."}));
  EXPECT_EQ(tokens_of("It cost 3., she said"), (std::vector<std::string>{"It", "cost", "3", ".", ",", "she", "said"}));
  // A period inside a name with no space ("Leave.EU", "Harbour.com") joins it; not a
  // missing space between two sentences, nor an acronym's.
  EXPECT_EQ(tokens_of("Leave.EU's founder met Harbour.com staff"),
            (std::vector<std::string>{"Leave.EU", "'s", "founder", "met", "Harbour.com", "staff"}));
  EXPECT_EQ(sentences_of("The Leave.EU campaign began. It rained."),
            (std::vector<std::string>{"The Leave.EU campaign began.", "It rained."}));
  EXPECT_EQ(tokens_of("He left.The end"), (std::vector<std::string>{"He", "left", ".", "The", "end"}));
  EXPECT_EQ(tokens_of("the U.S.A. team"), (std::vector<std::string>{"the", "U.S.A.", "team"}));
}

// "--", a typewriter's dash, is one token; a hyphen inside a word is none.
TEST(Segment, ADoubleHyphenIsOneDash) {
  EXPECT_EQ(tokens_of("The bosses -- A and B -- met Anna Berg-Smith."),
            (std::vector<std::string>{"The", "bosses", "--", "A", "and", "B", "--", "met", "Anna", "Berg-Smith", "."}));
}

TEST(Segment, SpansIndexTheText) {
  const std::string text = "  Ri met Lavrov.\n\nXi waited.";
  const Segmentation seg = segment(text, test_abbreviations());
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].begin, 2u);
  EXPECT_EQ(text.substr(seg.sentences[1].begin, seg.sentences[1].end - seg.sentences[1].begin), "Xi waited.");
  EXPECT_EQ(seg.sentences[0].paragraph + 1, seg.sentences[1].paragraph);
  for (const auto& t : seg.tokens) EXPECT_LE(t.end, text.size());
}

TEST(Segment, AQuoteClosingALineEndsItsParagraph) {
  const Segmentation seg = segment("He said: \"We will meet.\"\nPARIS (Reuters)", test_abbreviations());
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].paragraph + 1, seg.sentences[1].paragraph);
}

// Extraction segments a long document in scopes (views into its text): a word
// at a scope's end stops there. It used to run on into the next scope's bytes
// to the document's end, so a 30 MB single word took time quadratic in its
// length (issue 15) and its token ended outside the view.
TEST(Segment, AWordEndsAtTheEndOfAView) {
  const std::string whole = "Xi met Kim in Pyongyang" + std::string(1000, 'a');
  const std::string_view view = std::string_view(whole).substr(0, 30);  // ends inside the long word
  const Segmentation seg = segment(view, test_abbreviations());
  ASSERT_FALSE(seg.tokens.empty());
  EXPECT_EQ(seg.tokens.back().end, 30u);
  for (const auto& s : seg.sentences) EXPECT_LE(s.end, view.size());
}

TEST(Segment, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(segment("", test_abbreviations()).sentences.empty());
  EXPECT_TRUE(segment(" \n\t ", test_abbreviations()).sentences.empty());
}

}  // namespace
}  // namespace kg
