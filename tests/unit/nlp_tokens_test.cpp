// UD tokens: kg's tokens split the way UD English splits them, each with its
// byte span in the text.
#include <gtest/gtest.h>

#include "kg/segment.hpp"
#include "kg/syntax.hpp"

namespace {

std::vector<std::string> forms(std::string_view text) {
  const kg::Segmentation seg = kg::segment(text, {});
  std::vector<std::string> out;
  for (const auto& t : kg::ud_tokens(text, seg.tokens)) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.form);
    out.push_back(t.form);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(UdTokens, Clitics) {
  EXPECT_EQ(forms("They don't agree"), (V{"They", "do", "n't", "agree"}));
  EXPECT_EQ(forms("Seoul can't wait"), (V{"Seoul", "ca", "n't", "wait"}));
  EXPECT_EQ(forms("We won't go"), (V{"We", "wo", "n't", "go"}));
  EXPECT_EQ(forms("we're here, they've left, I'm sure"),
            (V{"we", "'re", "here", ",", "they", "'ve", "left", ",", "I", "'m", "sure"}));
  EXPECT_EQ(forms("Moscow\xE2\x80\x99s envoy"), (V{"Moscow", "\xE2\x80\x99s", "envoy"}));
  EXPECT_EQ(forms("Russia's"), (V{"Russia", "'s"}));
}

TEST(UdTokens, HyphensSplitAbbreviationsStay) {
  EXPECT_EQ(forms("the China-U.S. talks"), (V{"the", "China", "-", "U.S.", "talks"}));
  EXPECT_EQ(forms("a co-founder"), (V{"a", "co", "-", "founder"}));
  EXPECT_EQ(forms("a 3.5 percent rise of 1,000 units"), (V{"a", "3.5", "percent", "rise", "of", "1,000", "units"}));
}

TEST(UdTokens, PeriodRunsAreOneToken) {
  EXPECT_EQ(forms("Wait... no."), (V{"Wait", "...", "no", "."}));
}

TEST(UdTokens, SpacesAfterAndSourceTokens) {
  const std::string text = "Kim didn't go.";
  const kg::Segmentation seg = kg::segment(text, {});
  const auto toks = kg::ud_tokens(text, seg.tokens);
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_TRUE(toks[0].space_after);
  EXPECT_FALSE(toks[1].space_after);  // "did" + "n't"
  EXPECT_TRUE(toks[2].space_after);
  EXPECT_FALSE(toks[3].space_after);  // "go" + "."
  EXPECT_EQ(toks[1].token, toks[2].token);  // both from kg's "didn't"
}
