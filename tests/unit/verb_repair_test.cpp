// The verb repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/verb_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "after the men had held talks, Brand spoke": "held", with its own "had",
// read as the modifier of "talks", is the clause's verb and "talks" its object.
TEST(VerbRepair, APerfectParticipleReadAsAModifierIsTheVerb) {
  // ("after" hangs from "talks" as its case marker, "men" from "held".)
  SyntaxSentence s = sentence_of({{"after", "ADP", 5, "case", false, "IN"},
                                  {"the", "DET", 2, "det", false, "DT"},
                                  {"men", "NOUN", 4, "nsubj", false, "NNS"},
                                  {"had", "AUX", 4, "aux", false, "VBD", "have"},
                                  {"held", "VERB", 5, "amod", false, "VBN", "hold"},
                                  {"talks", "NOUN", 7, "obl", false, "NNS", "talk"},
                                  {"Brand", "PROPN", 7, "nsubj", true, "NNP"},
                                  {"spoke", "VERB", -1, "root", false, "VBD", "speak"}});
  extract::repair_perfect_participles_read_as_modifiers(s);
  EXPECT_EQ(s[4].head, 7);
  EXPECT_EQ(s[4].deprel, "advcl");
  EXPECT_EQ(s[5].head, 4);
  EXPECT_EQ(s[5].deprel, "obj");
  EXPECT_EQ(s[0].head, 4);
  EXPECT_EQ(s[0].deprel, "mark");
}

// "the long-awaited talks": a participle with no "have" of its own stays a modifier.
TEST(VerbRepair, AParticipleWithNoAuxiliaryStaysAModifier) {
  SyntaxSentence s = sentence_of({{"the", "DET", 2, "det", false, "DT"},
                                  {"awaited", "VERB", 2, "amod", false, "VBN", "await"},
                                  {"talks", "NOUN", 4, "obl", false, "NNS", "talk"},
                                  {"began", "VERB", -1, "root", false, "VBD", "begin"}});
  extract::repair_perfect_participles_read_as_modifiers(s);
  EXPECT_EQ(s[1].head, 2);
  EXPECT_EQ(s[1].deprel, "amod");
}

}  // namespace
}  // namespace kg
