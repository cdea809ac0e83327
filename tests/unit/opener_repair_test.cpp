// The opener repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/opener_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "Both called on Spain to act": "both" read as the verb's adverb is its subject.
TEST(OpenerRepair, BothOpeningASentenceIsTheSubjectOfAVerbWithNone) {
  SyntaxSentence s = sentence_of({{"Both", "DET", 1, "advmod", false, "DT", "both"},
                                  {"called", "VERB", -1, "root", false, "VBD", "call"},
                                  {"on", "ADP", 3, "case", false, "IN"},
                                  {"Spain", "PROPN", 1, "obl", false, "NNP"},
                                  {"to", "PART", 5, "mark", false, "TO"},
                                  {"act", "VERB", 1, "advcl", false, "VB"}});
  extract::repair_both_openers(s);
  EXPECT_EQ(s[0].head, 1);
  EXPECT_EQ(s[0].deprel, "nsubj");
}

// "Both times Brand refused": the verb has a subject; "both" stays.
TEST(OpenerRepair, BothBeforeAVerbWithASubjectStays) {
  SyntaxSentence s = sentence_of({{"Both", "DET", 2, "advmod", false, "DT", "both"},
                                  {"Brand", "PROPN", 2, "nsubj", true, "NNP"},
                                  {"refused", "VERB", -1, "root", false, "VBD", "refuse"}});
  extract::repair_both_openers(s);
  EXPECT_EQ(s[0].deprel, "advmod");
}

// "Brand, the minister, and Berg, his deputy, each answered questions":
// the verb hung from the opening name, "each" its subject, is the root.
TEST(OpenerRepair, AFloatingEachIsNoSubject) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", -1, "root", true, "NNP"},
                                  {",", "PUNCT", 3, "punct", false, ","},
                                  {"and", "CCONJ", 3, "cc", false, "CC"},
                                  {"Berg", "PROPN", 0, "conj", true, "NNP"},
                                  {",", "PUNCT", 6, "punct", false, ","},
                                  {"each", "DET", 6, "nsubj", false, "DT", "each"},
                                  {"answered", "VERB", 0, "parataxis", false, "VBD", "answer"},
                                  {"questions", "NOUN", 6, "obj", false, "NNS", "question"},
                                  {".", "PUNCT", 0, "punct", false, "."}});
  extract::repair_floating_quantifier_subjects(s);
  EXPECT_EQ(s[6].head, -1);
  EXPECT_EQ(s[0].head, 6);
  EXPECT_EQ(s[0].deprel, "nsubj");
  EXPECT_EQ(s[5].deprel, "advmod");
  EXPECT_EQ(s[8].head, 6);
}

}  // namespace
}  // namespace kg
