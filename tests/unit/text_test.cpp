// Tests for the UTF-8 helpers and the name key.
#include <gtest/gtest.h>

#include "kg/text.hpp"

namespace kg {
namespace {

TEST(NameKey, MatchesTheScorersNormalisation) {
  EXPECT_EQ(name_key("Kim Jong-un"), "kim jongun");  // as kgscore.py: the hyphen goes, no space comes
  EXPECT_EQ(name_key("Kim Jong Un"), "kim jong un");
  EXPECT_EQ(loose_key("Kim Jong-un"), loose_key("kim jong un"));
  EXPECT_EQ(name_key("U.S."), "us");
  EXPECT_EQ(name_key("the  North"), "north");
  EXPECT_EQ(name_key("Moscow\u2019s"), "moscows");
  EXPECT_EQ(name_key("ＫＩＭ"), "kim");  // NFKC folds full-width letters
}

TEST(Utf8, FindsInvalidSequences) {
  EXPECT_TRUE(is_valid_utf8("Guaid\xc3\xb3"));
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);          // truncated
  EXPECT_EQ(find_invalid_utf8("a\xc0\xaf"), 1u);       // overlong
  EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80"), 0u);    // surrogate
}

TEST(Fold, RemovesAccentsAndCase) {
  EXPECT_EQ(fold_accents("Guaidó"), "guaido");
  EXPECT_EQ(fold_case("Nicolás"), "nicolás");
}

TEST(Fold, TypographicApostropheIsTheApostrophe) {
  EXPECT_EQ(fold_case("D\u2019Affaires"), "d'affaires");
  EXPECT_EQ(fold_case("chargé d\u2019affaires"), fold_case("chargé d'affaires"));
}

TEST(EditDistance, CountsCodePoints) {
  EXPECT_EQ(edit_distance("Biegun", "Beigun"), 2u);
  EXPECT_EQ(edit_distance("Guaidó", "Guaido"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

// What the dev corpus showed: the sentence split leaves a quotation's opening
// mark at the end of the sentence before it, and the next one without it.
TEST(ReadableSentence, TrimsDanglingQuotesAndRestoresOpeningOnes) {
  EXPECT_EQ(readable_sentence("It would close part of Yongbyon. \""), "It would close part of Yongbyon.");
  EXPECT_EQ(readable_sentence("Tokyo is nervous,\" said Yuki Tatsumi."), "\"Tokyo is nervous,\" said Yuki Tatsumi.");
  EXPECT_EQ(readable_sentence("Tokyo is nervous,\u201d said Yuki Tatsumi."),
            "\u201cTokyo is nervous,\u201d said Yuki Tatsumi.");
  EXPECT_EQ(readable_sentence("He said \"no\" twice."), "He said \"no\" twice.");  // balanced: as is
  EXPECT_EQ(readable_sentence("  Plain sentence.  "), "Plain sentence.");
  EXPECT_EQ(readable_sentence("\""), "\"");  // nothing but the mark: left alone
}

}  // namespace
}  // namespace kg
