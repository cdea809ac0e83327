// The list repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/list_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "They target the Front, known as HF, and its chief, Keller": the phrase
// left hanging from the verb after the aside is the object's conjunct.
TEST(ListRepair, APhraseLeftLooseAfterAnAsideIsTheObjectsConjunct) {
  SyntaxSentence s = sentence_of({{"They", "PRON", 1, "nsubj", false, "PRP"},
                                  {"target", "VERB", -1, "root", false, "VBP", "target"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"Front", "PROPN", 1, "obj", false, "NNP"},
                                  {",", "PUNCT", 5, "punct", false, ","},
                                  {"known", "VERB", 3, "acl", false, "VBN", "know"},
                                  {"as", "ADP", 7, "case", false, "IN"},
                                  {"HF", "PROPN", 5, "obl", false, "NNP"},
                                  {",", "PUNCT", 1, "dep", false, ","},
                                  {"and", "CCONJ", 1, "dep", false, "CC"},
                                  {"its", "PRON", 1, "dep", false, "PRP$"},
                                  {"chief", "NOUN", 1, "dep", false, "NN"},
                                  {",", "PUNCT", 13, "punct", false, ","},
                                  {"Keller", "PROPN", 11, "appos", true, "NNP"}});
  extract::repair_loose_object_conjuncts(s);
  EXPECT_EQ(s[11].head, 3);
  EXPECT_EQ(s[11].deprel, "conj");
  EXPECT_EQ(s[9].head, 11);
  EXPECT_EQ(s[9].deprel, "cc");
  EXPECT_EQ(s[10].deprel, "nmod:poss");
}

// With no "and" before it, a loose noun stays where it is.
TEST(ListRepair, ALooseNounWithNoAndStays) {
  SyntaxSentence s = sentence_of({{"They", "PRON", 1, "nsubj", false, "PRP"},
                                  {"target", "VERB", -1, "root", false, "VBP", "target"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"Front", "PROPN", 1, "obj", false, "NNP"},
                                  {"today", "NOUN", 1, "dep", false, "NN"}});
  extract::repair_loose_object_conjuncts(s);
  EXPECT_EQ(s[4].head, 1);
  EXPECT_EQ(s[4].deprel, "dep");
}

}  // namespace
}  // namespace kg
