// The clause repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/clause_repair.hpp"
#include "extract/lexicon.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

const extract::Lexicon& lexicon() {
  static const extract::Lexicon lex = extract::Lexicon::load(default_data_dir());
  return lex;
}

// "Brand urged the rest of the Union to act": the infinitive read as a
// modifier of the object is the complement of the verb that asks.
TEST(ClauseRepair, AnInfinitiveHungFromTheObjectOfAnAskingVerbIsTheVerbs) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"urged", "VERB", -1, "root", false, "VBD", "urge"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"rest", "NOUN", 1, "obj", false, "NN"},
                                  {"of", "ADP", 6, "case", false, "IN"},
                                  {"the", "DET", 6, "det", false, "DT"},
                                  {"Union", "PROPN", 3, "nmod", false, "NNP"},
                                  {"to", "PART", 8, "mark", false, "TO"},
                                  {"act", "VERB", 3, "acl", false, "VB"}});
  extract::repair_infinitives_hung_from_objects(s, lexicon());
  EXPECT_EQ(s[8].head, 1);
  EXPECT_EQ(s[8].deprel, "xcomp");
}

// "Brand backed a plan to cut taxes": not a verb that asks its object to act.
TEST(ClauseRepair, AnInfinitiveOfANounAfterAnyOtherVerbStays) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"backed", "VERB", -1, "root", false, "VBD", "back"},
                                  {"a", "DET", 3, "det", false, "DT"},
                                  {"plan", "NOUN", 1, "obj", false, "NN"},
                                  {"to", "PART", 5, "mark", false, "TO"},
                                  {"cut", "VERB", 3, "acl", false, "VB"},
                                  {"taxes", "NOUN", 5, "obj", false, "NNS"}});
  extract::repair_infinitives_hung_from_objects(s, lexicon());
  EXPECT_EQ(s[5].head, 3);
  EXPECT_EQ(s[5].deprel, "acl");
}

}  // namespace
}  // namespace kg
